"""An annotated copy of a PDF: a highlight over each finding's words, its note as the contents.

The copy is the original's bytes with an incremental update appended (pdfium's
``FPDF_INCREMENTAL``): the signed revision of a signed PDF is kept byte for byte, so
its signature can still be checked against it. Highlights use the characters' boxes of
extraction (per character with the layout engine and OCR, an even share of a run of
words with the fast engine; model.Box, top-left origin in points) turned into PDF user
space. A finding with no box (a missing element) becomes a note icon in the left margin
of its page, at the height of the character it points to.
"""

from __future__ import annotations

import ctypes
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from vnadmin_parse.annotate.notes import AUTHOR, COLOURS, marks, note
from vnadmin_parse.model import Box, Finding
from vnadmin_parse.report.core import Report

_ALPHA = 110  # highlight opacity (0-255): the words stay readable under it
_ICON = 18.0  # side of a note icon, in points


def _wide(text: str) -> ctypes._Pointer[ctypes.c_ushort]:
    """``text`` as a null-terminated UTF-16LE string (FPDF_WIDESTRING)."""
    buffer = ctypes.create_string_buffer((text + "\x00").encode("utf-16-le"))
    return ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort))


class _Page:
    """One page of the copy, with its geometry (PDF user space of the page's media box)."""

    def __init__(self, page: pdfium.PdfPage) -> None:
        self.page = page
        left, _, _, top = page.get_mediabox()
        self.left, self.top = left, top

    def rect(self, box: Box) -> tuple[float, float, float, float]:
        """``box`` (top-left origin) as left, bottom, right, top in user space."""
        return self.left + box.x0, self.top - box.bottom, self.left + box.x1, self.top - box.top

    def add(self, subtype: int, finding: Finding, lang: str, boxes: tuple[Box, ...]) -> None:
        annot = raw.FPDFPage_CreateAnnot(self.page.raw, subtype)
        if not annot:
            raise RuntimeError("pdfium could not create an annotation")
        try:
            r, g, b = COLOURS[finding.severity]
            raw.FPDFAnnot_SetColor(annot, raw.FPDFANNOT_COLORTYPE_Color, r, g, b, _ALPHA)
            raw.FPDFAnnot_SetFlags(annot, raw.FPDF_ANNOT_FLAG_PRINT)
            rects = [self.rect(box) for box in boxes]
            if subtype == raw.FPDF_ANNOT_HIGHLIGHT:
                for x0, y0, x1, y1 in rects:
                    quad = raw.FS_QUADPOINTSF(x0, y1, x1, y1, x0, y0, x1, y0)
                    raw.FPDFAnnot_AppendAttachmentPoints(annot, quad)
            left, bottom = min(x[0] for x in rects), min(x[1] for x in rects)
            right, top = max(x[2] for x in rects), max(x[3] for x in rects)
            raw.FPDFAnnot_SetRect(annot, raw.FS_RECTF(left, top, right, bottom))
            for key, value in (("Contents", note(finding, lang)), ("T", AUTHOR), ("Subj", finding.code)):
                raw.FPDFAnnot_SetStringValue(annot, key.encode(), _wide(value))
        finally:
            raw.FPDFPage_CloseAnnot(annot)

    def margin_box(self, near: Box | None) -> Box:
        """A note icon's place: the left margin, level with ``near`` (else the top of the page)."""
        top = near.top if near is not None else _ICON
        return Box(4.0, top, 4.0 + _ICON, top + _ICON)


def annotate_pdf(report: Report, original: Path, copy: Path, lang: str = "vi") -> int:
    """Write ``copy``: ``original`` with ``report``'s findings as annotations. Returns how many."""
    doc = pdfium.PdfDocument(str(original))
    try:
        pages: dict[int, _Page] = {}
        written = 0
        for finding in report.findings:
            found = marks(finding, report.text, report.locate)
            for mark in found:
                if 1 <= mark.page <= len(doc):
                    page = pages.setdefault(mark.page, _Page(doc[mark.page - 1]))
                    page.add(raw.FPDF_ANNOT_HIGHLIGHT, finding, lang, mark.lines)
                    written += 1
            if not found:
                loc = report.locate(min(finding.start, max(0, len(report.text) - 1)))
                number = loc.page if 1 <= loc.page <= len(doc) else 1
                page = pages.setdefault(number, _Page(doc[number - 1]))
                page.add(raw.FPDF_ANNOT_TEXT, finding, lang, (page.margin_box(loc.box),))
                written += 1
        doc.save(str(copy), flags=raw.FPDF_INCREMENTAL)
    finally:
        doc.close()
    return written
