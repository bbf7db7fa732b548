"""Word 97–2003 binary .doc without LibreOffice: the FIB, the piece table and the text of each story.

The layout follows Microsoft's [MS-DOC] specification. The OLE container is opened
with olefile; the ``WordDocument`` stream holds the FIB and the characters, the
``0Table``/``1Table`` stream the piece table (CLX) and the paragraph properties
that tell table cells from row ends. Legacy TCVN3/VNI/VISCII text is decided by
the text itself (``legacy.decode_lines``), never by the font.
"""

from __future__ import annotations

import struct
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from pathlib import Path

import olefile

from vnadmin_parse.errors import InputError
from vnadmin_parse.extract.legacy import decode_lines
from vnadmin_parse.extract.sources import one_page_source
from vnadmin_parse.model import Furniture, Source

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_WORD_IDENT = 0xA5EC
_NFIB_97 = 0xC0  # Word 97 writes 0xC1; Word 6.0 wrote 101, Word 95 104
_F_ENCRYPTED = 0x0100
_F_WHICH_TABLE = 0x0200
# Indices into FibRgFcLcb97 (pairs of fc, lcb).
_PLCF_HDD = 11
_PLCF_BTE_PAPX = 13
_CLX = 33
# Story lengths in FibRgLw97, in CP order: text, footnotes, headers, macros, comments, endnotes, text boxes.
_STORIES = ("text", "footnotes", "headers", "macros", "comments", "endnotes", "textboxes")
_SPRM_IN_TABLE = 0x2416
_SPRM_TTP = 0x2417
_SPRM_ITAP = 0x6649
_IN_TABLE, _ROW_END = 1, 2
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
# "Compressed" 8-bit text is cp1252; its five unassigned bytes are kept as they are.
_CP1252 = {b: bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in range(0x80, 0xA0)}
_BREAKS = "\r\x0b\x0c\x0e"  # paragraph mark, soft line break, page/section break, column break
_DROP = "\x01\x03\x04\x05\x08\x1f"  # pictures, note separators, comment marks, drawn objects, optional hyphen


def _broken(name: str, what: str) -> InputError:
    """The error for a file whose ``what`` is damaged."""
    return InputError(name, f"tệp .doc hỏng hoặc bị cắt cụt ({what}); corrupt or truncated .doc file")


@dataclass(frozen=True, slots=True)
class _Fib:
    """What the reader needs from the File Information Block."""

    flags: int
    lengths: dict[str, int]
    fclcb: tuple[int, ...]

    def pair(self, index: int) -> tuple[int, int]:
        """Offset and length, in the table stream, of FibRgFcLcb97 entry ``index``."""
        return self.fclcb[2 * index], self.fclcb[2 * index + 1]


@dataclass(frozen=True, slots=True)
class _Piece:
    """A run of consecutive CPs stored together: at byte ``fc``, one byte a character when compressed."""

    cp: int
    end: int
    fc: int
    compressed: bool

    def fc_of(self, cp: int) -> int:
        """Byte offset in the WordDocument stream of the character at ``cp``."""
        return self.fc + (cp - self.cp) * (1 if self.compressed else 2)


