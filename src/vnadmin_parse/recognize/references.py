"""Recognize citations of documents: legal, administrative and Party symbols, laws cited by
name and date, short repeat mentions; link mentions of the same document.

One scan over the normalized text finds every symbol-shaped string and every
law named with its date; each hit is then read around: the type word before it,
the date of issue, the issuing body and the subject after it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache

import regex

from vnadmin_parse.model import DateMention, Reference, ReferenceParts
from vnadmin_parse.recognize import agencies
from vnadmin_parse.symbols import Symbol, SymbolError, compact, doc_types, issuers, laws, parse_any, resolutions

_CODE = r"[^\W\d_][\w]{0,15}"
# Issuer codes that may follow the type abbreviation after a space, where a hyphen at a line
# break was lost in extraction ("186/KH UBND", "133/2025/NĐ CP").
_ABBREVIATIONS = "|".join(sorted((regex.escape(c) for c in doc_types.abbreviations()), key=len, reverse=True))
_SPACED_CODES = "|".join(sorted((regex.escape(c) for c in issuers.issuers() if len(c) >= 2), key=len, reverse=True))
# A separator inside a symbol: "/" or a hyphen (a space may follow a hyphen at a line
# join, "KH- UBND"; U+FFFE stands for a hyphen in some PDF exports).
_SEP = (
    r"(?:/|[-‐‑–\ufffe](?:[ \t]?\n?(?=\p{Lu}))?"
    + r"|(?<=[/-](?:"
    + _ABBREVIATIONS
    + r"))[ \t\n](?=(?:"
    + _SPACED_CODES
    + r")(?!\w))"
    + r"|(?<=/(?:"
    + _SPACED_CODES
    + r"))[ \t\n](?=\p{Lu}{2,}\w*\s+ngày\s)"
    # a dot or an underscore for the hyphen after a type ("123/KH.UBND"): read, and reported by R001
    + r"|(?<=[/-](?:"
    + _ABBREVIATIONS
    + r"))[._](?=(?:"
    + _SPACED_CODES
    + r")(?!\w)))"
)
# Space stamped between the number and the slash ("542    /TB-UBND"), or a line break.
_GAP = r"[ \t]{0,12}\n?[ \t]{0,3}"
_SYMBOL = (
    rf"(?:(?<=[Ss]ố|\s_)|(?<![\w/.,-]))\d{{1,5}}(?:{_GAP}/[ \t]?\d{{1,6}}[ \t]?)?"
    rf"(?:{_GAP}/|[ \t]{{0,12}}-|(?<=/\d{{4}}))[ \t]?\n?{_CODE}"
    rf"(?:{_SEP}{_CODE})*"
)
# Before 2001 a number could be parted from the issuer's code by a space ("Thông tư 12 TC/TCT").
_SPACED_OLD = r"(?<![\w/.,-])\d{1,5}[ ]\p{Lu}{2,}\w*(?:/\p{Lu}\w*)+"
_SYMBOL = rf"(?:{_SYMBOL}|{_SPACED_OLD})"
_DAY = r"(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>\d{4})"
_DAY_WORDS = r"(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})\s+năm\s*(?P<y2>\d{4})"
_DATE = rf"(?:{_DAY}|{_DAY_WORDS})"
_LAW_NAME_WORD = (
    r"(?!(?:có|được|từ|đã|sẽ|là|này|ngày|tháng|năm|thì|các|những|theo|tại|trong|với|để|khi|sau|trước|đến|cho|vào"
    r"|Luật)(?![^\W\d_]))[^\W\d_]+"
)
_NAMED = (
    rf"(?P<ntype>Bộ luật|Luật|Pháp lệnh)\s+(?P<name>(?:\p{{Lu}}|sửa đổi)[^;.()\n\d/]{{1,220}}?)\s*,?\s+"
    rf"(?:được\s+)?(?:ban hành\s+|thông qua\s+)?ngày\s+{_DATE}"
    r"|(?P<const>Hiến pháp)(?:\s+nước\s+Cộng\s+hòa\s+xã\s+hội\s+chủ\s+nghĩa\s+Việt\s+Nam)?\s+năm\s+(?P<cy>\d{4})"
    # A code or law by its name and year ("Luật Đầu tư 2025", "Bộ luật Lao động năm 2019"); no word
    # of the name runs on into the sentence ("Luật Đất đai có hiệu lực từ năm 2025") or names another law.
    r"|(?P<ytype>Bộ luật|Luật)\s+(?P<yname>\p{Lu}(?:[^\W\d_]|&(?=\p{Lu}))*(?:,?[ \t]+" + _LAW_NAME_WORD + r"){0,9}?)"
    r"[ \t]+(?:năm[ \t]+)?(?P<ly>(?:19|20)\d\d)(?![\d/])(?!\s*,?\s*số)"
)
#: What may follow a short law's name (one or two words: "Luật Đầu tư", "Luật Giáo dục"), so that it cannot
#: be the head of a longer name the table lacks ("Luật Đầu tư công", "Luật Giáo dục nghề nghiệp", "Luật Đầu
#: tư theo phương thức đối tác công tư"): punctuation, the end of the text, a word that never continues a
#: law's name, or "và"/"hoặc" before another capitalised name or a word that starts a new phrase. A longer
#: name is taken whole, whatever follows.
_AFTER_NAME = (
    r"(?=[ \t]*(?:$|[,.;:)\]”\"…!?(]|\n|(?:năm|số|ngày|đã|được|đang|sẽ|có|thì|là|về|tại|quy|hiện|mới|sửa"
    r"|cũng|không|chưa|nhưng|nên|vì|do|để|khi|nay|hết|còn|cần|phải|trước|sau|từ|đến|ban|thông|gồm"
    r"|nhằm|mà|như|đối\s+với)(?!\w)|(?:và|hoặc)\s+(?:\p{Lu}|(?:các|văn\s+bản|quy\s+định|pháp\s+luật|hướng\s+dẫn"
    r"|những|của|theo|tại)(?!\w))))"
)
_SHORT_NAME = 2
# A number, a year or a date after the name is read by the other shapes (with the symbol, the year, the date).
_NOT_DATED = r"(?!\s*,?\s*(?:(?:số|năm|ngày)\s*:?\s*)?\d)"
_NOT_AMENDED = regex.compile(_NOT_DATED + r"(?!\s*\((?:sửa đổi|sđ))")
_AFTER_NAME_RE = regex.compile(_AFTER_NAME)
_DRAFT_BEFORE = regex.compile(r"(?:[Dd]ự\s+thảo|[Dd]ự\s+án)\s+$")
# Inside the title of an amending law ("Luật sửa đổi, bổ sung một số điều của Luật A và Luật B"), the
# names are part of that law's name, not citations of their own.
_AMENDING_BEFORE = regex.compile(r"(?:Luật|Pháp\s+lệnh)\s+sửa\s+đổi[^;.\n]*$")
_LAW_WORD = r"(?<![\w/])(?P<law>Bộ luật|Luật|Pháp lệnh)\s+(?=\w)"
_NAME_WORDS = regex.compile(r"[^\s;:()“”\"]+")
_MAX_NAME_WORDS = 20


@cache
def _known_names() -> dict[str, str]:
    """Folded name → the name as the table writes it."""
    return {laws.fold(n): n for n in laws.names()}


def _law_name_at(text: str, start: int, body: int) -> tuple[int, str] | None:
    """(end, name) of the longest law name of the table that starts at ``start`` (its type word)
    and runs from ``body``; None when none does, or when it is a draft or runs into the sentence."""
    if _DRAFT_BEFORE.search(text, max(0, start - 12), start) or _AMENDING_BEFORE.search(
        text, max(0, start - 300), start
    ):
        return None
    words: list[regex.Match[str]] = []
    for w in _NAME_WORDS.finditer(text, body, min(len(text), body + 240)):
        if len(words) == _MAX_NAME_WORDS or (words and text[words[-1].end() : w.start()].count("\n")):
            break
        words.append(w)
    known = _known_names()
    kind = text[start:body].strip()
    for n in range(len(words), 0, -1):
        last = words[n - 1].group().rstrip(",.;…")
        candidate = " ".join([kind, *(w.group() for w in words[: n - 1]), last])
        name = known.get(laws.fold(candidate)) or laws.expand(candidate)
        end = words[n - 1].start() + len(last)
        if name is None:
            continue
        if not _NOT_AMENDED.match(text, end):  # "Luật Khiếu nại, tố cáo số 09/1998/QH10": the numbered shape reads
            return None  # it, not the shorter "Luật Khiếu nại"
        if len(name.split()) - len(kind.split()) > _SHORT_NAME or _AFTER_NAME_RE.match(text, end):
            return end, name
    return None


#: A Party resolution named by its plenum or congress ("Nghị quyết Hội nghị Trung ương 4 khóa XII").
_RESOLUTION = (
    r"(?P<resolution>Nghị\s+quyết\s+(?:của\s+)?(?:" + resolutions.PLENUM + "|" + resolutions.CONGRESS + r"))(?!\w)"
)
_PLENUM_AFTER = regex.compile(r"[^;.\n]{0,80}?\bcủa\s+(?P<plenum>" + resolutions.PLENUM + ")")


#: A code by its abbreviated name alone ("BLDS", "BLTTHS"); which code it is, ``laws.expand`` says.
_CODE_ABBREVIATION = r"(?<![\w/&-])(?P<code>BL\p{Lu}{2,10})(?![\w/&-])"

_SCAN = regex.compile(rf"(?P<sym>{_SYMBOL})|{_NAMED}|{_LAW_WORD}|{_RESOLUTION}|{_CODE_ABBREVIATION}", regex.V1)


_DATE_AFTER = regex.compile(rf"\s*,?\s*(?:(?:được\s+)?(?:ban hành|ký|thông qua)\s+)?[Nn]gày\s*:?\s*{_DATE}")
_ISSUER_AFTER = regex.compile(r"\s*,?\s*(?:của|do)\s+(?=\p{Lu})")
_SUBJECT_AFTER = regex.compile(
    r"\s*,?\s*(?P<cue>về việc|về|[Vv]/[Vv]|V/V|quy định|hướng dẫn|sửa đổi|ban hành|phê duyệt|triển khai)[\s,]+"
)
_ANAPHOR = regex.compile(r"\s*(?:nêu trên|nói trên|trên đây|đã nêu|đã dẫn|dẫn trên)\b")
_HEADER_NUMBER = regex.compile(r"(?:^|\n)[ \t]*(?:S[ốô]|S[ỐÔ])\s*:?\s*$")
# "số" before a number, with the OCR misreadings "sô", "SÔ" and the stray ":", ",", "_" after it.
_NO = r"(?:[Ss][ốô]|S[ỐÔ])\s*[:,_]?\s*"
_SO = regex.compile(rf"(?<!\w){_NO}$")
_LIST_GAP = regex.compile(rf"^\s*(?:[,;]|và|hoặc)\s*(?:(?:[,;]|và|hoặc)\s*)?(?:{_NO})?$")
# "văn bản số 279/BC-BTP": a citation whose type is given only by the symbol.
_LIST_TAIL = regex.compile(rf"(?:,|\s(?:và|hoặc))\s*{_NO}$")
_GENERIC = regex.compile(rf"(?<!\w)(?:các\s+)?[Vv]ăn\s+bản\s*:?\s*{_NO}$")
_FORM = regex.compile(r"(?i)\bmẫu(?:\s+số)?\s*:?\s*$")
_BOUNDARY = regex.compile(r";|\n\s*\n|\.\s")
_SUBJECT_STOP_WORDS = ("và", "hoặc")
_ISSUER_STOPS = {
    "về",
    "v/v",
    "đã",
    "thì",
    "theo",
    "tại",
    "nêu",
    "nói",
    "được",
    "để",
    "có",
    "là",
    "đến",
    "trong",
    "như",
    "cho",
    "kèm",
    "với",
    "gửi",
    "nay",
    "năm",
    "ngày",
    "số",
}
_ISSUER_STOP_PAIRS = {
    ("quy", "định"),
    ("hướng", "dẫn"),
    ("ban", "hành"),
    ("sửa", "đổi"),
    ("phê", "duyệt"),
    ("triển", "khai"),
    ("thực", "hiện"),
    ("tổ", "chức"),
}
_LAW_WORDS = ("Luật", "Bộ luật", "Pháp lệnh")
# Type words that name a document only when capitalised ("pháp luật số …" is not a citation).
_NAME_ONLY = frozenset({*_LAW_WORDS, "Hiến pháp", "Nghị định", "Thông tư", "Thông tư liên tịch"})
_MAX_ISSUER_WORDS = 14
_MAX_SUBJECT = 260
_OWN_TITLE_WITHIN = 600


_VOWELS = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ"
#: For each letter folded to its base ("ế" → "e"), every letter that folds to the same base.
_LOOK_ALIKES = {base: "".join(c for c in _VOWELS if doc_types.fold_word(c) == base) for base in {*"aeiouy"}} | {
    "d": "dđ"
}


@cache
def _type_words() -> str:
    """The type words as one alternation: either case of the first letter, any run of white
    space between words, and any tone or vowel mark on a vowel (OCR drops and swaps them)."""

    def letter(ch: str, first: bool) -> str:
        variants = _LOOK_ALIKES.get(doc_types.fold_word(ch), ch)
        if first:
            variants += variants.upper()
        return f"[{variants}]" if len(variants) > 1 else regex.escape(ch)

    def fuzzy(w: str) -> str:
        head = w[0] if w in _NAME_ONLY else None
        out = [regex.escape(head) if head else letter(w[0], True)]
        out += [r"\s+" if ch == " " else letter(ch, False) for ch in w[1:]]
        return "".join(out)

    return "|".join(fuzzy(w) for w in doc_types.type_words())


@cache
def _type_pattern() -> regex.Pattern[str]:
    return regex.compile(rf"(?<!\w)(?:các\s+)?(?P<type>{_type_words()})(?!\w)")


@cache
def _type_before() -> regex.Pattern[str]:
    return regex.compile(rf"{_type_pattern().pattern}\s*:?\s*(?:{_NO})?$")


@cache
def _type_by_before() -> regex.Pattern[str]:
    """ "Nghị định của Chính phủ số …": the type word, the issuer, then the number."""
    return regex.compile(rf"{_type_pattern().pattern}\s+của\s+(?P<by>\p{{Lu}}[^;.:]{{2,90}}?)\s*:?\s*{_NO}$")


@cache
def _law_before() -> regex.Pattern[str]:
    """ "Luật Ngân sách nhà nước số …": the name runs from the nearest law word to the number."""
    word = r"(?<!\w)(?:Bộ luật|Luật|Pháp lệnh)(?!\w)"
    name = rf"(?:(?!{word})[^;\n]){{1,320}}?"
    return regex.compile(rf"(?<!\w)(?P<type>Bộ luật|Luật|Pháp lệnh)\s+(?P<name>{name})\s+{_NO}$")


@dataclass(slots=True)
class _Mention:
    """A reference being assembled (mutable while reading around the symbol)."""

    start: int
    end: int
    kind: str
    type: str | None = None
    symbol: Symbol | None = None
    written: str | None = None
    canonical: str | None = None
    date: str | None = None
    issuer: str | None = None
    title: str | None = None
    parts: ReferenceParts = field(default_factory=ReferenceParts)

    @property
    def by_issuer(self) -> bool:
        """Written "type của issuer số …", the shape of a title line."""
        return self.parts.by_issuer

    @property
    def body_end(self) -> int:
        """End of the citation without its subject (a subject may cite other documents)."""
        return self.parts.title_span[0] if self.parts.title_span else self.end


def _iso(day: str, month: str, year: str) -> str | None:
    try:
        return dt.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def _date_of(m: regex.Match[str]) -> str | None:
    if m.group("d"):
        return _iso(m.group("d"), m.group("m"), m.group("y"))
    return _iso(m.group("d2"), m.group("m2"), m.group("y2"))


def _issuer_end(text: str, pos: int) -> int:
    """End of the issuing body's name that starts at ``pos`` (0 words → ``pos``)."""
    window = text[pos : pos + 220]
    words = list(regex.finditer(r"\S+", window))
    end = pos
    type_words = _type_pattern()
    # A known body's name may hold a document type's word ("Bộ Kế hoạch và Đầu tư", "Hội đồng Quốc gia"):
    # within that name the word does not end the issuer.
    named_end = pos + max((m.end for m in agencies.mentions(window) if m.start == 0), default=0)
    for i, w in enumerate(words[:_MAX_ISSUER_WORDS]):
        token = w.group()
        low = token.casefold()
        nxt = words[i + 1].group() if i + 1 < len(words) else ""
        if i and token.startswith("("):
            break
        if low in _ISSUER_STOPS or (low, nxt.casefold().rstrip(",;.")) in _ISSUER_STOP_PAIRS:
            break
        if low in _SUBJECT_STOP_WORDS and (nxt[:1].islower() or type_words.match(text, pos + words[i + 1].start())):
            break
        inside_name = pos + w.start() < named_end
        if (
            i
            and type_words.match(text, pos + w.start())
            and token[:1].isupper()
            and low not in {"ban"}
            and not inside_name
        ):
            break
        stripped = token.rstrip(',;.:…)”"')
        if stripped != token:
            end = pos + w.start() + len(stripped)
            break
        end = pos + w.end()
    return end


