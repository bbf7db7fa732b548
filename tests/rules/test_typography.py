"""Typography rules on scanned text: spacing is the OCR engine's, lost marks are only notes."""

from __future__ import annotations

from tests.conftest import TODAY
from vnadmin_parse.model import Page, Source
from vnadmin_parse.pipeline import check_source


def _scan(text: str, confidence: float) -> Source:
    page = Page(1, text, confidences=tuple(confidence for _ in text), method="ocr")
    return Source(path="scan.pdf", kind="pdf", pages=(page,))


def test_spacing_on_scans_is_not_reported() -> None:
    text = "các đơn vị , cá nhân  phối hợp"
    assert not check_source(_scan(text, 96.0), select=["T003", "T005"], today=TODAY).findings


def test_lost_bracket_on_a_scan_is_a_note_only_when_the_ocr_was_sure() -> None:
    text = "Nghị quyết số 24/2013/NQ-HĐND) của Hội đồng nhân dân tỉnh."
    sure = check_source(_scan(text, 96.0), select=["T002"], today=TODAY).findings
    assert [f.severity for f in sure] == ["info"]
    assert not check_source(_scan(text, 70.0), select=["T002"], today=TODAY).findings
