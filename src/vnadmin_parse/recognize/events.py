"""Events: what happened (a festival, programme, conference, inspection…), when and where.

A matcher over our syllable tokens finds the event heads ("Lễ hội",
"chương trình", "hội nghị", "đoàn kiểm tra"…); the name runs on until a
function word, punctuation or a date; the date is the widest date mention
later in the same sentence (else a date opening the sentence), the place the
phrase after "tại". An event is kept when it has a date or a place, or when
a festival-like head carries a proper name ("Lễ hội Hoa Phượng Đỏ").
Anniversaries ("kỷ niệm 93 năm Ngày thành lập Đảng") are events dated by the
day they commemorate. The ``vnadmin_events`` spaCy component
(spacy/factories.py) calls ``find_events``.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from functools import cache
from typing import ClassVar

import regex

from vnadmin_parse.isodates import bounds
from vnadmin_parse.model import MARK_TOKEN, NUMBER_TOKEN, WORD_TOKEN, DateMention, Event, Span
from vnadmin_parse.recognize.tokens import tokenize

#: Event heads, as syllable sequences (matched lower-cased).
HEADS: tuple[tuple[str, ...], ...] = tuple(
    tuple(h.split())
    for h in (
        "lễ hội",
        "lễ kỷ niệm",
        "lễ khai mạc",
        "lễ bế mạc",
        "lễ ra mắt",
        "lễ trao",
        "lễ công bố",
        "lễ phát động",
        "lễ dâng hương",
        "lễ mít tinh",
        "lễ đón",
        "mít tinh",
        "hội nghị",
        "hội thảo",
        "hội thi",
        "hội diễn",
        "hội chợ",
        "hội báo",
        "đại hội",
        "ngày hội",
        "đêm hội",
        "chương trình",
        "triển lãm",
        "liên hoan",
        "cuộc thi",
        "giải đấu",
        "tuần lễ",
        "tuần văn hóa",
        "tuần văn hoá",
        "diễn đàn",
        "tọa đàm",
        "toạ đàm",
        "kỳ họp",
        "phiên họp",
        "đoàn kiểm tra",
        "đợt kiểm tra",
        "cuộc kiểm tra",
        "đoàn thanh tra",
        "cuộc thanh tra",
        "đợt thanh tra",
    )
)
#: "Giải" is an event only before a sport ("Giải bóng đá", "Giải cờ tướng").
SPORTS = ("bóng", "cờ", "việt", "chạy", "bơi", "cầu", "quần", "bắn", "vô", "võ", "đua", "điền", "thể", "vật")
_STOP = {
    "với", "vào", "diễn", "tại", "từ", "được", "đã", "nhằm", "trong", "do", "để", "cho", "theo", "là", "sẽ",
    "đang", "lúc", "nhân", "góp", "tạo", "phục", "trên", "về", "qua", "bằng", "đến", "đi", "có",
    "trước", "sau", "nêu", "này", "đó", "đảm",
}  # fmt: skip
#: Verbs of two syllables that end a name or a place phrase ("… tổ chức", "… thu hút").
_VERB_PAIRS = {("tổ", "chức"), ("thu", "hút"), ("thu", "được"), ("khai", "mạc"), ("bế", "mạc"), ("góp", "phần")}
_PLACE_STOP = {"đã", "từ", "vào", "diễn", "được", "nhằm", "với", "trong", "để", "cho", "nhân", "lúc", "ngày", "do"}
_OPEN_MARKS = {"–", "-", "“", "”", '"', "'"}
_NOT_PLACE = regex.compile(
    r"^(?:Quyết|Kế|Nghị|Thông|Chỉ|Công|Luật|Điều|khoản|điểm|văn|Văn|Tờ|Báo|Phụ|mục|Mục|Chương|buổi|cuộc|kỳ)$"
)
_SENTENCE_END = regex.compile(r"[.;!?\n]|…")
_SYMBOL_BEFORE = regex.compile(r"\d+/[\p{Lu}\d][\p{L}\d/\-]*\s*(?:ngày\s*)?$")
_DEADLINE_BEFORE = regex.compile(r"(?:trước|chậm nhất|hạn|hạn chót|kể từ)\s*(?:ngày\s*)?$", regex.IGNORECASE)
#: Heads that name an event on their own ("Lễ hội Hoa Phượng Đỏ"); "chương trình",
#: "hội nghị"… need a date or a place ("Chương trình mục tiêu quốc gia" is a policy).
NAMED_HEADS = {"lễ", "liên", "triển", "giải", "tuần", "ngày", "đêm", "cuộc", "hội", "diễn", "đại"}
#: Lower-case words that open a place phrase ("tại sân Cột cờ", "tại hội trường Sở").
PLACE_NOUNS = {
    "sân", "quảng", "nhà", "hội", "trụ", "khu", "công", "bảo", "trung", "cung", "đình", "chùa", "đền", "phòng",
    "trường", "thành", "tỉnh", "huyện", "xã", "phường", "thị", "thôn", "làng", "bãi", "bến", "khách", "di", "đường",
}  # fmt: skip
_NOT_NAMED = {("hội", "nghị"), ("cuộc", "kiểm"), ("cuộc", "thanh")}
_WINDOW = 260


@cache
def _heads_by_first() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The head patterns ("giải" + a sport included), by their first word."""
    patterns = [*HEADS, *(("giải", sport) for sport in SPORTS)]
    return {first: tuple(p for p in patterns if p[0] == first) for first in {p[0] for p in patterns}}


