"""The shipped word list is stored in lookup form, so that loading it converts nothing."""

from __future__ import annotations

from vnadmin_parse.vietnamese.lexicon import _lines, phrase_key


def test_every_word_is_stored_in_lookup_form() -> None:
    words = list(_lines("lexicon_words.txt"))
    assert len(words) > 20_000
    assert [w for w in words if phrase_key(w) != w] == []
