"""OCR with Tesseract: one page in the whole suite (the broken text layer of a phone scan)."""

from __future__ import annotations

import shutil

import pytest

from tests.conftest import CORPUS
from vnadmin_parse.extract import ocr
from vnadmin_parse.extract.pdf import extract_pdf

BADOCR = CORPUS / "real" / "lamdong_CAT_298_TTr-PC04_2025_badocr.pdf"


def _tesseract_ready() -> bool:
    try:
        ocr.tesseract_path()
    except ocr.OcrUnavailable:
        return False
    return True


@pytest.mark.skipif(
    not _tesseract_ready(), reason="tesseract with Vietnamese data (tesseract-ocr-vie) is not installed"
)
def test_broken_text_layer_is_replaced_by_ocr() -> None:
    source = extract_pdf(BADOCR)
    page = source.pages[0]
    assert page.method == "ocr"
    assert "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM" in page.text
    assert "Độc lập - Tự do - Hạnh phúc" in page.text
    assert page.confidences is not None and len(page.confidences) == len(page.text)
    assert page.boxes is not None and len(page.boxes) == len(page.text)
    assert all(0 <= c <= 100 for c in page.confidences if c is not None)
    assert source.metadata["ocr_pages"] == "1" and source.metadata["garbled_pages"] == "1"
    lines = page.text.split("\n")
    assert lines.index("CÔNG AN TỈNH LÂM ĐÒNG") < lines.index("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM")


def test_missing_tesseract_is_a_clear_note(monkeypatch: pytest.MonkeyPatch) -> None:
    real_which = shutil.which
    monkeypatch.setattr(shutil, "which", lambda name: None if name == "tesseract" else real_which(name))
    source = extract_pdf(BADOCR)
    assert source.pages[0].method == "pdf-fast"
    assert any("tesseract-ocr" in note for note in source.notes)


def test_tsv_parsing() -> None:
    tsv = (
        "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
        "4\t1\t1\t1\t1\t0\t100\t100\t400\t50\t-1\t\n"
        "5\t1\t1\t1\t1\t1\t100\t100\t150\t50\t96.5\tCỘNG\n"
        "5\t1\t1\t1\t1\t2\t300\t100\t200\t50\t41.0\tHOÀ\n"
    )
    words = [g for g in ocr.parse_tsv(tsv, 72 / 300) if g.text.strip()]
    assert [(w.text, w.confidence) for w in words] == [("CỘNG", 96.5), ("HOÀ", 41.0)]
    assert words[0].x0 == pytest.approx(24.0)


def test_red_seal_is_dropped_but_black_and_blue_ink_stay() -> None:
    from PIL import Image

    image = Image.new("RGB", (4, 1), "white")
    for x, colour in enumerate([(20, 20, 20), (200, 30, 40), (30, 40, 160), (250, 250, 250)]):
        image.putpixel((x, 0), colour)
    grey = ocr.drop_red(image)
    black, seal, blue, paper = (grey.getpixel((x, 0)) for x in range(4))
    assert black == 20 and paper == 250
    assert seal == 200  # the red channel: light, as through a red filter
    assert blue == image.convert("L").getpixel((2, 0))  # handwriting in blue keeps its plain grey


def test_a_poster_size_page_is_rendered_at_a_lower_resolution() -> None:
    assert ocr.page_dpi(595, 842) == ocr.DPI  # A4 at full resolution
    dpi = ocr.page_dpi(14400, 14400)  # a 5 m square page
    assert dpi < ocr.DPI and (14400 * dpi / 72) ** 2 <= ocr.MAX_PIXELS
