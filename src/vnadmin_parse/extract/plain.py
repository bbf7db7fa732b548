"""Plain text files: UTF-8 (with or without BOM), UTF-16, or legacy 8-bit as a last resort."""

from __future__ import annotations

from pathlib import Path

from vnadmin_parse.errors import InputError
from vnadmin_parse.extract.sources import from_text
from vnadmin_parse.model import Source


def decode_bytes(data: bytes, name: str) -> str:
    """Text of ``data``: UTF-16 by BOM, else UTF-8, else Latin-1 (legacy fonts are detected later)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:4096]:
        raise InputError(name, "tệp nhị phân, không phải văn bản (binary file, not text)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("latin-1")  # bytes kept as they are: legacy fonts are decoded later


def extract_plain(path: Path) -> Source:
    """A Source for a plain-text file."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), f"không đọc được tệp ({exc.strerror})") from exc
    return from_text(decode_bytes(data, str(path)), str(path))
