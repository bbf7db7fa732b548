"""Offset maps: every normalization step says where each output character came from."""

from __future__ import annotations

from array import array
from collections.abc import Sequence


class OffsetMap:
    """Maps each offset of a derived text to an offset of its source text.

    ``to_source[i]`` is the source offset of derived character ``i``;
    the extra last entry maps the end of the derived text to the end of the source.
    """

    __slots__ = ("_identity", "_map")

    def __init__(self, to_source: Sequence[int], *, identity: bool = False) -> None:
        self._map = array("q", to_source)
        self._identity = identity

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        return cls(range(length + 1), identity=True)

    def __len__(self) -> int:
        return len(self._map) - 1

    def __getitem__(self, offset: int) -> int:
        return self._map[offset]

    def source(self, offset: int) -> int:
        """The source offset of derived ``offset`` (clamped to the text)."""
        offset = max(0, min(offset, len(self._map) - 1))
        return self._map[offset]

    def then(self, step: OffsetMap) -> OffsetMap:
        """Compose: ``step`` maps a newer text onto the text this map describes."""
        if step._identity:
            return self
        if self._identity:
            return step
        mine = self._map
        return OffsetMap([mine[i] for i in step._map])


class Builder:
    """Accumulates output text and its source offsets, piece by piece."""

    __slots__ = ("_map", "_parts")

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._map: list[int] = []

    def add(self, text: str, source_offset: int) -> None:
        """Append ``text``, every character of which comes from ``source_offset``."""
        self._parts.append(text)
        self._map.extend([source_offset] * len(text))

    def copy(self, text: str, source_start: int) -> None:
        """Append ``text`` copied verbatim from the source at ``source_start``."""
        self._parts.append(text)
        self._map.extend(range(source_start, source_start + len(text)))

    def build(self, source_length: int) -> tuple[str, OffsetMap]:
        self._map.append(source_length)
        return "".join(self._parts), OffsetMap(self._map)
