"""Date forms officials write, with offsets and ISO values."""

from __future__ import annotations

import datetime as dt

import pytest

from vnadmin_parse.model import DateMention
from vnadmin_parse.recognize.dates import find_dates, parse_period


def _outer(text: str) -> DateMention:
    """The widest mention starting first: the one a reader would point at."""
    found = find_dates(text)
    assert found, f"no date in {text!r}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "written", "value", "kind"),
    [
        ("ký ngày 30/01/2023 tại", "ngày 30/01/2023", "2023-01-30", "date"),
        ("30-01-2023", "30-01-2023", "2023-01-30", "date"),
        ("30.01.2023", "30.01.2023", "2023-01-30", "date"),
        ("Hải Phòng, ngày 30 tháng 01 năm 2023", "ngày 30 tháng 01 năm 2023", "2023-01-30", "date"),
        ("sinh ngày15/5/2000", "ngày15/5/2000", "2000-05-15", "date"),
        ("07tháng 3năm 2002", "07tháng 3năm 2002", "2002-03-07", "date"),
        ("ngày 13 / 3/ 2001", "ngày 13 / 3/ 2001", "2001-03-13", "date"),
        ("Trong tháng 5/2023, Sở", "tháng 5/2023", "2023-05", "month"),
        ("trong tháng 5 năm 2023 và", "tháng 5 năm 2023", "2023-05", "month"),
        ("thực hiện trong năm 2023.", "năm 2023", "2023", "year"),
        ("báo cáo quý III/2022", "quý III/2022", "2022-07/2022-09", "quarter"),
        ("báo cáo quý 2 năm 2024", "quý 2 năm 2024", "2024-04/2024-06", "quarter"),
        ("Công tác 6 tháng đầu năm 2023", "6 tháng đầu năm 2023", "2023-01/2023-06", "period"),
        ("nhiệm vụ 06 tháng cuối năm 2023", "06 tháng cuối năm 2023", "2023-07/2023-12", "period"),
        ("kết quả 9 tháng năm 2024", "9 tháng năm 2024", "2024-01/2024-09", "period"),
        ("giai đoạn 2021 – 2030", "giai đoạn 2021 – 2030", "2021/2030", "period"),
        ("Triển lãm ảnh tư liệu (1930 - 2023)", "1930 - 2023", "1930/2023", "period"),
        ("lúc 8h00 ngày 15/5/2023", "8h00 ngày 15/5/2023", "2023-05-15T08:00", "datetime"),
        ("20 giờ 30 ngày 31/12/2022", "20 giờ 30 ngày 31/12/2022", "2022-12-31T20:30", "datetime"),
        ("0 giờ 10 phút ngày 01/01/2023", "0 giờ 10 phút ngày 01/01/2023", "2023-01-01T00:10", "datetime"),
        ("08 giờ 00 phút, ngày 09/11/2024", "08 giờ 00 phút, ngày 09/11/2024", "2024-11-09T08:00", "datetime"),
        ("đón Xuân Quý Mão – 2023", "Xuân Quý Mão – 2023", "2023", "lunar"),
        (
            "từ ngày 01/01/2023 đến ngày 30/6/2023",
            "từ ngày 01/01/2023 đến ngày 30/6/2023",
            "2023-01-01/2023-06-30",
            "interval",
        ),
        ("(30/4/1975-30/4/2023)", "30/4/1975-30/4/2023", "1975-04-30/2023-04-30", "interval"),
        ("(07/5/1954 -07/5/2023)", "07/5/1954 -07/5/2023", "1954-05-07/2023-05-07", "interval"),
        ("từ tháng 1 đến tháng 6 năm 2023", "từ tháng 1 đến tháng 6 năm 2023", "2023-01/2023-06", "interval"),
        (
            "khảo sát từ ngày 29/6/2026 đến hết ngày 09/7/2026.",
            "từ ngày 29/6/2026 đến hết ngày 09/7/2026",
            "2026-06-29/2026-07-09",
            "interval",
        ),
        ("từ 15/7 đến hết 20/7/2026", "từ 15/7 đến hết 20/7/2026", "2026-07-15/2026-07-20", "interval"),
        ("Liệt sĩ (27/7/1947\n- 27/7/2024) bằng", "27/7/1947\n- 27/7/2024", "1947-07-27/2024-07-27", "interval"),
    ],
)
def test_forms(text: str, written: str, value: str, kind: str) -> None:
    d = _outer(text)
    assert (d.text, d.value, d.kind) == (written, value, kind)
    assert text[d.start : d.end] == d.text


