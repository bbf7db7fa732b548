"""What a rule sees: the normalized text and everything the recognizers found."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from vnadmin_parse.model import (
    AgencyMention,
    DateMention,
    Document,
    Event,
    Location,
    Period,
    Reference,
    Source,
    Span,
    StatedPeriod,
    lowest_confidence,
)
from vnadmin_parse.office import OfficeWords, overlaps


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
    agencies: tuple[AgencyMention, ...] = ()  # agencies named by a name of the tables (recognize/agencies.py)
    reporting_period: Period | None = None  # the period a report covers (recognize/period.py); None otherwise
    stated_periods: tuple[StatedPeriod, ...] = ()  # "Trong tháng 5/2023, …" (recognize/period.py)

    def location(self, offset: int) -> Location | None:
        return self.locate(offset) if self.locate else None

    def is_office_word(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` touches one of the office's own words (``options["office"]``,
        an ``OfficeWords`` from the configuration's ``words`` and ``bodies``).

        The engine drops findings of ``office.LEAVES_ALONE`` (spelling, agency capitalisation)
        that touch such a word; a rule may also ask before it looks further.
        """
        office = self.options.get("office")
        return isinstance(office, OfficeWords) and overlaps(_office_spans(office, self.text), start, end)

    @property
    def scanned(self) -> bool:
        """Some page was read by OCR."""
        return any(page.method == "ocr" for page in self.source.pages)

    def confidence(self, start: int, end: int) -> float | None:
        """Lowest OCR confidence over ``[start, end)``, or None for typed text."""
        return lowest_confidence(self.locate, start, end) if self.locate else None


@lru_cache(maxsize=4)
def _office_spans(office: OfficeWords, text: str) -> tuple[tuple[int, int], ...]:
    return office.spans(text)
