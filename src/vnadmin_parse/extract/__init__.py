"""Extraction: a file in, pages of characters (with positions where the format has them) out."""

from __future__ import annotations

from pathlib import Path

from vnadmin_parse.errors import InputError, UnsupportedFormat
from vnadmin_parse.extract.limits import time_limit
from vnadmin_parse.extract.sources import from_text, one_page_source
from vnadmin_parse.model import Source

__all__ = ["SUPPORTED", "extract", "from_text", "one_page_source"]

SUPPORTED = (".txt", ".pdf", ".docx", ".doc", ".rtf")


def extract(path: str | Path, *, engine: str = "auto", timeout: float = 120.0) -> Source:
    """Read ``path`` into a Source, choosing the extractor by file type.

    ``engine`` picks the PDF engine ("fast": pypdfium2, "layout": pdfplumber; "auto" = fast).
    Raises InputError (with the file name and a plain reason) for anything unreadable, and
    ExtractionTimeout when reading takes longer than ``timeout`` seconds.
    """
    p = Path(path)
    name = str(path)
    if not p.exists():
        raise InputError(name, "không tìm thấy tệp (file not found)")
    if p.is_dir():
        raise InputError(name, "là thư mục, không phải tệp (is a directory)")
    suffix = p.suffix.lower()
    if suffix not in SUPPORTED and suffix != "":
        raise UnsupportedFormat(name, f"định dạng {suffix} không được hỗ trợ; hỗ trợ: {', '.join(SUPPORTED)}")
    with time_limit(name, timeout):
        return _extract(p, suffix, engine=engine, timeout=timeout)


def _extract(p: Path, suffix: str, *, engine: str, timeout: float) -> Source:
    if suffix == ".pdf":
        from vnadmin_parse.extract.pdf import extract_pdf

        return extract_pdf(p, engine=engine, timeout=timeout)
    if suffix == ".docx":
        from vnadmin_parse.extract.docx import extract_docx

        return extract_docx(p)
    if suffix == ".rtf":
        from vnadmin_parse.extract.rtf import extract_rtf

        return extract_rtf(p)
    if suffix == ".doc":
        from vnadmin_parse.extract.doc import extract_doc

        return extract_doc(p, timeout=timeout)
    from vnadmin_parse.extract.plain import extract_plain

    return extract_plain(p)
