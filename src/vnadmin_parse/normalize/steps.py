"""Named normalization steps. Each takes text and returns (new text, OffsetMap)."""

from __future__ import annotations

import itertools
import re
import statistics
import unicodedata

import regex

from vnadmin_parse.normalize.offsets import Builder, OffsetMap

# Characters dropped outright: zero-width marks, soft hyphen, BOM, and the C0 control
# characters word processors leave in text (Word's optional hyphen U+001F among them).
_DROP = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\x7f"} | {
    chr(c) for c in (*range(0x00, 0x09), *range(0x0E, 0x1E), 0x1F)
}
# Line breaks other than LF (vertical tab is Word's manual line break); a form feed separates pages.
_BREAKS = {"\x0b", "\u2028", "\u2029", "\x85"}
# Space-like characters turned into an ordinary space.
_SPACES = {
    "\u00a0",
    "\u2000",
    "\u2001",
    "\u2002",
    "\u2003",
    "\u2004",
    "\u2005",
    "\u2006",
    "\u2007",
    "\u2008",
    "\u2009",
    "\u200a",
    "\u202f",
    "\u205f",
    "\u3000",
    "\t",
}
# Hyphen-like characters that mean an ASCII hyphen. En and em dashes are kept:
# they are punctuation of their own ("Xuân Quý Mão – 2023").
_HYPHENS = {"\u2010", "\u2011", "\u2012", "\u2212", "\ufe63", "\uff0d", "\x1e"}
# Typographic quotes are kept (their direction matters); only odd variants are folded.
_QUOTES = {"\u201f": "\u201c", "\u2033": "\u201d", "\u00ab": "\u201c", "\u00bb": "\u201d"}


_MARKED = regex.compile(r"\P{M}?\p{M}+")
#: Combining marks one letter carries at most (Vietnamese needs two: a vowel mark and a tone).
MAX_MARKS = 4
_MARK_RUN = regex.compile(rf"\p{{M}}{{{MAX_MARKS + 1},}}")


def collapse_marks(text: str) -> tuple[str, OffsetMap]:
    """Replace each run of more than MAX_MARKS combining marks by one U+FFFD (which rule E003
    reports): no letter carries that many, and later steps would slow down on them."""
    if not _MARK_RUN.search(text):
        return text, OffsetMap.identity(len(text))
    out = Builder()
    pos = 0
    for m in _MARK_RUN.finditer(text):
        out.copy(text[pos : m.start()], pos)
        out.add("\ufffd", m.start())
        pos = m.end()
    out.copy(text[pos:], pos)
    return out.build(len(text))


def compose(text: str) -> tuple[str, OffsetMap]:
    """Unicode NFC, cluster by cluster, so that decomposed letters map to their base."""
    if unicodedata.is_normalized("NFC", text):
        return text, OffsetMap.identity(len(text))
    out = Builder()
    pos = 0
    for m in _MARKED.finditer(text):
        start, end = m.span()
        if start > pos:
            out.copy(text[pos:start], pos)
        cluster = m.group()
        composed = unicodedata.normalize("NFC", cluster)
        if composed == cluster:
            out.copy(cluster, start)
        else:
            out.add(composed, start)
        pos = end
    if pos < len(text):
        out.copy(text[pos:], pos)
    result, mapping = out.build(len(text))
    if not unicodedata.is_normalized("NFC", result):  # singletons such as U+212B: rare, slow path
        return _compose_each(text)
    return result, mapping


def _compose_each(text: str) -> tuple[str, OffsetMap]:
    """NFC of every cluster (a base and its combining marks), one by one."""
    out = Builder()
    start = 0
    n = len(text)
    while start < n:
        end = start + 1
        while end < n and unicodedata.combining(text[end]):
            end += 1
        cluster = text[start:end]
        composed = unicodedata.normalize("NFC", cluster)
        if composed == cluster:
            out.copy(cluster, start)
        else:
            out.add(composed, start)
        start = end
    return out.build(n)


# Surrogates standing alone (a broken UTF-16 pair) encode to nothing: each becomes U+FFFD,
# the replacement character, which rule E003 reports.
_SURROGATES = {chr(c) for c in range(0xD800, 0xE000)}
# One character for one: folded in C by str.translate, offsets unchanged.
_ONE_FOR_ONE = str.maketrans(
    {
        **dict.fromkeys(_SPACES, " "),
        **dict.fromkeys(_HYPHENS, "-"),
        **dict.fromkeys(_BREAKS, "\n"),
        **_QUOTES,
        **dict.fromkeys(_SURROGATES, "\ufffd"),
    }
)
_SPECIAL = re.compile(
    "[" + re.escape("".join(sorted(_DROP | _SPACES | _HYPHENS | _BREAKS | set(_QUOTES)))) + "\r\ud800-\udfff]"
)
# Characters that go away: those dropped, and CR (CRLF becomes LF; a lone CR is a line break).
_REMOVED = regex.compile("[" + regex.escape("".join(sorted(_DROP))) + "]|\r\n?")


