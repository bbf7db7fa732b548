"""Build ``src/vnadmin_parse/data/laws.json``: codes, laws and ordinances by name, read from phap-dien.

Usage (from the repository root)::

    python -m tools.build_laws [SOURCE] [-o src/vnadmin_parse/data/laws.json]

SOURCE is the phap-dien collection: the tarball
``../shared/external/phap-dien/phap-dien-van-ban.tar.xz`` (the default) or its unpacked
``van-ban/`` folder. Three shapes of text name a law with its number and date:

- the codification's source notes, "(Điều 1 Luật số 83/2015/QH13 Ngân sách nhà nước ngày
  25/06/2015 của Quốc hội, có hiệu lực thi hành kể từ ngày 01/01/2017)";
- its cross-reference notes, "… của Luật 45/2013/QH13 Đất đai ban hành ngày 29/11/2013";
- the citations of the full texts, "Luật Đất đai số 31/2024/QH15 ngày 18 tháng 01 năm 2024";
- and, for the laws the notes do not date yet, the citations by number alone of the newest texts
  ("Căn cứ Luật Đầu tư số 143/2025/QH15;").

Every number keeps the name and date written most often in the most authoritative shape
(notes before citations); a name that is not a clean name (a number, another document, words
of the sentence) is dropped, and so is a law whose only reading is a citation that disagrees
with its number's year. A law read only from undated citations needs two of them agreeing on its
name, and a number that fits the order of the legislature's dated laws (numbers run on through a
term: "64/2023/QH15" cannot follow "31/2024/QH15"); its date of adoption stays unknown (null).
``tools/laws_verified.json`` adds the dates and laws read on public pages. Laws of the same name
follow one another: each is replaced by the next one adopted, and stays in force until the day
before it takes effect. An amending law ("Luật sửa đổi, bổ sung một số điều của Luật …") replaces
nothing: it is listed with what it amends.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import sys
import tarfile
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = ROOT.parent / "shared" / "external" / "phap-dien" / "phap-dien-van-ban.tar.xz"
OUTPUT = ROOT / "src" / "vnadmin_parse" / "data" / "laws.json"
VERIFIED = Path(__file__).resolve().parent / "laws_verified.json"

TYPES = ("Bộ luật", "Luật", "Pháp lệnh")
# Numbers of laws and ordinances: "83/2015/QH13", "44/2002/PL-UBTVQH10", "01/2012/UBTVQH13",
# and before 2002 the promulgation order's number ("23-L/CTN", "21-LCT/HĐNN8").
_SYM = r"(?P<sym>\d{1,4}/\d{4}/(?:QH|PL-UBTVQH|UBTVQH)\d{1,2}|\d{1,3}-L/CTN|\d{1,3}-LCT/H[ĐD]NN\d)"
_TYPE = r"(?P<type>Bộ luật|Luật|Pháp lệnh)"
_NAME = r"(?P<name>[^\n();:\"“”\[\]|]{2,200}?)"
_DAY = r"(?P<d>\d{1,2})[/-](?P<m>\d{1,2})[/-](?P<y>\d{4})"
_DAY_WORDS = r"(?P<d2>\d{1,2}) tháng (?P<m2>\d{1,2}) năm (?P<y2>\d{4})"
_EFFECT = r"có hiệu lực(?: thi hành)?(?: kể)? từ ngày (?P<ed>\d{1,2})/(?P<em>\d{1,2})/(?P<ey>\d{4})"
#: (shape, authority rank: lower is better, pattern)
SHAPES = (
    ("note", 0, regex.compile(rf"\((?:Điều|Khoản|Điểm)[^()\n]{{0,60}}? {_TYPE} số {_SYM} {_NAME} ngày {_DAY} của ")),
    ("cross-reference", 1, regex.compile(rf"của {_TYPE} {_SYM} {_NAME} ban hành ngày {_DAY}")),
    (
        "citation",
        2,
        regex.compile(
            rf"(?<![\w])(?P<type>Bộ luật|Luật|Pháp lệnh) (?P<name>\p{{Lu}}[^\n();:\"“”\[\]|]{{1,150}}?) số {_SYM}"
            rf",? (?:được )?(?:thông qua |ban hành )?ngày (?:{_DAY}|{_DAY_WORDS})"
        ),
    ),
    (
        "undated",
        3,
        regex.compile(
            r"(?<![\w])(?P<type>Bộ luật|Luật|Pháp lệnh) (?P<name>(?:\p{Lu}|sửa đổi)[^\n();:\"“”\[\]|\d*]{1,150}?)"
            r" số (?P<sym>\d{1,4}/\d{4}/(?:QH|PL-UBTVQH|UBTVQH)\d{1,2})(?![\d/])"
        ),
    ),
)
#: Readings a law known only from undated citations needs, and the share of them its name must have.
_UNDATED_READINGS = 2
_UNDATED_SHARE = 2 / 3
#: How far into a file its opening table may reach.
_META_SPAN = 6000
#: A note giving a number's date of effect: "(Điều 2 Luật số 08/2007/QH12, có hiệu lực … 01/07/2008)", also
#: for the amending law of a note ("… được sửa đổi bởi Điều 1 Luật số 35/2018/QH14 có hiệu lực … 01/01/2019").
#: An amending law's note names what it amends, commas and "một số" included ("(Điều 1 Luật số 70/2014/QH13 sửa
#: đổi, bổ sung một số điều của Luật thuế tiêu thụ đặc biệt, có hiệu lực kể từ ngày 01/1/2016)").
_AMENDS = r" sửa đổi, bổ sung một số điều (?:của )?[^()\n;]{0,200}?"
EFFECT = regex.compile(rf"{_TYPE} số {_SYM}(?: (?:(?!số )[^()\n;,]){{0,200}}?|{_AMENDS})?,? {_EFFECT}")
#: The table that opens a full text of the collection ("| **Số hiệu** | 58/2024/QH15 |", "| **Ngày hiệu lực** |
#: 01/01/2025 |") and the law's own article on its effect ("Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm
#: 2025"). The table is the collector's and may describe a newer law than the text below it, so a date of effect is
#: read from a full text only where the table and the text's own article give the same day.
_META_NUMBER = regex.compile(rf"\|\s*\*\*Số hiệu\*\*\s*\|\s*{_SYM}\s*\|")
_META_EFFECT = regex.compile(r"\|\s*\*\*Ngày hiệu lực\*\*\s*\|\s*(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})\s*\|")
_OWN_EFFECT = regex.compile(
    r"(?:Bộ luật|Luật|Pháp lệnh) này có hiệu lực(?: thi hành)?(?: kể)? từ ngày (?P<d>\d{1,2}) tháng (?P<m>\d{1,2})"
    r" năm (?P<y>\d{4})"
)
#: Words that cannot be part of a law's name: the name ran into the sentence or another document.
_NOT_A_NAME = regex.compile(
    r"\d|(?<!\w)(?:ngày|Nghị quyết|Nghị định|Thông tư|Quyết định|Hiến pháp|có hiệu lực|được|là|này|nêu)(?!\w)"
    r"|\.$"
)
#: Another law named inside a name that amends nothing: two documents run together.
_INNER_LAW = regex.compile(r"(?<!\w)(?:Bộ luật|Luật|Pháp lệnh)(?!\w)(?!\s+sư(?!\w))")
_AMENDING = regex.compile(r"^(?:Luật |Pháp lệnh )?(?:[Ss]ửa đổi|[Bb]ổ sung)")
_TONES = (("oá", "óa"), ("oà", "òa"), ("oả", "ỏa"), ("oã", "õa"), ("oạ", "ọa"), ("uỷ", "ủy"), ("uý", "úy"))


def documents(source: Path) -> Iterator[tuple[str, str]]:
    """(path under van-ban/, text) of every Markdown file of the collection (a tarball or a folder)."""
    if source.is_dir():
        for p in sorted(source.rglob("*.md")):
            yield f"van-ban/{p.relative_to(source).as_posix()}", p.read_text(encoding="utf-8", errors="replace")
        return
    with tarfile.open(source, "r:*") as tar:
        for member in sorted(tar.getmembers(), key=lambda m: m.name):
            if member.isfile() and member.name.endswith(".md"):
                f = tar.extractfile(member)
                if f is not None:
                    name = member.name[member.name.index("van-ban/") :] if "van-ban/" in member.name else member.name
                    yield name, f.read().decode("utf-8", errors="replace")


def iso(day: str, month: str, year: str) -> str | None:
    """An ISO date, or None when the three numbers are no date."""
    try:
        return dt.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def fold(name: str) -> str:
    """A name for comparison: lower case, one tone placement, single spaces."""
    text = unicodedata.normalize("NFC", name).casefold()
    for old, new in _TONES:
        text = text.replace(old, new)
    return " ".join(text.split())


def clean_name(kind: str, raw: str) -> str | None:
    """The law's name as cited ("Luật Đất đai"), or None when ``raw`` is no clean name."""
    name = " ".join(unicodedata.normalize("NFC", raw).split()).strip(" ,.")
    for prefix in (kind, *TYPES, "Luât"):  # "Luật Luật Dầu khí": the note repeats the type word
        if name.casefold().startswith(prefix.casefold() + " ") and name.casefold() != "luật sư":
            name = name[len(prefix) + 1 :]
            break
    if name.isupper():
        name = name.capitalize()
    amending = _AMENDING.match(name) is not None
    if not name or _NOT_A_NAME.search(name) or (_INNER_LAW.search(name) and not amending):
        return None
    first = name[0].lower() if amending else name[0].upper()  # "Luật sửa đổi, bổ sung …", "Luật Đất đai"
    return f"{kind} {first}{name[1:]}"


