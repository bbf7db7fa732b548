"""Real-word slips: a syllable whose confusion-set neighbour fits its context far better.

For every syllable of a run, the syllable language model scores the three
trigrams that contain it (:meth:`~vnadmin_parse.vietnamese.lm.SyllableLM.window_score`);
each candidate of its confusion set (:mod:`vnadmin_parse.vietnamese.confusion`)
is scored the same way in its place. The log-likelihood ratio, less a prior per
kind of slip (a keyboard slip is rarer than a wrong tone), must reach
:data:`THRESHOLD`; the candidate must also form a pair seen in training text with
a neighbour, so that a candidate never wins on its frequency alone.

A syllable whose own score is above ``-THRESHOLD`` (plus the deficit below) cannot lose to any candidate
(scores are at most 0), so only those few are looked at: the whole document is
scored at once with arrays.

>>> from vnadmin_parse.vietnamese.lm import load
>>> [(s.index, s.suggestion) for s in find(load(), [["trách", "nhiêm", "của", "tổ", "chức"]])]
[(1, 'nhiệm')]
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from vnadmin_parse.vietnamese.confusion import candidates
from vnadmin_parse.vietnamese.lm import SyllableLM, load, sorted_search

#: Log-prior cost of each kind of slip (natural log), added to the threshold.
PRIOR = {"tone": 0.0, "mark": 0.0, "sound": 1.0, "key": 4.0}
#: Natural-log likelihood ratio a candidate needs over the written syllable in familiar text:
#: the lowest at which the real documents (corpus/real, the legacy transcripts, ND 30/2020, the
#: six codes of law) raise no false alarm the previous rules did not; planted slips in held-out
#: phap-dien files are then found 3 times in 4 (benchmarks/bench_spelling.py).
THRESHOLD = 12.0
#: Mean window score (:func:`window_scores`) of a syllable of held-out legal text (median over
#: the held-out phap-dien files). Text the model knows less well (prose on history, nature, …)
#: scores lower everywhere, and every written syllable's score with it, so that any candidate
#: seems to gain more: the threshold grows with the local deficit, the mean over :data:`SPAN`
#: syllables on each side below this one.
FAMILIAR = -7.7
SPAN = 100
PRIOR_WEIGHT = 50
#: Share of the deficit added to the threshold: the seed report on culture and sport (deficit
#: about 5) keeps its wrong mark found, Wikipedia prose (deficit about 10) needs about 17.
DEFICIT_SHARE = 0.5
#: How often a syllable's triple with its two neighbours must occur in the training text for the
#: syllable to be taken as written without scoring its candidates.
ATTESTED = 10
#: A candidate must occur at least this often in the training text.
MIN_COUNT = 3
#: Log-likelihood bonus per known word (of the word list, at most two) that a syllable forms
#: with its neighbours: the word list covers general Vietnamese that legal text rarely writes.
WORD_BONUS = 4.0
#: ``cover(run, index, syllable)``: how many known words ``syllable`` would form at that place.
Cover = Callable[[int, int, str], int]


@dataclass(frozen=True, slots=True)
class Slip:
    """Syllable ``index`` of run ``run`` is probably ``suggestion`` (lookup form)."""

    run: int
    index: int
    suggestion: str
    kind: str
    gain: float


@lru_cache(maxsize=1 << 15)
def _known_candidates(syllable: str) -> tuple[tuple[int, str, str], ...]:
    lm = load()
    return tuple((lm.id(c), c, kind) for c, kind in candidates(syllable) if lm.count(c) >= MIN_COUNT and lm.id(c) > 1)


def layout(lm: SyllableLM, runs: Sequence[Sequence[str]]) -> tuple[np.ndarray, list[int]]:
    """The ids of ``runs`` laid end to end, each framed by two boundaries, and where each run starts."""
    seq = [1, 1]
    starts = []
    vocabulary = lm.vocabulary  # lm.id, inlined: called for every syllable
    for run in runs:
        starts.append(len(seq))
        seq.extend([vocabulary.get(w, 0) for w in run])
        seq.extend((1, 1))
    return np.array(seq, dtype=np.int64), starts


@dataclass(frozen=True)
class _Scored:
    """:func:`layout` of some runs, their :func:`window_scores`, :func:`_deficit` and, per index of the
    layout, the run and the syllable it belongs to (-1 for the boundaries)."""

    runs: list[list[str]]
    seq: np.ndarray
    starts: list[int]
    own: np.ndarray
    extra: np.ndarray
    run_of: np.ndarray
    index_of: np.ndarray


#: The last runs scored: the spelling rules score the same document several times.
_last_scored: list[tuple[SyllableLM, _Scored]] = []


def _scored(lm: SyllableLM, runs: Sequence[Sequence[str]]) -> _Scored:
    """The scores of ``runs``, computed once while the same runs (equal, not only the same object) come back."""
    copy = [list(run) for run in runs]
    if _last_scored and _last_scored[0][0] is lm and _last_scored[0][1].runs == copy:
        return _last_scored[0][1]
    seq, starts = layout(lm, runs)
    own = window_scores(lm, seq)
    runs_of, indices = [-1, -1], [-1, -1]  # laid out as layout() lays the syllables
    for r, run in enumerate(runs):
        runs_of.extend([r] * len(run))
        runs_of.extend((-1, -1))
        indices.extend(range(len(run)))
        indices.extend((-1, -1))
    run_of, index_of = np.array(runs_of, dtype=np.int64), np.array(indices, dtype=np.int64)
    for array in (seq, own, run_of, index_of):
        array.flags.writeable = False
    extra = _deficit(seq, own)
    extra.flags.writeable = False
    scored = _Scored(copy, seq, starts, own, extra, run_of, index_of)
    _last_scored[:] = [(lm, scored)]
    return scored


def window_scores(lm: SyllableLM, seq: np.ndarray) -> np.ndarray:
    """For every index ``k`` of ``seq``, the score of the trigrams containing it (as in window_score)."""
    lp = np.zeros(len(seq) + 2)
    lp[2 : len(seq)] = lm.logp_many(seq[:-2], seq[1:-1], seq[2:])
    nxt = np.append(seq[1:], 1)
    return lp[: len(seq)] + lp[1 : len(seq) + 1] + np.where(nxt != 1, lp[2 : len(seq) + 2], 0.0)


def find(
    lm: SyllableLM,
    runs: Sequence[Sequence[str]],
    judge: Sequence[Sequence[bool]] | None = None,
    cover: Cover | None = None,
    threshold: float = THRESHOLD,
    kinds: frozenset[str] = frozenset(PRIOR),
) -> list[Slip]:
    """The slips in ``runs`` (syllables in lookup form), at positions ``judge`` allows (all by default).

    With ``cover``, a syllable earns :data:`WORD_BONUS` per known word it forms (at most two),
    the written one and each candidate alike. Only candidates of ``kinds`` are tried."""
    if judge is not None and not any(any(row) for row in judge):
        return []
    scored = _scored(lm, runs)
    seq, own, extra = scored.seq, scored.own, scored.extra
    # A syllable that makes a common triple of the training text with both neighbours is as written
    # (a rare one may be a slip the training text shares: OCR'd texts write "thẩm quyển quyết").
    nxt = np.append(seq[1:], 1)
    attested = lm.trigram_seen(np.insert(seq[:-1], 0, 1), seq, nxt, ATTESTED)
    rows: list[tuple[int, int, int, str, str]] = []  # (run, index, seq position, candidate, kind)
    # the syllables of the runs (not the boundaries) whose own score a candidate may beat, in order
    open_ = ~(own > -(threshold + extra)) & ~attested & (scored.run_of >= 0)
    for k in np.flatnonzero(open_).tolist():
        r, i = int(scored.run_of[k]), int(scored.index_of[k])
        if judge is not None and not judge[r][i]:
            continue
        rows.extend((r, i, k, c, kind) for _, c, kind in _known_candidates(runs[r][i]) if kind in kinds)
    if not rows:
        return []
    at = np.array([row[2] for row in rows])
    c = np.array([lm.id(row[3]) for row in rows])
    left2, left1, right1 = seq[at - 2], seq[at - 1], seq[at + 1]
    right2 = seq[np.minimum(at + 2, len(seq) - 1)]
    score = lm.logp_many(left2, left1, c) + lm.logp_many(left1, c, right1)
    score += np.where(right1 != 1, lm.logp_many(c, right1, right2), 0.0)
    prior = np.array([PRIOR[row[4]] for row in rows])
    gain = score - own[at] - prior
    paired = _seen(lm, left1, c) | _seen(lm, c, right1)
    best: dict[tuple[int, int], Slip] = {}
    needed = threshold + extra[at]
    for n in np.flatnonzero((gain >= needed - (2 * WORD_BONUS if cover else 0.0)) & paired):
        r, i, _, cand, kind = rows[n]
        g = float(gain[n])
        if cover is not None:
            g += WORD_BONUS * (min(cover(r, i, cand), 2) - min(cover(r, i, runs[r][i]), 2))
        if g >= needed[n] and ((r, i) not in best or g > best[r, i].gain):
            best[r, i] = Slip(r, i, cand, kind, g)
    return sorted(best.values(), key=lambda s: (s.run, s.index))


def unfamiliarity(lm: SyllableLM, runs: Sequence[Sequence[str]]) -> list[list[float]]:
    """For each syllable of ``runs`` (lookup form), how much lower the model scores its text than
    held-out legal text (at least 0): added to every threshold of the model."""
    scored = _scored(lm, runs)
    extra = scored.extra.tolist()
    return [extra[start : start + len(run)] for run, start in zip(runs, scored.starts, strict=True)]


def edit_gain(lm: SyllableLM, before: Sequence[str], after: Sequence[str], context: int, closed: bool) -> float:
    """How much likelier the model finds ``after`` than ``before`` (two versions of a stretch whose
    first ``context`` syllables are the same left context; ``closed``: the run ends there)."""
    return lm.stretch_score(after, context, closed=closed) - lm.stretch_score(before, context, closed=closed)


def _deficit(seq: np.ndarray, own: np.ndarray) -> np.ndarray:
    """Per index of ``seq``: how far the local mean window score is below FAMILIAR (at least 0).

    Only syllables whose whole window is known count (an unknown word is not the text's
    style), and the mean starts from :data:`PRIOR_WEIGHT` syllables at FAMILIAR, so that
    a short text is not judged by a handful of windows."""
    padded = np.concatenate(([1, 1], seq, [1, 1]))
    known = np.ones(len(seq), dtype=bool)
    for shift in range(5):
        known &= padded[shift : shift + len(seq)] != 0
    known &= seq > 1
    total = np.concatenate(([0.0], np.cumsum(np.where(known, own, 0.0))))
    count = np.concatenate(([0], np.cumsum(known)))
    idx = np.arange(len(seq))
    lo, hi = np.maximum(idx - SPAN, 0), np.minimum(idx + SPAN + 1, len(seq))
    mean = (total[hi] - total[lo] + PRIOR_WEIGHT * FAMILIAR) / (count[hi] - count[lo] + PRIOR_WEIGHT)
    return np.asarray(np.maximum(0.0, DEFICIT_SHARE * (FAMILIAR - mean)))


def _seen(lm: SyllableLM, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    keys = lm.arrays[0]
    wanted = a.astype(np.uint64) * lm.size + b.astype(np.uint64)
    j = np.minimum(sorted_search(keys, wanted.astype(np.uint32)), len(keys) - 1)
    return np.asarray((a > 1) & (b > 1) & (keys[j] == wanted))
