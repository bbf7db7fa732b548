"""The periods a document speaks of (recognize/period.py)."""

from __future__ import annotations

import datetime as dt

from vnadmin_parse.model import Document
from vnadmin_parse.recognize.period import header_period, is_report, reporting_period, stated_periods

H1_2023 = (dt.date(2023, 1, 1), dt.date(2023, 6, 30))
Q3_2022 = (dt.date(2022, 7, 1), dt.date(2022, 9, 30))


def test_header_period_reads_the_line_after_the_heading() -> None:
    assert header_period("BÁO CÁO\n\nCông tác 6 tháng đầu năm 2023\n\nNội dung.") == H1_2023
    assert header_period("KẾ HOẠCH\n\nCông tác năm 2026\n") is None
    assert header_period("Nội dung năm 2023.") is None


def test_reporting_period_prefers_the_structure() -> None:
    text = "BÁO CÁO\n\nCông tác 6 tháng đầu năm 2023\n\nNội dung."
    assert reporting_period(Document(), text) == H1_2023
    assert reporting_period(Document(period="2022-07-01/2022-09-30"), text) == Q3_2022
    assert reporting_period(Document(type="Báo cáo", title="Công tác quý III/2022"), "Nội dung.") == Q3_2022
    assert reporting_period(Document(type="Kế hoạch", title="Công tác năm 2026"), "Nội dung.") is None


def test_is_report() -> None:
    assert is_report(Document(type="Báo cáo"), "")
    assert not is_report(Document(type="Kế hoạch"), "BÁO CÁO\n\nNăm 2023")
    assert is_report(Document(), "BÁO CÁO\n\nCông tác năm 2023")


def test_stated_periods() -> None:
    text = "Trong tháng 5/2023, Sở đã tổ chức Lễ hội. Trong kỳ báo cáo, Sở kiểm tra 12 cơ sở."
    (first,) = stated_periods(text)  # "trong kỳ báo cáo" needs the report's period
    assert first.period == (dt.date(2023, 5, 1), dt.date(2023, 5, 31))
    assert text[first.start : first.end] == "Trong tháng 5/2023" and text[first.sentence_end] == "."
    both = stated_periods(text, H1_2023)
    assert [s.of_report for s in both] == [False, True] and both[1].period == H1_2023
    assert [s.period for s in stated_periods("trong quý III/2022, kiểm tra")] == [Q3_2022]
