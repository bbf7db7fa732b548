from __future__ import annotations

import pytest

from vnadmin_parse.data import data_path
from vnadmin_parse.vietnamese.lexicon import load

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
