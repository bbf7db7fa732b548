"""Document structure: header, body and closing of an administrative document.

``parse_structure`` fills :class:`~vnadmin_parse.model.Document` (type, number,
issuer, place, date, title, signer) and ``Document.fields`` with everything else
(see ``docs/structure.md``); ``Document.spans`` labels each element found.
It tolerates missing parts: a draft's blank number, a header lost in extraction.
"""

from __future__ import annotations

from typing import Any

from vnadmin_parse.model import Document, Source, Span
from vnadmin_parse.recognize.structure_body import body_spans, can_cu, closing_mark, headings, main_end, tree
from vnadmin_parse.recognize.structure_closing import parse_closing
from vnadmin_parse.recognize.structure_header import parse_header
from vnadmin_parse.recognize.structure_text import legible

#: Document types whose form is set by the Law on legal documents, not Nghị định 30/2020.
NOT_ND30 = frozenset({"Hiến pháp", "Luật", "Bộ luật", "Pháp lệnh"})


def parse_structure(text: str, source: Source) -> Document:
    """Parse the structure of the normalized ``text`` of ``source``."""
    header = parse_header(text)
    end = main_end(text, header.end)
    closing = parse_closing(text, header.end, end)
    items, enacting = can_cu(text, header.end, end)
    found = headings(text, header.end, end)
    mark = closing_mark(text, header.end, end)
    fields: dict[str, Any] = dict(header.fields)
    fields.update(closing.fields)
    fields["can_cu"] = items
    fields["enacting"] = enacting
    fields["sections"] = tree(found)
    fields["headings"] = [{"kind": h.kind, "marker": h.marker, "value": h.value, "start": h.start, "end": h.end} for h in found]
    fields["closing_mark"] = mark is not None
    fields["body_start"] = header.end
    fields["main_end"] = end
    fields["legible"] = legible(text[: min(len(text), 6000)])
    fields["nd30"] = header.type not in NOT_ND30
    fields["whole_document"] = _whole(fields)
    spans: list[Span] = [*header.spans, *closing.spans, *body_spans(text, found, items)]
    if mark:
        spans.append(mark)
    spans.sort(key=lambda s: (s.start, s.end))
    return Document(
        type=header.type,
        number=header.number,
        issuer=header.issuer,
        place=header.place,
        date=header.date,
        title=header.title,
        period=None,
        signer=closing.signer,
        fields=fields,
        spans=tuple(spans),
    )


def _whole(fields: dict[str, Any]) -> bool:
    """A whole document rather than a fragment: at least two of its parts are there."""
    parts = (
        fields.get("quoc_hieu"),
        fields.get("number_line"),
        fields.get("date_line"),
        fields.get("type_heading") or fields.get("subject"),
        "noi_nhan" in fields,
        "signing" in fields,
    )
    return sum(1 for p in parts if p) >= 2
