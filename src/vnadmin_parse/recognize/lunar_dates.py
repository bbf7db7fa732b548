"""Lunar-calendar days as documents write them: ``ngày 10/3 âm lịch``, ``mùng 10 tháng Ba
(âm lịch)``, ``rằm tháng Giêng``, ``23 tháng Chạp``, ``15/8/2023 (ÂL)``.

A day is lunar when it says so (``âm lịch``, ``ÂL``), is a full moon (``rằm``), or names
a month only the lunar calendar has (``Giêng``, ``Chạp``). Tết days (``mùng 3 Tết``) are
read by ``dates`` itself.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from vnadmin_parse.lunar_calendar import CAN, CHI, CHI_VARIANTS
from vnadmin_parse.model import DateParts

_I = regex.IGNORECASE | regex.VERSION1
_S = r"[^\S\n]*"
#: Month names of the lunar calendar. "Giêng" and "Chạp" exist only there.
MONTH_WORDS = {
    "giêng": 1,
    "hai": 2,
    "ba": 3,
    "tư": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "bẩy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
    "mười một": 11,
    "một": 11,
    "chạp": 12,
}
_ONLY_LUNAR = {"giêng", "chạp"}
_MONTH = rf"(?P<m>\d{{1,2}}|mười{_S}một|{'|'.join(sorted(MONTH_WORDS, key=len, reverse=True))})(?!\p{{L}})"
_LEAP = rf"(?P<leap>{_S}nhuận)?"
_CAN_CHI = rf"(?P<can>{'|'.join(CAN)}){_S}(?P<chi>{'|'.join((*CHI, *CHI_VARIANTS))})(?!\p{{L}})"
_YEAR = rf"(?:{_S}(?:[/.\-]|,?{_S}năm){_S}(?:(?P<y>\d{{4}})(?!\d)|{_CAN_CHI}))?"
_MARK = rf"{_S}(?:(?P<paren>\(){_S})?(?P<mark>âm{_S}lịch|ÂL)(?!\p{{L}})(?(paren){_S}\))"
_DAY = rf"(?<![\d/.])(?:(?P<pre>ngày|mùng|mồng){_S})?(?P<d>\d{{1,2}})"
_SLASH = regex.compile(
    rf"{_DAY}{_S}[/.\-]{_S}(?P<m>\d{{1,2}}){_LEAP}(?:{_S}[/.\-]{_S}(?P<y>\d{{4}}))?(?!\d){_MARK}", _I
)
_WORDS = regex.compile(rf"{_DAY}{_S}tháng{_S}{_MONTH}{_LEAP}{_YEAR}(?:{_MARK})?", _I)
_FULL_MOON = regex.compile(rf"(?<!\p{{L}})(?:ngày{_S})?rằm{_S}tháng{_S}{_MONTH}{_LEAP}{_YEAR}(?:{_MARK})?", _I)


def _month(written: str) -> int | None:
    if written.isdigit():
        return int(written)
    return MONTH_WORDS.get(regex.sub(r"\s+", " ", written.lower()))


def find_lunar_days(text: str) -> Iterator[tuple[int, int, DateParts]]:
    """(start, end, parts) of every lunar day in ``text``; parts has ``lunar_day``,
    ``lunar_month``, ``leap``, ``year`` (the lunar year when written in figures, else None)
    and ``can_chi`` when the year is named ("năm Quý Mão")."""
    for pattern in (_SLASH, _WORDS, _FULL_MOON):
        for m in pattern.finditer(text):
            month = _month(m["m"])
            day = 15 if pattern is _FULL_MOON else int(m["d"])
            cyclic = m.groupdict().get("can")
            marked = bool(m["mark"] or cyclic) or pattern is _FULL_MOON or m["m"].lower() in _ONLY_LUNAR
            if month is None or not marked or not (1 <= month <= 12 and 1 <= day <= 30):
                continue
            parts: DateParts = {
                "calendar": "lunar",
                "lunar_day": day,
                "lunar_month": month,
                "leap": bool(m["leap"]),
                "year": int(m["y"]) if m["y"] else None,
            }
            if cyclic:
                parts["can_chi"] = f"{m['can']} {CHI_VARIANTS.get(m['chi'], m['chi'])}"
            yield m.start(), m.end(), parts