@cache
def _subject_stop() -> regex.Pattern[str]:
    words = rf"(?:{_type_words()})(?!\w)"
    capitals = "|".join(regex.escape(w) for w in doc_types.type_words() if w[:1].isupper())
    return regex.compile(
        rf"[;…]|\n(?=\s*(?:[-+•*]|\(?[a-zđ0-9]{{1,3}}[).]|\p{{Lu}}))|\.(?=\s|$)|\)|\(gọi|,\s+(?=\p{{Lu}})"
        rf"|,\s+(?={words})|\s+(?:và|hoặc)\s+(?={words}\s*(?:số|\d))|\s+(?:và|hoặc)\s+(?=(?:{capitals})(?!\w))"
        rf"|(?:,|\s+và)\s+(?={_NO}\d)"
        r"|\s+(?:và|hoặc)\s+(?:các\s+)?văn bản|\s+(?:đã|đang|sẽ)\s"
        r"|\s+(?:hết|có)\s+hiệu lực|\s+và\s+(?:Điều|khoản|điểm)\s+\d"
    )


def _subject_end(text: str, start: int) -> int:
    stop = _subject_stop().search(text, start, min(len(text), start + _MAX_SUBJECT))
    end = stop.start() if stop else min(len(text), start + _MAX_SUBJECT)
    while end > start and text[end - 1] in ' ,:“”"':
        end -= 1
    return end


