"""``vnadmin-parse rule`` with no code lists every rule on one line each."""

from __future__ import annotations

import pytest

from vnadmin_parse.cli import main
from vnadmin_parse.rules.registry import all_rules


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_rule_without_code_lists_every_rule(capsys: pytest.CaptureFixture[str], lang: str) -> None:
    assert main(["rule", "--lang", lang]) == 0
    lines = capsys.readouterr().out.splitlines()
    rules = all_rules()
    assert [line.split()[0] for line in lines] == [r.code for r in rules]
    for line, r in zip(lines, rules, strict=True):
        code, severity, name, summary = line.split(maxsplit=3)
        assert (code, severity, name) == (r.code, r.severity, r.name)
        assert summary == r.summary(lang) and summary


def test_summary_is_one_sentence_outside_quotes() -> None:
    rules = {r.code: r for r in all_rules()}
    # the first stop inside “Số: …” does not end the sentence
    assert rules["F002"].summary("vi").startswith("Văn bản hành chính không có dòng “Số:")
    assert rules["F002"].summary("vi").endswith("ký hiệu văn bản")
    assert all("\n" not in r.summary() and len(r.summary()) <= 110 for r in rules.values())
