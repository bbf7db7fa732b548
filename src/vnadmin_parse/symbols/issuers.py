"""The table of issuer codes (``data/issuers.json``): code, full name, aliases, life span.

>>> lookup("QH13").name
'Quốc hội'
>>> lookup("BTTTT").name
'Bộ Thông tin và Truyền thông'
>>> party_codes() >= {"TW", "TU"}
True
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Any

import regex

from vnadmin_parse.data import load_table, require

# Codes that carry the legislature number: "QH13", "UBTVQH14".
_NUMBERED = regex.compile(r"^(QH|UBTVQH|PL-UBTVQH)(\d{1,2})$")


@dataclass(frozen=True, slots=True)
class Issuer:
    """An issuing body and the code that stands for it in symbols."""

    code: str
    name: str
    aliases: tuple[str, ...]
    level: str
    valid_from: dt.date | None
    valid_to: dt.date | None
    gone_by: dt.date | None
    examples: tuple[str, ...]
    source: str

    def names(self) -> tuple[str, ...]:
        """The full name and every alias."""
        return (self.name, *self.aliases)

    def existed_on(self, day: dt.date) -> bool:
        """False only when a known life span excludes ``day``."""
        if self.valid_from and day < self.valid_from:
            return False
        if self.gone_by and day >= self.gone_by:
            return False
        return not (self.valid_to and day > self.valid_to)


def _date(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(value) if isinstance(value, str) else None


def _entry(raw: dict[str, Any]) -> Issuer:
    require(raw, {"code": str, "name": str, "examples": list, "source": str}, "issuers.json")
    return Issuer(
        code=raw["code"],
        name=raw["name"],
        aliases=tuple(raw.get("aliases", ())),
        level=raw.get("level", ""),
        valid_from=_date(raw.get("valid_from")),
        valid_to=_date(raw.get("valid_to")),
        gone_by=_date(raw.get("gone_by")),
        examples=tuple(raw["examples"]),
        source=raw["source"],
    )


@cache
def issuers() -> dict[str, Issuer]:
    """Every bundled issuer, by code."""
    return {i.code: i for i in (_entry(e) for e in load_table("issuers.json")["entries"])}


def lookup(code: str) -> Issuer | None:
    """The issuer for a code as it appears in a symbol ("QH13" → Quốc hội), or None."""
    found = issuers().get(code)
    if found is None and (m := _NUMBERED.match(code)):
        found = issuers().get(m.group(1))
    return found


@cache
def party_codes() -> frozenset[str]:
    """Codes of Party bodies ("TW", "TU", …), which take the Party symbol shape."""
    return frozenset(c for c, i in issuers().items() if i.level == "party")


def fold(name: str) -> str:
    """A name folded for comparison: NFC, case-folded, old/new tone placement unified, spaces collapsed."""
    text = unicodedata.normalize("NFC", name).casefold()
    for old, new in (("uỷ", "ủy"), ("hoá", "hóa"), ("oà", "òa"), ("oạ", "ọa"), ("khoá", "khóa")):
        text = text.replace(old, new)
    return " ".join(text.split())


def matches_name(written: str, issuer: Issuer) -> bool:
    """Whether the body named in the text is ``issuer`` (its name or an alias starts the text)."""
    w = fold(written)
    return any(w == fold(n) or w.startswith(fold(n) + " ") for n in issuer.names())
