"""Signing titles (``data/nd30_signing_titles.json``): "CHỦ TỊCH", "PHÓ GIÁM ĐỐC", "TM. ỦY BAN NHÂN DÂN"…"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from vnadmin_parse.data import load_table
from vnadmin_parse.symbols.doc_types import fold_word
from vnadmin_parse.vietnamese.strings import one_edit


@dataclass(frozen=True, slots=True)
class Title:
    """A signing title (Nghị định 30/2020/NĐ-CP, Phụ lục I): whether a deputy holds it, whether it is a body."""

    title: str
    deputy: bool
    collective: bool


@cache
def titles() -> tuple[Title, ...]:
    """Signing titles from data/nd30_signing_titles.json, longest first."""
    entries = load_table("nd30_signing_titles.json")["entries"]
    found = [Title(e["title"], bool(e["deputy"]), bool(e.get("collective", False))) for e in entries]
    return tuple(sorted(found, key=lambda t: len(t.title), reverse=True))


def title_of(run: str, ocr: bool = False) -> Title | None:
    """The signing title a run of capitals starts with, if any.

    ``ocr``: also a whole run one letter away from a title once marks are dropped ("PHÓ CHỦ TỊC").
    """
    for t in titles():
        if run == t.title or run.startswith(t.title + " "):
            return t
    if ocr:
        folded = fold_word(run)
        return next((t for t in titles() if len(t.title) >= 6 and one_edit(folded, fold_word(t.title))), None)
    return None