@dataclass
class Law:
    """What the collection says about one number."""

    number: str
    readings: Counter[tuple[int, str, str, str]] = field(default_factory=Counter)  # (rank, type, name, date)
    files: dict[tuple[int, str, str, str], str] = field(default_factory=dict)
    effect: Counter[str] = field(default_factory=Counter)
    own_effect: tuple[str, str] | None = None  # (date of effect, file) read from the law's full text

    def best(self) -> tuple[int, str, str, str] | None:
        """The reading of the best rank, the most frequent within it."""
        if not self.readings:
            return None
        top = min(rank for rank, *_ in self.readings)
        return max((r for r in self.readings if r[0] == top), key=lambda r: (self.readings[r], -len(r[2])))


def canonical_number(sym: str) -> str:
    """The number as the official text writes it ("21-LCT/HDNN8" → "21-LCT/HĐNN8")."""
    return sym.replace("HDNN", "HĐNN")


def read(source: Path) -> dict[str, Law]:
    """Every law, code and ordinance the collection names with its number and date."""
    laws: dict[str, Law] = {}
    for path, text in documents(source):
        for shape, rank, pattern in SHAPES:
            for m in pattern.finditer(text):
                number = canonical_number(m.group("sym"))
                day = iso(m.group("d"), m.group("m"), m.group("y")) if m.groupdict().get("d") else None
                if day is None and "d2" in m.groupdict() and m.group("d2"):
                    day = iso(m.group("d2"), m.group("m2"), m.group("y2"))
                name = clean_name(m.group("type"), m.group("name"))
                if (day is None and shape != "undated") or name is None:
                    continue
                law = laws.setdefault(number, Law(number))
                reading = (rank, m.group("type"), name, day or "")
                law.readings[reading] += 1
                law.files.setdefault(reading, path)
        if (own := full_text_effect(text)) is not None:
            laws.setdefault(own[0], Law(own[0])).own_effect = (own[1], path)
        for m in EFFECT.finditer(text):
            number = canonical_number(m.group("sym"))
            if (day := iso(m.group("ed"), m.group("em"), m.group("ey"))) is not None:
                laws.setdefault(number, Law(number)).effect[day] += 1
    return laws


