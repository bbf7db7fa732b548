"""Codes, laws and ordinances by name (``data/laws.json``, built by ``tools/build_laws.py`` from phap-dien).

A law is cited by its type and name ("Luật Đất đai"); laws of the same name follow one
another, so the name and a date give the number of the version then in force. An amending
law ("Luật sửa đổi, bổ sung một số điều của …") replaces nothing.

>>> lookup("45/2013/QH13").name
'Luật Đất đai'
>>> [law.number for law in versions("Luật đất đai")]
['45/2013/QH13', '31/2024/QH15']
>>> in_force("Luật Đất đai", dt.date(2023, 5, 1)).number
'45/2013/QH13'
>>> in_force("Bộ luật Lao động", dt.date(2021, 3, 1)).number
'45/2019/QH14'
>>> in_force("Luật Đất đai", dt.date(2010, 5, 1)) is None
True
>>> adopted_in("Luật Doanh nghiệp", 2020).number
'59/2020/QH14'
>>> in_force("Luật Đầu tư", dt.date(2026, 5, 1)).number
'143/2025/QH15'
>>> key("luật  đất đai")
'Luật Đất đai'
>>> expand("Luật NSNN"), expand("BLDS"), expand("Luật Thuế TNCN"), expand("Luật HN&GĐ")
('Luật Ngân sách nhà nước', 'Bộ luật Dân sự', 'Luật Thuế thu nhập cá nhân', 'Luật Hôn nhân và gia đình')
>>> expand("Luật nsnn") is None
True
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from typing import Any

from vnadmin_parse.data import load_table, require

TYPES = ("Bộ luật", "Luật", "Pháp lệnh")
_TONES: tuple[tuple[str, str], ...] = (("oá", "óa"), ("oà", "òa"), ("oả", "ỏa"), ("oã", "õa"), ("oạ", "ọa"))
_TONES += (("uý", "úy"), ("uỳ", "ùy"), ("uỷ", "ủy"), ("uỹ", "ũy"), ("uỵ", "ụy"), ("oé", "óe"), ("oè", "òe"))


def fold(name: str) -> str:
    """A name for comparison: lower case, the new tone placement, single spaces.

    >>> fold("Luật  Chất lượng sản phẩm, hàng hoá") == fold("luật chất lượng sản phẩm, hàng hóa")
    True
    """
    text = unicodedata.normalize("NFC", name).casefold()
    for old, new in _TONES:
        text = text.replace(old, new)
    return " ".join(text.split())


@dataclass(frozen=True, slots=True)
class Law:
    """One code, law or ordinance."""

    type: str
    name: str
    number: str
    adopted: dt.date | None
    in_force_from: dt.date | None
    in_force_to: dt.date | None
    replaced_by: str | None
    amends: tuple[str, ...] | None
    examples: tuple[str, ...]
    source: str

    @property
    def amending(self) -> bool:
        """Whether this law amends others (and so replaces none)."""
        return self.amends is not None

    @property
    def year(self) -> int:
        """The year of adoption: its date's, else the year in its number ("143/2025/QH15")."""
        if self.adopted is not None:
            return self.adopted.year
        return int(self.number.split("/")[1])

    @property
    def started(self) -> dt.date:
        """The day from which the law is taken to govern: its date of effect, else of adoption, else
        (a law the table knows only from citations by number) the last day of its number's year, when it
        had certainly been adopted."""
        return self.in_force_from or self.adopted or dt.date(self.year, 12, 31)


