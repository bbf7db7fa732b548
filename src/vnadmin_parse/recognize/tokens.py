"""Syllable tokenization: Vietnamese is written one syllable per space-separated unit.

No model is involved; words (multi-syllable) are the spelling stage's business.
"""

from __future__ import annotations

import regex

from vnadmin_parse.model import MARK_TOKEN, NUMBER_TOKEN, WORD_TOKEN, Span

# A token: a run of letters/digits/marks, possibly joined by inner ./-/ (symbols,
# dates, abbreviations such as "29/KH-UBND" or "V/v"), or one punctuation mark.
_TOKEN = regex.compile(r"[\p{L}\p{M}\p{N}]+(?:[./\-][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]")
_WORD = regex.compile(r"^[\p{L}\p{M}]+$")


def tokenize(text: str) -> list[Span]:
    """Tokens of ``text`` with offsets; label "w" for a pure-letter syllable, "n" for
    anything with a digit or inner separator, "p" for punctuation."""
    out: list[Span] = []
    append, word = out.append, _WORD.match
    for m in _TOKEN.finditer(text):
        tok = m.group()
        # str.isalpha (letters only) is the cheap test; marks without a letter need the regex
        if tok.isalpha() or word(tok):
            label = WORD_TOKEN
        elif tok[0].isalnum():
            label = NUMBER_TOKEN
        else:
            label = MARK_TOKEN
        start, end = m.span()
        append(Span(start, end, tok, label))
    return out
