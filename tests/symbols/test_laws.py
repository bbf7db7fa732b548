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
        assert law.source.startswith(("phap-dien: van-ban/", "https://")) and "corpus/" not in law.source
        assert laws.lookup(law.number) is law
        if not law.amending:
            assert law in laws.versions(law.name)


def test_numbers_are_well_formed_and_agree_with_the_dates() -> None:
    for law in laws.laws():
        if "/" in law.number and law.number.split("/")[1].isdigit():
            assert parse_any(law.number).year == law.year
        assert law.in_force_from is None or law.adopted is None or law.in_force_from >= law.adopted


def test_a_later_law_of_the_same_name_replaces_the_earlier() -> None:
    for name in laws.names():
        found = laws.versions(name)
        for old, new in itertools.pairwise(found):
            assert old.replaced_by == new.number and (old.year, old.started) <= (new.year, new.started)
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
        # Known only from citations by number ("Căn cứ Luật Đầu tư số 143/2025/QH15;"): from the end of its year.
        ("Luật Đầu tư", "2025-06-01", "61/2020/QH14"),
        ("Luật Đầu tư", "2026-03-01", "143/2025/QH15"),
        ("Luật Tổ chức chính quyền địa phương", "2026-01-10", "72/2025/QH15"),
    ],
)
def test_the_version_in_force(name: str, day: str, number: str | None) -> None:
    found = laws.in_force(name, dt.date.fromisoformat(day))
    assert (found.number if found else None) == number


@pytest.mark.parametrize(
    ("text", "law"),
    [
        ("theo quy định của Luật NSNN.", "Luật Ngân sách nhà nước"),
        ("Căn cứ Luật TCCQĐP;", "Luật Tổ chức chính quyền địa phương"),
        ("theo BLDS và", "Bộ luật Dân sự"),
        ("Điều 12 BLHS quy định", "Bộ luật Hình sự"),
        ("đối tượng của Luật CBCC,", "Luật Cán bộ, công chức"),
        ("Luật Thuế TNCN hiện hành", "Luật Thuế thu nhập cá nhân"),
        ("Luật HN&GĐ quy định", "Luật Hôn nhân và gia đình"),
        ("theo Luật TCCQDP hiện hành", "Luật Tổ chức chính quyền địa phương"),  # "Đ" typed as "D"
        ("Luật TTHC quy định", "Luật Tố tụng hành chính"),
    ],
)
def test_an_abbreviated_name_made_from_the_law_name_is_a_citation(text: str, law: str) -> None:
    refs = find_references(text, [], on="2024-06-01")
    assert [r.parts.law for r in refs] == [law]
    assert refs[0].canonical == laws.in_force(law, dt.date(2024, 6, 1)).number  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    [
        "theo Luật nsnn",  # initials are capitals
        "theo Luật ĐT",  # Đầu tư or Đấu thầu: ambiguous, so neither
        "Bộ LĐTBXH và BLĐTBXH",  # no law has those initials
        "Công văn số 12/BLDS-VP",  # a code inside a symbol
    ],
)
def test_what_is_no_abbreviated_law_name(text: str) -> None:
    assert not [r for r in find_references(text, []) if r.parts.law]


def test_every_unique_short_form_expands_to_its_law() -> None:
    forms = laws.abbreviations()
    assert len(forms) > 300
    for law in laws.laws():
        if not law.amending:  # an amending law is cited by number, never by a short form
            for form in laws.short_forms(law):
                assert laws.expand(form) in (None, laws.versions(law.name)[-1].name)
    assert laws.expand("Luật ĐT") is None
