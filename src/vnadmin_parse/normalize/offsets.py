"""Offset maps: every normalization step says where each output character came from."""

from __future__ import annotations

from array import array
from collections.abc import Sequence


class OffsetMap:
    """Maps each offset of a derived text to an offset of its source text.

    ``to_source[i]`` is the source offset of derived character ``i``;
    the extra last entry maps the end of the derived text to the end of the source.
    Composed maps are looked up through each step in turn (no table is rebuilt).
    """

    __slots__ = ("_length", "_map", "_outer")

    def __init__(self, to_source: Sequence[int]) -> None:
        self._map: array[int] | None = to_source if isinstance(to_source, array) else array("q", to_source)
        self._length = len(self._map) - 1
        self._outer: OffsetMap | None = None

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        """The map of a step that changed nothing (no table is built)."""
        mapping = cls.__new__(cls)
        mapping._map = None
        mapping._length = length
        mapping._outer = None
        return mapping

    def __len__(self) -> int:
        return self._length

    def __getitem__(self, offset: int) -> int:
        if self._map is not None:
            inner = self._map[offset]
        else:
            inner = offset + self._length + 1 if offset < 0 else offset
            if not 0 <= inner <= self._length:
                raise IndexError(offset)
        return inner if self._outer is None else self._outer[inner]

    def source(self, offset: int) -> int:
        """The source offset of derived ``offset`` (clamped to the text)."""
        return self[max(0, min(offset, self._length))]

    def then(self, step: OffsetMap) -> OffsetMap:
        """Compose: ``step`` maps a newer text onto the text this map describes."""
        if step._map is None:  # identity maps have no outer map
            return self
        if self._map is None:
            return step
        composed = OffsetMap.__new__(OffsetMap)
        composed._map, composed._length = step._map, step._length
        composed._outer = self if step._outer is None else self.then(step._outer)
        return composed


class Builder:
    """Accumulates output text and its source offsets, piece by piece."""

    __slots__ = ("_map", "_parts")

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._map: array[int] = array("q")

    def add(self, text: str, source_offset: int) -> None:
        """Append ``text``, every character of which comes from ``source_offset``."""
        self._parts.append(text)
        self._map.extend(array("q", (source_offset,)) * len(text))

    def copy(self, text: str, source_start: int) -> None:
        """Append ``text`` copied verbatim from the source at ``source_start``."""
        self._parts.append(text)
        self._map.extend(range(source_start, source_start + len(text)))

    def build(self, source_length: int) -> tuple[str, OffsetMap]:
        self._map.append(source_length)
        return "".join(self._parts), OffsetMap(self._map)
