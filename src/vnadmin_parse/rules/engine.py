"""Run the selected rules over an Analysis and turn their hits into Findings."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import islice

from vnadmin_parse.model import Finding
from vnadmin_parse.office import LEAVES_ALONE
from vnadmin_parse.rules.context import Analysis
from vnadmin_parse.rules.registry import Hit, Rule

#: Findings one rule reports in one document at most; past it, one summary finding says how
#: many more there were (a reader cannot act on 200,000 lines, and listing them costs time).
#: Far above what a real document gives (a table of thousands of citations stays whole).
MAX_PER_RULE = 5000
#: Hits counted past the cap for the summary; beyond them the rule is not asked for more.
MAX_COUNTED = 100_000


def run_rules(analysis: Analysis, rules: Iterable[Rule], tick: Callable[[], None] | None = None) -> list[Finding]:
    """Findings of ``rules``, sorted by position then code; ``tick`` is called before each rule
    (a deadline check that raises when the time is up).

    Each rule's OCR policy (``Rule.ocr``) softens or drops its hits on text read by OCR;
    ``analysis.options["severity"]`` (code → severity, from the configuration) overrides
    a rule's severity; findings of ``LEAVES_ALONE`` on the office's own words are dropped.
    """
    findings: list[Finding] = []
    severity = analysis.options.get("severity") or {}
    for r in rules:
        if tick:
            tick()
        hits = _kept(analysis, r)
        findings.extend(_finding(analysis, r, hit, severity) for hit in islice(hits, MAX_PER_RULE))
        more = list(islice(hits, MAX_COUNTED))
        if more:
            findings.append(_summary(analysis, r, more))
    findings.sort(key=lambda f: (f.start, f.code, f.end))
    return findings


def _kept(analysis: Analysis, r: Rule) -> Iterator[Hit]:
    """The hits of ``r`` as its OCR policy judges them (or the hit's own), less those of ``LEAVES_ALONE`` on the
    office's own words."""
    scanned = analysis.scanned
    for found in r.check(analysis):
        hit = (found.ocr or r.ocr).apply(found, analysis.confidence(found.start, found.end), scanned)
        if hit is None or (r.code.startswith(LEAVES_ALONE) and analysis.is_office_word(hit.start, hit.end)):
            continue
        yield hit


def _finding(analysis: Analysis, r: Rule, hit: Hit, severity: dict[str, str]) -> Finding:
    loc = analysis.location(hit.start)
    return Finding(
        code=r.code,
        severity=severity.get(r.code) or hit.severity or r.severity,  # type: ignore[arg-type]
        message=r.format(hit, "vi"),
        message_en=r.format(hit, "en"),
        start=hit.start,
        end=hit.end,
        text=analysis.text[hit.start : hit.end],
        suggestion=hit.suggestion,
        page=loc.page if loc else None,
        line=loc.line if loc else None,
        family=r.family,
    )


def _summary(analysis: Analysis, r: Rule, more: list[Hit]) -> Finding:
    """One finding, at the first hit not listed, for the hits past the cap."""
    first = more[0]
    count = f"{len(more):,}" + ("+" if len(more) == MAX_COUNTED else "")
    loc = analysis.location(first.start)
    return Finding(
        code=r.code,
        severity="info",
        message=f"Còn {count} phát hiện {r.code} khác trong văn bản, không liệt kê "
        f"(mỗi quy tắc chỉ báo {MAX_PER_RULE} phát hiện đầu tiên)",
        message_en=f"{count} more {r.code} findings in this document are not listed "
        f"(each rule reports its first {MAX_PER_RULE} findings)",
        start=first.start,
        end=first.end,
        text=analysis.text[first.start : first.end],
        page=loc.page if loc else None,
        line=loc.line if loc else None,
        family=r.family,
    )
