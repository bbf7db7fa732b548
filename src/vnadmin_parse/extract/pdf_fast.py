"""Fast PDF engine on pypdfium2: runs of text with loose boxes, font names, and signature stamps.

pdfium is asked for the page text in one call and for geometry once per run of
words, not once per character. A run is a stretch of one pdfium line, cut where
the drawing jumps (``FPDFText_CountRects`` starts a rectangle per text object; one
that starts further left, leaves a wide gap or leaves the band is a jump), where a
tab or a control character stands, and at spaces that hide a wide gap (pdfium keeps
one space of several: looked for in runs wider than their text needs, and in runs
level with an annotation, which may fill in a gap). A run becomes one multi-character Glyph boxed from
the loose box of its first character to that of its last: each of its characters
maps back to the run's box. Font names (needed only to hint legacy encodings) are
read once per text object, on pages that may hold legacy-encoded text, where runs
are also cut wherever the text object changes.
"""

from __future__ import annotations

import ctypes
import functools
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from vnadmin_parse.extract.layout import Glyph, sizes_differ
from vnadmin_parse.extract.legacy_tables import LOOKALIKES
from vnadmin_parse.extract.pdf_page import RawPage

_NOT_LEGACY = set("ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý°±×÷·")
#: Characters of legacy-encoded text that Unicode Vietnamese does not use.
_LEGACY_MARKS = re.compile(
    "[" + re.escape("".join(sorted({chr(c) for c in range(0xA1, 0x100)} - _NOT_LEGACY | set(LOOKALIKES)))) + "]"
)
#: A pdfium line (text between the line breaks pdfium generates), from its first visible character to its last.
_LINE = re.compile(r"[^\s\x00-\x1f](?:[^\r\n]*[^\s\x00-\x1f])?")
#: Words joined by single spaces; any other blank (a tab, a control character) ends a run.
_RUN = re.compile(r"[^\s\x00-\x1f]+(?: [^\s\x00-\x1f]+)*")
_SPACE = re.compile(" ")
#: A page with this many characters of text is no scan: its images are not looked up.
_TEXT_PAGE = 1000
#: A run wider than this many font sizes per character, plus two, may hide a gap (ordinary
#: text is narrower: lower case 0.45–0.6, capitals about 0.7).
_WIDE = 0.6


def _address(pointer: Any) -> int:
    """The address a ctypes pointer (a pypdfium2 handle, a bound function) holds."""
    return ctypes.cast(pointer, ctypes.c_void_p).value or 0


@functools.cache
def _api() -> SimpleNamespace:
    """pdfium functions re-bound with plain integer handles (no per-call pointer conversion)."""
    import pypdfium2.raw as raw

    V, N, D, F = ctypes.c_void_p, ctypes.c_int, ctypes.c_double, ctypes.c_float

    def bind(function: Any, restype: Any, *argtypes: Any) -> Any:
        return ctypes.CFUNCTYPE(restype, *argtypes)(_address(function))

    return SimpleNamespace(
        load_page=bind(raw.FPDF_LoadPage, V, V, N),
        close_page=bind(raw.FPDF_ClosePage, None, V),
        page_width=bind(raw.FPDF_GetPageWidthF, F, V),
        page_height=bind(raw.FPDF_GetPageHeightF, F, V),
        count_objects=bind(raw.FPDFPage_CountObjects, N, V),
        get_object=bind(raw.FPDFPage_GetObject, V, V, N),
        object_type=bind(raw.FPDFPageObj_GetType, N, V),
        object_bounds=bind(raw.FPDFPageObj_GetBounds, N, V, V, V, V, V),
        count_annots=bind(raw.FPDFPage_GetAnnotCount, N, V),
        get_annot=bind(raw.FPDFPage_GetAnnot, V, V, N),
        annot_rect=bind(raw.FPDFAnnot_GetRect, N, V, V),
        close_annot=bind(raw.FPDFPage_CloseAnnot, None, V),
        flatten=bind(raw.FPDFPage_Flatten, N, V, N),
        flat_display=raw.FLAT_NORMALDISPLAY,
        load_text=bind(raw.FPDFText_LoadPage, V, V),
        close_text=bind(raw.FPDFText_ClosePage, None, V),
        count_chars=bind(raw.FPDFText_CountChars, N, V),
        get_text=bind(raw.FPDFText_GetText, N, V, N, N, V),
        get_unicode=bind(raw.FPDFText_GetUnicode, ctypes.c_uint, V, N),
        is_generated=bind(raw.FPDFText_IsGenerated, N, V, N),
        count_rects=bind(raw.FPDFText_CountRects, N, V, N, N),
        get_rect=bind(raw.FPDFText_GetRect, N, V, N, V, V, V, V),
        loose_box=bind(raw.FPDFText_GetLooseCharBox, N, V, N, V),
        font_size=bind(raw.FPDFText_GetFontSize, D, V, N),
        matrix=bind(raw.FPDFText_GetMatrix, N, V, N, V),
        text_object=bind(raw.FPDFText_GetTextObject, V, V, N),
        get_font=bind(raw.FPDFTextObj_GetFont, V, V),
        font_name=bind(raw.FPDFFont_GetBaseFontName, ctypes.c_ulong, V, V, ctypes.c_ulong),
        form_count=bind(raw.FPDFFormObj_CountObjects, N, V),
        form_object=bind(raw.FPDFFormObj_GetObject, V, V, ctypes.c_ulong),
        image=raw.FPDF_PAGEOBJ_IMAGE,
        text=raw.FPDF_PAGEOBJ_TEXT,
        form=raw.FPDF_PAGEOBJ_FORM,
    )


