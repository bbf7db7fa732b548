"""PDF extraction with pdfplumber (text layer)."""

from __future__ import annotations

from pathlib import Path

from vnadmin_parse.errors import InputError
from vnadmin_parse.model import Page, Source


def extract_pdf(path: Path, *, engine: str = "auto", timeout: float = 120.0) -> Source:
    import pdfplumber
    from pdfminer.pdfparser import PDFSyntaxError

    name = str(path)
    try:
        with pdfplumber.open(path) as pdf:
            pages = tuple(
                Page(
                    number=i + 1,
                    text=p.extract_text() or "",
                    width=float(p.width),
                    height=float(p.height),
                    method="pdf-layout",
                )
                for i, p in enumerate(pdf.pages)
            )
    except PDFSyntaxError as exc:
        raise InputError(name, f"tệp PDF hỏng hoặc không phải PDF ({exc})") from exc
    if not pages:
        raise InputError(name, "tệp PDF không có trang nào (zero pages)")
    return Source(path=name, kind="pdf", pages=pages)
