"""A syllable trigram language model of legal Vietnamese, with stupid backoff.

The model (``data/syllable_lm.bin``, built by ``tools/build_lm.py``) counts
syllables, pairs and triples of syllables in runs of lower-case syllables (lookup
form of :func:`vnadmin_parse.vietnamese.lexicon.key`), each run framed by the
boundary ``<s>``. It is read once, lazily, without unpickling anything.

File format ``vnlm-1`` (all integers little-endian):

1. one line of JSON: ``format``, ``vocabulary`` (V), ``bigrams`` (B),
   ``trigrams`` (T), ``tokens``, ``runs``, pruning thresholds;
2. V lines, the vocabulary: syllable ``i`` is line ``i`` (0 ``<unk>``, 1 ``<s>``);
3. ``uint32[V]``: syllable counts (for ``<s>``, the number of runs);
4. ``uint32[B]`` sorted: bigram keys ``a*V+b``; then ``uint8[B]``: their count codes;
5. ``uint32[T]`` sorted: trigram fingerprints (:func:`trigram_fingerprint` of
   ``(a*V+b)*V+c``); then ``uint8[T]``: their count codes.

A count code is ``round(12*log2(count))`` capped at 255 (:func:`encode_count`):
counts within 3%.

>>> lm = load()
>>> lm.score(["ban", "hành", "kế", "hoạch"], 1) > lm.score(["ban", "hàng", "kế", "hoạch"], 1)
True
"""

from __future__ import annotations

import json
import math
from array import array
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import numpy as np
import numpy.typing as npt

from vnadmin_parse.data import data_path

FORMAT = "vnlm-1"
#: Back-off weight of stupid backoff (Brants et al. 2007).
ALPHA = 0.4
_LOG_ALPHA = math.log(ALPHA)
_CODE_SCALE = 12.0
_GOLDEN = np.uint64(0x9E3779B97F4A7C15)
_SHIFT = np.uint64(32)


def encode_count(counts: npt.NDArray[np.integer]) -> npt.NDArray[np.uint8]:
    """Count codes: ``round(12*log2(count))``, at most 255."""
    codes = np.rint(_CODE_SCALE * np.log2(np.maximum(counts, 1).astype(np.float64)))
    return np.asarray(np.minimum(codes, 255), dtype=np.uint8)


def trigram_fingerprint(keys: npt.NDArray[np.uint64]) -> npt.NDArray[np.uint32]:
    """32-bit fingerprints of exact trigram keys (Fibonacci hashing, high word)."""
    with np.errstate(over="ignore"):
        return ((keys.astype(np.uint64) * _GOLDEN) >> _SHIFT).astype(np.uint32)


def sorted_search(keys: npt.NDArray[np.uint32], wanted: npt.NDArray[np.uint32]) -> npt.NDArray[np.intp]:
    """``np.searchsorted(keys, wanted)``, the queries sorted first: far fewer cache misses."""
    order = np.argsort(wanted, kind="stable")
    out = np.empty(len(wanted), dtype=np.intp)
    out[order] = np.searchsorted(keys, wanted[order])
    return out


def _fingerprint(key: int) -> int:
    return ((key * 0x9E3779B97F4A7C15) & 0xFFFFFFFFFFFFFFFF) >> 32


#: Natural log of a decoded count code.
_LOG_OF_CODE = tuple(c / _CODE_SCALE * math.log(2) for c in range(256))


