from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnadmin_parse import check
from vnadmin_parse.lunar_calendar import solar_to_lunar
from vnadmin_parse.recognize.dates import find_dates


def _lunar(text: str) -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in find_dates(text) if d.kind == "lunar"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Giỗ Tổ ngày 10/3 âm lịch năm nay", [("ngày 10/3 âm lịch", None)]),
        ("rằm tháng Giêng năm 2023", [("rằm tháng Giêng năm 2023", "2023-02-05")]),
        ("ngày 15/8/2023 (ÂL)", [("ngày 15/8/2023 (ÂL)", "2023-09-29")]),
        ("mùng 10 tháng Ba (âm lịch)", [("mùng 10 tháng Ba (âm lịch)", None)]),
        ("ngày 5 tháng 2 nhuận năm 2023 âm lịch", [("ngày 5 tháng 2 nhuận năm 2023 âm lịch", "2023-03-26")]),
        ("Năm 2023, ngày 10 tháng 3 năm Quý Mão", [("ngày 10 tháng 3 năm Quý Mão", "2023-04-29")]),
        ("23 tháng Chạp", [("23 tháng Chạp", None)]),
    ],
)
def test_lunar_days_are_read_with_their_solar_value(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _lunar(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ngày 10 tháng 3 năm 2023",  # a solar date: no lunar mark
        "ngày 10/3/2023",
        "tháng Ba năm 2023",
        "ngày 31/3 âm lịch",  # a lunar month has at most 30 days
    ],
)
def test_solar_dates_and_impossible_days_are_not_lunar(text: str) -> None:
    assert _lunar(text) == []


@settings(max_examples=150, deadline=None)
@given(st.dates(min_value=dt.date(1902, 3, 1), max_value=dt.date(2098, 12, 31)))
def test_a_correct_conversion_never_fires_and_a_shifted_one_always_does(day: dt.date) -> None:
    lunar = solar_to_lunar(day)
    leap = " nhuận" if lunar.leap else ""
    written = f"Lễ hội ngày {lunar.day}/{lunar.month}{leap} âm lịch (tức ngày {day:%d/%m/%Y})."
    assert [f.code for f in check(written, select=["D009"]).findings] == []
    shifted = day + dt.timedelta(days=1)
    wrong = f"Lễ hội ngày {lunar.day}/{lunar.month}{leap} âm lịch (tức ngày {shifted:%d/%m/%Y})."
    found = check(wrong, select=["D009"]).findings
    assert [f.suggestion for f in found] == [f"{day:%d/%m/%Y}"]
