"""Symbols of administrative documents: ``số/loại-cơ quan[-đơn vị]`` ("29/KH-UBND") and
công văn ``số/cơ quan-đơn vị`` ("2769/UBND-NCKSTTHC"), Nghị định 30/2020, Phụ lục I.

>>> p = parse("29/KH-UBND")
>>> (p.abbreviation, p.issuer, p.unit)
('KH', 'UBND', None)
>>> p = parse("2769/UBND-NCKSTTHC")
>>> (p.abbreviation, p.issuer, p.unit)
(None, 'UBND', 'NCKSTTHC')
>>> format("29/kh/ubnd")
'29/KH-UBND'
>>> is_valid("298/TTr-CAT-PC04")
True
>>> format("45/CV-UBND")
'45/UBND'
"""

from __future__ import annotations

import regex

from vnadmin_parse.symbols import issuers
from vnadmin_parse.symbols.base import Symbol, checked, compact, read_codes, succeeds
from vnadmin_parse.symbols.errors import InvalidFormat

_SHAPE = regex.compile(r"^(\d{1,5})/([^\d/-].*)$")


def parse(text: str) -> Symbol:
    """Read an administrative symbol leniently; fixes are listed in ``Symbol.repairs``."""
    c = compact(text)
    m = _SHAPE.match(c)
    if not m:
        raise InvalidFormat(f"{text!r}: không có dạng số/ký hiệu")
    abbreviation, codes, repairs = read_codes(m.group(2), "state-admin")
    if abbreviation is None and len(codes) > 1 and codes[0].upper() == "CV" and issuers.lookup(codes[0]) is None:
        # A công văn's symbol carries no type (Phụ lục I, mục II.3.b); "CV" is the Party's abbreviation.
        codes, repairs = codes[1:], [*repairs, "cong-van-type"]
    return Symbol(
        written=text,
        kind="administrative",
        number=m.group(1),
        year=None,
        abbreviation=abbreviation,
        issuers=(codes[0],),
        unit="-".join(codes[1:]) or None,
        repairs=tuple(repairs),
    )


def validate(text: str) -> Symbol:
    """The symbol if it is written correctly; otherwise raise a specific SymbolError."""
    return checked(parse(text), text)


def is_valid(text: str) -> bool:
    """Whether ``text`` is a correctly written administrative symbol."""
    return succeeds(validate, text)


def format(text: str) -> str:
    """The corrected form of an administrative symbol."""
    return parse(text).canonical
