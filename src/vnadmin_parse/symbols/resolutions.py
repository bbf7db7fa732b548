"""Party resolutions named by the congress or the plenum that adopted them, and their keys.

"Nghị quyết Hội nghị Trung ương 4 khóa XII", "Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung
ương Đảng khóa XI", "Nghị quyết Đại hội XIII của Đảng": a citation with no number. The key names
the body and the meeting:

- ``NQ-HNTW-<plenum>-<term>`` for a plenum of the Central Committee ("NQ-HNTW-4-XII");
- ``NQ-ĐH-<congress>`` for a national congress of the Party ("NQ-ĐH-XIII").

A plenum may adopt several resolutions (the fourth plenum of the 12th Central Committee adopted
04-NQ/TW, 05-NQ/TW and 06-NQ/TW), so a key is mapped to a number only where the document itself
cites the resolution with its number and its plenum.

>>> plenum_key("Hội nghị Trung ương 4 khóa XII")
'NQ-HNTW-4-XII'
>>> plenum_key("Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XI")
'NQ-HNTW-8-XI'
>>> plenum_key("Hội nghị lần thứ mười hai Ban Chấp hành Trung ương (khoá XIII)")
'NQ-HNTW-12-XIII'
>>> congress_key("XIII")
'NQ-ĐH-XIII'
>>> plenum_key("Hội nghị Trung ương 4 khóa XXV") is None
True
"""

from __future__ import annotations

import regex

#: Ordinals as words ("lần thứ tám"), up to the twentieth plenum.
_UNITS = {"nhất": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "lăm": 5, "sáu": 6, "bảy": 7, "tám": 8}
_UNITS |= {"chín": 9}
_WORDS = {**_UNITS, "mười": 10, "hai mươi": 20} | {f"mười {w}": 10 + n for w, n in _UNITS.items() if w not in ("nhất",)}
ORDINAL = "|".join(sorted((regex.escape(w).replace(r"\ ", r"\s+") for w in _WORDS), key=len, reverse=True))
#: The terms (khóa) and congresses so far: I (1935/1930) to XIV (2026).
ROMAN = r"(?:XIV|XIII|XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)(?![\w])"
_TERM = rf"\(?\s*kh(?:óa|oá|oa)\s+(?P<term>{ROMAN})\s*\)?"
_CENTRAL = r"(?:Ban\s+Chấp\s+hành|BCH)\s+(?:Trung\s+ương|TW)(?:\s+Đảng(?:\s+Cộng\s+sản\s+Việt\s+Nam)?)?"
#: "Hội nghị Trung ương 4 khóa XII", "Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII",
#: "Hội nghị Trung ương lần thứ 4 (khóa XII)".
PLENUM = (
    r"(?:Hội\s+nghị\s+)?(?:(?:Trung\s+ương|TW)\s+(?:lần\s+thứ\s+)?(?P<n>\d{1,2}|" + ORDINAL + r")"
    r"|(?:Hội\s+nghị\s+)?lần\s+thứ\s+(?P<n2>\d{1,2}|" + ORDINAL + r")\s+(?:của\s+)?" + _CENTRAL + r")"
    r"\s*,?\s*" + _TERM
)
#: "Đại hội XIII của Đảng", "Đại hội đại biểu toàn quốc lần thứ XIII của Đảng", "Đại hội Đảng toàn quốc lần thứ XIII".
CONGRESS = (
    r"Đại\s+hội\s+(?:(?:đại\s+biểu\s+toàn\s+quốc|Đảng\s+toàn\s+quốc|toàn\s+quốc)\s+lần\s+thứ\s+(?P<c>"
    + ROMAN
    + r")(?:\s+của\s+Đảng)?|(?:lần\s+thứ\s+)?(?P<c2>"
    + ROMAN
    + r")\s+của\s+Đảng)"
)
_PLENUM = regex.compile(PLENUM)
_LAST_TERM = 14
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50}


def _number(word: str) -> int:
    w = " ".join(word.split()).casefold()
    return int(w) if w.isdigit() else _WORDS[w]


def roman(text: str) -> int:
    """The value of a roman numeral ("XII" → 12)."""
    total = 0
    for a, b in zip(text, text[1:] + " ", strict=True):
        v = _ROMAN_VALUES[a]
        total += -v if b != " " and _ROMAN_VALUES[b] > v else v
    return total


def key_of(plenum: str | None, term: str) -> str | None:
    """The key for a plenum (or, with no plenum, a congress) and a term; None if the term is not yet."""
    if roman(term) > _LAST_TERM:
        return None
    if plenum is None:
        return f"NQ-ĐH-{term}"
    return f"NQ-HNTW-{_number(plenum)}-{term}"


def plenum_key(text: str) -> str | None:
    """The key of the plenum named at the start of ``text``, or None."""
    m = _PLENUM.match(text)
    if m is None:
        return None
    return key_of(m.group("n") or m.group("n2"), m.group("term"))


def congress_key(term: str) -> str | None:
    """The key of a national congress of the Party ("XIII" → "NQ-ĐH-XIII")."""
    return key_of(None, term)
