"""Gold annotations: one JSON file per document (schema in ``corpus/schema.json``).

Every annotated span is stored three ways: the exact ``text`` (in the
normalized text, i.e. ``Report.text``), its ``occurrence`` (0-based index among
the matches of that text) and the computed ``start``/``end`` offsets. Offsets
are hints: when normalization changes, :func:`anchor` finds the span again by
its text, so annotations survive small changes in the normalizer.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex

#: Kinds of document in the corpus; results are also reported per kind.
KINDS = ("seed", "text-pdf", "ocr", "docx", "legacy", "generated")
#: What an annotation may cover; ``sections`` in the file says which it covers completely.
SECTIONS = ("references", "dates", "events", "fields", "findings")
#: Document fields an annotation may list (those of ``Document``).
FIELDS = ("type", "number", "issuer", "place", "date", "title", "period", "signer")


@dataclass(frozen=True, slots=True)
class Anchor:
    """Where an annotated span lies: its text, which occurrence, offsets (hints)."""

    text: str
    occurrence: int = 0
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True, slots=True)
class Item:
    """One gold item: an anchor plus its attributes (canonical, value, family…)."""

    anchor: Anchor
    attrs: dict[str, Any] = field(default_factory=dict)
    also: tuple[Anchor, ...] = ()  # other places where the same item may be reported


@dataclass(frozen=True, slots=True)
class Annotation:
    """The gold standard for one document."""

    id: str
    path: Path  # the annotation file
    document: Path  # the document it describes
    kind: str
    fields: dict[str, Any]  # a value, a list of acceptable values, or None (the document has none)
    references: tuple[Item, ...]
    dates: tuple[Item, ...]
    events: tuple[Item, ...]
    expected: tuple[Item, ...]
    must_not_flag: tuple[Item, ...]
    findings_exhaustive: bool
    sections: tuple[str, ...]
    raw: dict[str, Any]


def _pattern(text: str) -> regex.Pattern[str]:
    """A pattern for ``text`` that tolerates changes in whitespace and line breaks:
    spaces that appear or vanish ("ngày30 tháng 4" from OCR), a break after the
    hyphen or slash of a symbol ("186/KH-\\nUBND")."""
    parts = ["".join(regex.escape(c) + (r"\s*" if c in "-/" else "") for c in p) for p in text.split()]
    return regex.compile(r"\s*".join(parts)) if parts else regex.compile(r"(?!)")


def find_all(text: str, needle: str) -> list[tuple[int, int]]:
    """Offsets of every (non-overlapping) match of ``needle`` in ``text``."""
    return [(m.start(), m.end()) for m in _pattern(needle).finditer(text)]


def anchor(text: str, a: Anchor) -> tuple[int, int] | None:
    """Offsets of ``a`` in ``text``: at its stored offsets if the text is still
    there, else its ``occurrence``-th match, else None (the anchor is lost)."""
    matches = find_all(text, a.text)
    if a.start is not None:
        for m in matches:
            if m[0] == a.start:
                return m
    if 0 <= a.occurrence < len(matches):
        return matches[a.occurrence]
    return None


def locate(text: str, needle: str, occurrence: int = 0) -> dict[str, Any]:
    """An anchor dict for the ``occurrence``-th ``needle`` in ``text`` (raises KeyError if absent)."""
    matches = find_all(text, needle)
    if occurrence >= len(matches):
        raise KeyError(f"{needle!r} (occurrence {occurrence}) not found")
    start, end = matches[occurrence]
    return {"text": text[start:end], "occurrence": occurrence, "start": start, "end": end}


def _anchor_of(d: dict[str, Any]) -> Anchor:
    return Anchor(str(d["text"]), int(d.get("occurrence", 0)), d.get("start"), d.get("end"))


_ANCHOR_KEYS = {"text", "occurrence", "start", "end", "also"}


def _items(entries: list[dict[str, Any]]) -> tuple[Item, ...]:
    out = []
    for e in entries:
        attrs = {k: v for k, v in e.items() if k not in _ANCHOR_KEYS}
        also = tuple(_anchor_of(x) for x in e.get("also", ()))
        out.append(Item(_anchor_of(e), attrs, also))
    return tuple(out)


def load(path: str | Path) -> Annotation:
    """Read one annotation file; the document path is relative to the file's corpus root."""
    p = Path(path)
    data = json.loads(p.read_text(encoding="utf-8"))
    root = corpus_root(p)
    if data.get("kind") not in KINDS:
        raise ValueError(f"{p}: kind must be one of {KINDS}")
    return Annotation(
        id=str(data["id"]),
        path=p,
        document=root / data["document"],
        kind=str(data["kind"]),
        fields={k: v for k, v in data.get("fields", {}).items() if k in FIELDS},
        references=_items(data.get("references", [])),
        dates=_items(data.get("dates", [])),
        events=_items(data.get("events", [])),
        expected=_items(data.get("expected", [])),
        must_not_flag=_items(data.get("must_not_flag", [])),
        findings_exhaustive=bool(data.get("findings_exhaustive", False)),
        sections=tuple(data.get("sections", SECTIONS)),
        raw=data,
    )


def corpus_root(annotation_path: Path) -> Path:
    """The corpus directory that holds ``annotation_path`` (the parent of ``annotations/`` or ``generated/``)."""
    for parent in annotation_path.resolve().parents:
        if (parent / "schema.json").exists():
            return parent
    return annotation_path.resolve().parent.parent


def annotation_files(corpus: str | Path) -> list[Path]:
    """Every annotation file of ``corpus``: annotations/*.json and generated/*.json."""
    root = Path(corpus)
    return sorted([*root.glob("annotations/*.json"), *root.glob("generated/*.json")])


def reanchor(data: dict[str, Any], text: str) -> tuple[dict[str, Any], list[str]]:
    """``data`` with every anchor's offsets recomputed against ``text``; and the anchors lost."""
    lost: list[str] = []

    def fix(d: dict[str, Any], where: str) -> dict[str, Any]:
        found = anchor(text, _anchor_of(d))
        out = dict(d)
        if found is None:
            lost.append(f"{where}: {d['text']!r}")
            return out
        out["start"], out["end"] = found
        out["text"] = text[found[0] : found[1]]
        if "also" in d:
            out["also"] = [fix(x, where) for x in d["also"]]
        return out

    result = dict(data)
    for section in ("references", "dates", "events", "expected", "must_not_flag"):
        result[section] = [fix(d, section) for d in data.get(section, [])]
    return result, lost
