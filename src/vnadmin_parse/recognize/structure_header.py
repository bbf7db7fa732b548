"""The header of a document (Nghị định 30/2020/NĐ-CP, Phụ lục I, ô số 1–5 and 9a).

Quốc hiệu and Tiêu ngữ (or the Party's "ĐẢNG CỘNG SẢN VIỆT NAM"), the issuing
body and its parent, the "Số:" line, the place and date line, the type heading,
the subject (trích yếu, or "V/v …" for a công văn) and "Kính gửi". Works on
clean text and on PDF text whose two header columns are interleaved line by line.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import regex

from vnadmin_parse.model import DateLine, DocumentPart, NumberLine, Span
from vnadmin_parse.recognize.structure_heading import ISSUER_TITLE, VE_VIEC, catalogue_header, type_heading
from vnadmin_parse.recognize.structure_symbol import NUMBER_LINE, parse_symbol
from vnadmin_parse.recognize.structure_text import lines, loose
from vnadmin_parse.symbols.doc_types import type_words
from vnadmin_parse.vietnamese.strings import is_upper_text

#: Where the header is looked for.
HEAD_CHARS = 2500

#: Quốc hiệu; a vowel may carry any diacritic (OCR reads "CỌNG", "HOÀ" or "HÒA").
QUOC_HIEU = regex.compile(
    loose("C_NG H__ X_ H_I CH_ NGH_A VI_T NAM").replace("_", r"\p{L}"),
    regex.IGNORECASE,
)
TIEU_NGU = regex.compile(
    loose("Độc lập") + r"\s*[-–—]\s*" + loose("Tự do") + r"\s*[-–—]\s*" + loose("Hạnh phúc"), regex.IGNORECASE
)
PARTY = regex.compile(loose("ĐẢNG CỘNG SẢN VIỆT NAM"))
#: A run of capitals in the agency column (OCR may add stray marks around it).
_UPPER_RUN = regex.compile(r"\p{Lu}[\p{Lu}\d \t\-,.&()]*[\p{Lu}\d)]")
_RULE_LINE = regex.compile(r"^[\s\-–—_*=.]*$")

_PLACE_WORD = r"(?:\p{Lu}\p{Ll}[\p{Ll}]*(?:-\p{Lu}\p{Ll}*)?|TP\.)"
_PLACE_NEXT = r"(?:\p{L}\p{Ll}*(?:-\p{Lu}\p{Ll}*)?)"
DATE_LINE = regex.compile(
    rf"(?P<place>(?<![\p{{L}}\d/\-]){_PLACE_WORD}(?:[ \t]+{_PLACE_NEXT}){{0,5}})?[ \t]*(?P<comma>,)?[ \t]*"
    r"ngày(?P<d>[^\n]{0,14}?)tháng(?P<m>[^\n]{0,12}?)năm(?:[ \t.…_]*(?P<y>\d{4}))?"
)
_BLANK = " \t.…_"
_DIGIT_LOOKALIKES = str.maketrans("lI|Oo", "11100")
NUMERIC_DATE_LINE = regex.compile(
    rf"(?P<place>(?<![\p{{L}}\d/\-]){_PLACE_WORD}(?:[ \t]+{_PLACE_NEXT}){{0,5}})[ \t]*,?[ \t]*(?:ngày[ \t]*)?"
    r"(?P<d>\d{1,2})[/.\-](?P<m>\d{1,2})[/.\-](?P<y>\d{4})[ \t]*$",
    regex.MULTILINE,
)
KINH_GUI = regex.compile(r"Kính[ \t]+gửi[ \t]*:?[ \t]*")
_SUBJECT_STOP = regex.compile(
    r"^(?:Căn cứ|Kính gửi|Thực hiện|Theo\b|Xét\b|Ngày \d|Hôm nay|Vào (?:lúc|hồi|ngày)|Trên cơ sở|Để\b|Nhằm\b|"
    r"Sau khi|Hiện nay|Vừa qua|Chương [IVXLC\d]+\b|Điều \d|Phần (?:thứ|[IVX\d])|[IVX]+\.|\d+\.|V/v|Số\b|Nơi nhận)"
)
_BODY_OPENER = regex.compile(
    r"(?<=[\p{Ll}\d,)]) (?=(?:Thực hiện|Căn cứ|Theo (?:đề nghị|chỉ đạo|Kế hoạch|Công văn|Quyết định)|Sau khi|"
    r"Nhằm|Để|Trên cơ sở|Hiện nay|Vừa qua|Kính gửi|Hôm nay|Vào (?:lúc|hồi|ngày))\b|Ngày \d)"
)
#: Where a subject starts inside a line; OCR may misplace the tone of "Về" ("Vệ việc").
_SUBJECT_START = regex.compile(r"(?<=\S\s*)(?:V[ềệếểễeê][ \t]+việc|V/v)\b")
#: Words that start the name of a new body in the agency block; others continue the line above.
BODY_HEADS = (
    "BỘ", "SỞ", "ỦY BAN", "UỶ BAN", "UBND", "HỘI ĐỒNG", "HĐND", "TRƯỜNG", "CỤC", "VỤ", "BAN", "TỔNG CỤC", "CÔNG AN",
    "PHÒNG", "VĂN PHÒNG", "TRUNG TÂM", "VIỆN", "CHI CỤC", "THANH TRA", "KHO BẠC", "BỆNH VIỆN", "TÒA ÁN", "TOÀ ÁN",
    "ĐẠI HỌC", "HỌC VIỆN", "CHÍNH PHỦ", "QUỐC HỘI", "THỦ TƯỚNG", "TỔNG CÔNG TY", "CÔNG TY", "ĐOÀN", "HỘI",
    "BỘ CHỈ HUY", "ĐẢNG ỦY", "ĐẢNG UỶ", "ĐẢNG BỘ", "TỈNH ỦY", "TỈNH UỶ", "THÀNH ỦY", "THÀNH UỶ", "HUYỆN ỦY",
    "HUYỆN UỶ", "QUẬN ỦY", "QUẬN UỶ", "MẶT TRẬN", "LIÊN ĐOÀN", "CHI NHÁNH", "BẢO HIỂM", "TỔNG LIÊN ĐOÀN",
    "BỘ TƯ LỆNH", "KIỂM TOÁN", "NGÂN HÀNG",
)  # fmt: skip
_BODY_HEAD = regex.compile(rf"^(?:{'|'.join(BODY_HEADS)})\b")


@dataclass
class Header:
    """What the header parser found; its header parts go into ``Document.fields``."""

    spans: list[Span] = field(default_factory=list)
    type: str | None = None
    number: str | None = None
    issuer: str | None = None
    place: str | None = None
    date: str | None = None
    title: str | None = None
    end: int = 0  # where the body starts
    quoc_hieu: bool = False
    tieu_ngu: bool = False
    is_party_document: bool = False
    parent_body: str | None = None
    issuing_body: str | None = None
    number_line: NumberLine | None = None
    date_line: DateLine | None = None
    type_heading: str | None = None
    subject: str | None = None
    catalogue_header: bool = False
    kinh_gui: tuple[str, ...] | None = None

    def add(self, label: DocumentPart, start: int, end: int, text: str) -> None:
        self.spans.append(Span(start, end, text[start:end], label))


def parse_header(text: str, ocr: bool = False) -> Header:
    """Parse the header elements found in the first part of ``text``.

    ``ocr``: the text was read by OCR, where an empty number slot is a number that was
    not read (handwritten or stamped) rather than a draft's blank, and a typed month may
    come out as "l1".
    """
    head_end = min(len(text), HEAD_CHARS)
    h = Header()
    qh = next(
        (
            m
            for m in QUOC_HIEU.finditer(text, 0, head_end)
            if is_upper_text(m.group()) or TIEU_NGU.search(text, m.end(), m.end() + 200)
        ),
        None,
    )
    tn = TIEU_NGU.search(text, 0, head_end)
    party = PARTY.search(text, 0, head_end)
    h.quoc_hieu = bool(qh)
    h.tieu_ngu = bool(tn)
    h.is_party_document = bool(party) and not qh
    found: tuple[tuple[DocumentPart, regex.Match[str] | None], ...] = (
        ("quoc_hieu", qh),
        ("tieu_ngu", tn),
        ("party_header", party),
    )
    for label, m in found:
        if m:
            h.add(label, m.start(), m.end(), text)

    caseless = qh is not None and not is_upper_text(qh.group())
    heading = type_heading(text, head_end, caseless)
    limit = heading.start if heading else min(head_end, 1500)
    number = _number_line(text, limit, h, ocr)
    date_line = _date_line(text, limit, h, ocr)
    agency_end = min(x for x in (limit, number, date_line) if x is not None)
    _agency(text, agency_end, h, caseless)
    h.end = heading.end if heading else max(x for x in (0, number, date_line) if x is not None)
    catalogue = None if qh or number is not None or date_line is not None else catalogue_header().match(text)
    if catalogue:
        _catalogue(text, catalogue, h)
    elif heading:
        written = regex.sub(r"\s+", " ", text[heading.type_start : heading.type_end]).casefold()
        h.type = next(n for n in type_words() if n.casefold() == written)
        h.type_heading = text[heading.type_start : heading.end]
        h.add("doc_type", heading.type_start, heading.type_end, text)
        h.subject = _subject(text, heading.end, h, "subject", first_line_start=heading.subject_start)
    ve_viec = VE_VIEC.search(text, 0, head_end)
    if ve_viec and not heading and not catalogue:
        h.type = "Công văn"
        h.subject = _subject(text, ve_viec.start(), h, "subject", first_line_start=ve_viec.start())
    elif (
        not heading
        and not catalogue
        and h.number_line is not None
        and not h.number_line.type_abbr
        and not h.is_party_document
    ):
        h.type = "Công văn"
    h.title = h.subject
    _kinh_gui(text, h)
    return h


def _catalogue(text: str, m: regex.Match[str], h: Header) -> None:
    """Fill the header from a catalogue-style heading (documents copied from a gazette or a database)."""
    written = regex.sub(r"\s+", " ", m.group("type")).casefold()
    h.type = next(w for w in type_words() if w.casefold() == written)
    h.catalogue_header = True
    h.add("doc_type", m.start("type"), m.end("type"), text)
    if m.group("num"):
        sym = m.group("sym").rstrip(".,")
        parsed = parse_symbol(m.group("num"), sym)
        h.number = m.group("num") + sym
        h.number_line = parsed.line(h.number, colon=True, blank=False)
    if m.group("issuer"):
        h.issuer = ISSUER_TITLE.sub("", " ".join(m.group("issuer").split()))
        h.issuing_body = h.issuer
        h.add("issuing_body", m.start("issuer"), m.end("issuer"), text)
    if m.group("y"):
        h.date = _iso(m.group("d"), m.group("m"), m.group("y"))
    h.end = m.end()
    h.subject = _subject(text, m.end(), h, "subject", first_line_start=m.end())


def _number_line(text: str, limit: int, h: Header, ocr: bool) -> int | None:
    for m in NUMBER_LINE.finditer(text, 0, max(limit, 1)):
        sym = regex.sub(r"\s+", "", m.group("sym") or "")
        if not (m.group("colon") or (sym and (m.group("num") or m.group("noise") or sym.startswith("/")))):
            continue
        parsed = parse_symbol(m.group("num"), sym)
        unread = bool(m.group("noise")) or (ocr and m.group("num") is None)
        h.number_line = parsed.line(
            text[m.start() : m.end()],
            colon=bool(m.group("colon")),
            blank=m.group("num") is None and not unread,
            unreadable=unread,
        )
        h.add("number_line", m.start(), m.end(), text)
        if m.group("num") and sym:
            h.number = m.group("num") + sym
        elif sym and not unread:
            h.number = sym
        return int(m.start())
    return None


def _date_line(text: str, limit: int, h: Header, ocr: bool) -> int | None:
    for m in DATE_LINE.finditer(text, 0, max(limit, 1)):
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = text[line_start : m.start()]
        if not (m.group("comma") or not before.strip() or before.endswith("  ") or regex.search(r"Số\s*:", before)):
            continue
        day, month, year = _slot(m.group("d")), _slot(m.group("m"), ocr), m.group("y")
        place_start = m.start("place") if m.group("place") else -1
        motto = TIEU_NGU.search(text, line_start, m.end())
        if motto and place_start >= 0 and place_start < motto.end():
            tail = regex.search(rf"{_PLACE_WORD}.*", text[motto.end() : m.end("place")])
            place_start = motto.end() + tail.start() if tail else -1
        place = text[place_start : m.end("place")] if place_start >= 0 else None
        unreadable = "?" in (day, month)
        day, month = (day if day != "?" else None), (month if month != "?" else None)
        iso = _iso(day, month, year)
        h.date_line = DateLine(
            text=text[(place_start if place else m.start()) : m.end()].strip(),
            place=place,
            comma=bool(m.group("comma")),
            day=day,
            month=month,
            year=year,
            unreadable=unreadable,
            iso=iso,
        )
        start = place_start if place else m.start() + (len(m.group()) - len(m.group().lstrip()))
        h.add("date_line", start, m.end(), text)
        if place:
            h.place = place
            h.add("place", place_start, m.end("place"), text)
        h.date = iso or (f"{int(year):04d}-{int(month):02d}" if month and year else year)
        return start
    m2 = NUMERIC_DATE_LINE.search(text, 0, max(limit, 1))
    if m2:
        h.date_line = DateLine(
            text=m2.group().strip(),
            place=m2.group("place"),
            comma="," in m2.group(),
            day=m2.group("d"),
            month=m2.group("m"),
            year=m2.group("y"),
            numeric=True,
            iso=_iso(m2.group("d"), m2.group("m"), m2.group("y")),
        )
        h.add("date_line", m2.start("place"), m2.end(), text)
        h.place = m2.group("place")
        h.date = h.date_line.iso
        return int(m2.start())
    return None


def _slot(value: str, month_ocr: bool = False) -> str | None:
    """A day or month slot of the date line: its digits, None when left blank, "?" when unreadable (OCR).

    ``month_ocr``: a typed month that OCR read with "l", "I" or "|" for 1 or "O" for 0 ("l1")
    is taken when only one month fits; a day is never read this way (it is often handwritten).
    """
    inner = value.strip(_BLANK)
    if not inner:
        return None
    if regex.fullmatch(r"\d{1,2}", inner):
        return inner
    digits = inner.translate(_DIGIT_LOOKALIKES)
    return digits if month_ocr and regex.fullmatch(r"\d{1,2}", digits) and 1 <= int(digits) <= 12 else "?"


def _iso(day: str | None, month: str | None, year: str | None) -> str | None:
    if not (day and month and year):
        return None
    try:
        return dt.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def _agency(text: str, end: int, h: Header, caseless: bool = False) -> None:
    """Issuing body and its parent: capital lines of the header's left column.

    ``caseless``: the header lost its capitals (a legacy font that draws lower-case
    codes as capitals: "cộng hoà xã hội chủ nghĩa Việt nam"); then only lines that
    start like an agency name ("Bộ Tài chính", "ngân hàng nhà nước") are taken.
    Words after the Quốc hiệu on its line are the agency's next line when the
    assembler put them there ("ngân hàng nhà nước cộng hoà … việt nam việt nam").
    """
    bodies: list[list[tuple[int, int]]] = []
    for line in lines(text, 0, end):
        raw = line.text
        cut, tail = len(raw), None
        for pattern in (QUOC_HIEU, TIEU_NGU, PARTY, NUMBER_LINE):
            m = pattern.search(raw)
            if m and m.group() and (pattern is not NUMBER_LINE or m.group("colon")):
                cut = min(cut, m.start())
                tail = m.end() if pattern is QUOC_HIEU else tail
        pieces = [_agency_piece(raw, 0, cut, caseless, head=True)]
        if pieces[0] and tail is not None:
            pieces.append(_agency_piece(raw, tail, len(raw), caseless, head=False))
        for piece in pieces:
            if piece is None:
                continue
            a, b = line.start + piece[0], line.start + piece[1]
            if bodies and not _BODY_HEAD.match(text[a:b].upper()):
                bodies[-1].append((a, b))
            else:
                bodies.append([(a, b)])
        if len(bodies) > 3:
            break
    if not bodies:
        return
    names = [" ".join(regex.sub(r"\s+", " ", text[s:e]) for s, e in pieces) for pieces in bodies]
    h.issuer = names[-1]
    h.issuing_body = names[-1]
    for s, e in bodies[-1]:
        h.add("issuing_body", s, e, text)
    if len(bodies) > 1:
        h.parent_body = names[-2]
        for s, e in bodies[-2]:
            h.add("parent_body", s, e, text)


def _agency_piece(raw: str, start: int, end: int, caseless: bool, head: bool) -> tuple[int, int] | None:
    """Where an agency name lies in ``raw[start:end]``: its longest run of capitals, or with ``caseless``
    and lower-case letters the whole part when it starts like an agency name (``head``) or is a few words."""
    part = raw[start:end]
    if caseless and any(c.islower() for c in part):
        words = part.split()
        body = regex.fullmatch(r"\s*(\p{L}[\p{L} \t]*\p{L})\s*", part)
        if not body or len(words) > (8 if head else 4) or (head and not _BODY_HEAD.match(body.group(1).upper())):
            return None
        return start + body.start(1), start + body.end(1)
    run = max(_UPPER_RUN.finditer(part), key=lambda r: len(r.group()), default=None)
    if run is None or not is_upper_text(run.group(), 3) or any(c.islower() for c in part):
        return None
    if not head and (len(part.split()) > 4 or run.group().strip() != part.strip()):
        return None
    return start + run.start(), start + run.end()


def _subject(text: str, start: int, h: Header, label: DocumentPart, first_line_start: int | None = None) -> str | None:
    """The subject lines after the type heading (or from "V/v"), up to the body.

    Lines of OCR noise (few letters) are skipped; a line with a table rule "|"
    after the first ends the subject (stamps over the header in scans).
    """
    collected: list[tuple[int, int]] = []
    for line in lines(text, start if first_line_start is None else first_line_start):
        s = line.stripped
        if line.start >= len(text) or len(collected) > 6:
            break
        if not s or _RULE_LINE.match(s):
            if collected:
                break
            continue
        if collected and _letter_ratio(s) < 0.6:
            continue
        if collected and (
            _SUBJECT_STOP.match(s)
            or "|" in s
            or _is_header_line(s)
            or (is_upper_text(s, 3) and not all(is_upper_text(text[a:b]) for a, b in collected))
        ):
            break
        opening = _is_header_line(s) or (_SUBJECT_STOP.match(s) and not s.startswith("V/v"))
        if not collected and first_line_start is None and opening:
            break
        if _letter_ratio(s) < 0.6:
            continue
        lead = len(line.text) - len(line.text.lstrip())
        a, b = line.start + lead, line.start + len(line.text.rstrip())
        if not collected and (into := _SUBJECT_START.search(text, a, b)):
            a = into.start()
        opener = _BODY_OPENER.search(text, a, b)
        if opener:
            collected.append((a, opener.start()))
            break
        collected.append((a, b))
    if not collected:
        return None
    for a, b in collected:
        h.add(label, a, b, text)
    h.end = max(h.end, collected[-1][1])
    return " ".join(str(regex.sub(r"\s+", " ", text[a:b])).strip() for a, b in collected)


def _is_header_line(s: str) -> bool:
    """A line of the header's right column (Quốc hiệu, Tiêu ngữ, date line) or a "Số:" line."""
    national = QUOC_HIEU.search(s)
    return bool(
        (national and is_upper_text(national.group())) or TIEU_NGU.search(s) or regex.search(r", ngày|^Số\s*:", s)
    )


def _letter_ratio(s: str) -> float:
    chars = [c for c in s if not c.isspace()]
    return sum(1 for c in chars if c.isalpha() and c.isupper() != c.islower()) / len(chars) if chars else 0.0


def _kinh_gui(text: str, h: Header) -> None:
    m = KINH_GUI.search(text, 0, min(len(text), HEAD_CHARS + 1500))
    if not m:
        return
    recipients: list[str] = []
    rest_end = text.find("\n", m.end())
    rest_end = len(text) if rest_end < 0 else rest_end
    first = text[m.end() : rest_end].strip()
    if first:
        recipients.append(first.lstrip("- ").rstrip(";.,"))
    for line in lines(text, rest_end + 1):
        s = line.stripped
        if not s.startswith(("-", "+", "•")) or len(recipients) > 30:
            break
        recipients.append(s.lstrip("-+• ").rstrip(";.,"))
        rest_end = line.end
    h.kinh_gui = tuple(recipients)
    h.add("kinh_gui", m.start(), rest_end, text)
    h.end = max(h.end, rest_end)