def _read_after(text: str, m: _Mention, dates: dict[int, DateMention]) -> None:
    """Fill date, issuer, subject and the anaphor that follow the symbol."""
    pos = m.end
    if a := _ANAPHOR.match(text, pos):
        m.parts = replace(m.parts, anaphor=a.group().strip())
        m.end = pos = a.end()
    if d := _DATE_AFTER.match(text, pos):
        m.date = _date_of(d)
        day_start = d.start("d") if d.group("d") else d.start("d2")
        if m.date is None and (mention := dates.get(day_start)) and mention.kind == "date":
            m.date = mention.value
        m.parts = replace(m.parts, date_text=text[day_start : d.end()], date_span=(day_start, d.end()))
        m.end = pos = d.end()
    if i := _ISSUER_AFTER.match(text, pos):
        end = _issuer_end(text, i.end())
        if end > i.end():
            m.issuer = text[i.end() : end]
            m.parts = replace(m.parts, issuer_span=(i.end(), end))
            m.end = pos = end
    if s := _SUBJECT_AFTER.match(text, pos):
        start = s.start("cue")
        end = _subject_end(text, s.end())
        if end > s.end():
            m.title = text[start:end]
            m.parts = replace(m.parts, title_span=(start, end))
            m.end = end
            years = list(regex.finditer(r"năm\s+(\d{4})(?!\d)", m.title))
            if years:
                y = years[-1]
                m.parts = replace(
                    m.parts, subject_year=int(y.group(1)), subject_year_span=(start + y.start(1), start + y.end(1))
                )


