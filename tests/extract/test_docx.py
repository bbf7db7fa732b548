from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from tests.conftest import CORPUS
from vnadmin_parse.extract import extract
from vnadmin_parse.extract.docx import extract_docx

REAL = CORPUS / "real"


def _make(path: Path) -> Path:
    import docx

    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG"
    table.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    table.cell(1, 0).text = "Số:       /UBND-NC"
    table.cell(1, 1).text = "Lâm Đồng, ngày      tháng 9 năm 2025"
    document.add_paragraph("Kính gửi: Công an tỉnh")
    document.add_paragraph("Chủ tịch Ủy ban nhân dân tỉnh nhận được Công văn số 3980/C04-P6.")
    document.sections[0].header.paragraphs[0].text = "DỰ THẢO"
    document.save(str(path))
    return path


def test_tables_paragraphs_and_header(tmp_path: Path) -> None:
    source = extract(_make(tmp_path / "draft.docx"))
    text = source.pages[0].text
    assert text.index("TỈNH LÂM ĐỒNG") < text.index("CỘNG HÒA") < text.index("Kính gửi")
    assert "DỰ THẢO" not in text
    assert [f.text for f in source.furniture if f.kind == "running-head"] == ["DỰ THẢO"]


def test_blank_number_and_date_are_notes(tmp_path: Path) -> None:
    source = extract(_make(tmp_path / "draft.docx"))
    assert any("số văn bản còn để trống" in n for n in source.notes)
    assert any("ngày ban hành còn để trống" in n for n in source.notes)


@pytest.mark.parametrize("name", ["lamdong_draft_TB-UBND_TBKL_PCI.docx", "lamdong_draft_UBND-NC_CV3980.docx"])
def test_real_drafts(name: str) -> None:
    source = extract(REAL / name)
    text = " ".join(unicodedata.normalize("NFC", source.pages[0].text).split())
    assert "ỦY BAN NHÂN DÂN" in text and "TỈNH LÂM ĐỒNG" in text  # header text boxes are read
    assert text.index("TỈNH LÂM ĐỒNG") < text.index("Độc lập - Tự do - Hạnh phúc")
    assert any("Dự thảo" in n for n in source.notes)


def test_text_formatted_in_capitals_is_read_in_capitals(tmp_path: Path) -> None:
    """Word's "All caps" (w:caps on a run or in a style) shows lower-case text in capitals: read as shown."""
    import docx
    from docx.enum.style import WD_STYLE_TYPE

    document = docx.Document()
    heading = document.styles.add_style("Tên loại", WD_STYLE_TYPE.PARAGRAPH)
    heading.font.all_caps = True
    document.add_paragraph().add_run("Cộng hòa xã hội chủ nghĩa Việt Nam").font.all_caps = True
    document.add_paragraph("Độc lập - Tự do - Hạnh phúc")
    document.add_paragraph("Báo cáo", style="Tên loại")
    plain = document.add_paragraph(style="Tên loại").add_run("Kết quả năm 2024")
    plain.font.all_caps = False
    path = tmp_path / "hoa.docx"
    document.save(str(path))
    assert extract_docx(path).pages[0].text.split("\n") == [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "BÁO CÁO",
        "Kết quả năm 2024",
    ]
