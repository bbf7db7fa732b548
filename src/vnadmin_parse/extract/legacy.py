"""Legacy Vietnamese encodings (TCVN3, VNI, VISCII): detection and conversion.

A legacy document reaches us as Latin-1 look-alikes ("QuyÕt ®Þnh" for "Quyết
định"). Conversion works run by run: a font name (".VnTime", "VNI-Times") is a
hint, never proof; the text itself decides, by whether converting it turns
non-words into Vietnamese syllables. Text that already holds Vietnamese letters
outside Latin-1 is Unicode and is never converted.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Collection, Sequence
from dataclasses import dataclass

import regex

from vnadmin_parse.extract.legacy_tables import LOOKALIKES, TCVN3, VISCII, VNI_LETTERS, VNI_MARKS

ENCODINGS = ("tcvn3", "vni", "viscii")
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_NUCLEI = (
    "iêu|oai|oay|oao|oeo|uây|uôi|ươi|ươu|uya|uyê|uyu|yêu|"
    "ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|oo|ua|uâ|uê|ui|uô|uơ|ưa|ưi|ưu|ươ|uy|yê|"
    "a|ă|â|e|ê|i|o|ô|ơ|u|ư|y"
)
_SYLLABLE = regex.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
    rf"(?:{_NUCLEI})"
    r"(?:ch|ng|nh|[cmnpt])?"
)
WORD = re.compile(r"[^\s\d.,;:!?()\[\]\"'“”/\-–]+")
# Capitals without a vowel and with a Đ: abbreviations ("QĐ", "HĐND", "VSLĐ"), not syllables nor garbage.
_ABBREVIATION = regex.compile(r"[BCDGHKLMNPQRSTVX]*Đ[BCDĐGHKLMNPQRSTVX]*")


def _byte(ch: str) -> int | None:
    code = ord(ch)
    if code < 0x100:
        return code
    if ch in LOOKALIKES:
        return LOOKALIKES[ch]
    try:
        return ch.encode("cp1252")[0]
    except UnicodeEncodeError:
        return None


_VIET_EXTRA = frozenset(
    ch
    for ch in (chr(c) for c in range(0x100, 0x1FFF))
    if unicodedata.category(ch) in ("Lu", "Ll")
    and (unicodedata.normalize("NFD", ch)[0].lower() in "aeiouyd")
    and regex.fullmatch(r"[\p{Latin}]", ch)
    and all(m in _TONES | {"\u0302", "\u0306", "\u031b"} for m in unicodedata.normalize("NFD", ch)[1:])
) | {"đ", "Đ"}


_VIET_EXTRA_SEARCH = re.compile("[" + re.escape("".join(sorted(_VIET_EXTRA))) + "]").search


def has_unicode_vietnamese(text: str) -> bool:
    """Whether ``text`` holds a Vietnamese letter that no 8-bit encoding produces (ạ, ư, đ…)."""
    return _VIET_EXTRA_SEARCH(text) is not None


@functools.lru_cache(maxsize=65536)
def is_syllable(word: str) -> bool:
    """Whether ``word`` has the shape of a Vietnamese syllable (one tone mark at most, one case)."""
    if not (word.islower() or word.isupper() or word[1:].islower()):
        return False
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = sum(1 for c in decomposed if c in _TONES)
    if tones > 1:
        return False
    base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
    return _SYLLABLE.fullmatch(base) is not None


@functools.lru_cache(maxsize=65536)
def _word_score(word: str) -> int:
    if word.isascii() or _ABBREVIATION.fullmatch(word):
        return 0
    return 1 if is_syllable(word) else -1


_ASCII_LETTER = re.compile("[A-Za-z]").search


def _words(text: str) -> list[str]:
    """The words of ``text`` that hold an ASCII letter: those a legacy encoding can be judged on."""
    return [w for w in WORD.findall(unicodedata.normalize("NFC", text)) if _ASCII_LETTER(w)]


def syllable_score(text: str) -> int:
    """Words of ``text`` with diacritics that are Vietnamese syllables, less those that are not."""
    return sum(_word_score(w) for w in _words(text))


@functools.lru_cache(maxsize=1024)
def font_hint(fontname: str) -> str | None:
    """The legacy encoding a font name suggests (".VnTime" → tcvn3, "VNI-Times" → vni)."""
    name = fontname.split("+", 1)[-1].lower().lstrip(".")
    if name.startswith("vni"):
        return "vni"
    if name.startswith("vn") or name.startswith("abc"):
        return "tcvn3"
    if "viscii" in name or name.startswith("vps"):
        return "viscii"
    return None


def convert(text: str, encoding: str) -> tuple[str, Sequence[int]]:
    """``text`` decoded as ``encoding``; also, for each output character, its source index."""
    if encoding == "vni":
        return _convert_vni(text)
    return text.translate(_translation(encoding)), range(len(text))


@functools.cache
def _translation(encoding: str) -> dict[int, str]:
    """``str.translate`` table of a single-byte encoding: every character whose byte it redefines."""
    table = TCVN3 if encoding == "tcvn3" else VISCII
    cp1252 = bytes(range(0x80, 0xA0)).decode("cp1252", "ignore")
    chars = [chr(c) for c in range(0x100)] + list(LOOKALIKES) + list(cp1252)
    return {ord(ch): table[b] for ch in chars if (b := _byte(ch)) is not None and b in table}


def _convert_vni(text: str) -> tuple[str, list[int]]:
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        b = _byte(ch)
        if b is not None and b in VNI_MARKS and out and _takes_mark(out[-1]):
            out[-1] = unicodedata.normalize("NFC", out[-1] + VNI_MARKS[b])
            continue
        out.append(VNI_LETTERS.get(b, ch) if b is not None else ch)
        index.append(i)
    return "".join(out), index


def _takes_mark(letter: str) -> bool:
    base = unicodedata.normalize("NFD", letter)
    return base[0].lower() in "aeouy" and len(base) <= 2


def decide(text: str, hint: str | None = None) -> str | None:
    """The legacy encoding of ``text``, or None when it is (or may be) Unicode.

    Without a hint, converting must gain Vietnamese syllables; with a hint (a
    font name, or the encoding of the rest of the document) it must lose none.
    """
    if has_unicode_vietnamese(text) or text.isascii():
        return None
    if not hint and not (any("\xa0" <= ch <= "\xff" for ch in text) and any(c.isascii() and c.isalpha() for c in text)):
        return None  # only symbols ("…", "§") would change: no evidence of a legacy font
    before = syllable_score(text)
    best: tuple[int, str] | None = None
    for encoding in (hint,) if hint else ENCODINGS:
        assert encoding is not None
        converted, _ = convert(text, encoding)
        if converted == text:
            continue
        words = _words(converted)
        gain = sum(map(_word_score, words)) - before
        if (gain > 0 or (hint and gain == 0)) and _mostly_syllables(words) and (best is None or gain > best[0]):
            best = (gain, encoding)
    return best[1] if best else None


def _mostly_syllables(words: list[str]) -> bool:
    """Whether at least 70% of the words with diacritics are syllables (garbage stays garbage)."""
    marked = [w for w in words if not w.isascii() and not _ABBREVIATION.fullmatch(w)]
    return not marked or sum(map(is_syllable, marked)) >= 0.7 * len(marked)


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text after legacy conversion, with the source index of each character."""

    text: str
    index: tuple[int, ...]
    encodings: frozenset[str]


