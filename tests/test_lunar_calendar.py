"""Lunar calendar: can-chi names and Tết dates (Vietnam, UTC+7)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnadmin_parse.lunar_calendar import LunarDate, can_chi, lunar_to_solar, solar_to_lunar, tet, years_named

# Tết Nguyên đán as celebrated in Vietnam. 1968 and 1985 are the years where the
# UTC+7 calendar differs from the Chinese one (UTC+8: 30/1/1968, 20/2/1985); 2007
# likewise (China: 18/2/2007).
TET = {
    1968: "1968-01-29",
    1975: "1975-02-11",
    1985: "1985-01-21",
    2000: "2000-02-05",
    2007: "2007-02-17",
    2020: "2020-01-25",
    2021: "2021-02-12",
    2022: "2022-02-01",
    2023: "2023-01-22",
    2024: "2024-02-10",
    2025: "2025-01-29",
    2026: "2026-02-17",
}


@pytest.mark.parametrize(("year", "day"), sorted(TET.items()))
def test_tet(year: int, day: str) -> None:
    assert tet(year) == dt.date.fromisoformat(day)


@pytest.mark.parametrize(
    ("year", "name"),
    [(1930, "Canh Ngọ"), (1945, "Ất Dậu"), (1968, "Mậu Thân"), (1975, "Ất Mão"), (1984, "Giáp Tý"),
     (2023, "Quý Mão"), (2024, "Giáp Thìn"), (2025, "Ất Tỵ"), (2026, "Bính Ngọ")],
)  # fmt: skip
def test_can_chi(year: int, name: str) -> None:
    assert can_chi(year) == name


def test_years_named_accepts_variants() -> None:
    assert 2025 in years_named("Ất Tị", 2024, 3)
    assert years_named("Quý Mão", 2024, 5) == [2023]


def test_leap_month_2023() -> None:
    # 2023 had a leap second month: 22/3/2023 is 1/2 (nhuận), 20/4/2023 is 1/3.
    assert solar_to_lunar(dt.date(2023, 3, 22)) == LunarDate(1, 2, 2023, True)
    assert solar_to_lunar(dt.date(2023, 4, 20)) == LunarDate(1, 3, 2023, False)
    assert lunar_to_solar(1, 2, 2023, leap=True) == dt.date(2023, 3, 22)
    assert lunar_to_solar(1, 3, 2023, leap=True) is None


def test_tet_is_new_year_in_both_directions() -> None:
    day = tet(2024)
    assert solar_to_lunar(day) == LunarDate(1, 1, 2024)
    assert solar_to_lunar(day - dt.timedelta(days=1)).month == 12


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=dt.date(1901, 3, 1), max_value=dt.date(2099, 12, 31)))
def test_round_trip(day: dt.date) -> None:
    lunar = solar_to_lunar(day)
    assert 1 <= lunar.day <= 30 and 1 <= lunar.month <= 12
    assert lunar_to_solar(lunar.day, lunar.month, lunar.year, lunar.leap) == day


@pytest.mark.parametrize("year", range(1901, 2100, 7))
def test_tet_falls_between_21_january_and_20_february(year: int) -> None:
    assert dt.date(year, 1, 21) <= tet(year) <= dt.date(year, 2, 20)


def test_every_day_follows_the_day_before() -> None:
    # 2054-05-07 once came out as day 0: the mean month put the new moon a day late.
    assert solar_to_lunar(dt.date(2054, 5, 7)) == LunarDate(30, 3, 2054)
    day, before = dt.date(1901, 2, 19), solar_to_lunar(dt.date(1901, 2, 18))
    while day.year < 2100:
        now = solar_to_lunar(day)
        assert now.day == before.day + 1 or (now.day == 1 and before.day in (29, 30)), day
        before, day = now, day + dt.timedelta(days=1)


# Giỗ Tổ Hùng Vương (10/3 âm lịch, Bộ luật Lao động 2019, Điều 112), the days the public holiday fell on.
@pytest.mark.parametrize(
    ("year", "day"),
    [(2021, "2021-04-21"), (2022, "2022-04-10"), (2023, "2023-04-29"), (2024, "2024-04-18"), (2025, "2025-04-07")],
)
def test_gio_to_hung_vuong(year: int, day: str) -> None:
    assert lunar_to_solar(10, 3, year) == dt.date.fromisoformat(day)
