"""Reference recognition (placeholder until the references issue lands)."""

from __future__ import annotations

from collections.abc import Sequence

from vnadmin_parse.model import DateMention, Reference


def find_references(text: str, dates: Sequence[DateMention]) -> list[Reference]:
    return []
