"""Dates, times and events (family D): impossible dates, reversed ranges, wrong
weekdays, dates outside the period, anniversary counts, can-chi names."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator

import regex

from vnadmin_parse.isodates import WEEKDAY_NAMES, bounds, fmt_date
from vnadmin_parse.lunar_calendar import can_chi, years_named
from vnadmin_parse.model import DateMention
from vnadmin_parse.rules.context import Analysis
from vnadmin_parse.rules.registry import Hit, OcrPolicy, RuleDoc, rule
from vnadmin_parse.symbols.doc_types import looks_ahead
from vnadmin_parse.vietnamese.tense import tense

BASIS_DATE = (
    "Nghị định 30/2020/NĐ-CP, Phụ lục I: ngày, tháng, năm ghi đầy đủ, chính xác; "
    "nội dung văn bản phải chính xác về sự kiện, thời gian."
)
_HEADER = "BÁO CÁO\n\nCông tác thông tin đối ngoại 6 tháng đầu năm 2023\n\n"  # a report on the first half of 2023


def _dated(abbreviation: str, day: str, type_line: str) -> str:
    """The head of a commune's document of the given type and date, for the rules' examples."""
    return f"UBND XÃ AN BÌNH\nSố: 12/{abbreviation}-UBND\nAn Bình, ngày {day}\n{type_line}\nVề công tác tuyên truyền\n"


#: Below OCR confidence 70 a date may be a misread, not a mistake: reported as a note only.
OCR_DOUBT = OcrPolicy(note_below=70.0)


def is_explicit(d: DateMention) -> bool:
    """Whether the mention's year is written, not taken from context."""
    return "inferred" not in d.parts and d.parts.get("year_from") is None


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _document_date(a: Analysis) -> dt.date | None:
    if not a.document.date:
        return None
    found = bounds(a.document.date)
    return found[0] if found else None


_INVALID = {
    "month": ("không có tháng {month}", "there is no month {month}"),
    "leap": ("năm {year} không nhuận, tháng 2 chỉ có 28 ngày", "{year} is not a leap year: February has 28 days"),
    "day": ("tháng {month} không có ngày {day}", "month {month} has no day {day}"),
}


@rule(
    "D001",
    "impossible-date",
    severity="error",
    message="Ngày “{text}” không tồn tại: {reason}",
    message_en="Date “{text}” does not exist: {reason_en}",
    doc=RuleDoc(
        what="Ngày tháng không có thật: ngày 31 của tháng 4, 6, 9, 11; 29/02 của năm không nhuận; tháng 13…",
        what_en="A date that does not exist: 31 April, 29 February of a common year, month 13…",
        why="Ngày sai làm văn bản mất giá trị pháp lý ở phần thời hạn, thời điểm; thường do gõ nhầm.",
        basis=BASIS_DATE,
        example="ngày 31/4/2023",
        fix="Kiểm tra lại ngày tháng với hồ sơ gốc và sửa cho đúng.",
    ),
    fires=(
        "Hội nghị tổ chức ngày 31/4/2023 tại Hội trường.",
        "Thời hạn nộp báo cáo trước ngày 29/02/2023.",
        "Quyết định ban hành ngày 15/13/2022.",
        "ngày 31 tháng 6 năm 2022",
        "Kiểm tra vào ngày 31/9.",
    ),
    passes=(
        "Thời hạn nộp báo cáo trước ngày 29/02/2024.",
        "Hội nghị tổ chức ngày 30/4/2023.",
        "ngày 31 tháng 12 năm 2022",
        "Tỷ lệ đạt 31/45 xã, năm 2023.",
    ),
    ocr=OCR_DOUBT,
)
def impossible_date(a: Analysis) -> Iterator[Hit]:
    for d in a.dates:
        reason = d.parts.get("invalid")
        if d.kind != "date" or not reason:
            continue
        params = {k: d.parts.get(k) for k in ("day", "month", "year")}
        vi, en = _INVALID[str(reason)]
        params_text = {"text": d.text, "reason": vi.format(**params), "reason_en": en.format(**params)}
        yield Hit(d.start, d.end, params_text)


def _when(value: str) -> tuple[dt.datetime, dt.datetime] | None:
    """Earliest and latest instant of an ISO value (date, datetime, month, year)."""
    if "T" in value:
        try:
            moment = dt.datetime.fromisoformat(value)
        except ValueError:
            return None
        return moment, moment
    found = bounds(value)
    if found is None:
        return None
    return dt.datetime.combine(found[0], dt.time.min), dt.datetime.combine(found[1], dt.time.max)


def _replace_year(moment: dt.datetime, year: int) -> dt.datetime | None:
    try:
        return moment.replace(year=year)
    except ValueError:
        return None


def _repair(
    start: dt.datetime, end: dt.datetime, period: tuple[dt.date, dt.date] | None, usual_year: int | None
) -> tuple[str, str] | None:
    """A one-year fix of a reversed range: (what to write, which end).

    Either the start a year earlier or the end a year later, whichever lies
    nearer the period (else in the document's usual year); None if undecided."""
    options: list[tuple[float, str, str]] = []
    for which, fixed in (("start", _replace_year(start, start.year - 1)), ("end", _replace_year(end, end.year + 1))):
        if fixed is None:
            continue
        lo, hi = (fixed, end) if which == "start" else (start, fixed)
        if not lo <= hi or (hi - lo).days > 60:
            continue
        if period:
            p_lo = dt.datetime.combine(period[0], dt.time.min)
            p_hi = dt.datetime.combine(period[1], dt.time.max)
            distance = max(0.0, (p_lo - hi).total_seconds(), (lo - p_hi).total_seconds())
        else:
            distance = 0.0 if usual_year in (lo.year, hi.year) else 1.0
        options.append((distance, which, fmt_date(fixed.date())))
    if not options:
        return None
    options.sort()
    if len(options) > 1 and options[0][0] == options[1][0]:
        return None
    return options[0][2], options[0][1]


