from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import CORPUS
from tests.extract.pdfgen import BODY, HEADER_LEFT, HEADER_RIGHT, administrative
from vnadmin_parse.extract import extract
from vnadmin_parse.extract.pdf import extract_pdf

REAL = CORPUS / "real"


@pytest.fixture(scope="module")
def letter(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return administrative(tmp_path_factory.mktemp("pdf") / "letter.pdf")


@pytest.mark.parametrize("engine", ["fast", "layout"])
def test_header_columns_in_order(letter: Path, engine: str) -> None:
    source = extract_pdf(letter, engine=engine, ocr=False)
    lines = source.pages[0].text.split("\n")
    assert lines[:6] == [*HEADER_LEFT, *HEADER_RIGHT]
    assert lines[6] == BODY[0]


def test_engines_agree(letter: Path) -> None:
    fast = extract_pdf(letter, engine="fast", ocr=False)
    layout = extract_pdf(letter, engine="layout", ocr=False)
    assert [p.text for p in fast.pages] == [p.text for p in layout.pages]


@pytest.mark.parametrize("engine", ["fast", "layout"])
def test_furniture_is_kept_out_of_the_body(letter: Path, engine: str) -> None:
    source = extract_pdf(letter, engine=engine, ocr=False)
    body = "\n".join(p.text for p in source.pages)
    assert "Ký bởi" not in body and "Thời gian ký" not in body
    assert not any(line.strip() == "2" for line in source.pages[1].text.split("\n"))
    kinds = {(f.kind, f.page) for f in source.furniture}
    assert ("page-number", 2) in kinds
    (signature,) = [f for f in source.furniture if f.kind == "signature"]
    assert signature.data["signer"] == "Ủy ban nhân dân tỉnh Quảng Ngãi"
    assert signature.data["time"] == "2024-11-26T10:40:48"


def test_every_character_has_a_box(letter: Path) -> None:
    for page in extract_pdf(letter, ocr=False).pages:
        assert page.boxes is not None and len(page.boxes) == len(page.text)
        for ch, box in zip(page.text, page.boxes, strict=True):
            assert (box is None) == (ch in " \n")


def test_report_locates_offsets_on_the_page(letter: Path) -> None:
    from vnadmin_parse.pipeline import parse

    report = parse(str(letter))
    offset = report.text.index("Quảng Ngãi, ngày")
    where = report.locate(offset)
    assert where.page == 1 and where.box is not None and where.box.x0 == pytest.approx(290, abs=1)


def test_signed_pdf_header_and_stamp() -> None:
    source = extract(REAL / "qngai_542_TB-UBND_2024.pdf")
    lines = source.pages[0].text.split("\n")
    assert lines[:2] == ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI"]
    assert lines.index("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") > lines.index("TỈNH QUẢNG NGÃI")
    assert any(line.startswith("Số: 542") for line in lines[:6])  # the number stamped at signing
    (signature,) = [f for f in source.furniture if f.kind == "signature"]
    assert signature.data["email"] == "ttcbth@quangngai.gov.vn"
    assert signature.data["time"].startswith("2024-11-06T")
    assert "ttcbth@" not in source.pages[0].text


def test_legacy_pdf_is_converted_and_flagged() -> None:
    source = extract(CORPUS / "legacy" / "files" / "2006-19412_QD115.04TTg_BLTch_DNNVV.pdf")
    assert source.encoding == "tcvn3"
    assert source.pages[0].text.startswith("Quyết định")
    for page in source.pages:  # every converted character keeps the box of its source glyph
        assert page.boxes is not None and len(page.boxes) == len(page.text)
    assert any("tcvn3" in note for note in source.notes)


def test_unicode_pdf_with_legacy_font_name_is_not_converted() -> None:
    source = extract(REAL / "qh_hienphap2013_congbao.pdf")  # embeds .VnCenturySchoolbook for spaces
    assert source.encoding == "unicode"
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in source.pages[0].text


def test_scan_without_ocr_is_noted() -> None:
    source = extract_pdf(REAL / "huit_753_KH-DCT_2026_scan.pdf", ocr=False)
    assert all(p.text == "" for p in source.pages)
    assert any("quét" in note for note in source.notes)


def test_stamp_only_page_keeps_signature() -> None:
    source = extract_pdf(REAL / "qngai_280_BC-UBND_2024.pdf", ocr=False)
    (signature, *_) = [f for f in source.furniture if f.kind == "signature"]
    assert signature.data["signer"] == "Ủy ban nhân dân tỉnh Quảng Ngãi"
    assert signature.data["time"] == "2024-11-26T10:40:48"
    assert "Ký bởi" not in source.pages[0].text


def test_garbage_text_layer_is_detected() -> None:
    source = extract_pdf(REAL / "lamdong_CAT_298_TTr-PC04_2025_badocr.pdf", ocr=False)
    assert source.metadata["garbled_pages"] == "1"
    assert source.encoding == "unicode"


def test_engines_agree_on_a_signed_letter() -> None:
    path = REAL / "qngai_565_TB-UBND_2024.pdf"  # line-final hyphens, two-column header and signature
    fast = extract_pdf(path, engine="fast", ocr=False)
    layout = extract_pdf(path, engine="layout", ocr=False)
    assert [p.text for p in fast.pages] == [p.text for p in layout.pages]
    assert "số 6138/UBND-" in fast.pages[1].text


def _typed_header(path: Path) -> Path:
    """The header set with spaces, as typists do: each row one string, left and right columns."""
    from tests.extract.pdfgen import _canvas

    c = _canvas(path)
    c.setFont("DejaVu", 11)  # type: ignore[attr-defined]
    for k, (left, right) in enumerate(zip(HEADER_LEFT, HEADER_RIGHT, strict=True)):
        c.drawString(60, 780 - 16 * k, left + " " * 25 + right)  # type: ignore[attr-defined]
    c.drawString(60, 700, BODY[0])  # type: ignore[attr-defined]
    c.showPage()  # type: ignore[attr-defined]
    c.save()  # type: ignore[attr-defined]
    return path


@pytest.mark.parametrize("engine", ["fast", "layout"])
def test_columns_typed_with_spaces_are_split(tmp_path: Path, engine: str) -> None:
    # pdfium keeps one space of the 25: the fast engine finds the gap from the boxes around it
    source = extract_pdf(_typed_header(tmp_path / "typed.pdf"), engine=engine, ocr=False)
    assert source.pages[0].text.split("\n") == [*HEADER_LEFT, *HEADER_RIGHT, BODY[0]]


def test_fast_engine_boxes_runs_of_words(letter: Path) -> None:
    page = extract_pdf(letter, engine="fast", ocr=False).pages[0]
    assert page.boxes is not None
    start = page.text.index(HEADER_RIGHT[0])
    boxes = page.boxes[start : start + len(HEADER_RIGHT[0])]
    words = {box for box in boxes if box is not None}
    assert len(words) == 1  # one box for the run, from its first character to its last
    (box,) = words
    assert box.x0 == pytest.approx(290, abs=1) and box.x1 > 290 + 200
    assert [b is None for b in boxes] == [ch == " " for ch in HEADER_RIGHT[0]]
