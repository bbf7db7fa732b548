"""Run the selected rules over an Analysis and turn their hits into Findings."""

from __future__ import annotations

from collections.abc import Iterable

from vnadmin_parse.model import Finding
from vnadmin_parse.rules.context import Analysis
from vnadmin_parse.rules.registry import Rule


def run_rules(analysis: Analysis, rules: Iterable[Rule]) -> list[Finding]:
    """Findings of ``rules``, sorted by position then code."""
    findings: list[Finding] = []
    text = analysis.text
    for r in rules:
        for hit in r.check(analysis):
            loc = analysis.location(hit.start)
            findings.append(
                Finding(
                    code=r.code,
                    severity=hit.severity or r.severity,
                    message=r.format(hit, "vi"),
                    message_en=r.format(hit, "en"),
                    start=hit.start,
                    end=hit.end,
                    text=text[hit.start : hit.end],
                    suggestion=hit.suggestion,
                    page=loc.page if loc else None,
                    line=loc.line if loc else None,
                    family=r.family,
                )
            )
    findings.sort(key=lambda f: (f.start, f.code, f.end))
    return findings