_TAIL = regex.compile(r"\S*\Z")
_HEAD = regex.compile(r"\A\S*")
_CHUNK = regex.compile(r"\S+\s*|\s+")


def _chunks(line: str) -> list[str]:
    """A line as one run, or word by word when Unicode and legacy text share it."""
    if not has_unicode_vietnamese(line):
        return [line]
    return [m.group() for m in _CHUNK.finditer(line)]


def encoding_name(encodings: Collection[str]) -> str:
    """ "unicode" when nothing was converted, the one legacy encoding found, else "mixed"."""
    if not encodings:
        return "unicode"
    return next(iter(encodings)) if len(encodings) == 1 else "mixed"


def conversion_note(encoding: str, where: str = "") -> str:
    """The note telling a reader the text was converted from ``encoding`` (``where``: "ở trang 1, 2")."""
    return f"Văn bản dùng bảng mã cũ ({encoding}){' ' + where if where else ''}; đã chuyển sang Unicode"


def decode_lines(text: str, hint: str | None = None) -> Decoded:
    """Convert ``text`` line by line (documents mix encodings); Unicode is kept as is.

    A line holding Unicode Vietnamese letters is decided word by word, on each
    word's own evidence. Other lines are decided whole; a first pass finds the
    document's main legacy encoding, which then serves as the hint for lines too
    short to decide alone.
    """
    lines = text.splitlines(keepends=True)
    if hint is None:
        plain = [(line, "") for line in lines if not has_unicode_vietnamese(line)]
        hint = _dominant(plain)
    runs: list[tuple[str, str]] = []
    hints: list[str | None] = []
    for line in lines:
        chunks = _chunks(line)
        runs.extend((chunk, "") for chunk in chunks)
        hints.extend([hint if len(chunks) == 1 else None] * len(chunks))
    return _decode(runs, hints)


def _dominant(runs: Sequence[tuple[str, str]]) -> str | None:
    votes: dict[str, int] = {}
    for text, _font in runs:
        encoding = decide(text)
        if encoding:
            votes[encoding] = votes.get(encoding, 0) + len(text)
    return max(votes, key=lambda e: votes[e]) if votes else None


def decode_runs(runs: Sequence[tuple[str, str]]) -> Decoded:
    """Convert ``(text, font name)`` runs, each on its own evidence with its font as a hint."""
    return _decode(runs, [None] * len(runs))


def _edge(pattern: regex.Pattern[str], text: str) -> str:
    m = pattern.search(text)
    return m.group() if m else ""


def _decode(runs: Sequence[tuple[str, str]], hints: Sequence[str | None]) -> Decoded:
    out: list[str] = []
    index: list[int] = []
    found: set[str] = set()
    pos = 0
    for k, ((text, font), hint) in enumerate(zip(runs, hints, strict=True)):
        # A font change can fall inside a word ("®" + "−îc"): judge the run with the
        # rest of the words it shares with its neighbours.
        inside_left = k > 0 and text[:1].strip() != ""
        inside_right = k + 1 < len(runs) and text[-1:].strip() != ""
        left = _edge(_TAIL, runs[k - 1][0]) if inside_left else ""
        right = _edge(_HEAD, runs[k + 1][0]) if inside_right else ""
        encoding = decide(left + text + right, font_hint(font) or hint)
        if encoding:
            converted, idx = convert(text, encoding)
            out.append(converted)
            index.extend(map(pos.__add__, idx))
            found.add(encoding)
        else:
            out.append(text)
            index.extend(range(pos, pos + len(text)))
        pos += len(text)
    return Decoded("".join(out), tuple(index), frozenset(found))
