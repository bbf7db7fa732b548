"""A highlighted copy of the document: standalone HTML, each finding marked in the text."""

from __future__ import annotations

import html
from collections.abc import Sequence

from vnadmin_parse.report.core import Report

_CSS = """
body{font-family:"Times New Roman",serif;margin:0;color:#111}
section.doc{display:flex;border-bottom:3px solid #ccc}
main{flex:3;padding:2em 3em;white-space:pre-wrap;line-height:1.6;font-size:15px}
aside{flex:2;padding:1.5em;background:#f6f6f6;height:100vh;overflow:auto;position:sticky;top:0;font-family:sans-serif;font-size:13px}
mark{border-radius:2px;padding:0 1px;cursor:help}
mark.error{background:#ffc9c9;border-bottom:2px solid #c00}
mark.warning{background:#ffe8a3;border-bottom:2px solid #d90}
mark.info{background:#dcecff;border-bottom:2px dotted #36c}
.page{color:#999;font-family:sans-serif;font-size:12px;display:block;border-top:1px dashed #ccc;margin:1em 0}
li{margin-bottom:.8em} li a{color:inherit;text-decoration:none} .code{font-weight:bold}
.sug{color:#060}
"""
_SEV = {
    "vi": {"error": "Lỗi", "warning": "Cảnh báo", "info": "Lưu ý"},
    "en": {"error": "Error", "warning": "Warning", "info": "Note"},
}


def render_html(report: Report, lang: str = "vi") -> str:
    """The normalized text with findings highlighted, and the list of findings beside it."""
    return render_html_all([report], lang)


def render_html_all(reports: Sequence[Report], lang: str = "vi") -> str:
    """One standalone HTML page for ``reports``, a section per document (one page however many were
    checked): the normalized text with findings highlighted, and the list of findings beside it."""
    sections = "".join(_section(r, lang, "" if len(reports) == 1 else f"d{k}") for k, r in enumerate(reports))
    title = html.escape(reports[0].source.path if len(reports) == 1 else f"{len(reports)} văn bản")
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
        f"<style>{_CSS}</style></head><body>{sections}</body></html>"
    )


def _section(report: Report, lang: str, prefix: str) -> str:
    sev = _SEV["en" if lang == "en" else "vi"]
    text = report.text
    # Non-overlapping highlight segments: earlier/longer findings win, the rest are listed only.
    marks: list[tuple[int, int, int]] = []
    last_end = -1
    for i, f in sorted(enumerate(report.findings), key=lambda x: (x[1].start, -x[1].end)):
        if f.start >= last_end and f.end > f.start:
            marks.append((f.start, f.end, i))
            last_end = f.end
    body: list[str] = []
    pos = 0
    page = 1
    for start, end, i in marks:
        body.append(_plain(text[pos:start], page_counter := [page]))
        page = page_counter[0]
        f = report.findings[i]
        tip = html.escape(f"{f.code}: {f.localized(lang)}" + (f" → {f.suggestion}" if f.suggestion else ""))
        body.append(f'<mark id="{prefix}f{i}" class="{f.severity}" title="{tip}">{html.escape(text[start:end])}</mark>')
        pos = end
    body.append(_plain(text[pos:], [page]))
    items = []
    for i, f in enumerate(report.findings):
        sug = f'<br><span class="sug">→ {html.escape(f.suggestion)}</span>' if f.suggestion else ""
        items.append(
            f'<li><a href="#{prefix}f{i}"><span class="code">{f.code}</span> [{sev[f.severity]}] '
            f"trang {f.page}, dòng {f.line}: {html.escape(f.localized(lang))}<br>“{html.escape(f.text)}”{sug}</a></li>"
        )
    title = html.escape(report.source.path)
    return (
        f'<section class="doc"><main>{"".join(body)}</main>'
        f"<aside><h3>{title}</h3><ol>{''.join(items)}</ol></aside></section>"
    )


def _plain(chunk: str, page: list[int]) -> str:
    parts = chunk.split("\f")
    out = [html.escape(parts[0])]
    for part in parts[1:]:
        page[0] += 1
        out.append(f'<span class="page">— trang {page[0]} —</span>{html.escape(part)}')
    return "".join(out)
