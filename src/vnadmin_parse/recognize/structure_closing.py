"""The end of a document: the signing block and "Nơi nhận" (Nghị định 30/2020/NĐ-CP, Phụ lục I, mục 7 and 9).

In PDF text the two columns (Nơi nhận on the left, the signature on the right)
are often interleaved line by line, so authority marks ("TM.", "KT.", "TL.",
"TUQ.", "Q."), titles and the signer's name are looked for anywhere in the
closing part, and stripped from the recipients.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

import regex

from vnadmin_parse.data import load_table
from vnadmin_parse.model import Span
from vnadmin_parse.recognize.structure_text import lines

NOI_NHAN = regex.compile(r"Nơi[ \t]+nhận[ \t]*:?")
LUU = regex.compile(r"(?<!\p{L})Lưu(?!\p{L})[ \t]*:?[ \t]*(?P<rest>[^\n]*)")
AUTHORITY = regex.compile(r"(?<![\p{L}/])(?P<mark>TM|KT|TL|TUQ|Q)\.[ \t]*(?P<who>\p{Lu}+(?:[ \t]+\p{Lu}+)*)(?!\p{Ll})")
_UPPER_RUN = regex.compile(r"(?<![\p{L}.])\p{Lu}+(?:[ \t]+\p{Lu}+)*(?![\p{L}.])")


@dataclass(frozen=True, slots=True)
class Title:
    title: str
    deputy: bool
    collective: bool


@cache
def titles() -> tuple[Title, ...]:
    """Signing titles from data/nd30_signing_titles.json, longest first."""
    entries = load_table("nd30_signing_titles.json")["entries"]
    found = [Title(e["title"], bool(e["deputy"]), bool(e.get("collective", False))) for e in entries]
    return tuple(sorted(found, key=lambda t: len(t.title), reverse=True))


@cache
def signer_name_pattern() -> regex.Pattern[str]:
    entries = load_table("nd30_surnames.json")["entries"]
    surnames = "|".join(regex.escape(e["surname"]) for e in entries if not e.get("rank"))
    ranks = "|".join(regex.escape(e["surname"]) for e in entries if e.get("rank"))
    return regex.compile(
        rf"(?<!\p{{L}})(?:(?P<rank>{ranks})[ \t]+)?(?P<name>(?:{surnames})(?:[ "
        rf"\t]+\p{{Lu}}\p{{Ll}}*){{1,3}})(?!\p{{L}})"
    )


def title_of(run: str) -> Title | None:
    """The signing title a run of capitals starts with, if any."""
    for t in titles():
        if run == t.title or run.startswith(t.title + " "):
            return t
    return None


@dataclass
class Closing:
    fields: dict[str, Any] = field(default_factory=dict)
    spans: list[Span] = field(default_factory=list)
    signer: str | None = None


def parse_closing(text: str, body_start: int, end: int) -> Closing:
    """Signing block and recipients between ``body_start`` and ``end`` (the document proper)."""
    c = Closing()
    nn = None
    for m in NOI_NHAN.finditer(text, body_start, end):
        nn = m
    region_start = max(body_start, (nn.start() - 400) if nn else end - 800)
    closing_dot = text.rfind("./.", body_start, end)
    if closing_dot >= 0 and (nn is None or closing_dot < nn.start()):
        region_start = max(region_start, closing_dot + 3)
    marks = _signing(text, region_start, end, c)
    if nn:
        _recipients(text, nn, end, c, marks)
    return c


def _signing(text: str, start: int, end: int, c: Closing) -> list[tuple[int, int]]:
    """Authority marks, titles and the signer's name; returns the spans to strip from recipients."""
    used: list[tuple[int, int]] = []
    authorities: list[dict[str, str]] = []
    for m in AUTHORITY.finditer(text, start, end):
        authorities.append({"mark": m.group("mark") + ".", "of": m.group("who")})
        used.append((m.start(), m.end()))
        c.spans.append(Span(m.start(), m.end(), m.group(), "signing_authority"))
    title: tuple[int, int, Title] | None = None
    for m in _UPPER_RUN.finditer(text, start, end):
        if any(a <= m.start() < b for a, b in used):
            continue
        t = title_of(m.group())
        if t and not t.collective:
            title = (m.start(), m.end(), t)
    signing: dict[str, Any] = {"authority": authorities[0]["mark"] if authorities else None, "authorities": authorities}
    after = start
    if title:
        a, b, t = title
        used.append((a, b))
        signing.update(title=text[a:b], deputy=t.deputy)
        c.spans.append(Span(a, b, text[a:b], "signer_title"))
        after = b
    elif used:
        after = used[-1][1]
    if title or authorities:
        name = _signer_name(text, after, end)
        if name:
            a, b = name
            c.signer = text[a:b]
            signing["name"] = c.signer
            used.append((a, b))
            c.spans.append(Span(a, b, c.signer, "signer_name"))
        c.fields["signing"] = signing
    return used


def _signer_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    pattern = signer_name_pattern()
    fallback = None
    for line in lines(text, start, end):
        m = pattern.search(line.text)
        if not m:
            continue
        if m.group().strip() == line.stripped:
            return line.start + m.start("name"), line.start + m.end("name")
        if fallback is None and (not line.stripped.startswith("-") or line.text[: m.start()].rstrip().endswith(";")):
            fallback = (line.start + m.start("name"), line.start + m.end("name"))
    return fallback


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
            last = line.end
        elif items and not s.isupper() and items[-1].rstrip()[-1:] not in (";", ".") and luu is None:
            items[-1] += " " + s
            last = line.end
        elif items and luu is not None:
            break
    c.fields["noi_nhan"] = items
    c.fields["luu"] = luu
    c.spans.append(Span(nn.start(), last, text[nn.start() : last], "noi_nhan"))
