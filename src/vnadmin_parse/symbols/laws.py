"""Codes, laws and ordinances by name (``data/laws.json``, built by ``tools/build_laws.py`` from phap-dien).

A law is cited by its type and name ("Luật Đất đai"); laws of the same name follow one
another, so the name and a date give the number of the version then in force. An amending
law ("Luật sửa đổi, bổ sung một số điều của …") replaces nothing.

>>> lookup("45/2013/QH13").name
'Luật Đất đai'
>>> [law.number for law in versions("Luật đất đai")]
['45/2013/QH13', '31/2024/QH15']
>>> in_force("Luật Đất đai", dt.date(2023, 5, 1)).number
'45/2013/QH13'
>>> in_force("Bộ luật Lao động", dt.date(2021, 3, 1)).number
'45/2019/QH14'
>>> in_force("Luật Đất đai", dt.date(2010, 5, 1)) is None
True
>>> adopted_in("Luật Doanh nghiệp", 2020).number
'59/2020/QH14'
>>> key("luật  đất đai")
'Luật Đất đai'
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from typing import Any

from vnadmin_parse.data import load_table, require

TYPES = ("Bộ luật", "Luật", "Pháp lệnh")
_TONES: tuple[tuple[str, str], ...] = (("oá", "óa"), ("oà", "òa"), ("oả", "ỏa"), ("oã", "õa"), ("oạ", "ọa"))
_TONES += (("uý", "úy"), ("uỳ", "ùy"), ("uỷ", "ủy"), ("uỹ", "ũy"), ("uỵ", "ụy"), ("oé", "óe"), ("oè", "òe"))


def fold(name: str) -> str:
    """A name for comparison: lower case, the new tone placement, single spaces.

    >>> fold("Luật  Chất lượng sản phẩm, hàng hoá") == fold("luật chất lượng sản phẩm, hàng hóa")
    True
    """
    text = unicodedata.normalize("NFC", name).casefold()
    for old, new in _TONES:
        text = text.replace(old, new)
    return " ".join(text.split())


@dataclass(frozen=True, slots=True)
class Law:
    """One code, law or ordinance."""

    type: str
    name: str
    number: str
    adopted: dt.date
    in_force_from: dt.date | None
    in_force_to: dt.date | None
    replaced_by: str | None
    amends: tuple[str, ...] | None
    examples: tuple[str, ...]
    source: str

    @property
    def amending(self) -> bool:
        """Whether this law amends others (and so replaces none)."""
        return self.amends is not None


def _date(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(value) if isinstance(value, str) else None


def _entry(raw: dict[str, Any]) -> Law:
    require(
        raw, {"type": str, "name": str, "number": str, "adopted": str, "examples": list, "source": str}, "laws.json"
    )
    if raw["type"] not in TYPES or not raw["name"].startswith(raw["type"] + " "):
        raise ValueError(f"laws.json: {raw['name']!r} is not a {TYPES} name")
    amends = raw.get("amends")
    return Law(
        type=raw["type"],
        name=raw["name"],
        number=raw["number"],
        adopted=dt.date.fromisoformat(raw["adopted"]),
        in_force_from=_date(raw.get("in_force_from")),
        in_force_to=_date(raw.get("in_force_to")),
        replaced_by=raw.get("replaced_by"),
        amends=tuple(amends) if isinstance(amends, list) else None,
        examples=tuple(raw["examples"]),
        source=raw["source"],
    )


@cache
def laws() -> tuple[Law, ...]:
    """Every bundled law, code and ordinance."""
    return tuple(_entry(e) for e in load_table("laws.json")["entries"])


@cache
def _by_number() -> dict[str, Law]:
    return {law.number: law for law in laws()}


@cache
def _by_name() -> dict[str, tuple[Law, ...]]:
    found: dict[str, list[Law]] = defaultdict(list)
    for law in laws():
        if not law.amending:
            found[fold(law.name)].append(law)
    return {k: tuple(sorted(v, key=lambda law: law.adopted)) for k, v in found.items()}


def lookup(number: str) -> Law | None:
    """The law numbered ``number`` ("83/2015/QH13"), or None."""
    return _by_number().get(number)


def versions(name: str) -> tuple[Law, ...]:
    """The laws of that name (any case, either tone placement), oldest first; none for an amending law."""
    return _by_name().get(fold(name), ())


@cache
def names() -> tuple[str, ...]:
    """The name of every law that is cited by name (amending laws are cited by number), longest first."""
    return tuple(sorted({v[-1].name for v in _by_name().values()}, key=lambda n: (-len(n), n)))


def key(name: str) -> str | None:
    """The canonical key of a law cited by name alone, without a date: its name as the table writes it."""
    found = versions(name)
    return found[-1].name if found else None


def in_force(name: str, day: dt.date) -> Law | None:
    """The version of the law named ``name`` in force on ``day``: the last one whose date of effect
    (its date of adoption where the table has no date of effect) is not after ``day``; None before
    the first version the table knows."""
    started = [law for law in versions(name) if (law.in_force_from or law.adopted) <= day]
    return started[-1] if started else None


def adopted_in(name: str, year: int) -> Law | None:
    """The version of the law named ``name`` adopted in ``year`` ("Luật Doanh nghiệp 2020"), or None."""
    return next((law for law in versions(name) if law.adopted.year == year), None)
