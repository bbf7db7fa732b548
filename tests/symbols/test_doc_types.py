"""Knowledge of document types that the rules read: official abbreviations, an abbreviation glued to the issuer code,
and which types announce rather than report."""

from __future__ import annotations

import pytest

from vnadmin_parse.model import NumberLine
from vnadmin_parse.symbols.doc_types import glued_abbreviation, looks_ahead, type_abbreviations


def _line(symbol: str, year: str | None, abbr: str | None, issuer: str | None, unit: str | None = None) -> NumberLine:
    return NumberLine("Số: 72" + symbol, "72", symbol, year, abbr, issuer, unit)


def test_type_abbreviations_of_state_documents() -> None:
    assert "NĐ" in type_abbreviations()["nghị định"]
    assert "BC" in type_abbreviations()["báo cáo"]
    assert "công văn" not in type_abbreviations()


def test_glued_abbreviation_in_a_symbol_with_a_year() -> None:
    assert glued_abbreviation(_line("/2015/NĐCP", "2015", None, "NĐCP")) == "NĐ"
    assert glued_abbreviation(_line("/2015/NĐ-CP", "2015", "NĐ", "CP")) is None
    assert glued_abbreviation(_line("/BTTTT", None, None, "BTTTT")) is None  # a công văn's code, no year


@pytest.mark.parametrize("kind", ["Kế hoạch", "Tờ trình", "Quyết định", "Thông báo", "Công văn", "Giấy mời"])
def test_announcing_documents_look_ahead(kind: str) -> None:
    assert looks_ahead(kind)


@pytest.mark.parametrize("kind", ["Báo cáo", "Biên bản", None])
def test_reports_minutes_and_unknown_types_do_not(kind: str | None) -> None:
    assert not looks_ahead(kind)