def full_text_effect(text: str) -> tuple[str, str] | None:
    """(number, date of effect) of a law's full text whose opening table and own article on its effect agree."""
    number, effect = _META_NUMBER.search(text[:_META_SPAN]), _META_EFFECT.search(text[:_META_SPAN])
    if number is None or effect is None:
        return None
    day = iso(effect["d"], effect["m"], effect["y"])
    stated = {iso(m["d"], m["m"], m["y"]) for m in _OWN_EFFECT.finditer(text)}
    return (canonical_number(number["sym"]), day) if day is not None and day in stated else None


#: Years of each Quốc hội (legislature) "khóa" (the number after QH/UBTVQH in a law's number), by the
#: elections that opened them (1992, 1997, 2002, 2007, 2011, 2016, 2021, 2026).
TERMS = {9: (1992, 1997), 10: (1997, 2002), 11: (2002, 2007), 12: (2007, 2011), 13: (2011, 2016)}
TERMS |= {14: (2016, 2021), 15: (2021, 2026), 16: (2026, 2031)}


def _year_agrees(number: str, adopted: str) -> bool:
    """The year in the number is the year of adoption, and falls within the legislature's term."""
    m = regex.match(r"\d+/(\d{4})/\D*?(\d{1,2})$", number)
    if m is None:
        return True
    first, last = TERMS.get(int(m.group(2)), (0, 0))
    return m.group(1) == adopted[:4] and first <= int(adopted[:4]) <= last


