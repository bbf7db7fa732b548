"""Machine formats for CI systems: SARIF 2.1.0 and GitHub workflow annotations."""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import PurePosixPath
from urllib.parse import quote

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
                                "artifactLocation": {"uri": artifact_uri(report.source.path)},
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


def artifact_uri(path: str) -> str:
    """``path`` as a valid URI reference: relative paths percent-encoded, absolute ones as ``file://`` URIs
    (bytes of a name that is not UTF-8 encoded as they are)."""
    raw = os.fsencode(path).replace(b"\\", b"/") if os.sep == "\\" else os.fsencode(path)
    encoded = quote(raw, safe="/")
    return "file://" + encoded if PurePosixPath(os.fsdecode(raw)).is_absolute() else encoded


def _data(text: str) -> str:
    """A workflow command's message, escaped so that it cannot end the command."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    """A workflow command's property value (file, title): ":" and "," separate properties."""
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(report: Report, lang: str = "vi") -> str:
    """GitHub workflow commands (``::error file=…,line=…,title=…::message``), one per finding."""
    lines = []
    path = _property(os.fsencode(report.source.path).decode("utf-8", "replace"))
    for f in report.findings:
        msg = f.localized(lang) + (f" → {f.suggestion}" if f.suggestion else "")
        lines.append(f"::{_GITHUB[f.severity]} file={path},line={f.line or 1},title={_property(f.code)}::{_data(msg)}")
    return "\n".join(lines)
