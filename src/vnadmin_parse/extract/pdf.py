"""PDF extraction: two engines, one assembly (reading order, legacy fonts, furniture, OCR)."""

from __future__ import annotations

import mmap
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import regex

from vnadmin_parse.errors import ExtractionTimeout, InputError
from vnadmin_parse.extract import furniture as furn
from vnadmin_parse.extract.caps import check_pdf_streams
from vnadmin_parse.extract.layout import Glyph, Segment, build_lines, reading_order, segment_text
from vnadmin_parse.extract.legacy import conversion_note, decode_runs, encoding_name, font_hint, has_unicode_vietnamese
from vnadmin_parse.extract.limits import time_limit_error
from vnadmin_parse.extract.page_news import tell
from vnadmin_parse.extract.pdf_page import RawPage
from vnadmin_parse.extract.quality import GARBAGE, garbage_ratio, is_garbage
from vnadmin_parse.model import Box, Furniture, Page, PageMark, Source

ENGINES = ("auto", "fast", "layout")
#: Files larger than this are refused rather than risk exhausting memory.
MAX_BYTES = 200 * 1024 * 1024
#: A page with fewer body characters than this, and an image, is a scan.
MIN_TEXT = 40
#: A page that one image covers this much of (a scanned sheet) and with fewer characters of text
#: than this (a typed page holds thousands) is OCR'd: its text layer is a stamp added to the scan.
SCAN_COVER = 0.7
THIN_TEXT = 400


@dataclass(slots=True)
class _Line:
    text: str
    boxes: list[Box | None]
    confidences: list[float | None] | None = None


@dataclass(slots=True)
class _Page:
    number: int
    width: float
    height: float
    lines: list[_Line]
    method: str
    furniture: list[Furniture] = field(default_factory=list)
    encodings: set[str] = field(default_factory=set)
    raw_text: str = ""  # the text layer before any conversion


def extract_pdf(path: Path, *, engine: str = "auto", timeout: float = 120.0, ocr: bool = True) -> Source:
    """Read a PDF into a Source with ``engine`` ("fast": pypdfium2, "layout": pdfplumber; "auto" = fast).

    Scanned pages and garbage text layers are OCR'd (when ``ocr`` and Tesseract is
    installed). Raises InputError for unreadable files, ExtractionTimeout past ``timeout`` s.
    """
    name = str(path)
    if engine not in ENGINES:
        raise ValueError(f"engine must be one of {ENGINES}, not {engine!r}")
    _check_file(path)
    deadline = time.monotonic() + timeout if timeout > 0 else float("inf")
    method = "pdf-layout" if engine == "layout" else "pdf-fast"
    pages: list[_Page] = []
    notes: list[str] = []
    metadata: dict[str, str] = {"engine": method}
    for raw in _pages(path, engine):
        if time.monotonic() > deadline:
            raise time_limit_error(name, timeout)
        tell(raw.number, "đọc")
        pages.append(_assemble(raw, method))
        reason = _needs_ocr(pages[-1], raw)
        if reason and "hỏng" in reason:
            _add(metadata, "garbled_pages", raw.number)
            pages[-1].encodings = set()  # words decoded by chance do not make a legacy font
        if not reason:
            continue
        if ocr:
            tell(raw.number, "OCR")
        read = ocr and _ocr_page(path, pages, raw, reason, deadline, notes, metadata)
        if not ocr:
            notes.append(f"Trang {raw.number}: {reason}; chưa nhận dạng OCR")
        if not read and "hỏng" not in reason:  # a garbled page has its own mark (E002)
            _add(metadata, "unread_pages", raw.number)
            pages[-1].method = "partial" if reason == _THIN_LAYER else "unread"
    if not pages:
        raise InputError(name, _NO_PAGES)
    _running_heads(pages)
    encoding = encoding_name(set().union(*(p.encodings for p in pages)))
    if encoding != "unicode":
        legacy = [str(p.number) for p in pages if p.encodings]
        notes.append(conversion_note(encoding, f"ở trang {', '.join(legacy)}"))
        metadata["legacy_pages"] = ",".join(legacy)
    return Source(
        path=name,
        kind="pdf",
        pages=tuple(_to_page(p) for p in pages),
        furniture=tuple(f for p in pages for f in p.furniture),
        encoding=encoding,
        notes=tuple(notes),
        metadata=metadata,
    )


