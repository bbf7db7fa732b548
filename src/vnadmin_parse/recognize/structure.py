"""Structure parsing (placeholder until the structure issue lands)."""

from __future__ import annotations

from vnadmin_parse.model import Document, Source


def parse_structure(text: str, source: Source) -> Document:
    return Document()
