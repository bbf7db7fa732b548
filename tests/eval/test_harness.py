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


GROUPS = ("real", "ocr", "seed", "generated")


@pytest.mark.parametrize("name", GROUPS)
def test_thresholds_belong_to_the_current_gold_set(name: str) -> None:
    """After the gold annotations change, the thresholds are raised again (never reset: --raise-thresholds)."""
    group = thresholds.load(CORPUS / "thresholds.json")["groups"][name]
    assert group["corpus_sha1"] == thresholds.fingerprint(CORPUS, group)


def test_the_real_group_leaves_out_the_seed_and_the_generated_reports() -> None:
    groups = thresholds.load(CORPUS / "thresholds.json")["groups"]
    for name in ("real", "ocr"):
        assert not {"seed", "generated"} & set(groups[name]["kinds"])
        assert groups[name]["max_false_alarms_per_1000_words"] is not None
    assert set().union(*(g["kinds"] for g in groups.values())) >= {"seed", "generated", "docx", "text-pdf", "legacy"}


RESULT = {
    "overall": {"dates/span": {"precision": 0.5, "recall": 0.95, "f1": 0.6}},
    "false_alarms": {"per_1000_words": 0.2},
}


def test_raising_never_lowers_even_when_the_gold_set_changed() -> None:
    group = {"metrics": {"dates/span": {"f1": 0.9}}, "corpus_sha1": "old gold", "max_false_alarms_per_1000_words": 1.0}
    lifted = thresholds.raised(RESULT, group, fa_margin=0.05)
    assert lifted["metrics"]["dates/span"] == {"precision": 0.5, "recall": 0.95, "f1": 0.9}
    changed = thresholds.raised(RESULT, group, corpus_sha1="new gold", fa_margin=0.05)
    assert changed["metrics"]["dates/span"]["f1"] == 0.9 and changed["corpus_sha1"] == "new gold"
    assert thresholds.failures(RESULT, group) == ["dates/span f1: 0.6 < 0.9"]
    silent = {
        "overall": {"dates/span": {"precision": None, "recall": 0.0, "f1": None}},
        "false_alarms": {"per_1000_words": None},
    }
    assert thresholds.failures(silent, {"metrics": {"dates/span": {"precision": 0.9, "recall": 0.9}}}) == [
        "dates/span recall: 0.0 < 0.9"
    ]


def test_the_false_alarm_ceiling_is_the_measured_rate_plus_a_small_margin() -> None:
    lifted = thresholds.raised(RESULT, {"metrics": {}, "max_false_alarms_per_1000_words": 1.0}, fa_margin=0.05)
    assert lifted["max_false_alarms_per_1000_words"] == 0.25
    kept = thresholds.raised(RESULT, {"metrics": {}, "max_false_alarms_per_1000_words": 0.1})
    assert kept["max_false_alarms_per_1000_words"] == 0.1  # never raised
    over = {**RESULT, "false_alarms": {"per_1000_words": 0.3}}
    assert thresholds.failures(over, lifted) == ["false alarms per 1,000 words: 0.3 > 0.25"]


def test_lowering_needs_an_explicit_rebaseline() -> None:
    old = {"groups": {"g": {"metrics": {"dates/span": {"f1": 0.9}}, "corpus_sha1": "old gold"}}}
    reset = thresholds.rebaselined(RESULT, old["groups"]["g"], 0.0, "new gold", 0.05)
    assert reset["metrics"]["dates/span"]["f1"] == 0.6 and reset["max_false_alarms_per_1000_words"] == 0.25
    lowered = {"groups": {"g": reset}}
    # A new gold set is no excuse ...
    assert thresholds.never_lower(old, lowered) == ["g: dates/span f1 lowered from 0.9 to 0.6"]
    # ... a logged re-baseline is, once: the next change must not lower again.
    logged = thresholds.record(lowered, ["g"], "gold set re-annotated", "2026-12-07")
    assert thresholds.never_lower(old, logged) == []
    again = {
        **logged,
        "groups": {"g": {**reset, "metrics": {"dates/span": {**reset["metrics"]["dates/span"], "f1": 0.5}}}},
    }
    assert thresholds.never_lower(logged, again) == ["g: dates/span f1 lowered from 0.6 to 0.5"]
    assert thresholds.never_lower(old, {"groups": {}}) == ["group g removed"]


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


@pytest.mark.parametrize(("name", "least"), [("real", 14), ("generated", 18)])
def test_regression_guard_fast_documents(name: str, least: int) -> None:
    """Real documents (DOCX, text PDFs, readable legacy files) and the generated reports, each group
    against its own thresholds."""
    result = _guard(name)
    assert result["counts"]["scored"] >= least


def test_regression_guard_seed_counted_once() -> None:
    """The seed against its thresholds; its TXT, PDF and DOCX renderings count once in the headline figures."""
    result = _guard("seed")
    assert result["counts"]["scored"] == 3 and result["counts"]["renderings_counted_once"] == 2
    once, every = result["overall"]["findings/all"], result["by_kind"]["seed"]["findings/all"]
    assert 3 * once["tp"] == every["tp"] and 3 * once["fn"] == every["fn"]


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed")
def test_regression_guard_ocr_documents() -> None:
    """Scanned documents (OCR) stay at or above their thresholds."""
    _guard("ocr")
