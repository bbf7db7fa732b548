"""The seed report's reference findings (items 1, 4, 5, 6, 13 of the seed README), on its
text, PDF and DOCX renderings, and none on its correct citations."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

from tests.conftest import CORPUS, TODAY
from vnadmin_parse.model import Finding
from vnadmin_parse.pipeline import check

RENDERINGS = sorted((CORPUS / "seed").glob("bao-cao-ttdn-6-thang-2023.*"))


@pytest.fixture(scope="module", params=RENDERINGS, ids=lambda p: p.suffix)
def findings(request: pytest.FixtureRequest) -> tuple[str, list[Finding]]:
    path: Path = request.param
    report = check(str(path), select=["R"], today=TODAY)
    return report.text, list(report.findings)


def _with(findings: list[Finding], code: str, needle: str) -> list[Finding]:
    return [f for f in findings if f.code == code and needle in " ".join(f.text.split())]


def test_item_1_plan_of_2023_described_as_2022(findings: tuple[str, list[Finding]]) -> None:
    _, found = findings
    conflict = [f for f in found if f.code == "R003"]
    assert len(conflict) == 1
    assert "29/KH-UBND" in conflict[0].message and "năm 2022" in conflict[0].message
    assert conflict[0].suggestion == "2023"
    wrong_year = [f for f in found if f.code == "R005"]
    assert len(wrong_year) == 2 and all(f.text == "2022" and f.suggestion == "2023" for f in wrong_year)
    assert all(f.severity == "warning" for f in conflict + wrong_year)


def test_items_4_and_5_malformed_symbols(findings: tuple[str, list[Finding]]) -> None:
    _, found = findings
    (party,) = _with(found, "R001", "04-CT/W")
    assert party.suggestion == "04-CT/TW"
    (decree,) = _with(found, "R001", "72/2015/NĐCP")
    assert decree.suggestion == "72/2015/NĐ-CP"


def test_item_6_issuer_misnamed(findings: tuple[str, list[Finding]]) -> None:
    """The right body (the code BTTTT) with its name written wrong: one finding, the name rule's (S009), which
    says what is wrong with the name; R006 (wrong body, authority or time) does not repeat it."""
    _, found = findings  # the R rules only: S009 on item 6 is asserted in tests/rules/test_spelling.py
    assert not [f for f in found if f.code == "R006"]


def test_item_13_first_citations_without_date(findings: tuple[str, list[Finding]]) -> None:
    _, found = findings
    flagged = {" ".join(f.text.split()) for f in found if f.code == "R008"}
    assert flagged == {
        "Kế hoạch số 205/KH-SVHTT",
        "Công văn số 10/SVHTT-QLVH",
        "Thông báo số 01/TB-SVHTT",
        "Chỉ thị số 04-CT/W",
    }


@pytest.mark.parametrize(
    "citation",
    [
        "Nghị quyết 45-NQ/TW ngày 24/01/2019 của Bộ Chính trị",
        "Thông tư số 22/2016/TT-BTTTT ngày 19/10/2016",
        "Quyết định số 42/2018/QĐ-UBND ngày 28/12/2018",
        "Quyết định số 855/QĐ-UBND ngày 25/3/2020",
        "Chỉ thị số 15/CT-UBND ngày 20/12/2022",
        "Kế hoạch số 289/KH-UBND ngày 20/12/2022",
    ],
)
def test_correct_citations_not_flagged(findings: tuple[str, list[Finding]], citation: str) -> None:
    text, found = findings
    spans = [m.span() for m in regex.finditer(r"\s+".join(regex.escape(w) for w in citation.split()), text)]
    assert spans
    for f in found:
        overlaps = any(f.start < e and s < f.end for s, e in spans)
        assert not overlaps or f.severity == "info", f
