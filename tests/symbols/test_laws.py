"""The table of laws by name (data/laws.json): entries, their sources, and the versions in force."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from vnadmin_parse.recognize.references import find_references
from vnadmin_parse.symbols import laws, parse_any

EXAMPLES = [(law, ex) for law in laws.laws() for ex in law.examples]


@pytest.mark.parametrize(("law", "example"), EXAMPLES, ids=lambda v: getattr(v, "number", v))
def test_every_example_is_recognised_as_its_entry(law: laws.Law, example: str) -> None:
    refs = find_references(example, [])
    assert [r.canonical for r in refs] == [law.number]
    if not law.amending:  # "Luật sửa đổi, bổ sung … của Bộ luật …": the type word nearest the number is read
        assert refs[0].type == law.type


def test_entries_cite_phap_dien_and_read_both_ways() -> None:
    for law in laws.laws():
        assert law.source.startswith("phap-dien: van-ban/") and "corpus/" not in law.source
        assert laws.lookup(law.number) is law
        if not law.amending:
            assert law in laws.versions(law.name)


def test_numbers_are_well_formed_and_agree_with_the_dates() -> None:
    for law in laws.laws():
        if "/" in law.number and law.number.split("/")[1].isdigit():
            assert parse_any(law.number).year == law.adopted.year
        assert law.in_force_from is None or law.in_force_from >= law.adopted


def test_a_later_law_of_the_same_name_replaces_the_earlier() -> None:
    for name in laws.names():
        found = laws.versions(name)
        for old, new in itertools.pairwise(found):
            assert old.replaced_by == new.number and old.adopted < new.adopted
            if new.in_force_from is not None:
                assert old.in_force_to == new.in_force_from - dt.timedelta(days=1)
        assert found[-1].replaced_by is None


def test_amending_laws_replace_nothing() -> None:
    amending = [law for law in laws.laws() if law.amending]
    assert amending, "the table lists amending laws"
    for law in amending:
        assert "sửa đổi" in law.name and law.replaced_by is None
        assert law.name not in laws.names()
        assert all(laws.versions(name) for name in law.amends or ())


@pytest.mark.parametrize(
    ("name", "day", "number"),
    [
        ("Luật Đất đai", "2023-05-01", "45/2013/QH13"),
        ("Luật Đất đai", "2025-05-01", "31/2024/QH15"),
        ("Bộ luật Lao động", "2019-01-01", "10/2012/QH13"),
        ("Bộ luật Lao động", "2021-01-01", "45/2019/QH14"),
        ("luật doanh nghiệp", "2022-03-01", "59/2020/QH14"),
        ("Luật Đất đai", "2010-01-01", None),
    ],
)
def test_the_version_in_force(name: str, day: str, number: str | None) -> None:
    found = laws.in_force(name, dt.date.fromisoformat(day))
    assert (found.number if found else None) == number
