from __future__ import annotations

import pytest

from tests.conftest import TODAY
from vnadmin_parse.data import data_path, load_table
from vnadmin_parse.pipeline import check
from vnadmin_parse.vietnamese.lexicon import load
from vnadmin_parse.vietnamese.syllable import is_valid

FILES = ["lexicon_words.txt", "lexicon_syllables.txt", "bigrams_legal.tsv"]


@pytest.mark.parametrize("name", FILES)
def test_data_file_names_its_source_and_licence(name: str) -> None:
    with data_path(name).open(encoding="utf-8") as fh:
        header = "".join(next(fh) for _ in range(3))
    assert "build_lexicon.py" in header
    assert "MIT" in header


def test_shipped_data_is_small() -> None:
    assert sum(data_path(n).stat().st_size for n in FILES) < 15_000_000


def test_lexicon_lookups_ignore_case_and_tone_style() -> None:
    lex = load()
    assert lex.is_word("Văn hóa") and lex.is_word("văn hoá")
    assert lex.is_word("nhà nhà") and lex.is_word("đời đời")
    assert lex.pair("Ban", "hành") > 100
    assert "thể" in lex.variants("thẻ")
    assert lex.best_follower("ban") == ("hành", lex.pair("ban", "hành"))


@pytest.mark.parametrize("entry", load_table("loanwords.json")["entries"], ids=lambda e: e["word"])
def test_loanwords_are_known_and_left_alone(entry: dict[str, object]) -> None:
    word = str(entry["word"])
    assert not is_valid(word), f"{word} is a syllable: no entry needed"
    assert load().knows(word)
    for example in entry["examples"]:  # type: ignore[attr-defined]
        assert word in example
        assert not check(example, select=["S"], today=TODAY).findings, example


def test_a_misspelled_loanword_is_still_reported() -> None:
    assert [f.code for f in check("Khối lượng 30 kilôgramm hàng hóa.", select=["S004"]).findings] == ["S004"]
