"""The table of document types and their symbol abbreviations (``data/doc_types.json``).

>>> from vnadmin_parse.symbols.doc_types import types_for
>>> sorted({t.type for t in types_for("KH")})
['Kế hoạch']
>>> canonical_abbreviation("qyđ")
'QyĐ'
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Any

from vnadmin_parse.data import load_table, require
from vnadmin_parse.model import NumberLine

FAMILIES = ("state-admin", "legal", "party")


@dataclass(frozen=True, slots=True)
class DocType:
    """One document type: the type word, its symbol abbreviation and the family it belongs to."""

    type: str
    abbreviation: str | None
    family: str
    aliases: tuple[str, ...]
    examples: tuple[str, ...]
    source: str


def _entry(raw: dict[str, Any]) -> DocType:
    require(raw, {"type": str, "family": str, "examples": list, "source": str}, "doc_types.json")
    if raw["family"] not in FAMILIES:
        raise ValueError(f"doc_types.json: family {raw['family']!r} not in {FAMILIES}")
    return DocType(
        type=raw["type"],
        abbreviation=raw.get("abbreviation") or None,
        family=raw["family"],
        aliases=tuple(raw.get("aliases", ())),
        examples=tuple(raw["examples"]),
        source=raw["source"],
    )


@cache
def doc_types() -> tuple[DocType, ...]:
    """Every entry of the bundled table."""
    return tuple(_entry(e) for e in load_table("doc_types.json")["entries"])


def types_for(abbreviation: str, family: str | None = None) -> tuple[DocType, ...]:
    """Entries whose abbreviation is ``abbreviation`` (exact case), optionally of one family."""
    return tuple(t for t in doc_types() if t.abbreviation == abbreviation and (family is None or t.family == family))


@cache
def _abbreviations() -> dict[str, str]:
    folded: dict[str, str] = {}
    for t in doc_types():
        if t.abbreviation:
            folded.setdefault(t.abbreviation.casefold(), t.abbreviation)
    return folded


def abbreviations(family: str | None = None) -> frozenset[str]:
    """Known type abbreviations (of one family, or all)."""
    return frozenset(t.abbreviation for t in doc_types() if t.abbreviation and family in (None, t.family))


def canonical_abbreviation(code: str) -> str | None:
    """The official spelling of a type abbreviation written in any case, or None if unknown."""
    return _abbreviations().get(code.casefold())


@cache
def type_words() -> tuple[str, ...]:
    """Every type word and alias, longest first (so "Thông tư liên tịch" wins over "Thông tư")."""
    words = {t.type for t in doc_types()} | {a for t in doc_types() for a in t.aliases}
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


def fold_word(word: str) -> str:
    """A type word without case, tone or vowel marks, for matching OCR-damaged text ("Nghi dinh").

    >>> fold_word("Quyết  định") == fold_word("quyet dinh")
    True
    """
    bare = unicodedata.normalize("NFD", word.casefold().replace("đ", "d").replace("ð", "d"))
    return " ".join("".join(c for c in bare if not unicodedata.combining(c)).split())


def _names(t: DocType) -> set[str]:
    return {fold_word(t.type), *(fold_word(a) for a in t.aliases)}


def families_of_word(word: str) -> frozenset[str]:
    """Families in which ``word`` (any case, marks or not) names a document type."""
    w = fold_word(word)
    return frozenset(t.family for t in doc_types() if w in _names(t))


def abbreviations_of_word(word: str) -> frozenset[str]:
    """Abbreviations that a type word may carry (empty for Công văn and Luật)."""
    w = fold_word(word)
    return frozenset(t.abbreviation or "" for t in doc_types() if w in _names(t))


def official_word(word: str) -> str | None:
    """The type word as the table spells it, for a word written in any case or with damaged marks."""
    w = fold_word(word)
    return next((t.type for t in doc_types() if w in _names(t)), None)


@cache
def type_abbreviations() -> dict[str, frozenset[str]]:
    """Type name (lower case) → its official abbreviations in state and legal documents."""
    table: dict[str, set[str]] = {}
    for t in doc_types():
        if t.family != "party" and t.abbreviation:
            table.setdefault(t.type.lower(), set()).add(t.abbreviation)
    return {k: frozenset(v) for k, v in table.items()}


def glued_abbreviation(symbol: NumberLine) -> str | None:
    """The official abbreviation run into the issuer code with no hyphen ("2015/NĐCP" → "NĐ"), if any.

    Only for symbols with a year (legal documents always carry a type abbreviation);
    a công văn's issuer code may legitimately start like an abbreviation ("BTTTT").
    """
    if symbol.type_abbr or not symbol.year or not symbol.issuer_code or symbol.unit_code:
        return None
    code = symbol.issuer_code
    for abbr in sorted(abbreviations("state-admin") | abbreviations("legal"), key=len, reverse=True):
        if len(abbr) >= 2 and code.startswith(abbr) and len(code) - len(abbr) >= 2 and code[len(abbr) :].isupper():
            return abbr
    return None


#: Document types that report what was done: a date after the document's own date, told as done, is a mistake.
_LOOKING_BACK = ("báo cáo", "biên bản")


def looks_ahead(doc_type: str | None) -> bool:
    """True for a document type that announces rather than reports (Kế hoạch, Tờ trình, Quyết định, Thông báo,
    Công văn, Giấy mời …); False for a report or minutes, or an unknown type.

    >>> looks_ahead("Kế hoạch"), looks_ahead("Báo cáo"), looks_ahead(None)
    (True, False, False)
    """
    kind = (doc_type or "").lower()
    return bool(kind) and not kind.startswith(_LOOKING_BACK)
