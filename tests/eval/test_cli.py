"""``vnadmin-parse eval``: prints the table and the diff."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import CORPUS
from vnadmin_parse.cli import main


def test_eval_prints_table_and_diff(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "result.json"
    code = main(["eval", str(CORPUS), "--kind", "generated", "--id", "gen-2026-000", "--output", str(out)])
    assert code == 0
    printed = capsys.readouterr().out
    assert "references/span" in printed
    assert "Against" in printed
    result = json.loads(out.read_text(encoding="utf-8"))
    assert list(result["documents"]) == ["gen-2026-000"]


def test_eval_refuses_a_non_corpus(tmp_path: Path) -> None:
    assert main(["eval", str(tmp_path)]) == 2