def _usual_year(a: Analysis) -> int | None:
    years = Counter(d.parts["year"] for d in a.dates if d.kind == "date" and is_explicit(d) and d.parts.get("year"))
    return years.most_common(1)[0][0] if years else None


@rule(
    "D002",
    "reversed-range",
    severity="error",
    message="Khoảng thời gian kết thúc trước khi bắt đầu: ngày kết thúc {end} trước ngày bắt đầu {start}{hint}",
    message_en="The period ends before it starts: end {end} is before start {start}{hint_en}",
    doc=RuleDoc(
        what="Khoảng thời gian “từ … đến …” hoặc “(… - …)” có thời điểm kết thúc sớm hơn thời điểm bắt đầu.",
        what_en="A “từ … đến …” or “(… - …)” range whose end comes before its start.",
        why="Thường là gõ nhầm năm (nhất là khoảng thời gian vắt qua năm mới); "
        "người đọc không biết sự kiện diễn ra khi nào.",
        basis=BASIS_DATE,
        example="từ 20 giờ 30 ngày 31/12/2023 đến 0 giờ 10 phút ngày 01/01/2023",
        fix="Sửa năm của thời điểm bắt đầu hoặc kết thúc (ví dụ 31/12/2022 → 01/01/2023).",
    ),
    fires=(
        "Chương trình diễn ra từ 20 giờ 30 ngày 31/12/2023 đến 0 giờ 10 phút ngày 01/01/2023 tại Quảng trường.",
        "Thời gian kiểm tra từ ngày 15/3/2023 đến ngày 10/3/2023.",
        "Triển lãm (30/4/2023-30/4/1975).",
        "Hội nghị từ 14 giờ đến 11 giờ ngày 05/3/2023.",
        "Giai đoạn từ năm 2025 đến năm 2021.",
    ),
    passes=(
        "Chương trình diễn ra từ 20 giờ 30 ngày 31/12/2022 đến 0 giờ 10 phút ngày 01/01/2023.",
        "Triển lãm (30/4/1975-30/4/2023), (07/5/1954 -07/5/2023).",
        "Thời gian kiểm tra từ ngày 05/3 đến ngày 10/3/2023.",
        "từ ngày 20/12 đến ngày 10/01/2024",
        "từ ngày 01/01/2023 đến ngày 30/6/2023",
    ),
    ocr=OCR_DOUBT,
)
def reversed_range(a: Analysis) -> Iterator[Hit]:
    period = a.reporting_period
    usual = _usual_year(a)
    for d in a.dates:
        if d.kind != "interval" or "start" not in d.parts:
            continue
        members = [m for m in a.dates if (m.start, m.end) in {tuple(x) for x in d.parts["members"]}]
        if any(not is_explicit(m) for m in members if m.kind in ("date", "month", "year")):
            continue
        start, end = _when(str(d.parts["start"])), _when(str(d.parts["end"]))
        if start is None or end is None or not end[1] < start[0]:
            continue
        fix = _repair(start[0], end[1], period, usual)
        hint = hint_en = ""
        if fix:
            hint, hint_en = f"; có thể là {fix[0]}?", f"; perhaps {fix[0]}?"
        yield Hit(
            d.start,
            d.end,
            {"start": fmt_date(start[0].date()), "end": fmt_date(end[1].date()), "hint": hint, "hint_en": hint_en},
            suggestion=fix[0] if fix else None,
        )


@rule(
    "D003",
    "wrong-weekday",
    severity="error",
    message="Ngày {date} là {actual}, không phải {written}",
    message_en="{date} is a {actual_en}, not “{written}”",
    doc=RuleDoc(
        what="Thứ trong tuần ghi kèm ngày tháng (“Thứ Bảy”, “Chủ nhật”) không đúng với ngày đó.",
        what_en="The weekday written next to a date is not that date's weekday.",
        why="Lệch thứ và ngày khiến người nhận không biết đâu là thời điểm đúng của cuộc họp, sự kiện.",
        basis=BASIS_DATE,
        example="ngày 14/5/2023 (Thứ Bảy)",
        fix="Đối chiếu lịch, sửa thứ hoặc ngày cho khớp.",
    ),
    fires=(
        "Đêm hội vào tối ngày 14/5/2023 (Thứ Bảy) tại Quảng trường.",
        "Thứ Hai, ngày 16/5/2023, họp giao ban.",
        "Chủ nhật, ngày 13/5/2023",
        "vào 8 giờ 00 ngày 13/5/2023 (thứ 6)",
    ),
    passes=(
        "Đêm hội vào tối ngày 13/5/2023 (Thứ  Bảy) tại Quảng trường.",
        "Thứ Hai, ngày 15/5/2023, họp giao ban.",
        "Chủ nhật (14/5/2023)",
        "Thứ năm mươi, ngày 14/5/2023",
    ),
    ocr=OCR_DOUBT,
)
def wrong_weekday(a: Analysis) -> Iterator[Hit]:
    seen: set[int] = set()
    for d in a.dates:
        weekday = d.parts.get("weekday")
        if d.kind not in ("date", "datetime") or not weekday or not d.value or not is_explicit(d):
            continue
        try:
            day = dt.date.fromisoformat(d.value[:10])
        except ValueError:
            continue
        if weekday["index"] == day.weekday() or weekday["start"] in seen:
            continue
        seen.add(weekday["start"])
        start, end = min(d.start, weekday["start"]), max(d.end, weekday["end"])
        actual = WEEKDAY_NAMES[day.weekday()]
        yield Hit(
            start,
            end,
            {"date": fmt_date(day), "actual": actual, "written": weekday["text"], "actual_en": day.strftime("%A")},
            suggestion=actual,
        )


