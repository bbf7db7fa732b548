"""The harness on a hand-made report, and the regression guard on the corpus."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import CORPUS, TODAY
from vnadmin_parse.eval import thresholds
from vnadmin_parse.eval.annotations import load
from vnadmin_parse.eval.compare import diff, render_diff, table
from vnadmin_parse.eval.harness import evaluate, score_report, summarize
from vnadmin_parse.extract import from_text
from vnadmin_parse.model import DateMention, Finding, Reference
from vnadmin_parse.pipeline import analyse

TEXT = "Thực hiện Kế hoạch số 29/KH-UBND ngày 30/01/2023 về nhiệm vụ nhiệm trọng tâm năm 2023."


def _annotation(tmp_path: Path) -> Path:
    (tmp_path / "schema.json").write_text("{}", encoding="utf-8")
    (tmp_path / "doc.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "annotations").mkdir()
    ann: dict[str, Any] = {
        "id": "mini",
        "document": "doc.txt",
        "kind": "generated",
        "annotator": "test",
        "findings_exhaustive": True,
        "fields": {"number": None},
        "references": [{"text": "Kế hoạch số 29/KH-UBND", "canonical": "29/KH-UBND"}],
        "dates": [{"text": "30/01/2023", "value": "2023-01-30"}, {"text": "năm 2023", "value": "2023"}],
        "expected": [{"text": "nhiệm vụ nhiệm", "families": ["S", "T"], "what": "garbled"}],
        "must_not_flag": [{"text": "ngày 30/01/2023", "why": "fine"}],
    }
    path = tmp_path / "annotations" / "mini.json"
    path.write_text(json.dumps(ann, ensure_ascii=False), encoding="utf-8")
    return path


def test_scores_a_report_by_offsets(tmp_path: Path) -> None:
    ann = load(_annotation(tmp_path))
    report = analyse(from_text(TEXT))
    start = TEXT.index("Kế hoạch")
    report.references = [
        Reference(start, start + 22, TEXT[start : start + 22], "Kế hoạch", "29", "29/KH-UBND", None, None, None)
    ]
    d = TEXT.index("30/01/2023")
    report.dates = [DateMention(d, d + 10, "30/01/2023", "2023-01-31", "date")]  # right span, wrong value
    g = TEXT.index("nhiệm vụ nhiệm")
    report.findings = [
        Finding("S101", "warning", "lặp", g, g + 14, "nhiệm vụ nhiệm", family="S"),
        Finding("D101", "warning", "sai", d, d + 10, "30/01/2023", family="D"),  # on a must-not-flag span
    ]
    result = score_report(ann, report)
    m = result.metrics
    assert (m["references/key"].tp, m["references/key"].fp) == (1, 0)
    assert (m["dates/span"].tp, m["dates/span"].fn) == (1, 1)
    assert m["dates/value"].tp == 0
    assert m["findings/S"].tp == 1
    assert m["findings/D"].fp == 1
    assert m["fields"].tp == 0 and m["fields"].fp == 0
    summary = summarize([result], TODAY)
    assert summary["overall"]["findings/all"]["precision"] == 0.5
    assert "findings/S" in table(summary)


def test_diff_reports_gains_and_losses(tmp_path: Path) -> None:
    ann = load(_annotation(tmp_path))
    empty = analyse(from_text(TEXT))
    empty.references, empty.dates, empty.findings = [], [], []
    before = summarize([score_report(ann, empty)], TODAY)
    full = analyse(from_text(TEXT))
    start = TEXT.index("Kế hoạch")
    full.references = [Reference(start, start + 22, "…", None, None, "29/KH-UBND", None, None, None)]
    full.dates, full.findings = [], []
    after = summarize([score_report(ann, full)], TODAY)
    changes = diff(before, after)
    assert changes["references/key"]["gained"] == ["mini#references:Kế hoạch số 29/KH-UBND@0"]
    assert "+ mini#references" in render_diff(changes)
    assert diff(after, after) == {}


def test_thresholds_only_move_up() -> None:
    """corpus/thresholds.json never lowers a threshold of the committed version."""
    current = thresholds.load(CORPUS / "thresholds.json")
    git = shutil.which("git")
    if git is None:
        pytest.skip("git not available")
    shown = subprocess.run(
        [git, "show", "HEAD:corpus/thresholds.json"], cwd=CORPUS.parent, capture_output=True, text=True, check=False
    )
    if shown.returncode != 0:
        pytest.skip("thresholds not committed yet")
    assert thresholds.never_lower(json.loads(shown.stdout), current) == []


@pytest.mark.parametrize("name", ["fast", "ocr"])
def test_thresholds_belong_to_the_current_gold_set(name: str) -> None:
    """After the gold annotations change, the thresholds are set again (--raise-thresholds)."""
    group = thresholds.load(CORPUS / "thresholds.json")["groups"][name]
    assert group["corpus_sha1"] == thresholds.fingerprint(CORPUS, group)


def test_raising_never_lowers() -> None:
    group = {"metrics": {"dates/span": {"f1": 0.9}}}
    result = {
        "overall": {"dates/span": {"precision": 0.5, "recall": 0.95, "f1": 0.6}},
        "false_alarms": {"per_1000_words": None},
    }
    lifted = thresholds.raised(result, group)
    assert lifted["metrics"]["dates/span"] == {"precision": 0.5, "recall": 0.95, "f1": 0.9}
    reset = thresholds.raised(result, group, corpus_sha1="new gold")
    assert reset["metrics"]["dates/span"]["f1"] == 0.6
    assert thresholds.never_lower({"groups": {"g": {**group, "corpus_sha1": "old"}}}, {"groups": {"g": reset}}) == []
    assert thresholds.failures(result, group) == ["dates/span f1: 0.6 < 0.9"]
    silent = {
        "overall": {"dates/span": {"precision": None, "recall": 0.0, "f1": None}},
        "false_alarms": {"per_1000_words": None},
    }
    assert thresholds.failures(silent, {"metrics": {"dates/span": {"precision": 0.9, "recall": 0.9}}}) == [
        "dates/span recall: 0.0 < 0.9"
    ]


def _guard(name: str) -> dict[str, Any]:
    group: dict[str, Any] = thresholds.load(CORPUS / "thresholds.json")["groups"][name]
    result = evaluate(CORPUS, kinds=group["kinds"], fast=group.get("fast", False), today=TODAY)
    crashed = {k: v for k, v in result["skipped"].items() if v.startswith("crash")}
    assert not crashed, crashed
    # A lost anchor means the annotation no longer finds its text: the extraction changed it
    # (a regression to look at) — except under OCR, where misread text is what is measured.
    lost = {k: d["lost_anchors"] for k, d in result["documents"].items() if d["lost_anchors"] and d["kind"] != "ocr"}
    assert not lost, lost
    assert thresholds.failures(result, group) == []
    return result


def test_regression_guard_fast_documents() -> None:
    """Seed, generated, DOCX, text PDFs and readable legacy files stay at or above their thresholds."""
    result = _guard("fast")
    assert result["counts"]["scored"] >= 25


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed")
def test_regression_guard_ocr_documents() -> None:
    """Scanned documents (OCR) stay at or above their thresholds."""
    _guard("ocr")
