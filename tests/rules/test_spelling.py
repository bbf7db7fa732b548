"""Spelling rules on the seed report: the expected findings, with suggestions, and nothing else."""

from __future__ import annotations

import pytest

from tests.conftest import CORPUS, SEED, TODAY
from vnadmin_parse.data import load_table
from vnadmin_parse.model import Finding, Page, Source
from vnadmin_parse.pipeline import check, check_source
from vnadmin_parse.report.core import Report
from vnadmin_parse.rules.spelling import openings
from vnadmin_parse.vietnamese.lexicon import load


@pytest.fixture(scope="module")
def seed_report() -> Report:
    return check(SEED, select=["S"], today=TODAY)


def _find(report: Report, code: str, text: str) -> Finding:
    found = [f for f in report.findings if f.code == code and text in report.text[f.start : f.end]]
    assert found, f"{code} not found on {text!r}: {[(f.code, f.text) for f in report.findings]}"
    return found[0]


@pytest.mark.parametrize(
    ("item", "code", "text", "suggestion"),
    [
        (3, "S002", "nhiệm vụ nhiệm trọng", "nhiệm vụ trọng tâm"),
        (6, "S009", "Bộ Thông tin Truyền thông", "Bộ Thông tin và Truyền thông"),
        (8, "S003", "Nhf", "Nhà"),
        (9, "S006", "triển tiếp tục khai", "tiếp tục triển khai"),
        (11, "S007", "ban Kế hoạch", "ban hành Kế hoạch"),
        (12, "S005", "Thẻ", "Thể"),
        (12, "S009", "Sở Văn hoá và Thẻ thao", "Sở Văn hoá và Thể thao"),
        (15, "S008", "hoá", "hóa"),
    ],
)
def test_seed_items(seed_report: Report, item: int, code: str, text: str, suggestion: str) -> None:
    finding = _find(seed_report, code, text)
    assert finding.suggestion == suggestion, f"item {item}"
    assert finding.severity in (("info",) if code == "S008" else ("warning", "error"))


def test_seed_s009_counts_three_spellings(seed_report: Report) -> None:
    assert "3 cách" in _find(seed_report, "S009", "Thẻ thao").message


def test_seed_s008_covers_both_pairs(seed_report: Report) -> None:
    forms = {f.text.lower() for f in seed_report.findings if f.code == "S008"}
    assert {"hoá", "uỷ"} <= forms


MUST_NOT_FLAG = [
    "kỷ niệm 93 năm Ngày thành lập Đảng Cộng sản Việt Nam",
    "68 năm Ngày giải phóng Hải Phòng",
    "Xuân Quý Mão – 2023",
    "Nghị quyết 45-NQ/TW ngày 24/01/2019 của Bộ Chính trị",
    "Thông tư số 22/2016/TT-BTTTT ngày 19/10/2016",
    "Quyết định số 42/2018/QĐ-UBND ngày 28/12/2018",
    "Quyết định số 855/QĐ-UBND ngày 25/3/2020",
    "(30/4/1975-30/4/2023)",
    "(07/5/1954 -07/5/2023)",
    "(19/5/1890 -19/5/2023)",
]


@pytest.mark.parametrize("phrase", MUST_NOT_FLAG)
def test_seed_must_not_flag(seed_report: Report, phrase: str) -> None:
    text = seed_report.text
    start = text.find(phrase)
    if start < 0:
        pytest.skip(f"{phrase!r} not in the normalized seed text")
    end = start + len(phrase)
    touching = [f for f in seed_report.findings if f.start < end and f.end > start and f.code != "S008"]
    assert not touching


def test_seed_has_no_other_spelling_warnings(seed_report: Report) -> None:
    expected = {"S002", "S003", "S005", "S006", "S007", "S008", "S009"}
    assert {f.code for f in seed_report.findings} <= expected
    assert len([f for f in seed_report.findings if f.severity != "info"]) == 7


def _ocr_source(text: str, confidence: float | None) -> Source:
    if confidence is None:
        return Source(path="typed.txt", kind="txt", pages=(Page(1, text),))
    page = Page(1, text, confidences=tuple(confidence for _ in text), method="ocr")
    return Source(path="scan.pdf", kind="pdf", pages=(page,))


