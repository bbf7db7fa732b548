"""The type heading of a document (Nghị định 30/2020/NĐ-CP, Phụ lục I, ô số 5a) and catalogue headings.

"BÁO CÁO" alone on its line; "QUYẾT ĐỊNH CỦA BỘ TRƯỞNG BỘ TÀI CHÍNH" in older documents; "BÁO CÁO
ĐỊNH KỲ VỀ …" where a form runs the subject on; and the gazette or catalogue heading that replaces
the whole header ("Nghị định của Chính phủ số 115/2003/NĐ-CP ngày 10/10/2003 về …").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from vnadmin_parse.recognize.structure_text import lines
from vnadmin_parse.symbols.doc_types import type_words
from vnadmin_parse.vietnamese.strings import is_upper_text

#: "V/v" (về việc): the subject line of a công văn.
VE_VIEC = regex.compile(r"(?<!\p{L})[Vv]/[Vv]\b\.?[ \t]*:?")

#: The head's title before the body it heads in a catalogue heading ("của Bộ trưởng Bộ Tài chính"):
#: the issuing body is the ministry. "Thủ tướng Chính phủ" and "Chủ tịch nước" are issuers themselves.
ISSUER_TITLE = regex.compile(
    r"^(?:Bộ trưởng|Thống đốc|Chủ tịch|Chủ nhiệm|Tổng Kiểm toán|Tổng cục trưởng|Cục trưởng|Giám đốc|Viện trưởng|"
    r"Chánh án)\s+(?=(?:Bộ|Ngân hàng|Ủy ban|Uỷ ban|Văn phòng|Kiểm toán|Tổng cục|Cục|Sở|Viện|Tòa án|Toà án)\b)"
)


@dataclass(frozen=True, slots=True)
class Heading:
    """The type heading: "BÁO CÁO", "QUYẾT ĐỊNH CỦA BỘ TRƯỞNG BỘ TÀI CHÍNH", or "BÁO CÁO ĐỊNH KỲ VỀ …"."""

    start: int  # start of its line
    type_start: int
    type_end: int
    end: int  # end of the heading ("… CỦA BỘ TRƯỞNG …" included)
    subject_start: int | None  # the subject runs on from the type on the same line


@cache
def _types() -> str:
    """Every type word as a pattern, longest first, its words split by any white space."""
    return "|".join(r"\s+".join(regex.escape(p) for p in w.split()) for w in type_words())


@cache
def _patterns() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """A type followed by "của" and its author (older headings), and a type with its subject run on."""
    types = _types()
    of = regex.compile(rf"(?i:(?P<type>{types}))\s+(?i:của|liên tịch của)\s+\S[^\n]{{2,80}}")
    run_on = regex.compile(rf"(?i:(?P<type>{types}))\s+(?P<rest>\S+(?:\s+\S+){{2,}})")
    return of, run_on


def type_heading(text: str, head_end: int, caseless: bool) -> Heading | None:
    """The first line of the header that is a type name (or a type "của" its author, in capitals, or in
    any case when the header lost its capitals); failing that, a line of capitals that starts with a type
    and runs on into the subject, in the first 1,200 characters of a document without "V/v"."""
    names = {n.upper() for n in type_words()}
    of, run_on = _patterns()
    header = list(lines(text, 0, head_end))
    for line in header:
        s = regex.sub(r"\s+", " ", line.stripped).upper()
        lead = line.start + len(line.text) - len(line.text.lstrip())
        end = line.start + len(line.text.rstrip())
        if s and s in names:
            return Heading(line.start, lead, end, end, None)
        m = of.fullmatch(line.stripped)
        if m and (caseless or is_upper_text(line.stripped)):
            return Heading(line.start, lead, lead + m.end("type"), end, None)
    if VE_VIEC.search(text, 0, head_end):
        return None
    for line in header:
        m = run_on.fullmatch(line.stripped)
        if line.start < 1200 and m and is_upper_text(line.stripped):
            lead = line.start + len(line.text) - len(line.text.lstrip())
            type_end = lead + m.end("type")
            return Heading(line.start, lead, type_end, type_end, lead + m.start("rest"))
    return None


@cache
def catalogue_header() -> regex.Pattern[str]:
    """A gazette or catalogue heading: "Nghị định của Chính phủ số 115/2003/NĐ-CP ngày 10/10/2003 về …",
    or "Báo cáo về …" (type and subject run together, no header block)."""
    types = _types()
    return regex.compile(
        rf"\s*(?P<type>(?i:{types}))(?:[ \t]*\n?[ \t]*"
        r"(?:(?:của|liên tịch của)[ \t]+(?P<issuer>[^\n]+?(?:\n[^\n]+?)?)\s+)?"
        r"[Ss]ố[ \t]*:?[ \t]*(?P<num>\d+)[ \t]*(?P<sym>[/-][^\s,]+)"
        r"(?:\s+ngày[ \t]+(?P<d>\d{1,2})(?:/|[ \t]+tháng[ \t]+)(?P<m>\d{1,2})(?:/|[ \t]+năm[ \t]*)(?P<y>\d{4}))?"
        r"|[ \t]+(?=về\b))"
    )