def _check_file(path: Path) -> None:
    name = str(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(1024)
    except OSError as exc:
        raise InputError(name, f"không đọc được tệp ({exc.strerror})") from exc
    if size == 0:
        raise InputError(name, "tệp rỗng (empty file)")
    if size > MAX_BYTES:
        raise InputError(name, f"tệp quá lớn ({size // 2**20} MB > {MAX_BYTES // 2**20} MB)")
    if b"%PDF-" not in head:
        raise InputError(name, "không phải tệp PDF (no %PDF header)")
    check_pdf_streams(path)


def _pages(path: Path, engine: str) -> Iterator[RawPage]:
    import pypdfium2 as pdfium

    name = str(path)
    try:
        if engine == "layout":
            from vnadmin_parse.extract.pdf_layout import read_pages
        else:
            from vnadmin_parse.extract.pdf_fast import read_pages
        yield from read_pages(path)
    except pdfium.PdfiumError as exc:
        raise InputError(name, _pdfium_reason(str(exc), path)) from exc
    except (InputError, MemoryError):
        raise
    except Exception as exc:  # pdfminer raises many kinds on corrupt files
        inner = _wrapped(exc)
        if inner is not None:  # a time limit or memory error raised inside the engine, which wrapped it
            raise inner from None
        if "password" in str(exc).lower() or type(exc).__name__ == "PDFPasswordIncorrect":
            raise InputError(name, _ENCRYPTED) from exc
        raise InputError(name, f"tệp PDF hỏng, không đọc được ({type(exc).__name__}: {exc})") from exc


_ENCRYPTED = "tệp PDF được mã hoá, cần mật khẩu (encrypted)"
_NO_PAGES = "tệp PDF không có trang nào đọc được (no pages)"


def _wrapped(exc: BaseException) -> BaseException | None:
    """The InputError or MemoryError an engine's exception wraps (pdfplumber wraps what pdfminer raised)."""
    seen: set[int] = set()
    todo: list[BaseException] = [exc]
    while todo:
        current = todo.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        if current is not exc and isinstance(current, (InputError, MemoryError)):
            return current
        todo += [a for a in current.args if isinstance(a, BaseException)]
        todo += [c for c in (current.__cause__, current.__context__) if c is not None]
    return None


def _pdfium_reason(message: str, path: Path) -> str:
    """Why pdfium could not open ``path``. Its error code is global and kept from the last
    failure that set one: "password" is believed only of a file with an /Encrypt entry, and
    "Success" (no code set: an empty page tree) means no pages."""
    lowered = message.lower()
    if "password" in lowered and _has_encrypt(path):
        return _ENCRYPTED
    if "password" in lowered or "(pdfium: success)" in lowered:
        return _NO_PAGES
    return f"tệp PDF hỏng hoặc bị cắt cụt, không đọc được ({message})"


def _has_encrypt(path: Path) -> bool:
    with path.open("rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as data:
        return data.find(b"/Encrypt") >= 0


def _assemble(raw: RawPage, method: str) -> _Page:
    page = _Page(raw.number, raw.width, raw.height, [], method)
    page.raw_text = "".join(g.text for g in raw.glyphs)
    glyphs = list(raw.glyphs)
    for group in raw.stamps:
        text = "\n".join(segment_text(segs)[0] for segs in reading_order(build_lines(group)))
        if furn.is_stamp(text) or "@" in text:
            page.furniture.append(Furniture(kind="signature", page=raw.number, text=text, data=furn.stamp_data(text)))
        else:
            glyphs.extend(group)  # a number or date filled in at signing belongs to the body
    page.lines = _lines(glyphs, decode=True, page=page)
    _page_furniture(page)
    return page


def _lines(glyphs: list[Glyph], *, decode: bool, page: _Page) -> list[_Line]:
    """Lines in reading order; legacy fonts decoded (text layers) or confidences kept (OCR)."""
    lines: list[_Line] = []
    for segments in reading_order(build_lines(glyphs)):
        if decode:
            text, boxes = segment_text(segments, _box)
            runs = font_runs(text, segments)
            if len(runs) > 1 or not _unicode(*runs[0]):
                decoded = decode_runs(runs)
                page.encodings |= decoded.encodings
                if decoded.encodings:
                    text, boxes = decoded.text, [boxes[i] for i in decoded.index]
            lines.append(_Line(text, boxes))
        else:
            text, owners = segment_text(segments)
            boxes = [_char_box(g, text, i, owners) if g else None for i, g in enumerate(owners)]
            lines.append(_Line(text, boxes, [g.confidence if g else None for g in owners]))
    return lines


_EIGHT_BIT = regex.compile(r"[\xa0-\xff]")


def _unicode(text: str, font: str) -> bool:
    """Whether a line in one font is surely not legacy-encoded: its font gives no hint, and it
    holds Unicode Vietnamese or no 8-bit letter (the first tests of ``legacy.decide``)."""
    return font_hint(font) is None and (has_unicode_vietnamese(text) or not _EIGHT_BIT.search(text))


def _char_box(glyph: Glyph, text: str, index: int, owners: list[Glyph | None]) -> Box:
    """The share of a multi-character glyph's (an OCR word's) box that character ``index`` covers."""
    if len(glyph.text) == 1:
        return glyph.box
    first = index
    while first > 0 and owners[first - 1] is glyph:
        first -= 1
    step = (glyph.x1 - glyph.x0) / len(glyph.text)
    k = index - first
    return Box(glyph.x0 + k * step, glyph.top, glyph.x0 + (k + 1) * step, glyph.bottom)


def _box(glyph: Glyph) -> Box:
    return glyph.box


def _font(glyph: Glyph) -> str:
    return glyph.font


def font_runs(text: str, segments: list[Segment]) -> list[tuple[str, str]]:
    """``(text, font name)`` runs of a line; the whole line when its glyphs share one font."""
    names = {g.font for segment in segments for g in segment.glyphs}
    if len(names) == 1:
        return [(text, names.pop())]
    fonts = segment_text(segments, _font)[1]
    runs: list[tuple[str, str]] = []
    start = 0
    font = fonts[0] or ""
    for i, name in enumerate(fonts):
        current = name if name is not None else font
        if current != font:
            runs.append((text[start:i], font))
            start, font = i, current
    runs.append((text[start:], font))
    return runs


def _page_furniture(page: _Page) -> None:
    """Move page numbers (first or last line) and in-text signature stamps out of the body."""
    for index in (0, -1):
        if page.lines and furn.page_number(page.lines[index].text) is not None:
            line = page.lines.pop(index)
            page.furniture.append(Furniture(kind="page-number", page=page.number, text=line.text.strip()))
    keep: list[_Line] = []
    block: list[_Line] = []
    for line in page.lines:
        if furn.is_stamp(line.text) or (block and _continues_stamp(line.text)):
            block.append(line)
            continue
        _flush_stamp(page, block)
        block = []
        keep.append(line)
    _flush_stamp(page, block)
    page.lines = keep


_STAMP_TAIL = regex.compile(
    r"^\s*(?:Email|Cơ quan|Chức vụ|Thời gian ký|Ngày ký|[\w.+-]+@[\w.-]+|\d{1,2}[./]\d{1,2}[./]\d{4})", regex.I
)


def _continues_stamp(text: str) -> bool:
    return _STAMP_TAIL.match(text) is not None


def _flush_stamp(page: _Page, block: list[_Line]) -> None:
    if block:
        text = "\n".join(line.text for line in block)
        page.furniture.append(furn.stamp(page.number, text))


def _running_heads(pages: list[_Page]) -> None:
    """First lines repeated (digits aside) on most pages are running heads, not body."""
    if len(pages) < 3:
        return
    keys = Counter(regex.sub(r"\d+", "#", p.lines[0].text.strip()) for p in pages if p.lines)
    for key, count in keys.items():
        if count >= max(3, len(pages) // 2) and len(key) > 3:
            for p in pages:
                if p.lines and regex.sub(r"\d+", "#", p.lines[0].text.strip()) == key:
                    p.furniture.append(Furniture(kind="running-head", page=p.number, text=p.lines.pop(0).text))
                    _page_furniture(p)


_THIN_LAYER = "trang là ảnh quét, lớp chữ chỉ có một phần nhỏ (dấu sao y, dòng chữ ký)"


def _needs_ocr(page: _Page, raw: RawPage) -> str | None:
    text = "\n".join(line.text for line in page.lines)
    letters = len(text.replace(" ", "").replace("\n", ""))
    if letters < MIN_TEXT and raw.has_images:
        return "trang quét, không có lớp chữ" if not raw.glyphs else "lớp chữ chỉ có dấu chữ ký số"
    if letters < THIN_TEXT and raw.image_cover >= SCAN_COVER:
        return _THIN_LAYER
    # Garbage stays garbage after legacy conversion, though some words may decode by chance.
    ratio = garbage_ratio(text)
    if ratio > GARBAGE or (ratio > 0.1 and is_garbage(page.raw_text)):
        return "lớp chữ hỏng (không đọc được)"
    return None


def _ocr_page(
    path: Path,
    pages: list[_Page],
    raw: RawPage,
    reason: str,
    deadline: float,
    notes: list[str],
    metadata: dict[str, str],
) -> bool:
    """OCR the page ``raw`` in place of its text layer; False when it could not be read (noted why).

    A page whose thin text layer lies over a scan keeps that layer unless OCR finds much more text.
    """
    from vnadmin_parse.extract import ocr

    try:
        ocr.tesseract_path()
    except ocr.OcrUnavailable as exc:
        notes.append(f"Trang {raw.number}: {reason}; {exc}")
        return False
    import pypdfium2 as pdfium

    remaining = deadline - time.monotonic()
    if remaining <= 1:
        raise ExtractionTimeout(str(path), f"hết thời gian trước khi OCR trang {raw.number}")
    dpi = ocr.page_dpi(raw.width, raw.height)
    pdf = pdfium.PdfDocument(str(path))
    try:
        png = ocr.render(pdf, raw.number - 1, dpi)
    finally:
        pdf.close()
    try:
        words = ocr.recognize(png, timeout=remaining, dpi=dpi)
    except TimeoutError as exc:
        raise ExtractionTimeout(str(path), f"OCR trang {raw.number} quá thời gian") from exc
    except Exception as exc:  # subprocess.TimeoutExpired and OCR failures
        if type(exc).__name__ == "TimeoutExpired":
            raise ExtractionTimeout(str(path), f"OCR trang {raw.number} quá thời gian") from exc
        notes.append(f"Trang {raw.number}: {reason}; OCR thất bại ({exc})")
        return False
    page = pages[-1]
    if reason == _THIN_LAYER and not _more_text(words, page):
        notes.append(f"Trang {raw.number}: {reason}; OCR không tìm thấy thêm chữ, giữ lớp chữ")
        return True
    layer = page.lines
    page.lines = _lines(words, decode=False, page=page)
    if reason == _THIN_LAYER:  # a stamp added over the scan is in the layer only: keep what OCR did not read
        page.lines += [line for line in layer if not _read_by_ocr(line, words)]
    page.method = "ocr"
    page.encodings = set()
    _page_furniture(page)
    confidences = [w.confidence for w in words if w.confidence is not None]
    mean = sum(confidences) / len(confidences) if confidences else 0.0
    notes.append(f"Trang {raw.number}: {reason}; đã nhận dạng OCR (Tesseract vie), độ tin cậy trung bình {mean:.0f}")
    _add(metadata, "ocr_pages", raw.number)
    return True


def _read_by_ocr(line: _Line, words: list[Glyph]) -> bool:
    """Whether OCR read a word within the extent of the text-layer ``line`` (the page image
    shows the layer's text as well as the scan)."""
    boxes = [b for b in line.boxes if b is not None]
    if not boxes:
        return True
    x0, x1 = min(b.x0 for b in boxes) - 2, max(b.x1 for b in boxes) + 2
    top, bottom = min(b.top for b in boxes) - 2, max(b.bottom for b in boxes) + 2
    return any(x0 <= (w.x0 + w.x1) / 2 <= x1 and top <= (w.top + w.bottom) / 2 <= bottom for w in words)


def _more_text(words: list[Glyph], page: _Page) -> bool:
    """Whether OCR read at least twice the text layer's characters, and MIN_TEXT more."""
    layer = sum(len(line.text.replace(" ", "")) for line in page.lines)
    found = sum(len(w.text.strip()) for w in words)
    return found >= max(2 * layer, layer + MIN_TEXT)


def _add(metadata: dict[str, str], key: PageMark, number: int) -> None:
    metadata[key] = ",".join(filter(None, [metadata.get(key, ""), str(number)]))


def _to_page(page: _Page) -> Page:
    text = "\n".join(line.text for line in page.lines)
    boxes: list[Box | None] = []
    confidences: list[float | None] = []
    ocr = page.method == "ocr"
    for k, line in enumerate(page.lines):
        if k:
            boxes.append(None)
            confidences.append(None)
        boxes.extend(line.boxes)
        if ocr:
            confidences.extend(line.confidences or [None] * len(line.text))
    return Page(
        number=page.number,
        text=text,
        boxes=tuple(boxes),
        confidences=tuple(confidences) if ocr else None,
        width=page.width,
        height=page.height,
        method=page.method,
    )
