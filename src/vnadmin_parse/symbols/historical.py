"""Symbols of the years before the year entered the number (before 2001–2002): a number and the
issuer's code, sometimes the type's, with no year — "43/CP", "25-HĐBT", "1141-TC/QĐ/CĐKT",
"1148/TC-QĐ/TCCB", "60-TC/TCT", "31-L/CTN", "06-LCT/HĐNN".

They were written in several ways, each issuer its own, and a citation copies the number as it was
issued: these symbols are read as they are written, never "repaired" to today's shape (only a space
after the number, where a hyphen was lost, becomes the hyphen). The issuer's code comes first in the
ministries' numbers ("TC" Bộ Tài chính, then the type "QĐ" and the unit "CĐKT"); laws and ordinances
carry the number of the President's order that promulgated them ("L-CTN", "LCT/HĐNN").

>>> format("12 TC/TCT")
'12-TC/TCT'
>>> p = parse("1148/TC-QĐ/TCCB")
>>> (p.kind, p.number, p.year, p.abbreviation, p.issuers)
('historical', '1148', None, 'QĐ', ('TC', 'TCCB'))
>>> parse("1141-TC/QĐ/CĐKT").canonical
'1141-TC/QĐ/CĐKT'
>>> parse("43/CP").issuers
('CP',)
>>> is_valid("25-HĐBT"), is_valid("31-L/CTN"), is_valid("06-LCT/HĐNN8")
(True, True, True)
>>> is_shape("45-NQ/TW"), is_shape("29/KH/UBND"), is_shape("72/2015/NĐ-CP"), is_shape("2769/UBND-NCKSTTHC")
(False, False, False, False)
>>> is_shape("2- Đối"), is_shape("200/TTg")
(False, True)
>>> validate("12/2015/TC")
Traceback (most recent call last):
...
vnadmin_parse.symbols.errors.InvalidFormat: '12/2015/TC': không có dạng số-ký hiệu không năm (trước năm 2001)
"""

from __future__ import annotations

import regex

from vnadmin_parse.symbols import doc_types
from vnadmin_parse.symbols.base import Symbol, canonical_code, compact, split_glued, succeeds
from vnadmin_parse.symbols.errors import InvalidFormat

# The number, its separator (a space stands for a lost hyphen), then groups of letters.
_SHAPE = regex.compile(r"^(\d{1,5})([-/ ])(\p{L}[\p{L}\d&]*(?:[-/]\p{L}[\p{L}\d&]*)*)$")
#: Central bodies whose legal documents carried the bare code before the year entered the number:
#: "43/CP" (Chính phủ), "200/TTg" (Thủ tướng), "25-HĐBT" (Hội đồng Bộ trưởng), "L-CTN" (Chủ tịch nước),
#: "LCT/HĐNN" (Hội đồng Nhà nước).
CENTRAL = frozenset({"CP", "TTg", "HĐBT", "HĐNN", "CTN"})
#: Type codes of the President's and State Council's promulgation orders ("Lệnh công bố").
_ORDERS = frozenset({"L", "LCT"})


def _spaced(text: str) -> str:
    """The compact form, with a space after the number kept (it is a separator here)."""
    m = regex.match(r"^\s*(\d{1,5})\s+(?=\p{Lu})", text)
    return f"{m.group(1)} {compact(text[m.end() :])}" if m else compact(text)


def _groups(body: str) -> list[str]:
    return [str(g) for g in regex.split(r"[-/]", body)]


def _abbreviation(groups: list[str]) -> str | None:
    """The type code: a known type abbreviation after the first group (the first is the issuer's)."""
    for g in groups[1:]:
        known = doc_types.canonical_abbreviation(g)
        if known is not None:
            return known
    return None


def is_shape(text: str) -> bool:
    """Whether ``text`` has a shape only the symbols before the year was entered have.

    A number followed by a space or a hyphen and codes that are not a Party document's
    ("60-TC/TCT", "25-HĐBT"; "45-NQ/TW" is a Party symbol); two slashes with a type code after the
    first group ("1141-TC/QĐ/CĐKT", "1148/TC-QĐ/TCCB"; "29/KH/UBND" is today's symbol written
    wrongly); a bare central code ("43/CP"); a promulgation order ("31-L/CTN", "12/L-CTN").
    """
    c = _spaced(text)
    m = _SHAPE.match(c)
    if m is None:
        return False
    sep, groups = m.group(2), _groups(m.group(3))
    if not all(g.isupper() or canonical_code(g) in CENTRAL for g in groups):
        return False  # codes are written in capitals ("TTg" aside): "2- Đối" is a list item
    if any(canonical_code(g) in _ORDERS for g in groups[:1]) and len(groups) > 1:
        return True
    if sep == " ":
        return True
    if sep == "-":  # a Party symbol, even written wrongly ("45-NQ-TW", "45-NQTW"), is not one of these
        party = doc_types.canonical_abbreviation(groups[0]) in doc_types.abbreviations("party")
        return not party and split_glued(groups[0], "party") is None
    if m.group(3).count("/") >= 1:
        return _abbreviation(groups) is not None
    return len(groups) == 1 and canonical_code(groups[0]) in CENTRAL


def parse(text: str) -> Symbol:
    """Read a symbol of the years before the year entered the number, as it is written."""
    c = _spaced(text)
    m = _SHAPE.match(c)
    if m is None:
        raise InvalidFormat(f"{text!r}: không có dạng số-ký hiệu không năm (trước năm 2001)")
    body = regex.sub(r"[^-/]+", lambda g: canonical_code(g.group()), m.group(3))
    groups = _groups(body)
    abbreviation = _abbreviation(groups)
    sep = "-" if m.group(2) == " " else m.group(2)
    return Symbol(
        written=text,
        kind="historical",
        number=m.group(1),
        year=None,
        abbreviation=abbreviation,
        issuers=tuple(g for g in groups if g != abbreviation),
        as_issued=f"{m.group(1)}{sep}{body}",
    )


def validate(text: str) -> Symbol:
    """The symbol if it has a shape of those years; otherwise raise a specific SymbolError."""
    if not is_shape(text):
        parse(text)  # the specific error, when there is one
        raise InvalidFormat(f"{text!r}: không phải dạng số, ký hiệu trước năm 2001")
    return parse(text)


def is_valid(text: str) -> bool:
    """Whether ``text`` is a symbol of the years before the year entered the number."""
    return succeeds(validate, text)


def format(text: str) -> str:
    """The symbol as issued (a space after the number becomes the hyphen it stands for)."""
    return parse(text).canonical
