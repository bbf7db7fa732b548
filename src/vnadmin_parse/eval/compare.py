"""Show results: the score table, and what a change gained and lost against a baseline."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from vnadmin_parse.eval.harness import FAMILY_CODES, RECOGNIZER_METRICS
from vnadmin_parse.eval.scoring import Counts

_ROWS = (*RECOGNIZER_METRICS, *(f"findings/{f}" for f in FAMILY_CODES), "findings/all")


def _pct(x: float | None) -> str:
    return "   –  " if x is None else f"{100 * x:5.1f}%"


def table(result: dict[str, Any]) -> str:
    """The precision/recall/F1 table (overall), an F1 table per kind, and false alarms."""
    overall = result["overall"]
    lines = [f"{'metric':<18} {'P':>6} {'R':>6} {'F1':>6}   {'tp':>4} {'fp':>4} {'fn':>4}"]
    for name in _ROWS:
        m = overall.get(name)
        if not m or m["tp"] + m["fp"] + m["fn"] == 0:
            continue
        lines.append(
            f"{name:<18} {_pct(m['precision'])} {_pct(m['recall'])} {_pct(m['f1'])}   "
            f"{m['tp']:>4} {m['fp']:>4} {m['fn']:>4}"
        )
    once = result["counts"].get("renderings_counted_once", 0)
    if once:
        lines.append(f"(each document once: {once} other renderings of the same text are left out of these figures)")
    columns = {**result["by_kind"], **result.get("by_group", {})}
    counts = {**result["counts"]["by_kind"], **result["counts"].get("by_group", {})}
    kinds = list(columns)
    if kinds:
        lines += [
            "",
            "F1 by kind, and for the real documents together (documents: "
            + ", ".join(f"{k} {counts[k]}" for k in kinds)
            + ")",
        ]
        lines.append(f"{'metric':<18} " + " ".join(f"{k:>9}" for k in kinds))
        for name in _ROWS:
            cells = []
            for k in kinds:
                m = columns[k].get(name)
                cells.append(f"{_pct(m['f1']) if m and m['tp'] + m['fp'] + m['fn'] else '   ·  ':>9}")
            if any(c.strip() != "·" for c in cells):
                lines.append(f"{name:<18} " + " ".join(cells))
    fa = result["false_alarms"]
    if fa["real_words"]:
        lines += [
            "",
            f"False alarms on real documents: {fa['real_false_alarms']} in {fa['real_words']} words "
            f"= {fa['per_1000_words']} per 1,000 words",
        ]
    if result["skipped"]:
        lines += ["", f"Skipped {len(result['skipped'])} documents (could not be read here):"]
        lines += [f"  {k}: {_reason(v)}" for k, v in sorted(result["skipped"].items())]
    lost = {k: d["lost_anchors"] for k, d in result["documents"].items() if d["lost_anchors"]}
    if lost:
        lines.append("Lost anchors (annotation text no longer found): " + str(sum(len(v) for v in lost.values())))
    return "\n".join(lines)


def documents(result: dict[str, Any]) -> str:
    """One line per document: F1 of the main metrics, false alarms, lost anchors, time."""
    cols = ("references/key", "dates/value", "events/span", "fields", "findings/all")
    lines = [f"{'document':<44} {'kind':<9} " + " ".join(f"{c.split('/')[0][:9]:>9}" for c in cols) + "  fa lost     s"]
    for doc_id, d in sorted(result["documents"].items()):
        if d.get("error"):
            lines.append(f"{doc_id:<44} {d['kind']:<9} skipped: {_reason(d['error'], 60)}")
            continue
        cells = []
        for c in cols:
            m = d["metrics"].get(c)
            cells.append(f"{_pct(m['f1']) if m and m['tp'] + m['fp'] + m['fn'] else '   ·  ':>9}")
        lines.append(
            f"{doc_id:<44} {d['kind']:<9} " + " ".join(cells) + f" {d['false_alarms']:>3} {len(d['lost_anchors']):>4} "
            f"{d['seconds']:>5.1f}"
        )
    return "\n".join(lines)


def markdown(result: dict[str, Any]) -> str:
    """The overall table and the F1 per kind, as Markdown (for the corpus README)."""
    overall = result["overall"]
    kinds = list(result["by_kind"])
    head = "| metric | P | R | F1 | tp | fp | fn | " + " | ".join(f"F1 {k}" for k in kinds) + " |"
    lines = [head, "|" + "---|" * (7 + len(kinds))]
    for name in _ROWS:
        m = overall.get(name)
        if not m or m["tp"] + m["fp"] + m["fn"] == 0:
            continue
        per_kind = []
        for k in kinds:
            km = result["by_kind"][k].get(name)
            per_kind.append(_pct(km["f1"]).strip() if km and km["tp"] + km["fp"] + km["fn"] else "·")
        lines.append(
            f"| {name} | {_pct(m['precision']).strip()} | {_pct(m['recall']).strip()} | {_pct(m['f1']).strip()} "
            f"| {m['tp']} | {m['fp']} | {m['fn']} | " + " | ".join(per_kind) + " |"
        )
    fa = result["false_alarms"]
    counts = result["counts"]
    lines += [
        "",
        f"Documents scored: {counts['scored']} of {counts['documents']} "
        f"({', '.join(f'{k} {n}' for k, n in counts['by_kind'].items())}); "
        f"false alarms on exhaustively annotated real documents: {fa['real_false_alarms']} in "
        f"{fa['real_words']} words = {fa['per_1000_words']} per 1,000 words.",
    ]
    return "\n".join(lines)


def _reason(error: str, width: int = 90) -> str:
    """The reason of a skipped document, without the path, shortened."""
    reason = error.split(": ", 1)[1] if ": " in error and error.startswith("/") else error
    return reason if len(reason) <= width else reason[: width - 1] + "…"


def load_result(path: str | Path) -> dict[str, Any]:
    """A saved result file."""
    data: dict[str, Any] = json.loads(Path(path).read_text(encoding="utf-8"))
    return data


def diff(before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    """Per metric: score changes, gold items gained and lost, false positives added and removed."""
    out: dict[str, Any] = {}
    # Documents whose annotation changed measure something else now: they are not compared.
    shared = [
        k
        for k, d in after["documents"].items()
        if not d.get("error")
        and k in before["documents"]
        and not before["documents"][k].get("error")
        and before["documents"][k].get("annotation_sha1") == d.get("annotation_sha1")
    ]
    b_overall, a_overall = _restricted(before, shared), _restricted(after, shared)
    names = sorted(set(b_overall) | set(a_overall))
    for name in names:
        b = b_overall.get(name, {})
        a = a_overall.get(name, {})
        items: dict[str, list[str]] = {"gained": [], "lost": [], "new_false_positives": [], "fixed_false_positives": []}
        for doc_id in shared:
            doc, old = after["documents"][doc_id], before["documents"][doc_id]
            new_m = doc["metrics"].get(name, {})
            old_m = old["metrics"].get(name, {})
            new_found, old_found = set(new_m.get("found", [])), set(old_m.get("found", []))
            new_fp, old_fp = set(new_m.get("false_positives", [])), set(old_m.get("false_positives", []))
            items["gained"] += sorted(new_found - old_found)
            items["lost"] += sorted(old_found - new_found)
            items["new_false_positives"] += sorted(new_fp - old_fp)
            items["fixed_false_positives"] += sorted(old_fp - new_fp)
        deltas = {k: _delta(b.get(k), a.get(k)) for k in ("precision", "recall", "f1")}
        if any(items.values()) or any(v for v in deltas.values()):
            out[name] = {"before": _brief(b), "after": _brief(a), **items}
    return out


def _restricted(result: dict[str, Any], ids: list[str]) -> dict[str, dict[str, Any]]:
    """Overall scores of ``result`` over the documents ``ids`` only (so subsets compare fairly)."""
    totals: dict[str, Counts] = {}
    for doc_id in ids:
        doc = result["documents"][doc_id]
        if doc.get("error"):
            continue
        for name, m in doc["metrics"].items():
            c = totals.setdefault(name, Counts())
            c.tp += m["tp"]
            c.fp += m["fp"]
            c.fn += m["fn"]
    return {name: c.to_dict() for name, c in totals.items()}


def _delta(b: float | None, a: float | None) -> float | None:
    if a is None or b is None:
        return None if a == b else (a or 0.0) - (b or 0.0)
    return round(a - b, 4) or None


def _brief(m: dict[str, Any]) -> dict[str, Any]:
    return {k: m.get(k) for k in ("precision", "recall", "f1", "tp", "fp", "fn")}


def reannotated(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    """Documents new since the baseline or whose annotation changed (left out of the diff)."""
    return sorted(
        k
        for k, d in after["documents"].items()
        if k not in before["documents"] or before["documents"][k].get("annotation_sha1") != d.get("annotation_sha1")
    )


def render_diff(changes: dict[str, Any], limit: int = 8) -> str:
    """The diff for people: one block per metric that changed."""
    if not changes:
        return "No change against the baseline."
    lines = []
    for name, c in changes.items():
        b, a = c["before"], c["after"]
        lines.append(
            f"{name}: F1 {_pct(b['f1']).strip()} → {_pct(a['f1']).strip()} (P {_pct(b['precision']).strip()} → "
            f"{_pct(a['precision']).strip()}, R {_pct(b['recall']).strip()} → {_pct(a['recall']).strip()})"
        )
        for key, sign in (
            ("gained", "+"),
            ("lost", "-"),
            ("new_false_positives", "+fp"),
            ("fixed_false_positives", "-fp"),
        ):
            for item in c[key][:limit]:
                lines.append(f"  {sign} {item}")
            if len(c[key]) > limit:
                lines.append(f"  {sign} … and {len(c[key]) - limit} more")
    return "\n".join(lines)