def amended(name: str, names: list[str]) -> list[str]:
    """The laws of ``names`` an amending law names ("… của Luật Chứng khoán, Luật Kế toán" → both)."""
    _, _, rest = name.partition(" của ")
    found: list[str] = []
    for known in sorted(names, key=len, reverse=True):
        at = fold(rest).find(fold(known))
        if at >= 0 and not any(fold(known) in fold(f) for f in found):
            found.append(known)
    return sorted(found, key=lambda n: fold(rest).find(fold(n)))


def _sequence(number: str) -> tuple[str, int, int] | None:
    """(series, year, number) of a law numbered within a legislature ("89/2025/QH15" → ("QH15", 2025, 89))."""
    m = regex.fullmatch(r"(\d+)/(\d{4})/(\D*\d{1,2})", number)
    return (m.group(3), int(m.group(2)), int(m.group(1))) if m else None


def _in_order(number: str, dated: list[tuple[str, int, int]]) -> bool:
    """Whether a number fits among the dated laws of its series: a law of a later year has a higher number."""
    seq = _sequence(number)
    if seq is None:
        return False
    series, year, n = seq
    return all(s != series or (y < year and m < n) or (y > year and m > n) or y == year for s, y, m in dated)


def _undated(law: Law) -> tuple[int, str, str, str] | None:
    """The reading of a law cited only without a date: its amending name where two citations give one
    ("Luật sửa đổi, bổ sung … của Luật Điện ảnh số 31/2009/QH12"; "Luật Điện ảnh số 31/2009/QH12" then
    cites the law as amended), else the name most citations give, if two at least and two in three do
    ("Luật Công nghiệp số 71/2025/QH15" beside "Luật Công nghiệp công nghệ số số 71/2025/QH15": neither)."""
    total = sum(law.readings.values())
    amending = [r for r, n in law.readings.items() if n >= _UNDATED_READINGS and "sửa đổi" in r[2]]
    if amending:
        return max(amending, key=lambda r: law.readings[r])
    best = max(law.readings, key=lambda r: (law.readings[r], -len(r[2])))
    n = law.readings[best]
    return best if n >= _UNDATED_READINGS and n >= _UNDATED_SHARE * total else None


def _row(number: str, law: Law, best: tuple[int, str, str, str]) -> dict[str, Any]:
    _rank, kind, name, adopted = best
    effect = law.effect.most_common(1)[0][0] if law.effect else None
    if effect is not None and adopted and effect < adopted:
        effect = None
    own = law.own_effect if effect is None and law.own_effect and law.own_effect[0] >= (adopted or "") else None
    if own is not None:
        effect = own[0]
    row: dict[str, Any] = {
        "type": kind,
        "name": name,
        "number": number,
        "adopted": adopted or None,
        "in_force_from": effect,
        "in_force_to": None,
        "replaced_by": None,
    }
    if _AMENDING.match(name.removeprefix(kind + " ")):
        row["amends"] = []
    row["examples"] = [f"{name} số {number}"]
    row["source"] = f"phap-dien: {law.files[best]}"
    if own is not None:
        row["source"] += f"; in_force_from: phap-dien: {own[1]} (its opening table and its own article on its effect)"
    return row


