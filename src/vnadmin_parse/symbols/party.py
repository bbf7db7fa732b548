"""Symbols of Party documents: ``số-loại/cơ quan`` ("45-NQ/TW", "04-CT/TW", "15-KL/TU").

>>> format("04-CT/W")
'04-CT/TW'
>>> format("45/NQ-TW")
'45-NQ/TW'
>>> parse("45/NQ-TW").repairs
('party-slash',)
>>> is_valid("36-HD/VPTW")
True
"""

from __future__ import annotations

import regex

from vnadmin_parse.symbols import doc_types, issuers
from vnadmin_parse.symbols.base import Symbol, canonical_code, checked, compact, split_glued, succeeds
from vnadmin_parse.symbols.errors import InvalidComponent, InvalidFormat

_SHAPE = regex.compile(r"^(\d{1,5})([/-])([^\d/-]+?)(?:([/-])([^\d/-].*))?$")


def _repair_issuer(code: str) -> tuple[str, bool]:
    """A truncated Party code ("W") completed to the one known code it ends ("TW")."""
    if code in issuers.party_codes():
        return code, False
    longer = sorted((c for c in issuers.party_codes() if c.endswith(code) and len(c) == len(code) + 1), key=len)
    return (longer[0], True) if len(longer) == 1 else (code, False)


def parse(text: str) -> Symbol:
    """Read a Party symbol leniently (also the wrong "45/NQ-TW" shape); fixes go in ``repairs``."""
    c = compact(text)
    m = _SHAPE.match(c)
    if not m:
        raise InvalidFormat(f"{text!r}: không có dạng số-loại/cơ quan")
    repairs: list[str] = []
    head, rest = m.group(3), m.group(5)
    if rest is None:
        glued = split_glued(head, "party")
        if glued is None:
            raise InvalidFormat(f"{text!r}: thiếu cơ quan ban hành")
        head, rest = glued
        repairs.append("missing-hyphen")
    abbreviation = doc_types.canonical_abbreviation(head)
    if abbreviation is None or abbreviation not in doc_types.abbreviations("party"):
        raise InvalidComponent(f"{text!r}: {head!r} không phải tên loại văn bản của Đảng")
    if abbreviation != head:
        repairs.append("lowercase")
    if m.group(2) == "/":
        repairs.append("party-slash")
    elif m.group(4) == "-":
        repairs.append("wrong-separator")
    codes = [canonical_code(p) for p in regex.split(r"[/-]", rest)]
    if codes != regex.split(r"[/-]", rest) and "lowercase" not in repairs:
        repairs.append("lowercase")
    codes[0], truncated = _repair_issuer(codes[0])
    if truncated:
        repairs.append("truncated-issuer")
    return Symbol(
        written=text,
        kind="party",
        number=m.group(1),
        year=None,
        abbreviation=abbreviation,
        issuers=tuple(codes),
        repairs=tuple(repairs),
    )


def validate(text: str) -> Symbol:
    """The symbol if it is written correctly; otherwise raise a specific SymbolError."""
    return checked(parse(text), text)


def is_valid(text: str) -> bool:
    """Whether ``text`` is a correctly written Party symbol."""
    return succeeds(validate, text)


def format(text: str) -> str:
    """The corrected form of a Party symbol."""
    return parse(text).canonical