def _font_name(api: SimpleNamespace, font: int) -> str:
    size = api.font_name(font, None, 0)
    buf = ctypes.create_string_buffer(size)
    api.font_name(font, buf, size)
    return buf.value.decode("utf-8", "replace")


def _page_text(api: SimpleNamespace, tp: int, count: int) -> str:
    """All characters of the text page in one call (one UTF-16 unit per character index)."""
    count = max(count, 0)
    buf = ctypes.create_string_buffer(2 * (count + 1))
    api.get_text(tp, 0, count, buf)
    text = buf.raw[: 2 * count].decode("utf-16-le", "replace")
    if len(text) != count:  # characters outside the BMP: one call per character
        text = "".join(chr(api.get_unicode(tp, k)) for k in range(count))
    return text.replace("\x02", "-").replace("\ufffe", "-")  # pdfium's marks for a line-final hyphen


def _rect_start(api: SimpleNamespace, tp: int, start: int, end: int, rect: int, after: int) -> int:
    """The character, past ``after``, where rectangle ``rect`` of the characters ``[start, end)`` begins."""
    lo, hi = after + 1, end  # the shortest prefix of [start, end) that reaches the rectangle
    while lo < hi:
        mid = (lo + hi) // 2
        if api.count_rects(tp, start, mid - start) > rect:
            hi = mid
        else:
            lo = mid + 1
    return lo - 1


def _jumps(rects: list[list[float]]) -> Iterator[int]:
    """Rectangles (PDF coordinates) that do not continue the one before on the same line:
    they start further left, leave a gap wider than the line is high, or share no band."""
    height = max(top - bottom for _, top, _, bottom in rects)
    for k in range(1, len(rects)):
        (left0, top0, right0, bottom0), (left, top, _, bottom) = rects[k - 1], rects[k]
        apart = not (bottom0 <= (top + bottom) / 2 <= top0 or bottom <= (top0 + bottom0) / 2 <= top)
        if left < left0 or left - right0 > height or apart:
            yield k


