"""The engine applies each rule's OCR policy (or a hit's own) to its findings on text read by OCR."""

from __future__ import annotations

import pytest

from vnadmin_parse.rules.registry import AS_TYPED, EVERY_OCR, Hit, OcrPolicy, get_rule

HIT = Hit(0, 4, severity="warning")


@pytest.mark.parametrize(
    ("policy", "confidence", "scanned", "expected"),
    [
        (AS_TYPED, 10.0, True, "warning"),
        (OcrPolicy(note_below=70.0), 69.9, False, "info"),
        (OcrPolicy(note_below=70.0), 70.0, False, "warning"),
        (OcrPolicy(note_below=70.0), None, True, "warning"),  # typed text in a scanned document
        (OcrPolicy(note_below=90.0, unread_as_doubtful=True), None, True, "info"),
        (OcrPolicy(note_below=90.0, unread_as_doubtful=True), None, False, "warning"),
        (OcrPolicy(note_below=EVERY_OCR, drop_below=90.0), 95.0, False, "info"),
        (OcrPolicy(note_below=EVERY_OCR, drop_below=90.0), 89.0, False, None),
        (OcrPolicy(drop_below=EVERY_OCR), 100.0, False, None),
        (OcrPolicy(drop_below=EVERY_OCR), None, True, "warning"),
    ],
)
def test_policy(policy: OcrPolicy, confidence: float | None, scanned: bool, expected: str | None) -> None:
    hit = policy.apply(HIT, confidence, scanned)
    assert (hit.severity if hit else None) == expected


def test_rules_declare_their_policy() -> None:
    assert get_rule("D001").ocr == OcrPolicy(note_below=70.0)
    assert get_rule("T005").ocr.drop_below == EVERY_OCR  # spacing on a scan is the OCR engine's
    assert get_rule("F002").ocr.unread_as_doubtful
    assert get_rule("E001").ocr == AS_TYPED
