"""The data model shared by every stage: plain frozen dataclasses.

Offsets (``start``/``end``) always index ``Report.text``, the normalized text.
``Report.locate`` maps an offset back to page, line and (for PDFs) the box of
the source character.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from dataclasses import fields as record_fields
from typing import Any, Final, Literal, TypedDict

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")


@dataclass(frozen=True, slots=True)
class Box:
    """A character's bounding box on a PDF page, in PDF points (top-left origin)."""

    x0: float
    top: float
    x1: float
    bottom: float


@dataclass(frozen=True, slots=True)
class Page:
    """One page of extracted source text.

    ``boxes`` (when given) has one entry per character of ``text``; ``None`` for
    characters the extractor synthesised (line breaks, spaces between words).
    ``confidences`` likewise, for OCR output (0–100 per character, from the
    word it belongs to).
    """

    number: int
    text: str
    boxes: tuple[Box | None, ...] | None = None
    confidences: tuple[float | None, ...] | None = None
    width: float | None = None
    height: float | None = None
    method: str = "text"  # text | pdf-fast | pdf-layout | ocr | docx | legacy-…


@dataclass(frozen=True, slots=True)
class Furniture:
    """Page furniture kept out of the body: signature stamps, page numbers, running heads."""

    kind: str  # signature | page-number | running-head | stamp
    page: int
    text: str
    data: dict[str, str] = field(default_factory=dict)


#: The pages an extractor marks in ``Source.metadata`` (as "1,3,4"): set in a legacy font, read by OCR, a garbled
#: text layer, not read at all.
PageMark = Literal["legacy_pages", "ocr_pages", "garbled_pages", "unread_pages"]


@dataclass(frozen=True, slots=True)
class Source:
    """What an extractor returns: pages of characters, plus what it noticed."""

    path: str
    kind: str  # txt | pdf | docx | doc | rtf
    pages: tuple[Page, ...]
    furniture: tuple[Furniture, ...] = ()
    encoding: str = "unicode"  # unicode | tcvn3 | vni | viscii | mixed
    notes: tuple[str, ...] = ()
    metadata: dict[str, str] = field(default_factory=dict)

    def marked_pages(self, mark: PageMark) -> tuple[int, ...]:
        """The page numbers the extractor marked with ``mark``, in order.

        >>> Source("a.pdf", "pdf", (), metadata={"ocr_pages": "1,3"}).marked_pages("ocr_pages")
        (1, 3)
        """
        return tuple(int(p) for p in self.metadata.get(mark, "").split(",") if p.strip().isdigit())


@dataclass(frozen=True, slots=True)
class Location:
    """Where an offset of the normalized text came from."""

    page: int
    line: int
    column: int
    box: Box | None = None
    confidence: float | None = None


def lowest_confidence(locate: Callable[[int], Location], start: int, end: int) -> float | None:
    """OCR's lowest confidence over ``[start, end)`` (at least the character at ``start``) of the
    text ``locate`` maps back; None where no character was read by OCR."""
    values = [loc.confidence for i in range(start, max(start + 1, end)) if (loc := locate(i)).confidence is not None]
    return min(values) if values else None


#: The labels of the tokens in ``Analysis.tokens`` (``recognize/tokens.py``): a syllable of letters only, a token
#: with a digit or an inner separator ("2023", "29/KH-UBND"), a punctuation mark.
WORD_TOKEN: Final = "w"
NUMBER_TOKEN: Final = "n"
MARK_TOKEN: Final = "p"


@dataclass(frozen=True, slots=True)
class Span:
    """A labelled stretch of the normalized text."""

    start: int
    end: int
    text: str
    label: str = ""


class Weekday(TypedDict):
    """A weekday written next to a date ("Thứ Bảy"): its words, where they are, its index (Monday 0, -1 unknown)."""

    text: str
    index: int
    start: int
    end: int