_SENTENCE_END = regex.compile(r"[.;!?\n]")


def _protected(a: Analysis) -> list[tuple[int, int]]:
    """Spans whose dates are not events of the period: citations and anniversary spans."""
    spans = [(r.start, r.end) for r in a.references]
    for d in a.dates:
        if d.kind == "interval" and d.start > 0 and a.text[d.start - 1] == "(":
            spans.append((d.start, d.end))
        if d.kind == "anniversary":
            spans.append((d.start, d.end))
    return spans


_KH = (  # the head of a document of another type than a report, dated 15/11/2024
    "ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\n\nSố: 12/{code}-UBND\n\n"
    "Lâm Đồng, ngày 15 tháng 11 năm 2024\n\n{kind}\n\n{title}\n\n"
)
_PLAN = _KH.format(code="KH", kind="KẾ HOẠCH", title="Tổ chức hội nghị tổng kết năm 2024")
_SUBMISSION = _KH.format(code="TTr", kind="TỜ TRÌNH", title="Về việc tổ chức hội nghị tổng kết")


def _without_citations(a: Analysis, start: int, end: int) -> str:
    """The text of ``[start, end)`` with the citations blanked: "Thực hiện Kế hoạch số 29/KH-UBND" is no plan."""
    chars = list(a.text[start:end])
    for r in a.references:
        for i in range(max(r.start, start), min(r.end, end)):
            chars[i - start] = " "
    return "".join(chars)


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    left = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 400), start)), default=max(0, start - 400))
    right_match = _SENTENCE_END.search(text, end)
    return left, right_match.start() if right_match else len(text)


#: Mentions of a stretch of time that set the time of a sentence they open.
_SPANS = frozenset({"month", "quarter", "period"})
#: What may stand before such a mention at the head of its sentence ("Trong quý III/2024, …").
_OPENS = regex.compile(r"[\s\-–•*+]*(?:(?:[Tt]rong|[Vv]ào|[Tt]ừ|[Đđ]ầu|[Cc]uối|[Gg]iữa)\s+)?")


def _opens_sentence(text: str, left: int, start: int) -> bool:
    """Whether the mention at ``start`` opens its sentence (or its line), as the sentence's time."""
    return _OPENS.fullmatch(text, max(left, text.rfind("\n", 0, start) + 1), start) is not None


