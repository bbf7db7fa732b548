"""The first acceptance test: what a reviewer expects found in the user's example report
(corpus/seed/README.md), on its text and on its PDF and DOCX renderings."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

from tests.conftest import CORPUS, TODAY
from vnadmin_parse import Finding, Report, check

RENDERINGS = [CORPUS / "seed" / f"bao-cao-ttdn-6-thang-2023.{ext}" for ext in ("txt", "pdf", "docx")]


@pytest.fixture(scope="module", params=RENDERINGS, ids=lambda p: p.suffix[1:])
def report(request: pytest.FixtureRequest) -> Report:
    path: Path = request.param
    return check(path, today=TODAY)


def _find(report: Report, codes: set[str], evidence: str = "", suggestion: str = "", message: str = "") -> Finding:
    squash = lambda s: " ".join(s.split())  # noqa: E731  (renderings may break lines differently)
    for f in report.findings:
        if (
            f.code in codes
            and squash(evidence) in squash(f.text)
            and squash(suggestion) in squash(f.suggestion or "")
            and squash(message) in squash(f.message)
        ):
            return f
    shown = "\n".join(f"{f.code} {f.text!r} → {f.suggestion!r}: {f.message}" for f in report.findings)
    raise AssertionError(f"no {codes} finding with {evidence!r}/{suggestion!r}/{message!r} in:\n{shown}")


def _loud(f: Finding) -> None:
    assert f.severity in ("warning", "error"), f"{f.code} should not be a mere note: {f.message}"


def test_1_plan_cited_with_two_subject_years(report: Report) -> None:
    f = _find(report, {"R003", "R005"}, message="29/KH-UBND")
    _loud(f)
    assert "2022" in f.message


def test_2_year_disagrees_with_period(report: Report) -> None:
    _find(report, {"D007"}, evidence="2022")


def test_3_garbled_repetition(report: Report) -> None:
    _loud(_find(report, {"S002"}, suggestion="nhiệm vụ trọng tâm"))


def test_4_party_symbol(report: Report) -> None:
    _loud(_find(report, {"R001"}, evidence="04-CT/W", suggestion="04-CT/TW"))


def test_5_missing_hyphen(report: Report) -> None:
    _loud(_find(report, {"R001"}, evidence="72/2015/NĐCP", suggestion="72/2015/NĐ-CP"))


def test_6_misnamed_ministry(report: Report) -> None:
    _loud(_find(report, {"R006", "S009"}, suggestion="Bộ Thông tin và Truyền thông"))


def test_7_range_ends_before_it_starts(report: Report) -> None:
    f = _find(report, {"D002"}, message="31/12/2022")
    _loud(f)


def test_8_telex_residue(report: Report) -> None:
    _loud(_find(report, {"S003"}, evidence="Nhf", suggestion="Nhà"))


def test_9_scrambled_order(report: Report) -> None:
    _loud(_find(report, {"S006"}, suggestion="tiếp tục triển khai"))


def test_10_lonely_closing_quote(report: Report) -> None:
    _loud(_find(report, {"T001"}, evidence="tới”"))


def test_11_missing_word(report: Report) -> None:
    _loud(_find(report, {"S007"}, suggestion="ban hành"))


def test_12_wrong_tone_and_three_spellings(report: Report) -> None:
    _loud(_find(report, {"S005"}, evidence="Thẻ", suggestion="Thể"))
    _find(report, {"S009"}, evidence="Thẻ thao")


@pytest.mark.parametrize("symbol", ["205/KH-SVHTT", "10/SVHTT-QLVH", "01/TB-SVHTT", "04-CT/TW"])
def test_13_first_citation_without_date(report: Report, symbol: str) -> None:
    _find(report, {"R008"}, message=symbol)


@pytest.mark.parametrize("code", ["F001", "F002", "F005"])
def test_14_missing_header_elements(report: Report, code: str) -> None:
    _loud(_find(report, {code}))


@pytest.mark.parametrize("style", ["hoá", "Uỷ"])
def test_15_mixed_tone_placement(report: Report, style: str) -> None:
    _find(report, {"S008"}, evidence=style)


MUST_NOT_FLAG = [
    "kỷ niệm 93 năm Ngày thành lập Đảng Cộng sản Việt Nam",
    "68 năm Ngày giải phóng Hải Phòng",
    "Xuân Quý Mão – 2023",
    "13/5/2023 (Thứ Bảy)",
    "Nghị quyết 45-NQ/TW ngày 24/01/2019 của Bộ Chính trị",
    "Thông tư số 22/2016/TT-BTTTT ngày 19/10/2016",
    "Quyết định số 42/2018/QĐ-UBND ngày 28/12/2018",
    "Quyết định số 855/QĐ-UBND ngày 25/3/2020",
    "(30/4/1975-30/4/2023)",
    "(07/5/1954 -07/5/2023)",
    "(19/5/1890 -19/5/2023)",
]


@pytest.mark.parametrize("phrase", MUST_NOT_FLAG)
def test_must_not_flag(report: Report, phrase: str) -> None:
    pattern = r"\s+".join(regex.escape(w) for w in phrase.split())
    spans = [m.span() for m in regex.finditer(pattern, report.text)]
    assert spans, f"{phrase!r} not found in the extracted text"
    for start, end in spans:
        for f in report.findings:
            if f.start < end and start < f.end:
                # a spacing note on "Thứ  Bảy" is allowed ("at most a spacing note")
                assert f.code == "T005" and f.severity == "info", f"{f.code} flags {phrase!r}: {f.message}"
