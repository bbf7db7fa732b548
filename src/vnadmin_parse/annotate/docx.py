"""An annotated copy of a Word file: a comment on each finding's words, certain fixes as tracked changes.

The text of a .docx is read (extract/docx.py) paragraph by paragraph — text boxes an
element anchors, then its paragraph or its table cells — and the lines joined with
"\n". This module walks the paragraphs in the same order and matches each line of the
checked text to its paragraph (a line it cannot match, such as a text box read another
way, gets no note: better none than one on the wrong words); a finding's offsets become
positions inside ``w:t`` elements, and runs are split there (a copy keeps the run's
formatting), so a comment covers exactly the finding's words.

Where the fix is certain — ``CERTAIN`` — the smallest edit that turns the words into the
suggestion is written as a tracked change (``w:del`` / ``w:ins`` by "vnadmin-parse"), which
the drafter accepts or rejects in Word's review pane.
"""

from __future__ import annotations

import bisect
import copy
import datetime as dt
import difflib
import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vnadmin_parse.annotate.notes import AUTHOR, note
from vnadmin_parse.errors import VnadminError
from vnadmin_parse.model import Finding
from vnadmin_parse.report.core import Report

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def _is_hyphen_only(text: str, suggestion: str) -> bool:
    """The suggestion only adds hyphens ("72/2015/NĐCP" → "72/2015/NĐ-CP")."""
    return suggestion.count("-") > text.count("-") and suggestion.replace("-", "") == text.replace("-", "")


#: Rules whose suggestion is a certain fix: Telex residue decoded, a doubled word, a double
#: space (always), a missing hyphen in a symbol (when the suggestion only adds hyphens).
CERTAIN = {
    "S001": lambda text, suggestion: True,
    "S003": lambda text, suggestion: True,
    "T005": lambda text, suggestion: True,
    "R001": _is_hyphen_only,
    "F003": _is_hyphen_only,
}


def is_certain(finding: Finding) -> bool:
    """Whether ``finding``'s suggestion can be applied as it stands.

    >>> from vnadmin_parse.model import Finding
    >>> is_certain(Finding("R001", "warning", "", 0, 12, "72/2015/NĐCP", "72/2015/NĐ-CP"))
    True
    >>> is_certain(Finding("R001", "warning", "", 0, 7, "04-CT/W", "04-CT/TW"))
    False
    """
    test = CERTAIN.get(finding.code)
    return bool(test and finding.suggestion is not None and test(finding.text, finding.suggestion))


class AnnotateError(VnadminError):
    """The copy cannot be annotated faithfully."""


def _inside_textbox(node: Any, stop: Any) -> bool:
    return any(a is not stop and a.tag == _W + "txbxContent" for a in _ancestors(node, stop))


def _ancestors(node: Any, stop: Any) -> Iterator[Any]:
    parent = node.getparent()
    while parent is not None and parent is not stop:
        yield parent
        parent = parent.getparent()


def _paragraphs(body: Any) -> Iterator[Any]:
    """The ``w:p`` elements in the order extract/docx.py reads them."""
    for element in body.iterchildren():
        seen: set[Any] = set()  # the elements themselves, kept alive (an id() could be reused)
        for box in element.iter(_W + "txbxContent"):
            if box in seen or any(a in seen for a in box.iterancestors(_W + "txbxContent")):
                continue
            seen.add(box)
            yield from (
                p for p in box.iter(_W + "p") if not any(a is not box for a in p.iterancestors(_W + "txbxContent"))
            )
        if element.tag == _W + "p":
            yield element
        elif element.tag == _W + "tbl":
            for row in element.iter(_W + "tr"):
                for cell in row.iter(_W + "tc"):
                    yield from (
                        p for p in cell.iter(_W + "p") if not any(True for _ in p.iterancestors(_W + "txbxContent"))
                    )


@dataclass(frozen=True, slots=True)
class _Piece:
    """A stretch of a paragraph's text: a ``w:t`` (splittable) or a tab or break (one character)."""

    node: Any
    text: str
    start: int  # offset within the paragraph


def _ours(node: Any, p: Any, tag: str, first_id: int) -> bool:
    """Whether ``node`` is inside a ``tag`` revision written by this run (ids from ``first_id``)."""
    return any(a.tag == _W + tag and int(a.get(_W + "id", "-1")) >= first_id for a in _ancestors(node, p))


