"""Tiny Word 97 .doc files for tests: an OLE compound file (CFB v3) holding a FIB and a piece table.

Only what the reader needs is written: no styles, no paragraph properties, no summary
streams. Every stream is padded to 4 096 bytes so that it lives in regular sectors
(no mini stream), which keeps the container to one FAT sector and one directory sector.
"""

from __future__ import annotations

import struct

SECTOR = 512
FREE, END, FAT_SECTOR, NO_STREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
TEXT_AT = 1024  # where the characters start in the WordDocument stream


def _entry(name: str, kind: int, child: int, start: int, size: int, right: int = NO_STREAM) -> bytes:
    encoded = name.encode("utf-16le") + b"\0\0"
    return (
        encoded.ljust(64, b"\0")
        + struct.pack("<HBB3I", len(encoded), kind, 1, NO_STREAM, right, child)
        + bytes(16 + 4 + 16)
        + struct.pack("<IQ", start, size)
    )


def cfb(streams: dict[str, bytes]) -> bytes:
    """An OLE compound file with ``streams`` (at most 3, each padded to a multiple of 4 096 bytes)."""
    padded = {name: data.ljust(max(4096, -(-len(data) // 4096) * 4096), b"\0") for name, data in streams.items()}
    fat = [FAT_SECTOR, END]
    entries = [b""]
    names = list(padded)
    for k, (name, data) in enumerate(padded.items()):
        start = len(fat)
        count = len(data) // SECTOR
        fat.extend(range(start + 1, start + count))
        fat.append(END)
        entries.append(_entry(name, 2, NO_STREAM, start, len(data), right=k + 2 if k + 1 < len(names) else NO_STREAM))
    entries[0] = _entry("Root Entry", 5, 1 if names else NO_STREAM, END, 0)
    directory = b"".join(entries + [_entry("", 0, NO_STREAM, 0, 0)] * (4 - len(entries)))
    header = (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        + bytes(16)
        + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
        + bytes(6)
        + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, END, 0, END, 0)
        + struct.pack("<I", 0)
        + struct.pack("<I", FREE) * 108
    )
    fat_sector = struct.pack(f"<{SECTOR // 4}I", *fat, *[FREE] * (SECTOR // 4 - len(fat)))
    return header + fat_sector + directory + b"".join(padded.values())


def word97(pieces: list[tuple[str, bool]], *, nfib: int = 0xC1, flags: int = 0x0200) -> dict[str, bytes]:
    """WordDocument and 1Table streams for ``pieces`` of text (``compressed``: cp1252 bytes, else UTF-16)."""
    text = b""
    cps = [0]
    pcds = b""
    for chars, compressed in pieces:
        fc = TEXT_AT + len(text)
        data = chars.encode("latin-1") if compressed else chars.encode("utf-16le")
        pcds += struct.pack("<HIH", 0, (2 * fc) | 0x40000000 if compressed else fc, 0)
        text += data
        cps.append(cps[-1] + len(chars))
    plc = struct.pack(f"<{len(cps)}I", *cps) + pcds
    clx = b"\x02" + struct.pack("<I", len(plc)) + plc
    fib = bytearray(TEXT_AT)
    struct.pack_into("<HH", fib, 0, 0xA5EC, nfib)
    struct.pack_into("<H", fib, 0xA, flags)
    struct.pack_into("<H", fib, 32, 14)
    struct.pack_into("<H", fib, 62, 22)
    struct.pack_into("<I", fib, 64 + 12, cps[-1])  # ccpText: every piece is body text
    struct.pack_into("<H", fib, 152, 93)
    struct.pack_into("<II", fib, 154 + 33 * 8, 0, len(clx))  # fcClx, lcbClx
    return {"WordDocument": bytes(fib) + text, "1Table": clx}