def _head_matches(tokens: list[Span]) -> Iterator[tuple[int, int]]:
    """Every ``(first, end)`` token range that spells a head, lower-cased, overlaps included.

    Plain Python rather than spaCy's ``Matcher``: a check must not pay for importing spaCy.
    """
    lowered = [t.text.lower() for t in tokens]
    by_first = _heads_by_first()
    for i, word in enumerate(lowered):
        for head in by_first.get(word, ()):
            if tuple(lowered[i : i + len(head)]) == head:
                yield i, i + len(head)


def _extend_name(text: str, tokens: list[Span], i: int, date_starts: set[int]) -> int:
    """Index one past the last token of the event name starting at token ``i``."""
    j = i
    limit = min(len(tokens), i + 18)
    while j < limit:
        tok = tokens[j]
        if j > i and (tok.start in date_starts or "\n" in text[tokens[j - 1].end : tok.start]):
            break
        word = tok.text
        if tok.label == MARK_TOKEN and word not in _OPEN_MARKS:
            break
        lower = word.lower()
        if j > i + 1 and _verb_pair(tokens, j):
            break
        if lower in _STOP and j > i + 1 and (lower != "diễn" or _next_is(tokens, j, "ra")):
            break
        if lower == "ngày" and j + 1 < len(tokens) and tokens[j + 1].label == NUMBER_TOKEN:
            break
        if lower == "và" and not (j + 1 < len(tokens) and tokens[j + 1].text[:1].isupper()):
            break
        j += 1
    while j > i + 1 and (tokens[j - 1].label == MARK_TOKEN or tokens[j - 1].text.lower() in {"và", "các", "những"}):
        j -= 1
    return j


def _verb_pair(tokens: list[Span], j: int) -> bool:
    """Whether tokens ``j`` and ``j + 1`` are a two-syllable verb such as "tổ chức"."""
    return j + 1 < len(tokens) and (tokens[j].text, tokens[j + 1].text.lower()) in _VERB_PAIRS


def _next_is(tokens: list[Span], j: int, word: str) -> bool:
    return j + 1 < len(tokens) and tokens[j + 1].text.lower() == word


def _in_proper_name(text: str, tokens: list[Span], i: int) -> bool:
    """A capitalized head right after a capitalized word is part of a name ("Trung tâm Triển lãm")."""
    if i == 0 or not tokens[i].text[:1].isupper():
        return False

    def capital_mid_sentence(k: int) -> bool:
        tok = tokens[k]
        if tok.label != WORD_TOKEN or not tok.text[:1].isupper() or k == 0:
            return False
        prev = tokens[k - 1]
        return prev.label == WORD_TOKEN or (prev.label == NUMBER_TOKEN and "\n" not in text[prev.end : tok.start])

    before = range(max(0, i - 2), i)
    if any(tokens[k].label != WORD_TOKEN for k in before) or "\n" in text[tokens[before[0]].end : tokens[i].start]:
        return False
    return any(capital_mid_sentence(k) for k in before)


def _place(text: str, tokens: list[Span], k: int, end: int) -> tuple[int, int] | None:
    """The place phrase after "tại" at token ``k`` (character offsets), if it looks like one."""
    first = k + 1
    if first >= len(tokens) or tokens[first].start >= end or _NOT_PLACE.match(tokens[first].text):
        return None
    lead = tokens[first].text
    if not lead[:1].isupper() and lead not in PLACE_NOUNS:
        return None  # "tại cơ sở", "tại cấp xã": not a place one could go to
    if tuple(t.text.lower() for t in tokens[first : first + 2]) in HEADS:
        return None  # "tại hội nghị": an occasion, not a place
    j = first
    while j < len(tokens) and j < first + 12 and tokens[j].end <= end:
        tok = tokens[j]
        lower = tok.text.lower()
        if tok.label == MARK_TOKEN and tok.text not in _OPEN_MARKS:
            break
        if lower in _PLACE_STOP or tok.label == NUMBER_TOKEN or _verb_pair(tokens, j):
            break
        if lower == "và" and not (j + 1 < len(tokens) and tokens[j + 1].text[:1].isupper()):
            break
        j += 1
    while j > first and tokens[j - 1].text.lower() in {"và", "các", "-", "–"}:
        j -= 1
    return (tokens[first].start, tokens[j - 1].end) if j > first else None


def _long_span(d: DateMention) -> bool:
    """An interval of more than a year is an anniversary span "(30/4/1975-30/4/2023)", not an event's date."""
    found = bounds(d.value or "") if d.kind == "interval" else None
    return found is not None and (found[1] - found[0]).days > 366


