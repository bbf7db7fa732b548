"""Plain text files: UTF-8 (with or without BOM), UTF-16, Windows-1258, or legacy 8-bit as a last resort."""

from __future__ import annotations

import dataclasses
import unicodedata
from pathlib import Path

from vnadmin_parse.errors import InputError
from vnadmin_parse.extract.legacy import decode_lines, syllable_score
from vnadmin_parse.extract.sources import from_text
from vnadmin_parse.model import Source

#: The name a Source gives text read from the Windows-1258 code page.
CP1258 = "windows-1258"


def decode_bytes(data: bytes, name: str) -> str:
    """Text of ``data`` (see ``decode``)."""
    return decode(data, name)[0]


def decode(data: bytes, name: str) -> tuple[str, str | None]:
    """Text of ``data`` and the code page it was read from when that matters (Windows-1258).

    UTF-16 by BOM (an odd last byte becomes U+FFFD), else UTF-8, else Windows-1258 when
    that reads as more Vietnamese than the legacy font encodings do, else Latin-1 (legacy
    fonts are detected later).
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), None
    if b"\x00" in data[:4096]:
        raise InputError(name, "tệp nhị phân, không phải văn bản (binary file, not text)")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    latin = data.decode("latin-1")  # bytes kept as they are: legacy fonts are decoded later
    windows = _cp1258(data)
    if windows is not None and syllable_score(windows) > syllable_score(decode_lines(latin).text):
        return windows, CP1258
    return latin, None


def _cp1258(data: bytes) -> str | None:
    """``data`` read as Windows-1258 (precomposed base letters, combining tone marks), composed."""
    try:
        return unicodedata.normalize("NFC", data.decode("cp1258"))
    except UnicodeDecodeError:
        return None


def extract_plain(path: Path) -> Source:
    """A Source for a plain-text file."""
    name = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(name, f"không đọc được tệp ({exc.strerror})") from exc
    if not data:
        raise InputError(name, "tệp rỗng (empty file)")
    text, codepage = decode(data, name)
    source = from_text(text, name)
    if codepage is None:
        return source
    return dataclasses.replace(
        source,
        encoding=codepage,
        notes=(*source.notes, f"Tệp văn bản mã {codepage} (không phải Unicode); đã chuyển sang Unicode"),
        metadata={**source.metadata, "legacy_pages": "1"},
    )
