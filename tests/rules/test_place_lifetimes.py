"""Places with lifetimes in the rules: the unit word after a local body (F012), the date line (F006) and
local bodies named after a province merged on 01/7/2025 or after a district (S012)."""

from __future__ import annotations

import pytest

from tests.conftest import TODAY
from vnadmin_parse.pipeline import check
from vnadmin_parse.symbols import provinces
from vnadmin_parse.symbols.provinces import written

EVERY = sorted(provinces.provinces().values(), key=lambda p: p.name)
MERGED = [p for p in EVERY if p.successor]


def _document(place: str, year: int, body: str) -> str:
    return (
        f"ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 15/KH-UBND\n{place}, ngày 05 tháng 3 năm {year}\n"
        f"KẾ HOẠCH\nTriển khai nhiệm vụ năm {year}\n{body}\n"
    )


def _codes(text: str, codes: list[str]) -> list[tuple[str, str, str | None]]:
    return [(f.code, f.text, f.suggestion) for f in check(text, select=codes, today=TODAY).findings]


@pytest.mark.parametrize("province", EVERY, ids=lambda p: p.name)
def test_unit_word_after_a_local_body(province: provinces.Province) -> None:
    right = written(province.unit, province.name)
    wrong = right[0].swapcase() + right[1:]
    assert _codes(f"Giao Ủy ban nhân dân {right} chủ trì.", ["F012"]) == []
    assert _codes(f"Giao Ủy ban nhân dân {wrong} chủ trì.", ["F012"]) == [("F012", wrong, right)]


@pytest.mark.parametrize("province", MERGED, ids=lambda p: p.name)
def test_merged_province_named_after_its_end(province: provinces.Province) -> None:
    body = f"Giao UBND {written(province.unit, province.name)} chủ trì thực hiện."
    year = province.valid_to.year + 1 if province.valid_to else 2026
    found = _codes(_document("Quảng Ngãi", year, body), ["S012"])
    assert [(c, s) for c, _t, s in found] == [("S012", province.successor_name())]
    assert _codes(_document("Quảng Ngãi", 2024 if province.name != "Thừa Thiên Huế" else 2020, body), ["S012"]) == []


@pytest.mark.parametrize(
    "body",
    [
        "Căn cứ Quyết định số 12/QĐ-UBND ngày 10/01/2024 của UBND tỉnh Hà Giang về việc giao nhiệm vụ.",
        "Trên địa bàn tỉnh Hà Giang (cũ), UBND tỉnh Hà Giang cũ đã triển khai.",
        "Năm 2024, UBND tỉnh Hà Giang đã triển khai nhiệm vụ.",
    ],
)
def test_past_mentions_are_not_noted(body: str) -> None:
    assert _codes(_document("Tuyên Quang", 2026, body), ["S012"]) == []


def test_district_bodies_after_1_july_2025() -> None:
    body = "Giao Ủy ban nhân dân huyện Bình Sơn và HĐND thị xã Đức Phổ thực hiện."
    assert [f[1] for f in _codes(_document("Quảng Ngãi", 2026, body), ["S012"])] == ["huyện Bình Sơn", "thị xã Đức Phổ"]
    assert _codes(_document("Quảng Ngãi", 2024, body), ["S012"]) == []


@pytest.mark.parametrize(
    ("place", "year", "noted"),
    [("Hà Giang", 2026, True), ("Hà Giang", 2025, False), ("Bình Dương", 2026, False), ("Hà Tây", 2010, False)],
)
def test_date_line_place(place: str, year: int, noted: bool) -> None:
    found = check(_document(place, year, "Nội dung."), select=["F006"], today=TODAY).findings
    assert any("hợp nhất" in f.message for f in found) == noted
