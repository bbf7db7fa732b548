"""The table of local bodies (``data/local_bodies.json``): Ủy ban nhân dân, Hội đồng nhân dân, the Sở.

Local bodies are named by pattern: the body, then the unit and the place ("Sở Tài chính tỉnh Quảng Ngãi").
The table gives the body part, its official spelling, short forms, usual symbol codes and lifetime.

>>> by_code("SVHTTDL").name
'Sở Văn hóa, Thể thao và Du lịch'
>>> by_name("Sở Văn hoá, Thể thao và Du lịch").codes
('SVHTTDL',)
>>> import datetime as dt
>>> old = by_name("Sở Kế hoạch và Đầu tư")
>>> old.existed_on(dt.date(2024, 5, 1)), old.existed_on(dt.date(2025, 5, 1)), old.successor
(True, False, 'Sở Tài chính')
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from typing import Any

from vnadmin_parse.data import load_table, require
from vnadmin_parse.symbols.issuers import fold


@dataclass(frozen=True, slots=True)
class LocalBody:
    """A kind of local body: its official name, short forms, codes and lifetime."""

    kind: str
    name: str
    aliases: tuple[str, ...]
    abbreviations: tuple[str, ...]
    codes: tuple[str, ...]
    requires_unit: bool
    valid_from: dt.date | None
    valid_to: dt.date | None
    successor: str | None
    examples: tuple[str, ...]
    source: str

    def names(self) -> tuple[str, ...]:
        """The official name and every accepted variant (not the abbreviations)."""
        return (self.name, *self.aliases)

    def existed_on(self, day: dt.date) -> bool:
        """False only when the body's known lifetime excludes ``day``."""
        if self.valid_from and day < self.valid_from:
            return False
        return not (self.valid_to and day > self.valid_to)


def _date(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(value) if isinstance(value, str) else None


def _entry(raw: dict[str, Any]) -> LocalBody:
    require(raw, {"kind": str, "name": str, "examples": list, "source": str}, "local_bodies.json")
    return LocalBody(
        kind=raw["kind"],
        name=raw["name"],
        aliases=tuple(raw.get("aliases", ())),
        abbreviations=tuple(raw.get("abbreviations", ())),
        codes=tuple(raw.get("codes", ())),
        requires_unit=bool(raw.get("requires_unit", False)),
        valid_from=_date(raw.get("valid_from")),
        valid_to=_date(raw.get("valid_to")),
        successor=raw.get("successor"),
        examples=tuple(raw["examples"]),
        source=raw["source"],
    )


@cache
def local_bodies() -> tuple[LocalBody, ...]:
    """Every bundled local body, in table order."""
    return tuple(_entry(e) for e in load_table("local_bodies.json")["entries"])


def by_code(code: str) -> LocalBody | None:
    """The body whose usual symbol code is ``code`` ("SNV" → Sở Nội vụ), or None."""
    return next((b for b in local_bodies() if code in b.codes or code in b.abbreviations), None)


def by_name(name: str) -> LocalBody | None:
    """The body called ``name`` (case and old/new tone placement ignored), or None."""
    key = fold(name)
    return next((b for b in local_bodies() if key in {fold(n) for n in b.names()}), None)
