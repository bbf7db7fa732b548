from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnadmin_parse.data import load_table
from vnadmin_parse.vietnamese.lexicon import load, phrase_key
from vnadmin_parse.vietnamese.syllable import is_valid, parse, split_tone, strip_marks
from vnadmin_parse.vietnamese.tone import convert, placement, put_tone

#: Loanwords written as one word ("kilôgam", data/loanwords.json) are known words, not syllables.
LOANWORDS = {phrase_key(str(e["word"])) for e in load_table("loanwords.json")["entries"]}
SYLLABLES = sorted(load().syllables - LOANWORDS)


@pytest.mark.parametrize(
    "word",
    ["nghiêng", "Nghiêng", "ĐẾN", "hóa", "hoá", "thuỷ", "thủy", "khuya", "khuỷu", "gì", "gìn", "giữa", "quốc",
     "quyết", "thuở", "oong", "xoong", "ngoèo", "chuyện", "Việt", "nước", "người", "hoạch", "uỷ", "Ủy", "giếng",
     "giềng", "Giêng", "giếc"],
)  # fmt: skip
def test_valid(word: str) -> None:
    assert is_valid(word)


@pytest.mark.parametrize(
    "word",
    [
        "hoàt",
        "mẻp",
        "Plieku",
        "Nhf",
        "ka",
        "ghô",
        "ngi",
        "cê",
        "quu",
        "tràp",
        "ddeen",
        "website",
        "UBND",
        "a1",
        "khôngg",
    ],
)
def test_invalid(word: str) -> None:
    assert not is_valid(word)


def test_stop_coda_takes_only_sac_or_nang() -> None:
    assert [is_valid(w) for w in ("hát", "hạt", "hat", "hàt", "hảt", "hãt")] == [True, True, False, False, False, False]
    assert [is_valid(w) for w in ("ách", "ạch", "ãch")] == [True, True, False]


def test_parts() -> None:
    s = parse("Nghiệp")
    assert s is not None
    assert (s.onset, s.rhyme, s.tone) == ("ngh", "iêp", 5)


def test_tone_placement_styles() -> None:
    assert convert("hóa", "new") == "hoá"
    assert convert("Thuỷ", "old") == "Thủy"
    assert convert("hoàng", "new") == "hoàng"
    assert placement("hoà") == "new"
    assert placement("hòa") == "old"
    assert placement("toán") is None


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(SYLLABLES))
def test_lexicon_syllables_are_valid(word: str) -> None:
    assert is_valid(word)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(SYLLABLES), st.sampled_from(["old", "new"]))
def test_tone_roundtrip(word: str, style: str) -> None:
    base, tone, _ = split_tone(word)
    rebuilt = put_tone(base, tone, "old" if style == "old" else "new")
    assert is_valid(rebuilt)
    assert convert(rebuilt, "new") == convert(word, "new")
    assert strip_marks(rebuilt) == strip_marks(word)
