from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnadmin_parse.vietnamese.lexicon import load
from vnadmin_parse.vietnamese.syllable import is_valid, strip_marks
from vnadmin_parse.vietnamese.telex import candidates, decode, encode
from vnadmin_parse.vietnamese.tone import convert

# Syllables whose keystrokes are not a valid syllable themselves ("ba" types as "ba",
# "chông" as "choong", itself a valid loanword rhyme); loanword rhymes "oong"/"ooc" are
# ambiguous in Telex ("boongs": "boóng" or "bống") and left out.
TYPED = sorted(
    s
    for s in load().syllables
    if is_valid(s)  # not the loanwords written as one word ("kilôgam"): known words, not syllables
    and not is_valid(encode(s))
    and not is_valid(encode(s, "vni"))
    and "oo" not in strip_marks(s)
)


@pytest.mark.parametrize(
    ("token", "word"),
    [("Nhaf", "Nhà"), ("ddeens", "đến"), ("cuar", "của"), ("Vieejt", "Việt"), ("Vieetj", "Việt"),
     ("tie61ng", "tiếng"), ("VIEEJT", "VIỆT"), ("nuwowcs", "nước"), ("nguwowif", "người"), ("d9e6n1", "đến")],
)  # fmt: skip
def test_decode(token: str, word: str) -> None:
    assert decode(token) == word


def test_candidates_for_lost_vowel_and_lost_tone() -> None:
    assert "Nhà" in candidates("Nhf")
    assert "đến" in candidates("ddeen")


@pytest.mark.parametrize("token", ["online", "website", "UBND", "HĐND", "nhà", "PC04", "2023", "Internet"])
def test_not_residue(token: str) -> None:
    assert decode(token) is None


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(TYPED), st.sampled_from(["telex", "vni"]))
def test_decode_inverts_encode(word: str, scheme: str) -> None:
    typed = encode(word, scheme)
    found = [convert(c, "new") for c in candidates(typed)]
    assert convert(word, "new") in found
