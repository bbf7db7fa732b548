"""Span matching and counts: offsets decide, one gold item matches at most one prediction."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from vnadmin_parse.eval.scoring import Counts, count, match, overlap


def test_overlap_counts_shared_characters() -> None:
    assert overlap((0, 10), (5, 20)) == 5
    assert overlap((0, 5), (5, 9)) == 0
    assert overlap((3, 3), (0, 10)) == 1  # a point inside a span


def test_same_text_elsewhere_is_not_a_match() -> None:
    gold = [("g", [(10, 20)])]
    predicted = [("p", (40, 50))]  # the same words, another place
    c = count(gold, predicted)
    assert (c.tp, c.fp, c.fn) == (0, 1, 1)


def test_one_to_one_by_largest_overlap() -> None:
    gold = [("a", [(0, 10)]), ("b", [(12, 20)])]
    predicted = [("x", (0, 9)), ("y", (2, 14))]
    pairs, lost, extra = match(gold, predicted)
    assert sorted(pairs) == [(0, 0), (1, 1)]
    assert not lost
    assert not extra


def test_nested_predictions_are_not_false_positives() -> None:
    gold = [("interval", [(0, 30)])]
    predicted = [("whole", (0, 30)), ("start", (5, 14)), ("end", (20, 29))]
    c = count(gold, predicted)
    assert (c.tp, c.fp, c.fn) == (1, 0, 0)


def test_agreement_is_required_for_a_match() -> None:
    gold = [("g", [(0, 10)])]
    c = count(gold, [("p", (0, 10))], lambda _g, _p: False)
    assert (c.tp, c.fn) == (0, 1)


def test_precision_and_recall() -> None:
    c = Counts(tp=3, fp=1, fn=3)
    assert c.precision == 0.75
    assert c.recall == 0.5
    assert c.f1 is not None and abs(c.f1 - 0.6) < 1e-9
    assert Counts().precision is None


spans = st.tuples(st.integers(0, 200), st.integers(1, 40)).map(lambda t: (t[0], t[0] + t[1]))


@given(st.lists(spans, max_size=12), st.lists(spans, max_size=12))
def test_counts_add_up(gold_spans: list[tuple[int, int]], pred_spans: list[tuple[int, int]]) -> None:
    gold = [(f"g{i}", [s]) for i, s in enumerate(gold_spans)]
    predicted = [(f"p{i}", s) for i, s in enumerate(pred_spans)]
    c = count(gold, predicted)
    assert c.tp + c.fn == len(gold)
    assert c.tp + c.fp <= len(predicted)
    assert len(set(c.gained) | set(c.missed)) == len(gold)


@given(st.lists(spans, min_size=1, max_size=12))
def test_perfect_prediction_scores_one(gold_spans: list[tuple[int, int]]) -> None:
    gold = [(f"g{i}", [s]) for i, s in enumerate(gold_spans)]
    predicted = [(f"p{i}", s) for i, s in enumerate(gold_spans)]
    c = count(gold, predicted)
    assert c.fn == 0
    assert c.fp == 0