@rule(
    "D004",
    "date-after-period",
    severity="warning",
    message="{when} nằm sau {limit} nhưng được nêu là đã diễn ra",
    message_en="{when_en} is after {limit_en} but is described as having happened",
    doc=RuleDoc(
        what="Một ngày được kể là đã diễn ra (“đã tổ chức”, “vừa diễn ra”, “đã được phê duyệt”; trong báo cáo "
        "cả “kết quả”, “hoàn thành”, “diễn ra thành công”) nhưng lại sau kỳ báo cáo, sau ngày ký văn bản hoặc sau "
        "ngày hôm nay. Câu nói về việc sắp làm (“sẽ”, “dự kiến”, “được tổ chức vào”, “kế hoạch”, “chuẩn bị”, thời "
        "hạn) không bị xét; kế hoạch, tờ trình, quyết định, thông báo, công văn, giấy mời… loan báo việc sau ngày "
        "ký là bình thường, chỉ bị xét khi câu nói rõ “đã” hoặc “vừa”. Một tháng, quý hay kỳ mở đầu câu "
        "(“Trong quý III/2024, Sở đã tổ chức …”) được xét như một ngày, từ ngày đầu của nó.",
        what_en="A date told as past (“đã tổ chức”, “vừa diễn ra”; in a report also an outcome: “kết quả”, "
        "“hoàn thành”) that lies after the reporting period, the document's own date, or today. A sentence about "
        "a plan (“sẽ”, “dự kiến”, “được tổ chức vào”, “kế hoạch”, a deadline) is not judged; a plan, submission, "
        "decision, notice or letter announcing a later event is normal, judged only when it says “đã” or “vừa”. A "
        "month, quarter or period opening the sentence (“Trong quý III/2024, Sở đã tổ chức …”) is judged as a "
        "date, from its first day.",
        why="Văn bản không thể báo cáo việc chưa xảy ra; thường là gõ sai năm.",
        basis=BASIS_DATE,
        example="(báo cáo 6 tháng đầu năm 2023) … từ 20 giờ 30 ngày 31/12/2023 … đã diễn ra thành công",
        fix="Sửa lại năm (hoặc ngày) cho đúng thời điểm sự kiện đã diễn ra.",
    ),
    fires=(
        _HEADER + "Chương trình chào năm mới diễn ra từ 20 giờ 30 ngày 31/12/2023 đến 0 giờ 10 phút "
        "ngày 01/01/2023 đã diễn ra thành công.",
        _HEADER + "Ngày 15/9/2023, Sở đã tổ chức hội nghị tập huấn.",
        _HEADER + "Hội nghị sơ kết ngày 10/8/2023 hoàn thành tốt các nội dung đề ra.",
        "Ngày 15/9/2027, Sở đã tổ chức hội nghị tập huấn.",
        _PLAN + "Ngày 20/12/2024, Sở đã tổ chức hội nghị sơ kết.",
        _HEADER + "I. KẾT QUẢ\nTrong quý III/2023, Sở đã tổ chức tập huấn cho 1.200 giáo viên.",
        _HEADER + "I. KẾT QUẢ\nTháng 8/2023, Sở đã kiểm tra 12 đơn vị.",
    ),
    passes=(
        _HEADER + "Chương trình diễn ra từ 20 giờ 30 ngày 31/12/2022 đến 0 giờ 10 phút ngày 01/01/2023 "
        "đã diễn ra thành công.",
        _HEADER + "Dự kiến ngày 15/9/2023 sẽ tổ chức hội nghị tập huấn.",
        _HEADER + "Phương hướng: tổ chức hội nghị ngày 15/9/2023.",
        _HEADER + "Thực hiện Kế hoạch đã ban hành, kỷ niệm Ngày giải phóng (30/4/1975-30/4/2024).",
        _HEADER + "Hội nghị tổng kết được tổ chức vào ngày 15/12/2023 tại Hội trường.",
        _HEADER + "Sở chuẩn bị các điều kiện để tổ chức hội nghị ngày 15/9/2023.",
        "Ngày 15/9/2023, Sở đã tổ chức hội nghị tập huấn.",
        _PLAN + "Hội nghị được tổ chức vào ngày 20/12/2024 tại Hội trường; kết quả được báo cáo trước ngày 31/12/2024.",
        _PLAN + "Trên cơ sở kết quả đạt được, tổ chức hội nghị tổng kết ngày 20/12/2024.",
        _SUBMISSION + "Hội nghị tổng kết tổ chức ngày 20/12/2024 nhằm hoàn thành nhiệm vụ năm 2024.",
        _HEADER + "Kế hoạch quý III/2023 đã được xây dựng và phê duyệt.",
        _HEADER + "I. KẾT QUẢ\nTrong quý II/2023, Sở đã tổ chức tập huấn cho 1.200 giáo viên.",
        _HEADER + "I. KẾT QUẢ\nTrong quý III/2023, Sở sẽ tổ chức tập huấn cho giáo viên.",
    ),
)
def date_after_period(a: Analysis) -> Iterator[Hit]:
    period = a.reporting_period
    own = _document_date(a)
    limits: list[tuple[dt.date, str, str]] = [(a.today, "ngày hôm nay", "today")]
    if own:
        limits.append((own, f"ngày ban hành văn bản ({fmt_date(own)})", f"the document's date ({fmt_date(own)})"))
    elif period:
        span = f"{fmt_date(period[0])} – {fmt_date(period[1])}"
        limits.append((period[1], f"kỳ báo cáo ({span})", f"the reporting period ({span})"))
    limit, label, label_en = min(limits)
    # A document that announces (a plan, a decision…) tells a later event as done only with "đã"/"vừa";
    # a report also by its outcome ("kết quả", "hoàn thành").
    told_as_done = ("done",) if looks_ahead(a.document.type) else ("done", "reported")
    protected = _protected(a)
    for d in a.dates:
        if not d.value or _inside(d.start, d.end, protected):
            continue
        left, right = _sentence_bounds(a.text, d.start, d.end)
        if d.kind == "date" and is_explicit(d):
            day = dt.date.fromisoformat(d.value)
            when, when_en = f"Ngày {fmt_date(day)}", fmt_date(day)
        elif d.kind in _SPANS and _opens_sentence(a.text, left, d.start) and (stretch := bounds(d.value)):
            day = stretch[0]  # the time of the sentence: it opens with the month, quarter or period
            when, when_en = d.text[:1].upper() + d.text[1:], f"“{d.text}”"
        else:
            continue
        if day <= limit or tense(_without_citations(a, left, right)) not in told_as_done:
            continue
        yield Hit(d.start, d.end, {"when": when, "when_en": when_en, "limit": label, "limit_en": label_en})


def _span_after(a: Analysis, d: DateMention) -> tuple[DateMention, dt.date, dt.date, bool] | None:
    """The span in brackets right after an anniversary: "(30/4/1975-30/4/2023)" or "(1930 - 2023)".

    Returns the mention, its first and last day, and whether it gives days (not just years)."""
    for o in a.dates:
        if not (d.end <= o.start <= d.end + 4) or "(" not in a.text[d.end : o.start]:
            continue
        if o.kind == "interval":
            first, last, days = _when(str(o.parts.get("start", ""))), _when(str(o.parts.get("end", ""))), True
        elif o.kind == "period" and "end_year" in o.parts:
            first, last, days = _when(str(o.parts["year"])), _when(str(o.parts["end_year"])), False
        else:
            continue
        if first and last:
            return o, first[0].date(), last[1].date(), days
    return None


def _dated_sentence(a: Analysis, d: DateMention) -> int | None:
    """The year of the day or the year that opens the anniversary's own sentence, as its time ("Ngày 20/11/2023,
    toàn ngành kỷ niệm 41 năm …", "Năm 2025, … kỷ niệm 95 năm …"); a date cited inside the sentence (a document's
    date of issue) is not the celebration's."""
    left, _ = _sentence_bounds(a.text, d.start, d.end)
    for m in a.dates:
        if m.start >= d.start:
            break
        if m.kind in ("date", "year") and m.value and m.start >= left and _opens_sentence(a.text, left, m.start):
            return int(m.value[:4])
    return None


