"""Runs of syllables: consecutive letter tokens separated by nothing but spaces.

Spelling checks look at neighbours only inside a run, so punctuation, numbers,
symbols and line breaks always cut the context.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from vnadmin_parse.model import WORD_TOKEN, Span

Run = tuple[Span, ...]


#: The last document split, kept while its token sequence is the same object: every spelling
#: rule asks for the runs of the same analysis.
_last: list[tuple[object, str, list[Run]]] = []


def runs(tokens: Iterable[Span], text: str) -> list[Run]:
    """Split the word tokens (label "w") of ``text`` into runs (the list is the caller's to keep).

    >>> from vnadmin_parse.recognize.tokens import tokenize
    >>> t = "Nhà kèn, sân khấu\\nmới"
    >>> [[s.text for s in r] for r in runs(tokenize(t), t)]
    [['Nhà', 'kèn'], ['sân', 'khấu'], ['mới']]
    """
    if _last and _last[0][0] is tokens and _last[0][1] is text:
        return list(_last[0][2])
    out = _split(tokens, text)
    if isinstance(tokens, tuple):  # immutable: safe to reuse while it is the same object
        _last[:] = [(tokens, text, out)]
    return list(out)


def _split(tokens: Iterable[Span], text: str) -> list[Run]:
    out: list[Run] = []
    current: list[Span] = []
    for tok in tokens:
        if tok.label != WORD_TOKEN:
            if current:
                out.append(tuple(current))
            current = []
            continue
        if current and text[current[-1].end : tok.start].strip(" ") != "":
            out.append(tuple(current))
            current = []
        current.append(tok)
    if current:
        out.append(tuple(current))
    return out


def is_abbreviation(word: str) -> bool:
    """All capitals and at least two letters: "UBND", "HĐND", "BTTTT"."""
    return len(word) > 1 and word.isupper()


def words_of(run: Sequence[Span]) -> list[str]:
    """The texts of a run's tokens."""
    return [s.text for s in run]