def _pieces(p: Any, first_id: int) -> list[_Piece]:
    """The pieces of the original text of ``p``: our own insertions left out, our deletions kept."""
    out: list[_Piece] = []
    at = 0
    for node in p.iter(_W + "t", _W + "delText", _W + "tab", _W + "br", _W + "cr"):
        if _inside_textbox(node, p):
            continue
        if node.tag == _W + "delText" and not _ours(node, p, "del", first_id):
            continue
        if node.tag == _W + "t" and _ours(node, p, "ins", first_id):
            continue
        text = (
            (node.text or "") if node.tag in (_W + "t", _W + "delText") else ("\t" if node.tag == _W + "tab" else "\n")
        )
        out.append(_Piece(node, text, at))
        at += len(text)
    return out


class _Text:
    """The document's paragraphs, and which line of the extracted text each one is.

    The lines are matched to the paragraphs as sequences of strings: where the walk here and
    the extractor's agree (nearly always, every line), each line is its paragraph; a line the
    walk does not rebuild (a text box read differently) is left unmapped, and findings on it
    get no note rather than one on the wrong words.
    """

    def __init__(self, body: Any, expected: str) -> None:
        ids = [int(v) for e in body.iter(_W + "ins", _W + "del") if (v := e.get(_W + "id", "")).isdigit()]
        self.first_id = max(ids, default=0) + 1000  # of the revisions this run writes
        self.paragraphs = list(_paragraphs(body))
        mine = ["".join(x.text for x in _pieces(p, self.first_id)).replace("\t", " ").rstrip() for p in self.paragraphs]
        lines = expected.split("\n")
        self.starts = list(itertools.accumulate((len(line) + 1 for line in lines[:-1]), initial=0))
        self.paragraph_of: dict[int, int] = {}
        # Compared without case: a paragraph formatted in capitals is read in capitals, its runs hold lower case.
        folded, mine_folded = [x.casefold() for x in lines], [x.casefold() for x in mine]
        for a, b, size in difflib.SequenceMatcher(None, folded, mine_folded, autojunk=False).get_matching_blocks():
            self.paragraph_of.update((a + k, b + k) for k in range(size))
        if len(self.paragraph_of) < len(lines) / 2:
            raise AnnotateError("văn bản đọc lại từ tệp Word không khớp; không ghi chú được (text does not map back)")

    def where(self, offset: int) -> tuple[Any, int] | None:
        """The paragraph of extracted-text ``offset`` and the offset within it (None: an unmapped line)."""
        i = max(0, bisect.bisect_right(self.starts, offset) - 1)
        j = self.paragraph_of.get(i)
        return None if j is None else (self.paragraphs[j], offset - self.starts[i])

    def cut(self, offset: int) -> Any | None:
        """Split runs so that one starts at ``offset``; that run (None at the end of a paragraph)."""
        found = self.where(offset)
        if found is None:
            return None
        p, within = found
        for piece in _pieces(p, self.first_id):
            end = piece.start + len(piece.text)
            if not piece.start <= within < end:
                continue
            run = piece.node.getparent()
            k = within - piece.start
            if k == 0:
                before = [c for c in run if c.tag != _W + "rPr"]
                if before and before[0] is piece.node:
                    return run
                return _split_before(run, piece.node)
            if piece.node.tag not in (_W + "t", _W + "delText"):
                return _split_before(run, piece.node)
            tail = copy.deepcopy(piece.node)
            piece.node.text, tail.text = piece.text[:k], piece.text[k:]
            for t in (piece.node, tail):
                t.set(_XML_SPACE, "preserve")
            piece.node.addnext(tail)
            return _split_before(run, tail)
        return None

    def runs(self, start: int, end: int) -> list[Any]:
        """The runs holding ``[start, end)`` (cut at both ends first), in document order.

        None when ``start`` is on an unmapped line; up to the end of its paragraph when ``end`` is.
        """
        first, last = self.where(start), self.where(end)
        if first is None:
            return []
        first_p, a = first
        last_p, b = last if last is not None else (first_p, 1 << 30)
        self.cut(start)
        if last is not None:
            self.cut(end)
        out: list[Any] = []
        for p in self.paragraphs[self.paragraphs.index(first_p) : self.paragraphs.index(last_p) + 1]:
            for piece in _pieces(p, self.first_id):
                lo = a if p is first_p else 0
                hi = b if p is last_p else 1 << 30
                run = piece.node.getparent()
                if lo <= piece.start < hi and (not out or out[-1] is not run):
                    out.append(run)
        return out


