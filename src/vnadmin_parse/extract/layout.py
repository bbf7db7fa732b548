"""From positioned characters to lines of text in reading order (shared by both PDF engines).

Both engines hand over the same thing — glyphs with a box and a font name: single
characters (layout engine), or runs of words (fast engine) — and this module alone
decides lines, word spaces and column order, so the two engines give the same text.
A block of lines set in two columns (the header of an administrative document:
issuing body left, Quốc hiệu right; the "Nơi nhận" and signature block) is read
column by column instead of across.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any, TypeVar, overload

from vnadmin_parse.model import Box


@dataclass(slots=True)
class Glyph:
    """One character (or a run of words, an OCR'd word) as an engine reports it (PDF points,
    top-left origin)."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    font: str = ""
    size: float = 0.0
    confidence: float | None = None  # OCR word confidence (0–100); None for a text layer

    @property
    def box(self) -> Box:
        return Box(self.x0, self.top, self.x1, self.bottom)


@dataclass(slots=True)
class Segment:
    """A horizontal run of glyphs within a line (a column's share of it)."""

    glyphs: list[Glyph] = field(default_factory=list)
    spaces: list[float] = field(default_factory=list)  # x-centres of space characters within
    x1: float = float("-inf")  # right edge of the glyphs so far

    @property
    def x0(self) -> float:
        return self.glyphs[0].x0

    def add(self, glyph: Glyph) -> None:
        self.glyphs.append(glyph)
        self.x1 = max(self.x1, glyph.x1)


@dataclass(slots=True)
class Line:
    """Glyphs sharing a baseline, split where a wide gap separates columns."""

    segments: list[Segment]
    top: float
    bottom: float
    size: float

    @property
    def x0(self) -> float:
        return self.segments[0].x0

    @property
    def x1(self) -> float:
        return self.segments[-1].x1


def _median(values: list[float]) -> float:
    """The median, as ``statistics.median`` gives it (mean of the middle two for an even count)."""
    values.sort()
    half = len(values) // 2
    return values[half] if len(values) % 2 else (values[half - 1] + values[half]) / 2


def _size(g: Glyph) -> float:
    return g.size or (g.bottom - g.top) or 10.0


#: Neighbouring glyphs whose sizes differ by more than this ratio are separate words: a
#: drafter's code set small after "Lưu: VT, KGVX" ("VHTin507") shares no word with it.
RESIZED = 1.3


def sizes_differ(first: float, second: float) -> bool:
    """Whether two font sizes differ by more than ``RESIZED`` (text that shares no word)."""
    return first > RESIZED * second or second > RESIZED * first


def build_lines(glyphs: Iterable[Glyph]) -> list[Line]:
    """Group glyphs into lines, top to bottom, each split into column segments."""
    ordered = sorted(glyphs, key=attrgetter("bottom", "x0"))
    groups: list[list[Glyph]] = []
    for g in ordered:
        if groups:
            first = groups[-1][0]
            centre = (g.top + g.bottom) / 2
            if (
                g.bottom - first.bottom <= 0.35 * _size(first)
                or first.top <= centre <= first.bottom
                or _continues(g, groups[-1])
            ):
                groups[-1].append(g)
                continue
        groups.append([g])
    lines: list[Line] = []
    for everything in _merge_overlapping(groups):
        if len(everything) == 1:  # most lines of the fast engine: one run of words
            g = everything[0]
            if g.text.strip():
                lines.append(Line([Segment([g], [], g.x1)], g.top, g.bottom, _size(g)))
            continue
        group = sorted((g for g in everything if g.text.strip()), key=attrgetter("x0"))
        if not group:
            continue
        size = _median([_size(g) for g in group])
        segments = [Segment()]
        segments[0].add(group[0])
        for g in group[1:]:
            if g.x0 - segments[-1].x1 > 1.5 * size:
                segments.append(Segment())
            segments[-1].add(g)
        for g in everything:
            # A space set in a hairline size (0.5 pt, between the letters of "TỈNH") parts no words.
            if not g.text.strip() and 2 * _size(g) >= size:
                centre = (g.x0 + g.x1) / 2
                for segment in segments:
                    if segment.x0 <= centre <= segment.x1:
                        segment.spaces.append(centre)
        lines.append(Line(segments, min(g.top for g in group), max(g.bottom for g in group), size))
    return lines


def _continues(g: Glyph, group: list[Glyph]) -> bool:
    """Whether ``g`` sits on the baseline of a glyph of ``group`` and touches it: the rest of a
    word whose first glyph joined the line ("(đã ký" before a ")" set in another font)."""
    size = _size(g)
    if g.bottom - group[-1].bottom > 0.1 * size:  # the group's glyphs come in order of their bottoms
        return False
    return any(
        abs(g.bottom - h.bottom) <= 0.1 * size and (abs(g.x1 - h.x0) <= 0.1 * size or abs(g.x0 - h.x1) <= 0.1 * size)
        for h in group
    )


