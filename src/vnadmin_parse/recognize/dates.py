"""Dates, times, periods and intervals as Vietnamese officials write them.

``find_dates`` works in three passes over the normalized text:

1. atoms — one regex per written form (``30/01/2023``, ``ngày 30 tháng 01 năm
   2023``, ``tháng 5/2023``, ``quý III/2022``, ``6 tháng đầu năm 2023``, ``20 giờ
   30``, ``Xuân Quý Mão – 2023``, ``mùng 3 Tết``, ``kỷ niệm 93 năm Ngày …``);
2. context — years missing from ``ngày 05/3`` or ``tháng 5`` are taken from the
   nearest written year and flagged in ``parts["inferred"]``;
3. composites — a time before a date makes a datetime, ``từ A đến B`` and
   ``(A - B)`` make intervals, a weekday next to a date is attached to it.

Composite mentions are added next to their components (``parts["members"]``
holds the components' offsets), so a consumer reading only ``kind == "date"``
still sees every date. Impossible dates (31/4) are kept with ``value=None``
and ``parts["invalid"]``. dateparser is not used: it fills missing fields with
today's date, which is exactly what a checker must not do.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import itertools
from dataclasses import dataclass, field

import regex

from vnadmin_parse.isodates import bounds
from vnadmin_parse.lunar_calendar import CAN, CHI, CHI_VARIANTS, can_chi, lunar_to_solar
from vnadmin_parse.model import DateMention, DateParts
from vnadmin_parse.recognize.anniversaries import find_anniversaries
from vnadmin_parse.recognize.lunar_dates import find_lunar_days

_I = regex.IGNORECASE | regex.VERSION1
_S = r"[^\S\n]*"  # optional spaces, never a paragraph break
MIN_YEAR, MAX_YEAR = 1000, 2199
ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}
#: Weekday words → Python weekday index (Monday = 0).
WEEKDAYS = {"hai": 0, "ba": 1, "tư": 2, "năm": 3, "sáu": 4, "bảy": 5, "bẩy": 5}


@dataclass
class _Mention:
    """A mention under construction (DateMention is frozen)."""

    start: int
    end: int
    kind: str
    parts: DateParts = field(default_factory=lambda: DateParts())
    composite: bool = False

    @property
    def year(self) -> int | None:
        y = self.parts.get("year")
        return y if isinstance(y, int) else None


# ---------------------------------------------------------------- atom patterns
_D = r"(?<![\d/.&@#])(?P<d>\d{1,2})"
_PRE = rf"(?:(?P<pre>ngày|hôm)(?:{_S}|(?=\d)))?"
_NUM_DATE = regex.compile(
    rf"{_PRE}{_D}{_S}(?P<sep>[/.\-]){_S}(?P<m>\d{{1,2}}){_S}(?P=sep){_S}(?P<y>\d{{4}})(?!\d)(?!/\p{{L}})", _I
)
_WORD_DATE = regex.compile(rf"{_PRE}{_D}{_S}tháng{_S}(?P<m>\d{{1,2}}){_S},?{_S}năm{_S}(?P<y>\d{{4}})(?!\d)", _I)
_DAY_MONTH = regex.compile(
    rf"(?:(?P<pre>ngày)(?:{_S}|(?=\d))|(?<=(?<!\p{{L}})(?:từ|(?:đến|tới)(?:{_S}hết)?|(?<!\d{{4}})[-–]){_S}(?:ngày{_S})?)){_D}"
    rf"{_S}(?:[/.\-]{_S}(?P<m>\d{{1,2}})|tháng{_S}(?P<m2>\d{{1,2}}))(?!{_S}[/.\-]?{_S}\d)(?!\d)",
    _I,
)
_MONTH = regex.compile(
    rf"(?<!\p{{L}})tháng{_S}(?P<m>\d{{1,2}})(?:{_S}(?:[/.\-]|,?{_S}năm){_S}(?P<y>\d{{4}}))?(?![\d/])", _I
)
_YEAR_RANGE = regex.compile(
    rf"(?<!\p{{L}})(?P<lead>giai{_S}đoạn|thời{_S}kỳ|nhiệm{_S}kỳ|năm{_S}học|niên{_S}độ|các{_S}năm|năm)"
    rf"{_S}(?P<y1>\d{{4}}){_S}[-–—]{_S}(?P<y2>\d{{4}})(?!\d)",
    _I,
)
_YEAR_PAIR = regex.compile(rf"(?<=\({_S})(?P<y1>\d{{4}}){_S}[-–—]{_S}(?P<y2>\d{{4}})(?={_S}\))")
_YEAR = regex.compile(rf"(?<!\p{{L}})năm{_S}(?P<y>\d{{4}})(?![\d/])", _I)
_QUARTER = regex.compile(
    rf"(?<!\p{{L}})quý{_S}(?P<q>IV|I{{1,3}}|[1-4])(?![\p{{L}}\d])"
    rf"(?:{_S}(?:[/.\-]|,?{_S}năm){_S}(?P<y>\d{{4}})(?!\d))?",
    _I,
)
_MONTHS_SPAN = regex.compile(
    rf"(?<![\d/])(?P<n>\d{{1,2}}){_S}tháng{_S}(?:(?P<side>đầu|cuối){_S})?năm(?:{_S}(?P<y>\d{{4}})(?!\d))?", _I
)
_HALF = regex.compile(rf"(?<!\p{{L}})nửa{_S}(?P<side>đầu|cuối){_S}năm(?:{_S}(?P<y>\d{{4}})(?!\d))?", _I)
_TIME = regex.compile(
    rf"(?<![\d\p{{L}}/])(?P<h>\d{{1,2}}){_S}(?P<unit>giờ|h)(?:{_S}(?P<mi>\d{{1,2}})(?:{_S}phút)?)?(?![\p{{L}}\d])",
    _I,
)
_CAN = "|".join(CAN)
_CHI = "|".join((*CHI, *CHI_VARIANTS))
_CAN_CHI = regex.compile(
    rf"(?:(?P<lead>Xuân|Tết(?:{_S}Nguyên{_S}đán)?|[Nn]ăm|[Tt]ết){_S})?"
    rf"(?<!\p{{L}})(?P<can>{_CAN}){_S}(?P<chi>{_CHI})(?!\p{{L}})"
    rf"(?:{_S}[-–—,]?{_S}(?:năm{_S})?(?P<y>\d{{4}})(?!\d))?",
    regex.VERSION1,
)
_TET_DAYS = regex.compile(
    rf"(?<!\p{{L}})(?P<lead>(?:từ{_S})?(?:ngày|mùng|mồng)){_S}(?P<d1>\d{{1,2}})"
    rf"(?:{_S}(?:đến|tới|-|–){_S}(?:ngày{_S}|mùng{_S}|mồng{_S})?(?P<d2>\d{{1,2}}))?"
    rf"{_S}(?:tháng{_S}Giêng{_S}|)Tết(?:{_S}Nguyên{_S}đán)?",
    _I,
)
_WEEKDAY = r"(?P<wd>thứ\s*(?P<wn>hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ\s*nhật)(?!\p{L})"
_WEEKDAY_AFTER = regex.compile(rf"{_S}[(,]?{_S}(?:(?:sáng|trưa|chiều|tối|đêm){_S})?{_WEEKDAY}{_S}\)?", _I)
#: The first day of a span of days written before its last date ("15-" of "15-16/4/2024", "27 và " of "27 và 28/6").
_DAY_BEFORE = regex.compile(rf"(?<![\d/.])\d{{1,2}}{_S}(?:[-–]|,|và){_S}$", _I)
#: A second weekday right after the first ("thứ Hai, thứ Ba", "thứ Hai và thứ Ba"): a list for several days.
_WEEKDAY_LIST = regex.compile(rf"{_S}(?:,|và|[-–—]){_S}{_WEEKDAY}", _I)
_WEEKDAY_BEFORE = regex.compile(rf"{_WEEKDAY}{_S}[,(]?{_S}$", _I)
_DAYPART_BEFORE = regex.compile(rf"(?<!\p{{L}})(?P<dp>rạng{_S}sáng|sáng|trưa|chiều|tối|đêm){_S}$", _I)
_RANGE_FROM = regex.compile(rf"(?<!\p{{L}})(?:từ|kể{_S}từ){_S}$", _I)
_RANGE_JOIN = regex.compile(rf"^{_S}(?:(?:đến|tới|cho{_S}đến)(?:{_S}hết)?|[-–—]){_S}$", _I)  # "đến hết ngày …"
_PAREN_JOIN = regex.compile(r"^\s*[-–—]\s*$")  # inside brackets a line break only wraps the line
_TIME_DATE_JOIN = regex.compile(
    rf"^{_S},?{_S}(?:(?P<dp>rạng{_S}sáng|sáng|trưa|chiều|tối|đêm){_S})?(?:(?:hôm|ngày){_S})?$", _I
)


def _valid_year(y: int) -> bool:
    return MIN_YEAR <= y <= MAX_YEAR


def _date_parts(day: int, month: int, year: int | None) -> DateParts:
    parts: DateParts = {"day": day, "month": month, "year": year}
    if not 1 <= month <= 12:
        parts["invalid"] = "month"
    elif year is not None and day > calendar.monthrange(year, month)[1]:
        parts["invalid"] = "leap" if (month, day) == (2, 29) else "day"
    elif day < 1 or day > 31 or (month == 2 and day > 29) or (day == 31 and month in (4, 6, 9, 11)):
        parts["invalid"] = "day"
    return parts


def _plausible(day: int, month: int, explicit: bool) -> bool:
    """Numbers that could be a date at all (a mistyped one included)."""
    return day >= 1 and (
        (day <= 31 and 1 <= month <= (13 if explicit else 12)) or (explicit and day <= 39 and month <= 19)
    )


def _atoms(text: str) -> list[_Mention]:
    out: list[_Mention] = []
    for pattern in (_NUM_DATE, _WORD_DATE):
        for m in pattern.finditer(text):
            d, mo, y = int(m["d"]), int(m["m"]), int(m["y"])
            if not _valid_year(y) or not _plausible(d, mo, bool(m["pre"]) or pattern is _WORD_DATE):
                continue
            out.append(_Mention(m.start(), m.end(), "date", _date_parts(d, mo, y)))
    for m in _DAY_MONTH.finditer(text):
        d, mo = int(m["d"]), int(m["m"] or m["m2"])
        if _plausible(d, mo, True):
            parts = _date_parts(d, mo, None)
            parts["inferred"] = ["year"]
            out.append(_Mention(m.start(), m.end(), "date", parts))
    for m in _MONTH.finditer(text):
        mo = int(m["m"])
        if not 1 <= mo <= 12:
            continue
        if m["y"]:
            if _valid_year(int(m["y"])):
                out.append(_Mention(m.start(), m.end(), "month", {"month": mo, "year": int(m["y"])}))
        else:
            out.append(_Mention(m.start(), m.end(), "month", {"month": mo, "year": None, "inferred": ["year"]}))
    for m in _YEAR_RANGE.finditer(text):
        y1, y2 = int(m["y1"]), int(m["y2"])
        if _valid_year(y1) and _valid_year(y2):
            rparts: DateParts = {"year": y1, "end_year": y2, "lead": m["lead"].lower()}
            if "học" in rparts["lead"]:
                rparts["school_year"] = True
            out.append(_Mention(m.start(), m.end(), "period", rparts))
    for m in _YEAR_PAIR.finditer(text):  # "(1930 - 2023)" after an anniversary
        y1, y2 = int(m["y1"]), int(m["y2"])
        if _valid_year(y1) and _valid_year(y2) and y1 <= y2:
            out.append(_Mention(m.start(), m.end(), "period", {"year": y1, "end_year": y2, "lead": "("}))
    for m in _YEAR.finditer(text):
        if _valid_year(int(m["y"])):
            out.append(_Mention(m.start(), m.end(), "year", {"year": int(m["y"])}))
    for m in _QUARTER.finditer(text):
        q = ROMAN.get(m["q"].upper()) or int(m["q"])
        qy = int(m["y"]) if m["y"] else None
        qparts: DateParts = {"quarter": q, "year": qy}
        if qy is None:
            qparts["inferred"] = ["year"]
        out.append(_Mention(m.start(), m.end(), "quarter", qparts))
    for m in _MONTHS_SPAN.finditer(text):
        n = int(m["n"])
        if not 1 <= n <= 12 or not (m["side"] or m["y"]):
            continue
        side = (m["side"] or "đầu").lower()
        first, last = (1, n) if side == "đầu" else (13 - n, 12)
        sy = int(m["y"]) if m["y"] else None
        sparts: DateParts = {"months": n, "side": side, "first_month": first, "last_month": last, "year": sy}
        if sy is None:
            sparts["inferred"] = ["year"]
        out.append(_Mention(m.start(), m.end(), "period", sparts))
    for m in _HALF.finditer(text):
        side = m["side"].lower()
        hy = int(m["y"]) if m["y"] else None
        first, last = (1, 6) if side == "đầu" else (7, 12)
        hparts: DateParts = {"months": 6, "side": side, "first_month": first, "last_month": last, "year": hy}
        if hy is None:
            hparts["inferred"] = ["year"]
        out.append(_Mention(m.start(), m.end(), "period", hparts))
    for m in _TIME.finditer(text):
        h, mi = int(m["h"]), int(m["mi"]) if m["mi"] else 0
        if h <= 24 and mi < 60:
            standalone = bool(m["mi"]) or m["unit"].lower() == "h"
            tparts: DateParts = {"hour": h, "minute": mi, "standalone": standalone and h < 24}
            out.append(_Mention(m.start(), m.end(), "time", tparts))
    for m in _CAN_CHI.finditer(text):
        chi = CHI_VARIANTS.get(m["chi"], m["chi"])
        name = f"{m['can']} {chi}"
        lparts: DateParts = {"can_chi": name, "lead": m["lead"] or "", "calendar": "lunar"}
        if m["y"] and _valid_year(int(m["y"])):
            lparts["year"] = int(m["y"])
            lparts["written_year"] = True
            lparts["expected_can_chi"] = can_chi(int(m["y"]))
        elif not m["lead"]:
            continue  # "Quý Mão" alone could be a name; only take it with Xuân/Tết/năm or a year
        else:
            lparts["year"] = None
        out.append(_Mention(m.start(), m.end(), "lunar", lparts))
    for m in _TET_DAYS.finditer(text):
        d1 = int(m["d1"])
        d2 = int(m["d2"]) if m["d2"] else None
        if 1 <= d1 <= 30 and (d2 is None or 1 <= d2 <= 30):
            tet: DateParts = {"lunar_day": d1, "lunar_end_day": d2, "lunar_month": 1, "year": None}
            tet.update(DateParts(calendar="lunar", tet=True, inferred=["year"]))
            out.append(_Mention(m.start(), m.end(), "lunar", tet))
    for start, end, lunar in find_lunar_days(text):
        out.append(_Mention(start, end, "lunar", lunar))
    for a in find_anniversaries(text):
        out.append(_Mention(a.start, a.end, "anniversary", a.parts()))
    return out


def _prune(atoms: list[_Mention]) -> list[_Mention]:
    """Drop atoms inside a longer one (``tháng 01 năm 2023`` inside the full date)."""
    atoms.sort(key=lambda a: (a.start, -(a.end - a.start)))
    kept: list[_Mention] = []
    reach = -1  # furthest end of a kept atom: every kept atom starts at or before the current one
    for a in atoms:
        if a.kind == "anniversary":
            kept.append(a)
        elif a.end > reach:
            kept.append(a)
            reach = a.end
    return kept


def _infer_years(mentions: list[_Mention]) -> None:
    """Fill missing years from the nearest mention that has one written (prefer the preceding one)."""
    written = [(m.start, m.year) for m in mentions if m.year is not None and "inferred" not in m.parts]
    starts = [s for s, _ in written]
    for m in mentions:
        if m.year is not None or "inferred" not in m.parts or m.kind == "time":
            continue
        i = bisect.bisect_left(starts, m.start)
        before = written[i - 1] if i > 0 else None
        after = written[i] if i < len(written) else None
        pick = before if before and (m.start - before[0] < 2000 or after is None) else after
        if pick is not None:
            m.parts["year"] = pick[1]
            m.parts["year_from"] = "context"


def _value(m: _Mention) -> str | None:
    p = m.parts
    y = m.year
    if p.get("invalid"):
        return None
    if m.kind == "date" and y is not None:
        return f"{y:04d}-{p['month']:02d}-{p['day']:02d}"
    if m.kind == "month" and y is not None:
        return f"{y:04d}-{p['month']:02d}"
    if m.kind == "year" and y is not None:
        return f"{y:04d}"
    if m.kind == "quarter" and y is not None:
        q = p["quarter"]
        return f"{y:04d}-{3 * q - 2:02d}/{y:04d}-{3 * q:02d}"
    if m.kind == "period" and y is not None:
        if "end_year" in p:
            return f"{y:04d}/{p['end_year']:04d}"
        return f"{y:04d}-{p['first_month']:02d}/{y:04d}-{p['last_month']:02d}"
    if m.kind == "time":
        return f"T{p['hour']:02d}:{p['minute']:02d}"
    if m.kind == "lunar":
        if "lunar_day" in p and not p.get("tet") and y is not None:
            day = lunar_to_solar(p["lunar_day"], p["lunar_month"], y, p["leap"])
            return day.isoformat() if day else None
        if p.get("tet") and y is not None:
            first = lunar_to_solar(p["lunar_day"], 1, y)
            end_day = p.get("lunar_end_day")
            last = lunar_to_solar(end_day, 1, y) if end_day else None
            if first and end_day:
                return f"{first.isoformat()}/{last.isoformat()}" if last else None
            return first.isoformat() if first else None
        return f"{y:04d}" if y is not None else None
    if m.kind == "anniversary":
        return str(p.get("anniversary_date")) if p.get("anniversary_date") else None
    return None


def _tet_years(mentions: list[_Mention]) -> None:
    """Tết days take their year from the nearest lunar year mention ("Tết Quý Mão – 2023").

    Runs before ``_infer_years``, which gives the others the nearest written year."""
    lunar_years = [(m.start, m.year) for m in mentions if m.kind == "lunar" and not m.parts.get("tet") and m.year]
    for m in mentions:
        if m.parts.get("tet") and m.year is None and lunar_years:
            m.parts["year"] = min(lunar_years, key=lambda s: abs(s[0] - m.start))[1]
            m.parts["year_from"] = "context"


def _lunar_years(mentions: list[_Mention]) -> None:
    """Can-chi without a written year: the year of that name nearest to the written years around it."""
    written = [(m.start, m.year) for m in mentions if m.year is not None and m.kind in ("date", "year", "month")]
    for m in mentions:
        if m.kind == "lunar" and "can_chi" in m.parts and m.year is None and written:
            near = min(written, key=lambda s: abs(s[0] - m.start))[1]
            assert near is not None
            for y in (near, near + 1, near - 1):
                if can_chi(y) == m.parts["can_chi"]:
                    m.parts["year"] = y
                    m.parts["year_from"] = "context"
                    break


def _as_datetime(d: _Mention, t: _Mention) -> str | None:
    value = _value(d)
    if value is None or d.kind != "date":
        return None
    if t.parts["hour"] == 24:
        return None
    return f"{value}T{t.parts['hour']:02d}:{t.parts['minute']:02d}"


def _composites(text: str, atoms: list[_Mention]) -> list[_Mention]:
    """Datetimes (time + date), intervals (từ A đến B, A - B) and weekday/daypart annotations."""
    top = [a for a in atoms if a.kind != "anniversary"]
    result: list[_Mention] = []
    # time followed by its date → datetime
    units: list[_Mention] = []
    i = 0
    while i < len(top):
        a = top[i]
        nxt = top[i + 1] if i + 1 < len(top) else None
        if a.kind == "time" and nxt is not None and nxt.kind == "date":
            join = _TIME_DATE_JOIN.match(text[a.end : nxt.start])
            value = _as_datetime(nxt, a) if join else None
            if join and value:
                parts: DateParts = {
                    "time": _value(a),
                    "date": _value(nxt),
                    "members": [(a.start, a.end), (nxt.start, nxt.end)],
                }
                if join["dp"]:
                    parts["daypart"] = join["dp"].lower()
                dtm = _Mention(a.start, nxt.end, "datetime", parts, composite=True)
                dtm.parts["value"] = value
                result.append(dtm)
                units.append(dtm)
                i += 2
                continue
        units.append(a)
        i += 1
    # ranges between consecutive units
    for a, b in itertools.pairwise(units):
        gap = text[a.end : b.start]
        paren = text[max(0, a.start - 1) : a.start] == "(" and text[b.end : b.end + 1] == ")"
        joined = _RANGE_JOIN.match(gap) and (
            _RANGE_FROM.search(text[max(0, a.start - 12) : a.start]) or _PAREN_JOIN.match(gap) or a.kind == b.kind
        )
        if not joined and not (paren and _PAREN_JOIN.match(gap)):
            continue
        interval = _interval(a, b)
        if interval is None:
            continue
        start = a.start
        from_match = _RANGE_FROM.search(text[max(0, a.start - 12) : a.start])
        if from_match:
            start = a.start - (len(text[max(0, a.start - 12) : a.start]) - from_match.start())
        spans: DateParts = {"members": [(a.start, a.end), (b.start, b.end)], "start_kind": a.kind, "end_kind": b.kind}
        spans.update(interval)
        result.append(_Mention(start, b.end, "interval", spans, composite=True))
    # weekday and daypart annotations
    for m in [*atoms, *result]:
        if m.kind not in ("date", "datetime"):
            continue
        after = _WEEKDAY_AFTER.match(text, m.end)
        if after and _WEEKDAY_LIST.match(text, after.end("wd")):
            # "15-16/4/2024 (thứ Hai, thứ Ba)": the weekdays of a span of days; the last one is this date's
            # when the span's first day stands before it, and none is otherwise.
            last = None
            if _DAY_BEFORE.search(text, max(0, m.start - 8), m.start):
                for last in _WEEKDAY_LIST.finditer(text, after.end("wd")):
                    if not _WEEKDAY_LIST.match(text, last.end("wd")):
                        break
            after = last
        before = _WEEKDAY_BEFORE.search(text[max(0, m.start - 20) : m.start])
        found = after or before
        if found:
            word = found["wn"].lower() if found["wn"] else None
            index = 6 if word is None else WEEKDAYS.get(word, int(word) - 2 if word.isdigit() else -1)
            base = m.end if after else max(0, m.start - 20)
            m.parts["weekday"] = {
                "text": found["wd"],
                "index": index,
                "start": (found.start("wd") if after else base + found.start("wd")),
                "end": (found.end("wd") if after else base + found.end("wd")),
            }
        dp = _DAYPART_BEFORE.search(text[max(0, m.start - 12) : m.start])
        if dp and "daypart" not in m.parts:
            m.parts["daypart"] = dp["dp"].lower()
    return result


def _iso(m: _Mention) -> str | None:
    return m.parts.get("value") if m.kind == "datetime" else _value(m)


def _interval(a: _Mention, b: _Mention) -> DateParts | None:
    """Start/end values of an interval from ``a`` to ``b``, completing a partial start from the end."""
    if a.kind == "time" and b.kind == "datetime":
        a_date = str(b.parts["date"])
        if a.parts["hour"] >= 24:
            return None
        return {"start": f"{a_date}T{a.parts['hour']:02d}:{a.parts['minute']:02d}", "end": str(b.parts["value"])}
    if a.kind == "time" or b.kind == "time" or a.kind == "lunar" or b.kind == "lunar":
        return None
    if a.kind == "date" and b.kind in ("date", "datetime") and a.parts.get("year_from") == "context":
        end_year = b.year if b.kind == "date" else int(str(b.parts["value"])[:4])
        if end_year is not None:
            a.parts["year"] = end_year
            if (a.parts["month"], a.parts["day"]) > (b.parts.get("month", 12), b.parts.get("day", 31)):
                a.parts["year"] = end_year - 1
            a.parts["year_from"] = "range"
    start, end = _iso(a), _iso(b)
    if start is None or end is None:
        return None
    return {"start": start, "end": end}


def _finish(m: _Mention, text: str) -> DateMention:
    parts = DateParts(**m.parts)
    if m.kind == "interval":
        value: str | None = f"{parts['start']}/{parts['end']}"
    elif m.kind == "datetime":
        value = str(parts.pop("value"))
    else:
        value = _value(m)
    if m.composite:
        parts["composite"] = True
    return DateMention(m.start, m.end, text[m.start : m.end], value, m.kind, parts)


def find_dates(text: str) -> list[DateMention]:
    """Every date, time, period, interval, lunar day or year and anniversary mention in ``text``, by offset."""
    atoms = _prune(_atoms(text))
    _tet_years(atoms)
    _infer_years(atoms)
    _lunar_years(atoms)
    atoms = [a for a in atoms if a.kind != "time" or a.parts.get("standalone") or _attached(a, atoms)]
    composites = _composites(text, atoms)
    mentions = [_finish(m, text) for m in [*atoms, *composites]]
    mentions.sort(key=lambda d: (d.start, -(d.end - d.start)))
    return mentions


def _attached(t: _Mention, atoms: list[_Mention]) -> bool:
    """A bare "8 giờ" counts only when a date or another time follows closely."""
    return any(0 <= o.start - t.end <= 20 and o.kind in ("date", "time") for o in atoms if o is not t)


# ---------------------------------------------------------------- periods


_PERIOD_KINDS = ("interval", "period", "quarter", "month", "year")
_PERIOD_JOIN = regex.compile(rf"^{_S}(?:và|,|;){_S}$", _I)


def parse_period(text: str) -> tuple[dt.date, dt.date] | None:
    """The reporting period named in a title: "06 tháng đầu năm 2023" → (2023-01-01, 2023-06-30).

    Takes the first period-like phrase and joins the ones tied to it by "và"
    ("tháng 02 và 2 tháng đầu năm 2007"); single days and anniversaries are not
    periods. None when the text names no period.
    """
    found = [d for d in find_dates(text) if d.kind in _PERIOD_KINDS and d.value]
    if not found:
        return None
    covering = [d for d in found if not any(o is not d and o.start <= d.start and d.end <= o.end for o in found)]
    first = covering[0]
    span = bounds(first.value or "")
    if span is None:
        return None
    lo, hi = span
    end = first.end
    for nxt in covering[1:]:
        if not _PERIOD_JOIN.match(text[end : nxt.start]):
            break
        more = bounds(nxt.value or "")
        if more is None:
            break
        lo, hi, end = min(lo, more[0]), max(hi, more[1]), nxt.end
    return lo, hi
