"""The evaluation harness: run the pipeline over the annotated corpus and score it.

Recognizers are scored by span (overlap, one-to-one) and by value:
references by span and by canonical key, dates by span and by ISO value,
events by span, document fields by equality. Rules are scored per family:
an expected finding is found when a finding of an accepted family overlaps
its span; a finding that overlaps a must-not-flag span — or, in a document
whose findings are annotated exhaustively, any other warning or error that is
not a second finding on an expected problem — is a false positive. Results are
reported for the whole corpus and per kind; see corpus/README.md.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import time
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vnadmin_parse.eval.annotations import FIELDS, Annotation, Item, anchor, annotation_files, load
from vnadmin_parse.eval.scoring import Counts, Span, count, match, overlap
from vnadmin_parse.model import Finding
from vnadmin_parse.report.core import Report

#: The "today" of every evaluation run unless told otherwise: results never depend on the real date.
DEFAULT_TODAY = dt.date(2026, 11, 26)
#: Kinds whose documents are real (false alarms per 1,000 words are measured on these): written and signed
#: by state bodies, not the seed report (the user's own test case) nor the generated reports.
REAL_KINDS = ("text-pdf", "ocr", "docx", "legacy")
#: Groups of kinds reported together besides each kind.
GROUPS = {"real": REAL_KINDS}
#: Metrics in display order.
RECOGNIZER_METRICS = (
    "references/span",
    "references/key",
    "dates/span",
    "dates/value",
    "events/span",
    "fields",
)
FAMILY_CODES = ("E", "F", "R", "D", "S", "T")
_WORD = re.compile(r"\w+")
_DASHES = re.compile(r"\s*[-–—]\s*")
_RANK = {"info": 0, "warning": 1, "error": 2}


def _fold(value: Any) -> str:
    """Comparison form of a field or key: NFC, case-folded, whitespace collapsed."""
    text = unicodedata.normalize("NFC", str(value)).casefold()
    text = _DASHES.sub("-", text).strip(" .;:,")
    return " ".join(text.split())


def _accepts(gold: Any, predicted: str | None) -> bool:
    """Does ``predicted`` equal the gold value (or one of the gold values, if a list)?

    A gold ``None`` (an impossible date, say) accepts only ``None``.
    """
    if gold is None or predicted is None:
        return gold is None and predicted is None
    options = gold if isinstance(gold, list) else [gold]
    return any(_fold(o) == _fold(predicted) for o in options)


def _family(f: Finding) -> str:
    return f.family or f.code.rstrip("0123456789")


@dataclass(slots=True)
class DocResult:
    """Scores for one document."""

    annotation: Annotation
    metrics: dict[str, Counts]
    words: int
    seconds: float
    false_alarms: int
    lost: list[str]
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.annotation.kind,
            "document": str(self.annotation.raw["document"]),
            "annotation_sha1": hashlib.sha1(self.annotation.path.read_bytes()).hexdigest(),
            "words": self.words,
            "seconds": round(self.seconds, 3),
            "false_alarms": self.false_alarms,
            "lost_anchors": self.lost,
            "error": self.error,
            "metrics": {k: v.to_dict() for k, v in sorted(self.metrics.items())},
        }


class _Anchored:
    """Gold items of one document, anchored in the report's text."""

    def __init__(self, ann: Annotation, text: str) -> None:
        self.ann = ann
        self.text = text
        self.lost: list[str] = []

    def gold(self, section: str, items: Sequence[Item]) -> list[tuple[str, list[Span], Item]]:
        out = []
        seen: set[str] = set()
        for item in items:
            gid = f"{self.ann.id}#{section}:{item.anchor.text[:48]}@{item.anchor.occurrence}"
            while gid in seen:  # two items on the same place (e.g. two whole-document problems)
                gid += "+"
            seen.add(gid)
            spans: list[Span] = []
            if item.attrs.get("anywhere"):
                spans.append((0, len(self.text)))
            for a in (item.anchor, *item.also):
                found = anchor(self.text, a)
                if found is not None:
                    spans.append(found)
            if not spans and not item.attrs.get("optional"):
                self.lost.append(gid)
            out.append((gid, spans, item))
        return out


def _pid(doc: str, label: str, text: str, start: int) -> str:
    return f"{doc}#{label}:{' '.join(text.split())[:48]}@{start}"


def _score_spans_and_values(
    metrics: dict[str, Counts],
    section: str,
    measure: str,
    doc_id: str,
    tag: str,
    gold: list[tuple[str, list[Span], Item]],
    predicted: Sequence[Any],
    attribute: str,
) -> None:
    """``<section>/span`` and ``<section>/<measure>`` (span and the gold ``attribute`` both right)."""
    pred = [(_pid(doc_id, tag, p.text, p.start), (p.start, p.end)) for p in predicted]
    spans = [(g, s) for g, s, _ in gold]
    metrics[f"{section}/span"] = count(spans, pred)
    metrics[f"{section}/{measure}"] = count(
        spans, pred, lambda gi, pi: _accepts(gold[gi][2].attrs.get(attribute), getattr(predicted[pi], attribute))
    )