class _Reader:
    """Geometry of one text page, fetched run by run."""

    def __init__(self, api: SimpleNamespace, tp: int, height: float, fonts: bool) -> None:
        self.api, self.tp, self.height, self.fonts = api, tp, height, fonts
        self.rect = (ctypes.c_float * 4)()  # FS_RECTF: left, top, right, bottom
        self.matrix = (ctypes.c_float * 6)()  # FS_MATRIX: a, b, c, d, e, f
        self.rect_at, self.matrix_at = ctypes.addressof(self.rect), ctypes.addressof(self.matrix)
        self.box = (ctypes.c_double * 4)()  # FPDFText_GetRect: left, top, right, bottom
        self.edges = [ctypes.addressof(self.box) + 8 * k for k in range(4)]
        self.names: dict[int | None, str] = {}

    def style(self, index: int) -> tuple[str, float]:
        """Font name (on possibly legacy pages) and size, text matrix included, of character ``index``."""
        api, tp = self.api, self.tp
        api.matrix(tp, index, self.matrix_at)  # pdfium's font size leaves out the text matrix's scale
        size = api.font_size(tp, index) * math.hypot(self.matrix[2], self.matrix[3])
        if not self.fonts:
            return "", size
        obj = api.text_object(tp, index)
        font = api.get_font(obj) if obj else None
        if font not in self.names:
            self.names[font] = _font_name(api, font) if font else ""
        return self.names[font], size

    def resized(self, first: int, last: int) -> bool:
        """Whether a line's first and last characters differ in size (small print after or
        before the text, cut at each text object so that the sizes stay apart)."""
        return sizes_differ(self.style(first)[1], self.style(last)[1])

    def rects(self, count: int) -> list[list[float]]:
        """The ``count`` rectangles of the last ``FPDFText_CountRects`` call: left, top, right, bottom."""
        api, tp, box = self.api, self.tp, self.box
        left, top, right, bottom = self.edges
        out = []
        for k in range(count):
            api.get_rect(tp, k, left, top, right, bottom)
            out.append(box[:])
        return out

    def pieces(self, start: int, end: int) -> Iterator[tuple[int, int]]:
        """``[start, end)`` (a pdfium line) cut where the text jumps; on possibly legacy pages,
        wherever the text object (and so the font) changes."""
        api, tp = self.api, self.tp
        if api.text_object(tp, start) == api.text_object(tp, end - 1):  # an object's characters are consecutive
            yield start, end
            return
        count = api.count_rects(tp, start, end - start)
        if count < 2:
            yield start, end
            return
        cuts = range(1, count) if self.fonts or self.resized(start, end - 1) else _jumps(self.rects(count))
        lo = start
        for k in cuts:
            cut = _rect_start(api, tp, start, end, k, lo)
            yield lo, cut
            lo = cut
        yield lo, end

    def glyph(self, text: str, first: int, last: int, font: str, size: float) -> Glyph:
        """The run ``text`` from character ``first`` to ``last``, boxed from their loose boxes."""
        api, tp, rect = self.api, self.tp, self.rect
        api.loose_box(tp, first, self.rect_at)
        left, top, right, bottom = rect
        if last != first:
            api.loose_box(tp, last, self.rect_at)
            left, right = min(left, rect[0]), max(right, rect[2])
            top, bottom = max(top, rect[1]), min(bottom, rect[3])
        return Glyph(text, left, self.height - top, right, self.height - bottom, font, size)

    def space(self, index: int, before: Glyph) -> Glyph:
        """The space at ``index`` after glyph ``before``: its own box, or a sliver after
        ``before`` when pdfium generated it (a word break where the PDF has no space)."""
        if self.api.is_generated(self.tp, index) == 1:
            return Glyph(" ", before.x1, before.top, before.x1 + 0.01, before.bottom, before.font, before.size)
        return self.glyph(" ", index, index, before.font, before.size)

    def gaps(self, text: str, first: int, after: int, size: float) -> Iterator[tuple[int, int]]:
        """``[first, after)`` cut at each space that hides a gap wider than ``size`` (pdfium
        keeps one space of several, so a gap in the text may be wide on the page)."""
        api, tp, rect = self.api, self.tp, self.rect
        for space in _SPACE.finditer(text, first, after):
            at = space.start()
            api.loose_box(tp, at - 1, self.rect_at)
            right = rect[2]
            api.loose_box(tp, at + 1, self.rect_at)
            if rect[0] - right > size:
                yield first, at
                first = at + 1
        yield first, after


Band = tuple[float, float]  # top and bottom of a stretch of the page (top-left origin)


