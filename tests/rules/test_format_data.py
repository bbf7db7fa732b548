"""The nd30_* data tables: every entry matches its examples (and not its counter-examples)."""

from __future__ import annotations

import pytest
import regex

from vnadmin_parse.data import load_table
from vnadmin_parse.recognize.structure_closing import signer_name_pattern
from vnadmin_parse.rules.format import capitalisation_hits
from vnadmin_parse.symbols.signing_titles import title_of

TABLES = ("nd30_capitalisation.json", "nd30_signing_titles.json", "nd30_surnames.json")


@pytest.mark.parametrize("name", TABLES)
def test_every_entry_has_examples(name: str) -> None:
    for entry in load_table(name)["entries"]:
        assert entry["examples"], f"{name}: {entry} has no example"


@pytest.mark.parametrize("entry", load_table("nd30_capitalisation.json")["entries"], ids=lambda e: e["correct"])
def test_capitalisation_entries(entry: dict[str, object]) -> None:
    pattern = regex.compile(str(entry["pattern"]))
    for example in entry["examples"]:  # type: ignore[attr-defined]
        assert pattern.search(example), f"{entry['pattern']!r} does not match {example!r}"
        assert list(capitalisation_hits(example)), example
    for ok in entry.get("passes", []):  # type: ignore[attr-defined]
        assert not list(capitalisation_hits(ok)), ok


@pytest.mark.parametrize("entry", load_table("nd30_signing_titles.json")["entries"], ids=lambda e: e["title"])
def test_signing_titles(entry: dict[str, object]) -> None:
    for example in entry["examples"]:  # type: ignore[attr-defined]
        assert str(entry["title"]) in example
        run = regex.sub(r"^(?:TM|KT|TL|TUQ|Q|T/M)\.?\s*", "", example)
        found = title_of(run)
        assert found is not None, example
        assert found.deputy == bool(entry["deputy"]) or found.title != entry["title"]


@pytest.mark.parametrize("entry", load_table("nd30_surnames.json")["entries"], ids=lambda e: e["surname"])
def test_surnames(entry: dict[str, object]) -> None:
    for example in entry["examples"]:  # type: ignore[attr-defined]
        assert example.startswith(str(entry["surname"]))
        m = signer_name_pattern().fullmatch(example)
        assert m, example


def test_correction_keeps_the_body_word() -> None:
    assert [fixed for _, _, fixed in capitalisation_hits("gửi Sở Tài Chính")] == ["Sở Tài chính"]
    assert [fixed for _, _, fixed in capitalisation_hits("Ủy Ban Nhân Dân tỉnh")] == ["Ủy ban nhân dân"]
