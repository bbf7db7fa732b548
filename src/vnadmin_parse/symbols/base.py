"""What the symbol modules share: the parsed Symbol and the cleaning step ``compact``.

>>> compact(" 542    /TB- UBND ")
'542/TB-UBND'
>>> compact("133/2025/NĐ\\ufffeCP")
'133/2025/NĐ-CP'
>>> compact("186/KH UBND")
'186/KH-UBND'
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import regex

from vnadmin_parse.symbols import doc_types, issuers
from vnadmin_parse.symbols.errors import InvalidFormat, InvalidYear, NeedsRepair, SymbolError

#: Dashes, soft hyphens and the U+FFFE left by some PDF exports for a hyphen.
DASHES = "-‐‑‒–—−\u00ad\ufffe"
_DASH = regex.compile(f"[{DASHES}]")
_SPACE_AROUND = regex.compile(r"\s*([/-])\s*")
_CODE_GAP = regex.compile(r"(?<=\p{L})\s+(?=\p{Lu})")
#: A dot or an underscore written between two codes for their hyphen ("123/KH.UBND").
DOT_GAP = regex.compile(r"(?<=\p{L})[._](?=\p{Lu})")

#: Repairs a parser may record while reading a symbol written wrongly.
REPAIRS = {
    "lowercase": ("chữ viết tắt phải viết hoa", "abbreviations must be upper case"),
    "missing-hyphen": ("thiếu dấu gạch nối (-) giữa các nhóm chữ viết tắt", "missing hyphen between abbreviations"),
    "missing-slash": ("thiếu dấu gạch chéo (/) sau năm ban hành", "missing slash after the year"),
    "wrong-separator": ("dấu phân cách sai (giữa các nhóm chữ viết tắt dùng dấu gạch nối)", "wrong separator"),
    "truncated-issuer": ("chữ viết tắt tên cơ quan ban hành bị thiếu chữ", "truncated issuer code"),
    "party-slash": (
        "văn bản của Đảng ghi số và tên loại nối bằng dấu gạch nối (số-loại/cơ quan)",
        "a Party document writes number-type/issuer",
    ),
    "impossible-year": ("năm ban hành trong số, ký hiệu không thể có", "impossible year in the symbol"),
    "space": ("có dấu cách thừa trong số, ký hiệu", "a stray space in the symbol"),
    "cong-van-type": (
        "ký hiệu công văn không có chữ viết tắt tên loại (“CV”), chỉ gồm chữ viết tắt tên cơ quan và đơn vị",
        "a công văn's symbol carries no type abbreviation (“CV”), only the issuer's and the unit's codes",
    ),
    "space-for-hyphen": (
        "dấu cách thay cho dấu gạch nối (-) giữa các nhóm chữ viết tắt",
        "a space instead of the hyphen between abbreviations",
    ),
}


@dataclass(frozen=True, slots=True)
class Symbol:
    """A document number and symbol read into its parts.

    ``repairs`` lists what had to be corrected to read it (empty for a well-written
    symbol); ``canonical`` is the corrected form.
    """

    written: str
    kind: str  # legal | administrative | party | historical
    number: str
    year: int | None
    abbreviation: str | None
    issuers: tuple[str, ...]
    unit: str | None = None
    repairs: tuple[str, ...] = ()
    #: The symbol as its issuer wrote it, for the shapes that are kept as issued (before 2001).
    as_issued: str | None = None

    @property
    def issuer(self) -> str | None:
        """The first (for joint documents: the leading) issuer code."""
        return self.issuers[0] if self.issuers else None

    @property
    def canonical(self) -> str:
        """The symbol as it should be written."""
        if self.as_issued is not None:
            return self.as_issued
        codes = "-".join(self.issuers)
        if self.kind == "party":
            return f"{self.number}-{self.abbreviation}/{codes}"
        body = "-".join(p for p in (self.abbreviation, codes, self.unit) if p)
        year = f"{self.year}/" if self.year is not None else ""
        return f"{self.number}/{year}{body}"

    @property
    def valid(self) -> bool:
        """True when no repair was needed."""
        return not self.repairs


#: Look-alikes that OCR puts for Đ/đ (Icelandic eth).
_ETH = str.maketrans({"\u00d0": "Đ", "\u00f0": "đ"})


def compact(text: str) -> str:
    """The symbol without spaces or line breaks, every dash turned into a hyphen, Ð read as Đ."""
    joined: str = _SPACE_AROUND.sub(r"\1", _DASH.sub("-", DOT_GAP.sub("-", text.strip().translate(_ETH))))
    # A space left between two codes stands for a hyphen lost at a line break ("KH UBND").
    hyphenated: str = _CODE_GAP.sub("-", joined)
    return hyphenated.replace(" ", "")


def split_glued(code: str, family: str | None) -> tuple[str, str] | None:
    """Split "NĐCP" into a known abbreviation and a known issuer code ("NĐ", "CP"), or None."""
    for size in range(min(len(code) - 1, 5), 0, -1):
        head = doc_types.canonical_abbreviation(code[:size])
        if head and head in doc_types.abbreviations(family):
            tail = code[size:].upper()
            if issuers.lookup(tail) is not None:
                return head, tail
    return None


def canonical_code(code: str) -> str:
    """An issuer or unit code in its official case ("ttg" → "TTg", "ubnd" → "UBND")."""
    for known in issuers.issuers():
        if known.casefold() == code.casefold():
            return known
    return code.upper() if code.islower() or code.isupper() else code


def codes_repaired(parts: list[str]) -> tuple[list[str], bool]:
    """Issuer and unit codes in their official case; whether any had to change."""
    fixed = [canonical_code(p) for p in parts]
    return fixed, fixed != parts


_PARTS = regex.compile(r"([/-])")


def read_codes(rest: str, family: str) -> tuple[str | None, list[str], list[str]]:
    """Read "NĐ-CP" / "NĐCP" / "qđ/btc" into (abbreviation, codes, repairs).

    The abbreviation is None when the first group is not a known type abbreviation
    of ``family`` (a công văn "UBND-VX", a law "QH13").
    """
    pieces = _PARTS.split(rest)
    groups, seps = pieces[0::2], pieces[1::2]
    if not all(groups):
        raise InvalidFormat(f"{rest!r}: nhóm chữ viết tắt rỗng")
    repairs: list[str] = []
    abbreviation = doc_types.canonical_abbreviation(groups[0])
    if abbreviation is not None and abbreviation in doc_types.abbreviations(family) and len(groups) > 1:
        if abbreviation != groups[0]:
            repairs.append("lowercase")
        codes = groups[1:]
    # A legal symbol always carries a type, so a glued group after its year is type + issuer
    # ("1/2020/TTCP" is "TT-CP"); elsewhere a group that is itself an issuer code is the issuer
    # ("202/TCCP-VC": Ban Tổ chức - Cán bộ Chính phủ).
    elif (family == "legal" or issuers.lookup(groups[0]) is None) and (
        glued := split_glued(groups[0], family)
    ) is not None:
        abbreviation, codes = glued[0], [glued[1], *groups[1:]]
        repairs.append("missing-hyphen")
        if groups[0][: len(abbreviation)] != abbreviation:
            repairs.append("lowercase")
    else:
        abbreviation, codes = None, groups
    if "/" in seps:
        repairs.append("wrong-separator")
    codes, changed = codes_repaired(codes)
    if changed and "lowercase" not in repairs:
        repairs.append("lowercase")
    return abbreviation, codes, repairs


def checked(symbol: Symbol, text: str) -> Symbol:
    """``symbol`` if reading it needed no repair; otherwise the specific SymbolError."""
    if "impossible-year" in symbol.repairs:
        raise InvalidYear(f"{text!r}: năm {symbol.year} không thể là năm ban hành")
    if symbol.repairs:
        raise NeedsRepair(f"{text!r}: {'; '.join(REPAIRS[r][0] for r in symbol.repairs)}", symbol.repairs)
    return symbol


def succeeds(validate: Callable[[str], Symbol], text: str) -> bool:
    """Whether ``validate(text)`` accepts ``text``."""
    try:
        validate(text)
    except SymbolError:
        return False
    return True
