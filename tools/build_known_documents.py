"""Build ``src/vnadmin_parse/data/known_documents.json``: the registry of national documents, read from phap-dien.

Usage (from the repository root)::

    python -m tools.build_known_documents [SOURCE] [-o src/vnadmin_parse/data/known_documents.json]

SOURCE is the phap-dien collection (the tarball ``../shared/external/phap-dien/phap-dien-van-ban.tar.xz``
by default, or its unpacked ``van-ban/`` folder). Three shapes are read: the codification's source
notes ("(Điều 1 Nghị định số 72/2015/NĐ-CP Quản lý hoạt động thông tin đối ngoại ngày 07/09/2015 của
Chính phủ, có hiệu lực …)"), its cross-reference notes ("… của Nghị định 72/2015/NĐ-CP … ban hành ngày
07/09/2015"), and the citations of the legal texts ("Nghị định số 110/2004/NĐ-CP ngày 08 tháng 4 năm
2004 của Chính phủ về công tác văn thư"), the notes first: number, type, date of issue, issuer and
subject. A number read with two different dates is left out (a wrong entry is a false alarm), so is
a number whose year disagrees with its date, and so is a number read only in citations, fewer than
twice. Each entry cites the file it was read from.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex

from tools.build_laws import DEFAULT_SOURCE, ROOT, documents, iso
from vnadmin_parse.recognize.references import find_references
from vnadmin_parse.symbols import SymbolError, parse_any

OUTPUT = ROOT / "src" / "vnadmin_parse" / "data" / "known_documents.json"
TYPES = (
    "Bộ luật",
    "Luật",
    "Pháp lệnh",
    "Nghị quyết liên tịch",
    "Nghị quyết",
    "Nghị định",
    "Thông tư liên tịch",
    "Thông tư",
    "Quyết định",
    "Chỉ thị",
    "Lệnh",
)
_TYPE = "(?P<type>" + "|".join(TYPES) + ")"
_SYM = r"(?P<sym>\d{1,5}/\d{4}/[\p{Lu}Đ][\p{L}\d&-]*|\d{1,5}/[\p{Lu}Đ][\p{L}\d&]*(?:-[\p{Lu}Đ][\p{L}\d&]*)+)"
_SUBJECT = r"(?P<subject>[^\n();\[\]|]{2,400}?)"
_DAY = r"(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})"
SHAPES = (
    (
        0,
        regex.compile(
            rf"\((?:Điều|Khoản|Điểm)[^()\n]{{0,60}}? {_TYPE} số {_SYM} {_SUBJECT} ngày {_DAY} của "
            r"(?P<issuer>[^(),\n]{2,120}), có hiệu lực"
        ),
    ),
    (1, regex.compile(rf"của {_TYPE} {_SYM} {_SUBJECT} ban hành ngày {_DAY}")),
    (
        2,
        regex.compile(
            rf"(?<!\w){_TYPE} số {_SYM},? ngày (?P<d>\d{{1,2}}) tháng (?P<m>\d{{1,2}}) năm (?P<y>\d{{4}}) của "
            r"(?P<issuer>\p{Lu}[^,;:()\n]{1,80}?) (?P<subject>(?:về|quy định|hướng dẫn)\s[^;:()\n]{2,200}?)"
            r"(?=[;.\n]| và (?:Nghị định|Thông tư|Quyết định|Luật) | hết hiệu lực| có hiệu lực)"
        ),
    ),
)
#: A number read only in the citations of the full texts needs this many readings that agree.
CITATIONS_NEEDED = 2
MAX_SUBJECT = 200


@dataclass
class Readings:
    """What the notes say about one number."""

    dates: Counter[str] = field(default_factory=Counter)
    entries: dict[str, dict[str, Any]] = field(default_factory=dict)  # best entry per date


def _subject(raw: str) -> str | None:
    text = " ".join(raw.split()).strip(" ,.")
    if not text or len(text) > MAX_SUBJECT or regex.search(r"(?<!\w)(?:Luật|Nghị định|Thông tư) số |\sngày\s", text):
        return None  # the note ran on into another document or date
    return text[0].lower() + text[1:] if text[:1].isupper() and not text[1:2].isupper() else text


def read(source: Path) -> dict[str, Readings]:
    """Every document the notes name with its number and date, by canonical number."""
    found: dict[str, Readings] = {}
    for path, text in documents(source):
        for rank, pattern in SHAPES:
            for m in pattern.finditer(text):
                day = iso(m.group("d"), m.group("m"), m.group("y"))
                try:
                    symbol = parse_any(m.group("sym"))
                except SymbolError:
                    continue
                if day is None or symbol.repairs or (symbol.year is not None and str(symbol.year) != day[:4]):
                    continue
                r = found.setdefault(symbol.canonical, Readings())
                r.dates[day] += 1
                issuer = m.groupdict().get("issuer")
                entry = {
                    "canonical": symbol.canonical,
                    "type": m.group("type"),
                    "date": day,
                    "issuer": " ".join(issuer.split()) if issuer else None,
                    "subject": _subject(m.group("subject")),
                    "source": f"phap-dien: {path}",
                    "rank": rank,
                }
                old = r.entries.get(day)
                if old is None or (rank, old["subject"] is None) < (old["rank"], entry["subject"] is None):
                    if old is not None and old["issuer"] and not entry["issuer"]:
                        entry["issuer"] = old["issuer"]
                    r.entries[day] = entry
    return found


def entries(found: dict[str, Readings]) -> list[dict[str, Any]]:
    """One entry per number read with a single date; numbers read with two dates are left out, and so
    are numbers read only in citations fewer than CITATIONS_NEEDED times."""
    rows = []
    for canonical, r in sorted(found.items()):
        if len(r.dates) != 1:
            continue
        if all(e["rank"] == 2 for e in r.entries.values()) and sum(r.dates.values()) < CITATIONS_NEEDED:
            continue
        entry = dict(next(iter(r.entries.values())))
        entry.pop("rank")
        entry["examples"] = [f"{entry['type']} số {canonical}"]
        if [ref.canonical for ref in find_references(entry["examples"][0], [])] == [canonical]:
            rows.append(entry)  # a number the recognizer cannot read back could never be matched
    return rows


def table(rows: list[dict[str, Any]], source: Path) -> dict[str, Any]:
    """The JSON envelope."""
    return {
        "name": "known_documents",
        "version": "2026.2",
        "description": (
            "National documents (laws, ordinances, resolutions, decrees, circulars, decisions, directives) with "
            "their number, type, date of issue, issuer and subject, read from the notes of the phap-dien collection "
            "(the Ministry of Justice's codification) by tools/build_known_documents.py; 'source' names the file. "
            "A number read with two different dates is left out. Administrative and Party numbers restart every "
            "year, so they are matched together with the year of the cited date."
        ),
        "source": f"phap-dien van-ban collection ({source.name}), diepxuan/diepxuan.github.io (MIT), public-domain "
        "legal text",
        "entries": rows,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", nargs="?", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("-o", "--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    rows = entries(read(args.source))
    text = json.dumps(table(rows, args.source), ensure_ascii=False, indent=None, separators=(",", ":"))
    args.output.write_text(text.replace('},{"canonical"', '},\n{"canonical"') + "\n", encoding="utf-8")
    print(f"{args.output}: {len(rows)} entries, {args.output.stat().st_size} bytes", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