def _window_start(text: str, pos: int, floor: int) -> int:
    lo = max(floor, pos - 400)
    last = lo
    for b in _BOUNDARY.finditer(text, lo, pos):
        last = b.end()
    return last


def _read_before(text: str, sym_start: int, floor: int, symbol: Symbol | None) -> tuple[int, str | None, str | None]:
    """(start, type word, name or issuer between) of the citation that ends with the symbol."""
    lo = _window_start(text, sym_start, floor)
    head = text[lo:sym_start]
    is_law_symbol = symbol is not None and (
        (symbol.kind == "legal" and symbol.abbreviation in (None, "PL"))
        or (symbol.kind == "historical" and bool({"L", "LCT"} & set(symbol.issuers)))
    )
    if is_law_symbol and (law := _law_before().search(head)):
        return lo + law.start("type"), law.group("type"), law.group("name")
    if t := _type_before().search(head):
        return lo + t.start("type"), t.group("type"), None
    t = _type_by_before().search(head)
    if t and t.group("type")[0].isupper() and _issuer_end(text, lo + t.start("by")) >= lo + t.end("by"):
        return lo + t.start("type"), t.group("type"), t.group("by")
    if g := _GENERIC.search(head):
        return lo + g.start(), None, None
    return sym_start, None, None


@lru_cache(maxsize=4096)
def _symbol_of(written: str) -> tuple[Symbol | None, str]:
    try:
        s = parse_any(written)
    except SymbolError:
        return None, compact(written).upper()
    return s, s.canonical


