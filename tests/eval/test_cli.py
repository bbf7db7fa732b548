"""``vnadmin-parse eval``: prints the table and the diff."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import CORPUS
from vnadmin_parse.cli import main


def test_eval_prints_table_and_diff(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "result.json"
    code = main(
        ["eval", str(CORPUS), "--kind", "generated", "--id", "gen-2026-000", "--output", str(out), "--documents"]
    )
    assert code == 0
    printed = capsys.readouterr().out
    assert "references/span" in printed
    assert "Against" in printed
    assert "gen-2026-000" in printed.split("Against")[0]  # the per-document line
    result = json.loads(out.read_text(encoding="utf-8"))
    assert list(result["documents"]) == ["gen-2026-000"]


def test_eval_refuses_a_non_corpus(tmp_path: Path) -> None:
    assert main(["eval", str(tmp_path)]) == 2


def test_reanchor_rewrites_offsets(tmp_path: Path) -> None:
    (tmp_path / "schema.json").write_text("{}", encoding="utf-8")
    (tmp_path / "annotations").mkdir()
    (tmp_path / "doc.txt").write_text("Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020.", encoding="utf-8")
    ann = {
        "id": "doc",
        "document": "doc.txt",
        "kind": "generated",
        "annotator": "test",
        "references": [
            {"text": "Nghị định số 30/2020/NĐ-CP", "occurrence": 0, "start": 99, "end": 120, "canonical": "x"}
        ],
    }
    path = tmp_path / "annotations" / "doc.json"
    path.write_text(json.dumps(ann, ensure_ascii=False), encoding="utf-8")
    assert main(["eval", str(tmp_path), "--reanchor"]) == 0
    ref = json.loads(path.read_text(encoding="utf-8"))["references"][0]
    assert (ref["start"], ref["end"]) == (7, 33)


def test_unreadable_document_is_skipped_not_fatal(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "schema.json").write_text("{}", encoding="utf-8")
    (tmp_path / "annotations").mkdir()
    ann = {"id": "gone", "document": "missing.pdf", "kind": "text-pdf", "annotator": "test"}
    (tmp_path / "annotations" / "gone.json").write_text(json.dumps(ann), encoding="utf-8")
    assert main(["eval", str(tmp_path)]) == 0
    assert "gone" in capsys.readouterr().out
