"""Precision and recall of the reference recognizer on every annotated document (target ≥ 0.97)."""

from __future__ import annotations

import pytest

from tests.recognize.references_gold import Score, score_all

TARGET = 0.97


@pytest.fixture(scope="module")
def score() -> Score:
    return score_all()


def test_mention_spans(score: Score) -> None:
    assert score.found >= 150
    assert score.precision >= TARGET, score.notes
    assert score.recall >= TARGET, score.notes


def test_canonical_keys(score: Score) -> None:
    assert score.canonical_accuracy >= TARGET, score.notes


def test_dates_of_issue(score: Score) -> None:
    assert score.date_precision >= TARGET, score.notes
    assert score.date_recall >= TARGET, score.notes
