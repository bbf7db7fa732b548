"""The shipped gazetteer of Vietnamese place names and a one-edit search over it.

Names are keyed like the lexicon (lower case, new-style tone placement), so
"Khánh Hòa" and "khánh hoà" are one name. :meth:`Gazetteer.near` finds the
names one edit away (a letter inserted, deleted, replaced, or two neighbours
swapped), with a letter and its diacritics counting as one character.

>>> g = load()
>>> sorted(g.level("Pleiku")), "province" in g.level("Quảng Ngãi"), g.level("Plieku")
(['commune', 'district'], True, frozenset())
>>> g.near("Plieku", {"district"}), g.near("Quảng Ngải", {"province"}), g.near_token("Plieku")
(('Pleiku',), ('Quảng Ngãi',), ('Pleiku',))
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass
from functools import cache, cached_property

from vnadmin_parse.data import data_path
from vnadmin_parse.vietnamese.lexicon import phrase_key

#: Words naming an administrative unit, and the levels of the name that follows them.
UNITS: dict[str, frozenset[str]] = {
    "tỉnh": frozenset({"province"}),
    "thành phố": frozenset({"province", "district"}),
    "huyện": frozenset({"district"}),
    "quận": frozenset({"district"}),
    "thị xã": frozenset({"district"}),
    "xã": frozenset({"commune"}),
    "phường": frozenset({"commune"}),
    "thị trấn": frozenset({"commune"}),
    "đặc khu": frozenset({"commune"}),
}


def one_edit(a: str, b: str) -> bool:
    """True if ``a`` and ``b`` differ by exactly one insertion, deletion, substitution or swap.

    >>> one_edit("plieku", "pleiku"), one_edit("ngải", "ngãi"), one_edit("gia lai", "gia lai")
    (True, True, False)
    """
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        swapped = i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :]
        return swapped or a[i + 1 :] == b[i + 1 :]
    return a[i + 1 :] == b[i:] if len(a) > len(b) else a[i:] == b[i + 1 :]


def _deletions(s: str) -> set[str]:
    return {s} | {s[:i] + s[i + 1 :] for i in range(len(s))}


@dataclass(frozen=True)
class Gazetteer:
    """Place names by lookup key, with their official spelling and levels."""

    names: dict[str, tuple[str, frozenset[str]]]
    tokens: dict[str, str]

    @cached_property
    def index(self) -> dict[str, tuple[str, ...]]:
        """Name keys by their one-letter deletions, built on the first search."""
        return _index(self.names)

    @cached_property
    def token_index(self) -> dict[str, tuple[str, ...]]:
        """Name-syllable keys by their one-letter deletions, built on the first search."""
        return _index(self.tokens)

    def level(self, name: str) -> frozenset[str]:
        """The levels ("province", "district", "commune") ``name`` is the name of; empty if unknown."""
        found = self.names.get(phrase_key(name))
        return found[1] if found else frozenset()

    def has_token(self, word: str) -> bool:
        """True if ``word`` is a syllable of some place name."""
        return phrase_key(word) in self.tokens

    def near(self, name: str, levels: Collection[str]) -> tuple[str, ...]:
        """Official spellings of the names of one of ``levels`` one edit away from ``name``."""
        key = phrase_key(name)
        keys = {k for d in _deletions(key) for k in self.index.get(d, ())}
        return tuple(sorted(self.names[k][0] for k in keys if one_edit(key, k) and self.names[k][1] & set(levels)))

    def near_token(self, word: str) -> tuple[str, ...]:
        """Syllables of place names one edit away from ``word``, as officially spelled."""
        key = phrase_key(word)
        keys = {k for d in _deletions(key) for k in self.token_index.get(d, ())}
        return tuple(sorted(self.tokens[k] for k in keys if one_edit(key, k)))


@cache
def load() -> Gazetteer:
    """The shipped gazetteer (``gazetteer_places.tsv``), read once."""
    names: dict[str, tuple[str, frozenset[str]]] = {}
    with data_path("gazetteer_places.tsv").open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            name, levels = line.rstrip("\n").split("\t")
            names[phrase_key(name)] = (name, frozenset(levels.split(",")))
    tokens = {k: t for name, _ in names.values() for k, t in zip(phrase_key(name).split(), name.split(), strict=True)}
    return Gazetteer(names, tokens)


def _index(keys: Collection[str]) -> dict[str, tuple[str, ...]]:
    """Every key under itself and each of its one-letter deletions."""
    index: defaultdict[str, list[str]] = defaultdict(list)
    for k in keys:
        for d in _deletions(k):
            index[d].append(k)
    return {d: tuple(v) for d, v in index.items()}
