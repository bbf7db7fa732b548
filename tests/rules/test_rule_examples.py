"""Every rule fires on each of its ``fires`` examples and stays silent on its ``passes``."""

from __future__ import annotations

import pytest

from tests.conftest import TODAY
from vnadmin_parse.pipeline import check
from vnadmin_parse.rules.registry import all_rules

RULES = all_rules()
# rules of scope "archive" are checked across documents: their examples run in tests/audit/test_crossdoc.py
FIRES = [(r.code, text) for r in RULES if r.scope == "document" for text in r.fires]
PASSES = [(r.code, text) for r in RULES if r.scope == "document" for text in r.passes]


def test_every_rule_has_examples_both_ways() -> None:
    for r in RULES:
        assert r.fires, f"{r.code} has no example that must fire"
        assert r.passes, f"{r.code} has no example that must pass"
        assert r.doc.what and r.doc.why and r.doc.fix, f"{r.code} is missing documentation"
        assert r.message and r.message_en, f"{r.code} is missing a message"


@pytest.mark.parametrize(("code", "text"), FIRES)
def test_rule_fires(code: str, text: str) -> None:
    codes = [f.code for f in check(text, select=[code], today=TODAY).findings]
    assert code in codes, f"{code} did not fire on {text!r}"


@pytest.mark.parametrize(("code", "text"), PASSES)
def test_rule_passes(code: str, text: str) -> None:
    found = [f for f in check(text, select=[code], today=TODAY).findings if f.code == code]
    assert not found, f"{code} fired on {text!r}: {found}"
