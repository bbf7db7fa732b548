"""How many header fields the structure parser gets right, per corpus document.

``python -m tests.recognize.structure_eval`` prints the Markdown table kept in
``docs/structure-eval.md``. Gold values: the ``fields`` of the corpus
annotations (``corpus/annotations``, ``corpus/generated``) plus, in
``structure_gold.json`` next to this file, the structure-only fields the
annotation schema has no room for (Quốc hiệu, authority marks, signer's title,
"Lưu"). Values are compared as the evaluation harness does: NFC, case-folded,
dashes and spaces collapsed. Format findings (family F) that are warnings or
errors are listed too: on the real signed documents there should be none.
"""

from __future__ import annotations

import datetime as dt
import json
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex

from vnadmin_parse.errors import VnadminError
from vnadmin_parse.eval.annotations import FIELDS, Annotation, annotation_files, load
from vnadmin_parse.pipeline import check
from vnadmin_parse.report.core import Report

ROOT = Path(__file__).resolve().parents[2]
EXTRA_GOLD = Path(__file__).with_name("structure_gold.json")
TODAY = dt.date(2026, 11, 26)
STRUCTURE_FIELDS = ("quoc_hieu", "authorities", "signer_title", "luu")


def fold(value: Any) -> str:
    """Comparison form: NFC, case-folded, dashes and whitespace collapsed, edge punctuation dropped."""
    text = unicodedata.normalize("NFC", str(value)).casefold()
    text = regex.sub(r"\s*[-–—]\s*", "-", text).strip(" .;:,")
    return " ".join(text.split())


def accepts(gold: Any, predicted: Any) -> bool:
    """Does ``predicted`` equal the gold value, or one of them when the gold is a list of alternatives?"""
    if gold is None or predicted is None:
        return gold is None and predicted is None
    options = gold if isinstance(gold, list) and not isinstance(predicted, list) else [gold]
    return any(fold(o) == fold(predicted) for o in options)


def structure_values(report: Report) -> dict[str, Any]:
    """The structure-only fields of a report, in the form structure_gold.json uses."""
    f = report.document.fields
    return {
        "quoc_hieu": f.quoc_hieu,
        "authorities": " ".join(a.mark for a in f.signing.authorities) or None if f.signing else None,
        "signer_title": f.signing.title if f.signing else None,
        "luu": f.luu,
    }


@dataclass
class Row:
    id: str
    kind: str
    right: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    format_alarms: list[str] = field(default_factory=list)
    seconds: float = 0.0
    error: str | None = None


def evaluate(ann: Annotation, extra: dict[str, Any]) -> Row:
    """Score one annotated document."""
    row = Row(ann.id, ann.kind)
    started = time.perf_counter()
    try:
        report = check(ann.document, select=["F"], today=TODAY)
    except VnadminError as exc:
        row.error = str(exc).split(";")[0]
        return row
    row.seconds = time.perf_counter() - started
    doc = report.document
    for name in FIELDS:
        if name in ann.fields:
            predicted = getattr(doc, name)
            (row.right if accepts(ann.fields[name], predicted) else row.wrong).append(f"{name}={predicted!r}")
    values = structure_values(report)
    for name, gold in extra.items():
        (row.right if accepts(gold, values[name]) else row.wrong).append(f"{name}={values[name]!r}")
    row.format_alarms = [f"{f.code} {f.text[:30]!r}" for f in report.findings if f.severity != "info"]
    return row


def rows(kinds: tuple[str, ...] = ("seed", "text-pdf", "docx", "ocr", "legacy", "generated")) -> list[Row]:
    """Every annotated document of the given kinds, scored."""
    extra_gold: dict[str, dict[str, Any]] = json.loads(EXTRA_GOLD.read_text(encoding="utf-8"))
    out = []
    for path in annotation_files(ROOT / "corpus"):
        ann = load(path)
        if ann.kind in kinds and "fields" in ann.sections:
            out.append(evaluate(ann, extra_gold.get(ann.id, {})))
    return out


def markdown(scored: list[Row]) -> str:
    """The table of docs/structure-eval.md."""
    lines = [
        "| document | kind | fields right | wrong or missing | F warnings/errors | s |",
        "|---|---|---|---|---|---|",
    ]
    generated = [r for r in scored if r.kind == "generated"]
    for r in scored:
        if r.kind == "generated":
            continue
        if r.error:
            lines.append(f"| {r.id} | {r.kind} | – | not readable here: {r.error} | – | – |")
            continue
        total = len(r.right) + len(r.wrong)
        wrong = "; ".join(r.wrong) or "–"
        alarms = "; ".join(r.format_alarms) or "none"
        lines.append(f"| {r.id} | {r.kind} | {len(r.right)}/{total} | {wrong} | {alarms} | {r.seconds:.1f} |")
    if generated:
        right = sum(len(r.right) for r in generated)
        total = right + sum(len(r.wrong) for r in generated)
        wrong = "; ".join(f"{r.id}: {w}" for r in generated for w in r.wrong) or "–"
        seeded = sum(len(r.format_alarms) for r in generated)
        secs = sum(r.seconds for r in generated)
        lines.append(
            f"| {len(generated)} generated reports | generated | {right}/{total} | {wrong} | {seeded} (seeded) | {secs:.1f} |"
        )
    readable = [r for r in scored if not r.error]
    right = sum(len(r.right) for r in readable)
    total = right + sum(len(r.wrong) for r in readable)
    lines.append(f"| **all readable** | | **{right}/{total}** | | | |")
    return "\n".join(lines)


if __name__ == "__main__":
    print(markdown(rows()))
