"""Tone mark placement: the old style ("hóa", "thủy") and the new one ("hoá", "thuỷ").

Both are correct Vietnamese; they differ only for the open rhymes oa, oe and uy.

>>> convert("hóa", "new"), convert("Uỷ", "old"), convert("hoàn", "new")
('hoá', 'Ủy', 'hoàn')
>>> placement("khỏe"), placement("thuỷ"), placement("toàn")
('old', 'new', None)
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from vnadmin_parse.vietnamese.syllable import MARK_OF_TONE, Style, nucleus, split_tone, tone_position

_SWING = ("oa", "oe", "uy")


def put_tone(base: str, tone: int, style: Style = "old") -> str:
    """``base`` with tone number ``tone`` placed in ``style``.

    >>> put_tone("Nha", 2), put_tone("hoa", 1, "new")
    ('Nhà', 'hoá')
    """
    pos = tone_position(base) if tone == 0 else tone_position(base, style)
    if tone == 0 or pos is None:
        return base
    marked = unicodedata.normalize("NFC", base[pos] + MARK_OF_TONE[tone])
    return base[:pos] + marked + base[pos + 1 :]


@lru_cache(maxsize=1 << 16)
def placement(word: str) -> Style | None:
    """Which style ``word`` is written in, or None when both styles write it alike."""
    base, tone, index = split_tone(word)
    if tone <= 0 or index is None:
        return None
    cluster, coda = nucleus(base)
    if coda or len(cluster) != 2 or "".join(base[i].lower() for i in cluster) not in _SWING:
        return None
    return "old" if index == cluster[0] else "new"


def convert(word: str, style: Style) -> str:
    """``word`` rewritten with its tone mark in ``style`` (unchanged when not ambiguous)."""
    if placement(word) in (None, style):
        return word
    base, tone, _ = split_tone(word)
    return put_tone(base, tone, style)
