"""The table of issuing bodies (``data/issuers.json``): code, official name, aliases, document types, life span.

>>> lookup("QH13").name
'Quốc hội'
>>> lookup("BTTTT").name
'Bộ Thông tin và Truyền thông'
>>> by_name("Bộ trưởng Bộ Kế hoạch và Đầu tư").code
'BKHĐT'
>>> [s.name for s in successors(lookup("BKHĐT"))]
['Bộ Tài chính']
>>> lookup("BKHĐT").existed_on(dt.date(2025, 3, 1)), lookup("CP").may_issue("NĐ"), lookup("BYT").may_issue("NĐ")
(False, True, False)
>>> party_codes() >= {"TW", "TU"}
True
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Any

import regex

from vnadmin_parse.data import load_table, require
from vnadmin_parse.symbols import doc_types

# Codes that carry the legislature number: "QH13", "UBTVQH14".
_NUMBERED = regex.compile(r"^(QH|UBTVQH|PL-UBTVQH)(\d{1,2})$")
#: The title of the head of a body written before its name ("Bộ trưởng Bộ Tài chính", "Tổng Thanh tra Chính phủ").
TITLES = regex.compile(
    r"(?:(?:Bộ trưởng(?:\s*[,-]\s*(?:Chủ nhiệm|Trưởng ban))?|Thủ trưởng|(?:Phó\s+)?Chủ tịch(?!\s+nước)"
    r"|(?:Tổng\s+)?Giám đốc|Thống đốc"
    r"|Tổng cục trưởng|Chánh án|Viện trưởng|Chủ nhiệm|Chánh|Trưởng ban)\s+|Tổng\s+(?=Thanh tra|Kiểm toán))"
)
#: Words and single punctuation marks: names compare token by token, whatever the spaces around a dash or comma.
_TOKEN = regex.compile(r"\w+|[^\w\s]")


@dataclass(frozen=True, slots=True)
class Issuer:
    """An issuing body and the code that stands for it in symbols."""

    code: str
    name: str
    aliases: tuple[str, ...]
    level: str
    valid_from: dt.date | None
    valid_to: dt.date | None
    gone_by: dt.date | None
    examples: tuple[str, ...]
    source: str
    codes: tuple[str, ...] = ()
    doc_types: tuple[str, ...] = ()
    successor: tuple[str, ...] = ()
    part_of: tuple[str, ...] = ()
    basis: str = ""

    def names(self) -> tuple[str, ...]:
        """The full name and every alias."""
        return (self.name, *self.aliases)

    def existed_on(self, day: dt.date) -> bool:
        """False only when a known life span excludes ``day``."""
        if self.valid_from and day < self.valid_from:
            return False
        if self.gone_by and day >= self.gone_by:
            return False
        return not (self.valid_to and day > self.valid_to)

    def existed_in(self, year: int) -> bool:
        """False only when a known life span excludes the whole year."""
        return self.existed_on(dt.date(year, 12, 31)) or self.existed_on(dt.date(year, 1, 1))

    def may_issue(self, abbreviation: str) -> bool:
        """Whether the body may issue a document of this type: any type but the reserved ones
        (``reserved_types()``: Nghị định, Thông tư, Pháp lệnh…), which only the bodies listing them issue."""
        return abbreviation not in reserved_types() or abbreviation in self.doc_types


def _date(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(value) if isinstance(value, str) else None


def _entry(raw: dict[str, Any]) -> Issuer:
    require(raw, {"code": str, "name": str, "examples": list, "source": str}, "issuers.json")
    return Issuer(
        code=raw["code"],
        name=raw["name"],
        aliases=tuple(raw.get("aliases", ())),
        level=raw.get("level", ""),
        valid_from=_date(raw.get("valid_from")),
        valid_to=_date(raw.get("valid_to")),
        gone_by=_date(raw.get("gone_by")),
        examples=tuple(raw["examples"]),
        source=raw["source"],
        codes=tuple(raw.get("codes", ())),
        doc_types=tuple(raw.get("doc_types", ())),
        successor=tuple(raw.get("successor", ())),
        part_of=tuple(raw.get("part_of", ())),
        basis=raw.get("basis", ""),
    )


@cache
def issuers() -> dict[str, Issuer]:
    """Every bundled issuer, by code."""
    return {i.code: i for i in (_entry(e) for e in load_table("issuers.json")["entries"])}


@cache
def _by_code() -> dict[str, Issuer]:
    """Every code a symbol may carry ("BKH", "VKSTC" as well as "BKHĐT", "VKSNDTC")."""
    table = {c: i for i in issuers().values() for c in i.codes}
    table.update(issuers())
    return table


def lookup(code: str) -> Issuer | None:
    """The issuer for a code as it appears in a symbol ("QH13" → Quốc hội, "BKH" → Bộ Kế hoạch và Đầu tư), or None."""
    found = _by_code().get(code)
    if found is None and (m := _NUMBERED.match(code)):
        found = issuers().get(m.group(1))
    return found


def _tokens(text: str) -> tuple[str, ...]:
    return tuple(fold(t) for t in _TOKEN.findall(text))


@cache
def _names() -> tuple[tuple[tuple[str, ...], Issuer], ...]:
    """(tokens of a name, issuer) for every name and alias, longest first."""
    pairs = [(_tokens(n), i) for i in issuers().values() for n in i.names()]
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


def read_name(text: str) -> tuple[Issuer, int] | None:
    """The body whose name or alias opens ``text`` (after the title of its head: "Bộ trưởng Bộ Tài chính"),
    and how many characters of ``text`` the name covers; the longest name wins ("Thanh tra Chính phủ" before
    "Thanh tra"). None when no known name opens the text.

    >>> read_name("Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch về việc")[0].code
    'BVHTTDL'
    """
    start = len(text) - len(text.lstrip())
    if title := TITLES.match(text, start):
        start = title.end()
    found = list(_TOKEN.finditer(text, start))
    written = tuple(fold(t.group()) for t in found)
    for name, issuer in _names():
        if written[: len(name)] == name:
            return issuer, found[len(name) - 1].end()
    return None


def by_name(written: str) -> Issuer | None:
    """The body a written name stands for (see ``read_name``), or None."""
    found = read_name(written)
    return found[0] if found else None


def successors(issuer: Issuer) -> tuple[Issuer, ...]:
    """The bodies that took over from ``issuer`` (empty while it exists)."""
    return tuple(s for c in issuer.successor if (s := lookup(c)) is not None)


@cache
def reserved_types() -> frozenset[str]:
    """Abbreviations of types that only some bodies issue: the legal types that are not also administrative
    types open to every body (Nghị định, Thông tư, Thông tư liên tịch, Pháp lệnh, Nghị quyết liên tịch)."""
    return frozenset(doc_types.abbreviations("legal") - doc_types.abbreviations("state-admin"))


@cache
def party_codes() -> frozenset[str]:
    """Codes of Party bodies ("TW", "TU", …), which take the Party symbol shape."""
    return frozenset(c for c, i in issuers().items() if i.level == "party")


def fold(name: str) -> str:
    """A name folded for comparison: NFC, case-folded, old/new tone placement unified, spaces collapsed."""
    text = unicodedata.normalize("NFC", name).casefold()
    for old, new in (("uỷ", "ủy"), ("hoá", "hóa"), ("oà", "òa"), ("oạ", "ọa"), ("khoá", "khóa")):
        text = text.replace(old, new)
    return " ".join(text.split())


def without_title(name: str) -> str:
    """The body's name without the title of its head ("Bộ trưởng Bộ Tài chính" → "Bộ Tài chính")."""
    bare = name.strip()
    return bare[m.end() :] if (m := TITLES.match(bare)) else bare


def matches_name(written: str, issuer: Issuer) -> bool:
    """Whether the body named in the text is ``issuer`` (one of its names opens the text, after a title)."""
    w = _tokens(without_title(written))
    return any(w[: len(n)] == n for n in map(_tokens, issuer.names()))
