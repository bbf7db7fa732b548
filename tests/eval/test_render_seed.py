"""The seed's PDF and DOCX renderings: regenerated identically, and they read as the text does."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from tests.conftest import CORPUS, SEED
from tools.render_seed import render

pytest.importorskip("reportlab")


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return render(SEED, tmp_path_factory.mktemp("seed"))


def test_pdf_is_reproducible(rendered: tuple[Path, Path]) -> None:
    assert rendered[0].read_bytes() == (CORPUS / "seed" / rendered[0].name).read_bytes()


def test_docx_is_reproducible(rendered: tuple[Path, Path]) -> None:
    assert rendered[1].read_bytes() == (CORPUS / "seed" / rendered[1].name).read_bytes()


def test_pdf_extracts_the_same_words(rendered: tuple[Path, Path]) -> None:
    import pdfplumber

    with pdfplumber.open(rendered[0]) as pdf:
        words = " ".join(page.extract_text() or "" for page in pdf.pages).split()
    assert words == unicodedata.normalize("NFC", SEED.read_text(encoding="utf-8")).split()


def test_docx_keeps_the_text(rendered: tuple[Path, Path]) -> None:
    import docx

    paragraphs = [p.text for p in docx.Document(str(rendered[1])).paragraphs]
    assert " ".join(paragraphs).split() == SEED.read_text(encoding="utf-8").split()
