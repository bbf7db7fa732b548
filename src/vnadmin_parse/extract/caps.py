"""Caps on what a small file may inflate to, checked before any parser reads it.

A PDF's compressed streams and a DOCX's zip members are measured by inflating (or by
their declared sizes, which zipfile enforces) without keeping the data; a file past a
cap is refused with a "too large" error naming what it would inflate to.
"""

from __future__ import annotations

import mmap
import re
import zipfile
import zlib
from pathlib import Path

from vnadmin_parse.extract.limits import too_large

#: Bytes one PDF stream other than an image may inflate to. A dense text page's content is
#: tens of kilobytes; pdfium needs about twenty times a content stream's size to lay it out.
MAX_STREAM = 16 * 2**20
#: Bytes all of a PDF's streams other than images may inflate to together.
MAX_STREAMS = 128 * 2**20
#: Bytes of a DOCX's parts once unzipped: XML parts (parsed whole), and all parts together.
MAX_XML = 64 * 2**20
MAX_PARTS = 512 * 2**20
#: Members of a DOCX zip (a long novel with images has a few hundred).
MAX_MEMBERS = 10_000
#: Tags in a DOCX's XML parts (a line of text takes about twenty; python-docx keeps every element:
#: this many take about 500 MB and 15 s to read).
MAX_TAGS = 3_000_000

_STREAM = re.compile(rb"stream\r?\n")
_IMAGE = re.compile(rb"/Subtype\s*/Image")
_OBJ = re.compile(rb"\bobj\b")
_CHUNK = 1 << 16


def _inflated(data: mmap.mmap, start: int, cap: int) -> int:
    """Bytes the zlib stream at ``start`` inflates to, counted up to ``cap`` + 1 (0 when not zlib)."""
    inflater = zlib.decompressobj()
    total = 0
    pos = start
    try:
        while not inflater.eof and pos < len(data) and total <= cap:
            piece = inflater.unconsumed_tail or data[pos : pos + _CHUNK]
            if not inflater.unconsumed_tail:
                pos += _CHUNK
            total += len(inflater.decompress(piece, _CHUNK))
    except zlib.error:
        pass  # not deflated (an image, plain text), or damaged: the PDF engine judges it
    return total


def check_pdf_streams(path: Path) -> None:
    """Refuse a PDF whose non-image streams inflate past MAX_STREAM each or MAX_STREAMS together."""
    name = str(path)
    with path.open("rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as data:
        total = 0
        for m in _STREAM.finditer(data):
            head = data[max(0, m.start() - 4096) : m.start()]
            found = list(_OBJ.finditer(head))
            if _IMAGE.search(head, found[-1].end() if found else 0):
                continue
            size = _inflated(data, m.end(), MAX_STREAM)
            if size > MAX_STREAM:
                raise too_large(name, f"một luồng nội dung PDF giải nén ra hơn {MAX_STREAM // 2**20} MB")
            total += size
            if total > MAX_STREAMS:
                raise too_large(name, f"nội dung PDF giải nén ra hơn {MAX_STREAMS // 2**20} MB")


def check_zip(path: Path) -> None:
    """Refuse a DOCX whose members are too many, or whose parts unzip (or parse) to too much."""
    name = str(path)
    try:
        with zipfile.ZipFile(path) as z:
            members = z.infolist()
            if len(members) > MAX_MEMBERS:
                raise too_large(name, f"{len(members):,} thành phần trong tệp nén > {MAX_MEMBERS:,}")
            xml = [m for m in members if m.filename.endswith((".xml", ".rels"))]
            if sum(m.file_size for m in members) > MAX_PARTS:
                raise too_large(name, f"giải nén ra hơn {MAX_PARTS // 2**20} MB")
            if sum(m.file_size for m in xml) > MAX_XML:
                raise too_large(name, f"phần XML giải nén ra hơn {MAX_XML // 2**20} MB")
            tags = 0
            for member in xml:
                with z.open(member) as fh:
                    while chunk := fh.read(1 << 20):
                        tags += chunk.count(b"<")
                if tags > MAX_TAGS:
                    raise too_large(name, f"hơn {MAX_TAGS:,} thẻ XML")
    except (zipfile.BadZipFile, OSError, EOFError, zlib.error):
        return  # not a zip, or damaged: the DOCX reader says so in its own words
