"""Text output for people: ``file:page:line: CODE message``, the quoted evidence, a suggestion."""

from __future__ import annotations

from collections import Counter

from vnadmin_parse.report.core import Report

_SEVERITY = {
    "vi": {"error": "lỗi", "warning": "cảnh báo", "info": "lưu ý"},
    "en": {"error": "error", "warning": "warning", "info": "info"},
}
_SUGGEST = {"vi": "gợi ý", "en": "suggestion"}


def render_text(report: Report, lang: str = "vi") -> str:
    lines: list[str] = []
    sev = _SEVERITY.get(lang, _SEVERITY["vi"])
    for f in report.findings:
        lines.append(
            f"{report.source.path}:{f.page or 1}:{f.line or 1}: {f.code} [{sev[f.severity]}] {f.localized(lang)}"
        )
        evidence = f.text.replace("\n", " ").replace("\f", " ")
        if evidence:
            lines.append(f"    “{evidence}”")
        if f.suggestion:
            suggestion = f.suggestion.replace("\f", " ").replace("\n", "\n      ")
            lines.append(f"    → {_SUGGEST.get(lang, 'gợi ý')}: {suggestion}")
    counts = Counter(f.severity for f in report.findings)
    summary = ", ".join(f"{counts[s]} {sev[s]}" for s in ("error", "warning", "info"))
    if lang == "en":
        lines.append(f"{report.source.path}: {len(report.findings)} findings ({summary})")
    else:
        lines.append(f"{report.source.path}: {len(report.findings)} phát hiện ({summary})")
    return "\n".join(lines)
