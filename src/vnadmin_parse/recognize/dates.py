"""Date recognition (placeholder until the dates issue lands)."""

from __future__ import annotations

from vnadmin_parse.model import DateMention


def find_dates(text: str) -> list[DateMention]:
    return []