@dataclass(frozen=True)
class SyllableLM:
    """Counts of syllables, pairs and triples; see the module docstring for the file format."""

    vocabulary: dict[str, int]
    unigrams: array  # type: ignore[type-arg]
    bigram_keys: array  # type: ignore[type-arg]
    bigram_codes: bytes
    trigram_keys: array  # type: ignore[type-arg]
    trigram_codes: bytes
    tokens: int
    arrays: tuple[npt.NDArray[np.uint32], npt.NDArray[np.uint8], npt.NDArray[np.uint32], npt.NDArray[np.uint8]]

    @property
    def size(self) -> int:
        return len(self.vocabulary)

    def id(self, syllable: str) -> int:
        """The id of a syllable in lookup form (0 when unknown)."""
        return self.vocabulary.get(syllable, 0)

    def count(self, syllable: str) -> int:
        """How often ``syllable`` (lookup form) occurs in the training text."""
        return int(self.unigrams[self.id(syllable)])

    def log_bigram(self, a: int, b: int) -> float | None:
        """Natural log of the count of the pair of ids ``a b``, or None when unseen (or pruned)."""
        if not a or not b:
            return None
        k = a * self.size + b
        keys = self.bigram_keys
        j = bisect_left(keys, k)
        if j < len(keys) and keys[j] == k:
            return _LOG_OF_CODE[self.bigram_codes[j]]
        return None

    def log_trigram(self, a: int, b: int, c: int) -> float | None:
        """Natural log of the count of the triple of ids ``a b c``, or None when unseen (or pruned)."""
        if not a or not b or not c:
            return None
        fp = _fingerprint((a * self.size + b) * self.size + c)
        keys = self.trigram_keys
        j = bisect_left(keys, fp)
        if j < len(keys) and keys[j] == fp:
            return _LOG_OF_CODE[self.trigram_codes[j]]
        return None

    def log_unigram(self, a: int) -> float:
        return math.log((self.unigrams[a] if a else 0) + 0.5) - math.log(self.tokens)

    def logp(self, a: int, b: int, c: int) -> float:
        """Stupid-backoff log-score of ``c`` after ``a b`` (ids; 1 for the run boundary)."""
        if (tri := self.log_trigram(a, b, c)) is not None and (ctx := self.log_bigram(a, b)) is not None:
            return min(0.0, tri - ctx)
        if (bi := self.log_bigram(b, c)) is not None and b:
            return min(0.0, bi - math.log(self.unigrams[b] or 1)) + _LOG_ALPHA
        return self.log_unigram(c) + 2 * _LOG_ALPHA

    def logp_many(
        self, a: npt.NDArray[np.int64], b: npt.NDArray[np.int64], c: npt.NDArray[np.int64]
    ) -> npt.NDArray[np.float64]:
        """:meth:`logp` of many triples of ids at once."""
        bkeys, bcodes, tkeys, tcodes = self.arrays
        v = self.size
        uni = np.frombuffer(self.unigrams, dtype=np.uint32).astype(np.float64)

        def find(
            keys: npt.NDArray[np.uint32],
            codes: npt.NDArray[np.uint8],
            wanted: npt.NDArray[np.uint64],
            ok: npt.NDArray[np.bool_],
        ) -> tuple[npt.NDArray[np.bool_], npt.NDArray[np.float64]]:
            j = np.minimum(sorted_search(keys, wanted.astype(np.uint32)), len(keys) - 1)
            hit = ok & (keys[j] == wanted)
            return hit, codes[j].astype(np.float64) * (math.log(2) / _CODE_SCALE)

        a64, b64, c64 = (x.astype(np.uint64) for x in (a, b, c))
        ab_ok, ab = find(bkeys, bcodes, a64 * v + b64, (a > 0) & (b > 0))
        bc_ok, bc = find(bkeys, bcodes, b64 * v + c64, (b > 0) & (c > 0))
        tri_key = trigram_fingerprint((a64 * v + b64) * v + c64).astype(np.uint64)
        abc_ok, abc = find(tkeys, tcodes, tri_key, (a > 0) & (b > 0) & (c > 0))
        uni_c = np.log(np.where(c > 0, uni[c], 0.0) + 0.5) - math.log(self.tokens) + 2 * _LOG_ALPHA
        with np.errstate(divide="ignore"):
            back = np.minimum(0.0, bc - np.log(np.maximum(uni[b], 1.0))) + _LOG_ALPHA
        out = np.where(bc_ok, back, uni_c)
        return np.where(abc_ok & ab_ok, np.minimum(0.0, abc - ab), out)

    def trigram_seen(
        self, a: npt.NDArray[np.int64], b: npt.NDArray[np.int64], c: npt.NDArray[np.int64], at_least: int = 1
    ) -> npt.NDArray[np.bool_]:
        """Which triples of ids are in the model, seen ``at_least`` times (and the pruning threshold)."""
        tkeys = self.arrays[2]
        v = np.uint64(self.size)
        wanted = trigram_fingerprint((a.astype(np.uint64) * v + b.astype(np.uint64)) * v + c.astype(np.uint64))
        j = np.minimum(sorted_search(tkeys, wanted), len(tkeys) - 1)
        often = self.arrays[3][j] >= encode_count(np.array([at_least]))[0]
        return np.asarray((a > 0) & (b > 0) & (c > 0) & (tkeys[j] == wanted) & often)

    def score(self, words: Sequence[str], i: int, word: str | None = None) -> float:
        """Log-score of the trigrams that involve position ``i`` of the run ``words``
        (lookup form), with ``word`` written there instead when given."""
        ids = [1, 1, *(self.id(w) for w in words[max(0, i - 2) : i + 3]), 1, 1]
        at = 2 + min(i, 2)
        if word is not None:
            ids[at] = self.id(word)
        return self.window_score(ids, at)

    def stretch_score(self, words: Sequence[str], start: int, *, closed: bool = False) -> float:
        """Log-score of the syllables ``words[start:]`` (lookup form) after ``words[:start]``;
        with ``closed``, the run ends after the last one (its closing boundary is scored too)."""
        ids = [1, 1, *(self.id(w) for w in words), *((1,) if closed else ())]
        return sum(self.logp(ids[k - 2], ids[k - 1], ids[k]) for k in range(start + 2, len(ids)))

    def window_score(self, ids: Sequence[int], at: int) -> float:
        """Log-score of the three trigrams of ``ids`` whose last syllable is ``at``, ``at+1``, ``at+2``.

        Trigrams that would read past a run boundary (two ``<s>`` in a row) stop there."""
        total = 0.0
        for k in range(at, at + 3):
            if k >= len(ids) or (k > at and ids[k - 1] == 1):
                break
            total += self.logp(ids[k - 2], ids[k - 1], ids[k])
        return total