def test_a_line_break_parts_a_range_outside_brackets() -> None:
    kinds = [d.kind for d in find_dates("ngày 27/7/1947\n- 27/7/2024 tổ chức")]
    assert "interval" not in kinds


def test_seed_new_year_range_keeps_the_mistake() -> None:
    text = "từ 20 giờ 30 ngày 31/12/2023 đến 0 giờ 10 phút ngày 01/01/2023 tại"
    d = _outer(text)
    assert d.kind == "interval"
    assert d.value == "2023-12-31T20:30/2023-01-01T00:10"
    assert d.parts["start"] == "2023-12-31T20:30" and d.parts["end"] == "2023-01-01T00:10"
    kinds = [m.kind for m in find_dates(text)]
    assert kinds.count("date") == 2 and kinds.count("datetime") == 2  # components stay visible


def test_year_inferred_from_context_is_marked() -> None:
    found = find_dates("Năm 2023, Sở tổ chức hội nghị ngày 05/3 và tháng 5.")
    day = next(d for d in found if d.text == "ngày 05/3")
    month = next(d for d in found if d.text == "tháng 5")
    assert day.value == "2023-03-05" and day.parts["inferred"] == ["year"]
    assert month.value == "2023-05" and month.parts["year_from"] == "context"


def test_partial_start_of_range_takes_the_end_year() -> None:
    d = _outer("từ 20/12 đến 10/01/2024")
    assert d.value == "2023-12-20/2024-01-10"


def test_time_range_on_one_day() -> None:
    d = _outer("từ 8 giờ đến 11 giờ ngày 5/3/2023")
    assert d.value == "2023-03-05T08:00/2023-03-05T11:00"


@pytest.mark.parametrize(
    ("text", "index"),
    [
        ("tối ngày 13/5/2023 (Thứ  Bảy) tại", 5),
        ("Thứ Hai, ngày 15/5/2023", 0),
        ("Chủ nhật (14/5/2023)", 6),
        ("sáng thứ 7 ngày 13/5/2023", 5),
        ("ngày 09/11/2024 (sáng Thứ\nBảy)", 5),
    ],
)
def test_weekday_attached(text: str, index: int) -> None:
    d = next(m for m in find_dates(text) if m.kind == "date")
    assert d.parts["weekday"]["index"] == index


def test_daypart_attached() -> None:
    d = next(m for m in find_dates("vào tối ngày 13/5/2023") if m.kind == "date")
    assert d.parts["daypart"] == "tối"


@pytest.mark.parametrize(
    ("text", "reason"),
    [("ngày 31/4/2023", "day"), ("ngày 29/02/2023", "leap"), ("ngày 12/13/2023", "month"), ("ngày 31/9", "day")],
)
def test_impossible_dates_are_kept_without_value(text: str, reason: str) -> None:
    d = _outer(text)
    assert d.value is None and d.parts["invalid"] == reason


def test_leap_day_is_fine() -> None:
    assert _outer("ngày 29/02/2024").value == "2024-02-29"


@pytest.mark.parametrize(
    "text",
    [
        "Nghị định số 72/2015/NĐ-CP",
        "Kế hoạch số 29/KH-UBND",
        "trong 48 giờ",
        "đạt 31/45 xã",
        "tỷ lệ 1.500.000 đồng",
        "Giáp ranh",
        "Quý khách",
    ],
)
def test_not_dates(text: str) -> None:
    assert find_dates(text) == []


