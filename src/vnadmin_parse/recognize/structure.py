"""Document structure: header, body and closing of an administrative document.

``parse_structure`` fills :class:`~vnadmin_parse.model.Document` (type, number,
issuer, place, date, title, signer) and ``Document.fields`` with everything else
(see ``docs/structure.md``); ``Document.spans`` labels each element found.
It tolerates missing parts: a draft's blank number, a header lost in extraction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import regex

from vnadmin_parse.model import Document, DocumentFields, Heading, Location, Source, Span
from vnadmin_parse.recognize.dates import parse_period
from vnadmin_parse.recognize.structure_body import body_spans, can_cu, closing_mark, headings, main_end, tree
from vnadmin_parse.recognize.structure_closing import Closing, parse_closing
from vnadmin_parse.recognize.structure_header import Header, parse_header
from vnadmin_parse.recognize.structure_ocr import restore
from vnadmin_parse.recognize.structure_text import legible

#: Document types whose form is set by the Law on legal documents, not Nghị định 30/2020.
NOT_ND30 = frozenset({"Hiến pháp", "Luật", "Bộ luật", "Pháp lệnh"})
#: The day Nghị định 30/2020/NĐ-CP took effect; earlier documents followed earlier rules.
ND30_EFFECTIVE = "2020-03-05"
_PASSED = regex.compile(r"thông qua ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})")
_REPORTS_ON = regex.compile(r"(?i:báo cáo)[^.;:\n]{3,200}")
_YEAR_HINT = regex.compile(r"\d+/((?:19|20)\d\d)/\p{Lu}|tháng \d{1,2} năm ((?:19|20)\d\d)")
#: A form (biểu mẫu) rather than a document: "Mẫu số 5" on its first line.
_TEMPLATE = regex.compile(r"\s*Mẫu(?:\s+số)?\s+\S+\s*\n")
#: An appendix filed on its own (Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục III.1): "Phụ lục" and its
#: number on the first line, its title, then "(Kèm theo …)" naming the document it belongs to.
_APPENDIX = regex.compile(
    r"\s*Phụ\s+lục(?:\s+(?:số\s+)?[\dIVXLC]+[a-z]?)?[ \t]*\n(?:[^\n]*\n){0,4}?[ \t]*\((?:Ban\s+hành\s+)?kèm\s+theo\b",
    regex.I,
)


def parse_structure(text: str, source: Source, locate: Callable[[int], Location] | None = None) -> Document:
    """Parse the structure of the normalized ``text`` of ``source``; ``locate`` (``Report.locate``) maps an
    offset back to its page and OCR confidence, for restoring the diacritics of header values read by OCR."""
    ocr = any(page.method == "ocr" for page in source.pages)
    header = parse_header(text, ocr)
    end = main_end(text, header.end)
    closing = parse_closing(text, header.end, end, ocr)
    items, enacting = can_cu(text, header.end, end)
    found = headings(text, header.end, end)
    mark = closing_mark(text, header.end, end)
    template = bool(_TEMPLATE.match(text))
    appendix = bool(_APPENDIX.match(text))
    read = {"issuer": header.issuer, "title": header.title, "place": header.place}
    restored = restore(text, source, read, header.spans, locate)
    fields = DocumentFields(
        quoc_hieu=header.quoc_hieu,
        tieu_ngu=header.tieu_ngu,
        is_party_document=header.is_party_document,
        parent_body=header.parent_body,
        issuing_body=header.issuing_body,
        number_line=header.number_line,
        date_line=header.date_line,
        type_heading=header.type_heading,
        subject=header.subject,
        catalogue_header=header.catalogue_header,
        kinh_gui=header.kinh_gui,
        signing=closing.signing,
        drafter=closing.drafter,
        noi_nhan=closing.noi_nhan,
        luu=closing.luu,
        can_cu=items,
        enacting=enacting,
        sections=tree(found),
        headings=tuple(Heading(h.kind, h.marker, h.value, h.start, h.end) for h in found),
        closing_mark=mark is not None,
        body_start=header.end,
        main_end=end,
        legible=legible(text[: min(len(text), 6000)]),
        template=template,
        appendix=appendix,
        nd30=header.type not in NOT_ND30
        and not template
        and not appendix
        and not _before_nd30(header, text[: header.end + 200]),
        whole_document=_is_whole(header, closing),
        ocr_read={name: value for name in restored if (value := read[name]) is not None} or None,
    )
    values = {**read, **restored}
    spans: list[Span] = [*header.spans, *closing.spans, *body_spans(text, found, items)]
    if mark:
        spans.append(mark)
    spans.sort(key=lambda s: (s.start, s.end))
    return Document(
        type=header.type,
        number=header.number,
        issuer=values["issuer"],
        place=values["place"],
        date=header.date or (_passed_on(text, end) if header.type in NOT_ND30 else None),
        title=values["title"],
        period=_period(header.type, values["title"], text, header.end),
        signer=closing.signer,
        fields=fields,
        spans=tuple(spans),
    )


def _passed_on(text: str, end: int) -> str | None:
    """A law's date: the day the National Assembly passed it, written in its last sentence."""
    found = list(_PASSED.finditer(text, max(0, end - 3000), end))
    if not found:
        return None
    m = found[-1]
    try:
        return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1))).isoformat()
    except ValueError:
        return None


def _period(doc_type: str | None, title: str | None, text: str, body_start: int) -> str | None:
    """The reporting period of a report (ISO interval), from its title or the body's "báo cáo …" phrase."""
    if doc_type != "Báo cáo":
        return None
    opening = _REPORTS_ON.search(text, body_start, min(len(text), body_start + 600))
    for phrase in (title, opening.group() if opening else None):
        found = parse_period(phrase) if phrase else None
        if found:
            return f"{found[0].isoformat()}/{found[1].isoformat()}"
    return None


def _before_nd30(header: Header, head: str) -> bool:
    """Dated (or numbered) before Nghị định 30/2020/NĐ-CP took effect on 05/03/2020.

    Without a date line or a symbol with a year, the first symbol-with-year or
    "năm …" of the header (catalogue-style "Nghị định … số 115/2003/NĐ-CP") decides.
    """
    date, number = header.date_line, header.number_line
    if date and date.iso:
        return date.iso < ND30_EFFECTIVE
    year = (date.year if date else None) or (number.year if number else None)
    if not year:
        hint = _YEAR_HINT.search(head)
        year = hint.group(1) or hint.group(2) if hint else None
    return bool(year) and int(str(year)) < int(ND30_EFFECTIVE[:4])


def _is_whole(header: Header, closing: Closing) -> bool:
    """A whole document rather than a fragment: a header element and at least one more part."""
    if not (header.quoc_hieu or header.number_line or header.date_line or header.type_heading):
        return False
    parts = (
        header.quoc_hieu,
        header.number_line,
        header.date_line,
        header.type_heading or header.subject,
        closing.noi_nhan is not None,
        closing.signing is not None,
    )
    return sum(1 for p in parts if p) >= 2
