"""Periods a document speaks of: the period a report covers, and the periods sentences open with.

- :func:`reporting_period`: the period of a report (Báo cáo), from its recognized structure (period,
  then title) or, when the header did not survive extraction, from the line after its "BÁO CÁO"
  heading. None for a document that is not a report: "năm 2026" in a plan's title is not a period
  reported on.
- :func:`stated_periods`: "Trong tháng 5/2023, …", "Trong 6 tháng đầu năm 2023, …", "Trong quý I/2023 …",
  "Trong kỳ báo cáo, …" — the period a sentence says its facts belong to, with the sentence's end.
- :func:`looks_ahead`: whether a document type announces what is to be done (a plan, a submission, a
  decision, a notice, a letter) rather than reporting what was done (a report, minutes).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import regex

from vnadmin_parse.model import Document
from vnadmin_parse.recognize.dates import bounds, parse_period

Period = tuple[dt.date, dt.date]

#: Document types that report what was done: a date after the document's own date, told as done, is a mistake.
_LOOKING_BACK = ("báo cáo", "biên bản")

_REPORT_HEADING = regex.compile(r"^BÁO\s*CÁO\b")
_STATED = regex.compile(
    r"(?<!\p{L})trong\s+(?:(?P<report>kỳ\s+báo\s+cáo)"
    r"|(?P<phrase>(?:0?\d{1,2}\s+tháng\s+(?:đầu|cuối)\s+)?năm\s+\d{4}"
    r"|quý\s+(?:[IV]{1,3}|\d)(?:\s*/\s*|\s+năm\s+)\d{4}"
    r"|tháng\s+\d{1,2}(?:\s*/\s*|\s+năm\s+)\d{4}))(?!\d)",
    regex.IGNORECASE,
)
_SENTENCE_END = regex.compile(r"[.;!?\n]")


@dataclass(frozen=True, slots=True)
class StatedPeriod:
    """ "Trong tháng 5/2023, …": the phrase ``[start, end)``, the period it names and where its sentence ends.

    ``of_report`` is True for "trong kỳ báo cáo", whose period is the report's own."""

    start: int
    end: int
    sentence_end: int
    period: Period
    of_report: bool


def header_period(text: str) -> Period | None:
    """The period of a report whose header did not survive: the line after "BÁO CÁO" in the first lines.

    >>> header_period("BÁO CÁO\\n\\nCông tác 6 tháng đầu năm 2023\\n\\nNội dung.")
    (datetime.date(2023, 1, 1), datetime.date(2023, 6, 30))
    """
    lines = [line.strip() for line in text[:1500].split("\n") if line.strip()][:8]
    for i, line in enumerate(lines):
        if _REPORT_HEADING.match(line):
            for candidate in (line, *lines[i + 1 : i + 3]):
                found = parse_period(candidate)
                if found:
                    return found
    return None


def is_report(document: Document, text: str) -> bool:
    """A report (Báo cáo), by its recognized type or, when the header is lost, its "BÁO CÁO" heading."""
    if document.type:
        return document.type.lower().startswith("báo cáo")
    return header_period(text) is not None


def reporting_period(document: Document, text: str) -> Period | None:
    """The period a report covers: from the structure (period, then title), else from its "BÁO CÁO" header."""
    if document.period:
        found = bounds(document.period)
        if found:
            return found
    if not is_report(document, text):
        return None
    if document.title:
        found = parse_period(document.title)
        if found:
            return found
    return header_period(text)


def looks_ahead(document: Document) -> bool:
    """True for a document of a recognized type that announces rather than reports (Kế hoạch, Tờ trình,
    Quyết định, Thông báo, Công văn, Giấy mời …); False for a report or minutes, or an unknown type.

    >>> looks_ahead(Document(type="Kế hoạch")), looks_ahead(Document(type="Báo cáo")), looks_ahead(Document())
    (True, False, False)
    """
    kind = (document.type or "").lower()
    return bool(kind) and not kind.startswith(_LOOKING_BACK)


def stated_periods(text: str, report: Period | None = None) -> list[StatedPeriod]:
    """Every "Trong <period>, …" phrase of ``text``; "trong kỳ báo cáo" takes ``report`` (skipped without one).

    >>> [s.period for s in stated_periods("Trong tháng 5/2023, Sở đã tổ chức Lễ hội.")]
    [(datetime.date(2023, 5, 1), datetime.date(2023, 5, 31))]
    """
    out: list[StatedPeriod] = []
    for m in _STATED.finditer(text):
        period = report if m.group("report") else parse_period(m.group("phrase"))
        if not period:
            continue
        end_match = _SENTENCE_END.search(text, m.end())
        sentence_end = end_match.start() if end_match else len(text)
        out.append(StatedPeriod(m.start(), m.end(), sentence_end, period, bool(m.group("report"))))
    return out
