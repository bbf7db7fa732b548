"""A scan under a thin text layer (a "SAO Y" stamp, a signature line) is OCR'd; a page not read says so."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.extract.pdfgen import BODY, SAO_Y, _canvas, scan_with_stamp
from vnadmin_parse.extract import ocr
from vnadmin_parse.extract.pdf import extract_pdf
from vnadmin_parse.pipeline import check_source


def _tesseract_ready() -> bool:
    try:
        ocr.tesseract_path()
    except ocr.OcrUnavailable:
        return False
    return True


@pytest.fixture
def no_tesseract(monkeypatch: pytest.MonkeyPatch) -> None:
    real_which = shutil.which
    monkeypatch.setattr(shutil, "which", lambda name: None if name == "tesseract" else real_which(name))


@pytest.mark.skipif(not _tesseract_ready(), reason="tesseract with Vietnamese data is not installed")
def test_scan_under_a_stamp_layer_is_ocrd(tmp_path: Path) -> None:
    source = extract_pdf(scan_with_stamp(tmp_path / "sao-y.pdf"))
    page = source.pages[0]
    assert page.method == "ocr" and source.metadata["ocr_pages"] == "1"
    assert BODY[0][:40] in page.text  # the letter, read from the image
    assert SAO_Y[0] in page.text  # and the stamp, once
    assert page.text.count(SAO_Y[-1]) == 1
    assert "unread_pages" not in source.metadata


def test_without_ocr_the_page_is_marked_partly_read(tmp_path: Path, no_tesseract: None) -> None:
    source = extract_pdf(scan_with_stamp(tmp_path / "sao-y.pdf"))
    assert source.pages[0].method == "partial" and source.metadata["unread_pages"] == "1"
    report = check_source(source, select=["E"])
    assert report.page_spans()[0]["method"] == "partial"
    unread = [f for f in report.findings if f.code == "E002"]
    assert len(unread) == 1 and unread[0].severity == "warning"
    assert unread[0].message.startswith("Trang 1: ảnh trang quét chưa được đọc")
    assert "was not read" in (unread[0].message_en or "")


def test_a_scan_without_ocr_is_never_clean(tmp_path: Path, no_tesseract: None) -> None:
    source = extract_pdf(scan_with_stamp(tmp_path / "scan.pdf", stamp=()))
    assert source.pages[0].method == "unread"
    assert [f.code for f in check_source(source).findings] == ["E002"]


def test_typed_text_over_a_background_image_is_not_ocrd(tmp_path: Path) -> None:
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    path = tmp_path / "letterhead.pdf"
    c = _canvas(path)
    c.drawImage(ImageReader(Image.new("L", (300, 420), 235)), 0, 0, width=595, height=842)  # type: ignore[attr-defined]
    c.setFont("DejaVu", 11)  # type: ignore[attr-defined]
    y = 780.0
    for line in BODY * 4:
        c.drawString(60, y, line)  # type: ignore[attr-defined]
        y -= 18
    c.showPage()  # type: ignore[attr-defined]
    c.save()  # type: ignore[attr-defined]
    source = extract_pdf(path)
    assert source.pages[0].method == "pdf-fast"
    assert "unread_pages" not in source.metadata and "ocr_pages" not in source.metadata
