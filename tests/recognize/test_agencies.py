"""Agency names: every official name of the tables passes, and its usual corruptions are reported with it.

The probe builds, for each name of the central table (``issuers()``) and of the local table, the name
written correctly (no F012 or S009 finding allowed) and four corruptions (every word capitalised, the field
words in lower case, "và" dropped, the comma dropped), each of which must be reported by F012 or S009 with
the official name as the suggestion.
"""

from __future__ import annotations

import pytest
import regex

from tests.conftest import TODAY
from vnadmin_parse.pipeline import check
from vnadmin_parse.recognize import agencies
from vnadmin_parse.recognize.agencies import mentions
from vnadmin_parse.symbols.issuers import issuers
from vnadmin_parse.symbols.local_bodies import local_bodies


def _names() -> list[str]:
    """Official names the recognizer knows under a single spelling (two words or more)."""
    table, _ = agencies._table()
    found = []
    for name in [i.name for i in issuers().values()] + [b.name for b in local_bodies() if not b.requires_unit]:
        entry = table.get(agencies._key(agencies._tokens(name)))
        if entry is not None and entry.official == name and not entry.abbreviation and not entry.requires_unit:
            found.append(name)
    return sorted(set(found))


NAMES = _names()


def _sentence(name: str) -> str:
    return f"Đề nghị {name} xem xét, báo cáo.\n"


def _corruptions(name: str) -> dict[str, str]:
    words = name.split(" ")
    out = {
        "title": " ".join(w[:1].upper() + w[1:] for w in words),
        "lower": " ".join([words[0], *(w.lower() for w in words[1:])]),
        "no-và": regex.sub(r" và ", " ", name),
        "no-comma": name.replace(",", ""),
    }
    table, _ = agencies._table()
    entry = table[agencies._key(agencies._tokens(name))]
    accepted = {" ".join(agencies._tokens(" ".join(a))) for a in entry.accepted}
    return {k: v for k, v in out.items() if v != name and " ".join(agencies._tokens(v)) not in accepted}


def _reported(text: str) -> list[tuple[str, str | None, str]]:
    report = check(text, select=["F012", "S009"], today=TODAY)
    return [(f.code, f.suggestion, f.text) for f in report.findings]


def test_the_tables_give_names() -> None:
    assert len(NAMES) >= 40
    assert {"Bộ Tài chính", "Sở Văn hóa, Thể thao và Du lịch", "Ủy ban nhân dân"} <= set(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_official_name_passes(name: str) -> None:
    assert _reported(_sentence(name)) == []
    assert [m.problem for m in mentions(_sentence(name))][:1] == [None]


@pytest.mark.parametrize(
    ("name", "kind", "written"), [(n, k, w) for n in NAMES for k, w in _corruptions(n).items()], ids=str
)
def test_corruption_is_reported_with_the_official_name(name: str, kind: str, written: str) -> None:
    found = _reported(_sentence(written))
    assert any(suggestion == name and text in written for _code, suggestion, text in found), (kind, found)


@pytest.mark.parametrize(
    "text",
    [
        "Các đơn vị thuộc cơ quan Bộ, Công an tỉnh, thành phố báo cáo.",
        "Uy ban nhan dan tinh bao cao ket qua.",
        "Thường vụ Quân ủy Trung ương chỉ đạo.",
        "Sở Văn hóa, Thể thao\nvà Du lịch tỉnh Quảng Ngãi báo cáo.",
        "BỘ TÀI CHÍNH\nSỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH",
        "Sở Văn hoá, Thể thao và Du lịch; Ủy ban nhân dân tỉnh Khánh Hoà.",
    ],
)
def test_not_an_error(text: str) -> None:
    assert _reported(text) == []


def test_a_name_that_goes_on_is_not_judged() -> None:
    """ "Sở Giáo dục, Đào tạo" followed by "và Khoa học" may be a name the tables do not know: no "form" finding,
    while the same words ending there are the official name with its "và" turned into a comma."""
    assert [m.problem for m in mentions("Sở Giáo dục, Đào tạo và Khoa học tỉnh X")] == [None]
    assert [m.problem for m in mentions("Sở Giáo dục, Đào tạo tỉnh X")] == ["form"]


def test_a_name_that_needs_its_unit() -> None:
    """ "Thanh tra" names the provincial inspectorate only with its unit word; "Thanh Tra" may be a given name."""
    assert [(m.name, m.problem) for m in mentions("Thanh Tra tỉnh Quảng Ngãi; Chánh Thanh tra tỉnh.")] == [
        ("Thanh tra", "case"),
        ("Thanh tra", None),
    ]
    assert mentions("Ông Nguyễn Thanh Tra, chuyên viên, và bà Thanh Tra báo cáo.") == ()


def test_local_body_with_unit_and_place() -> None:
    (m,) = mentions("Ủy ban nhân dân tỉnh Quảng Ngãi báo cáo")
    assert (m.name, m.unit, m.place, m.problem) == ("Ủy ban nhân dân", "tỉnh", "Quảng Ngãi", None)
    (u,) = mentions("UBND tỉnh Bình Dương")
    assert (u.abbreviation, u.place) == (True, "Bình Dương")


def test_a_ministry_or_department_named_in_lower_case_is_a_case_slip() -> None:
    found = mentions("Theo hướng dẫn của bộ tài chính và phối hợp với sở y tế tỉnh.")
    assert [(m.name, m.problem, m.suggestion) for m in found] == [
        ("Bộ Tài chính", "case", "Bộ Tài chính"),
        ("Sở Y tế", "case", "Sở Y tế"),
    ]


def test_lower_case_bo_and_so_inside_compounds_name_no_body() -> None:
    for text in ("cán bộ tài chính của xã", "quản lý toàn bộ tài chính", "các cơ sở y tế", "trang bị bộ y tế"):
        assert mentions(text) == ()
