"""A registry of known documents (number, type, date, issuer, subject) to check citations against.

The bundled ``data/known_documents.json`` holds national documents read from the
phap-dien collection (the official codification) by ``tools/build_known_documents.py``,
each citing the file it was read from. Users extend it with their own CSV or
JSON files (:meth:`Catalog.load`), and a batch audit fills it from the documents
it reads (:meth:`Catalog.learn`).

>>> c = default_catalog()
>>> c.find("72/2015/NĐ-CP").date
'2015-09-07'
>>> c.find("1051/QĐ-TTg", "2013-07-03").issuer
'Thủ tướng Chính phủ'
>>> c.find("1051/QĐ-TTg", "2021-05-01") is None
True
>>> KnownDocument("1/KH-X", None, None, None, "về công tác năm 2023", "").subject_year
2023
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path
from typing import Any

import regex

from vnadmin_parse.data import data_path, read_table, require
from vnadmin_parse.errors import DataError
from vnadmin_parse.model import Reference

_YEAR_IN_SYMBOL = regex.compile(r"^\d+/\d{4}/")
_SUBJECT_YEAR = regex.compile(r"năm\s+(\d{4})(?!\d)")
FIELDS = ("canonical", "type", "date", "issuer", "subject", "source")


@dataclass(frozen=True, slots=True)
class KnownDocument:
    """One document whose details are known from a source."""

    canonical: str
    type: str | None
    date: str | None
    issuer: str | None
    subject: str | None
    source: str

    @property
    def subject_year(self) -> int | None:
        """The last "năm YYYY" of the subject, if any."""
        found = _SUBJECT_YEAR.findall(self.subject or "")
        return int(found[-1]) if found else None


def _unique_by_symbol(canonical: str) -> bool:
    """Legal symbols carry their year; administrative and Party numbers restart every year."""
    return bool(_YEAR_IN_SYMBOL.match(canonical))


class Catalog:
    """Known documents by canonical symbol."""

    def __init__(self, documents: Iterable[KnownDocument] = ()) -> None:
        self._by_symbol: dict[str, list[KnownDocument]] = {}
        for d in documents:
            self.add(d)

    def __len__(self) -> int:
        return sum(len(v) for v in self._by_symbol.values())

    def __iter__(self) -> Iterator[KnownDocument]:
        return iter([d for docs in self._by_symbol.values() for d in docs])

    def add(self, document: KnownDocument) -> None:
        """Add a document (a second entry for the same symbol and year is ignored)."""
        same = self._by_symbol.setdefault(document.canonical, [])
        year = (document.date or "")[:4]
        if not any((d.date or "")[:4] == year for d in same):
            same.append(document)

    def find(self, canonical: str, date: str | None = None) -> KnownDocument | None:
        """The known document cited as ``canonical`` (administrative symbols also need the year of ``date``)."""
        docs = self._by_symbol.get(canonical, [])
        if _unique_by_symbol(canonical):
            return docs[0] if docs else None
        if not date:
            return None
        return next((d for d in docs if d.date and d.date[:4] == date[:4]), None)

    def learn(self, references: Iterable[Reference], source: str) -> int:
        """Add the documents cited in full (symbol, date and issuer) and cited consistently; return how many."""
        groups: dict[str, list[Reference]] = {}
        for r in references:
            if r.canonical and not r.parts.repairs:
                groups.setdefault(r.canonical, []).append(r)
        added = 0
        for canonical, refs in groups.items():
            full = [r for r in refs if r.date and r.issuer]
            subjects = {r.title for r in refs if r.title}
            if not full or len({r.date for r in refs if r.date}) != 1 or len(subjects) > 1:
                continue
            before = len(self)
            first = full[0]
            self.add(KnownDocument(canonical, first.type, first.date, first.issuer, next(iter(subjects), None), source))
            added += len(self) - before
        return added

    @classmethod
    def load(cls, path: str | Path) -> Catalog:
        """Read a catalog from a JSON table (the bundled envelope) or a CSV with columns FIELDS."""
        p = Path(path)
        if p.suffix.lower() == ".csv":
            with p.open(encoding="utf-8", newline="") as f:
                rows: list[dict[str, Any]] = list(csv.DictReader(f))
        else:
            rows = read_table(p)["entries"]
        return cls(_document(row, str(p)) for row in rows)

    def extend(self, other: Catalog) -> Catalog:
        """A catalog with the documents of both (entries of ``self`` win)."""
        return Catalog([*self, *other])

    def save(self, path: str | Path, description: str = "Known documents") -> None:
        """Write the catalog as a JSON table in the bundled envelope."""
        entries = [{**asdict(d), "examples": [_example(d)]} for d in self]
        table = {
            "name": "known_documents",
            "version": "2026.1",
            "description": description,
            "source": "learned from documents",
            "entries": entries,
        }
        Path(path).write_text(json.dumps(table, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def _example(d: KnownDocument) -> str:
    return f"{d.type or 'Văn bản'} số {d.canonical}"


def _document(row: dict[str, Any], where: str) -> KnownDocument:
    require(row, {"canonical": str}, where)
    values = {k: (row.get(k) or None) for k in FIELDS}
    if values["date"] and not regex.fullmatch(r"\d{4}-\d{2}-\d{2}", str(values["date"])):
        raise DataError(f"{where}: ngày {values['date']!r} của {row['canonical']} không theo dạng YYYY-MM-DD")
    return KnownDocument(
        canonical=str(row["canonical"]),
        type=values["type"],
        date=values["date"],
        issuer=values["issuer"],
        subject=values["subject"],
        source=values["source"] or where,
    )


@cache
def default_catalog() -> Catalog:
    """The bundled registry of known documents."""
    return Catalog.load(data_path("known_documents.json"))


@cache
def with_user_files(paths: tuple[str, ...]) -> Catalog:
    """The bundled registry extended with the user's CSV/JSON files (their entries win)."""
    if not paths:
        return default_catalog()
    mine = Catalog()
    for p in paths:
        mine = mine.extend(Catalog.load(p))
    return mine.extend(default_catalog())