def _year_after(a: Analysis, d: DateMention) -> int | None:
    """The year written right after the anniversary's name: "79 năm Quốc khánh năm 2024"."""
    for o in a.dates:
        if o.start > d.end + 2:
            break
        if o.start > d.end and o.kind == "year" and o.value and not a.text[d.end : o.start].strip():
            return int(o.value[:4])
    return None


def _celebration_year(a: Analysis, d: DateMention) -> tuple[int, bool] | None:
    """The year an anniversary is celebrated in, and whether it is exact (else the year before is allowed)."""
    span = _span_after(a, d)
    if span:
        return span[2].year, True
    written = _year_after(a, d) or _dated_sentence(a, d)
    if written is not None:
        return written, True
    period = a.reporting_period
    if period and period[0].year == period[1].year:
        return period[0].year, True
    own = _document_date(a)
    return (own.year, False) if own else None


@rule(
    "D005",
    "anniversary-count",
    severity="warning",
    message="{name} là {founded}: năm {year} là kỷ niệm {expected} năm, không phải {count} năm",
    message_en="{name} is {founded_en}: {year} is its {expected}th anniversary, not the {count}th",
    doc=RuleDoc(
        what="Số năm kỷ niệm (“kỷ niệm 93 năm Ngày thành lập Đảng”) không khớp với năm tổ chức kỷ niệm, "
        "mốc đầu của khoảng “(30/4/1975-30/4/2023)” không phải ngày của sự kiện, hoặc số năm kỷ niệm "
        "của bất kỳ sự kiện nào không bằng hiệu hai mốc ghi ngay sau (“kỷ niệm 21 năm thành lập trường "
        "(2004 - 2024)”).",
        what_en="An anniversary count that does not match the year it is celebrated in, an anniversary "
        "span whose first date is not the event's date, or any event's anniversary count that differs from "
        "the years between the two dates written right after it.",
        why="Sai số năm kỷ niệm là lỗi dễ thấy trong văn bản tuyên truyền và làm giảm uy tín cơ quan ban hành.",
        basis="Hướng dẫn tuyên truyền các ngày lễ lớn, sự kiện lịch sử hằng năm; "
        "mốc sự kiện trong data/anniversaries.json.",
        example="kỷ niệm 80 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2023)",
        fix="Tính lại: số năm = năm kỷ niệm − năm diễn ra sự kiện.",
    ),
    fires=(
        "kỷ niệm 80 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2023)",
        _HEADER + "Tổ chức các hoạt động kỷ niệm 92 năm Ngày thành lập Đảng Cộng sản Việt Nam.",
        _HEADER + "Kỷ niệm 69 năm Ngày giải phóng Hải Phòng.",
        "Triển lãm Ngày giải phóng miền Nam, thống nhất đất nước (30/4/1976-30/4/2023).",
        "Mít tinh kỷ niệm 94 năm Ngày thành lập Đảng Cộng sản Việt Nam (1930 - 2023).",
        "kỷ niệm 93 năm Ngày thành lập Đảng Cộng sản Việt Nam (1931 - 2023)",
        "Kỷ niệm 26 năm Ngày truyền thống Cảnh sát biển Việt Nam (28/8/1998 - 28/8/2023).",
        "BÁO CÁO\n\nTổng kết công tác năm 2023\n\nNgày 20/11/2024, toàn ngành kỷ niệm 41 năm Ngày Nhà giáo Việt Nam.",
        "Lễ kỷ niệm 50 năm Ngày Giải phóng miền Nam, thống nhất đất nước (30/4/1975 - 30/4/2024).",
        # Dated before this year's day: the last anniversary or the next one, not the one after.
        _dated("KH", "05 tháng 8 năm 2025", "KẾ HOẠCH") + "Tuyên truyền chào mừng 81 năm Quốc khánh.",
        # An event the table does not know: the count against its own span.
        "Trường tổ chức kỷ niệm 21 năm Ngày thành lập Trường THCS Nguyễn Du (2004 - 2024).",
        "Lễ kỷ niệm 30 năm thành lập huyện (15/10/1994 - 15/10/2025) được tổ chức trọng thể.",
    ),
    passes=(
        _HEADER + "kỷ niệm 93 năm Ngày thành lập Đảng Cộng sản Việt Nam và 68 năm Ngày giải phóng Hải Phòng.",
        "Triển lãm Ngày giải phóng Miền Nam, thống nhất đất nước (30/4/1975-30/4/2023), Kỷ niệm Ngày chiến thắng "
        "Điện Biên Phủ (07/5/1954 -07/5/2023) và Kỷ niệm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 -19/5/2023).",
        "kỷ niệm 93 năm Ngày thành lập Đảng Cộng sản Việt Nam",
        "Kỷ niệm 41 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2023)",
        "Mít tinh kỷ niệm 93 năm Ngày thành lập Đảng Cộng sản Việt Nam (1930 - 2023).",
        "Kỷ niệm 90 năm Ngày truyền thống Dân quân tự vệ (28/3/1935 - 28/3/2025).",
        # The celebration's own date in its sentence sets the year, not the report's period or date.
        "BÁO CÁO\n\nTổng kết công tác năm 2024\n\nNgày 20/11/2023, toàn ngành kỷ niệm 41 năm Ngày Nhà giáo Việt Nam.",
        # A day set by law and counted from more than one start: its count is not judged.
        "Hưởng ứng 10 năm Ngày Pháp luật Việt Nam (09/11/2013 - 09/11/2023).",
        # The year written after the name, or opening the sentence, is the celebration's.
        _dated("KH", "05 tháng 8 năm 2025", "KẾ HOẠCH") + "Tiếp nối các hoạt động kỷ niệm 79 năm Quốc khánh năm 2024.",
        _dated("TB", "08 tháng 01 năm 2026", "THÔNG BÁO")
        + "Năm 2025, tỉnh đã tổ chức kỷ niệm 95 năm Ngày thành lập Đảng.",
        # A report early in the year on the last anniversary, a plan late in the year for the next one.
        _dated("BC", "08 tháng 01 năm 2026", "BÁO CÁO") + "Tỉnh đã tổ chức kỷ niệm 80 năm Cách mạng Tháng Tám.",
        _dated("KH", "15 tháng 12 năm 2025", "KẾ HOẠCH")
        + "Tổ chức kỷ niệm 96 năm Ngày thành lập Đảng Cộng sản Việt Nam.",
        "Trường tổ chức kỷ niệm 20 năm Ngày thành lập Trường THCS Nguyễn Du (2004 - 2024).",
        "Lễ kỷ niệm 30 năm thành lập huyện (15/10/1994 - 15/10/2024) được tổ chức trọng thể.",
        # Not an anniversary: ten years of implementation, counted inclusively.
        "Tổng kết 10 năm thực hiện Nghị quyết số 26-NQ/TW (2013 - 2022).",
        # The count belongs to the first event; the span to another one.
        "Kỷ niệm 20 năm thành lập Hội và tổng kết nhiệm kỳ (2019 - 2024).",
    ),
)
def anniversary_count(a: Analysis) -> Iterator[Hit]:
    known: set[int] = set()
    for d in a.dates:
        if d.kind != "anniversary":
            continue
        known.add(d.start)
        founded = dt.date.fromisoformat(str(d.parts["founded"]))
        name = str(d.parts["name"])
        count = d.parts.get("count")
        if d.parts.get("counted") is False:  # a day set by law, its years counted from more than one start
            continue
        yield from _span_start(a, d, founded, name)
        if count is None:
            continue
        when = _celebration_year(a, d)
        if when is None:
            continue
        year, exact = when
        expected = year - founded.year
        if not exact:  # only the document's date: the last anniversary on or before it, or the next one
            own = _document_date(a)
            if own is not None:
                passed = (own.month, own.day) >= (founded.month, founded.day)
                expected = own.year - founded.year + (1 if passed else 0)
                year = founded.year + expected
            if count in (expected - 1, expected):
                continue
        elif count == expected:
            continue
        params = {"name": name, **_founded(founded, True), "year": year, "expected": expected, "count": count}
        yield Hit(d.start, d.end, params, suggestion=f"{expected} năm")
    yield from _count_against_span(a, known)


