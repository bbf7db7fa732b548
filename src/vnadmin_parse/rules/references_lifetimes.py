"""R006 in running text: a body named as if it still existed in a document dated after its end.

"Đề nghị Bộ Kế hoạch và Đầu tư tổng hợp" in a letter of 2026 names a ministry that ended on 28/02/2025
(Nghị quyết 176/2025/QH15); the note gives the body that took over. A mention that speaks of the past
is left alone: the issuer of a cited document, a former title ("nguyên Bộ trưởng …"), the former body
("… (cũ)", "trước đây"), a sentence about the restructuring itself ("hợp nhất", "tiếp nhận", …) or
about what the body had issued ("… đã ban hành"), and one that names a date or year before the body's
end ("năm 2024", "giai đoạn 2021–2025").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from vnadmin_parse.isodates import fmt_date
from vnadmin_parse.model import AgencyMention
from vnadmin_parse.rules.context import Analysis
from vnadmin_parse.rules.registry import Hit
from vnadmin_parse.symbols import issuers, local_bodies
from vnadmin_parse.symbols.provinces import document_day

#: Words before a name that make it the former body: "nguyên Bộ trưởng Bộ …", "trước đây là Sở …".
_FORMER_BEFORE = regex.compile(r"(?:nguyên|trước\s+đây|trước\s+kia|trước\s+khi|thuộc)\s+(?:\S+\s+){0,3}$", regex.I)
#: Words after a name that make it the former body: "Sở Kế hoạch và Đầu tư (cũ)", "… trước đây".
_FORMER_AFTER = regex.compile(
    r"\s*\(?\s*(?:cũ|trước\s+đây|trước\s+kia|trước\s+(?:khi\s+)?(?:sắp\s+xếp|sáp\s+nhập|hợp\s+nhất))(?!\w)", regex.I
)
#: Words of a sentence about the restructuring itself, or about what the body issued before it.
_RESTRUCTURING = regex.compile(
    r"(?<!\w)(?:hợp\s+nhất|sáp\s+nhập|sắp\s+xếp|tiếp\s+nhận|chuyển\s+giao|kế\s+thừa|giải\s+thể|tổ\s+chức\s+lại"
    r"|bàn\s+giao|kết\s+thúc\s+hoạt\s+động|chấm\s+dứt\s+hoạt\s+động"
    # what the body issued while it existed: "theo quy định … Bộ trưởng Bộ … đã ban hành"
    r"|đã\s+(?:được\s+)?ban\s+hành|ban\s+hành\s+trước)(?!\w)",
    regex.I,
)
_YEAR = regex.compile(r"(?<![\d/.-])(?:19|20)\d\d(?![\d/])")
#: How far after a cited document its issuer may stand ("… ngày 15/4/2024 của Bộ Kế hoạch và Đầu tư").
_ISSUER_REACH = 80


@dataclass(frozen=True, slots=True)
class _Ended:
    """A body the tables say ended, with the day it ended and who took over."""

    name: str
    ended: dt.date
    successor: str | None


def agency_mentions(a: Analysis) -> tuple[AgencyMention, ...]:
    """The agencies named in the analysed text (the one place R006 reads them from)."""
    return a.agencies


def _ended(m: AgencyMention) -> _Ended | None:
    if m.name is None or m.abbreviation:
        return None
    if m.local:
        body = local_bodies.by_name(m.name)
        if body is None or body.valid_to is None:
            return None
        return _Ended(body.name, body.valid_to, body.successor)
    central = issuers.by_name(m.name)
    if central is None or central.valid_to is None:
        return None
    heirs = issuers.successors(central)
    return _Ended(central.name, central.valid_to, heirs[0].name if len(heirs) == 1 else None)


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or the line) around ``start``–``end``."""
    begin = max(text.rfind("\n", 0, start), text.rfind(". ", 0, start), text.rfind("; ", 0, start)) + 1
    stops = [i for i in (text.find("\n", end), text.find(". ", end), text.find("; ", end)) if i >= 0]
    return begin, min(stops, default=len(text))


def _speaks_of_the_past(a: Analysis, m: AgencyMention, ended: dt.date) -> bool:
    if any(r.start <= m.start <= r.end + _ISSUER_REACH for r in a.references):
        return True
    if _FORMER_BEFORE.search(a.text[max(0, m.start - 40) : m.start]) or _FORMER_AFTER.match(a.text, m.end):
        return True
    begin, stop = _sentence(a.text, m.start, m.end)
    sentence = a.text[begin:stop]
    if _RESTRUCTURING.search(sentence):
        return True
    if any(int(y.group()) <= ended.year for y in _YEAR.finditer(sentence)):
        return True
    return any(begin <= d.start < stop and d.value and d.value[:10] <= ended.isoformat() for d in a.dates)


def gone_in_text(a: Analysis) -> Iterator[Hit]:
    """A note at the first mention of each body that had ended before the document's date."""
    day = document_day(a.document.date)
    if day is None:
        return
    seen: set[str] = set()
    for m in agency_mentions(a):
        body = _ended(m)
        if body is None or day <= body.ended or body.name in seen or _speaks_of_the_past(a, m, body.ended):
            continue
        seen.add(body.name)
        end = fmt_date(body.ended)
        now = f", nay là {body.successor}" if body.successor else ""
        now_en = f"; its successor: {body.successor}" if body.successor else ""
        yield Hit(
            m.start,
            m.end,
            {
                "problem": f"{body.name} không còn tồn tại vào ngày ban hành văn bản (đến hết ngày {end}{now})",
                "problem_en": f"{body.name} no longer existed on the document's date (it ended on {end}{now_en})",
            },
            severity="info",
            suggestion=body.successor,
        )
