"""A lunar day and the solar date given for it (family D): "ngày 10/3 âm lịch (tức ngày 29/4/2023)"."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import regex

from vnadmin_parse.isodates import fmt_date
from vnadmin_parse.lunar_calendar import lunar_to_solar
from vnadmin_parse.model import DateMention
from vnadmin_parse.rules.context import Analysis
from vnadmin_parse.rules.dates import BASIS_DATE, OCR_DOUBT, is_explicit
from vnadmin_parse.rules.registry import Hit, RuleDoc, rule

# What may stand between a lunar day and its solar date: "(tức ngày", ", nhằm", "(".
_JOIN = regex.compile(r"^[^\S\n]*[,(]?[^\S\n]*(?:(?:tức là|tức|nhằm|là)[^\S\n]*)?(?:ngày[^\S\n]*)?$", regex.IGNORECASE)


def _pairs(a: Analysis) -> Iterator[tuple[DateMention, DateMention]]:
    """(lunar day, solar date) written next to each other, in either order."""
    solar = [d for d in a.dates if d.kind == "date" and d.value and is_explicit(d)]
    for lunar in a.dates:
        if lunar.kind != "lunar" or "lunar_day" not in lunar.parts or lunar.parts.get("lunar_end_day"):
            continue
        for d in solar:
            gap = a.text[lunar.end : d.start] if d.start >= lunar.end else a.text[d.end : lunar.start]
            if (d.start >= lunar.end or d.end <= lunar.start) and len(gap) <= 20 and _JOIN.match(gap):
                yield lunar, d
                break


def _equivalents(lunar: DateMention, solar: dt.date) -> dict[int, dt.date]:
    """The solar day of ``lunar`` in each lunar year it may belong to."""
    p = lunar.parts
    year = p.get("year")
    years = (year,) if isinstance(year, int) else (solar.year, solar.year - 1)
    found = {y: lunar_to_solar(p["lunar_day"], p["lunar_month"], y, bool(p.get("leap"))) for y in years}
    return {y: day for y, day in found.items() if day is not None}


@rule(
    "D009",
    "lunar-solar-mismatch",
    severity="error",
    message="Ngày {lunar} âm lịch năm {year} là ngày {solar} dương lịch, không phải {written}",
    message_en="Lunar day {lunar} of {year} is {solar} in the solar calendar, not {written}",
    doc=RuleDoc(
        what="Ngày âm lịch và ngày dương lịch ghi kèm để quy đổi (“ngày 10/3 âm lịch (tức ngày …)”) không khớp nhau.",
        what_en="A lunar day and the solar date written next to it as its equivalent do not match.",
        why="Lễ hội, ngày giỗ, ngày Tết được ghi theo âm lịch kèm ngày dương lịch để tổ chức; quy đổi sai "
        "làm lệch ngày tổ chức. Lịch âm tính theo múi giờ UTC+7 (thuật toán Hồ Ngọc Đức).",
        basis=BASIS_DATE,
        example="Giỗ Tổ Hùng Vương ngày 10/3 âm lịch (tức ngày 30/4/2023)",
        fix="Quy đổi lại theo lịch âm Việt Nam và sửa ngày dương lịch (hoặc ngày âm lịch) cho khớp.",
    ),
    fires=(
        "Giỗ Tổ Hùng Vương ngày 10/3 âm lịch (tức ngày 30/4/2023) tại Đền Hùng.",
        "Đêm hội ngày 28/9/2023 (nhằm ngày 15/8 âm lịch) tại nhà văn hóa.",
        "Lễ hội tổ chức vào rằm tháng Giêng (ngày 06/02/2023).",
    ),
    passes=(
        "Giỗ Tổ Hùng Vương ngày 10/3 âm lịch (tức ngày 29/4/2023) tại Đền Hùng.",
        "Đêm hội ngày 29/9/2023 (nhằm ngày 15/8 âm lịch) tại nhà văn hóa.",
        "Họp mặt ngày 23 tháng Chạp (ngày 14/01/2023).",
        "Ngày 10/3 âm lịch. Ngày 30/4/2023 tổ chức kỷ niệm.",
        "Ngày 10/3 âm lịch, Sở báo cáo kết quả; ngày 30/4/2023 tổng kết.",
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
        p = lunar.parts
        leap = " nhuận" if p.get("leap") else ""
        yield Hit(
            start,
            end,
            {
                "lunar": f"{p['lunar_day']:02d}/{p['lunar_month']:02d}{leap}",
                "year": year,
                "solar": fmt_date(right),
                "written": fmt_date(day),
            },
            suggestion=fmt_date(right),
        )
