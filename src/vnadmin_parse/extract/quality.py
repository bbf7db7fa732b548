"""Is a text layer readable? Garbage (broken OCR layers, undecoded fonts) is told from Vietnamese."""

from __future__ import annotations

from functools import lru_cache

import regex

from vnadmin_parse.extract.legacy import WORD, is_syllable

_CONTROL = regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
#: Above this share of bad words a text layer is garbage.
GARBAGE = 0.3


@lru_cache(maxsize=65536)
def _judge(word: str) -> int:
    """1 for a bad word, 0 for a Vietnamese syllable, -1 for an ASCII word (not counted)."""
    if _CONTROL.search(word):
        return 1
    if word.isascii():
        return -1
    return 0 if is_syllable(word) else 1


def garbage_ratio(text: str) -> float:
    """Share of non-ASCII words that are not Vietnamese syllables (control characters count as bad)."""
    verdicts = list(map(_judge, WORD.findall(text)))
    good, bad = verdicts.count(0), verdicts.count(1)
    return bad / (good + bad) if good + bad >= 8 else 0.0


def is_garbage(text: str) -> bool:
    """Whether ``text`` is too garbled to be the text a person reads."""
    return garbage_ratio(text) > GARBAGE
