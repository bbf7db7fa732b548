"""Fast PDF engine on pypdfium2: characters with loose boxes, font names, and signature stamps."""

from __future__ import annotations

import ctypes
import math
from collections.abc import Iterator
from pathlib import Path

from vnadmin_parse.extract.layout import Glyph
from vnadmin_parse.extract.legacy_tables import LOOKALIKES
from vnadmin_parse.extract.pdf_page import RawPage


def _font_name(textobj: int) -> str:
    import pypdfium2.raw as raw

    font = raw.FPDFTextObj_GetFont(textobj)
    if not font:
        return ""
    size = raw.FPDFFont_GetBaseFontName(font, None, 0)
    buf = ctypes.create_string_buffer(size)
    raw.FPDFFont_GetBaseFontName(font, buf, size)
    return buf.value.decode("utf-8", "replace")


#: Characters of legacy-encoded text that Unicode Vietnamese does not use.
_LEGACY_MARKS = frozenset(
    {chr(c) for c in range(0xA1, 0x100)} - set("ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý°±×÷·") | set(LOOKALIKES)
)


def _page_text(tp: object, count: int) -> str:
    """All characters of the text page in one call (one UTF-16 unit per character index)."""
    import pypdfium2.raw as raw

    buf = ctypes.create_string_buffer(2 * (count + 1))
    raw.FPDFText_GetText(tp, 0, count, ctypes.cast(buf, ctypes.POINTER(ctypes.c_ushort)))
    return buf.raw[: 2 * count].decode("utf-16-le", "replace")


def page_glyphs(textpage: object, height: float) -> list[Glyph]:
    """Every real (not generated) character of a pdfium text page as a Glyph.

    Font names are looked up only on pages that may hold legacy-encoded text (a
    Latin-1 symbol or letter Vietnamese does not use): elsewhere they decide nothing.
    """
    import pypdfium2.raw as raw

    tp = textpage.raw  # type: ignore[attr-defined]
    count = raw.FPDFText_CountChars(tp)
    text = _page_text(tp, count)
    if len(text) != count:  # characters outside the BMP: fall back to one call per character
        text = "".join(chr(raw.FPDFText_GetUnicode(tp, k)) for k in range(count))
    want_fonts = any(c in _LEGACY_MARKS for c in text)
    rect = raw.FS_RECTF()
    get_box = raw.FPDFText_GetLooseCharBox
    get_size = raw.FPDFText_GetFontSize
    get_matrix = raw.FPDFText_GetMatrix
    matrix = raw.FS_MATRIX()
    fonts: dict[int | None, str] = {}
    font = ""
    out: list[Glyph] = []
    for k, ch in enumerate(text):
        if ch <= " " or ch == "\ufffe":
            if ch in "\x02\ufffe":  # pdfium's marks for a hyphen that ends a line
                ch = "-"
            elif raw.FPDFText_IsGenerated(tp, k) == 1:
                if ch == " " and out:  # pdfium saw a word break where the PDF has no space
                    last = out[-1]
                    out.append(Glyph(" ", last.x1, last.top, last.x1 + 0.01, last.bottom, last.font, last.size))
                continue
            elif ch != " ":
                continue
        get_box(tp, k, rect)
        get_matrix(tp, k, matrix)  # pdfium's font size leaves out the text matrix's scale
        size = get_size(tp, k) * math.hypot(matrix.c, matrix.d)
        if want_fonts:
            obj = raw.FPDFText_GetTextObject(tp, k)
            key = ctypes.cast(obj, ctypes.c_void_p).value
            font = fonts.get(key) or fonts.setdefault(key, _font_name(obj))
        out.append(Glyph(ch, rect.left, height - rect.top, rect.right, height - rect.bottom, font, size))
    return out


def _annotation_rects(page: object) -> list[tuple[float, float, float, float]]:
    import pypdfium2.raw as raw

    rects = []
    handle = page.raw  # type: ignore[attr-defined]
    for k in range(raw.FPDFPage_GetAnnotCount(handle)):
        annot = raw.FPDFPage_GetAnnot(handle, k)
        rect = raw.FS_RECTF()
        if raw.FPDFAnnot_GetRect(annot, rect):
            rects.append((rect.left, rect.bottom, rect.right, rect.top))
        raw.FPDFPage_CloseAnnot(annot)
    return rects


def annotation_glyphs(pdf: object, index: int) -> list[list[Glyph]]:
    """Glyphs drawn by each of the page's annotations (signature widgets, filled-in numbers).

    The page is flattened in ``pdf`` (a separate handle) and the new glyphs found
    inside each annotation's rectangle are returned, one list per annotation.
    """
    import pypdfium2.raw as raw

    page = pdf[index]  # type: ignore[index]
    rects = _annotation_rects(page)
    if not rects:
        return []
    height = page.get_size()[1]
    seen = {(g.text, round(g.x0), round(g.top)) for g in page_glyphs(page.get_textpage(), height)}
    raw.FPDFPage_Flatten(page.raw, raw.FLAT_NORMALDISPLAY)
    page.close()
    page = pdf[index]  # type: ignore[index]
    fresh = [g for g in page_glyphs(page.get_textpage(), height) if (g.text, round(g.x0), round(g.top)) not in seen]
    groups: list[list[Glyph]] = []
    for left, bottom, right, top in rects:
        inside = [
            g
            for g in fresh
            if left - 1 <= (g.x0 + g.x1) / 2 <= right + 1
            and height - top - 1 <= (g.top + g.bottom) / 2 <= height - bottom + 1
        ]
        if inside:
            groups.append(inside)
    return groups


def open_document(path: Path) -> object:
    """The pdfium document, or InputError-worthy exceptions from pypdfium2."""
    import pypdfium2 as pdfium

    return pdfium.PdfDocument(str(path))


def read_pages(path: Path) -> Iterator[RawPage]:
    """Pages of ``path``: glyphs of the text layer, annotation texts, image presence."""
    import pypdfium2.raw as raw

    pdf = open_document(path)
    stamp_doc = None
    try:
        for i in range(len(pdf)):  # type: ignore[arg-type]
            page = pdf[i]  # type: ignore[index]
            width, height = page.get_size()
            glyphs = page_glyphs(page.get_textpage(), height)
            has_images = any(
                raw.FPDFPageObj_GetType(raw.FPDFPage_GetObject(page.raw, k)) == raw.FPDF_PAGEOBJ_IMAGE
                for k in range(raw.FPDFPage_CountObjects(page.raw))
            )
            if raw.FPDFPage_GetAnnotCount(page.raw):
                stamp_doc = stamp_doc or open_document(path)
                stamps = annotation_glyphs(stamp_doc, i)
            else:
                stamps = []
            yield RawPage(i + 1, width, height, glyphs, stamps, has_images)
    finally:
        pdf.close()  # type: ignore[attr-defined]
        if stamp_doc is not None:
            stamp_doc.close()  # type: ignore[attr-defined]
