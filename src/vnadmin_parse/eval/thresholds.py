"""Regression thresholds: figures the evaluation must reach; they only ever move up.

``corpus/thresholds.json`` holds named groups; each says which documents it
evaluates (kinds, fast or not), the least precision, recall and F1 of each
metric and the most false alarms per 1,000 words. :func:`failures` lists what
fell below; :func:`raised` returns the thresholds lifted to the current figures
(minus a margin), never lowered, whatever happened to the gold set.

Lowering a threshold is a decision, not a side effect: :func:`rebaselined` sets a
group to the current figures and records why in the file's ``rebaselines`` log
(``vnadmin-parse eval --thresholds GROUP --rebaseline REASON``), which a reviewer
reads in the diff; :func:`never_lower` accepts a lower figure only for a group
named in a record that the older file did not have.
"""

from __future__ import annotations

import hashlib
import json
import math
from pathlib import Path
from typing import Any

from vnadmin_parse.eval.annotations import annotation_files
from vnadmin_parse.eval.annotations import load as load_annotation

SCORES = ("precision", "recall", "f1")


def fingerprint(corpus: str | Path, group: dict[str, Any]) -> str:
    """SHA-1 of the gold annotations a group evaluates: thresholds belong to one gold set."""
    digest = hashlib.sha1()
    for path in annotation_files(corpus):
        ann = load_annotation(path)
        if ann.kind not in group["kinds"] or (group.get("fast") and ann.raw.get("slow")):
            continue
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def load(path: str | Path) -> dict[str, Any]:
    """The thresholds file."""
    data: dict[str, Any] = json.loads(Path(path).read_text(encoding="utf-8"))
    return data


def failures(result: dict[str, Any], group: dict[str, Any]) -> list[str]:
    """Every metric score of ``result`` below the thresholds of ``group``."""
    out = []
    for metric, minima in group["metrics"].items():
        got = result["overall"].get(metric)
        for score, least in minima.items():
            value = None if got is None else got.get(score)
            # A score that cannot be computed (no prediction: no precision; no gold: no recall)
            # is no regression by itself: the other score of the pair shows it.
            if value is not None and value + 1e-9 < least:
                out.append(f"{metric} {score}: {value} < {least}")
    ceiling = group.get("max_false_alarms_per_1000_words")
    rate = result["false_alarms"]["per_1000_words"]
    if ceiling is not None and rate is not None and rate > ceiling + 1e-9:
        out.append(f"false alarms per 1,000 words: {rate} > {ceiling}")
    return out


def _ceiling(rate: float, margin: float) -> float:
    """The false-alarm ceiling for a measured ``rate``: the rate plus ``margin`` (per 1,000 words), rounded up."""
    return math.ceil(round((rate + margin) * 100, 6)) / 100


def _metrics(result: dict[str, Any], margin: float, old: dict[str, dict[str, float]]) -> dict[str, dict[str, float]]:
    metrics: dict[str, dict[str, float]] = {}
    for metric, got in result["overall"].items():
        before = old.get(metric, {})
        new = {}
        for score in SCORES:
            value = got.get(score)
            if value is None:
                if score in before:
                    new[score] = before[score]
                continue
            floor = math.floor(max(0.0, value - margin) * 100) / 100
            new[score] = max(before.get(score, 0.0), floor)
        if new:
            metrics[metric] = new
    for metric, before in old.items():
        metrics.setdefault(metric, before)
    return dict(sorted(metrics.items()))


def raised(
    result: dict[str, Any], group: dict[str, Any], margin: float = 0.0, corpus_sha1: str = "", fa_margin: float = 0.0
) -> dict[str, Any]:
    """``group`` with each threshold lifted to the current figure minus ``margin``, never lowered: a changed
    gold set (``corpus_sha1``) is recorded but resets nothing. The false-alarm ceiling comes down to the
    measured rate plus ``fa_margin`` per 1,000 words when that is lower."""
    out = dict(group)
    out["metrics"] = _metrics(result, margin, group["metrics"])
    if corpus_sha1:
        out["corpus_sha1"] = corpus_sha1
    rate = result["false_alarms"]["per_1000_words"]
    if rate is not None:
        ceiling = _ceiling(rate, fa_margin)
        old_ceiling = group.get("max_false_alarms_per_1000_words")
        out["max_false_alarms_per_1000_words"] = ceiling if old_ceiling is None else min(old_ceiling, ceiling)
    return out


def rebaselined(
    result: dict[str, Any], group: dict[str, Any], margin: float, corpus_sha1: str, fa_margin: float
) -> dict[str, Any]:
    """``group`` set to the current figures minus ``margin`` (lower ones too) and the measured false-alarm rate
    plus ``fa_margin``: the explicit step after a change of the gold set or of what a group measures."""
    out = raised(
        result, {**group, "metrics": {}, "max_false_alarms_per_1000_words": None}, margin, corpus_sha1, fa_margin
    )
    if result["false_alarms"]["per_1000_words"] is None:
        out.pop("max_false_alarms_per_1000_words", None)
    return out


def record(data: dict[str, Any], groups: list[str], reason: str, when: str) -> dict[str, Any]:
    """``data`` with a re-baseline of ``groups`` logged (a reviewer reads it in the diff)."""
    log = [*data.get("rebaselines", []), {"date": when, "groups": sorted(groups), "reason": reason}]
    return {**data, "rebaselines": log}


def never_lower(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """Thresholds of ``new`` that are lower than in ``old``: the file only moves up, except for the groups
    of a re-baseline that ``new`` records and ``old`` did not (a change of gold set is no excuse)."""
    known = old.get("rebaselines", [])
    excused = {g for r in new.get("rebaselines", []) if r not in known for g in r["groups"]}
    out = []
    for name, group in old.get("groups", {}).items():
        if name in excused:
            continue
        newer = new.get("groups", {}).get(name)
        if newer is None:
            out.append(f"group {name} removed")
            continue
        for metric, minima in group["metrics"].items():
            for score, least in minima.items():
                now = newer["metrics"].get(metric, {}).get(score)
                if now is None or now + 1e-9 < least:
                    out.append(f"{name}: {metric} {score} lowered from {least} to {now}")
        ceiling = group.get("max_false_alarms_per_1000_words")
        now_ceiling = newer.get("max_false_alarms_per_1000_words")
        if ceiling is not None and (now_ceiling is None or now_ceiling > ceiling + 1e-9):
            out.append(f"{name}: false-alarm ceiling raised from {ceiling} to {now_ceiling}")
    return out
