"""Periods a document speaks of: the period a report covers, and the periods sentences open with.

- :func:`reporting_period`: the period of a report (Báo cáo), from its recognized structure (period,
  then title) or, when the header did not survive extraction, from the line after its "BÁO CÁO"
  heading. None for a document that is not a report: "năm 2026" in a plan's title is not a period
  reported on.
- :func:`stated_periods`: "Trong tháng 5/2023, …", "Trong 6 tháng đầu năm 2023, …", "Trong quý I/2023 …",
  "Trong kỳ báo cáo, …" — the period a sentence says its facts belong to, with the sentence's end.
"""

from __future__ import annotations

import regex

from vnadmin_parse.isodates import bounds
from vnadmin_parse.model import Document, Period, StatedPeriod
from vnadmin_parse.recognize.dates import parse_period

_REPORT_HEADING = regex.compile(r"^BÁO\s*CÁO\b")
_STATED = regex.compile(
    r"(?<!\p{L})trong\s+(?:(?P<report>kỳ\s+báo\s+cáo)"
    r"|(?P<phrase>(?:0?\d{1,2}\s+tháng\s+(?:đầu|cuối)\s+)?năm\s+\d{4}"
    r"|quý\s+(?:[IV]{1,3}|\d)(?:\s*/\s*|\s+năm\s+)\d{4}"
    r"|tháng\s+\d{1,2}(?:\s*/\s*|\s+năm\s+)\d{4}))(?!\d)",
    regex.IGNORECASE,
)
_SENTENCE_END = regex.compile(r"[.;!?\n]")


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
