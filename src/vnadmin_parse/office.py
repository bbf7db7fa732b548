"""The office's own words: names, local terms, loanwords and its own bodies and codes.

An office sets them once in its configuration (``words``, ``word-files``, ``bodies``:
docs/configuration.md) or passes them to the API (``check(text, office=OfficeWords(...))``).
Rules see them through ``Analysis.is_office_word(start, end)``; the rule engine drops
the findings of ``LEAVES_ALONE`` (the spelling family and the capitalisation of agency
names) that touch one of these words, so an office's "Nậm Nhùn" or "logistics" is not
reported as a misspelling again on every draft.

Matching ignores case and tone placement ("hóa" = "hoá") and needs whole words.

>>> office = OfficeWords(words=("Nậm Nhùn",), bodies=(("BQLDA", "Ban Quản lý dự án"),))
>>> office.spans("Huyện NẬM NHÙN và BQLDA; Nậm Nhùnx")
((6, 14), (18, 23))
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache

import regex

from vnadmin_parse.vietnamese.tone import convert

#: Rule families and codes whose findings an office word silences.
LEAVES_ALONE: tuple[str, ...] = ("S", "F012")


def _variants(term: str) -> set[str]:
    """``term`` in NFC, with its tone marks in the old and the new placement."""
    words = unicodedata.normalize("NFC", term).split()
    return {" ".join(convert(w, style) for w in words) for style in ("old", "new")} | {" ".join(words)}


@dataclass(frozen=True, slots=True)
class OfficeWords:
    """Words and bodies (code, name) that the office uses as they are."""

    words: tuple[str, ...] = ()
    bodies: tuple[tuple[str, str], ...] = ()

    def terms(self) -> tuple[str, ...]:
        """Every word, body code and body name."""
        return (*self.words, *(part for body in self.bodies for part in body))

    def spans(self, text: str) -> tuple[tuple[int, int], ...]:
        """Where the terms occur in ``text`` (whole words, any case or tone placement), by offset."""
        pattern = _pattern(self.terms())
        return tuple(m.span() for m in pattern.finditer(text)) if pattern else ()

    def __bool__(self) -> bool:
        return bool(self.words or self.bodies)


@cache
def _pattern(terms: tuple[str, ...]) -> regex.Pattern[str] | None:
    variants = sorted({v for t in terms for v in _variants(t) if v}, key=len, reverse=True)
    if not variants:
        return None
    alternatives = "|".join(r"\s+".join(regex.escape(w) for w in v.split()) for v in variants)
    return regex.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", regex.IGNORECASE)


def overlaps(spans: tuple[tuple[int, int], ...], start: int, end: int) -> bool:
    """Whether ``[start, end)`` shares a character with one of ``spans`` (an empty range: touches one)."""
    return any(s < max(end, start + 1) and start < e for s, e in spans)
