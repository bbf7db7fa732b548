"""Small text helpers shared by the structure parsers: lines with offsets, loose patterns, legibility."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import regex

_VIETNAMESE_LETTERS = frozenset(
    "abcdefghijklmnopqrstuvwxyzđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
)


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the normalized text and where it starts."""

    start: int
    text: str

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    @property
    def stripped(self) -> str:
        return self.text.strip()


def lines(text: str, start: int = 0, end: int | None = None) -> Iterator[Line]:
    """The lines of ``text[start:end]`` (split on newlines and page breaks) with their offsets."""
    stop = len(text) if end is None else end
    pos = start
    for part in regex.split(r"[\n\f]", text[start:stop]):
        yield Line(pos, part)
        pos += len(part) + 1


def loose(phrase: str) -> str:
    """A pattern for ``phrase`` that tolerates stray spaces inside words and runs of spaces between them.

    PDF text layers often split a word ("CỘ NG HÒA"); OCR joins words.
    """
    parts = []
    for word in phrase.split():
        parts.append(" ?".join(regex.escape(ch) for ch in word))
    return r"\s*".join(parts)


def legible(text: str) -> bool:
    """False for mojibake: a text layer decoded with the wrong font map ("CØNG HOÀXÃ HØI")."""
    letters = [c.lower() for c in text if c.isalpha()]
    if not letters:
        return True
    foreign = sum(1 for c in letters if c not in _VIETNAMESE_LETTERS)
    return foreign / len(letters) < 0.01 and text.count("(cid:") < 3