def _plausible_bare(symbol: Symbol | None, written: str) -> bool:
    """A symbol with no type word before it is kept only when its shape is unmistakable."""
    if symbol is None or not any(ch.isupper() for ch in written):
        return False
    if symbol.kind == "legal":
        return symbol.abbreviation is not None or issuers.lookup(symbol.issuer or "") is not None
    if symbol.kind == "party":
        return symbol.issuer in issuers.party_codes()
    return False


def _continues_list(gap: str) -> bool:
    """Whether ``gap`` links a list item to the previous citation: "; số …", ", và số …",
    also after the rest of the previous item's subject, within one sentence."""
    if _LIST_GAP.match(gap):
        return True
    return (
        len(gap) < 300
        and _LIST_TAIL.search(gap) is not None
        and not _BOUNDARY.search(gap)
        and not _type_pattern().search(gap)
    )


def _from_symbol(
    text: str, sm: regex.Match[str], prev: _Mention | None, dates: dict[int, DateMention]
) -> _Mention | None:
    written = sm.group("sym").rstrip()
    symbol, canonical = _symbol_of(written)
    s, e = sm.start("sym"), sm.start("sym") + len(written)
    if symbol is None and written.upper() != written:  # an unreadable shape must at least be all capitals
        return None
    floor = prev.body_end if prev else 0
    before = text[max(floor, s - 40) : s]
    if _FORM.search(before):
        return None
    start, type_word, between = _read_before(text, s, floor, symbol)
    generic = type_word is None and start < s
    inherited = False
    if (
        type_word is None
        and not generic
        and prev is not None
        and (prev.type or prev.parts.generic)
        and _continues_list(text[prev.end : s])
        and not _HEADER_NUMBER.search(text[max(0, s - 12) : s])
    ):
        type_word, inherited, generic = prev.type, True, prev.parts.generic
        if (
            symbol
            and symbol.abbreviation
            and symbol.abbreviation not in doc_types.abbreviations_of_word(prev.type or "")
        ):
            type_word, generic = None, True  # "các Quyết định … và số 12/KH-UBND": the list changed type
        if so := _SO.search(text[prev.end : s]):
            start = prev.end + so.start()
    cued = type_word is not None or generic
    if not cued and (_HEADER_NUMBER.search(text[max(0, s - 12) : s]) or not _plausible_bare(symbol, written)):
        return None
    kind = symbol.kind if symbol else "administrative"
    m = _Mention(start=start, end=e, kind=kind, type=type_word, symbol=symbol, written=written, canonical=canonical)
    m.parts = ReferenceParts(
        family=kind,
        symbol_span=(s, e),
        head=(start, e),
        repairs=symbol.repairs if symbol else (),
        inherited_type=inherited,
        generic=generic,
    )
    if between and type_word in _LAW_WORDS:
        m.title = between.strip()
        m.parts = replace(m.parts, name=m.title)
    elif between:
        m.issuer = between.strip()
        m.parts = replace(m.parts, by_issuer=True)
    _read_after(text, m, dates)
    if m.parts.anaphor is not None:
        m.kind = "repeat"
    return m