@cache
def load() -> SyllableLM:
    """The shipped model, read once."""
    raw = data_path("syllable_lm.bin").read_bytes()
    end = raw.index(b"\n")
    header = json.loads(raw[:end])
    if header.get("format") != FORMAT:
        raise ValueError(f"syllable_lm.bin: format {header.get('format')!r}, expected {FORMAT!r}")
    v, b, t = int(header["vocabulary"]), int(header["bigrams"]), int(header["trigrams"])
    pos = end + 1
    lines = raw[pos:].split(b"\n", v)
    vocab = [line.decode("utf-8") for line in lines[:v]]
    pos = len(raw) - len(lines[v])

    def take(code: str, n: int) -> array:  # type: ignore[type-arg]
        nonlocal pos
        out = array(code)
        out.frombytes(raw[pos : pos + n * out.itemsize])
        pos += n * out.itemsize
        return out

    unigrams = take("I", v)
    bigram_keys = take("I", b)
    bigram_codes = raw[pos : pos + b]
    pos += b
    trigram_keys = take("I", t)
    trigram_codes = raw[pos : pos + t]
    arrays = (
        np.frombuffer(bigram_keys, dtype=np.uint32),
        np.frombuffer(bigram_codes, dtype=np.uint8),
        np.frombuffer(trigram_keys, dtype=np.uint32),
        np.frombuffer(trigram_codes, dtype=np.uint8),
    )
    return SyllableLM(
        {s: i for i, s in enumerate(vocab)},
        unigrams,
        bigram_keys,
        bigram_codes,
        trigram_keys,
        trigram_codes,
        int(header["tokens"]),
        arrays,
    )
