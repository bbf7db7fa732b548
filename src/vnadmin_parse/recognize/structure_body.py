"""The body of a document: "Căn cứ" lines, the hierarchy of sections, the closing mark "./.".

Nghị định 30/2020/NĐ-CP, Phụ lục I, mục 6: căn cứ ban hành (one per line, each
ending in ";", the last in "."), parts, chapters, articles (Phần, Chương, Điều)
or roman/arabic/letter headings (I., 1., a)).
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from vnadmin_parse.model import HEADING_RANKS, ITEM_LETTERS, BasisLine, Heading, Section, Span
from vnadmin_parse.recognize.structure_text import lines
from vnadmin_parse.vietnamese.strings import is_upper_text

#: Start of the appendices: "PHỤ LỤC" on a line of its own (capitals), after the signature.
APPENDIX = regex.compile(r"^[ \t]*PHỤ LỤC\b", regex.MULTILINE)
CLOSING_MARK = regex.compile(r"\./\.")
_CAN_CU = regex.compile(r"^(?:Căn cứ|Theo đề nghị|Xét đề nghị|Theo đề xuất|Xét\b)")
#: The enacting formula that ends a block of căn cứ.
_ENACTING = regex.compile(
    r"^(?:(?:QUYẾT ĐỊNH|QUYẾT NGHỊ|NGHỊ QUYẾT|CHỈ THỊ|BAN HÀNH)\s*:?\s*$|(?i:quyết định|quyết nghị|nghị định|nghị "
    r"quyết|chỉ thị)\s*:\s*$|[\p{Lu}][\p{L} ]{2,60} ban hành \p{Lu}|Chương\s+[IVX\d]+\b|Điều\s+1\b)"
)
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_HEADING = regex.compile(
    r"^(?:(?P<part>Phần\s+(?:thứ\s+)?(?P<pn>[IVXLC]+|\d{1,2}|\p{L}+)\b)"
    r"|(?P<chapter>Chương\s+(?P<cn>[IVXLC]+|\d{1,2})\b)"
    r"|(?P<article>Điều\s+(?P<an>\d{1,3})(?:\.|[ \t]*$))"
    r"|(?P<roman>(?P<rn>[IVXLC]{1,6})\.[ \t]+(?=\S))"
    r"|(?P<arabic>(?P<nn>\d{1,2})\.[ \t]+(?=\p{Lu}))"
    r"|(?P<letter>(?P<ln>[a-zđ])\)[ \t]+(?=\S)))"
)


@dataclass(frozen=True, slots=True)
class TitledHeading(Heading):
    """A numbered heading as the recognizer reads it, with the words after its marker (the model's ``Heading``
    leaves them out)."""

    title: str


def roman_value(s: str) -> int:
    """Value of a roman numeral ("XIV" → 14)."""
    total = 0
    for i, ch in enumerate(s):
        v = _ROMAN[ch]
        total += -v if i + 1 < len(s) and _ROMAN[s[i + 1]] > v else v
    return total


def main_end(text: str, start: int) -> int:
    """Where the document proper ends: the first "PHỤ LỤC" heading after a "Nơi nhận", or the end."""
    signed = regex.search(r"Nơi nhận", text[start:])
    if not signed:
        return len(text)
    m = APPENDIX.search(text, start + signed.end())
    return m.start() if m else len(text)


def headings(text: str, start: int, end: int) -> list[TitledHeading]:
    """Numbered headings at line starts between ``start`` and ``end``, outside quotations."""
    found: list[TitledHeading] = []
    quoted = False
    for line in lines(text, start, end):
        s = line.text.lstrip()
        if s.startswith(("“", '"')):
            quoted = not s.rstrip().rstrip(".;").endswith(("”", '"'))
            continue
        if quoted:
            if s.rstrip().rstrip(".;").endswith(("”", '"')):
                quoted = False
            continue
        m = _HEADING.match(s)
        if not m:
            continue
        kind = next(k for k in HEADING_RANKS if m.group(k))
        value = _value(kind, m)
        if value is None:
            continue
        lead = len(line.text) - len(s)
        title_end = line.end if len(s) < 120 else line.start + lead + 120
        found.append(
            TitledHeading(
                kind,
                m.group(kind).strip().rstrip(".") if kind == "article" else m.group(kind).strip(),
                value,
                line.start + lead,
                line.start + lead + len(m.group(kind).rstrip()),
                text[line.start + lead : title_end].strip(),
            )
        )
    return found


def _value(kind: str, m: regex.Match[str]) -> int | None:
    if kind == "part":
        n = m.group("pn")
        if n.isdigit():
            return int(n)
        return roman_value(n) if regex.fullmatch(r"[IVXLC]+", n) else None
    if kind == "chapter":
        n = m.group("cn")
        return int(n) if n.isdigit() else roman_value(n)
    if kind == "article":
        return int(m.group("an"))
    if kind == "roman":
        return roman_value(m.group("rn"))
    if kind == "arabic":
        return int(m.group("nn"))
    return ITEM_LETTERS.index(m.group("ln")) + 1 if m.group("ln") in ITEM_LETTERS else None


def can_cu(text: str, start: int, end: int) -> tuple[tuple[BasisLine, ...], str | None]:
    """The căn cứ block before the enacting formula, and that formula's line (None if there is none)."""
    items: list[tuple[int, int]] = []
    enacting: str | None = None
    for line in lines(text, start, end):
        s = line.stripped
        if not s:
            continue
        lead = len(line.text) - len(line.text.lstrip())
        a, b = line.start + lead, line.start + len(line.text.rstrip())
        if _CAN_CU.match(s):
            items.append((a, b))
        elif items and not text[items[-1][0] : items[-1][1]].rstrip().endswith((";", ".")) and not _ENACTING.match(s):
            items[-1] = (items[-1][0], b)  # a căn cứ wrapped onto the next line
        elif items:
            if _ENACTING.match(s):
                enacting = s
            break
        elif _HEADING.match(s) and not is_upper_text(s):
            break
    if enacting is None:
        return (), None
    out = []
    for a, b in items:
        body = text[a:b].rstrip()
        out.append(BasisLine(regex.sub(r"\s+", " ", body), a, a + len(body), body[-1:]))
    return tuple(out), enacting


def body_spans(text: str, found: list[TitledHeading], items: tuple[BasisLine, ...]) -> list[Span]:
    """Labelled spans for headings ("section") and căn cứ lines ("can_cu")."""
    spans = [Span(h.start, h.end, text[h.start : h.end], f"section_{h.kind}") for h in found]
    spans += [Span(i.start, i.end, text[i.start : i.end], "can_cu") for i in items]
    return spans


def closing_mark(text: str, start: int, end: int) -> Span | None:
    """The last "./." of the document proper."""
    last = None
    for m in CLOSING_MARK.finditer(text, start, end):
        last = m
    return Span(last.start(), last.end(), "./.", "closing_mark") if last else None


def tree(found: list[TitledHeading]) -> tuple[Section, ...]:
    """The headings as a tree: each heading holds the headings of lower rank that follow it."""

    def below(i: int, rank: int) -> tuple[tuple[Section, ...], int]:
        nodes = []
        while i < len(found) and HEADING_RANKS[found[i].kind] > rank:
            h = found[i]
            children, i = below(i + 1, HEADING_RANKS[h.kind])
            nodes.append(Section(h.kind, h.marker, h.title, h.start, children))
        return tuple(nodes), i

    return below(0, -1)[0]