def _from_law_name(text: str, hit: regex.Match[str], on: dt.date | None) -> _Mention | None:
    """A code, law or ordinance cited by its name alone ("theo quy định của Luật Đất đai", "Luật NSNN",
    "BLDS"): its key is the number of the version in force on the document's date ``on``, else the name."""
    if hit.group("code"):
        name = laws.expand(hit.group("code"))
        if name is None or not _NOT_AMENDED.match(text, hit.end()):
            return None
        start, end, kind, title = hit.start(), hit.end(), "Bộ luật", name.removeprefix("Bộ luật ")
    else:
        found = _law_name_at(text, hit.start("law"), hit.end())
        if found is None:
            return None
        end, name = found
        start, kind, title = hit.start("law"), hit.group("law"), text[hit.end() : end]
    m = _Mention(start=start, end=end, kind="named", type=kind)
    m.title = title
    version = laws.in_force(name, on) if on else None
    m.canonical = version.number if version else laws.key(name)
    m.parts = ReferenceParts(
        family="named",
        name=m.title,
        law=name,
        head=(m.start, end),
        group=laws.fold(name),
        resolved="in force on the document's date" if version else None,
    )
    return m


def _from_resolution(hit: regex.Match[str]) -> _Mention | None:
    """A Party resolution named by its plenum or congress: its key names the meeting."""
    congress = hit.group("c") or hit.group("c2")
    if congress:
        key = resolutions.congress_key(congress)
    else:
        key = resolutions.key_of(hit.group("n") or hit.group("n2"), hit.group("term"))
    if key is None:
        return None
    m = _Mention(start=hit.start(), end=hit.end(), kind="named", type="Nghị quyết", canonical=key)
    m.parts = ReferenceParts(family="party", head=(hit.start(), hit.end()), meeting=key)
    return m


