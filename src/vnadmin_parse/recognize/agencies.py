"""Mentions of agencies by their official names, and how each is written against that name.

The names come from the central table of issuers (:func:`vnadmin_parse.symbols.issuers.issuers`) and the
table of local bodies (:mod:`vnadmin_parse.symbols.local_bodies`). One scan over the words of the text
looks each capitalised word up as the head of a name and walks a trie keyed by the words' keyboard
skeletons (no case, no diacritics), skipping "và" and punctuation, so that "Sở Văn Hóa Thể Thao Và Du Lịch"
and "Bộ Thông tin Truyền thông" reach the names they were meant to be. A mention is then compared with
the accepted spellings of its name:

- ``"form"``: a "và", comma or dash is missing or different ("Bộ Thông tin Truyền thông");
- ``"spelling"``: a diacritic differs ("Sở Văn hóa, Thẻ thao và Du lịch");
- ``"case"``: only capitals differ (Phụ lục II Nghị định 30/2020/NĐ-CP: "Bộ Tài Chính");
- ``None``: written as accepted. Old and new tone placement (hóa/hoá) and i/y are not told apart, and a
  name written wholly in capitals (a header) is not judged.

A local body's name may go on with the unit and the place ("Ủy ban nhân dân tỉnh Quảng Ngãi"), which the
mention records.

>>> [(m.name, m.problem) for m in mentions("Gửi Bộ Tài Chính và Bộ Thông tin Truyền thông.")]
[('Bộ Tài chính', 'case'), ('Bộ Thông tin và Truyền thông', 'form')]
>>> m = mentions("Sở Văn hoá, Thẻ thao và Du lịch tỉnh Quảng Ngãi")[0]
>>> m.problem, m.suggestion, m.unit, m.place
('spelling', 'Sở Văn hoá, Thể thao và Du lịch', 'tỉnh', 'Quảng Ngãi')
>>> mentions("SỞ TÀI CHÍNH; Sở Văn hoá, Thể thao và Du lịch; Ủy ban nhân dân tỉnh")[1].problem is None
True
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from vnadmin_parse.model import AgencyMention
from vnadmin_parse.symbols.issuers import issuers
from vnadmin_parse.symbols.local_bodies import local_bodies
from vnadmin_parse.symbols.provinces import lookup as lookup_province
from vnadmin_parse.vietnamese.gazetteer import UNITS
from vnadmin_parse.vietnamese.gazetteer import load as gazetteer
from vnadmin_parse.vietnamese.lexicon import load as load_lexicon
from vnadmin_parse.vietnamese.lexicon import phrase_key
from vnadmin_parse.vietnamese.syllable import strip_marks
from vnadmin_parse.vietnamese.tone import convert, placement

_TOKEN = regex.compile(r"[\p{L}\p{M}]+|[,&\-–—]")
#: What may stand between two words of one name: spaces, or one line break of a wrapped line.
_GAP = regex.compile(r"[ \t\u00a0]*\n?[ \t\u00a0]*")
_DASHES = str.maketrans({"–": "-", "—": "-"})
_I_Y = str.maketrans("yýỳỷỹỵYÝỲỶỸỴ", "iíìỉĩịIÍÌỈĨỊ")
#: Words whose capital the official texts themselves vary on, so that either case is accepted in a name:
#: "Nhà nước" (Phụ lục II Nghị định 30/2020/NĐ-CP, Mục V.1; "Kiểm toán Nhà nước" in its Nơi nhận, "Kiểm toán nhà
#: nước" in the law), "trung ương" (Phụ lục II writes "Ban Chỉ đạo trung ương" and "Ban Chấp hành Trung ương"),
#: "kiểm sát" (a function word, capitalised under Mục IV.1.a, lower case in the Constitution's "Viện kiểm sát").
_EITHER_CASE = frozenset({("nhà", "nước"), ("trung", "ương"), ("kiểm", "sát")})
#: Longest name considered, in tokens.
_LONGEST = 16
_LONGEST_PLACE = 5


@dataclass(frozen=True, slots=True)
class _Name:
    """The accepted spellings of one name (as token tuples) and what kind of body it is."""

    official: str | None  # None when two bodies share the skeleton and differ in spelling
    spelling: str | None  # the form to suggest: the official name, or the body's accepted form with this key
    accepted: tuple[tuple[str, ...], ...]
    local: bool
    requires_unit: bool
    abbreviation: bool


def _tokens(name: str) -> tuple[str, ...]:
    return tuple(t.translate(_DASHES) for t in _TOKEN.findall(name))


def _is_word(token: str) -> bool:
    return token[:1].isalpha()


def _skip(token: str) -> bool:
    """Tokens a name may gain or lose without becoming another name: "và" and punctuation."""
    return not _is_word(token) or token.casefold() == "và"


def _key(tokens: Iterable[str]) -> tuple[str, ...]:
    return tuple(strip_marks(t) for t in tokens if not _skip(t))


def _form(tokens: Sequence[str]) -> tuple[str, ...]:
    return tuple("và" if t.casefold() == "và" else ("w" if _is_word(t) else t) for t in tokens)


def _letters(tokens: Sequence[str]) -> tuple[str, ...]:
    return tuple(phrase_key(t).translate(_I_Y) for t in tokens if _is_word(t))


def _cased(tokens: Sequence[str]) -> tuple[str, ...]:
    """The words as written, tone placement and i/y unified, with the first word of each pair of
    :data:`_EITHER_CASE` in lower case."""
    words = [convert(t, "old").translate(_I_Y) for t in tokens if _is_word(t)]
    for k in range(len(words) - 1):
        if (words[k].lower(), words[k + 1]) in _EITHER_CASE:
            words[k] = words[k].lower()
    return tuple(words)


def _sources() -> Iterable[tuple[str, tuple[str, ...], bool, bool, bool]]:
    """(official name, accepted spellings, local, requires unit, abbreviation) from both tables."""
    for issuer in issuers().values():
        yield issuer.name, issuer.names(), False, False, False
    for body in local_bodies():
        yield body.name, body.names(), True, body.requires_unit, False
        for short in body.abbreviations:
            yield short, (short,), True, body.requires_unit, True


@cache
def _table() -> tuple[dict[tuple[str, ...], _Name], frozenset[tuple[str, ...]]]:
    """Names by skeleton key, and every prefix of a key (the trie's inner nodes)."""
    spellings: defaultdict[tuple[str, ...], list[tuple[str, str, tuple[str, ...], bool, bool, bool]]]
    spellings = defaultdict(list)
    for official, accepted, local, requires_unit, abbreviation in _sources():
        for spelling in accepted:
            tokens = _tokens(spelling)
            words = [t for t in tokens if not _skip(t)]
            if not words or (len(words) < 2 and not abbreviation) or not words[0][:1].isupper() or _pair(tokens):
                continue
            spellings[_key(tokens)].append((official, spelling, tokens, local, requires_unit, abbreviation))
    names: dict[tuple[str, ...], _Name] = {}
    for key, found in spellings.items():
        officials = {phrase_key(o) for o, *_ in found}
        own = [spelling for official, spelling, *_ in found if spelling == official]
        names[key] = _Name(
            official=found[0][0] if len(officials) == 1 else None,
            spelling=(own or [found[0][1]])[0] if len(officials) == 1 else None,
            accepted=tuple(dict.fromkeys(t for _, _, t, *_ in found)),
            local=any(f[3] for f in found),
            requires_unit=any(f[4] for f in found),
            abbreviation=all(f[5] for f in found),
        )
    prefixes = frozenset(k[:i] for k in names for i in range(1, len(k) + 1))
    return names, prefixes


def _pair(tokens: Sequence[str]) -> bool:
    """True for a pair of short names joined by a comma ("Tỉnh ủy, Thành ủy"), which is a list, not a name."""
    parts: list[list[str]] = [[]]
    for t in tokens:
        if t == ",":
            parts.append([])
        elif _is_word(t):
            parts[-1].append(t)
    return len(parts) > 1 and all(0 < len(p) <= 2 and p[0][:1].isupper() for p in parts)


def _gaps(tokens: Sequence[str]) -> list[frozenset[str]]:
    """The separators ("và", ",", "-") between each two neighbouring words."""
    gaps: list[frozenset[str]] = []
    between: set[str] = set()
    for k, t in enumerate(tokens):
        if not _is_word(t) or t.casefold() == "và":
            between.add(t.casefold())
        elif k:
            gaps.append(frozenset(between))
            between = set()
    return gaps


def _problem(written: Sequence[str], accepted: Sequence[Sequence[str]]) -> str | None:
    """How ``written`` departs from the closest accepted spelling; None if it is one of them or too far.

    A separator where the name has none ("Bộ, Công an tỉnh") means a list, not a name; more than a third
    of the words with other letters ("Uy ban nhan dan", typed without diacritics) is not judged, nor a
    diacritic in a name of two words ("Quân ủy" is not a misspelt "Quận ủy").
    """
    words = [t for t in written if _is_word(t) and t.casefold() != "và"]
    if all(w.isupper() for w in words):
        return None  # a header in capitals, or an abbreviation
    form, letters, cased, gaps = _form(written), _letters(written), _cased(written), _gaps(written)
    found: set[str] = set()
    for a in accepted:
        if any(w and not o for w, o in zip(gaps, _gaps(a), strict=True)):
            continue
        differ = sum(
            x != y
            for x, y in zip(
                _letters([t for t in written if t.casefold() != "và"]),
                _letters([t for t in a if t.casefold() != "và"]),
                strict=True,
            )
        )
        if _form(a) == form and _letters(a) == letters:
            if _cased(a) == cased:
                return None
            found.add("case")
        elif differ <= len(words) // 3 and (differ == 0 or len(words) >= 3):
            found.add("spelling" if _form(a) == form else "form")
    return next((p for p in ("case", "spelling", "form") if p in found), None)


def _styled(official: str, written: Sequence[str]) -> str:
    """``official`` in the tone placement the mention uses ("hoá" or "hóa")."""
    styles = {s for t in written if (s := placement(t))}
    if len(styles) != 1:
        return official
    style = styles.pop()
    styled: str = regex.sub(r"[\p{L}\p{M}]+", lambda m: convert(m.group(), style), official)
    return styled


def _place(text: str, spans: Sequence[tuple[int, int]], i: int) -> tuple[str, int, str | None, int, int] | None:
    """(unit as written, unit start, place, end, next index) of "tỉnh Quảng Ngãi" at token ``i``; the place is
    None when no known name follows the unit ("Thanh tra tỉnh")."""
    for size in (2, 1):
        if i + size > len(spans) or not _joined(text, spans, i, i + size):
            continue
        unit = " ".join(text[s:e] for s, e in spans[i : i + size])
        if unit.lower() not in UNITS:
            continue
        g = gazetteer()
        best: tuple[str, int, str | None, int, int] = (unit, spans[i][0], None, spans[i + size - 1][1], i + size)
        for stop in range(i + size + 1, min(len(spans), i + size + _LONGEST_PLACE) + 1):
            if not _joined(text, spans, i, stop):
                break
            words = [text[s:e].translate(_DASHES) for s, e in spans[i + size : stop]]
            if not all(w[:1].isupper() or (w == "-" and 0 < k < len(words) - 1) for k, w in enumerate(words)):
                if words[-1] == "-":
                    continue  # "Bà Rịa - Vũng Tàu": the dash inside a province's name
                break
            name = " ".join(words)
            if g.level(name) or lookup_province(name):
                best = (unit, spans[i][0], name, spans[stop - 1][1], stop)
        return best
    return None


def _joined(text: str, spans: Sequence[tuple[int, int]], i: int, stop: int) -> bool:
    """True if tokens ``i``..``stop``-1 follow each other with only spaces (or one line break) between."""
    return all(_GAP.fullmatch(text, spans[k][1], spans[k + 1][0]) for k in range(i, stop - 1))


def _continues(text: str, spans: Sequence[tuple[int, int]], j: int) -> bool:
    """True if the name ending before token ``j`` might go on ("…, Thể thao và Du lịch" cut short)."""
    if j + 1 >= len(spans) or not _joined(text, spans, j - 1, j + 2):
        return False
    token, following = text[spans[j][0] : spans[j][1]], text[spans[j + 1][0] : spans[j + 1][1]]
    return _skip(token) and following[:1].isupper()


def _reads_on(text: str, spans: Sequence[tuple[int, int]], last: int, spelling: str) -> bool:
    """True if the name's last word, written otherwise than in ``spelling``, makes a word with the next one."""
    written = text[spans[last][0] : spans[last][1]]
    if phrase_key(written) == phrase_key(spelling.split()[-1]) or last + 1 >= len(spans):
        return False
    following = text[spans[last + 1][0] : spans[last + 1][1]]
    if not _is_word(following) or not _joined(text, spans, last, last + 2):
        return False
    lexicon = load_lexicon()
    return lexicon.pair(written, following) > 0 or lexicon.is_word(f"{written} {following}")


def _after_name(text: str, spans: Sequence[tuple[int, int]], i: int) -> bool:
    """True if token ``i`` follows a capitalised word on the same line (inside a longer proper name)."""
    if i == 0 or not _joined(text, spans, i - 1, i + 1) or "\n" in text[spans[i - 1][1] : spans[i][0]]:
        return False
    before = text[spans[i - 1][0] : spans[i - 1][1]]
    return before[:1].isupper() and _is_word(before)


#: Words after which a lower-case "bộ" or "sở" may head a ministry's or department's name written in lower case
#: ("theo hướng dẫn của bộ tài chính"); after any other word it is part of a compound ("cán bộ tài chính",
#: "toàn bộ", "cơ sở y tế") and names no body.
_BEFORE_LOWER_NAME = frozenset(
    {"của", "với", "cho", "và", "theo", "tại", "gửi", "đến", "về", "do", "hoặc", "cùng", "từ", "trình", "báo"}
)


def _lowered_head(text: str, spans: Sequence[tuple[int, int]], i: int) -> bool:
    """A lower-case "bộ"/"sở" at token ``i`` that may head a body's name: after a function word or a mark."""
    if text[spans[i][0] : spans[i][1]] not in ("bộ", "sở"):
        return False
    if i == 0:
        return True
    before = text[spans[i - 1][0] : spans[i - 1][1]]
    return before.casefold() in _BEFORE_LOWER_NAME or not _is_word(before)


@lru_cache(maxsize=8)
def mentions(text: str) -> tuple[AgencyMention, ...]:
    """Every agency named in ``text`` by a name of the tables, in order, with how it is written."""
    names, prefixes = _table()
    spans = [(m.start(), m.end()) for m in _TOKEN.finditer(text)]
    found: list[AgencyMention] = []
    i = 0
    while i < len(spans):
        head = text[spans[i][0] : spans[i][1]]
        lowered = not head[:1].isupper()
        if (lowered and not _lowered_head(text, spans, i)) or (strip_marks(head),) not in prefixes:
            i += 1
            continue
        key: tuple[str, ...] = ()
        best: tuple[int, _Name] | None = None
        j = i
        while j < len(spans) and j - i < _LONGEST and (j == i or _joined(text, spans, j - 1, j + 1)):
            token = text[spans[j][0] : spans[j][1]]
            if not _skip(token):
                key = (*key, strip_marks(token))
                if key not in prefixes:
                    break
                if key in names:
                    best = (j, names[key])
            elif j == i:
                break
            j += 1
        if best is None:
            i += 1
            continue
        last, name = best
        if lowered and (name.official is None or not name.official.startswith(("Bộ ", "Sở "))):
            i += 1
            continue
        written = [text[s:e].translate(_DASHES) for s, e in spans[i : last + 1]]
        place = _place(text, spans, last + 1) if name.local else None
        if name.requires_unit and place is None:
            i += 1
            continue
        problem = None if name.abbreviation else _problem(written, name.accepted)
        if problem == "form" and _continues(text, spans, last + 1):
            problem = None  # perhaps a longer name the tables do not know
        if problem == "spelling" and name.spelling and _reads_on(text, spans, last, name.spelling):
            problem = None  # "Trung ương đang xem xét": another word, not a misspelt "Trung ương Đảng"
        if problem == "case" and len(written) == 2 and _after_name(text, spans, i):
            problem = None  # "Nguyễn Thanh Tra": a person's name, not "Thanh tra"
        if name.official is None and problem is not None:
            problem = None  # two bodies share the skeleton: no single name to point to
        found.append(
            AgencyMention(
                start=spans[i][0],
                end=spans[last][1],
                name=name.official,
                problem=problem,
                suggestion=_styled(name.spelling, written) if name.spelling else None,
                local=name.local,
                abbreviation=name.abbreviation,
                unit=place[0] if place else None,
                unit_start=place[1] if place else -1,
                place=place[2] if place else None,
                place_end=place[3] if place else -1,
            )
        )
        i = place[4] if place else last + 1
    return tuple(found)