def _founded(first: dt.date, days: bool) -> dict[str, str]:
    """The event's date as the message writes it: its day, or its year when the span gives years only."""
    if days:
        return {"founded": f"ngày {fmt_date(first)}", "founded_en": fmt_date(first)}
    return {"founded": f"năm {first.year}", "founded_en": f"the year {first.year}"}


#: "kỷ niệm 21 năm <the event's name> (" — a count, a name without a count of its own, the bracket of its span.
_COUNTED_EVENT = regex.compile(r"(?<!\p{L})[Kk]ỷ\s+niệm\s+(?P<n>\d{1,3})\s+năm\s+(?P<name>[^()\n;.:]{3,100}?)\s*\(\s*")
#: Words that join a second event or activity to the first: the span that follows is not the first one's.
_SECOND_EVENT = regex.compile(r"(?<!\p{L})(?:và|cùng|đồng thời|kết hợp|gắn với)(?!\p{L})|\d\s*năm(?!\p{L})")


def _count_against_span(a: Analysis, known: set[int]) -> Iterator[Hit]:
    """Any event the table does not know: "kỷ niệm 21 năm thành lập trường (2004 - 2024)" counts 20 years."""
    spans = {o.start: o for o in a.dates if o.kind == "interval" or (o.kind == "period" and "end_year" in o.parts)}
    for m in _COUNTED_EVENT.finditer(a.text):
        o = spans.get(m.end())
        if o is None or m.start("n") in known or _SECOND_EVENT.search(m["name"]):
            continue
        if o.kind == "interval":
            first, last, days = _when(str(o.parts.get("start", ""))), _when(str(o.parts.get("end", ""))), True
        else:
            first, last, days = _when(str(o.parts["year"])), _when(str(o.parts["end_year"])), False
        if not (first and last):
            continue
        start, end = first[0].date(), last[1].date()
        expected = end.year - start.year  # by years: the ceremony may fall a few days before the day
        count = int(m["n"])
        if count == expected:
            continue
        name = m["name"].strip()
        params = {"name": name[0].upper() + name[1:], **_founded(start, days), "year": end.year}
        params |= {"expected": expected, "count": count}
        yield Hit(m.start("n"), m.end("name"), params, suggestion=f"{expected} năm")


def _span_start(a: Analysis, d: DateMention, founded: dt.date, name: str) -> Iterator[Hit]:
    """An anniversary span "(30/4/1975-30/4/2023)" right after the named day must start on its date."""
    span = _span_after(a, d)
    if span is None:
        return
    o, first, last, days = span
    if (first == founded) if days else (first.year == founded.year):
        return
    params = {"name": name, **_founded(founded, True), "year": last.year, "expected": last.year - founded.year}
    params["count"] = last.year - first.year
    written = f"{fmt_date(founded)} - {fmt_date(last)}" if days else f"{founded.year} - {last.year}"
    yield Hit(o.start, o.end, params, suggestion=written)


