"""Symbols of legal normative documents: ``số/năm/loại-cơ quan`` ("72/2015/NĐ-CP", "83/2015/QH13").

>>> format("72/2015/NĐCP")
'72/2015/NĐ-CP'
>>> parse("176/1998/TTLT-BTC-BCN-TCHQ").issuers
('BTC', 'BCN', 'TCHQ')
>>> parse("83/2015/QH13").abbreviation is None
True
>>> format("20/2023QH15")
'20/2023/QH15'
>>> is_valid("22/2016/TT-BTTTT")
True
>>> validate("45/25010/NĐ-CP")
Traceback (most recent call last):
...
vnadmin_parse.symbols.errors.InvalidYear: '45/25010/NĐ-CP': năm 25010 không thể là năm ban hành
"""

from __future__ import annotations

import regex

from vnadmin_parse.symbols.base import Symbol, checked, compact, read_codes, succeeds
from vnadmin_parse.symbols.errors import InvalidFormat

_SHAPE = regex.compile(r"^(\d{1,5})/(\d{1,6})(/?)([^\d/-].*)$")
FIRST_YEAR, LAST_YEAR = 1945, 2100


def parse(text: str) -> Symbol:
    """Read a legal symbol leniently; what had to be fixed is in ``Symbol.repairs``."""
    c = compact(text)
    m = _SHAPE.match(c)
    if not m:
        raise InvalidFormat(f"{text!r}: không có dạng số/năm/ký hiệu")
    year_text = m.group(2)
    repairs: list[str] = []
    if len(year_text) != 4 or not FIRST_YEAR <= int(year_text) <= LAST_YEAR:
        repairs.append("impossible-year")
    if not m.group(3):
        repairs.append("missing-slash")
    abbreviation, codes, more = read_codes(m.group(4), "legal")
    return Symbol(
        written=text,
        kind="legal",
        number=m.group(1),
        year=int(year_text),
        abbreviation=abbreviation,
        issuers=tuple(codes),
        repairs=tuple(repairs + more),
    )


def validate(text: str) -> Symbol:
    """The symbol if it is written correctly; otherwise raise a specific SymbolError."""
    return checked(parse(text), text)


def is_valid(text: str) -> bool:
    """Whether ``text`` is a correctly written legal symbol."""
    return succeeds(validate, text)


def format(text: str) -> str:
    """The corrected form of a legal symbol."""
    return parse(text).canonical
