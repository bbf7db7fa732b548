"""Normalize extracted text: NFC, characters, paragraphs — with offsets back to the source."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from vnadmin_parse.normalize.offsets import OffsetMap
from vnadmin_parse.normalize.steps import characters, collapse_marks, compose, join_lines

Step = Callable[[str], tuple[str, OffsetMap]]

#: The steps, in order. Each records where its output came from.
STEPS: tuple[tuple[str, Step], ...] = (
    ("collapse_marks", collapse_marks),
    ("compose", compose),
    ("characters", characters),
    ("join_lines", join_lines),
)


@dataclass(frozen=True, slots=True)
class Normalized:
    """Normalized text and the map from its offsets to the raw extracted text."""

    text: str
    raw: str
    to_raw: OffsetMap


def normalize(raw: str, steps: tuple[tuple[str, Step], ...] = STEPS) -> Normalized:
    """Run ``steps`` over ``raw`` and compose their offset maps."""
    text = raw
    mapping = OffsetMap.identity(len(raw))
    for _name, step in steps:
        text, step_map = step(text)
        mapping = mapping.then(step_map)
    return Normalized(text=text, raw=raw, to_raw=mapping)


def normalize_text(raw: str) -> str:
    """Just the normalized text of ``raw``."""
    return normalize(raw).text


__all__ = ["STEPS", "Normalized", "OffsetMap", "normalize", "normalize_text"]
