"""Small string tests shared by the structure recognizer and the format rules."""

from __future__ import annotations

from vnadmin_parse.vietnamese.strings import is_upper_text, one_edit


def test_upper_text_needs_enough_letters_all_capitals() -> None:
    assert is_upper_text("ỦY BAN NHÂN DÂN")
    assert is_upper_text("1. SỰ CẦN THIẾT", 4)
    assert not is_upper_text("Ủy ban nhân dân")
    assert not is_upper_text("A.", 2)
    assert not is_upper_text("12/2024")


def test_one_edit_allows_one_insertion_deletion_or_replacement() -> None:
    assert one_edit("PHO CHU TIC", "PHO CHU TICH")
    assert one_edit("GIAM DOC", "GIAM DOC")
    assert one_edit("GIAM DOC", "GIAN DOC")
    assert not one_edit("GIAM DOC", "GIAN DOT")
    assert not one_edit("PHO CHU", "PHO CHU TICH")
