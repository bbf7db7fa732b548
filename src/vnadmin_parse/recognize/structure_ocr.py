"""Diacritics restored in header values read by OCR ("CÔNG AN TỈNH LÂM ĐÒNG" → "… LÂM ĐỒNG").

Only values read from pages whose ``method`` is "ocr", and only the value given to ``Document``:
the text, its offsets and spans stay as read. A word is respelled only when the evidence leaves
one spelling of its letters (NFD, marks dropped, đ→d):

- a place name after a unit word ("TỈNH LÂM ĐÒNG", "THÀNH PHÓ HÒ CHÍ MINH"; the date line's place
  also alone) when exactly one gazetteer name of that level has those letters and no word as read is
  a syllable of another place name; the unit word with it;
- in the issuer, an agency phrase (``BODY_HEADS``, ``issuers.json``, ``nd30_capitalisation.json``)
  whose letters are those of exactly one phrase; a one-syllable head ("BỘ") only as the first word;
- in the title, the formula "Về việc" that opens it ("Vệ việc", "và việc": "v" and a vowel OCR takes
  for "e");
- in the title, a lower-case word OCR was unsure of (confidence below ``LOW_CONFIDENCE``) when its
  neighbours, in the counted legal text, call for one spelling far more than any other ("tông thể").

Numbers, days and names of people are never touched.
"""

from __future__ import annotations

import bisect
import itertools
import math
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

import regex

from vnadmin_parse.data import load_table
from vnadmin_parse.model import Location, Source, Span, lowest_confidence
from vnadmin_parse.recognize.structure_header import BODY_HEADS
from vnadmin_parse.vietnamese import gazetteer
from vnadmin_parse.vietnamese import lexicon as lexicon_module
from vnadmin_parse.vietnamese.gazetteer import UNITS
from vnadmin_parse.vietnamese.lexicon import Lexicon, phrase_key
from vnadmin_parse.vietnamese.syllable import is_valid, strip_marks
from vnadmin_parse.vietnamese.tone import convert, placement

#: Tesseract word confidence (0–100) below which OCR is taken to be unsure of a word.
LOW_CONFIDENCE = 90.0
#: Log-likelihood a respelling must gain over the word as read (the strict gain of rule S005).
_MIN_GAIN = 12.0
#: … and over any other spelling of the same letters: a hundred times likelier.
_MIN_LEAD = math.log(100)
#: Times the respelling must have been seen next to one of its neighbours in the counted text.
_MIN_PAIR = 3
#: The spans each restorable value is made of.
LABELS = {"issuer": "issuing_body", "title": "subject", "place": "place"}
_ANY_LEVEL = frozenset({"province", "district", "commune"})
_MAX_NAME = 4
_MAX_PHRASE = 6
#: The letters of first words OCR makes of "Về" before "việc": "v" and a vowel shaped like "e".
_FORMULA_MISREADS = frozenset({"ve", "va", "vo"})
#: A token: letters with punctuation around them (no digits, no inner symbols).
_TOKEN = regex.compile(r"(\p{P}*)(\p{L}+)(\p{P}*)")


@dataclass(slots=True)
class _Word:
    """One token of a value; ``core`` is empty when the token is not a word."""

    start: int  # offset of the token in the text
    lead: str
    core: str
    trail: str
    new: str | None = None  # the restored spelling of ``core``
    settled: bool = False  # spelled by a vocabulary rule (restored or confirmed)

    @property
    def letters(self) -> str:
        return strip_marks(self.core)

    @property
    def text(self) -> str:
        return self.lead + (self.new or self.core) + self.trail


class _Pages:
    """Which page an offset of the normalized text is on, and the map back to OCR's confidences."""

    def __init__(self, text: str, source: Source, locate: Callable[[int], Location] | None) -> None:
        self.source, self.locate = source, locate
        self.breaks = [m.start() for m in regex.finditer("\f", text)]

    def ocr(self, offset: int) -> bool:
        page = bisect.bisect_left(self.breaks, offset)
        return page < len(self.source.pages) and self.source.pages[page].method == "ocr"


def restore(
    text: str,
    source: Source,
    values: dict[str, str | None],
    spans: Sequence[Span],
    locate: Callable[[int], Location] | None = None,
) -> dict[str, str]:
    """The restored form of each value (named as in ``LABELS``) that restoration changed; ``locate``
    (``Report.locate``) gives OCR's confidence in each character, without which no title word is respelled."""
    if not any(page.method == "ocr" for page in source.pages):
        return {}
    pages = _Pages(text, source, locate)
    out: dict[str, str] = {}
    for name, value in values.items():
        words = _words(value, [s for s in spans if s.label == LABELS[name]]) if value else []
        if not words or not all(pages.ocr(w.start) for w in words):
            continue
        _places(words, alone=name == "place")
        if name == "issuer":
            _agency(words)
        if name == "title":
            _formula(words)
            _lexicon(words, pages, lexicon_module.load())
        restored = " ".join(w.text for w in words)
        if restored != value:
            out[name] = restored
    return out