def entries(laws: dict[str, Law]) -> list[dict[str, Any]]:
    """The table's entries, each law linked to the next one of its name."""
    rows: list[dict[str, Any]] = []
    undated: list[tuple[str, Law, tuple[int, str, str, str]]] = []
    for number, law in sorted(laws.items()):
        best = law.best()
        if best is None:
            continue
        rank, _kind, _name, adopted = best
        if not adopted:
            if (reading := _undated(law)) and _year_agrees(number, number.split("/")[1]):
                undated.append((number, law, reading))
            continue
        if rank == 2 and (law.readings[best] < 2 and not _year_agrees(number, adopted)):
            continue
        if not _year_agrees(number, adopted):
            continue
        rows.append(_row(number, law, best))
    dated = [seq for r in rows if (seq := _sequence(r["number"]))]
    rows += [_row(number, law, best) for number, law, best in undated if _in_order(number, dated)]
    rows = _verified(_one_per_law(rows, laws))
    names = sorted({r["name"] for r in rows if "amends" not in r})
    for row in rows:
        if "amends" in row:
            row["amends"] = amended(row["name"], names)
    _link(rows)
    return sorted(rows, key=_order)


def _order(row: dict[str, Any]) -> tuple[str, str, int]:
    """Rows by name, then by date of adoption (the end of its number's year where it is unknown) and number."""
    seq = _sequence(row["number"])
    adopted = row["adopted"] or f"{row['number'].split('/')[1]}-12-31"
    return (fold(row["name"]), adopted, seq[2] if seq else 0)


def _verified(rows: list[dict[str, Any]], path: Path = VERIFIED) -> list[dict[str, Any]]:
    """The rows completed by ``laws_verified.json``: its dates fill the dates a row lacks (the source is
    added), and the laws phap-dien lacks are added."""
    by_number = {r["number"]: r for r in rows}
    for v in json.loads(path.read_text(encoding="utf-8"))["entries"]:
        row = by_number.get(v["number"])
        if row is None:
            row = {k: v[k] for k in ("type", "name", "number", "adopted", "in_force_from")}
            row |= {"in_force_to": None, "replaced_by": None, "examples": [f"{v['name']} số {v['number']}"]}
            row["source"] = v["source"]
            rows.append(row)
            by_number[v["number"]] = row
            continue
        filled = [k for k in ("adopted", "in_force_from") if row[k] is None and v[k] is not None]
        for k in filled:
            row[k] = v[k]
        if filled:
            row["source"] += f"; {', '.join(filled)}: {v['source']}"
    return rows


def _one_per_law(rows: list[dict[str, Any]], laws: dict[str, Law]) -> list[dict[str, Any]]:
    """One entry for a law the collection numbers two ways ("05/2008/PL-UBTVQH12", "05/2008/UBTVQH12"):
    the number written most often."""
    by_law: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by_law[(fold(row["name"]), row["adopted"] or row["number"])].append(row)
    return [max(same, key=lambda r: sum(laws[r["number"]].readings.values())) for same in by_law.values()]


def _link(rows: list[dict[str, Any]]) -> None:
    """Each law of a name is replaced by the next one adopted under that name."""
    by_name: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        if "amends" not in row:
            by_name[fold(row["name"])].append(row)
    for same in by_name.values():
        same.sort(key=_order)
        for old, new in itertools.pairwise(same):
            old["replaced_by"] = new["number"]
            if new["in_force_from"]:
                day = dt.date.fromisoformat(new["in_force_from"]) - dt.timedelta(days=1)
                old["in_force_to"] = day.isoformat()


def table(rows: list[dict[str, Any]], source: Path) -> dict[str, Any]:
    """The JSON envelope."""
    return {
        "name": "laws",
        "version": "2026.1",
        "description": (
            "Codes (Bộ luật), laws (Luật) and ordinances (Pháp lệnh) by name, read from the phap-dien collection "
            "(the Ministry of Justice's codification: its source notes, and the citations of its full texts) by "
            "tools/build_laws.py. 'name' is the name as cited (Phụ lục I Nghị định 30/2020: a law is cited by its "
            "type and name); 'number' its canonical number; 'adopted' the date of adoption; 'in_force_from' the "
            "date of effect the notes give; 'adopted' is null for a law the collection cites only by number "
            "('Căn cứ Luật Đầu tư số 143/2025/QH15;'), which counts from the end of its number's year; "
            "'replaced_by' and 'in_force_to' the next law of the same name and the "
            "day before it took effect; 'amends' (amending laws only) the laws an amending law amends — an "
            "amending law replaces nothing. 'source' is the phap-dien file the entry was read from, and the public "
            "page of tools/laws_verified.json that gave a date or a law the collection lacks."
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
    args.output.write_text(json.dumps(table(rows, args.source), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{args.output}: {len(rows)} entries", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
