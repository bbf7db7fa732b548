"""Layout PDF engine on pdfplumber: characters with font names and boxes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from vnadmin_parse.extract.layout import Glyph
from vnadmin_parse.extract.pdf_fast import annotation_glyphs, open_document
from vnadmin_parse.extract.pdf_page import RawPage


def read_pages(path: Path) -> Iterator[RawPage]:
    """Pages of ``path`` from pdfplumber's characters; annotation texts from pdfium."""
    import pdfplumber

    stamp_doc = None
    with pdfplumber.open(path) as pdf:
        try:
            for page in pdf.pages:
                glyphs = [
                    Glyph(c["text"], c["x0"], c["top"], c["x1"], c["bottom"], c.get("fontname", ""), c.get("size", 0.0))
                    for c in page.chars
                ]
                stamp_doc = stamp_doc or open_document(path)
                stamps = annotation_glyphs(stamp_doc, page.page_number - 1)
                yield RawPage(
                    page.page_number, float(page.width), float(page.height), glyphs, stamps, bool(page.images)
                )
                page.close()
        finally:
            if stamp_doc is not None:
                stamp_doc.close()  # type: ignore[attr-defined]
