"""DOCX text inside block-level content controls (w:sdt) and nested text boxes is read, VML copies once."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from vnadmin_parse.extract import extract

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = (
    f'xmlns:w="{W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)


def _p(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def _box(*content: str) -> str:
    return f"<w:txbxContent>{''.join(content)}</w:txbxContent>"


def _docx(path: Path, *blocks: str) -> Path:
    import docx

    document = docx.Document()
    document.add_paragraph("Kính gửi: Sở Nội vụ")
    body = document.element.body
    for block in blocks:
        body.insert(len(body) - 1, etree.fromstring(f"<root {NS}>{block}</root>")[0])
    document.save(str(path))
    return path


def test_block_level_content_control(tmp_path: Path) -> None:
    control = (
        "<w:sdt><w:sdtPr><w:alias w:val='Nội dung'/></w:sdtPr><w:sdtContent>"
        + _p("Điều 1. Phê duyệt kế hoạch cải cách hành chính năm 2025.")
        + "<w:sdt><w:sdtContent>"
        + _p("Điều 2. Giao Sở Nội vụ theo dõi.")
        + "</w:sdtContent></w:sdt>"
        + "</w:sdtContent></w:sdt>"
    )
    text = extract(_docx(tmp_path / "control.docx", control, _p("Nơi nhận:"))).pages[0].text
    assert text.split("\n") == [
        "Kính gửi: Sở Nội vụ",
        "Điều 1. Phê duyệt kế hoạch cải cách hành chính năm 2025.",
        "Điều 2. Giao Sở Nội vụ theo dõi.",
        "Nơi nhận:",
    ]


def test_nested_text_boxes_and_a_vml_copy(tmp_path: Path) -> None:
    inner = _box(_p("Số: 15/QĐ-UBND"))
    outer = _box(_p("ỦY BAN NHÂN DÂN"), f"<w:p><w:r><w:pict><v:textbox>{inner}</v:textbox></w:pict></w:r></w:p>")
    anchored = (
        "<w:p><w:r><mc:AlternateContent>"
        f"<mc:Choice Requires='wps'><wps:txbx>{outer}</wps:txbx></mc:Choice>"
        f"<mc:Fallback><v:textbox>{outer}</v:textbox></mc:Fallback>"
        "</mc:AlternateContent></w:r></w:p>"
    )
    text = extract(_docx(tmp_path / "boxes.docx", anchored)).pages[0].text
    assert text.count("ỦY BAN NHÂN DÂN") == 1
    assert text.count("Số: 15/QĐ-UBND") == 1
