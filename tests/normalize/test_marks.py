"""Absurd runs of combining marks are collapsed at normalization (one U+FFFD, reported by E003)."""

from __future__ import annotations

import time
import unicodedata

from vnadmin_parse import check
from vnadmin_parse.normalize import normalize
from vnadmin_parse.normalize.steps import MAX_MARKS, collapse_marks


def test_a_letter_under_thousands_of_marks() -> None:
    raw = "Quyết định a" + "\u0301" * 5000 + " ban hành"
    norm = normalize(raw)
    assert norm.text == "Quyết định a\ufffd ban hành"
    k = norm.text.index("\ufffd")
    assert norm.to_raw[k] == raw.index("\u0301") and norm.to_raw[k + 1] == raw.index(" ban")
    findings = [f for f in check(raw).findings if f.code == "E003"]
    assert [f.text for f in findings] == ["a\ufffd"]


def test_vietnamese_letters_keep_their_marks() -> None:
    raw = unicodedata.normalize("NFD", "Nghệ An, tỉnh Quảng Ngãi") + "e" + "\u0302\u0323" * (MAX_MARKS // 2)
    assert collapse_marks(raw)[0] == raw
    assert normalize(raw).text.startswith("Nghệ An, tỉnh Quảng Ngãi")


def test_collapsing_is_linear() -> None:
    small, large = "b" + "\u0323" * 100_000, "b" + "\u0323" * 1_000_000
    start = time.perf_counter()
    normalize(small)
    one = time.perf_counter() - start
    start = time.perf_counter()
    assert normalize(large).text == "b\ufffd"
    assert time.perf_counter() - start < max(2.0, 30 * one)
