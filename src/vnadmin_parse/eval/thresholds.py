"""Regression thresholds: figures the evaluation must reach; they only ever move up.

``corpus/thresholds.json`` holds named groups; each says which documents it
evaluates (kinds, fast or not) and the least precision, recall and F1 of each
metric. :func:`failures` lists what fell below; :func:`raised` returns the
thresholds lifted to the current figures (minus a margin), never lowered.
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


def raised(result: dict[str, Any], group: dict[str, Any], margin: float = 0.0, corpus_sha1: str = "") -> dict[str, Any]:
    """``group`` with each threshold lifted to the current figure minus ``margin`` (never lowered).

    When the gold set changed (``corpus_sha1`` differs from the group's), the old
    thresholds measured something else: they are set afresh from the current figures.
    """
    if corpus_sha1 and group.get("corpus_sha1") != corpus_sha1:
        group = {**group, "metrics": {}, "max_false_alarms_per_1000_words": None}
    metrics: dict[str, dict[str, float]] = {}
    for metric, got in result["overall"].items():
        old = group["metrics"].get(metric, {})
        new = {}
        for score in SCORES:
            value = got.get(score)
            if value is None:
                if score in old:
                    new[score] = old[score]
                continue
            floor = math.floor(max(0.0, value - margin) * 100) / 100
            new[score] = max(old.get(score, 0.0), floor)
        if new:
            metrics[metric] = new
    for metric, old in group["metrics"].items():
        metrics.setdefault(metric, old)
    out = dict(group)
    out["metrics"] = dict(sorted(metrics.items()))
    if corpus_sha1:
        out["corpus_sha1"] = corpus_sha1
    rate = result["false_alarms"]["per_1000_words"]
    if rate is not None:
        ceiling = math.ceil((rate + margin * 10) * 100) / 100
        old_ceiling = group.get("max_false_alarms_per_1000_words")
        out["max_false_alarms_per_1000_words"] = ceiling if old_ceiling is None else min(old_ceiling, ceiling)
    return out


def never_lower(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """Thresholds of ``new`` that are lower than in ``old`` (the file may only move up,
    unless the group's gold set changed)."""
    out = []
    for name, group in old.get("groups", {}).items():
        newer = new.get("groups", {}).get(name)
        if newer is None:
            out.append(f"group {name} removed")
            continue
        if group.get("corpus_sha1") != newer.get("corpus_sha1"):
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
