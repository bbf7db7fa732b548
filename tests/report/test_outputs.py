from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import SEED
from vnadmin_parse.cli import main


def test_html_highlights_each_finding(tmp_path: Path) -> None:
    out = tmp_path / "seed.html"
    main(["check", str(SEED), "--select", "T001", "--format", "html", "-o", str(out)])
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert '<mark id="f0" class="warning"' in page and "tới”" in page
    assert "T001" in page


def test_sarif_is_valid_json_with_rules_and_results(capsys: pytest.CaptureFixture[str]) -> None:
    main(["check", str(SEED), "--select", "T001", "--format", "sarif"])
    sarif = json.loads(capsys.readouterr().out)
    run = sarif["runs"][0]
    assert run["results"][0]["ruleId"] == "T001"
    assert any(r["id"] == "T001" for r in run["tool"]["driver"]["rules"])


def test_github_annotations(capsys: pytest.CaptureFixture[str]) -> None:
    main(["check", str(SEED), "--select", "T001", "--format", "github"])
    assert capsys.readouterr().out.startswith("::warning file=")


def test_baseline_hides_accepted_findings_and_reports_unused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = tmp_path / "doc.txt"
    doc.write_text("Ông nói: “Xin chào.", encoding="utf-8")
    base = tmp_path / "baseline.json"
    assert main(["check", str(doc), "--select", "T", "--baseline", str(base), "--write-baseline"]) == 0
    capsys.readouterr()
    main(["check", str(doc), "--select", "T", "--baseline", str(base)])
    assert "0 phát hiện" in capsys.readouterr().out
    doc.write_text("Ông nói: “Xin chào” rồi đi.", encoding="utf-8")  # a new revision: the quote is fixed
    main(["check", str(doc), "--select", "T", "--baseline", str(base)])
    captured = capsys.readouterr()
    assert "0 phát hiện" in captured.out


def test_corrupt_baseline_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = tmp_path / "baseline.json"
    base.write_text("{not json", encoding="utf-8")
    assert main(["check", str(SEED), "--baseline", str(base)]) == 2
    assert "baseline" in capsys.readouterr().err
