"""Extraction: a file in, pages of characters (with positions where the format has them) out."""

from __future__ import annotations

from pathlib import Path

from vnadmin_parse.errors import InputError, UnsupportedFormat
from vnadmin_parse.extract.legacy import Decoded, conversion_note, decode_lines, encoding_name
from vnadmin_parse.extract.limits import time_limit
from vnadmin_parse.extract.quality import is_garbage
from vnadmin_parse.model import Furniture, Page, Source

SUPPORTED = (".txt", ".pdf", ".docx", ".doc", ".rtf")


def from_text(text: str, name: str = "<text>", kind: str = "txt") -> Source:
    """A Source for text given directly (pages split on form feeds).

    Text typed in a legacy encoding (TCVN3, VNI, VISCII) is converted to Unicode
    and the Source records the encoding; garbled text is noted in its metadata.
    """
    pages: list[Page] = []
    found: set[str] = set()
    notes: list[str] = []
    metadata: dict[str, str] = {}
    for i, chunk in enumerate(text.split("\f")):
        decoded = decode_lines(chunk)
        found |= decoded.encodings
        pages.append(Page(number=i + 1, text=decoded.text, method="text"))
        if is_garbage(decoded.text):
            metadata["garbled_pages"] = ",".join(filter(None, [metadata.get("garbled_pages", ""), str(i + 1)]))
            notes.append(f"Trang {i + 1}: chữ bị lỗi mã (không đọc được)")
    encoding = encoding_name(found)
    if encoding != "unicode":
        notes.append(conversion_note(encoding))
    return Source(path=name, kind=kind, pages=tuple(pages), encoding=encoding, notes=tuple(notes), metadata=metadata)


def one_page_source(name: str, kind: str, decoded: Decoded, furniture: tuple[Furniture, ...] = ()) -> Source:
    """The Source of a file read as one page (RTF, Word .doc), its legacy conversion noted."""
    encoding = encoding_name(decoded.encodings)
    legacy = encoding != "unicode"
    return Source(
        path=name,
        kind=kind,
        pages=(Page(number=1, text=decoded.text, method=kind),),
        furniture=furniture,
        encoding=encoding,
        notes=(conversion_note(encoding),) if legacy else (),
        metadata={"legacy_pages": "1"} if legacy else {},
    )


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