def _split_before(run: Any, child: Any) -> Any:
    """Move ``child`` and what follows it in ``run`` to a new run (same formatting) after ``run``."""
    new = copy.deepcopy(run)
    for c in list(new):
        if c.tag != _W + "rPr":
            new.remove(c)
    moving = False
    for c in list(run):
        moving = moving or c is child
        if moving:
            new.append(c)
    run.addnext(new)
    return new


class _Revisions:
    """Tracked changes by vnadmin-parse, with ids after any already in the document."""

    def __init__(self, first_id: int) -> None:
        self.next_id = first_id
        self.date = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

    def wrapper(self, tag: str) -> Any:
        from docx.oxml import OxmlElement

        element = OxmlElement(f"w:{tag}")
        element.set(_W + "id", str(self.next_id))
        element.set(_W + "author", AUTHOR)
        element.set(_W + "date", self.date)
        self.next_id += 1
        return element

    def apply(self, text: _Text, start: int, end: int, insert: str, style: Any) -> None:
        """Track deleting ``[start, end)`` and inserting ``insert`` there (formatted like ``style``)."""
        anchor = text.cut(end)
        if end > start:
            deleted = text.runs(start, end)
            if any(r.getparent() is not deleted[0].getparent() for r in deleted):
                return  # across paragraphs or fields: leave it to the comment
            wrap = self.wrapper("del")
            deleted[0].addprevious(wrap)
            for run in deleted:
                for t in run.iter(_W + "t"):
                    t.tag = _W + "delText"
                wrap.append(run)
            anchor = wrap
        if insert:
            wrap = self.wrapper("ins")
            run = copy.deepcopy(style)
            for c in list(run):
                if c.tag != _W + "rPr":
                    run.remove(c)
            from docx.oxml import OxmlElement

            t = OxmlElement("w:t")
            t.text = insert
            t.set(_XML_SPACE, "preserve")
            run.append(t)
            wrap.append(run)
            if anchor is not None and anchor.tag == _W + "del":
                anchor.addnext(wrap)
            elif anchor is not None:
                anchor.addprevious(wrap)
            else:
                style.addnext(wrap)


def _edit(finding: Finding) -> tuple[int, int, str]:
    """The smallest edit of ``finding.text`` into its suggestion: offsets in the normalized text, inserted text."""
    old, new = finding.text, finding.suggestion or ""
    prefix = 0
    while prefix < min(len(old), len(new)) and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < min(len(old), len(new)) - prefix and old[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    return finding.start + prefix, finding.end - suffix, new[prefix : len(new) - suffix]


def annotate_docx(report: Report, original: Path, copy_to: Path, lang: str = "vi") -> tuple[int, int]:
    """Write ``copy_to``: ``original`` with a comment per finding and tracked certain fixes.

    Returns (comments, tracked changes).
    """
    import docx
    from docx.text.paragraph import Paragraph
    from docx.text.run import Run

    document = docx.Document(str(original))
    raw = "\f".join(page.text for page in report.source.pages)
    text = _Text(document.element.body, raw)
    revisions = _Revisions(text.first_id)
    comments = tracked = 0
    to_raw = report.to_raw.source
    for finding in sorted(report.findings, key=lambda f: (f.start, f.end)):
        start, end = to_raw(finding.start), to_raw(max(finding.start, finding.end - 1)) + 1
        runs = text.runs(start, max(end, start + 1))
        if not runs:
            continue
        paragraph = Paragraph(runs[0].getparent(), document)
        head, _, rest = note(finding, lang).partition("\n")
        comment = document.add_comment([Run(runs[0], paragraph), Run(runs[-1], paragraph)], head, AUTHOR, "VP")
        if rest:
            comment.add_paragraph(rest)
        comments += 1
        if is_certain(finding):
            a, b, insert = _edit(finding)
            ra, rb = to_raw(a), to_raw(b)
            if raw[ra:rb] == report.text[a:b]:
                revisions.apply(text, ra, rb, insert, runs[0])
                tracked += 1
    document.save(str(copy_to))
    return comments, tracked