def score_report(ann: Annotation, report: Report, seconds: float = 0.0) -> DocResult:
    """Score one document's Report against its annotation."""
    anchored = _Anchored(ann, report.text)
    metrics: dict[str, Counts] = {}

    refs = anchored.gold("references", ann.references)
    # An annotation of numbered citations only ("references_scope": "numbered") ignores named ones.
    numbered = ann.raw.get("references_scope") == "numbered"
    cited = [r for r in report.references if not numbered or r.symbol]  # a number written in the text
    _score_spans_and_values(metrics, "references", "key", ann.id, "ref", refs, cited, "canonical")

    dates = anchored.gold("dates", ann.dates)
    # Anniversaries ("kỷ niệm 93 năm Ngày …") are scored as events, not as date mentions.
    date_mentions = [d for d in report.dates if d.kind != "anniversary"]
    _score_spans_and_values(metrics, "dates", "value", ann.id, "date", dates, date_mentions, "value")

    events = anchored.gold("events", ann.events)
    pred_events = [(_pid(ann.id, "event", e.text, e.start), (e.start, e.end)) for e in report.events]
    metrics["events/span"] = count([(g, s) for g, s, _ in events], pred_events)

    metrics["fields"] = _score_fields(ann, report)
    false_alarms = _score_findings(ann, anchored, report.findings, metrics)
    words = len(_WORD.findall(report.text))
    # Only the sections the annotation covers are scored ("findings" covers expected and must_not_flag).
    scored = {k: v for k, v in metrics.items() if k.split("/")[0] in ann.sections}
    return DocResult(ann, scored, words, seconds, false_alarms, anchored.lost)


def _score_fields(ann: Annotation, report: Report) -> Counts:
    counts = Counts()
    doc = report.document
    for name in FIELDS:
        if name not in ann.fields:
            continue
        gold = ann.fields[name]
        pred = getattr(doc, name)
        fid = f"{ann.id}#field:{name}={gold}"
        if gold is not None and _accepts(gold, pred):
            counts.tp += 1
            counts.gained.append(fid)
            continue
        if gold is not None:
            counts.fn += 1
            counts.missed.append(fid)
        if pred is not None:
            counts.fp += 1
            counts.spurious.append(f"{ann.id}#field:{name}={pred}")
    return counts


def _score_findings(
    ann: Annotation, anchored: _Anchored, findings: Sequence[Finding], metrics: dict[str, Counts]
) -> int:
    """Per-family counts into ``metrics``; returns the number of false alarms (warnings/errors)."""
    expected = anchored.gold("expected", ann.expected)
    quiet = anchored.gold("must_not_flag", ann.must_not_flag)
    per_family = {fam: Counts() for fam in FAMILY_CODES}

    def families(item: Item) -> list[str]:
        fams = item.attrs.get("families") or [item.attrs.get("family", "")]
        return [str(f) for f in fams]

    pred = [(_pid(ann.id, f.code, f.text, f.start), (f.start, f.end)) for f in findings]
    gold = [(g, s) for g, s, _ in expected]

    def agree(gi: int, pi: int) -> bool:
        item, f = expected[gi][2], findings[pi]
        least = _RANK.get(str(item.attrs.get("severity", "info")), 0)
        return _family(f) in families(item) and _RANK[f.severity] >= least

    pairs, _lost, _extra = match(gold, pred, agree)
    matched_gold = {gi for gi, _pi in pairs}
    matched_pred = {pi for _gi, pi in pairs}
    for gi, (gid, _spans, item) in enumerate(expected):
        if item.attrs.get("optional"):  # absorbs findings, but is neither found nor missed
            continue
        c = per_family.setdefault(families(item)[0], Counts())
        if gi in matched_gold:
            c.tp += 1
            c.gained.append(gid)
        else:
            c.fn += 1
            c.missed.append(gid)

    def touches(span: Span, spans: Sequence[Span]) -> bool:
        return any(overlap(s, span) > 0 for s in spans)

    false_alarms = 0
    for pi, (f, (pid, span)) in enumerate(zip(findings, pred, strict=True)):
        if pi in matched_pred:
            continue
        fam = _family(f)
        # A second finding on a problem already expected (same family, same place) is no false alarm.
        if any(fam in families(item) and touches(span, spans) for _g, spans, item in expected):
            continue
        hits_quiet = any(
            touches(span, spans)
            and not (f.severity == "info" and item.attrs.get("allow_info"))
            and fam not in item.attrs.get("allow", [])
            for _g, spans, item in quiet
        )
        alarm = f.severity in ("warning", "error")
        if hits_quiet or (ann.findings_exhaustive and alarm):
            c = per_family.setdefault(fam, Counts())
            c.fp += 1
            c.spurious.append(pid)
            false_alarms += alarm
    for fam, c in per_family.items():
        metrics[f"findings/{fam}"] = c
    total = Counts()
    for c in per_family.values():
        total.add(c)
    metrics["findings/all"] = total
    return false_alarms