def test_tet_days_get_the_lunar_year() -> None:
    found = find_dates("Xuân Quý Mão – 2023 … từ ngày 03 đến 05 Tết Nguyên đán")
    tet = next(d for d in found if d.parts.get("tet"))
    assert tet.value == "2023-01-24/2023-01-26"


def test_can_chi_parts() -> None:
    d = _outer("Tết Nguyên đán Giáp Thìn 2025")
    assert d.parts["can_chi"] == "Giáp Thìn" and d.parts["expected_can_chi"] == "Ất Tỵ"


def test_anniversary_linked() -> None:
    d = next(m for m in find_dates("kỷ niệm 93 năm Ngày thành lập Đảng Cộng sản Việt Nam") if m.kind == "anniversary")
    assert d.parts["anniversary"] == "thanh-lap-dang"
    assert d.parts["founded"] == "1930-02-03" and d.value == "2023-02-03"


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("06 tháng đầu năm 2023", ("2023-01-01", "2023-06-30")),
        ("6 tháng cuối năm 2023", ("2023-07-01", "2023-12-31")),
        ("quý III năm 2022", ("2022-07-01", "2022-09-30")),
        ("quý III/2022", ("2022-07-01", "2022-09-30")),
        ("năm 2021", ("2021-01-01", "2021-12-31")),
        ("tháng 02 và 2 tháng đầu năm 2007", ("2007-01-01", "2007-02-28")),
        ("từ ngày 01/01/2023 đến ngày 30/6/2023", ("2023-01-01", "2023-06-30")),
        ("Công tác thông tin đối ngoại 06 tháng đầu năm 2023", ("2023-01-01", "2023-06-30")),
        (
            "Báo cáo kết quả 6 tháng đầu năm 2023 và phương hướng nhiệm vụ 6 tháng cuối năm 2023",
            ("2023-01-01", "2023-06-30"),
        ),
        ("nửa đầu năm 2022", ("2022-01-01", "2022-06-30")),
        ("tháng 12/2023", ("2023-12-01", "2023-12-31")),
        ("giai đoạn 2021 – 2030", ("2021-01-01", "2030-12-31")),
    ],
)
def test_parse_period(text: str, period: tuple[str, str]) -> None:
    assert parse_period(text) == (dt.date.fromisoformat(period[0]), dt.date.fromisoformat(period[1]))


@pytest.mark.parametrize("text", ["Về việc tổ chức hội nghị", "Kế hoạch số 29/KH-UBND ngày 30/01/2023", ""])
def test_parse_period_none(text: str) -> None:
    assert parse_period(text) is None


def test_an_iso_date_is_not_read_as_a_day_and_month() -> None:
    # Front matter and data tables write "2026-07-16": its "07-16" is no "ngày 07, tháng 16" (a false D001).
    assert [d.text for d in find_dates("Ngày ban hành: 2026-07-16; hiệu lực 2025-12-31.")] == []
    # A dash after a day still joins a range: "30/4 - 02/5/2024".
    assert "02/5/2024" in [d.text for d in find_dates("từ ngày 30/4 - 02/5/2024")]


def test_weekdays_of_a_span_of_days_go_to_its_days() -> None:
    """ "15-16/4/2024 (thứ Hai, thứ Ba)": the last weekday is the last date's; a list after a lone date is no one's."""
    from vnadmin_parse.pipeline import parse

    def weekdays(text: str) -> list[str | None]:
        return [(d.parts.get("weekday") or {}).get("text") for d in parse(text).dates if d.kind == "date"]

    assert weekdays("trong 2 ngày 15-16/4/2024 (thứ Hai, thứ Ba)") == ["thứ Ba"]
    assert weekdays("các ngày 15, 16, 17/4/2024 (thứ Hai, thứ Ba, thứ Tư)") == ["thứ Tư"]
    assert weekdays("ngày 16/4/2024 (thứ Ba, thứ Tư)") == [None]
    assert weekdays("ngày 16/4/2024 (thứ Ba)") == ["thứ Ba"]
