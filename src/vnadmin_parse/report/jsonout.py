"""JSON and JSON Lines renderers of Reports."""

from __future__ import annotations

import json
from collections.abc import Iterable

from vnadmin_parse.report.core import Report


def render_json(reports: Iterable[Report], lang: str = "vi") -> str:
    """One object for one report, a list for several."""
    items = [r.to_dict(lang) for r in reports]
    payload = items[0] if len(items) == 1 else items
    return json.dumps(payload, ensure_ascii=False, indent=2)


def render_jsonl(report: Report, lang: str = "vi") -> str:
    """One line per report."""
    return json.dumps(report.to_dict(lang), ensure_ascii=False)
