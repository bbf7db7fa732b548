"""Run the selected rules over an Analysis and turn their hits into Findings."""

from __future__ import annotations

from collections.abc import Iterable

from vnadmin_parse.model import Finding
from vnadmin_parse.office import LEAVES_ALONE
from vnadmin_parse.rules.context import Analysis
from vnadmin_parse.rules.registry import Rule


def run_rules(analysis: Analysis, rules: Iterable[Rule]) -> list[Finding]:
    """Findings of ``rules``, sorted by position then code.

    ``analysis.options["severity"]`` (code → severity, from the configuration) overrides
    a rule's severity; findings of ``LEAVES_ALONE`` on the office's own words are dropped.
    """
    findings: list[Finding] = []
    text = analysis.text
    severity = analysis.options.get("severity") or {}
    for r in rules:
        for hit in r.check(analysis):
            if r.code.startswith(LEAVES_ALONE) and analysis.is_office_word(hit.start, hit.end):
                continue
            loc = analysis.location(hit.start)
            findings.append(
                Finding(
                    code=r.code,
                    severity=severity.get(r.code) or hit.severity or r.severity,
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
