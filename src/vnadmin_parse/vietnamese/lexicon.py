"""The shipped lexicon: a word list, syllable counts and syllable-pair counts.

Lookups are case-insensitive and ignore tone placement style ("hóa" = "hoá").

>>> lex = load()
>>> lex.is_word("Thể thao"), lex.is_word("thẻ thao"), lex.is_word("văn hóa")
(True, False, True)
>>> lex.pair("ban", "hành") > 100, lex.pair("thẻ", "thao")
(True, 0)
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from vnadmin_parse.data import data_path, load_table
from vnadmin_parse.vietnamese.syllable import strip_marks
from vnadmin_parse.vietnamese.tone import convert


@cache
def key(syllable: str) -> str:
    """The lookup form of a syllable: lower case, new-style tone placement."""
    return convert(syllable.lower(), "new")


@lru_cache(maxsize=1 << 18)
def phrase_key(words: str) -> str:
    """The lookup form of a space-separated phrase."""
    return " ".join(key(s) for s in words.split())


def _lines(name: str) -> Iterator[str]:
    with data_path(name).open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip() and not line.startswith("#"):
                yield line.rstrip("\n")


@dataclass(frozen=True)
class Lexicon:
    """Words, syllables and counts, keyed by :func:`key`."""

    words: frozenset[str]
    syllables: frozenset[str]
    unigrams: dict[str, int]
    bigrams: dict[tuple[str, str], int]
    by_skeleton: dict[str, tuple[str, ...]]
    followers: dict[str, tuple[str, int]]
    total: int = 0

    #: Weight of the unigram back-off in :meth:`logp` (pseudo-count of unseen continuations).
    BACKOFF = 50.0

    def is_word(self, phrase: str) -> bool:
        """True if ``phrase`` (one or more syllables) is in the word list."""
        return phrase_key(phrase) in self.words

    def knows(self, syllable: str) -> bool:
        """True if ``syllable`` occurs in the word list or the counted text."""
        return key(syllable) in self.syllables

    def pair(self, a: str, b: str) -> int:
        """How often syllable ``a`` is followed by ``b`` in the counted legal text."""
        return self.bigrams.get((key(a), key(b)), 0)

    def count(self, syllable: str) -> int:
        """How often ``syllable`` occurs in the counted legal text."""
        return self.unigrams.get(key(syllable), 0)

    def logp(self, a: str, b: str) -> float:
        """Log-probability that ``b`` follows ``a``: pair counts smoothed towards ``b``'s frequency.

        >>> lex = load()
        >>> lex.logp("thể", "thao") > lex.logp("thẻ", "thao")
        True
        """
        unigram = (self.count(b) + 1) / (self.total + len(self.syllables))
        return math.log((self.pair(a, b) + self.BACKOFF * unigram) / (self.count(a) + self.BACKOFF))

    def best_follower(self, syllable: str) -> tuple[str, int] | None:
        """The syllable that most often follows ``syllable`` in legal text, with its count."""
        return self.followers.get(key(syllable))

    def variants(self, syllable: str) -> tuple[str, ...]:
        """Known syllables spelled with the same letters but other diacritics (lookup form)."""
        own = key(syllable)
        return tuple(s for s in self.by_skeleton.get(strip_marks(syllable), ()) if s != own)


@cache
def load() -> Lexicon:
    """The shipped lexicon, read once."""
    loanwords = (str(e["word"]) for e in load_table("loanwords.json")["entries"])  # "kilôgam", not a syllable
    # lexicon_words.txt is stored in lookup form (tests/vietnamese/test_lexicon_form.py): read as it is
    words = frozenset(_lines("lexicon_words.txt")) | frozenset(map(phrase_key, loanwords))
    unigrams: dict[str, int] = {}
    for line in _lines("lexicon_syllables.txt"):
        syllable, n = line.split("\t")
        unigrams[key(syllable)] = int(n)
    bigrams: dict[tuple[str, str], int] = {}
    for line in _lines("bigrams_legal.tsv"):
        pair, number = line.split("\t")
        first, second = pair.split(" ")
        bigrams[key(first), key(second)] = int(number)
    syllables = frozenset(s for w in words for s in w.split()) | frozenset(unigrams)
    skeleton: defaultdict[str, list[str]] = defaultdict(list)
    for s in sorted(syllables):
        skeleton[strip_marks(s)].append(s)
    followers: dict[str, tuple[str, int]] = {}
    for (first, second), count in bigrams.items():
        if count > followers.get(first, ("", 0))[1]:
            followers[first] = (second, count)
    skeletons = {k: tuple(v) for k, v in skeleton.items()}
    return Lexicon(words, syllables, unigrams, bigrams, skeletons, followers, sum(unigrams.values()))