def _date(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(value) if isinstance(value, str) else None


def _entry(raw: dict[str, Any]) -> Law:
    require(
        raw,
        {"type": str, "name": str, "number": str, "adopted": (str, type(None)), "examples": list, "source": str},
        "laws.json",
    )
    if raw["type"] not in TYPES or not raw["name"].startswith(raw["type"] + " "):
        raise ValueError(f"laws.json: {raw['name']!r} is not a {TYPES} name")
    amends = raw.get("amends")
    return Law(
        type=raw["type"],
        name=raw["name"],
        number=raw["number"],
        adopted=_date(raw["adopted"]),
        in_force_from=_date(raw.get("in_force_from")),
        in_force_to=_date(raw.get("in_force_to")),
        replaced_by=raw.get("replaced_by"),
        amends=tuple(amends) if isinstance(amends, list) else None,
        examples=tuple(raw["examples"]),
        source=raw["source"],
    )


@cache
def laws() -> tuple[Law, ...]:
    """Every bundled law, code and ordinance."""
    return tuple(_entry(e) for e in load_table("laws.json")["entries"])


@cache
def _by_number() -> dict[str, Law]:
    return {law.number: law for law in laws()}


@cache
def _by_name() -> dict[str, tuple[Law, ...]]:
    found: dict[str, list[Law]] = defaultdict(list)
    for law in laws():
        if not law.amending:
            found[fold(law.name)].append(law)
    return {k: tuple(sorted(v, key=_order)) for k, v in found.items()}


def _order(law: Law) -> tuple[dt.date, int]:
    """Laws of one name in order: by date of adoption (the end of the number's year where it is unknown),
    then by number, which runs on through a legislature."""
    digits = law.number[: len(law.number) - len(law.number.lstrip("0123456789"))]
    return (law.adopted or dt.date(law.year, 12, 31), int(digits or 0))


def lookup(number: str) -> Law | None:
    """The law numbered ``number`` ("83/2015/QH13"), or None."""
    return _by_number().get(number)


def versions(name: str) -> tuple[Law, ...]:
    """The laws of that name (any case, either tone placement) or abbreviated name ("Luật NSNN"), oldest
    first; none for an amending law."""
    found = _by_name().get(fold(name))
    if found is None and (full := expand(name)) is not None:
        found = _by_name().get(fold(full))
    return found or ()


@cache
def names() -> tuple[str, ...]:
    """The name of every law that is cited by name (amending laws are cited by number), longest first."""
    return tuple(sorted({v[-1].name for v in _by_name().values()}, key=lambda n: (-len(n), n)))


def key(name: str) -> str | None:
    """The canonical key of a law cited by name alone, without a date: its name as the table writes it."""
    found = versions(name)
    return found[-1].name if found else None


def in_force(name: str, day: dt.date) -> Law | None:
    """The version of the law named ``name`` in force on ``day``: the last one that started
    (:attr:`Law.started`) on or before ``day``; None before the first version the table knows."""
    started = [law for law in versions(name) if law.started <= day]
    return started[-1] if started else None


def adopted_in(name: str, year: int) -> Law | None:
    """The version of the law named ``name`` adopted in ``year`` ("Luật Doanh nghiệp 2020"), or None."""
    return next((law for law in versions(name) if law.year == year), None)


#: Words an abbreviated name skips ("Luật Hôn nhân và gia đình" → "Luật HNGĐ", written "Luật HN&GĐ").
_UNABBREVIATED = frozenset({"và"})
_MIN_INITIALS = 2


def short_forms(law: Law) -> tuple[str, ...]:
    """The abbreviated names of a law, made from its name: the initials of its words after the type word
    ("Luật Ngân sách nhà nước" → "Luật NSNN"; a code's type becomes "BL": "Bộ luật Dân sự" → "BLDS"),
    or its first words whole and the initials of the rest ("Luật Thuế TNCN"); "và" is skipped."""
    words = [w.strip(",") for w in law.name.removeprefix(law.type + " ").split()]
    words = [w for w in words if w and w not in _UNABBREVIATED]
    forms: list[str] = []
    for kept in range(len(words) - _MIN_INITIALS + 1):
        initials = "".join(w[0].upper() for w in words[kept:])
        if law.type == "Bộ luật":
            if kept == 0:
                forms.append("BL" + initials)
            continue
        forms.append(" ".join([law.type, *words[:kept], initials]))
    return tuple(forms)


@cache
def abbreviations() -> dict[str, str]:
    """Abbreviated name (as :func:`_key` writes it) → the law's name, for the abbreviations only one
    name of the table gives ("Luật ĐT" could be Đầu tư or Đấu thầu: neither)."""
    found: dict[str, set[str]] = defaultdict(set)
    for law in laws():
        if not law.amending:
            for form in short_forms(law):
                found[_key(form)].add(versions(law.name)[-1].name)
    return {_key(form): next(iter(names)) for form, names in found.items() if len(names) == 1}


def _key(form: str) -> str:
    """An abbreviated name as looked up: without "&" and single-spaced, "Đ" as "D" (typed without the
    Vietnamese keyboard: "Luật TDKT" for "Luật TĐKT")."""
    return " ".join(form.replace("&", "").replace("Đ", "D").split())


def expand(written: str) -> str | None:
    """The name of the law an abbreviated name stands for ("Luật NSNN", "Luật KH&CN", "BLHS"), or None.
    Case matters: the initials are capitals, the words kept whole are written as in the name."""
    return abbreviations().get(_key(written))