def characters(text: str) -> tuple[str, OffsetMap]:
    """Fold space-likes to a space, odd hyphens to '-', other line breaks and CRLF to LF,
    lone surrogates to U+FFFD, and drop zero-width marks and control characters."""
    if not _SPECIAL.search(text):  # the usual case, told at C speed
        return text, OffsetMap.identity(len(text))
    folded = text.translate(_ONE_FOR_ONE)
    if not _REMOVED.search(folded):
        return folded, OffsetMap.identity(len(text))
    out = Builder()
    pos = 0
    for m in _REMOVED.finditer(folded):
        out.copy(folded[pos : m.start()], pos)
        if m.group() == "\r":
            out.add("\n", m.start())
        elif m.group() == "\r\n":
            out.copy("\n", m.start() + 1)
        pos = m.end()
    out.copy(folded[pos:], pos)
    return out.build(len(text))


_LIST_MARK = regex.compile(
    r"^\s*(?:[-+•*–]\s|\d{1,2}(?:\.\d{1,2})*[.)]\s|[a-zđ][).]\s|[IVXLC]{1,6}[.)]\s|"
    r"(?:Điều|Chương|Mục|Phần|Khoản)\s+\w+|Nơi nhận|Kính gửi|Căn cứ|Số\s*:|V/v)",
    regex.IGNORECASE,
)
_TERMINAL = (".", ";", ":", "!", "?", "./.", "…")
#: A symbol broken after one of its separators ("… số 133/2025/NĐ-" + "CP ngày …"): joined with no space.
_SYMBOL_WRAP = regex.compile(r"[\p{L}\d][-/]$")
_SYMBOL_GOES_ON = regex.compile(r"\s*[\p{Lu}\d]")
#: A whole line that is the place and date line of a header ("Quảng Ngãi, ngày 05 tháng 11 năm 2024"): it stands
#: alone, whatever its length.
_DATE_LINE = regex.compile(r"\p{Lu}[\p{L} .-]{1,40},\s*ngày\s+\S{1,3}\s+tháng\s+\S{1,3}\s+năm\s+\d{4}")


def _is_upper_line(line: str) -> bool:
    return line.isupper() and sum(c.isalpha() for c in line) >= 3


def join_lines(text: str) -> tuple[str, OffsetMap]:
    """Rebuild paragraphs from lines broken by PDF layout; each page (\\f) apart.

    A line break becomes a space when the line ran to the right margin (at least
    60% of the typical long line), does not end a sentence, and the next line
    does not open a new item (numbering, dash, "Căn cứ", "Nơi nhận"…); it goes
    without a space inside a document symbol broken after a hyphen or slash. When
    the extractor put a blank line after every line, single blank lines are
    treated as plain line breaks. Trailing spaces of each line are dropped.
    """
    out = Builder()
    offset = 0
    pages = text.split("\f")
    for page_index, page in enumerate(pages):
        if page_index:
            out.copy("\f", offset - 1)
        _join_page(page, offset, out)
        offset += len(page) + 1
    return out.build(len(text))


def _join_page(page: str, base: int, out: Builder) -> None:
    raw_lines = page.split("\n")
    starts: list[int] = []
    pos = 0
    for line in raw_lines:
        starts.append(pos)
        pos += len(line) + 1
    stripped = [line.rstrip() for line in raw_lines]
    nonblank = [i for i, s in enumerate(stripped) if s.strip()]
    # Does the extractor double-space every line?
    gaps = [b - a for a, b in itertools.pairwise(nonblank)]
    double_spaced = bool(gaps) and sum(1 for g in gaps if g == 2) >= 0.6 * len(gaps)
    lengths = [len(stripped[i].strip()) for i in nonblank]
    typical = statistics.quantiles(lengths, n=10)[-1] if len(lengths) >= 5 else max(lengths, default=0)

    continuation = [False] * len(stripped)
    upper = [_is_upper_line(line) for line in stripped]

    def joinable(i: int, j: int) -> bool:
        prev, nxt = stripped[i].strip(), stripped[j].strip()
        if not prev or not nxt or typical < 30:
            return False
        if (prev.endswith(_TERMINAL) and not prev.endswith("…")) or prev.endswith("./."):
            return False
        if len(prev) < 0.6 * typical or upper[i] or upper[j] or _DATE_LINE.fullmatch(prev):
            return False
        if _LIST_MARK.match(nxt):
            return False
        # A numbered heading is followed by a capitalised sentence: keep the break.
        return not (not continuation[i] and _LIST_MARK.match(prev) and nxt[0].isupper())

    n = len(stripped)
    k = 0
    while k < n:
        line = stripped[k]
        lead = len(line) - len(line.lstrip()) if continuation[k] else 0
        out.copy(line[lead:], base + starts[k] + lead)
        if k == n - 1:
            break
        nxt = k + 1
        if double_spaced and nxt < n - 1 and not stripped[nxt].strip() and stripped[nxt + 1].strip():
            nxt += 1
        if line.strip() and joinable(k, nxt):
            if not _SYMBOL_WRAP.search(line) or not _SYMBOL_GOES_ON.match(stripped[nxt]):
                out.add(" ", base + starts[k] + len(line))
            continuation[nxt] = True
            k = nxt
        else:
            out.add("\n", base + starts[k] + len(line))
            k += 1
