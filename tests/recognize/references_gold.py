"""Scoring of the reference recognizer against annotated documents.

Gold mentions come from ``corpus/annotations`` and ``corpus/generated`` (the
corpus helper's annotations: text, occurrence, canonical, date) and from
``references_gold.json`` next to this file (documents annotated for this
recognizer). A gold mention is found when a recognized mention overlaps it and
its symbol (or law name) lies inside the gold text; canonical keys and dates are
then compared (a mention without a written date takes the date written at another
mention of the same document, as the annotations do). Annotations may include a lead-in such as "Thực hiện", so spans
are matched by overlap rather than by exact offsets.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex

from vnadmin_parse.errors import InputError
from vnadmin_parse.extract import extract
from vnadmin_parse.model import Reference
from vnadmin_parse.normalize import normalize
from vnadmin_parse.recognize.references import find_references

ROOT = Path(__file__).resolve().parents[2]
OWN_GOLD = Path(__file__).with_name("references_gold.json")


@dataclass
class Score:
    """Counts over every scored document."""

    found: int = 0
    missed: int = 0
    extra: int = 0
    canonical_ok: int = 0
    dates_ok: int = 0
    dates_wrong: int = 0
    dates_missed: int = 0
    dates_extra: int = 0
    named_unscored: int = 0
    notes: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.found / max(1, self.found + self.extra)

    @property
    def recall(self) -> float:
        return self.found / max(1, self.found + self.missed)

    @property
    def canonical_accuracy(self) -> float:
        return self.canonical_ok / max(1, self.found)

    @property
    def date_precision(self) -> float:
        return self.dates_ok / max(1, self.dates_ok + self.dates_wrong + self.dates_extra)

    @property
    def date_recall(self) -> float:
        return self.dates_ok / max(1, self.dates_ok + self.dates_wrong + self.dates_missed)


def normalized_text(path: Path) -> str:
    source = extract(path)
    return normalize("\f".join(p.text for p in source.pages)).text


# Extraction may differ from the annotated text around separators (a lost hyphen at a line
# break, a space after it) and in look-alike letters; anchoring tolerates that.
_TOLERANT = {" ": r"\s+", "-": r"\s*[-\ufffe]?\s*", "/": r"\s*/\s*", "Đ": "[ĐÐ]"}


def _locate(text: str, needle: str, occurrence: int) -> tuple[int, int] | None:
    """The ``occurrence``-th place of ``needle`` in ``text`` (see ``_TOLERANT``)."""
    pattern = regex.compile("".join(_TOLERANT.get(ch, regex.escape(ch)) for ch in " ".join(needle.split())))
    for i, m in enumerate(pattern.finditer(text)):
        if i == occurrence:
            return int(m.start()), int(m.end())
    return None


def _core(r: Reference) -> tuple[int, int]:
    s, e = r.parts.symbol_span or r.parts.head or (r.start, r.end)
    return int(s), int(e)


def score_document(
    text: str, gold: list[dict[str, Any]], score: Score, name: str, planted: tuple[tuple[int, int], ...] = ()
) -> None:
    """Add one document's counts to ``score``.

    ``planted`` are spans of deliberately wrong dates (generated documents): the
    gold date there is the true one, not the one written, so it is not scored.
    """
    predicted = find_references(text, [])
    used: set[int] = set()
    for g in gold:
        span = _locate(text, g["text"], g.get("occurrence", 0))
        if span is None:
            score.notes.append(f"{name}: gold text not in the normalized text: {g['text']!r}")
            score.missed += 1
            continue
        match = next(
            (i for i, r in enumerate(predicted) if i not in used and span[0] <= _core(r)[0] and _core(r)[1] <= span[1]),
            None,
        )
        if match is None:
            score.missed += 1
            score.notes.append(f"{name}: missed {g['text']!r}")
            continue
        used.add(match)
        r = predicted[match]
        score.found += 1
        canonicals = g["canonical"] if isinstance(g["canonical"], list) else [g["canonical"]]
        if r.canonical in canonicals or (g["canonical"] is None and r.canonical is None):
            score.canonical_ok += 1
        else:
            score.notes.append(f"{name}: canonical {r.canonical!r} for {g['text']!r}, gold {canonicals}")
        date_span = r.parts.date_span
        if date_span and any(s <= date_span[0] < e for s, e in planted):
            continue
        if "date" in g:  # some annotations give no dates at all
            _score_date(r.date or r.parts.group_date, g["date"], score, name, g["text"])
    names_annotated = any(not g.get("canonical") for g in gold)
    for i, r in enumerate(predicted):
        if i not in used and r.kind == "named" and not names_annotated:
            score.named_unscored += 1  # laws cited by name only: this annotator marked numbered citations
        elif i not in used:
            score.extra += 1
            score.notes.append(f"{name}: extra {r.text[:60]!r}")


def _score_date(got: str | None, gold: str | None, score: Score, name: str, what: str) -> None:
    if gold and got == gold:
        score.dates_ok += 1
    elif gold and got:
        score.dates_wrong += 1
        score.notes.append(f"{name}: date {got} for {what!r}, gold {gold}")
    elif gold:
        score.dates_missed += 1
        score.notes.append(f"{name}: no date for {what!r}, gold {gold}")
    elif got:
        score.dates_extra += 1
        score.notes.append(f"{name}: date {got} for {what!r}, gold none")


def _planted(table: dict[str, Any]) -> list[tuple[str, int]]:
    found = []
    for item in table.get("expected", []):
        for part in [item, *item.get("also", [])]:
            if "R" in item.get("families", []) and part.get("text", "").startswith("ngày"):
                found.append((part["text"], part.get("occurrence", 0)))
    return found


def gold_documents() -> list[tuple[str, Path, list[dict[str, Any]], list[tuple[str, int]]]]:
    """(name, path, gold references, planted wrong dates) of every annotated document."""
    docs = []
    for ann in sorted(
        [*(ROOT / "corpus" / "annotations").glob("*.json"), *(ROOT / "corpus" / "generated").glob("*.json")]
    ):
        table = json.loads(ann.read_text(encoding="utf-8"))
        if "references" in table and table.get("document"):
            docs.append((table["id"], ROOT / "corpus" / table["document"], table["references"], _planted(table)))
    own = json.loads(OWN_GOLD.read_text(encoding="utf-8"))
    for doc in own["documents"]:
        docs.append((doc["id"], ROOT / doc["document"], doc["references"], []))
    return docs


def score_all() -> Score:
    """Score the recognizer on every annotated document."""
    score = Score()
    for name, path, gold, planted in gold_documents():
        try:
            text = normalized_text(path)
        except InputError as exc:  # e.g. a .doc without LibreOffice installed
            score.notes.append(f"{name}: skipped ({exc})")
            continue
        spans = tuple(span for t, k in planted if (span := _locate(text, t, k)) is not None)
        score_document(text, gold, score, name, spans)
    return score