class DateParts(TypedDict, total=False):
    """What a date mention is made of (``recognize/dates.py``): a key is present only where it applies, so the JSON
    report writes it as it is; a misspelt key is a mypy error."""

    day: int
    month: int
    year: int | None  # None: a lunar year not written in figures
    invalid: str  # no such date: "month", "day" or "leap"
    inferred: list[str]  # parts not written ("year"), filled from context
    year_from: str  # where an inferred year came from: "context" or "range"
    end_year: int  # "năm học 2022-2023", "giai đoạn 2021-2025"
    lead: str  # the word before a period ("giai đoạn", "năm học") or a lunar year ("Xuân")
    school_year: bool
    quarter: int
    months: int  # "6 tháng đầu năm": 6
    side: str  # "đầu" or "cuối"
    first_month: int
    last_month: int
    hour: int
    minute: int
    standalone: bool  # a time that stands for itself, not attached to a date
    calendar: str  # "lunar"
    can_chi: str  # the lunar year's name as written ("Quý Mão")
    expected_can_chi: str  # the name of the year written in figures next to it
    written_year: bool
    tet: bool  # "mùng 1 Tết"
    lunar_day: int
    lunar_end_day: int | None
    lunar_month: int
    leap: bool
    anniversary: str  # the anniversary's id in data/anniversaries.json
    name: str
    founded: str  # ISO date of the event remembered
    count: int | None  # "93 năm": 93
    counted: bool  # its years are counted from one start
    anniversary_date: str
    time: str | None  # a datetime's time and date parts
    date: str | None
    value: str | None  # a datetime's value while it is assembled
    daypart: str  # "sáng", "chiều", "tối"
    weekday: Weekday
    members: list[tuple[int, int]]  # the spans a composite is made of
    start: str  # an interval's ends (ISO) and kinds
    end: str
    start_kind: str
    end_kind: str
    composite: bool


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date, time, period or interval written in the text.

    ``value`` is ISO 8601: ``2023-01-30``, ``2023-05`` (month), ``2023``,
    ``2023-12-31T20:30``, or an interval ``start/end`` of those.
    ``kind``: date | datetime | month | year | quarter | period | interval | lunar | time
    | anniversary ("93 năm Ngày thành lập Đảng": value is the anniversary's date).
    """

    start: int
    end: int
    text: str
    value: str | None
    kind: str
    parts: DateParts = field(default_factory=lambda: DateParts())


#: ``(start, end)`` offsets into the normalized text.
Offsets = tuple[int, int]


@dataclass(frozen=True, slots=True)
class ReferenceParts:
    """How a citation was read and where its parts lie (``recognize/references.py`` fills it).

    Unset parts are None (or False, or empty); ``to_dict`` writes only those that are set.
    """

    family: str = ""  # how the citation was recognized: legal | administrative | party | named
    symbol_span: Offsets | None = None  # the number and symbol as written
    head: Offsets | None = None  # the citation without date, issuer and subject
    repairs: tuple[str, ...] = ()  # what had to be corrected to read the symbol ("missing-hyphen", …)
    inherited_type: bool = False  # its type word is the one of the list it continues ("các Quyết định số 1, 2")
    generic: bool = False  # cited by a generic word ("văn bản số …")
    name: str | None = None  # a law's name ("Đất đai")
    law: str | None = None  # the law's full name, when read from the table of laws
    by_issuer: bool = False  # written "type của issuer số …", the shape of a title line
    basis: bool = False  # cited as a legal basis: its line opens with "Căn cứ"
    anaphor: str | None = None  # "nêu trên", "này" …: a repeat of an earlier citation
    date_text: str | None = None  # the date of issue as written
    date_span: Offsets | None = None
    issuer_span: Offsets | None = None  # the issuing body after the symbol
    title_span: Offsets | None = None  # the subject ("về …")
    subject_year: int | None = None  # the last "năm YYYY" of the subject
    subject_year_span: Offsets | None = None
    year: int | None = None  # the year of a law or constitution named by its year
    meeting: str | None = None  # the plenum or congress of a Party resolution named by it
    resolved: str | None = None  # how a citation by name was resolved to a number
    group: str | None = None  # the key shared by every mention of one document
    mention: int | None = None  # position in its group (0 for the first mention)
    group_date: str | None = None  # the date of issue written at any mention of the group

    @property
    def first(self) -> bool:
        """The first mention of its document."""
        return self.mention == 0

    def to_dict(self) -> dict[str, Any]:
        """The parts as the JSON report writes them (the keys of the former dictionary)."""
        out: dict[str, Any] = {"family": self.family} if self.family else {}
        if self.symbol_span is not None:
            out["symbol_span"] = self.symbol_span
        if self.head is not None:
            out["head"] = self.head
        if self.symbol_span is not None:
            out["repairs"] = self.repairs
        for key in ("inherited_type", "generic", "by_issuer", "basis"):
            if getattr(self, key):
                out[key] = True
        for key in (
            "name",
            "law",
            "anaphor",
            "date_text",
            "date_span",
            "issuer_span",
            "title_span",
            "subject_year",
            "subject_year_span",
            "year",
            "meeting",
            "resolved",
            "group",
        ):
            if (value := getattr(self, key)) is not None:
                out[key] = value
        if self.mention is not None:
            out.update(mention=self.mention, first=self.first, group_date=self.group_date)
        return out


#: The first and last day of a period.
Period = tuple[dt.date, dt.date]


@dataclass(frozen=True, slots=True)
class StatedPeriod:
    """ "Trong tháng 5/2023, …": the phrase ``[start, end)``, the period it names and where its sentence ends.

    ``of_report`` is True for "trong kỳ báo cáo", whose period is the report's own."""

    start: int
    end: int
    sentence_end: int
    period: Period
    of_report: bool


@dataclass(frozen=True, slots=True)
class Reference:
    """A citation of a legal, administrative or Party document."""

    start: int
    end: int
    text: str
    type: str | None  # type word as written, e.g. "Kế hoạch"
    number: str | None
    canonical: str | None  # e.g. "72/2015/NĐ-CP"
    date: str | None  # ISO date of issue if written
    issuer: str | None  # issuing body as written
    title: str | None  # subject ("về …")
    kind: str = "administrative"  # legal | administrative | party | named | repeat
    symbol: str | None = None  # symbol as written, e.g. "72/2015/NĐCP"
    year: int | None = None
    abbreviation: str | None = None  # type abbreviation, e.g. "KH"
    issuer_code: str | None = None  # e.g. "UBND"
    unit_code: str | None = None  # e.g. "QLVH"
    parts: ReferenceParts = field(default_factory=ReferenceParts)


@dataclass(frozen=True, slots=True)
class AgencyMention:
    """An agency named in the text by a name of the tables (``recognize/agencies.py``): where, which name, and how it is
    written against it (``problem``: "case", "spelling", … ; ``suggestion``: the official form)."""

    start: int
    end: int
    name: str | None
    problem: str | None
    suggestion: str | None
    local: bool
    abbreviation: bool
    unit: str | None = None
    unit_start: int = -1
    place: str | None = None  # None after a unit word with no known name ("Thanh tra tỉnh")
    place_end: int = -1


@dataclass(frozen=True, slots=True)
class Event:
    """Something that happened: a name, when, where."""

    start: int
    end: int
    text: str
    name: str
    date: str | None
    place: str | None


#: Field metadata: ``_plain`` leaves the field out of the JSON while it holds this value (a part not found).
_UNLESS_FOUND = {"omitted": None}
_UNLESS_TRUE = {"omitted": False}


def _plain(record: Any) -> Any:
    """A record as plain JSON values: the keys of its fields, without the parts not found."""
    if isinstance(record, tuple):
        return [_plain(x) for x in record]
    if not hasattr(record, "__dataclass_fields__"):
        return record
    out = {}
    for f in record_fields(record):
        value = getattr(record, f.name)
        if "omitted" in f.metadata and value == f.metadata["omitted"]:
            continue
        out[f.name] = _plain(value)
    return out


@dataclass(frozen=True, slots=True)
class NumberLine:
    """The "Số: 45/2026/NĐ-CP" line of the header, its symbol split into its groups."""

    text: str  # the line as written
    number: str | None  # None: left blank (a draft) or not read
    symbol: str  # what follows the number, e.g. "/2026/NĐ-CP"
    year: str | None = None
    type_abbr: str | None = None  # "NĐ", "BC", … (None for a công văn: "/UBND-NC")
    issuer_code: str | None = None
    unit_code: str | None = None
    colon: bool = True  # "Số:" with its colon
    blank: bool = False  # the number slot left blank (a draft)
    party: bool = False  # a Party symbol ("45-NQ/TW")
    unreadable: bool | None = field(
        default=None, metadata=_UNLESS_FOUND
    )  # a slot OCR could not read (None: a catalogue heading, no slot)


@dataclass(frozen=True, slots=True)
class DateLine:
    """The "Quảng Ngãi, ngày 05 tháng 11 năm 2024" line of the header."""

    text: str
    place: str | None
    comma: bool  # a comma after the place
    day: str | None  # None: left blank
    month: str | None
    year: str | None
    numeric: bool = False  # written "15/12/2024"
    unreadable: bool | None = field(
        default=None, metadata=_UNLESS_FOUND
    )  # a day or month OCR could not read (None: numeric)
    iso: str | None = None


@dataclass(frozen=True, slots=True)
class Authority:
    """A signing authority mark ("KT.", "TM.", "TL.", "TUQ.") and whom it signs for."""

    mark: str
    of: str  # the title or body after the mark


@dataclass(frozen=True, slots=True)
class Signing:
    """The signing block: authority marks, the signer's title and name."""

    authority: str | None  # the first mark
    authorities: tuple[Authority, ...] = ()
    title: str | None = field(default=None, metadata=_UNLESS_FOUND)  # "PHÓ CHỦ TỊCH"
    deputy: bool | None = field(default=None, metadata=_UNLESS_FOUND)  # the title is a deputy's
    name: str | None = field(default=None, metadata=_UNLESS_FOUND)


@dataclass(frozen=True, slots=True)
class BasisLine:
    """One "Căn cứ …" line before the enacting formula."""

    text: str  # spaces collapsed
    start: int
    end: int
    ends_with: str  # its last character (";" expected, "." for the last)


#: Ranks of numbered headings: a heading resets the numbering of every rank below it ("Điều" runs on through
#: chapters).
HEADING_RANKS = {"part": 0, "chapter": 1, "article": 2, "roman": 3, "arabic": 4, "letter": 5}
#: The letters of lettered items "a)", "b)", … in the order of the Vietnamese alphabet.
ITEM_LETTERS = "abcdđeghiklmnopqrstuvxy"


@dataclass(frozen=True, slots=True)
class Heading:
    """A numbered heading at the start of a line ("Điều 3.", "II.", "a)")."""

    kind: str  # part | chapter | article | roman | arabic | letter
    marker: str
    value: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Section:
    """A heading in the tree of the body (part > chapter > article > I. > 1. > a))."""

    kind: str
    marker: str
    title: str
    start: int
    children: tuple[Section, ...] = ()


@dataclass(frozen=True, slots=True)
class DocumentFields:
    """Everything the structure recognizer read beyond ``Document``'s own attributes (docs/structure.md).

    Parts not found are None; the JSON report leaves them out.
    """

    quoc_hieu: bool = False  # "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    tieu_ngu: bool = False  # "Độc lập - Tự do - Hạnh phúc"
    is_party_document: bool = False  # a Party header without the Quốc hiệu
    parent_body: str | None = field(default=None, metadata=_UNLESS_FOUND)  # cơ quan chủ quản
    issuing_body: str | None = field(default=None, metadata=_UNLESS_FOUND)  # cơ quan ban hành, as written
    number_line: NumberLine | None = field(default=None, metadata=_UNLESS_FOUND)
    date_line: DateLine | None = field(default=None, metadata=_UNLESS_FOUND)
    type_heading: str | None = field(default=None, metadata=_UNLESS_FOUND)  # the type heading as written
    subject: str | None = field(default=None, metadata=_UNLESS_FOUND)  # trích yếu
    catalogue_header: bool = field(
        default=False, metadata=_UNLESS_TRUE
    )  # "Nghị định của Chính phủ số 115/2003/NĐ-CP ngày …"
    kinh_gui: tuple[str, ...] | None = field(default=None, metadata=_UNLESS_FOUND)  # addressees
    signing: Signing | None = field(default=None, metadata=_UNLESS_FOUND)
    drafter: str | None = field(default=None, metadata=_UNLESS_FOUND)  # the drafter's mark after "Lưu"
    noi_nhan: tuple[str, ...] | None = field(default=None, metadata=_UNLESS_FOUND)  # recipients
    luu: str | None = None  # the text after "Lưu:" (written whenever there is a "Nơi nhận")
    can_cu: tuple[BasisLine, ...] = ()
    enacting: str | None = None  # the enacting line ("QUYẾT ĐỊNH:")
    sections: tuple[Section, ...] = ()
    headings: tuple[Heading, ...] = ()
    closing_mark: bool = False  # "./." present
    body_start: int = 0  # end of the header
    main_end: int = 0  # start of the appendices
    legible: bool = True  # not mojibake
    template: bool = False  # a "Mẫu số" form
    appendix: bool = False  # an appendix filed on its own
    nd30: bool = True  # Nghị định 30/2020/NĐ-CP governs its form
    whole_document: bool = False  # a whole document, not a fragment
    ocr_read: dict[str, str] | None = field(
        default=None, metadata=_UNLESS_FOUND
    )  # what OCR read of each value restored

    def to_dict(self) -> dict[str, Any]:
        """The fields as the JSON report writes them."""
        out: dict[str, Any] = _plain(self)
        if self.noi_nhan is None:
            del out["luu"]
        return out


#: The labels of ``Document.spans``: where each part of the document lies (docs/structure.md).
DocumentPart = Literal[
    "parent_body",
    "issuing_body",
    "quoc_hieu",
    "tieu_ngu",
    "party_header",
    "number_line",
    "date_line",
    "place",
    "doc_type",
    "subject",
    "kinh_gui",
    "can_cu",
    "section_part",
    "section_chapter",
    "section_article",
    "section_roman",
    "section_arabic",
    "section_letter",
    "closing_mark",
    "signing_authority",
    "signer_title",
    "signer_name",
    "noi_nhan",
]


@dataclass(frozen=True, slots=True)
class Document:
    """The parsed structure of the document itself (header, signature, period…)."""

    type: str | None = None
    number: str | None = None
    issuer: str | None = None
    place: str | None = None
    date: str | None = None
    title: str | None = None
    period: str | None = None  # ISO interval, e.g. "2023-01-01/2023-06-30"
    signer: str | None = None
    fields: DocumentFields = field(default_factory=DocumentFields)
    spans: tuple[Span, ...] = ()  # labelled with a DocumentPart

    def span(self, label: DocumentPart) -> Span | None:
        """The first span labelled ``label``; None when that part was not found."""
        return next((s for s in self.spans if s.label == label), None)

    def spans_of(self, *labels: DocumentPart) -> list[Span]:
        """Every span labelled one of ``labels``, in order."""
        return [s for s in self.spans if s.label in labels]


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem found by a rule."""

    code: str
    severity: Severity
    message: str
    start: int
    end: int
    text: str
    suggestion: str | None = None
    page: int | None = None
    line: int | None = None
    message_en: str | None = None
    family: str = ""

    def localized(self, lang: str) -> str:
        """The message in ``lang`` ("vi" or "en")."""
        if lang == "en" and self.message_en:
            return self.message_en
        return self.message
