"""What a PDF engine reports for one page, before assembly into text."""

from __future__ import annotations

from dataclasses import dataclass

from vnadmin_parse.extract.layout import Glyph


@dataclass(frozen=True, slots=True)
class RawPage:
    """A page's glyphs, the glyphs drawn by each of its annotations, and whether it holds images."""

    number: int
    width: float
    height: float
    glyphs: list[Glyph]
    stamps: list[list[Glyph]]
    has_images: bool