def _words(value: str, spans: Sequence[Span]) -> list[_Word]:
    """The tokens of ``value`` where its ``spans`` hold them; none when they do not spell ``value``."""
    words = []
    for span in sorted(spans, key=lambda s: s.start):
        for m in regex.finditer(r"\S+", span.text):
            token = _TOKEN.fullmatch(m.group())
            start = span.start + m.start()
            words.append(_Word(start, *token.groups()) if token else _Word(start, m.group(), "", ""))
    return words if " ".join(w.text for w in words) == value else []


def _plain(chunk: Sequence[_Word]) -> bool:
    """Words with nothing but spaces between them, none settled yet."""
    return all(w.core and not w.settled for w in chunk) and all(
        a.trail == "" and b.lead == "" for a, b in itertools.pairwise(chunk)
    )


def _letters(phrase: str) -> str:
    return " ".join(strip_marks(w) for w in phrase.split())


def _respell(chunk: Sequence[_Word], spelling: str) -> None:
    for w, s in zip(chunk, spelling.split(), strict=True):
        w.new = _cased(w.core, s) if phrase_key(w.core) != phrase_key(s) else None
        w.settled = True


def _cased(read: str, spelling: str) -> str:
    """``spelling`` with the letter case and tone placement style of ``read`` (the same letters)."""
    styled = unicodedata.normalize("NFC", convert(spelling.lower(), placement(read) or "old"))
    if len(styled) != len(read):
        return read
    return "".join(c.upper() if r.isupper() else c for r, c in zip(read, styled, strict=True))


# --- places ---------------------------------------------------------------------------------------


@cache
def _place_names() -> dict[str, tuple[tuple[str, frozenset[str]], ...]]:
    """Gazetteer names and their levels, by letters."""
    names: defaultdict[str, list[tuple[str, frozenset[str]]]] = defaultdict(list)
    for name, levels in gazetteer.load().names.values():
        names[_letters(name)].append((name, levels))
    return {k: tuple(v) for k, v in names.items()}


_UNIT_LETTERS = {_letters(u): u for u in UNITS}


def _unit_at(words: Sequence[_Word], i: int) -> str | None:
    """The unit word starting at ``words[i]`` by its letters ("THÀNH PHÓ" → "thành phố")."""
    for size in (2, 1):
        chunk = words[i : i + size]
        if len(chunk) == size and _plain(chunk) and (unit := _UNIT_LETTERS.get(_letters(_spelled(chunk)))):
            return unit
    return None


def _spelled(chunk: Sequence[_Word]) -> str:
    return " ".join(w.core for w in chunk)


def _name_at(words: Sequence[_Word], i: int, levels: frozenset[str], whole: bool) -> tuple[int, set[str]] | None:
    """The end of the longest capitalised run from ``words[i]`` with the letters of names of ``levels``,
    and those names; with ``whole``, only the run to the end of ``words``."""
    for end in range(min(len(words), i + _MAX_NAME), i, -1):
        chunk = words[i:end]
        if not _plain(chunk) or not all(w.core[0].isupper() for w in chunk):
            continue
        names = {n for n, lv in _place_names().get(_letters(_spelled(chunk)), ()) if lv & levels}
        if names:
            return end, names
        if whole:
            return None
    return None


def _places(words: Sequence[_Word], alone: bool) -> None:
    """Unit words and the names after them; with ``alone``, a whole value that is a name (a date line's place)."""
    if alone and _unit_at(words, 0) is None:
        found = _name_at(words, 0, _ANY_LEVEL, whole=True)
        if found and found[0] == len(words) and _one_name(words, found[1]):
            _respell(words, found[1].pop())
        return
    i = 0
    while i < len(words):
        unit = _unit_at(words, i)
        size = len(unit.split()) if unit else 1
        joined = unit and _plain(words[i + size - 1 : i + size + 1])
        found = _name_at(words, i + size, UNITS[unit], whole=False) if unit and joined else None
        if not unit or not found:
            i += 1
            continue
        end, names = found
        if _one_name(words[i + size : end], names):
            _respell(words[i : i + size], unit)
            _respell(words[i + size : end], names.pop())
        i = end


def _one_name(chunk: Sequence[_Word], names: set[str]) -> bool:
    """One name fits, and no word to respell is, as read, a syllable of some other place name ("Đông")."""
    if len({phrase_key(n) for n in names}) != 1:
        return False
    spelled = next(iter(names)).split()
    places = gazetteer.load()
    return not any(
        phrase_key(w.core) != phrase_key(s) and places.has_token(w.core) for w, s in zip(chunk, spelled, strict=True)
    )


