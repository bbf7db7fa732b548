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
                width, height = float(page.width), float(page.height)
                cover = max((_share(image, width, height) for image in page.images), default=0.0)
                yield RawPage(page.page_number, width, height, glyphs, stamps, bool(page.images), cover)
                page.close()
        finally:
            if stamp_doc is not None:
                stamp_doc.close()  # type: ignore[attr-defined]


def _share(image: dict[str, float], width: float, height: float) -> float:
    """The share of the page (0–1) an image of pdfplumber's covers."""
    across = max(0.0, min(image["x1"], width) - max(image["x0"], 0.0))
    down = max(0.0, min(image["bottom"], height) - max(image["top"], 0.0))
    return across * down / (width * height or 1.0)