def evaluate_document(ann: Annotation, today: dt.date = DEFAULT_TODAY) -> DocResult:
    """Run the pipeline on the annotated document and score it."""
    from vnadmin_parse.errors import VnadminError
    from vnadmin_parse.pipeline import check

    began = time.perf_counter()
    try:
        report = check(ann.document, today=today)
    except VnadminError as exc:
        return DocResult(ann, {}, 0, time.perf_counter() - began, 0, [], error=str(exc))
    except Exception as exc:  # a crash is reported with the document, never stops the run
        return DocResult(ann, {}, 0, time.perf_counter() - began, 0, [], error=f"crash: {type(exc).__name__}: {exc}")
    return score_report(ann, report, time.perf_counter() - began)


def evaluate(
    corpus: str | Path,
    *,
    kinds: Iterable[str] | None = None,
    today: dt.date = DEFAULT_TODAY,
    ids: Iterable[str] | None = None,
    fast: bool = False,
) -> dict[str, Any]:
    """Evaluate every annotated document of ``corpus`` (optionally only ``kinds``/``ids``;
    ``fast`` leaves out documents marked slow)."""
    wanted_kinds = set(kinds) if kinds else None
    wanted_ids = set(ids) if ids else None
    docs: list[DocResult] = []
    for path in annotation_files(corpus):
        ann = load(path)
        if wanted_kinds is not None and ann.kind not in wanted_kinds:
            continue
        if wanted_ids is not None and ann.id not in wanted_ids:
            continue
        if fast and ann.raw.get("slow"):
            continue
        docs.append(evaluate_document(ann, today))
    return summarize(docs, today)


def headline(docs: Sequence[DocResult]) -> list[DocResult]:
    """One result per document text: renderings of one text (the seed as TXT, PDF and DOCX: one folder, one
    name) count once in headline figures, the plain-text original if it is there, else the first by id."""
    kept: dict[Path, DocResult] = {}
    for d in sorted(docs, key=lambda d: (d.annotation.document.suffix.lower() != ".txt", d.annotation.id)):
        kept.setdefault(d.annotation.document.with_suffix(""), d)
    ids = {d.annotation.id for d in kept.values()}
    return [d for d in docs if d.annotation.id in ids]


def summarize(docs: Sequence[DocResult], today: dt.date = DEFAULT_TODAY) -> dict[str, Any]:
    """The result file: per document; overall (each text once, however many renderings), per kind (every
    rendering) and per group of kinds ("real"), with false-alarm rates on the real documents."""
    scored = [d for d in docs if d.error is None]
    once = headline(scored)
    overall = _aggregate(once)
    by_kind = {
        k: _aggregate([d for d in scored if d.annotation.kind == k])
        for k in sorted({d.annotation.kind for d in scored})
    }
    by_group = {
        name: _aggregate([d for d in scored if d.annotation.kind in kinds])
        for name, kinds in GROUPS.items()
        if any(d.annotation.kind in kinds for d in scored)
    }
    real = [d for d in scored if d.annotation.kind in REAL_KINDS and d.annotation.findings_exhaustive]
    words = sum(d.words for d in real)
    alarms = sum(d.false_alarms for d in real)
    return {
        "format": 1,
        "today": today.isoformat(),
        "documents": {d.annotation.id: d.to_dict() for d in docs},
        "skipped": {d.annotation.id: d.error for d in docs if d.error is not None},
        "overall": overall,
        "by_kind": by_kind,
        "by_group": by_group,
        "counts": {
            "documents": len(docs),
            "scored": len(scored),
            "renderings_counted_once": len(scored) - len(once),
            "by_group": {name: sum(1 for d in scored if d.annotation.kind in GROUPS[name]) for name in by_group},
            "by_kind": {k: sum(1 for d in scored if d.annotation.kind == k) for k in by_kind},
            "seconds": round(sum(d.seconds for d in docs), 2),
        },
        "false_alarms": {
            "real_words": words,
            "real_false_alarms": alarms,
            "per_1000_words": round(1000 * alarms / words, 3) if words else None,
        },
    }


def _aggregate(docs: Sequence[DocResult]) -> dict[str, dict[str, Any]]:
    totals: dict[str, Counts] = {}
    for d in docs:
        for name, c in d.metrics.items():
            totals.setdefault(name, Counts()).add(c)
    out = {}
    for name, c in sorted(totals.items()):
        summary = c.to_dict()
        for key in ("found", "missed", "false_positives"):
            summary.pop(key)
        out[name] = summary
    return out
