"""Anniversaries: "kỷ niệm 93 năm Ngày thành lập Đảng …" linked to the founding date.

The commemorated events and their dates come from ``data/anniversaries.json``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache

import regex

from vnadmin_parse.data import load_table, require
from vnadmin_parse.errors import DataError
from vnadmin_parse.model import DateParts

_S = r"[^\S\n]*"


@dataclass(frozen=True, slots=True)
class Anniversary:
    """A commemorated event from the data table."""

    id: str
    name: str
    date: dt.date
    #: False for a day set by law whose years are counted from more than one start in use
    #: ("Ngày Pháp luật"): the mention is recognized, its count is not checked.
    counted: bool = True
    #: The paid public holiday it is, if any (Bộ luật Lao động 2019, Điều 112).
    holiday: str | None = None


@dataclass(frozen=True, slots=True)
class AnniversaryMention:
    """ "N năm Ngày …" (``count`` None when the text names the day without a count)."""

    start: int
    end: int
    anniversary: Anniversary
    count: int | None

    def parts(self) -> DateParts:
        """DateMention parts: which anniversary, its date, the count and the year it points to."""
        founded = self.anniversary.date
        parts: DateParts = {
            "anniversary": self.anniversary.id,
            "name": self.anniversary.name,
            "founded": founded.isoformat(),
            "count": self.count,
            "counted": self.anniversary.counted,
        }
        if self.count is not None and self.anniversary.counted:
            year = founded.year + self.count
            day = min(founded.day, 28) if (founded.month, founded.day) == (2, 29) else founded.day
            parts["year"] = year
            parts["anniversary_date"] = dt.date(year, founded.month, day).isoformat()
        return parts


_ANCHOR = regex.compile(
    r"(?<!\p{L})(?:[Kk]ỷ|[Cc]hào|[Mm]ừng|[Nn]gày|NGÀY)(?!\p{L})(?!\s*\d)|(?<![\d/])\d{1,3}(?=\s*năm)"
)


def _flexible(pattern: str) -> str:
    """Let every space of a data pattern match any run of spaces."""
    return pattern.replace(" ", r"\s+")


@cache
def _table() -> tuple[tuple[Anniversary, ...], regex.Pattern[str]]:
    entries = load_table("anniversaries.json")["entries"]
    items: list[Anniversary] = []
    groups: list[str] = []
    for i, e in enumerate(entries):
        require(
            e, {"id": str, "name": str, "date": str, "patterns": list, "source": str, "examples": list}, "anniversaries"
        )
        counted, holiday = e.get("counted", True), e.get("holiday")
        if not isinstance(counted, bool) or not isinstance(holiday, str | None):
            raise DataError(f"anniversaries: {e['id']}: 'counted' must be a boolean and 'holiday' a string")
        items.append(Anniversary(e["id"], e["name"], dt.date.fromisoformat(e["date"]), counted, holiday))
        # A name is its event however its words are capitalised ("Ngày Giải phóng miền Nam").
        groups.append(f"(?P<a{i}>(?i:{'|'.join(_flexible(p) for p in e['patterns'])}))")
    pattern = regex.compile(
        rf"(?:(?P<lead>[Kk]ỷ{_S}niệm|[Cc]hào{_S}mừng|[Mm]ừng){_S}(?:lần{_S}thứ{_S})?)?"
        rf"(?:(?<![\d/])(?P<n>\d{{1,3}}){_S}năm{_S})?(?P<day>(?:[Nn]gày|NGÀY){_S}(?:truyền{_S}thống{_S})?)?"
        rf"(?:{'|'.join(groups)})(?!\p{{L}})",
        regex.VERSION1,
    )
    return tuple(items), pattern


def anniversaries() -> tuple[Anniversary, ...]:
    """Every commemorated event of the data table."""
    return _table()[0]


def find_anniversaries(text: str) -> list[AnniversaryMention]:
    """Mentions of a commemorated event with a count ("68 năm Ngày giải phóng Hải Phòng")
    or named as a day ("Ngày chiến thắng Điện Biên Phủ")."""
    items, pattern = _table()
    out: list[AnniversaryMention] = []
    end = -1
    for anchor in _ANCHOR.finditer(text):  # a mention starts at its lead, its count or "Ngày"
        if anchor.start() < end:
            continue
        m = pattern.match(text, anchor.start())
        if m is None or not (m["n"] or m["day"] or m["lead"]):
            continue
        end = m.end()
        index = next(i for i in range(len(items)) if m[f"a{i}"] is not None)
        count = int(m["n"]) if m["n"] else None
        start = m.start("n") if m["n"] else m.start()
        out.append(AnniversaryMention(start, m.end(), items[index], count))
    return out
