"""DOCX extraction with python-docx: text boxes, body paragraphs and tables in order, headers/footers apart."""

from __future__ import annotations

import unicodedata
import zipfile
from pathlib import Path

import regex

from vnadmin_parse.errors import InputError
from vnadmin_parse.extract.caps import check_zip
from vnadmin_parse.model import Furniture, Page, Source

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_BLANK_NUMBER = regex.compile(r"^\s*Số\s*:\s*(?:[.…_ ]*)/", regex.MULTILINE)
_BLANK_DATE = regex.compile(r"ngày\s*[.…_ ]*\s+tháng\s+(?:[.…_ ]*|\d{1,2})\s+năm\s+\d{4}", regex.IGNORECASE)


def _flag(props: object | None, tag: str) -> bool | None:
    """A toggle of run properties (w:caps): True, False, or None when not set there."""
    found = props.find(_W + tag) if props is not None else None  # type: ignore[attr-defined]
    if found is None:
        return None
    return found.get(_W + "val", "true") not in ("0", "false", "off")


def caps_styles(styles: object) -> frozenset[str]:
    """The ids of the styles (paragraph or character) that show their text in capitals (w:caps), through basedOn."""
    own: dict[str, tuple[str | None, bool | None]] = {}
    for style in styles.iter(_W + "style"):  # type: ignore[attr-defined]
        based = style.find(_W + "basedOn")
        own[style.get(_W + "styleId", "")] = (
            based.get(_W + "val") if based is not None else None,
            _flag(style.find(_W + "rPr"), "caps"),
        )

    def shown(style_id: str | None, depth: int = 0) -> bool:
        if style_id is None or style_id not in own or depth > 20:
            return False
        parent, flag = own[style_id]
        return flag if flag is not None else shown(parent, depth + 1)

    return frozenset(s for s in own if shown(s))


def _in_capitals(run: object, paragraph_caps: bool, caps: frozenset[str]) -> bool:
    """Whether a run's text is shown in capitals: its own w:caps, else its character style's, else its paragraph's."""
    props = run.find(_W + "rPr") if run is not None else None  # type: ignore[attr-defined]
    flag = _flag(props, "caps")
    if flag is not None:
        return flag
    style = props.find(_W + "rStyle") if props is not None else None
    if style is not None and style.get(_W + "val") in caps:
        return True
    return paragraph_caps


def _paragraph_text(p: object, caps: frozenset[str] = frozenset()) -> str:
    """Text of a w:p element, from its own runs only (not from nested text boxes), as shown: a run formatted in
    capitals (w:caps, directly or by its style) is read in capitals."""
    parts: list[str] = []
    props = p.find(_W + "pPr")  # type: ignore[attr-defined]
    style = props.find(_W + "pStyle") if props is not None else None
    paragraph_caps = style is not None and style.get(_W + "val") in caps
    for node in p.iter():  # type: ignore[attr-defined]
        if node.tag == _W + "txbxContent":
            continue
        if node.tag == _W + "t" and not _inside_textbox(node, p):
            text = node.text or ""
            parts.append(text.upper() if _in_capitals(node.getparent(), paragraph_caps, caps) else text)
        elif node.tag in (_W + "tab",) and not _inside_textbox(node, p):
            parts.append("\t")
        elif node.tag in (_W + "br", _W + "cr") and not _inside_textbox(node, p):
            parts.append("\n")
    return "".join(parts)


def _inside_textbox(node: object, stop: object) -> bool:
    parent = node.getparent()  # type: ignore[attr-defined]
    while parent is not None and parent is not stop:
        if parent.tag == _W + "txbxContent":
            return True
        parent = parent.getparent()
    return False


def _block_lines(element: object, caps: frozenset[str] = frozenset()) -> list[str]:
    """Lines of a body-level element: text boxes it anchors first (each box, nested ones too,
    with its own paragraphs), then its own text; a block-level content control (w:sdt) is
    read as the blocks it holds."""
    tag = element.tag  # type: ignore[attr-defined]
    if tag == _W + "sdt":
        content = element.find(_W + "sdtContent")  # type: ignore[attr-defined]
        return [line for child in (content if content is not None else ()) for line in _block_lines(child, caps)]
    lines: list[str] = []
    for box in element.iter(_W + "txbxContent"):  # type: ignore[attr-defined]
        if not _fallback(box):
            lines.extend(_paragraph_text(p, caps) for p in box.iter(_W + "p") if not _nested_box(p, box))
    if tag == _W + "p":
        lines.append(_paragraph_text(element, caps))
    elif tag == _W + "tbl":
        for row in element.iter(_W + "tr"):  # type: ignore[attr-defined]
            for cell in row.iter(_W + "tc"):
                lines.extend(_paragraph_text(p, caps) for p in cell.iter(_W + "p") if not _in_box(p))
    return lines


def _nested_box(p: object, box: object) -> bool:
    """Whether paragraph ``p`` of ``box`` lies in a box nested in it (read as a box of its own)."""
    return next(p.iterancestors(_W + "txbxContent")) is not box  # type: ignore[attr-defined]


def _in_box(p: object) -> bool:
    return any(True for _ in p.iterancestors(_W + "txbxContent"))  # type: ignore[attr-defined]


def _fallback(box: object) -> bool:
    """Whether a text box is the VML copy (mc:Fallback) of a box its mc:Choice draws as well."""
    for a in box.iterancestors(_MC + "Fallback"):  # type: ignore[attr-defined]
        choice = a.getparent().find(_MC + "Choice")
        return choice is not None and next(choice.iter(_W + "txbxContent"), None) is not None
    return False


def extract_docx(path: Path) -> Source:
    """Read a .docx: body (text boxes, paragraphs, table cells in order); headers/footers as furniture.

    A draft's blank "Số:" and date are reported in ``Source.notes``, not as errors.
    """
    import docx

    name = str(path)
    check_zip(path)
    try:
        document = docx.Document(str(path))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise InputError(name, f"tệp DOCX hỏng hoặc không phải DOCX ({exc})") from exc
    except MemoryError:
        raise
    except Exception as exc:  # python-docx raises PackageNotFoundError and lxml errors
        raise InputError(name, f"không đọc được tệp DOCX ({type(exc).__name__}: {exc})") from exc
    caps = caps_styles(document.styles.element)
    lines: list[str] = []
    for element in document.element.body.iterchildren():
        lines.extend(_block_lines(element, caps))
    text = "\n".join(line.replace("\t", " ").rstrip() for line in lines)
    furniture: list[Furniture] = []
    for section in document.sections:
        for kind, part in (("running-head", section.header), ("running-foot", section.footer)):
            part_text = (
                "\n".join(p.text for p in part.paragraphs if p.text.strip()) if not part.is_linked_to_previous else ""
            )
            if part_text:
                furniture.append(Furniture(kind=kind, page=1, text=part_text))
    notes: list[str] = []
    folded = unicodedata.normalize("NFC", text)
    if _BLANK_NUMBER.search(folded):
        notes.append("Dự thảo: số văn bản còn để trống (Số: …/…)")
    if _BLANK_DATE.search(folded):
        notes.append("Dự thảo: ngày ban hành còn để trống")
    return Source(
        path=name,
        kind="docx",
        pages=(Page(number=1, text=text, method="docx"),),
        furniture=tuple(furniture),
        notes=tuple(notes),
        metadata={"draft": "yes"} if notes else {},
    )
