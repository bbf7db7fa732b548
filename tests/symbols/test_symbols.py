"""The symbol validators: parse, validate, is_valid, format, and their doctests."""

from __future__ import annotations

import doctest

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnadmin_parse.symbols import administrative, base, doc_types, issuers, legal, parse_any, party
from vnadmin_parse.symbols.errors import InvalidComponent, InvalidFormat, InvalidYear, NeedsRepair


@pytest.mark.parametrize("module", [administrative, base, doc_types, issuers, legal, party])
def test_doctests(module: object) -> None:
    result = doctest.testmod(module)  # type: ignore[arg-type]
    assert result.failed == 0


@pytest.mark.parametrize(
    ("written", "canonical", "repairs"),
    [
        ("72/2015/NĐCP", "72/2015/NĐ-CP", ("missing-hyphen",)),
        ("72/2015/nđ-cp", "72/2015/NĐ-CP", ("lowercase",)),
        ("40/2000/TT/BTC", "40/2000/TT-BTC", ("wrong-separator",)),
        ("133/2025/NĐ\ufffeCP", "133/2025/NĐ-CP", ()),
        ("40/2000 /TT-BTC", "40/2000/TT-BTC", ()),
        ("176/1998/TTLT-BTC-BCN-TCHQ", "176/1998/TTLT-BTC-BCN-TCHQ", ()),
        ("83/2015/QH13", "83/2015/QH13", ()),
        ("44/2002/PL-UBTVQH10", "44/2002/PL-UBTVQH10", ()),
        ("115/2004/QĐ-TTg", "115/2004/QĐ-TTg", ()),
        ("115/2004/QĐ-TTG", "115/2004/QĐ-TTg", ("lowercase",)),
        ("20/2023QH15", "20/2023/QH15", ("missing-slash",)),
    ],
)
def test_legal(written: str, canonical: str, repairs: tuple[str, ...]) -> None:
    s = legal.parse(written)
    assert s.canonical == canonical
    assert s.repairs == repairs
    assert legal.is_valid(written) == (not repairs)


@pytest.mark.parametrize(
    ("written", "canonical", "abbreviation", "issuer", "unit"),
    [
        ("29/KH-UBND", "29/KH-UBND", "KH", "UBND", None),
        ("542    /TB-UBND", "542/TB-UBND", "TB", "UBND", None),
        ("186/KH- UBND", "186/KH-UBND", "KH", "UBND", None),
        ("2769/UBND-NCKSTTHC", "2769/UBND-NCKSTTHC", None, "UBND", "NCKSTTHC"),
        ("3367/TTr-SNV", "3367/TTr-SNV", "TTr", "SNV", None),
        ("298/TTr-CAT-PC04", "298/TTr-CAT-PC04", "TTr", "CAT", "PC04"),
        ("157/QĐ-NĐ-UB", "157/QĐ-NĐ-UB", "QĐ", "NĐ", "UB"),
        ("29/KHUBND", "29/KH-UBND", "KH", "UBND", None),
    ],
)
def test_administrative(written: str, canonical: str, abbreviation: str | None, issuer: str, unit: str | None) -> None:
    s = administrative.parse(written)
    assert (s.canonical, s.abbreviation, s.issuer, s.unit) == (canonical, abbreviation, issuer, unit)


@pytest.mark.parametrize(
    ("written", "canonical", "repairs"),
    [
        ("45-NQ/TW", "45-NQ/TW", ()),
        ("04-CT/W", "04-CT/TW", ("truncated-issuer",)),
        ("45/NQ-TW", "45-NQ/TW", ("party-slash",)),
        ("15-KL/TU", "15-KL/TU", ()),
        ("45-NQ-TW", "45-NQ/TW", ("wrong-separator",)),
        ("45-NQTW", "45-NQ/TW", ("missing-hyphen",)),
        ("45-nq/tw", "45-NQ/TW", ("lowercase",)),
    ],
)
def test_party(written: str, canonical: str, repairs: tuple[str, ...]) -> None:
    s = parse_any(written)
    assert s.kind == "party"
    assert s.canonical == canonical
    assert s.repairs == repairs


def test_specific_errors() -> None:
    with pytest.raises(InvalidYear):
        legal.validate("45/25010/NĐ-CP")
    with pytest.raises(NeedsRepair) as caught:
        legal.validate("72/2015/NĐCP")
    assert caught.value.repairs == ("missing-hyphen",)
    with pytest.raises(InvalidFormat):
        parse_any("ngày 30/01/2023")
    with pytest.raises(InvalidComponent):
        party.parse("212-TC/CĐKT")


_ABBR = st.sampled_from(sorted(doc_types.abbreviations("state-admin")))
_ISSUER = st.sampled_from(sorted(c for c in issuers.issuers() if c.isupper() and c not in issuers.party_codes()))
_NUMBER = st.integers(min_value=1, max_value=99999).map(str)


@given(_NUMBER, _ABBR, _ISSUER)
def test_administrative_round_trip(number: str, abbreviation: str, issuer: str) -> None:
    written = f"{number}/{abbreviation}-{issuer}"
    s = parse_any(written)
    assert s.canonical == written
    assert s.valid
    assert parse_any(s.canonical) == s


@given(_NUMBER, st.integers(min_value=1945, max_value=2100), st.sampled_from(["NĐ", "TT", "QĐ", "NQ"]), _ISSUER)
def test_legal_format_is_idempotent_and_survives_spacing(
    number: str, year: int, abbreviation: str, issuer: str
) -> None:
    canonical = f"{number}/{year}/{abbreviation}-{issuer}"
    assert legal.format(canonical) == canonical
    assert legal.format(f"{number} / {year} /{abbreviation}- {issuer}") == canonical
    assert legal.format(f"{number}/{year}/{abbreviation}{issuer}") == canonical


def test_a_glued_group_after_the_year_is_type_and_issuer_even_when_it_spells_an_issuer_code() -> None:
    # "TTCP" is also Thanh tra Chính phủ's code, but a legal symbol always carries a type.
    assert legal.format("1/2020/TTCP") == "1/2020/TT-CP"
    # Without a year, the same group is the issuer itself.
    assert parse_any("202/TCCP-VC").issuers == ("TCCP",)