@rule(
    "D006",
    "wrong-can-chi",
    severity="error",
    message="Năm {year} là năm {expected}, không phải {written}",
    message_en="{year} is the year of {expected}, not {written}",
    doc=RuleDoc(
        what="Tên năm âm lịch theo can chi (“Xuân Quý Mão – 2023”) không khớp với năm dương lịch viết kèm, hoặc "
        "với năm của kỳ nghỉ Tết ghi kèm (“Tết Nguyên đán Giáp Thìn (từ ngày 25/01/2025 …)”).",
        what_en="The can-chi (sexagenary) name of a lunar year does not match the solar year written with it.",
        why="Nhầm can chi thường do sao chép văn bản năm trước; rất dễ bị phát hiện trên băng rôn, giấy mời.",
        basis="Lịch âm dương Việt Nam (múi giờ UTC+7); "
        "can chi của năm: can = (năm + 6) mod 10, chi = (năm + 8) mod 12.",
        example="Tết Nguyên đán Giáp Thìn 2025",
        fix="Sửa tên năm (2025 là Ất Tỵ) hoặc sửa năm (Giáp Thìn là 2024).",
    ),
    fires=(
        "Tổ chức đón Tết Nguyên đán Giáp Thìn 2025.",
        "Cán bộ được nghỉ Tết Nguyên đán Giáp Thìn 07 ngày (từ ngày 25/01/2025 đến hết ngày 02/02/2025).",
        "Chương trình Xuân Quý Mão – 2024",
        "năm Nhâm Dần 2023",
    ),
    passes=(
        "đón Xuân Quý Mão – 2023 và Tết Nguyên đán Quý Mão - 2023",
        "Tết Nguyên đán Giáp Thìn 2024",
        "Xuân Ất Tỵ 2025",
        "đêm Giao thừa Xuân Quý Mão",
        "Cán bộ được nghỉ Tết Nguyên đán Giáp Thìn 07 ngày (từ ngày 08/02/2024 đến hết ngày 14/02/2024).",
        "Tết Nguyên đán Ất Tỵ, ngày 25/01/2025 bắt đầu nghỉ.",
        "Tết Nguyên đán Giáp Thìn đã qua; ngày 15/3/2025 tổng kết.",
    ),
    ocr=OCR_DOUBT,
)
def wrong_can_chi(a: Analysis) -> Iterator[Hit]:
    for d in a.dates:
        if d.kind != "lunar" or "can_chi" not in d.parts:
            continue
        year, end = d.parts.get("year"), d.end
        if not d.parts.get("written_year"):
            holiday = _tet_holiday(a, d)
            if holiday is None:
                continue
            year, end = holiday.parts["year"], holiday.end
        if not isinstance(year, int):
            continue
        written = str(d.parts["can_chi"])
        expected = can_chi(year)
        if written == expected:
            continue
        other = years_named(written, year, 6)
        suggestion = f"{expected} {year}" + (f" hoặc {written} {other[0]}" if other else "")
        params = {"year": year, "expected": expected, "written": written}
        yield Hit(d.start, end, params, suggestion=suggestion)


#: What may stand between a named Tết ("Tết Nguyên đán Giáp Thìn") and the first day of its holiday: " 07 ngày (từ ",
#: " (", ", từ ", ": ".
_TET_HOLIDAY_JOIN = regex.compile(
    r"^[^\S\n]*(?:\d{1,2}[^\S\n]*ngày[^\S\n]*)?[(,:]?[^\S\n]*(?:từ[^\S\n]*)?$", regex.IGNORECASE
)


def _tet_holiday(a: Analysis, tet: DateMention) -> DateMention | None:
    """The first day of the holiday given for a named Tết ("Tết Nguyên đán Giáp Thìn (từ ngày 08/02/2024 …"): a date of
    January or February, whose year is the lunar year's (Tết falls between 21 January and 20 February, and its
    holiday around it)."""
    if not str(tet.parts.get("lead", "")).startswith("Tết"):
        return None
    for d in a.dates:
        if d.start < tet.end or d.kind != "date" or not is_explicit(d):
            continue
        gap = a.text[tet.end : d.start]
        month = d.parts.get("month")
        if len(gap) <= 20 and _TET_HOLIDAY_JOIN.match(gap) and month in (1, 2):
            return d
        return None
    return None


_RESULT = regex.compile(r"(?<!\p{L})kết quả(?!\p{L})", regex.IGNORECASE)
_COMPARE = regex.compile(
    r"(?<!\p{L})(?:so với|cùng kỳ|so sánh|chuyển sang|kể từ|từ năm|trước năm|đến năm|giai đoạn|những năm|các năm)"
    r"(?!\p{L})",
    regex.IGNORECASE,
)