# --- agency names ---------------------------------------------------------------------------------


@cache
def _agency_phrases() -> dict[str, dict[str, str]]:
    """Agency phrases by letters, then by lookup form: heads of bodies and names from the data tables."""
    names = [*BODY_HEADS]
    for entry in load_table("issuers.json")["entries"]:
        names += [entry["name"], *entry.get("aliases", [])]
    names += [entry["correct"] for entry in load_table("nd30_capitalisation.json")["entries"]]
    phrases: defaultdict[str, dict[str, str]] = defaultdict(dict)
    for name in names:
        if all(is_valid(w) for w in name.split()):  # words, not abbreviations or lists ("Tỉnh ủy, Thành ủy")
            phrases[_letters(name)][phrase_key(name)] = name
    return dict(phrases)


def _agency(words: Sequence[_Word]) -> None:
    """Agency phrases of the issuer, longest first; a one-syllable head only as its first word."""
    i = 0
    while i < len(words):
        size = next(
            (
                n
                for n in range(min(_MAX_PHRASE, len(words) - i), 0 if i == 0 else 1, -1)
                if _plain(words[i : i + n]) and _letters(_spelled(words[i : i + n])) in _agency_phrases()
            ),
            0,
        )
        if size:
            spellings = _agency_phrases()[_letters(_spelled(words[i : i + size]))]
            if len(spellings) == 1:
                _respell(words[i : i + size], next(iter(spellings.values())))
        i += max(size, 1)


# --- titles ---------------------------------------------------------------------------------------


def _formula(words: Sequence[_Word]) -> None:
    """The formula "Về việc" that opens a title, whatever marks OCR gave it."""
    head = words[:2]
    if len(head) < 2 or not _plain(head) or head[0].lead or head[0].letters not in _FORMULA_MISREADS:
        return
    if head[1].letters != "viec":
        return
    first = "VỀ" if head[0].core.isupper() and head[1].core.isupper() else "Về"
    head[0].new = first if head[0].core != first else None
    _respell(head[1:], "việc")
    head[0].settled = True


def _unsure(w: _Word, first: bool, pages: _Pages, lex: Lexicon) -> bool:
    """A lower-case word (or the capitalised first word) that has other spellings and OCR was unsure of."""
    if not w.core or w.settled or not is_valid(w.core) or not lex.variants(w.core):
        return False
    if w.core != w.core.lower() and not (first and w.core[1:] == w.core[1:].lower()):
        return False
    start = w.start + len(w.lead)
    confidence = lowest_confidence(pages.locate, start, start + len(w.core)) if pages.locate else None
    return confidence is not None and confidence < LOW_CONFIDENCE


def _lexicon(words: Sequence[_Word], pages: _Pages, lex: Lexicon) -> None:
    """Respell unsure words whose neighbours call for one spelling of their letters far more than any other."""
    unsure = {i for i, w in enumerate(words) if _unsure(w, i == 0, pages, lex)}

    def options(i: int) -> list[str]:
        own = lexicon_module.key(words[i].new or words[i].core)
        return [own, *lex.variants(words[i].core)] if i in unsure else [own]

    def joined(a: int, b: int) -> bool:
        return (
            a >= 0 and b < len(words) and bool(words[a].core and words[b].core) and not words[a].trail + words[b].lead
        )

    for i in sorted(unsure):
        left = options(i - 1) if joined(i - 1, i) else []
        right = options(i + 1) if joined(i, i + 1) else []
        if not left and not right:
            continue
        fits = {c: _fit(lex, left, c, right) for c in options(i)}
        best = max(fits, key=lambda c: fits[c][0])
        own = lexicon_module.key(words[i].core)
        lead = min((fits[best][0] - s for c, (s, _) in fits.items() if c != best), default=math.inf)
        if (
            best != own
            and fits[best][0] - fits[own][0] >= _MIN_GAIN
            and lead >= _MIN_LEAD
            and fits[best][1] >= _MIN_PAIR
        ):
            words[i].new = _cased(words[i].core, best)


def _fit(lex: Lexicon, left: list[str], c: str, right: list[str]) -> tuple[float, int]:
    """How well ``c`` fits between the best of its neighbours' spellings, and its best pair count."""
    score, seen = 0.0, 0
    if left:
        score += max(lex.logp(a, c) for a in left)
        seen = max(lex.pair(a, c) for a in left)
    if right:
        score += max(lex.logp(c, b) for b in right)
        seen = max(seen, *(lex.pair(c, b) for b in right))
    return score, seen
