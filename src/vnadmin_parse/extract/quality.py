"""Is a text layer readable? Garbage (broken OCR layers, undecoded fonts) is told from Vietnamese."""

from __future__ import annotations

import regex

from vnadmin_parse.extract.legacy import is_syllable

_WORD = regex.compile(r"[^\s\d.,;:!?()\[\]\"'“”/\-–]+")


def garbage_ratio(text: str) -> float:
    """Share of non-ASCII words that are not Vietnamese syllables (control characters count as bad)."""
    good = bad = 0
    for m in _WORD.finditer(text):
        word = m.group()
        if any(ord(c) < 32 for c in word):
            bad += 1
        elif not word.isascii():
            if is_syllable(word):
                good += 1
            else:
                bad += 1
    return bad / (good + bad) if good + bad >= 8 else 0.0


def is_garbage(text: str) -> bool:
    """Whether ``text`` is too garbled to be the text a person reads."""
    return garbage_ratio(text) > 0.3