def _suspect(glyph: Glyph, bands: list[Band]) -> bool:
    """Whether a run of words may hide a wide gap: it is wider than ordinary text of its
    length, or it lies in one of ``bands`` (where an annotation may fill in a gap)."""
    if " " not in glyph.text:
        return False
    if glyph.x1 - glyph.x0 > glyph.size * (_WIDE * len(glyph.text) + 2):
        return True
    middle = (glyph.top + glyph.bottom) / 2
    return any(top <= middle <= bottom for top, bottom in bands)


def _run_glyphs(
    reader: _Reader, text: str, first: int, after: int, style: tuple[str, float], bands: list[Band]
) -> list[tuple[Glyph, int]]:
    """The glyphs of one run, each with the index after its last character; a suspect run
    is cut at its hidden wide gaps."""
    glyph = reader.glyph(text[first:after], first, after - 1, *style)
    if not _suspect(glyph, bands):
        return [(glyph, after)]
    return [(reader.glyph(text[a:b], a, b - 1, *style), b) for a, b in reader.gaps(text, first, after, style[1])]


def page_glyphs(tp: int, height: float, bands: list[Band] | None = None, start: int = 0, end: int = -1) -> list[Glyph]:
    """The text of a pdfium text page (handle ``tp``), characters ``[start, end)`` (``end`` -1:
    all), as run glyphs, a space glyph after each run that a space or pdfium's word break
    follows. Runs in ``bands`` are searched for hidden gaps whatever their width."""
    api = _api()
    text = _page_text(api, tp, api.count_chars(tp))
    reader = _Reader(api, tp, height, fonts=_LEGACY_MARKS.search(text) is not None)
    out: list[Glyph] = []
    for line in _LINE.finditer(text, start, len(text) if end < 0 else end):
        stop_line = line.end()
        for first, stop in reader.pieces(*line.span()):
            style: tuple[str, float] | None = None
            for run in _RUN.finditer(text, first, stop):
                style = style or reader.style(run.start())
                for glyph, after in _run_glyphs(reader, text, *run.span(), style, bands or []):
                    out.append(glyph)
                    if after < stop_line and text[after].isspace():
                        out.append(reader.space(after, glyph))
    return out


Rect = tuple[float, float, float, float]  # left, bottom, right, top (PDF coordinates)


def _annotation_rects(api: SimpleNamespace, page: int) -> list[Rect]:
    rects = []
    rect = (ctypes.c_float * 4)()  # FS_RECTF: left, top, right, bottom
    for k in range(api.count_annots(page)):
        annot = api.get_annot(page, k)
        if api.annot_rect(annot, ctypes.addressof(rect)):
            rects.append((rect[0], rect[3], rect[2], rect[1]))
        api.close_annot(annot)
    return rects


@dataclass(slots=True)
class _Loaded:
    """What reading one page gives."""

    width: float
    height: float
    glyphs: list[Glyph]
    image_cover: float  # the share of the page the largest image covers; 0: none, or not looked for
    stamps: list[list[Glyph]]


def _load(api: SimpleNamespace, doc: int, index: int, *, body: bool = True) -> _Loaded:
    """Read page ``index`` of document handle ``doc`` (its body text only when ``body``).

    A page with annotations is flattened and loaded again: the annotations' appearances
    are then drawn by new objects at the end of the page, whose characters come last in
    the text page; runs level with an annotation are searched for gaps it may fill in.
    """
    page = _load_page(api, doc, index)
    try:
        rects = _annotation_rects(api, page)
        drawn: set[int] = set()
        if rects:
            before = api.count_objects(page)
            api.flatten(page, api.flat_display)
            api.close_page(page)
            page = _load_page(api, doc, index)
            drawn = _text_objects(api, [api.get_object(page, k) for k in range(before, api.count_objects(page))])
        height = api.page_height(page)
        if not body and not drawn:  # only the annotations were asked for, and they drew no text
            return _Loaded(api.page_width(page), height, [], 0.0, [])
        tp = api.load_text(page)
        try:
            split = _first_drawn(api, tp, drawn)
            bands = [(height - top - 1, height - bottom + 1) for _, bottom, _, top in rects]
            glyphs = page_glyphs(tp, height, bands, 0, split) if body else []
            stamps = _stamp_groups(page_glyphs(tp, height, [], split), rects, height) if drawn else []
        finally:
            api.close_text(tp)
        text = sum(len(g.text) for g in glyphs)
        width = api.page_width(page)
        cover = _image_cover(api, page, width, height) if body and text < _TEXT_PAGE else 0.0
        return _Loaded(width, height, glyphs, cover, stamps)
    finally:
        api.close_page(page)