def _same_resolution(text: str, mentions: list[_Mention]) -> None:
    """A resolution named by its plenum is the one the document cites with its number and that plenum
    ("Nghị quyết số 04-NQ/TW … của Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII"),
    when the document cites only one such number for that plenum."""
    numbers: dict[str, set[str]] = {}
    for m in mentions:
        if m.kind != "party" or m.symbol is None or not m.canonical:
            continue
        _, end = m.parts.symbol_span or (m.start, m.end)
        found = _PLENUM_AFTER.match(text, end)
        key = resolutions.plenum_key(found.group("plenum")) if found else None
        if key:
            numbers.setdefault(key, set()).add(m.canonical)
    for m in mentions:
        key = m.parts.meeting
        if key and len(numbers.get(key, ())) == 1:
            m.canonical = next(iter(numbers[key]))
            m.parts = replace(m.parts, resolved="cited with its number and plenum in the document")


def _from_named(text: str, nm: regex.Match[str]) -> _Mention:
    if nm.group("ytype"):
        return _law_by_year(nm)
    if nm.group("const"):
        year = nm.group("cy")
        m = _Mention(start=nm.start(), end=nm.end(), kind="named", type="Hiến pháp")
        m.parts = ReferenceParts(family="named", head=(nm.start(), nm.end()), year=int(year), group=f"hiến pháp {year}")
        return m
    m = _Mention(start=nm.start(), end=nm.end(), kind="named", type=nm.group("ntype"))
    m.title = nm.group("name").strip()
    m.date = _date_of(nm)
    day_start = nm.start("d") if nm.group("d") else nm.start("d2")
    m.parts = ReferenceParts(
        family="named",
        name=m.title,
        head=(nm.start(), nm.start("name") + len(nm.group("name").rstrip(" ,"))),
        date_span=(day_start, nm.end()),
        date_text=text[day_start : nm.end()],
        group=f"{m.type} {m.title}".casefold(),
    )
    adopted = [v for v in laws.versions(f"{m.type} {m.title}") if v.adopted and v.adopted.isoformat() == m.date]
    if adopted:
        m.canonical = adopted[0].number
        m.parts = replace(m.parts, law=adopted[0].name, resolved="adopted on that date")
    return m


def _law_by_year(nm: regex.Match[str]) -> _Mention:
    """A law named with its year ("Luật Đầu tư 2025")."""
    m = _Mention(start=nm.start(), end=nm.end(), kind="named", type=nm.group("ytype"))
    m.title = nm.group("yname")
    year = int(nm.group("ly"))
    m.parts = ReferenceParts(
        family="named",
        name=m.title,
        head=(nm.start(), nm.end()),
        year=year,
        group=f"{m.type} {m.title} {year}".casefold(),
    )
    if version := laws.adopted_in(f"{m.type} {m.title}", year):
        m.canonical = version.number
        m.parts = replace(m.parts, law=version.name, resolved="adopted that year")
    return m


