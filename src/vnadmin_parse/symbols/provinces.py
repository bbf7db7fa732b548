"""Provinces and centrally-run cities with their lifetimes (``data/provinces.json``).

>>> import datetime as dt
>>> p = lookup("Hà Giang")
>>> p.existed_on(dt.date(2025, 6, 30)), p.existed_on(dt.date(2025, 7, 1)), p.successor_name(), p.ended()
(True, False, 'tỉnh Tuyên Quang', '01/7/2025')
>>> p.basis()
'Nghị quyết 202/2025/QH15'
>>> lookup("Bình Dương").successor_name(), lookup("Thừa Thiên Huế").successor_name()
('Thành phố Hồ Chí Minh', 'thành phố Huế')
>>> lookup("Hà Giang").gone_on(dt.date(2026, 1, 5)), lookup("Bình Dương").gone_on(dt.date(2026, 1, 5))
(True, False)
>>> lookup("Quảng Ngãi").merged
('Kon Tum',)
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from typing import Any

import regex

from vnadmin_parse.data import load_table, require
from vnadmin_parse.vietnamese.lexicon import phrase_key

#: Names written with a capital unit word (Nghị định 30/2020/NĐ-CP, Phụ lục II, Mục III.1.c).
SPECIAL_UNITS = {"Hồ Chí Minh": "Thành phố"}


def written(unit: str, name: str) -> str:
    """The unit and the name as Phụ lục II writes them: "tỉnh Tuyên Quang", "Thành phố Hồ Chí Minh"."""
    return f"{SPECIAL_UNITS.get(name, unit)} {name}"


@dataclass(frozen=True, slots=True)
class Province:
    """A province or centrally-run city, with its lifetime and what became of it."""

    name: str
    unit: str
    valid_to: dt.date | None
    successor: str | None
    successor_unit: str | None
    merged: tuple[str, ...]
    commune_2025: bool
    examples: tuple[str, ...]
    source: str

    def existed_on(self, day: dt.date) -> bool:
        """False once the province was merged into another."""
        return not (self.valid_to and day > self.valid_to)

    def gone_on(self, day: dt.date) -> bool:
        """True if the province no longer existed on ``day`` and no commune of that day bears its name."""
        return not self.existed_on(day) and not self.commune_2025

    def ended(self) -> str:
        """The first day without the province, as written in a document ("01/7/2025"), or ""."""
        if self.valid_to is None:
            return ""
        day = self.valid_to + dt.timedelta(days=1)
        return f"{day.day:02d}/{day.month}/{day.year}"

    def basis(self) -> str:
        """The resolution that merged the province, as cited ("Nghị quyết 202/2025/QH15"), or ""."""
        m = regex.search(r"Nghị quyết số (\S+)", self.source)
        return f"Nghị quyết {m.group(1)}" if m else ""

    def successor_name(self) -> str | None:
        """The successor as written after a body's name ("tỉnh Tuyên Quang"), or None."""
        if self.successor is None:
            return None
        return written(self.successor_unit or "tỉnh", self.successor)


def document_day(value: str | None) -> dt.date | None:
    """The earliest day a document dated ``value`` ("2026-01-05", "2026-01", "2026") can bear, or None.

    >>> document_day("2026"), document_day("2025-07"), document_day("ngày")
    (datetime.date(2026, 1, 1), datetime.date(2025, 7, 1), None)
    """
    if not value or not regex.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", value):
        return None
    parts = [int(x) for x in value.split("-")] + [1, 1]
    try:
        return dt.date(parts[0], parts[1], parts[2])
    except ValueError:
        return None


def _entry(raw: dict[str, Any]) -> Province:
    require(raw, {"name": str, "unit": str, "examples": list, "source": str}, "provinces.json")
    valid_to = raw.get("valid_to")
    return Province(
        name=raw["name"],
        unit=raw["unit"],
        valid_to=dt.date.fromisoformat(valid_to) if isinstance(valid_to, str) else None,
        successor=raw.get("successor"),
        successor_unit=raw.get("successor_unit"),
        merged=tuple(raw.get("merged", ())),
        commune_2025=bool(raw.get("commune_2025", False)),
        examples=tuple(raw["examples"]),
        source=raw["source"],
    )


@cache
def provinces() -> dict[str, Province]:
    """Every province by lookup key (lower case, new-style tone placement)."""
    return {phrase_key(p.name): p for p in (_entry(e) for e in load_table("provinces.json")["entries"])}


def lookup(name: str) -> Province | None:
    """The province called ``name`` ("Khánh Hoà" and "Khánh Hòa", "Bà Rịa – Vũng Tàu" and "Bà Rịa-Vũng Tàu"
    alike), or None.

    >>> lookup("Bà Rịa–Vũng Tàu").name, lookup("khánh hoà").name
    ('Bà Rịa - Vũng Tàu', 'Khánh Hòa')
    """
    return provinces().get(phrase_key(regex.sub(r"\s*[-–—]\s*", " - ", name)))