def test_ocr_text_raises_the_bar_for_spelling() -> None:
    text = "Báo cáo tình hình tài chinh của đơn vị, thực hiện cuar Sở Tư pháp."
    typed = {f.code for f in check_source(_ocr_source(text, None), select=["S"], today=TODAY).findings}
    assert typed == {"S003", "S005"}
    # On a scan a wrong mark is the OCR's as often as the author's: no letter-level
    # finding (S004/S005), the others only as notes where the OCR was sure.
    sure = check_source(_ocr_source(text, 95.0), select=["S"], today=TODAY).findings
    assert {f.code for f in sure} == {"S003"} and all(f.severity == "info" for f in sure)
    assert not check_source(_ocr_source(text, 70.0), select=["S"], today=TODAY).findings


# --- S005: real-document false alarms that must stay silent ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Trường hợp thay đổi chủ đầu tư thì chủ đầu tư tổ chức nghiệm thu phần công việc đã thực hiện.",
        "2. Người làm công ăn lương được bảo đảm các điều kiện làm việc công bằng, an toàn.",
    ],
)
def test_s005_silent_when_the_variant_breaks_a_stronger_word(text: str) -> None:
    assert not check(text, select=["S005"], today=TODAY).findings


# --- S007: administrative collocations, each tested by its examples --------------------------

COLLOCATIONS = [
    (entry["collocation"], entry["keeps"], example)
    for entry in load_table("collocations_admin.json")["entries"]
    for example in entry["examples"]
]


@pytest.mark.parametrize(("collocation", "keeps", "example"), COLLOCATIONS)
def test_collocation_examples(collocation: str, keeps: str, example: str) -> None:
    assert collocation in example
    assert not check(example, select=["S007"], today=TODAY).findings
    first, second = collocation.split()
    planted = example.replace(collocation, first if keeps == "first" else second, 1)
    found = check(planted, select=["S007"], today=TODAY).findings
    assert len(found) == 1 and found[0].suggestion is not None and collocation in found[0].suggestion


def test_collocation_kept_syllables_are_bound() -> None:
    """A kept syllable has at most five partners on its side in the word list: alone, it points to one word."""
    words = [w.split() for w in load().words if w.count(" ") == 1]
    for entry in load_table("collocations_admin.json")["entries"]:
        first, second = entry["collocation"].split()
        if entry["keeps"] == "first":
            partners = {b for a, b in words if a == first}
        else:
            partners = {a for a, b in words if b == second}
        assert (second if entry["keeps"] == "first" else first) in partners
        assert len(partners) <= 5, entry["collocation"]


# --- S012: place names ---------------------------------------------------------------------


def test_s012_finds_the_misspelled_place_in_a_real_document() -> None:
    report = check(CORPUS / "real" / "qngai_542_TB-UBND_2024.pdf", select=["S012"], today=TODAY)
    assert [(f.text, f.suggestion, f.severity) for f in report.findings] == [("Plieku", "Pleiku", "warning")]


def test_s012_is_silent_on_ocr_text() -> None:
    text = "Địa điểm: Khách sạn Mường Thanh, thành phố Plieku, tỉnh Quảng Ngải."
    assert {f.code for f in check_source(_ocr_source(text, None), select=["S012"], today=TODAY).findings} == {"S012"}
    assert not check_source(_ocr_source(text, 99.0), select=["S012"], today=TODAY).findings


def test_s001_repeat_after_a_term_of_the_document_is_only_a_note() -> None:
    sentence = "Sau đó chủ trì thuê thuê tổ chức thẩm tra."
    alone = check(sentence, select=["S001"], today=TODAY).findings
    assert [f.severity for f in alone] == ["warning"]
    defined = "Chủ trì thuê có trách nhiệm lập hồ sơ.\nb) Chủ trì thuê tự thực hiện giám sát. " + sentence
    assert [f.severity for f in check(defined, select=["S001"], today=TODAY).findings] == ["info"]
    slip = "Báo cáo kết quả thực hiện của của Sở. " + "Thực hiện kế hoạch của Sở. " * 3
    assert [f.severity for f in check(slip, select=["S001"], today=TODAY).findings] == ["warning"]


def test_openings_count_each_sentence_or_item_opening_once() -> None:
    text = "1. Chủ trì thuê lập hồ sơ.\nb) Chủ trì thuê giám sát; Chủ trì thuê nghiệm thu. chủ trì thuê"
    assert openings(text)["Chủ", "trì", "thuê"] == 3
