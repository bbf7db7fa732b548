"""Family D on the seed report: items 2 and 7 found, the must-not-flag facts left alone."""

from __future__ import annotations

import pytest

from tests.conftest import TODAY
from vnadmin_parse.model import Document, Finding, Location
from vnadmin_parse.pipeline import check, parse
from vnadmin_parse.recognize.period import reporting_period, stated_periods
from vnadmin_parse.rules.context import Analysis
from vnadmin_parse.rules.dates import date_after_period
from vnadmin_parse.rules.engine import run_rules
from vnadmin_parse.rules.registry import get_rule

MUST_NOT_FLAG = (
    "93 năm Ngày thành lập Đảng Cộng sản Việt Nam",
    "68 năm Ngày giải phóng Hải Phòng",
    "Xuân Quý Mão – 2023",
    "13/5/2023 (Thứ  Bảy)",
    "30/4/1975-30/4/2023",
    "07/5/1954 -07/5/2023",
    "19/5/1890 -19/5/2023",
    "ngày 24/01/2019",
    "ngày 19/10/2016",
    "ngày 28/12/2018",
    "ngày 25/3/2020",
    "so với cùng kỳ năm 2022",
)


@pytest.fixture(scope="module")
def findings(seed_text: str) -> list[Finding]:
    return check(seed_text, select=["D"], today=TODAY).findings


def test_item_7_reversed_new_year_range(findings: list[Finding]) -> None:
    (hit,) = [f for f in findings if f.code == "D002"]
    assert hit.text == "từ 20 giờ 30 ngày 31/12/2023 đến 0 giờ 10 phút ngày 01/01/2023"
    assert "ngày kết thúc 01/01/2023 trước ngày bắt đầu 31/12/2023; có thể là 31/12/2022?" in hit.message
    assert hit.severity == "error" and hit.suggestion == "31/12/2022"
    assert hit.message_en and "perhaps 31/12/2022" in hit.message_en


def test_item_7_start_outside_the_period(findings: list[Finding]) -> None:
    (hit,) = [f for f in findings if f.code == "D004"]
    assert hit.text == "ngày 31/12/2023" and "kỳ báo cáo" in hit.message


def test_item_2_year_of_results(seed_text: str, findings: list[Finding]) -> None:
    (hit,) = [f for f in findings if f.code == "D007"]
    assert hit.text == "năm 2022" and hit.severity == "info"
    text = parse(seed_text).text
    assert text[hit.start - 30 : hit.end].endswith("thông tin đối ngoại năm 2022")


def test_must_not_flag(seed_text: str, findings: list[Finding]) -> None:
    text = parse(seed_text).text
    for fact in MUST_NOT_FLAG:
        start = 0
        while (start := text.find(fact, start)) >= 0:
            end = start + len(fact)
            assert not [f for f in findings if f.start < end and start < f.end], fact
            start = end
    assert len(findings) == 3


def _analysis(text: str, document: Document, confidence: float | None = None) -> Analysis:
    report = parse(text)
    period = reporting_period(document, report.text)
    return Analysis(
        text=report.text,
        source=report.source,
        document=document,
        references=(),
        dates=tuple(report.dates),
        events=(),
        tokens=(),
        today=TODAY,
        locate=(lambda i: Location(1, 1, i, None, confidence)) if confidence is not None else None,
        reporting_period=period,
        stated_periods=tuple(stated_periods(report.text, period)),
    )


def test_date_after_the_documents_own_date() -> None:
    text = "Ngày 20/12/2024, Sở đã tổ chức hội nghị tổng kết. Quyết định có hiệu lực từ ngày 01/01/2025."
    hits = list(date_after_period(_analysis(text, Document(type="Thông báo", date="2024-11-15"))))
    assert [text[h.start : h.end] for h in hits] == ["Ngày 20/12/2024"]
    assert "ngày ban hành văn bản (15/11/2024)" in hits[0].params["limit"]
    assert not list(date_after_period(_analysis(text, Document(type="Thông báo", date="2024-12-31"))))


def test_low_ocr_confidence_turns_an_error_into_a_note() -> None:
    text = "Hội nghị ngày 31/4/2023."
    d001 = get_rule("D001")
    (typed,) = run_rules(_analysis(text, Document()), [d001])
    (scanned,) = run_rules(_analysis(text, Document(), confidence=45.0), [d001])
    (sure,) = run_rules(_analysis(text, Document(), confidence=80.0), [d001])
    assert (typed.severity, scanned.severity, sure.severity) == ("error", "info", "error")


def test_a_plan_announcing_a_later_event_is_not_told_as_done() -> None:
    text = "Hội nghị tổng kết được tổ chức vào ngày 20/12/2024 tại Hội trường; kết quả báo cáo trước ngày 31/12/2024."
    for kind in ("Kế hoạch", "Tờ trình", "Quyết định", "Thông báo", "Công văn"):
        assert not list(date_after_period(_analysis(text, Document(type=kind, date="2024-11-15")))), kind
    outcome = "Hội nghị tổng kết ngày 20/12/2024 hoàn thành tốt các nội dung đề ra."
    assert not list(date_after_period(_analysis(outcome, Document(type="Kế hoạch", date="2024-11-15"))))


def test_a_report_telling_a_later_event_as_done_is_reported() -> None:
    outcome = "Hội nghị tổng kết ngày 20/12/2024 hoàn thành tốt các nội dung đề ra."
    (hit,) = date_after_period(_analysis(outcome, Document(type="Báo cáo", date="2024-11-15")))
    assert outcome[hit.start : hit.end] == "ngày 20/12/2024"
    period = Document(type="Báo cáo", period="2024-01-01/2024-06-30")
    (hit,) = date_after_period(_analysis("Ngày 15/9/2024, Sở đã tổ chức hội nghị.", period))
    assert "kỳ báo cáo" in hit.params["limit"]


def test_a_citation_naming_a_plan_does_not_make_the_sentence_a_plan() -> None:
    text = (
        "BÁO CÁO\n\nCông tác 6 tháng đầu năm 2023\n\nThực hiện Kế hoạch số 29/KH-UBND ngày 30/01/2023 của UBND tỉnh, "
        "ngày 15/9/2023 Sở đã tổ chức hội nghị."
    )
    assert [f.text for f in check(text, select=["D004"], today=TODAY).findings] == ["ngày 15/9/2023"]