def extract_doc(path: Path, *, timeout: float = 120.0) -> Source:
    """Read a Word .doc: body text (tables row by row, field results), headers and footers as furniture.

    RTF or DOCX files saved under a .doc name are read by their own readers. Word 6.0/95
    files go to LibreOffice when it is installed; anything else unreadable raises InputError.
    """
    name = str(path)
    try:
        with path.open("rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        raise InputError(name, f"không đọc được tệp ({exc.strerror})") from exc
    if head.startswith(b"{\\rtf"):
        from vnadmin_parse.extract.rtf import extract_rtf

        return _renamed(extract_rtf(path), "RTF")
    if head.startswith(b"PK\x03\x04"):
        from vnadmin_parse.extract.docx import extract_docx

        return _renamed(extract_docx(path), "DOCX")
    if not head:
        raise InputError(name, "tệp rỗng (empty file)")
    if head.lstrip(b"\xef\xbb\xbf\r\n\t ").startswith((b"<", b"MIME")):
        raise InputError(name, "tệp .doc thực chất là trang HTML/MHT; hãy mở bằng Word và lưu dạng .docx; an HTML file")
    if head != _OLE_MAGIC:
        raise InputError(name, "không phải tệp Word .doc (thiếu cấu trúc OLE); not a Word 97–2003 .doc file")
    word, table = _streams(path, name)
    if _version(word, name) < _NFIB_97:
        return _word6(path, timeout)
    fib = _fib(word, name)
    if fib.flags & _F_ENCRYPTED:
        raise InputError(name, "tệp .doc được đặt mật khẩu (mã hoá), không đọc được; the file is encrypted")
    return _source(name, word, table, fib)


def _renamed(source: Source, actual: str) -> Source:
    """``source`` with a note that the .doc file was really ``actual``."""
    return replace(source, notes=(*source.notes, f"Tệp .doc thực chất là {actual}; đã đọc như {actual}"))


def _streams(path: Path, name: str) -> tuple[bytes, bytes]:
    """The WordDocument stream and the table stream its FIB names (0Table or 1Table), read whole."""
    try:
        with olefile.OleFileIO(str(path)) as ole:
            if ole.exists("EncryptedPackage"):
                raise InputError(name, "tệp Office được đặt mật khẩu (mã hoá), không đọc được; the file is encrypted")
            if not ole.exists("WordDocument"):
                raise InputError(name, "tệp OLE không có nội dung Word (thiếu luồng WordDocument); not a Word document")
            word = ole.openstream("WordDocument").read()
            which = "1Table" if int.from_bytes(word[0xA:0xC], "little") & _F_WHICH_TABLE else "0Table"
            table = ole.openstream(which).read() if ole.exists(which) else b""
    except InputError:
        raise
    except Exception as exc:  # olefile raises OSError, struct.error, IndexError… on damaged containers
        raise _broken(name, f"OLE: {exc}") from exc
    return word, table


def _version(word: bytes, name: str) -> int:
    """The FIB's nFib (193 from Word 97 on), once its magic number says the stream is Word's."""
    if len(word) < 4 or int.from_bytes(word[:2], "little") != _WORD_IDENT:
        raise InputError(name, "tệp OLE không phải văn bản Word (sai mã nhận dạng FIB); not a Word document")
    return int.from_bytes(word[2:4], "little")


def _fib(word: bytes, name: str) -> _Fib:
    """The Word 97+ FIB at the start of the WordDocument stream: flags, story lengths, (fc, lcb) pairs."""
    try:
        (flags,) = struct.unpack_from("<H", word, 0xA)
        (csw,) = struct.unpack_from("<H", word, 32)
        (cslw,) = struct.unpack_from("<H", word, 34 + 2 * csw)
        rglw = 36 + 2 * csw
        lengths = struct.unpack_from(f"<{cslw}I", word, rglw)
        (cb,) = struct.unpack_from("<H", word, rglw + 4 * cslw)
        fclcb = struct.unpack_from(f"<{2 * cb}I", word, rglw + 4 * cslw + 2)
    except struct.error as exc:
        raise _broken(name, "FIB") from exc
    if cslw < 11 or cb <= _CLX:
        raise _broken(name, "FIB")
    return _Fib(flags, dict(zip(_STORIES, lengths[3:10], strict=True)), fclcb)


def _word6(path: Path, timeout: float) -> Source:
    """A Word 6.0/95 file (before Word 97): through LibreOffice when it is installed."""
    from vnadmin_parse.extract.office import extract_office

    return extract_office(path, timeout=timeout)


def _pieces(word: bytes, table: bytes, fib: _Fib, name: str) -> list[_Piece]:
    """The piece table: the CLX's PlcPcd, after any property groups (Prc) before it."""
    fc, lcb = fib.pair(_CLX)
    clx = table[fc : fc + lcb]
    if lcb == 0 or len(clx) < lcb:
        raise _broken(name, "bảng mảnh văn bản (CLX)")
    i = 0
    try:
        while clx[i] == 1:
            i += 3 + struct.unpack_from("<H", clx, i + 1)[0]
        if clx[i] != 2:
            raise _broken(name, "bảng mảnh văn bản (CLX)")
        (size,) = struct.unpack_from("<I", clx, i + 1)
        count = (size - 4) // 12
        cps = struct.unpack_from(f"<{count + 1}I", clx, i + 5)
        pcds = [struct.unpack_from("<HIH", clx, i + 5 + 4 * (count + 1) + 8 * k)[1] for k in range(count)]
    except (IndexError, struct.error) as exc:
        raise _broken(name, "bảng mảnh văn bản (CLX)") from exc
    if count <= 0 or cps[-1] > len(word):  # every character takes at least a byte of the stream
        raise _broken(name, "bảng mảnh văn bản (CLX)")
    pieces = []
    for k, raw in enumerate(pcds):
        compressed = bool(raw & 0x40000000)
        start = (raw & 0x3FFFFFFF) // 2 if compressed else raw & 0x3FFFFFFF
        piece = _Piece(cps[k], cps[k + 1], start, compressed)
        if piece.end < piece.cp or piece.fc_of(piece.end) > len(word):
            raise _broken(name, "mảnh văn bản nằm ngoài tệp")
        pieces.append(piece)
    return pieces


def _characters(word: bytes, pieces: list[_Piece]) -> str:
    """Every CP of the document, piece after piece."""
    out = []
    for p in pieces:
        data = word[p.fc : p.fc_of(p.end)]
        out.append(data.decode("latin-1").translate(_CP1252) if p.compressed else data.decode("utf-16le", "replace"))
    return "".join(out)


def _paragraphs(word: bytes, table: bytes, fib: _Fib) -> tuple[list[int], list[int]]:
    """Paragraph runs by file offset: their start offsets and, for each, its table flags (PAPX FKPs)."""
    fc, lcb = fib.pair(_PLCF_BTE_PAPX)
    plc = table[fc : fc + lcb]
    count = (len(plc) - 4) // 8
    starts: list[int] = []
    flags: list[int] = []
    if count <= 0:
        return starts, flags
    for pn in struct.unpack_from(f"<{count}I", plc, 4 * (count + 1)):
        page = word[(pn & 0x3FFFFF) * 512 :][:512]
        if len(page) < 512:
            continue
        crun = page[511]
        for i in range(min(crun, 29)):
            (start,) = struct.unpack_from("<I", page, 4 * i)
            offset = 2 * page[4 * (crun + 1) + 13 * i]
            starts.append(start)
            flags.append(_table_flags(_grpprl(page, offset)) if offset else 0)
    order = sorted(range(len(starts)), key=starts.__getitem__)
    return [starts[i] for i in order], [flags[i] for i in order]


def _grpprl(page: bytes, offset: int) -> bytes:
    """The property modifiers of a PapxInFkp, without its style index."""
    cb = page[offset]
    if cb:
        return page[offset + 3 : offset + 1 + 2 * cb - 1]
    return page[offset + 4 : offset + 2 + 2 * page[offset + 1]]


def _table_flags(grpprl: bytes) -> int:
    """_IN_TABLE and _ROW_END as set by sprmPFInTable, sprmPItap and sprmPFTtp."""
    flags = 0
    i = 0
    while i + 2 < len(grpprl):
        (sprm,) = struct.unpack_from("<H", grpprl, i)
        i += 2
        operand = grpprl[i]
        if (sprm == _SPRM_IN_TABLE and operand) or (sprm == _SPRM_ITAP and any(grpprl[i : i + 4])):
            flags |= _IN_TABLE
        elif sprm == _SPRM_TTP and operand:
            flags |= _ROW_END
        i += _operand_size(sprm, grpprl, i)
    return flags


def _operand_size(sprm: int, grpprl: bytes, i: int) -> int:
    """Bytes taken by the operand of ``sprm`` starting at ``i`` ([MS-DOC] 2.2.5.1)."""
    spra = sprm >> 13
    if spra < 6:
        return (1, 1, 2, 4, 2, 2)[spra]
    if spra == 7:
        return 3
    if sprm == 0xD608 and i + 2 <= len(grpprl):  # sprmTDefTable: a two-byte size, counted plus one
        return 1 + int.from_bytes(grpprl[i : i + 2], "little")
    if sprm == 0xC615 and grpprl[i] == 255 and i + 1 < len(grpprl):  # sprmPChgTabs, long form
        deleted = grpprl[i + 1]
        added = grpprl[i + 2 + 4 * deleted] if i + 2 + 4 * deleted < len(grpprl) else 0
        return 3 + 4 * deleted + 3 * added
    return 1 + grpprl[i]


@dataclass(slots=True)
class _Renderer:
    """Turns a story's CPs into lines: fields keep their result, table rows keep their cells."""

    pieces: list[_Piece]
    para_starts: list[int]
    para_flags: list[int]
    notes: int = 0
    piece_cps: list[int] = field(init=False)

    def __post_init__(self) -> None:
        self.piece_cps = [p.cp for p in self.pieces]

    def flags(self, cp: int) -> int:
        """Table flags of the paragraph whose mark is at ``cp``."""
        k = bisect_right(self.piece_cps, cp) - 1
        i = bisect_right(self.para_starts, self.pieces[k].fc_of(cp)) - 1 if k >= 0 else -1
        return self.para_flags[i] if i >= 0 else 0

    def lines(self, text: str, cp0: int) -> list[str]:
        """The lines of ``text``, a story starting at ``cp0``."""
        out: list[str] = []
        para: list[str] = []  # finished lines of the paragraph being read (soft breaks)
        line: list[str] = []
        cell: list[str] = []
        cells: list[list[str]] = []
        for cp, ch in _visible(text, cp0):
            if ch in _BREAKS or ch == "\x07":
                para.append("".join(line).rstrip())
                line = []
                if ch not in "\r\x07":
                    continue
                flags = self.flags(cp)
                if ch == "\x07" and flags & _ROW_END:
                    out.extend(_row([*cells, cell] if cell else cells))
                    cells, cell = [], []
                elif ch == "\x07":
                    cells.append([*cell, *para])
                    cell = []
                elif flags & _IN_TABLE:
                    cell.extend(para)
                else:
                    out.extend([*_row([*cells, cell]), *para] if cells or cell else para)
                    cells, cell = [], []
                para = []
            elif ch == "\x02":
                self.notes += 1
                line.append(str(self.notes).translate(_SUPERSCRIPT))
            elif ch == "\x1e":
                line.append("-")
            elif ch not in _DROP:
                line.append(ch)
        para.append("".join(line).rstrip())
        return [*out, *_row([*cells, [*cell, *para]])]


def _visible(text: str, cp0: int) -> list[tuple[int, str]]:
    """``(cp, char)`` shown on the page: a field's code is hidden, its result kept (fields nest)."""
    out: list[tuple[int, str]] = []
    stack: list[bool] = []  # per open field: whether its result has begun
    for i, ch in enumerate(text):
        if ch == "\x13":
            stack.append(False)
        elif ch == "\x14" and stack:
            stack[-1] = True
        elif ch == "\x15" and stack:
            stack.pop()
        elif all(stack):
            out.append((cp0 + i, ch))
    return out


def _row(cells: list[list[str]]) -> list[str]:
    """A table row: cells of one line side by side (tab-separated), else each cell's lines in turn."""
    cells = [_trimmed(c) for c in cells]
    if all(len(c) <= 1 for c in cells):
        line = "\t".join(c[0] if c else "" for c in cells).rstrip()
        return [line] if line else []
    return [line for c in cells for line in c]


def _trimmed(lines: list[str]) -> list[str]:
    """``lines`` without the empty lines at either end."""
    start, end = 0, len(lines)
    while start < end and not lines[start].strip():
        start += 1
    while end > start and not lines[end - 1].strip():
        end -= 1
    return lines[start:end]


def _source(name: str, word: bytes, table: bytes, fib: _Fib) -> Source:
    """The Source of a Word 97+ document: body, notes and text boxes as one page; headers as furniture."""
    pieces = _pieces(word, table, fib, name)
    chars = _characters(word, pieces)
    try:
        starts, flags = _paragraphs(word, table, fib)
    except (IndexError, struct.error):
        starts, flags = [], []  # no paragraph properties: tables are then read cell by cell
    renderer = _Renderer(pieces, starts, flags)
    spans = _story_spans(fib)
    lines = renderer.lines(chars[slice(*spans["text"])], 0)
    for story in ("footnotes", "endnotes", "textboxes"):
        renderer.notes = 0
        extra = _trimmed(renderer.lines(chars[slice(*spans[story])], spans[story][0]))
        lines.extend(["", *extra] if extra else [])
    decoded = decode_lines("\n".join(_trimmed(lines)))
    hint = next(iter(decoded.encodings)) if len(decoded.encodings) == 1 else None
    furniture = tuple(
        Furniture(kind=kind, page=1, text=decode_lines(text, hint).text)
        for kind, text in _headers(renderer, chars, fib, table, spans["headers"])
    )
    return one_page_source(name, "doc", decoded, furniture)


def _story_spans(fib: _Fib) -> dict[str, tuple[int, int]]:
    """Each story's CP range: the stories follow one another in the order of _STORIES."""
    spans: dict[str, tuple[int, int]] = {}
    cp = 0
    for story in _STORIES:
        spans[story] = (cp, cp + fib.lengths[story])
        cp += fib.lengths[story]
    return spans


def _headers(renderer: _Renderer, chars: str, fib: _Fib, table: bytes, span: tuple[int, int]) -> list[tuple[str, str]]:
    """``(running-head | running-foot, text)`` of each distinct header and footer (PlcfHdd)."""
    fc, lcb = fib.pair(_PLCF_HDD)
    count = lcb // 4
    if count < 2 or fc + lcb > len(table):
        return []
    cps = [min(span[0] + cp, span[1]) for cp in struct.unpack_from(f"<{count}I", table, fc)]
    out: list[tuple[str, str]] = []
    for k in range(6, count - 1):  # the first six stories are footnote and endnote separators
        text = "\n".join(_trimmed(renderer.lines(chars[cps[k] : cps[k + 1]], cps[k])))
        kind = "running-head" if (k - 6) % 6 in (0, 1, 4) else "running-foot"
        if text and (kind, text) not in out:
            out.append((kind, text))
    return out
