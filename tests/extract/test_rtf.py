from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import CORPUS
from tests.extract.legacy_metric import scores
from vnadmin_parse.errors import InputError
from vnadmin_parse.extract import extract
from vnadmin_parse.extract.rtf import read_runs

SAMPLE = (
    r"{\rtf1\ansi\ansicpg1252\uc1{\fonttbl{\f0\froman\fcharset0 Times New Roman;}{\f1\fswiss\fcharset0 .VnTime;}"
    r"{\f2\fnil\fcharset0 VNI-Times;}}{\colortbl;\red0\green0\blue0;}{\*\generator Word;}"
    r"\pard\f1 Quy\'d5t \'ae\'denh\par"
    r"\f2 Vie\'e4t Nam\par"
    r"\f0 Vi\u7879?t Nam \ldblquote ok\rdblquote\par}"
)


def test_runs_keep_font_names() -> None:
    runs = read_runs(SAMPLE)
    assert [font for _text, font in runs] == [".VnTime", "VNI-Times", "Times New Roman"]


def test_each_run_decoded_by_its_font(tmp_path: Path) -> None:
    path = tmp_path / "mixed.rtf"
    path.write_text(SAMPLE, encoding="latin-1")
    source = extract(path)
    assert source.pages[0].text.split("\n")[:3] == ["Quyết định", "Việt Nam", "Việt Nam “ok”"]
    assert source.encoding == "mixed"


def test_not_rtf(tmp_path: Path) -> None:
    path = tmp_path / "fake.rtf"
    path.write_text("plain", encoding="utf-8")
    with pytest.raises(InputError):
        extract(path)


@pytest.mark.parametrize("name", ["2003-A-15.rtf", "2003-A30.rtf", "2004-A33.rtf"])
def test_corpus_rtf_accuracy(name: str) -> None:
    legacy = CORPUS / "legacy"
    truth = (legacy / "ground-truth" / (Path(name).stem + ".txt")).read_text(encoding="utf-8")
    result = scores(extract(legacy / "files" / name).pages[0].text, truth)
    assert result["diacritic_accuracy"] >= 0.99, result
