"""Event recognition (placeholder until the events issue lands)."""

from __future__ import annotations

from collections.abc import Sequence

from vnadmin_parse.model import DateMention, Event


def find_events(text: str, dates: Sequence[DateMention]) -> list[Event]:
    return []