def _load_page(api: SimpleNamespace, doc: int, index: int) -> int:
    page: int = api.load_page(doc, index)
    if not page:
        import pypdfium2 as pdfium

        raise pdfium.PdfiumError(f"Failed to load page {index}.")
    return page


def _text_objects(api: SimpleNamespace, objects: list[int]) -> set[int]:
    """The text objects among ``objects`` and inside their forms (an annotation's appearance)."""
    found: set[int] = set()
    while objects:
        obj = objects.pop()
        kind = api.object_type(obj)
        if kind == api.text:
            found.add(obj)
        elif kind == api.form:
            objects.extend(api.form_object(obj, k) for k in range(api.form_count(obj)))
    return found


def _first_drawn(api: SimpleNamespace, tp: int, drawn: set[int]) -> int:
    """Where the characters of the ``drawn`` objects begin: after the last character of any
    other object (characters pdfium generates, line breaks, belong to no object)."""
    k: int = api.count_chars(tp)
    if not drawn:
        return k
    while k > 0 and ((obj := api.text_object(tp, k - 1)) is None or obj in drawn):
        k -= 1
    return k


def _stamp_groups(glyphs: list[Glyph], rects: list[Rect], height: float) -> list[list[Glyph]]:
    """``glyphs`` drawn by annotations, one list per annotation rectangle that holds any."""
    groups: list[list[Glyph]] = []
    for left, bottom, right, top in rects:
        inside = [
            g
            for g in glyphs
            if left - 1 <= (g.x0 + g.x1) / 2 <= right + 1
            and height - top - 1 <= (g.top + g.bottom) / 2 <= height - bottom + 1
        ]
        if inside:
            groups.append(inside)
    return groups


def annotation_glyphs(pdf: object, index: int) -> list[list[Glyph]]:
    """Glyphs drawn by each of the page's annotations (signature widgets, filled-in numbers),
    one list per annotation. The page is flattened in ``pdf`` (a separate pypdfium2 document)."""
    return _load(_api(), _address(pdf.raw), index, body=False).stamps  # type: ignore[attr-defined]


def open_document(path: Path) -> object:
    """The pdfium document, or InputError-worthy exceptions from pypdfium2."""
    import pypdfium2 as pdfium

    return pdfium.PdfDocument(str(path))


def _image_cover(api: SimpleNamespace, page: int, width: float, height: float) -> float:
    """The share of the page (0–1) its largest image object covers; a tiny share for an image of no area."""
    kind, get, image = api.object_type, api.get_object, api.image
    edges = (ctypes.c_float * 4)()  # left, bottom, right, top
    at = [ctypes.addressof(edges) + 4 * k for k in range(4)]
    best = 0.0
    for k in range(api.count_objects(page)):
        obj = get(page, k)
        if kind(obj) != image:
            continue
        best = max(best, 1e-9)
        if api.object_bounds(obj, *at):
            left, bottom, right, top = edges
            area = max(0.0, min(right, width) - max(left, 0.0)) * max(0.0, min(top, height) - max(bottom, 0.0))
            best = max(best, area / (width * height or 1.0))
    return best


def read_pages(path: Path) -> Iterator[RawPage]:
    """Pages of ``path``: glyphs of the text layer, annotation texts, image presence.

    A page with annotations is flattened in the document, its annotations' glyphs read apart.
    """
    api = _api()
    pdf = open_document(path)
    doc = _address(pdf.raw)  # type: ignore[attr-defined]
    try:
        for i in range(len(pdf)):  # type: ignore[arg-type]
            page = _load(api, doc, i)
            cover = page.image_cover
            yield RawPage(i + 1, page.width, page.height, page.glyphs, page.stamps, cover > 0, cover)
    finally:
        pdf.close()  # type: ignore[attr-defined]
