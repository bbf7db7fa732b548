"""Machine formats for CI systems: SARIF 2.1.0 and GitHub workflow annotations."""

from __future__ import annotations

import json
from collections.abc import Sequence

from vnadmin_parse.baseline import fingerprint
from vnadmin_parse.report.core import Report
from vnadmin_parse.rules.registry import all_rules

_LEVEL = {"error": "error", "warning": "warning", "info": "note"}
_GITHUB = {"error": "error", "warning": "warning", "info": "notice"}


def render_sarif(reports: Sequence[Report], lang: str = "vi") -> str:
    from vnadmin_parse import __version__

    rules = [
        {
            "id": r.code,
            "name": r.name,
            "shortDescription": {"text": r.message_en if lang == "en" else r.message},
            "fullDescription": {"text": (r.doc.what_en or r.doc.what) if lang == "en" else r.doc.what},
            "help": {"text": r.doc.fix},
            "defaultConfiguration": {"level": _LEVEL[r.severity]},
        }
        for r in all_rules()
    ]
    results = []
    for report in reports:
        for f in report.findings:
            results.append(
                {
                    "ruleId": f.code,
                    "level": _LEVEL[f.severity],
                    "message": {"text": f.localized(lang) + (f" → {f.suggestion}" if f.suggestion else "")},
                    "locations": [
                        {
                            "physicalLocation": {
                                "artifactLocation": {"uri": report.source.path},
                                "region": {"startLine": f.line or 1, "snippet": {"text": f.text}},
                            }
                        }
                    ],
                    "partialFingerprints": {"vnadminFinding/v1": fingerprint(f.code, f.text)},
                }
            )
    sarif = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {"tool": {"driver": {"name": "vnadmin-parse", "version": __version__, "rules": rules}}, "results": results}
        ],
    }
    return json.dumps(sarif, ensure_ascii=False, indent=2)


def render_github(report: Report, lang: str = "vi") -> str:
    lines = []
    for f in report.findings:
        msg = f.localized(lang) + (f" → {f.suggestion}" if f.suggestion else "")
        msg = msg.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        lines.append(f"::{_GITHUB[f.severity]} file={report.source.path},line={f.line or 1},title={f.code}::{msg}")
    return "\n".join(lines)
