"""The audit summary page: one self-contained HTML file (no script, no network) with tables
and bar charts drawn as inline SVG, for an audit team to read and hand on."""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Table:
    """A named table: column names and rows."""

    name: str
    columns: tuple[str, ...]
    rows: list[tuple[Any, ...]]


@dataclass(frozen=True, slots=True)
class Tables:
    """Everything the summary shows, for one tool version of the database."""

    version: str
    documents: int
    read: int
    pages: int
    by_severity: Table
    by_rule: Table
    by_issuer: Table
    by_year: Table
    by_type: Table
    methods: Table
    unreadable: Table
    worst: Table
    missing: Table

    def all(self) -> list[Table]:
        return [
            self.by_severity,
            self.by_rule,
            self.by_issuer,
            self.by_year,
            self.by_type,
            self.methods,
            self.unreadable,
            self.worst,
            self.missing,
        ]


COLORS = {"error": "#c0392b", "warning": "#d68910", "info": "#2e86c1"}
_BAR = "#5d6d7e"
_ROW = 22  # pixels per bar

_TEXT = {
    "vi": {
        "title": "Tổng hợp kiểm tra hàng loạt",
        "documents": "văn bản",
        "read": "đọc được",
        "pages": "trang",
        "error": "lỗi",
        "warning": "cảnh báo",
        "info": "lưu ý",
        "by_severity": "Phát hiện theo mức độ",
        "by_rule": "Phát hiện theo quy tắc",
        "by_issuer": "Theo cơ quan ban hành",
        "by_year": "Theo năm ban hành",
        "by_type": "Theo loại văn bản",
        "methods": "Cách đọc văn bản",
        "unreadable": "Không đọc được",
        "worst": "Văn bản có nhiều vấn đề nhất",
        "missing": "Văn bản được viện dẫn nhưng không có trong kho (cần bổ sung)",
        "none": "Không có.",
        "report": "báo cáo tô sáng",
        "version": "phiên bản công cụ",
        "?": "(không rõ)",
    },
    "en": {
        "title": "Audit summary",
        "documents": "documents",
        "read": "read",
        "pages": "pages",
        "error": "errors",
        "warning": "warnings",
        "info": "notes",
        "by_severity": "Findings by severity",
        "by_rule": "Findings by rule",
        "by_issuer": "By issuing body",
        "by_year": "By year of issue",
        "by_type": "By document type",
        "methods": "How documents were read",
        "unreadable": "Could not be read",
        "worst": "Documents with the most problems",
        "missing": "Cited documents the archive does not hold (for follow-up)",
        "none": "None.",
        "report": "highlighted report",
        "version": "tool version",
        "?": "(unknown)",
    },
}

_CSS = """
body{font-family:system-ui,"Segoe UI",Arial,sans-serif;margin:0 auto;max-width:1180px;padding:1.5em;color:#1b2631}
h1{margin:.2em 0}h2{margin-top:1.6em;border-bottom:2px solid #d5d8dc;padding-bottom:.2em}
.cards{display:flex;gap:1em;flex-wrap:wrap}.card{background:#f4f6f7;border-radius:6px;padding:.6em 1.2em}
.card b{display:block;font-size:1.7em}.card.error b{color:#c0392b}.card.warning b{color:#d68910}
.card.info b{color:#2e86c1}.grid{display:grid;grid-template-columns:1fr 1fr;gap:1.5em}
table{border-collapse:collapse;font-size:13px;width:100%}th,td{border-bottom:1px solid #e5e8e8;padding:3px 6px;
text-align:left;vertical-align:top}td.n{text-align:right;font-variant-numeric:tabular-nums}th{background:#f4f6f7}
svg text{font-size:11px;fill:#1b2631}.meta{color:#707b7c}.scroll{max-height:420px;overflow:auto}
"""


def bar_chart(items: Sequence[tuple[str, float]], colors: Mapping[str, str] | None = None, width: int = 540) -> str:
    """Horizontal bars as inline SVG: a label, a bar and the value per item (``colors`` by label).

    >>> svg = bar_chart([("T005", 10), ("R001", 5)])
    >>> svg.startswith("<svg") and svg.count("<rect") == 2
    True
    """
    label_w, value_w = 240, 60
    scale = (width - label_w - value_w) / max((v for _, v in items), default=1) if items else 0
    parts = []
    for i, (label, value) in enumerate(items):
        y = i * _ROW
        shown = label if len(label) <= 32 else label[:31] + "…"
        fill = (colors or {}).get(label, _BAR)
        parts.append(
            f'<text x="{label_w - 6}" y="{y + 15}" text-anchor="end"><title>{html.escape(label)}</title>'
            f"{html.escape(shown)}</text>"
            f'<rect x="{label_w}" y="{y + 3}" width="{max(value * scale, 1):.1f}" height="{_ROW - 6}" fill="{fill}"/>'
            f'<text x="{label_w + value * scale + 4:.1f}" y="{y + 15}">{value:g}</text>'
        )
    height = max(len(items), 1) * _ROW + 4
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" height="{height}"'
        f' viewBox="0 0 {width} {height}">{"".join(parts)}</svg>'
    )


