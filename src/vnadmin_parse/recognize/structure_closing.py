"""The end of a document: the signing block and "Nơi nhận" (Nghị định 30/2020/NĐ-CP, Phụ lục I, mục 7 and 9).

In PDF text the two columns (Nơi nhận on the left, the signature on the right)
are often interleaved line by line, so authority marks ("TM.", "KT.", "TL.",
"TUQ.", "Q."), titles and the signer's name are looked for anywhere in the
closing part, and stripped from the recipients. On OCR text a title or a
family name may be misread by a letter ("GIÁM ĐÓC", "Trân"), the seal may hide
the title lines, and noise lines come between title and name: titles and
family names are matched without marks there, and a lone name line is enough.
What is returned is always the text as read.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cache

import regex

from vnadmin_parse.data import load_table
from vnadmin_parse.model import Authority, Signing, Span
from vnadmin_parse.recognize.structure_text import lines
from vnadmin_parse.symbols.doc_types import fold_word
from vnadmin_parse.symbols.signing_titles import Title, title_of

NOI_NHAN = regex.compile(r"Nơi[ \t]+nhận[ \t]*:?")
LUU = regex.compile(r"(?<!\p{L})Lưu(?!\p{L})[ \t]*:?[ \t]*(?P<rest>[^\n]*)")
AUTHORITY = regex.compile(r"(?<![\p{L}/])(?P<mark>TM|KT|TL|TUQ|Q)\.[ \t]*(?P<who>\p{Lu}+(?:[ \t]+\p{Lu}+)*)(?!\p{Ll})")
_UPPER_RUN = regex.compile(r"(?<![\p{L}.])\p{Lu}+(?:[ \t]+\p{Lu}+)*(?![\p{L}.])")
#: The drafter's mark and copy count set apart after the last unit of "Lưu" (Phụ lục I, IV.3): "KGVX VHTin534.".
_DRAFTER = regex.compile(r"(?<=[\p{Lu})])[ \t]+(?P<code>\p{Lu}{0,4}\p{Ll}+\d+)\.?$")


@cache
def signer_name_pattern(loose: bool = False) -> regex.Pattern[str]:
    """A signer's name (family name from data/nd30_surnames.json), after an optional rank.

    ``loose``: any capitalised first word, in group ``first``, for the caller to check against the family names.
    """
    entries = load_table("nd30_surnames.json")["entries"]
    surnames = "|".join(regex.escape(e["surname"]) for e in entries if not e.get("rank"))
    ranks = "|".join(regex.escape(e["surname"]) for e in entries if e.get("rank"))
    first = r"(?P<first>\p{Lu}\p{Ll}*)" if loose else f"(?:{surnames})"
    return regex.compile(
        rf"(?<!\p{{L}})(?:(?P<rank>{ranks})[ \t]+)?(?P<name>{first}(?:[ \t]+\p{{Lu}}\p{{Ll}}*){{1,3}})(?!\p{{L}})"
    )


@cache
def _folded_surnames() -> frozenset[str]:
    entries = load_table("nd30_surnames.json")["entries"]
    return frozenset(fold_word(e["surname"]) for e in entries if not e.get("rank"))


@dataclass
class Closing:
    spans: list[Span] = field(default_factory=list)
    signer: str | None = None
    signing: Signing | None = None
    drafter: str | None = None
    noi_nhan: tuple[str, ...] | None = None
    luu: str | None = None


def parse_closing(text: str, body_start: int, end: int, ocr: bool = False) -> Closing:
    """Signing block and recipients between ``body_start`` and ``end`` (the document proper); ``ocr``: OCR text."""
    c = Closing()
    nn = None
    for m in NOI_NHAN.finditer(text, body_start, end):
        nn = m
    region_start = max(body_start, (nn.start() - 400) if nn else end - 800)
    closing_dot = text.rfind("./.", body_start, end)
    if closing_dot >= 0 and (nn is None or closing_dot < nn.start()):
        region_start = max(region_start, closing_dot + 3)
    marks = _signing(text, region_start, end, c, ocr)
    if nn:
        _recipients(text, nn, end, c, marks)
    return c


def _signing(text: str, start: int, end: int, c: Closing, ocr: bool) -> list[tuple[int, int]]:
    """Authority marks, titles and the signer's name; returns the spans to strip from recipients."""
    used: list[tuple[int, int]] = []
    authorities: list[Authority] = []
    for m in AUTHORITY.finditer(text, start, end):
        authorities.append(Authority(m.group("mark") + ".", m.group("who")))
        used.append((m.start(), m.end()))
        c.spans.append(Span(m.start(), m.end(), m.group(), "signing_authority"))
    title: tuple[int, int, Title] | None = None
    for m in _UPPER_RUN.finditer(text, start, end):
        if any(a <= m.start() < b for a, b in used):
            continue
        t = title_of(m.group(), ocr)
        if t and not t.collective:
            title = (m.start(), m.end(), t)
    signing = Signing(authorities[0].mark if authorities else None, tuple(authorities))
    after = start
    if title:
        a, b, t = title
        used.append((a, b))
        signing = replace(signing, title=text[a:b], deputy=t.deputy)
        c.spans.append(Span(a, b, text[a:b], "signer_title"))
        after = b
    elif used:
        after = used[-1][1]
    if title or authorities:
        name = _signer_name(text, after, end, ocr)
    else:
        name = _lone_name(text, start, end) if ocr else None
    if name:
        a, b = name
        c.signer = text[a:b]
        signing = replace(signing, name=c.signer)
        used.append((a, b))
        c.spans.append(Span(a, b, c.signer, "signer_name"))
    if title or authorities or name:
        c.signing = signing
    return used


