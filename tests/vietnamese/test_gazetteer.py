from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnadmin_parse.data import data_path
from vnadmin_parse.vietnamese.gazetteer import load, one_edit


def test_data_file_names_its_source_and_licence() -> None:
    with data_path("gazetteer_places.tsv").open(encoding="utf-8") as fh:
        header = "".join(next(fh) for _ in range(3))
    assert "build_gazetteer.py" in header
    assert "MIT" in header and "public domain" in header
    assert data_path("gazetteer_places.tsv").stat().st_size < 1_000_000


def test_every_level_is_covered() -> None:
    g = load()
    levels = [lv for _, found in g.names.values() for lv in found]
    assert levels.count("province") >= 63 and levels.count("district") >= 600 and levels.count("commune") >= 7000
    assert "province" in g.level("Thanh Hoá") and "province" in g.level("thanh hóa")
    assert "district" in g.level("Pleiku") and "district" in g.level("Krông Pắc")
    assert g.has_token("Pleiku") and not g.has_token("Plieku")


@pytest.mark.parametrize(
    ("written", "levels", "expected"),
    [
        ("Plieku", {"district"}, ("Pleiku",)),
        ("Quảng Ngải", {"province"}, ("Quảng Ngãi",)),
        ("Gia Lia", {"province"}, ("Gia Lai",)),
        ("Lâm Đông", {"province"}, ("Lâm Đồng",)),
    ],
)
def test_names_one_edit_away(written: str, levels: set[str], expected: tuple[str, ...]) -> None:
    assert load().near(written, levels) == expected


@given(st.text(alphabet="abcdđeêg", min_size=1, max_size=6), st.text(alphabet="abcdđeêg", min_size=1, max_size=6))
def test_one_edit_agrees_with_the_definition(a: str, b: str) -> None:
    def variants(s: str) -> set[str]:
        letters = set(a + b)
        out = {s[:i] + s[i + 1 :] for i in range(len(s))}
        out |= {s[:i] + c + s[i:] for i in range(len(s) + 1) for c in letters}
        out |= {s[:i] + c + s[i + 1 :] for i in range(len(s)) for c in letters}
        out |= {s[:i] + s[i + 1] + s[i] + s[i + 2 :] for i in range(len(s) - 1)}
        return out - {s}

    assert one_edit(a, b) == (b in variants(a))
