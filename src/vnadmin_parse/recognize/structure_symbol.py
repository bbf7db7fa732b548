"""The "Số:" line: number and symbol of the document itself, split into their parts.

State documents (Nghị định 30/2020/NĐ-CP, Phụ lục I mục 3 and Phụ lục III):
``Số: 45/2026/NĐ-CP``, ``Số: 29/KH-UBND``, ``Số: 2769/UBND-NCKSTTHC`` (a công văn
has no type abbreviation), ``Số: 298/TTr-CAT-PC04``. Party documents:
``Số 45-NQ/TW``.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from vnadmin_parse.model import NumberLine
from vnadmin_parse.symbols.doc_types import abbreviations

#: "Số:" then an optional number, then the symbol (possibly on the next line, when
#: a PDF split it). "Số" must not follow a letter or "/" ("CÔNG BÁO/Số 1003").
#: ``noise``: what OCR makes of a handwritten or stamped number ("@39", "Á3"), kept apart
#: so that the symbol is still read; a space OCR puts after a hyphen ("TTr- CAT") is allowed.
NUMBER_LINE = regex.compile(
    r"(?<![\p{L}/])(?:Số|SỐ)(?P<colon>[ \t]*:)?[ \t]*"
    r"(?:(?P<num>\d{1,6})|(?P<noise>(?=[^\s/]*[^\s/\p{L}])[^\s\d/\-][^\s/]{0,4}(?=[ \t]*/)))?[ \t]*(?:\n[ \t]*)?"
    r"(?P<sym>[/-][\p{L}\d](?:[\p{L}\d/&.\-]|(?<=-)[ ](?=[\p{Lu}\d]{2,}(?!\p{Ll})))*)?"
)
_YEAR = regex.compile(r"(?:19|20)\d\d")


@dataclass(frozen=True, slots=True)
class Symbol:
    """The parts of a document's number and symbol."""

    number: str | None
    year: str | None
    type_abbr: str | None
    issuer_code: str | None
    unit_code: str | None
    symbol: str
    party: bool = False

    def line(self, text: str, colon: bool, blank: bool, unreadable: bool | None = None) -> NumberLine:
        """The "Số:" line ``text`` that reads this symbol (``unreadable`` None: a heading, not a line with a slot)."""
        return NumberLine(
            text=text,
            number=self.number,
            symbol=self.symbol,
            year=self.year,
            type_abbr=self.type_abbr,
            issuer_code=self.issuer_code,
            unit_code=self.unit_code,
            colon=colon,
            blank=blank,
            party=self.party,
            unreadable=unreadable,
        )


def parse_symbol(number: str | None, symbol: str) -> Symbol:
    """Split a symbol written after the number ("/2026/NĐ-CP", "/UBND-NC", "-NQ/TW")."""
    if symbol.startswith("-"):
        type_abbr, _, rest = symbol[1:].partition("/")
        issuer, _, unit = rest.partition("-")
        return Symbol(number, None, type_abbr or None, issuer or None, unit or None, symbol, party=True)
    body = symbol.lstrip("/")
    year: str | None = None
    head, sep, tail = body.partition("/")
    if sep and _YEAR.fullmatch(head):
        year, body = head, tail
    groups = [g for g in body.split("-") if g]
    if not groups:
        return Symbol(number, year, None, None, None, symbol)
    if len(groups) > 1 and groups[0] in abbreviations():
        return Symbol(number, year, groups[0], groups[1], "-".join(groups[2:]) or None, symbol)
    return Symbol(number, year, None, groups[0], "-".join(groups[1:]) or None, symbol)