def _merge_overlapping(groups: list[list[Glyph]]) -> list[list[Glyph]]:
    """Join neighbouring groups that share a band and not a column (a bracket set in another font)."""
    merged: list[list[Glyph]] = []
    for group in groups:
        # A group whose every centre lies below every bottom of the last cannot share its band
        # (a median lies between the least and the greatest value): no medians needed.
        if merged and min(g.top + g.bottom for g in group) <= 2 * max(g.bottom for g in merged[-1]):
            last = merged[-1]
            top = _median([g.top for g in last])
            bottom = _median([g.bottom for g in last])
            centre = _median([(g.top + g.bottom) / 2 for g in group])
            apart = max(g.x1 for g in group) <= min(g.x0 for g in last) or min(g.x0 for g in group) >= max(
                g.x1 for g in last
            )
            if top <= centre <= bottom and apart:
                last.extend(group)
                continue
        merged.append(group)
    return merged


def reading_order(lines: Sequence[Line]) -> list[list[Segment]]:
    """The page's lines as lists of segments, two-column blocks read column by column."""
    out: list[list[Segment]] = []
    i = 0
    for begin, end, boundary in _column_blocks(lines):
        out.extend(line.segments for line in lines[i:begin])
        block = lines[begin:end]
        left = [[s for s in line.segments if s.x1 <= boundary] for line in block]
        right = [[s for s in line.segments if s.x0 >= boundary] for line in block]
        out.extend(segs for segs in left if segs)
        out.extend(segs for segs in right if segs)
        i = end
    out.extend(line.segments for line in lines[i:])
    return out


Gap = tuple[float, float]


def _column_blocks(lines: Sequence[Line]) -> list[tuple[int, int, float]]:
    """Blocks ``(begin, end, boundary)`` of consecutive lines set in two columns.

    A block grows from a line split by a wide gap, up and down, over close lines
    that leave room for one vertical boundary: the gap every line of the block
    keeps free narrows as lines join, and the block stops where none is left.
    """
    blocks: list[tuple[int, int, float]] = []
    floor = 0
    i = 0
    while i < len(lines):
        line = lines[i]
        if len(line.segments) < 2:
            i += 1
            continue
        _, k = max((b.x0 - a.x1, k) for k, (a, b) in enumerate(zip(line.segments, line.segments[1:], strict=False)))
        free: Gap = (line.segments[k].x1, line.segments[k + 1].x0)
        begin = i
        while begin > floor and _close(lines[begin - 1], lines[begin]) and (room := _room(lines[begin - 1], free)):
            begin, free = begin - 1, room
        end = i + 1
        while end < len(lines) and _close(lines[end - 1], lines[end]) and (room := _room(lines[end], free)):
            end, free = end + 1, room
        blocks.append((begin, end, (free[0] + free[1]) / 2))
        floor = i = end
    return blocks


def _room(line: Line, free: Gap) -> Gap | None:
    """The widest part of ``free`` that ``line`` leaves clear (between or beside its segments),
    if at least a font size wide."""
    edges = [float("-inf")] + [x for s in line.segments for x in (s.x0, s.x1)] + [float("inf")]
    best: Gap | None = None
    for lo, hi in zip(edges[::2], edges[1::2], strict=True):
        clear = (max(lo, free[0]), min(hi, free[1]))
        if clear[1] - clear[0] >= line.size and (best is None or clear[1] - clear[0] > best[1] - best[0]):
            best = clear
    return best


def _close(upper: Line, lower: Line) -> bool:
    return lower.top - upper.bottom <= 1.6 * max(upper.size, lower.size)


_SPACE = re.compile(" ")
T = TypeVar("T")


def _glyph(g: Glyph) -> Glyph:
    return g


@overload
def segment_text(segments: Sequence[Segment]) -> tuple[str, list[Glyph | None]]: ...


@overload
def segment_text(segments: Sequence[Segment], own: Callable[[Glyph], T]) -> tuple[str, list[T | None]]: ...


def segment_text(segments: Sequence[Segment], own: Callable[[Glyph], Any] = _glyph) -> tuple[str, list[Any]]:
    """Text of a line's segments and, per character, its glyph (or ``own(glyph)``: its box, its
    font…); a word space where the PDF has a space character, a gap wider than a fifth of the
    font size, or a change of size. Spaces own nothing, also those inside a multi-character glyph (a run of words)."""
    chars: list[str] = []
    owners: list[Any] = []
    for k, segment in enumerate(segments):
        if k:
            chars.append(" ")
            owners.append(None)
        previous: Glyph | None = None
        spaces = sorted(segment.spaces)
        s = 0
        for g in segment.glyphs:
            if previous is not None:
                while s < len(spaces) and spaces[s] < previous.x1 - 1:
                    s += 1
                spaced = s < len(spaces) and spaces[s] <= g.x0 + 1
                if spaced or g.x0 - previous.x1 > 0.22 * _size(g) or sizes_differ(_size(previous), _size(g)):
                    chars.append(" ")
                    owners.append(None)
            chars.append(g.text)
            start = len(owners)
            owners.extend([own(g)] * len(g.text))
            if " " in g.text:
                for space in _SPACE.finditer(g.text):
                    owners[start + space.start()] = None
            previous = g
    return "".join(chars), owners