class _Dates:
    """The date mentions an event can take, sorted by offset for range look-ups."""

    ORDER: ClassVar[dict[str, int]] = {"interval": 0, "datetime": 1, "lunar": 2, "date": 3, "month": 4}

    def __init__(self, text: str, dates: Sequence[DateMention]) -> None:
        long_members = {tuple(m) for d in dates if _long_span(d) for m in d.parts.get("members", ())}
        self.items = sorted(
            (
                d
                for d in dates
                if (d.start, d.end) not in long_members
                and d.value
                and d.kind in self.ORDER
                and (d.kind != "lunar" or "lunar_day" in d.parts)
                and not _long_span(d)
                and not _SYMBOL_BEFORE.search(text[max(0, d.start - 40) : d.start])
                and not _DEADLINE_BEFORE.search(text[max(0, d.start - 20) : d.start])
            ),
            key=lambda d: d.start,
        )
        self.starts = [d.start for d in self.items]

    def between(self, start: int, end: int) -> list[DateMention]:
        return self.items[bisect.bisect_left(self.starts, start) : bisect.bisect_left(self.starts, end)]

    def after(self, start: int, end: int) -> DateMention | None:
        """The widest dated mention starting in ``[start, end)``, near the first one."""
        found = self.between(start, end)
        if not found:
            return None
        near = [d for d in found if d.start - found[0].start < 40]
        return min(near, key=lambda d: (self.ORDER[d.kind], d.start))

    def opening(self, text: str, start: int) -> DateMention | None:
        """A date opening the sentence of the event ("Ngày 20/5/2026, … đã tổ chức Hội nghị …")."""
        left = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - _WINDOW), start)), default=0)
        before = [d for d in self.between(left, start) if d.end <= start and d.kind in ("date", "datetime")]
        return min(before, key=lambda d: (d.start, -(d.end - d.start))) if before else None


def _named(tokens: list[Span], i: int, j: int, head_len: int) -> bool:
    """A name with a capitalized word after its head ("Lễ hội Hoa Phượng Đỏ") is an event on its own."""
    head = tuple(t.text.lower() for t in tokens[i : i + 2])
    if head[0] not in NAMED_HEADS or head in _NOT_NAMED:
        return False
    return any(t.label == WORD_TOKEN and t.text[:1].isupper() for t in tokens[i + head_len : j])


def _anniversary_events(dates: Sequence[DateMention]) -> list[Event]:
    """Commemorated events ("kỷ niệm 93 năm Ngày thành lập Đảng"), dated by the event commemorated."""
    return [
        Event(d.start, d.end, d.text, str(d.parts["name"]), str(d.parts["founded"]), None)
        for d in dates
        if d.kind == "anniversary"
    ]


def find_events(text: str, dates: Sequence[DateMention], tokens: list[Span] | None = None) -> list[Event]:
    """Events with a name and a date, a place or a proper name; anniversaries; by offset.

    ``tokens`` are ``tokenize(text)`` when the caller has them already."""
    if tokens is None:
        tokens = tokenize(text)
    if not tokens:
        return []
    date_starts = {d.start for d in dates if d.kind in ("date", "datetime", "interval", "time")}
    events = _anniversary_events(dates)
    usable = _Dates(text, dates)
    taken_until = -1
    for i, head_end in sorted(_head_matches(tokens), key=lambda m: (m[0], -m[1])):
        if tokens[i].start < taken_until or _in_proper_name(text, tokens, i):
            continue
        if head_end < len(tokens) and tokens[head_end].text == "và":
            continue  # "Trung tâm Thông tin, Triển lãm và Điện ảnh": an institution
        j = _extend_name(text, tokens, i, date_starts)
        if j <= head_end:
            continue  # the bare head ("Hội nghị nêu trên") refers back to an event named earlier
        start, name_end = tokens[i].start, tokens[j - 1].end
        stop = _SENTENCE_END.search(text, name_end, min(len(text), name_end + _WINDOW))
        window_end = stop.start() if stop else min(len(text), name_end + _WINDOW)
        when = usable.after(name_end, window_end)
        where: tuple[int, int] | None = None
        for k in range(j, len(tokens)):
            if tokens[k].start >= window_end:
                break
            if tokens[k].text.lower() == "tại":
                where = _place(text, tokens, k, window_end)
                if where:
                    break
        if when is None and where is not None:
            when = usable.opening(text, start)
        if when is None and where is None:
            if not _named(tokens, i, j, head_end - i):
                continue
            while j > head_end and tokens[j - 1].label == WORD_TOKEN and not tokens[j - 1].text[:1].isupper():
                j -= 1
            name_end = tokens[j - 1].end
        end = max(name_end, when.end if when and when.start > start else 0, where[1] if where else 0)
        taken_until = name_end
        events.append(
            Event(
                start=start,
                end=end,
                text=text[start:end],
                name=text[start:name_end],
                date=when.value if when else None,
                place=text[where[0] : where[1]] if where else None,
            )
        )
    events.sort(key=lambda e: e.start)
    return events