def column_chart(items: Sequence[tuple[str, float]], width: int = 540, height: int = 220) -> str:
    """Vertical columns as inline SVG (one per item, labels under them), e.g. findings per year.

    >>> column_chart([("2022", 3), ("2023", 6)]).count("<rect")
    2
    """
    base, top = height - 22, 16
    step = width / max(len(items), 1)
    peak = max((v for _, v in items), default=1) or 1
    parts = []
    for i, (label, value) in enumerate(items):
        h = (base - top) * value / peak
        x = i * step + step * 0.15
        parts.append(
            f'<rect x="{x:.1f}" y="{base - h:.1f}" width="{step * 0.7:.1f}" height="{max(h, 1):.1f}" fill="{_BAR}"/>'
            f'<text x="{x + step * 0.35:.1f}" y="{base - h - 4:.1f}" text-anchor="middle">{value:g}</text>'
            f'<text x="{x + step * 0.35:.1f}" y="{height - 6}" text-anchor="middle">{html.escape(label)}</text>'
        )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" height="{height}"'
        f' viewBox="0 0 {width} {height}">{"".join(parts)}</svg>'
    )


def _cell(value: object, link: str | None = None) -> str:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return f'<td class="n">{value:g}</td>'
    text = html.escape("" if value is None else str(value))
    return f'<td><a href="{html.escape(link)}">{text}</a></td>' if link else f"<td>{text}</td>"


def _table(t: Table, words: Mapping[str, str], links: Mapping[str, str] | None = None, hide: int = -1) -> str:
    if not t.rows:
        return f"<p>{words['none']}</p>"
    shown = [i for i in range(len(t.columns)) if i != hide]
    head = "".join(f"<th>{html.escape(t.columns[i])}</th>" for i in shown)
    body = "".join(
        "<tr>" + "".join(_cell(row[i], (links or {}).get(str(row[i]))) for i in shown) + "</tr>" for row in t.rows
    )
    return f'<div class="scroll"><table id="{t.name}"><tr>{head}</tr>{body}</table></div>'


def render_summary_html(
    tables: Tables, database: str, lang: str = "vi", reports: Mapping[str, str] | None = None
) -> str:
    """The summary page; ``reports`` maps a worst document's path to the address of its highlighted report."""
    w = _TEXT["en" if lang == "en" else "vi"]
    severities = dict(tables.by_severity.rows)
    cards = [
        (tables.documents, w["documents"], ""),
        (tables.read, w["read"], ""),
        (tables.pages, w["pages"], ""),
        *((severities.get(s, 0), w[s], s) for s in ("error", "warning", "info")),
    ]
    card_html = "".join(f'<div class="card {cls}"><b>{n:,}</b>{label}</div>' for n, label, cls in cards)
    rules = tables.by_rule.rows
    rule_colors = {f"{code} {name}": COLORS[sev] for code, name, _, sev, _, _ in rules}
    by_rule = bar_chart([(f"{code} {name}", n) for code, name, _, _, n, _ in rules[:25]], rule_colors)
    by_severity = bar_chart(
        [(w[s], severities.get(s, 0)) for s in ("error", "warning", "info")], {w[s]: COLORS[s] for s in COLORS}
    )

    def findings(t: Table, limit: int = 15) -> str:
        return bar_chart([(w.get(str(row[0]), str(row[0])), row[5] or 0) for row in t.rows[:limit]])

    sections = [
        ("by_severity", by_severity, ""),
        ("by_rule", by_rule, _table(tables.by_rule, w)),
        ("by_issuer", findings(tables.by_issuer), _table(tables.by_issuer, w)),
        (
            "by_year",
            column_chart([(w.get(str(r[0]), str(r[0])), r[5] or 0) for r in tables.by_year.rows]),
            _table(tables.by_year, w),
        ),
        ("by_type", findings(tables.by_type), _table(tables.by_type, w)),
        ("methods", bar_chart([(str(m), n) for m, n in tables.methods.rows]), _table(tables.methods, w)),
        ("unreadable", "", _table(tables.unreadable, w)),
        ("worst", "", _table(tables.worst, w, reports, hide=1)),
        ("missing", "", _table(tables.missing, w)),
    ]
    body = "".join(
        f'<section id="s-{key}"><h2>{w[key]}</h2>'
        + (f'<div class="grid"><div>{chart}</div><div>{table}</div></div>' if chart and table else chart or table)
        + "</section>"
        for key, chart, table in sections
    )
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{w["title"]}</title>'
        f"<style>{_CSS}</style></head><body><h1>{w['title']}</h1>"
        f'<p class="meta">{html.escape(database)} · {w["version"]} {html.escape(tables.version)}</p>'
        f'<div class="cards">{card_html}</div>{body}</body></html>'
    )
