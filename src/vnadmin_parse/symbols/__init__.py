"""Document numbers and symbols ("số, ký hiệu"), one module per kind, python-stdnum style.

Each of :mod:`legal`, :mod:`administrative`, :mod:`party` and :mod:`historical` (the symbols
with no year of the years before 2001) offers ``parse``
(lenient, records repairs), ``validate`` (strict, raises a specific
:class:`~vnadmin_parse.symbols.errors.SymbolError`), ``is_valid`` and ``format``
(the corrected form). :func:`parse_any` picks the kind from the shape.

>>> parse_any("72/2015/NĐCP").canonical
'72/2015/NĐ-CP'
>>> parse_any("04-CT/W").canonical
'04-CT/TW'
>>> parse_any("45/NQ-TW").kind
'party'
>>> parse_any("2769/UBND-NCKSTTHC").kind
'administrative'
>>> parse_any("1141-TC/QĐ/CĐKT").kind
'historical'
>>> parse_any("01/2021/TT- BNV").repairs
('space',)
>>> parse_any("123/KH.UBND").canonical
'123/KH-UBND'
>>> parse_any("10/2023/QĐ UBND").repairs
('space-for-hyphen',)
"""

from __future__ import annotations

import dataclasses

import regex

from vnadmin_parse.symbols import administrative, historical, issuers, legal, party
from vnadmin_parse.symbols.base import DOT_GAP, Symbol, compact
from vnadmin_parse.symbols.errors import InvalidFormat, SymbolError

__all__ = ["Symbol", "SymbolError", "compact", "parse_any"]

_PARTY = regex.compile(r"^\d{1,5}-[^\d/-]")
_LEGAL = regex.compile(r"^\d{1,5}/(?:\d{1,6}/|\d{4}[^\d/-])")
_ADMIN = regex.compile(r"^\d{1,5}/[^\d/-]")
#: A space written beside a slash or a hyphen of a symbol ("01/2021/TT- BNV"; Nghị định 30/2020/NĐ-CP, Phụ lục I,
#: mục II.3.c: "không cách chữ"). A line break there is the layout's, not the writer's.
_SPACED = regex.compile(r"[^\S\n]+[/-]|[/-][^\S\n]+")
#: A space between two codes on one line, where the hyphen belongs ("10/2023/QĐ UBND"); at a line break the
#: hyphen may be the layout's loss, not the writer's.
_SPACE_FOR_HYPHEN = regex.compile(r"(?<=\p{L})[^\S\n]+(?=\p{Lu})")


def parse_any(text: str) -> Symbol:
    """Read a symbol of any kind (raises SymbolError when it is none of them); a space beside a separator
    is recorded as the repair "space", a space or a dot in place of a hyphen as "space-for-hyphen" and
    "wrong-separator"."""
    if historical.is_shape(text):
        return historical.parse(text)
    symbol = _parse_modern(text)
    written = text.strip()
    found = [
        repair
        for repair, pattern in (
            ("space", _SPACED),
            ("space-for-hyphen", _SPACE_FOR_HYPHEN),
            ("wrong-separator", DOT_GAP),
        )
        if repair not in symbol.repairs and pattern.search(written)
    ]
    if found:
        symbol = dataclasses.replace(symbol, repairs=(*symbol.repairs, *found))
    return symbol


def _parse_modern(text: str) -> Symbol:
    c = compact(text)
    if _PARTY.match(c):
        return party.parse(text)
    if _LEGAL.match(c):
        return legal.parse(text)
    if _ADMIN.match(c):
        s = administrative.parse(text)
        if s.abbreviation and s.issuer in issuers.party_codes():
            return party.parse(text)
        return s
    raise InvalidFormat(f"{text!r}: không phải số, ký hiệu văn bản")