def _to_reference(text: str, m: _Mention) -> Reference:
    s = m.symbol
    return Reference(
        start=m.start,
        end=m.end,
        text=text[m.start : m.end],
        type=m.type,
        number=s.number if s else (regex.match(r"\d+", m.written).group() if m.written else None),
        canonical=m.canonical,
        date=m.date,
        issuer=m.issuer,
        title=m.title,
        kind=m.kind,
        symbol=m.written,
        year=s.year if s else m.parts.year,
        abbreviation=s.abbreviation if s else None,
        issuer_code=s.issuer if s else None,
        unit_code=s.unit if s else None,
        parts=m.parts,
    )


def _link(refs: list[Reference]) -> list[Reference]:
    """Give every mention its group key, its position in the group, whether it is the first,
    and the date of issue written at any mention of the group (``group_date``)."""
    dates: dict[str, str] = {}
    for r in refs:
        key = r.canonical or r.parts.group or ""
        if key and r.date:
            dates.setdefault(key, r.date)
    seen: dict[str, int] = {}
    out = []
    for r in refs:
        key = r.canonical or r.parts.group or ""
        if not key:
            out.append(r)
            continue
        n = seen.get(key, 0)
        seen[key] = n + 1
        out.append(replace(r, parts=replace(r.parts, group=key, mention=n, group_date=dates.get(key))))
    return out


def _is_own_title(text: str, m: _Mention) -> bool:
    """The document's own title line in the older layout ("Nghị định của Chính phủ số 94/1998/NĐ-CP
    ngày … về …"), which the structure recognizer reads: not a citation."""
    opening = text.find("Căn cứ")
    limit = min(_OWN_TITLE_WITHIN, opening) if opening >= 0 else _OWN_TITLE_WITHIN
    return m.by_issuer and m.start < limit and text[max(0, m.start - 1) : m.start] in ("", "\n")


def _same_law(mentions: list[_Mention]) -> None:
    """A law cited by name after being cited with its number or year in the same document is that
    law ("Luật Đất đai số 45/2013/QH13 … Luật Đất đai"), whatever the document's date."""
    numbered: dict[str, str] = {}
    for m in mentions:
        name = m.parts.law or (f"{m.type} {m.parts.name}" if m.type in _LAW_WORDS and m.parts.name is not None else "")
        if not name or not m.canonical:
            continue
        key = laws.fold(name)
        if m.parts.resolved == "in force on the document's date" or m.canonical == laws.key(name):
            if key in numbered and m.canonical != numbered[key]:
                m.canonical = numbered[key]
                m.parts = replace(m.parts, resolved="cited with its number earlier in the document")
            continue
        numbered.setdefault(key, m.canonical)


def _day(iso: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(iso[:10]) if iso and len(iso) >= 10 else None
    except ValueError:
        return None


#: A line that cites legal bases: "Căn cứ Luật …; Nghị định …;" (each citation on it is a basis).
_BASIS = regex.compile(r"[^\S\n]*[-+•]?[^\S\n]*(?:Căn cứ|CĂN CỨ)(?!\p{L})")


def find_references(text: str, dates: Sequence[DateMention], on: str | None = None) -> list[Reference]:
    """Every citation of a document in ``text`` (the normalized text), in order, linked by group.

    ``on`` is the document's own date (ISO): a law cited by name alone resolves to the version
    then in force.
    """
    by_start = {d.start: d for d in dates}
    day = _day(on)
    mentions: list[_Mention] = []
    prev: _Mention | None = None
    for hit in _SCAN.finditer(text):
        if prev is not None and hit.start() < prev.body_end:
            continue
        if hit.group("sym"):
            found = _from_symbol(text, hit, prev, by_start)
        elif hit.group("law") or hit.group("code"):
            found = _from_law_name(text, hit, day)
        elif hit.group("resolution"):
            found = _from_resolution(hit)
        else:
            found = _from_named(text, hit)
        if found is None or (not mentions and _is_own_title(text, found)):
            continue
        if found.parts.symbol_span is not None and prev is not None and found.start < prev.body_end:
            found.start = prev.body_end
        if _BASIS.match(text, text.rfind("\n", 0, found.start) + 1):
            found.parts = replace(found.parts, basis=True)
        mentions.append(found)
        prev = found
    _same_law(mentions)
    _same_resolution(text, mentions)
    return _link([_to_reference(text, m) for m in mentions])
