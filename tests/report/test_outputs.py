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


def test_html_of_several_files_is_one_document(tmp_path: Path) -> None:
    other = tmp_path / "b.txt"
    other.write_text("Ông nói: “Xin chào.", encoding="utf-8")
    out = tmp_path / "all.html"
    main(["check", str(SEED), str(other), "--select", "T001", "--format", "html", "-o", str(out)])
    page = out.read_text(encoding="utf-8")
    assert page.count("<!DOCTYPE html>") == 1 and page.count("</html>") == 1
    assert page.count('<section class="doc">') == 2
    assert '<mark id="d0f0"' in page and '<mark id="d1f0"' in page and 'href="#d1f0"' in page


def test_github_annotations_cannot_inject_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = tmp_path / "a,title=x::y\n::error file=z.txt"
    doc.mkdir()
    path = doc / "b.txt"
    path.write_text("Ông nói: “Xin chào.", encoding="utf-8")
    main(["check", str(path), "--select", "T001", "--format", "github"])
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("::warning file=")
    properties = lines[0][len("::warning ") :].split("::", 1)[0]
    assert properties.split(",")[1:] == ["line=1", "title=T001"]
    assert "%2Ctitle=x%3A%3Ay%0A%3A%3Aerror file=z.txt" in properties


def test_sarif_uris_are_percent_encoded(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from urllib.parse import unquote

    path = tmp_path / "văn bản #1%.txt"
    path.write_text("Ông nói: “Xin chào.", encoding="utf-8")
    main(["check", str(path), "--select", "T001", "--format", "sarif"])
    uri = json.loads(capsys.readouterr().out)["runs"][0]["results"][0]["locations"][0]["physicalLocation"][
        "artifactLocation"
    ]["uri"]
    assert uri.startswith("file:///") and " " not in uri and "#" not in uri and uri.isascii()
    assert unquote(uri[len("file://") :]) == str(path)
