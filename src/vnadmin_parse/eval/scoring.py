"""Counting: precision, recall and F1 from span matches (offsets, never bare sets)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

Span = tuple[int, int]


@dataclass(slots=True)
class Counts:
    """True positives, false positives, false negatives — and which items they were."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    gained: list[str] = field(default_factory=list)  # ids of matched gold items
    missed: list[str] = field(default_factory=list)  # ids of gold items not found
    spurious: list[str] = field(default_factory=list)  # ids of false positives

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.gained += other.gained
        self.missed += other.missed
        self.spurious += other.spurious

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None or p + r == 0:
            return None if p is None or r is None else 0.0
        return 2 * p * r / (p + r)

    def to_dict(self) -> dict[str, Any]:
        def rnd(x: float | None) -> float | None:
            return None if x is None else round(x, 4)

        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": rnd(self.precision),
            "recall": rnd(self.recall),
            "f1": rnd(self.f1),
            "found": sorted(self.gained),
            "missed": sorted(self.missed),
            "false_positives": sorted(self.spurious),
        }


def overlap(a: Span, b: Span) -> int:
    """Characters shared by two spans (a zero-width span overlaps the span containing it)."""
    if a[0] == a[1]:
        return 1 if b[0] <= a[0] <= b[1] else 0
    if b[0] == b[1]:
        return 1 if a[0] <= b[0] <= a[1] else 0
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _closeness(a: Span, b: Span) -> float:
    shared = overlap(a, b)
    if not shared:
        return 0.0
    return shared / max(1, max(a[1], b[1]) - min(a[0], b[0]))


def match(
    gold: Sequence[tuple[str, Sequence[Span]]],
    predicted: Sequence[tuple[str, Span]],
    agree: Callable[[int, int], bool] = lambda _g, _p: True,
) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """One-to-one matching of gold items (each with one or more acceptable spans)
    to predicted spans that overlap them and ``agree(gold_index, pred_index)``.

    Greedy by closeness (shared characters over the extent of both spans), so that
    a precise gold span wins over a whole-document one. Returns (pairs, unmatched
    gold, unmatched predicted).
    """
    candidates: list[tuple[float, int, int]] = []
    for gi, (_gid, spans) in enumerate(gold):
        for pi, (_pid, pspan) in enumerate(predicted):
            best = max((_closeness(s, pspan) for s in spans), default=0.0)
            if best > 0 and agree(gi, pi):
                candidates.append((best, gi, pi))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _ov, gi, pi in candidates:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi))
    return (
        pairs,
        [i for i in range(len(gold)) if i not in used_g],
        [i for i in range(len(predicted)) if i not in used_p],
    )


def count(
    gold: Sequence[tuple[str, Sequence[Span]]],
    predicted: Sequence[tuple[str, Span]],
    agree: Callable[[int, int], bool] = lambda _g, _p: True,
) -> Counts:
    """Counts for one document: matched gold items are true positives.

    A predicted span nested inside another predicted span (the endpoints of an
    interval, the date inside a datetime) may match a gold item but is never a
    false positive of its own: only the outermost prediction can be one.
    """
    pairs, lost, extra = match(gold, predicted, agree)
    extra = [p for p in extra if not _nested(p, predicted)]
    return Counts(
        tp=len(pairs),
        fp=len(extra),
        fn=len(lost),
        gained=[gold[g][0] for g, _p in pairs],
        missed=[gold[g][0] for g in lost],
        spurious=[predicted[p][0] for p in extra],
    )


def _nested(index: int, predicted: Sequence[tuple[str, Span]]) -> bool:
    start, end = predicted[index][1]
    return any(
        i != index and s <= start and end <= e and (e - s > end - start or i < index)
        for i, (_pid, (s, e)) in enumerate(predicted)
    )
