"""OCR of page images with the Tesseract binary (language ``vie``), keeping word confidences."""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from vnadmin_parse.model import Box

#: Resolution pages are rendered at for OCR.
DPI = 300


class OcrUnavailable(RuntimeError):
    """Tesseract (or its Vietnamese data) is not installed."""


@dataclass(frozen=True, slots=True)
class OcrLine:
    """One line of recognized words: text, and per character its box and confidence."""

    text: str
    boxes: tuple[Box | None, ...]
    confidences: tuple[float | None, ...]


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
    """PNG bytes of page ``index`` of a pypdfium2 document."""
    page = pdf[index]  # type: ignore[index]
    image = page.render(scale=dpi / 72).to_pil().convert("L")
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def recognize(png: bytes, *, timeout: float, dpi: int = DPI) -> list[OcrLine]:
    """Lines of text Tesseract reads from ``png``; boxes in PDF points."""
    binary = tesseract_path()
    with tempfile.TemporaryDirectory() as tmp:
        image = Path(tmp) / "page.png"
        image.write_bytes(png)
        env = dict(os.environ, OMP_THREAD_LIMIT="1")
        result = subprocess.run(
            [binary, str(image), "stdout", "-l", "vie", "--dpi", str(dpi), "tsv"],
            capture_output=True,
            text=True,
            timeout=max(1.0, timeout),
            env=env,
            check=False,
        )
    if result.returncode != 0:
        raise OcrUnavailable(f"Tesseract lỗi: {result.stderr.strip()[:200]}")
    return parse_tsv(result.stdout, 72 / dpi)


def parse_tsv(tsv: str, scale: float) -> list[OcrLine]:
    """OcrLines from Tesseract's TSV output (word rows grouped by block, paragraph, line)."""
    lines: dict[tuple[int, int, int], list[tuple[str, Box, float]]] = {}
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        word = (row.get("text") or "").strip()
        if row.get("level") != "5" or not word:
            continue
        left, top, width, height = (float(row[k]) * scale for k in ("left", "top", "width", "height"))
        key = (int(row["block_num"]), int(row["par_num"]), int(row["line_num"]))
        lines.setdefault(key, []).append((word, Box(left, top, left + width, top + height), float(row["conf"])))
    out: list[OcrLine] = []
    for words in lines.values():
        text: list[str] = []
        boxes: list[Box | None] = []
        confs: list[float | None] = []
        for k, (word, box, conf) in enumerate(words):
            if k:
                text.append(" ")
                boxes.append(None)
                confs.append(None)
            step = (box.x1 - box.x0) / max(1, len(word))
            for j, ch in enumerate(word):
                text.append(ch)
                boxes.append(Box(box.x0 + j * step, box.top, box.x0 + (j + 1) * step, box.bottom))
                confs.append(conf)
        out.append(OcrLine("".join(text), tuple(boxes), tuple(confs)))
    return out
