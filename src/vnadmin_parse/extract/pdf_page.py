"""What a PDF engine reports for one page, before assembly into text."""

from __future__ import annotations

from dataclasses import dataclass

from vnadmin_parse.extract.layout import Glyph


@dataclass(frozen=True, slots=True)
class RawPage:
    """A page's glyphs, the glyphs drawn by each of its annotations, whether it holds images and
    the share of the page its largest image covers (an engine may answer False and 0 without
    looking on a page with plenty of text: only a page short of text is taken for a scan)."""

    number: int
    width: float
    height: float
    glyphs: list[Glyph]
    stamps: list[list[Glyph]]
    has_images: bool
    image_cover: float = 0.0
