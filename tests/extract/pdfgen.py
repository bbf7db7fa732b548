"""Small PDFs generated for the tests (reportlab + DejaVuSans, which has Vietnamese glyphs)."""

from __future__ import annotations

from pathlib import Path

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

HEADER_LEFT = ("ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI", "Số: 123/TB-UBND")
HEADER_RIGHT = (
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Quảng Ngãi, ngày 06 tháng 11 năm 2024",
)
BODY = (
    "Thực hiện Công văn số 2003/UBDT-VPCTMTQG ngày 01/11/2024 của Ủy ban Dân tộc",
    "về việc tham dự Hội nghị đánh giá Chương trình mục tiêu quốc gia phát triển",
    "kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2030.",
)
STAMP = ("Ký bởi: Ủy ban nhân dân tỉnh Quảng Ngãi", "Cơ quan: Tỉnh Quảng Ngãi", "Thời gian ký: 26/11/2024 10:40:48")


def _canvas(path: Path, **kwargs: object) -> object:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVu", str(FONT)))
    return canvas.Canvas(str(path), pagesize=(595, 842), **kwargs)


def administrative(path: Path, pages: int = 2, *, stamp: bool = True, encrypt: str | None = None) -> Path:
    """A letter with a two-column header, body lines, a signature stamp and page numbers."""
    kwargs: dict[str, object] = {}
    if encrypt:
        from reportlab.lib import pdfencrypt

        kwargs["encrypt"] = pdfencrypt.StandardEncryption(encrypt, canPrint=0)
    c = _canvas(path, **kwargs)
    for number in range(1, pages + 1):
        c.setFont("DejaVu", 11)  # type: ignore[attr-defined]
        if number > 1:
            c.drawCentredString(297, 810, str(number))  # type: ignore[attr-defined]
        y = 780.0
        if number == 1:
            for left, right in zip(HEADER_LEFT, HEADER_RIGHT, strict=True):
                c.drawString(60, y, left)  # type: ignore[attr-defined]
                c.drawString(290, y, right)  # type: ignore[attr-defined]
                y -= 16
            y -= 30
        for line in BODY * 6:
            c.drawString(60, y, line)  # type: ignore[attr-defined]
            y -= 18
        if stamp and number == pages:
            c.setFont("DejaVu", 8)  # type: ignore[attr-defined]
            for k, line in enumerate(STAMP):
                c.drawString(360, 120 - 11 * k, line)  # type: ignore[attr-defined]
        c.showPage()  # type: ignore[attr-defined]
    c.save()  # type: ignore[attr-defined]
    return path


def many_pages(path: Path, pages: int) -> Path:
    """A long plain document (for the benchmark): ``pages`` pages of body text."""
    c = _canvas(path)
    for number in range(1, pages + 1):
        c.setFont("DejaVu", 12)  # type: ignore[attr-defined]
        y = 800.0
        while y > 60:
            for line in BODY:
                c.drawString(56, y, line)  # type: ignore[attr-defined]
                y -= 17
        c.drawCentredString(297, 30, str(number))  # type: ignore[attr-defined]
        c.showPage()  # type: ignore[attr-defined]
    c.save()  # type: ignore[attr-defined]
    return path


SAO_Y = (
    "SAO Y BẢN CHÍNH",
    "Số: 15/SY-VP",
    "Quảng Ngãi, ngày 10 tháng 3 năm 2025",
    "TL. CHÁNH VĂN PHÒNG",
    "PHÓ CHÁNH VĂN PHÒNG",
    "Nguyễn Văn An",
)


def scan_with_stamp(path: Path, *, stamp: tuple[str, ...] = SAO_Y) -> Path:
    """A scanned letter: one page-size image of the typed text (150 dpi), and over it a text layer
    holding only ``stamp`` (a "SAO Y" stamp and the signature line added after scanning)."""
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.utils import ImageReader

    scale = 150 / 72
    image = Image.new("L", (round(595 * scale), round(842 * scale)), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(FONT), round(12 * scale))
    y = 60 * scale
    for line in HEADER_RIGHT + ("",) + BODY * 4:
        draw.text((60 * scale, y), line, font=font, fill=0)
        y += 20 * scale
    c = _canvas(path)
    c.drawImage(ImageReader(image), 0, 0, width=595, height=842)  # type: ignore[attr-defined]
    c.setFont("DejaVu", 11)  # type: ignore[attr-defined]
    for k, line in enumerate(stamp):
        c.drawString(380, 140 - 16 * k, line)  # type: ignore[attr-defined]
    c.showPage()  # type: ignore[attr-defined]
    c.save()  # type: ignore[attr-defined]
    return path
