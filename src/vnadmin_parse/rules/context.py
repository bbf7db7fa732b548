"""What a rule sees: the normalized text and everything the recognizers found."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from vnadmin_parse.model import DateMention, Document, Event, Location, Reference, Source, Span, lowest_confidence


@dataclass(frozen=True, slots=True)
class Analysis:
    """Input of every rule. Rules read it; they never reach back into extraction."""

    text: str
    source: Source
    document: Document
    references: tuple[Reference, ...]
    dates: tuple[DateMention, ...]
    events: tuple[Event, ...]
    tokens: tuple[Span, ...]
    today: dt.date
    locate: Any = None  # Callable[[int], Location]
    options: dict[str, Any] = field(default_factory=dict)

    def location(self, offset: int) -> Location | None:
        return self.locate(offset) if self.locate else None

    def confidence(self, start: int, end: int) -> float | None:
        """Lowest OCR confidence over ``[start, end)``, or None for typed text."""
        return lowest_confidence(self.locate, start, end) if self.locate else None
