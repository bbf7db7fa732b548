"""Plain text files: UTF-8 (with or without BOM), UTF-16, or legacy 8-bit as a last resort."""

from __future__ import annotations

from pathlib import Path

from vnadmin_parse.errors import InputError
from vnadmin_parse.model import Page, Source


def decode_bytes(data: bytes, name: str) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:4096]:
        raise InputError(name, "tệp nhị phân, không phải văn bản (binary file, not text)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1258", errors="replace")


def extract_plain(path: Path) -> Source:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), f"không đọc được tệp ({exc.strerror})") from exc
    text = decode_bytes(data, str(path))
    pages = tuple(Page(number=i + 1, text=t, method="text") for i, t in enumerate(text.split("\f")))
    return Source(path=str(path), kind="txt", pages=pages)
