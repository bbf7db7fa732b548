"""Render the seed report (plain text) as a PDF and a DOCX, line for line.

The PDF is typeset with reportlab in DejaVu Sans (which has every Vietnamese
glyph) on A4 with the margins of Nghị định 30/2020 (top 20 mm, bottom 20 mm,
left 30 mm, right 15 mm): one PDF line per non-blank line of the text, so that
pdfplumber extracts the same words. Letters are composed (NFC) for the PDF,
since a PDF carries glyphs; the DOCX keeps the text exactly as it is, decomposed
letters included, one paragraph per non-blank line. Lines written in capitals
(headings, the signer's title) are centred.

Run ``python -m tools.render_seed [OUTDIR]`` to rebuild
``corpus/seed/bao-cao-ttdn-6-thang-2023.{pdf,docx}``; the output is
deterministic (reportlab's invariant mode; DOCX members dated 1980-01-01), and
a test re-renders and compares.
"""

from __future__ import annotations

import io
import sys
import unicodedata
import zipfile
from pathlib import Path

SEED_NAME = "bao-cao-ttdn-6-thang-2023"
FONT_PATH = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
FONT_BOLD_PATH = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
_MM = 72 / 25.4
PAGE_W, PAGE_H = 210 * _MM, 297 * _MM
MARGIN_TOP, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT = 20 * _MM, 20 * _MM, 30 * _MM, 15 * _MM
MAX_SIZE = 13.0


def source_lines(text: str) -> list[str]:
    """The non-blank lines of ``text``, stripped."""
    return [line.strip() for line in text.split("\n") if line.strip()]


def _centred(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def render_pdf(text: str, out: Path) -> None:
    """Typeset ``text`` line for line into the PDF ``out``."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONT_PATH)))
    pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(FONT_BOLD_PATH)))
    lines = [unicodedata.normalize("NFC", line) for line in source_lines(text)]
    width = PAGE_W - MARGIN_LEFT - MARGIN_RIGHT
    widest = max(pdfmetrics.stringWidth(line, "DejaVuSans", MAX_SIZE) for line in lines)
    size = min(MAX_SIZE, MAX_SIZE * width / widest)
    leading = size * 1.5
    pdf = canvas.Canvas(str(out), pagesize=(PAGE_W, PAGE_H), invariant=1)
    pdf.setTitle("Báo cáo công tác thông tin đối ngoại 06 tháng đầu năm 2023")
    y = PAGE_H - MARGIN_TOP - size
    for line in lines:
        if y < MARGIN_BOTTOM:
            pdf.showPage()
            y = PAGE_H - MARGIN_TOP - size
        if _centred(line):
            pdf.setFont("DejaVuSans-Bold", size)
            pdf.drawCentredString(MARGIN_LEFT + width / 2, y, line)
        else:
            pdf.setFont("DejaVuSans", size)
            pdf.drawString(MARGIN_LEFT, y, line)
        y -= leading
    pdf.save()


def render_docx(text: str, out: Path) -> None:
    """Write ``text`` as a DOCX, one paragraph per non-blank line, text unchanged."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    style = document.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(13)
    core = document.core_properties
    core.title = "Báo cáo công tác thông tin đối ngoại 06 tháng đầu năm 2023"
    core.author = "vnadmin-parse corpus"
    for line in source_lines(text):
        para = document.add_paragraph()
        run = para.add_run(line)
        if _centred(line):
            run.bold = True
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    buffer = io.BytesIO()
    document.save(buffer)
    out.write_bytes(_fixed_zip(buffer.getvalue()))


def _fixed_zip(data: bytes) -> bytes:
    """The same zip archive with every member dated 1980-01-01, so that the DOCX is reproducible."""
    result = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(result, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = info.external_attr
            dst.writestr(member, src.read(info.filename))
    return result.getvalue()


def render(seed: Path, outdir: Path) -> tuple[Path, Path]:
    """Render ``seed`` into ``outdir`` as PDF and DOCX; returns their paths."""
    text = seed.read_text(encoding="utf-8")
    outdir.mkdir(parents=True, exist_ok=True)
    pdf, docx_path = outdir / f"{seed.stem}.pdf", outdir / f"{seed.stem}.docx"
    render_pdf(text, pdf)
    render_docx(text, docx_path)
    return pdf, docx_path


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    seed_dir = Path("corpus/seed")
    outdir = Path(args[0]) if args else seed_dir
    for path in render(seed_dir / f"{SEED_NAME}.txt", outdir):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