def _name_in(s: str, ocr: bool) -> regex.Match[str] | None:
    """The first signer's name in ``s``; on OCR text the family name may have lost or changed a mark."""
    m = signer_name_pattern().search(s)
    if m or not ocr:
        return m
    found = signer_name_pattern(loose=True).finditer(s, overlapped=True)
    return next((m for m in found if fold_word(m.group("first")) in _folded_surnames()), None)


def _signer_name(text: str, start: int, end: int, ocr: bool) -> tuple[int, int] | None:
    fallback = None
    for line in lines(text, start, end):
        m = _name_in(line.text, ocr)
        if not m:
            continue
        if m.group().strip() == line.stripped:
            return line.start + m.start("name"), line.start + m.end("name")
        if fallback is None and (not line.stripped.startswith("-") or line.text[: m.start()].rstrip().endswith(";")):
            fallback = (line.start + m.start("name"), line.start + _name_end(line.text, m))
    return fallback


def _name_end(line: str, m: regex.Match[str]) -> int:
    """Where a name found inside a line ends: a last word followed by lower case starts the
    recipient the columns interleaved with it ("Phùng Tô Long Văn hóa, Thể thao …"), not the name."""
    name: str = m.group("name")
    start, end = int(m.start("name")), int(m.end("name"))
    if name.count(" ") >= 2 and regex.match(r"[ \t]+\p{Ll}", line[end:]):
        return start + name.rindex(" ")
    return end


def _lone_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The one line that is nothing but a name, when OCR lost the title lines under the seal."""
    found = []
    for line in lines(text, start, end):
        m = _name_in(line.text, ocr=True)
        if m and m.group().strip() == line.stripped:
            found.append((line.start + m.start("name"), line.start + m.end("name")))
    return found[0] if len(found) == 1 else None


def _recipients(text: str, nn: regex.Match[str], end: int, c: Closing, strip: list[tuple[int, int]]) -> None:
    items: list[str] = []
    luu: str | None = None
    last = nn.end()
    for line in lines(text, nn.end(), end):
        pieces = [line.text]
        # cut out signing-block text that the PDF put on the same line
        cuts = sorted((a - line.start, b - line.start) for a, b in strip if line.start <= a < line.end)
        if cuts:
            pieces, pos = [], 0
            for a, b in cuts:
                pieces.append(line.text[pos:a])
                pos = max(pos, b)
            pieces.append(line.text[pos:])
        s = " ".join(p.strip() for p in pieces if p.strip())
        if not s:
            continue
        lm = LUU.match(s.lstrip("- "))
        if s.startswith(("-", "+", "•")) or lm:
            item = s.lstrip("-+• ").strip()
            items.append(item)
            if lm:
                luu = lm.group("rest").strip()
                drafter = _DRAFTER.search(luu)
                if drafter:
                    c.drafter = drafter.group("code")
                    luu = luu[: drafter.start()].rstrip()
            last = line.end
        elif items and not s.isupper() and items[-1].rstrip()[-1:] not in (";", ".") and luu is None:
            items[-1] += " " + s
            last = line.end
        elif items and luu is not None:
            break
    c.noi_nhan = tuple(items)
    c.luu = luu
    c.spans.append(Span(nn.start(), last, text[nn.start() : last], "noi_nhan"))
