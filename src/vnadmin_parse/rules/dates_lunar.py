"""A lunar day and the solar date given for it (family D): "ngày 10/3 âm lịch (tức ngày 29/4/2023)"."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from vnadmin_parse.isodates import fmt_date
from vnadmin_parse.lunar_calendar import CAN, CHI, CHI_VARIANTS, lunar_to_solar
from vnadmin_parse.model import DateMention
from vnadmin_parse.rules.context import Analysis
from vnadmin_parse.rules.dates import BASIS_DATE, OCR_DOUBT, is_explicit
from vnadmin_parse.rules.registry import Hit, RuleDoc, rule

_S = r"[^\S\n]*"
_CAN_CHI = rf"(?:{'|'.join(CAN)}){_S}(?:{'|'.join((*CHI, *CHI_VARIANTS))})(?!\p{{L}})"
#: What may stand between a written lunar day and its solar date: "(tức ngày", ", nhằm", "(", and the lunar
#: year named on the way (") năm 2024 vào ngày", " Giáp Thìn là ngày").
_JOIN = regex.compile(
    rf"^{_S}\)?{_S}[,(]?{_S}(?:(?:năm{_S}\d{{4}}|(?:năm{_S})?{_CAN_CHI}){_S}[,(]?{_S})?"
    rf"(?:(?:tức là|tức|nhằm|là|rơi vào|vào){_S})?(?:ngày{_S})?$",
    regex.IGNORECASE,
)
#: Days that are lunar by definition (Bộ luật Lao động số 45/2019/QH14, Điều 112, khoản 1, điểm e: "Giỗ Tổ Hùng
#: Vương 01 ngày (ngày 10 tháng 3 âm lịch)"), as (lunar day, lunar month).
_NAMED = {"giỗ tổ hùng vương": (10, 3)}
_NAMED_DAY = regex.compile(rf"(?<!\p{{L}})(?:{'|'.join(_NAMED)})(?!\p{{L}})", regex.IGNORECASE)
#: What may stand between a named lunar day and the solar date given for it: no comma, which would start a list
#: of other days ("Giỗ Tổ Hùng Vương, ngày 30/4 và ngày 01/5").
_NAMED_JOIN = regex.compile(
    rf"^{_S}(?:năm{_S}(?P<y>\d{{4}}){_S}|(?:năm{_S})?{_CAN_CHI}{_S})?"
    rf"(?:\({_S}(?:(?:tức|nhằm|là){_S})?|(?:tức là|tức|nhằm|là|rơi vào|vào){_S})?(?:ngày{_S})?$",
    regex.IGNORECASE,
)
#: The furthest a solar date may stand from the lunar day it is given for.
_REACH = 30


@dataclass(frozen=True, slots=True)
class _Lunar:
    """A lunar day written or named in the text: where, the day, month, leap, and the lunar year if known."""

    start: int
    end: int
    day: int
    month: int
    leap: bool
    year: int | None


def _written(a: Analysis) -> Iterator[_Lunar]:
    for d in a.dates:
        p = d.parts
        if d.kind == "lunar" and "lunar_day" in p and not p.get("lunar_end_day"):
            year = p.get("year")
            yield _Lunar(
                d.start,
                d.end,
                p["lunar_day"],
                p["lunar_month"],
                bool(p.get("leap")),
                year if isinstance(year, int) else None,
            )


def _pairs(a: Analysis) -> Iterator[tuple[_Lunar, DateMention]]:
    """(lunar day, solar date) written next to each other, in either order; a named lunar day ("Giỗ Tổ Hùng
    Vương") with the solar date after it."""
    solar = [d for d in a.dates if d.kind == "date" and d.value and is_explicit(d)]
    for lunar in _written(a):
        for d in solar:
            gap = a.text[lunar.end : d.start] if d.start >= lunar.end else a.text[d.end : lunar.start]
            if (d.start >= lunar.end or d.end <= lunar.start) and len(gap) <= _REACH and _JOIN.match(gap):
                yield lunar, d
                break
    for m in _NAMED_DAY.finditer(a.text):
        day, month = _NAMED[m[0].lower()]
        for d in solar:
            gap = a.text[m.end() : d.start]
            if d.start >= m.end() and len(gap) <= _REACH and (join := _NAMED_JOIN.match(gap)):
                yield _Lunar(m.start(), m.end(), day, month, False, int(join["y"]) if join["y"] else None), d
                break


def _equivalents(lunar: _Lunar, solar: dt.date) -> dict[int, dt.date]:
    """The solar day of ``lunar`` in each lunar year it may belong to."""
    years = (lunar.year,) if lunar.year is not None else (solar.year, solar.year - 1)
    found = {y: lunar_to_solar(lunar.day, lunar.month, y, lunar.leap) for y in years}
    return {y: day for y, day in found.items() if day is not None}


@rule(
    "D009",
    "lunar-solar-mismatch",
    severity="error",
    message="Ngày {lunar} âm lịch năm {year} là ngày {solar} dương lịch, không phải {written}",
    message_en="Lunar day {lunar} of {year} is {solar} in the solar calendar, not {written}",
    doc=RuleDoc(
        what="Ngày âm lịch và ngày dương lịch ghi kèm để quy đổi (“ngày 10/3 âm lịch (tức ngày …)”, “Giỗ Tổ Hùng "
        "Vương năm 2024 vào ngày …”, “mùng 1 Tết Giáp Thìn là ngày …”) không khớp nhau.",
        what_en="A lunar day, or a day lunar by definition (Giỗ Tổ Hùng Vương, 10/3), and the solar date written next "
        "to it as its equivalent do not match.",
        why="Lễ hội, ngày giỗ, ngày Tết được ghi theo âm lịch kèm ngày dương lịch để tổ chức; quy đổi sai "
        "làm lệch ngày tổ chức. Lịch âm tính theo múi giờ UTC+7 (thuật toán Hồ Ngọc Đức).",
        basis=BASIS_DATE + " Bộ luật Lao động số 45/2019/QH14, Điều 112, khoản 1, điểm e: Giỗ Tổ Hùng Vương là ngày 10 "
        "tháng 3 âm lịch.",
        example="Giỗ Tổ Hùng Vương ngày 10/3 âm lịch (tức ngày 30/4/2023)",
        fix="Quy đổi lại theo lịch âm Việt Nam và sửa ngày dương lịch (hoặc ngày âm lịch) cho khớp.",
    ),
    fires=(
        "Giỗ Tổ Hùng Vương ngày 10/3 âm lịch (tức ngày 30/4/2023) tại Đền Hùng.",
        "Đêm hội ngày 28/9/2023 (nhằm ngày 15/8 âm lịch) tại nhà văn hóa.",
        "Lễ hội tổ chức vào rằm tháng Giêng (ngày 06/02/2023).",
        "Giỗ Tổ Hùng Vương (10/3 âm lịch) năm 2024 vào ngày 17/4/2024, cán bộ được nghỉ 01 ngày.",
        "Nghỉ Giỗ Tổ Hùng Vương năm 2024 vào ngày 17/4/2024.",
        "Mùng 1 Tết Giáp Thìn là ngày 09/02/2024.",
    ),
    passes=(
        "Giỗ Tổ Hùng Vương ngày 10/3 âm lịch (tức ngày 29/4/2023) tại Đền Hùng.",
        "Đêm hội ngày 29/9/2023 (nhằm ngày 15/8 âm lịch) tại nhà văn hóa.",
        "Họp mặt ngày 23 tháng Chạp (ngày 14/01/2023).",
        "Ngày 10/3 âm lịch. Ngày 30/4/2023 tổ chức kỷ niệm.",
        "Ngày 10/3 âm lịch, Sở báo cáo kết quả; ngày 30/4/2023 tổng kết.",
        "Giỗ Tổ Hùng Vương (10/3 âm lịch) năm 2024 vào ngày 18/4/2024, cán bộ được nghỉ 01 ngày.",
        "Nghỉ Giỗ Tổ Hùng Vương năm 2024 vào ngày 18/4/2024.",
        "Mùng 1 Tết Giáp Thìn là ngày 10/02/2024.",
        "Nghỉ lễ Giỗ Tổ Hùng Vương, ngày 30/4/2024 và ngày 01/5/2024.",
        "Giỗ Tổ Hùng Vương (từ ngày 18/4/2024 đến hết ngày 20/4/2024).",
    ),
    ocr=OCR_DOUBT,
)
def lunar_solar_mismatch(a: Analysis) -> Iterator[Hit]:
    for lunar, solar in _pairs(a):
        day = dt.date.fromisoformat(str(solar.value)[:10])
        found = _equivalents(lunar, day)
        if not found or day in found.values():
            continue
        year, right = min(found.items(), key=lambda item: abs((item[1] - day).days))
        start, end = min(lunar.start, solar.start), max(lunar.end, solar.end)
        leap = " nhuận" if lunar.leap else ""
        yield Hit(
            start,
            end,
            {
                "lunar": f"{lunar.day:02d}/{lunar.month:02d}{leap}",
                "year": year,
                "solar": fmt_date(right),
                "written": fmt_date(day),
            },
            suggestion=fmt_date(right),
        )
