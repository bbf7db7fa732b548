"""The Vietnamese lunisolar calendar: can-chi names of years, lunar ↔ solar dates.

Astronomical conversion after Hồ Ngọc Đức's public algorithm (new moons and
solar longitude from Jean Meeus, "Astronomical Algorithms"), computed for the
Vietnamese time zone UTC+7. That is why Tết 1985 falls on 21 January here
while the Chinese calendar (UTC+8) has 20 February. Valid for 1900–2100.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from functools import cache

#: The ten heavenly stems and twelve earthly branches, in cycle order.
CAN = ("Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý")
CHI = ("Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi")
#: Spelling variants of branch names, mapped to the form in ``CHI``.
CHI_VARIANTS = {"Tí": "Tý", "Mẹo": "Mão", "Tị": "Tỵ"}

TIMEZONE = 7.0
_JD_OFFSET = 1721425  # Julian Day Number of a date = its proleptic ordinal + this
_SYNODIC = 29.530588853
_EPOCH = 2415021.076998695  # a new moon in January 1900 (JD)


@dataclass(frozen=True, slots=True)
class LunarDate:
    """A date of the lunar calendar; ``year`` is the solar year in which that lunar year begins."""

    day: int
    month: int
    year: int
    leap: bool = False


def can_chi(year: int) -> str:
    """The can-chi name of lunar year ``year``: ``can_chi(2023) == "Quý Mão"``."""
    return f"{CAN[(year + 6) % 10]} {CHI[(year + 8) % 12]}"


def years_named(name: str, near: int, span: int = 60) -> list[int]:
    """Years within ``span`` of ``near`` whose can-chi is ``name`` (spelling variants allowed)."""
    parts = name.split()
    if len(parts) != 2:
        return []
    wanted = f"{parts[0]} {CHI_VARIANTS.get(parts[1], parts[1])}"
    return [y for y in range(near - span, near + span + 1) if can_chi(y) == wanted]


def _jd(day: dt.date) -> int:
    return day.toordinal() + _JD_OFFSET


def _from_jd(jd: int) -> dt.date:
    return dt.date.fromordinal(jd - _JD_OFFSET)


def _new_moon(k: int) -> float:
    """Julian day (UT, fractional) of the k-th new moon after the 1900 epoch."""
    t = k / 1236.85
    t2, t3 = t * t, t * t * t
    dr = math.pi / 180
    jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
    jd1 += 0.00033 * math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr)
    m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3
    mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3
    f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3
    c1 = (0.1734 - 0.000393 * t) * math.sin(m * dr) + 0.0021 * math.sin(2 * dr * m)
    c1 += -0.4068 * math.sin(mpr * dr) + 0.0161 * math.sin(dr * 2 * mpr) - 0.0004 * math.sin(dr * 3 * mpr)
    c1 += 0.0104 * math.sin(dr * 2 * f) - 0.0051 * math.sin(dr * (m + mpr))
    c1 += -0.0074 * math.sin(dr * (m - mpr)) + 0.0004 * math.sin(dr * (2 * f + m))
    c1 += -0.0004 * math.sin(dr * (2 * f - m)) - 0.0006 * math.sin(dr * (2 * f + mpr))
    c1 += 0.0010 * math.sin(dr * (2 * f - mpr)) + 0.0005 * math.sin(dr * (2 * mpr + m))
    if t < -11:
        delta_t = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
    else:
        delta_t = -0.000278 + 0.000265 * t + 0.000262 * t2
    return jd1 + c1 - delta_t


def _new_moon_day(k: int) -> int:
    return math.floor(_new_moon(k) + 0.5 + TIMEZONE / 24)


def _sun_sector(jdn: int) -> int:
    """Which of the 12 30° sectors of solar longitude the sun is in at the start of day ``jdn``."""
    t = (jdn - 0.5 - TIMEZONE / 24 - 2451545.0) / 36525
    t2 = t * t
    dr = math.pi / 180
    m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2
    l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2
    dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * math.sin(dr * m)
    dl += (0.019993 - 0.000101 * t) * math.sin(dr * 2 * m) + 0.000290 * math.sin(dr * 3 * m)
    lon = (l0 + dl) * dr
    lon -= 2 * math.pi * math.floor(lon / (2 * math.pi))
    return math.floor(lon / math.pi * 6)


@cache
def _month11(year: int) -> int:
    """Julian day of the first day of lunar month 11 (the month holding the winter solstice) of ``year``."""
    k = math.floor((_jd(dt.date(year, 12, 31)) - 2415021) / _SYNODIC)
    nm = _new_moon_day(k)
    return _new_moon_day(k - 1) if _sun_sector(nm) >= 9 else nm


def _leap_offset(a11: int) -> int:
    """Months after month 11 at which the leap month (the first without a major solar term) falls."""
    k = math.floor((a11 - _EPOCH) / _SYNODIC + 0.5)
    i = 1
    arc = _sun_sector(_new_moon_day(k + i))
    while True:
        last = arc
        i += 1
        arc = _sun_sector(_new_moon_day(k + i))
        if arc == last or i >= 14:
            return i - 1


def solar_to_lunar(day: dt.date) -> LunarDate:
    """The lunar date of solar date ``day``."""
    number = _jd(day)
    k = math.floor((number - _EPOCH) / _SYNODIC) + 1
    while (start := _new_moon_day(k)) > number:  # the mean month can be a day off the true new moon
        k -= 1
    a11 = b11 = _month11(day.year)
    if a11 >= start:
        year = day.year
        a11 = _month11(day.year - 1)
    else:
        year = day.year + 1
        b11 = _month11(day.year + 1)
    diff = (start - a11) // 29
    leap = False
    month = diff + 11
    if b11 - a11 > 365:
        leap_diff = _leap_offset(a11)
        if diff >= leap_diff:
            month = diff + 10
            leap = diff == leap_diff
    if month > 12:
        month -= 12
    if month >= 11 and diff < 4:
        year -= 1
    return LunarDate(number - start + 1, month, year, leap)


def lunar_to_solar(day: int, month: int, year: int, leap: bool = False) -> dt.date | None:
    """The solar date of a lunar date, or None if it does not exist (no such leap month, day 30 of a short month)."""
    if not (1 <= month <= 12 and 1 <= day <= 30):
        return None
    if month < 11:
        a11, b11 = _month11(year - 1), _month11(year)
    else:
        a11, b11 = _month11(year), _month11(year + 1)
    k = math.floor(0.5 + (a11 - _EPOCH) / _SYNODIC)
    off = (month - 11) % 12
    if b11 - a11 > 365:
        leap_off = _leap_offset(a11)
        leap_month = (leap_off - 2) % 12
        if leap and month != leap_month:
            return None
        if leap or off >= leap_off:
            off += 1
    elif leap:
        return None
    start = _new_moon_day(k + off)
    result = _from_jd(start + day - 1)
    return result if solar_to_lunar(result) == LunarDate(day, month, year, leap) else None


def tet(year: int) -> dt.date:
    """Tết Nguyên đán (first day of the first lunar month) of ``year``."""
    first = lunar_to_solar(1, 1, year)
    if first is None:  # pragma: no cover - month 1 day 1 always exists
        raise ValueError(year)
    return first
