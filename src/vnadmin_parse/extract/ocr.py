"""OCR of page images with the Tesseract binary (language ``vie``), keeping word confidences."""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from PIL import Image, ImageChops

from vnadmin_parse.extract.layout import Glyph

#: Resolution pages are rendered at for OCR.
DPI = 300
#: Pixels of one rendered page at most (A2 at 300 dpi is 35 million): a poster-size page is
#: rendered at a lower resolution rather than exhaust memory.
MAX_PIXELS = 40_000_000


def page_dpi(width: float, height: float, dpi: int = DPI) -> int:
    """The resolution a page of ``width`` × ``height`` points is rendered at: ``dpi``, or less for a huge page."""
    fits = int((MAX_PIXELS / max(width * height / 72**2, 1e-9)) ** 0.5)
    return max(1, min(dpi, fits))


#: How much redder than green and blue a pixel must be to count as stamp ink.
STAMP_RED = 40


class OcrUnavailable(RuntimeError):
    """Tesseract (or its Vietnamese data) is not installed."""


def tesseract_path() -> str:
    """The tesseract binary with Vietnamese data, or OcrUnavailable with what to install."""
    binary = shutil.which("tesseract")
    if not binary:
        raise OcrUnavailable(
            "cần Tesseract OCR để đọc bản quét (apt-get install tesseract-ocr tesseract-ocr-vie); "
            "tesseract is needed to read scanned pages"
        )
    langs = subprocess.run([binary, "--list-langs"], capture_output=True, text=True, timeout=30).stdout
    if "vie" not in langs.split():
        raise OcrUnavailable("Tesseract thiếu dữ liệu tiếng Việt (apt-get install tesseract-ocr-vie)")
    return binary


def render(pdf: object, index: int, dpi: int = DPI) -> bytes:
    """PNG bytes of page ``index`` of a pypdfium2 document, in grey with red stamp ink removed."""
    page = pdf[index]  # type: ignore[index]
    image = drop_red(page.render(scale=dpi / 72).to_pil())
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def drop_red(image: Image.Image) -> Image.Image:
    """A grey version of ``image`` in which red ink (the seal over the signature) is seen through a red filter.

    Red pixels take their red channel, which is light, as a scanner's red dropout
    does; black text printed over the seal stays dark, so Tesseract reads the
    signer's title and name instead of losing them in the seal. Other pixels
    (black print, blue handwriting) keep their plain grey; a grey scan is just converted.
    """
    rgb = image.convert("RGB")
    red, green, blue = rgb.split()
    redness = ImageChops.subtract(red, ImageChops.lighter(green, blue))
    stamp = redness.point(lambda v: 255 if v > STAMP_RED else 0)
    grey = rgb.convert("L")
    grey.paste(red, mask=stamp)
    return grey


def recognize(png: bytes, *, timeout: float, dpi: int = DPI) -> list[Glyph]:
    """Words Tesseract reads from ``png``, as glyphs in PDF points with their confidence."""
    binary = tesseract_path()
    with tempfile.TemporaryDirectory() as tmp:
        image = Path(tmp) / "page.png"
        image.write_bytes(png)
        env = dict(os.environ, OMP_THREAD_LIMIT="1")
        result = subprocess.run(
            [binary, str(image), "stdout", "-l", "vie", "--dpi", str(dpi), "tsv"],
            capture_output=True,
            text=True,
            timeout=max(1.0, timeout) if timeout < float("inf") else None,
            env=env,
            check=False,
        )
    if result.returncode != 0:
        raise OcrUnavailable(f"Tesseract lỗi: {result.stderr.strip()[:200]}")
    return parse_tsv(result.stdout, 72 / dpi)


def parse_tsv(tsv: str, scale: float) -> list[Glyph]:
    """Word glyphs (each followed by a space glyph) from Tesseract's TSV output.

    A word takes the top and bottom of its Tesseract line, so that the words of
    one line share a baseline for the layout assembly.
    """
    line_boxes: dict[tuple[str, str, str], tuple[float, float]] = {}
    out: list[Glyph] = []
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        left, top, width, height = (float(row[k]) * scale for k in ("left", "top", "width", "height"))
        key = (row["block_num"], row["par_num"], row["line_num"])
        if row.get("level") == "4":
            line_boxes[key] = (top, top + height)
            continue
        word = (row.get("text") or "").strip()
        if row.get("level") != "5" or not word:
            continue
        line_top, line_bottom = line_boxes.get(key, (top, top + height))
        size = (line_bottom - line_top) / 1.2
        conf = max(0.0, float(row["conf"]))
        out.append(Glyph(word, left, line_top, left + width, line_bottom, "ocr", size, conf))
        out.append(Glyph(" ", left + width, line_top, left + width + 0.01, line_bottom, "ocr", size))
    return out