@rule(
    "D007",
    "year-outside-period",
    severity="info",
    message="Năm {year} khác với kỳ báo cáo ({period}): kiểm tra lại có phải năm {expected}",
    message_en="Year {year} disagrees with the reporting period ({period}): should it be {expected}?",
    doc=RuleDoc(
        what="Trong báo cáo một kỳ của năm Y, phần “kết quả thực hiện … năm X” ghi một năm X khác Y "
        "mà không phải là phép so sánh (“so với cùng kỳ năm X”).",
        what_en="In a report on a period of year Y, “results … năm X” names another year X, not as a comparison.",
        why="Thường do sao chép báo cáo kỳ trước mà quên sửa năm.",
        basis=BASIS_DATE,
        example="Căn cứ … kết quả thực hiện nhiệm vụ thông tin đối ngoại năm 2022 (báo cáo 6 tháng đầu năm 2023)",
        fix="Sửa năm cho đúng kỳ báo cáo, hoặc nói rõ là số liệu so sánh.",
    ),
    fires=(
        _HEADER + "Căn cứ chức năng nhiệm vụ và kết quả thực hiện nhiệm vụ thông tin đối ngoại năm 2022, "
        "Sở Văn hoá và Thể thao báo cáo:",
        _HEADER + "Kết quả thực hiện năm 2021 như sau:",
    ),
    passes=(
        _HEADER + "Kết quả thực hiện tăng 12% so với cùng kỳ năm 2022.",
        _HEADER + "Căn cứ kết quả thực hiện nhiệm vụ năm 2023, Sở báo cáo:",
        _HEADER + "Các dự án năm 2022 chuyển sang đã hoàn thành.",
        "Căn cứ kết quả thực hiện nhiệm vụ năm 2022, Sở báo cáo:",
        _HEADER + "Kết quả giai đoạn 2021 – 2025 và năm 2022 đã đạt.",
    ),
)
def year_outside_period(a: Analysis) -> Iterator[Hit]:
    period = a.reporting_period
    if period is None or period[0].year != period[1].year:
        return
    expected = period[0].year
    protected = [(r.start, r.end) for r in a.references]
    label = f"{fmt_date(period[0])} – {fmt_date(period[1])}"
    header_end = a.text.find("\n", a.text.find(str(expected)))
    for d in a.dates:
        if d.kind != "year" or d.parts.get("year") == expected or _inside(d.start, d.end, protected):
            continue
        if d.start <= header_end:
            continue
        clause_start = max(
            (m.end() for m in regex.finditer(r"[.;:\n]", a.text[max(0, d.start - 120) : d.start])), default=0
        )
        clause = a.text[max(0, d.start - 120) + clause_start : d.start]
        after = a.text[d.end : d.end + 25]
        if not _RESULT.search(clause) or _COMPARE.search(clause) or _COMPARE.search(after):
            continue
        yield Hit(d.start, d.end, {"year": d.parts["year"], "period": label, "expected": expected})


_COMPARISON = regex.compile(r"(?<!\p{L})(?:so với|cùng kỳ|trước đó|kể từ|từ ngày|đến nay|lũy kế|luỹ kế)(?!\p{L})")


@rule(
    "D008",
    "date-outside-stated-period",
    severity="warning",
    message="Ngày {date} nằm ngoài khoảng thời gian được nêu ở đầu câu ({period})",
    message_en="{date} lies outside the period the sentence states ({period})",
    doc=RuleDoc(
        what="Câu mở đầu bằng một khoảng thời gian (“Trong tháng 5/2023, …”, “Trong 6 tháng đầu năm 2023, …”, "
        "“Trong kỳ báo cáo, …”) nhưng lại kể một ngày nằm ngoài khoảng đó.",
        what_en="A sentence that opens with a period (“Trong tháng 5/2023, …”) but tells of a date outside it.",
        why="Việc được kể là đã diễn ra trong kỳ thì ngày của nó phải thuộc kỳ; lệch nhau thường do gõ sai "
        "tháng hoặc năm.",
        basis=BASIS_DATE,
        example="Trong tháng 5/2023, Sở đã tổ chức Lễ hội vào tối ngày 13/6/2023.",
        fix="Sửa lại ngày (hoặc khoảng thời gian ở đầu câu) cho khớp.",
    ),
    fires=(
        "Trong tháng 5/2023, Sở đã tổ chức Lễ hội vào tối ngày 13/6/2023 tại Quảng trường.",
        "Trong 6 tháng đầu năm 2023, ngày 15/10/2022 Sở đã tổ chức hội nghị tập huấn.",
        _HEADER + "Trong kỳ báo cáo, ngày 15/10/2022 Sở đã tổ chức hội nghị tập huấn.",
        "Trong quý III/2022, Sở đã kiểm tra 12 cơ sở, ngày 05/11/2022 tổ chức tổng kết.",
    ),
    passes=(
        "Trong tháng 5/2023, Sở đã tổ chức Lễ hội vào tối ngày 13/5/2023 tại Quảng trường.",
        "Trong 6 tháng đầu năm 2023, Sở thực hiện Kế hoạch số 289/KH-UBND ngày 20/12/2022 của UBND thành phố.",
        "Trong năm 2023, doanh thu tăng 12% so với cùng kỳ, ngày 31/12/2022 là mốc so sánh.",
        "Trong năm 2023, Sở tổ chức. Ngày 15/10/2022 Sở đã ban hành quy chế.",
        "Trong năm 2023, chương trình diễn ra từ ngày 15/12/2022 đến ngày 15/01/2023.",
        "Trong kỳ báo cáo, ngày 15/10/2022 Sở đã tổ chức hội nghị.",
    ),
    ocr=OCR_DOUBT,
)
def date_outside_stated_period(a: Analysis) -> Iterator[Hit]:
    protected = _protected(a) + [(d.start, d.end) for d in a.dates if d.kind in ("interval", "period")]
    for stated in a.stated_periods:
        first, last = stated.period
        for d in a.dates:
            if not (stated.end <= d.start and d.end <= stated.sentence_end) or d.kind != "date" or not d.value:
                continue
            if (
                not is_explicit(d)
                or _inside(d.start, d.end, protected)
                or _COMPARISON.search(a.text, stated.end, d.start)
            ):
                continue
            day = dt.date.fromisoformat(d.value)
            if first <= day <= last:
                continue
            period = f"{fmt_date(first)} – {fmt_date(last)}"
            yield Hit(d.start, d.end, {"date": fmt_date(day), "period": period})
