from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from vnadmin_parse.extract.layout import Glyph, build_lines, reading_order, segment_text


def _word(text: str, x: float, y: float, size: float = 12.0) -> list[Glyph]:
    step = size * 0.5
    return [Glyph(ch, x + i * step, y, x + (i + 1) * step, y + size, "F", size) for i, ch in enumerate(text)]


def _page_text(glyphs: list[Glyph]) -> list[str]:
    return [segment_text(segs)[0] for segs in reading_order(build_lines(glyphs))]


def test_two_column_header_is_read_column_by_column() -> None:
    glyphs = (
        _word("UBND TINH", 60, 50)
        + _word("CONG HOA XA HOI", 300, 50)
        + _word("So: 12/UBND", 60, 66)
        + _word("Doc lap - Tu do", 300, 66)
        + _word("Ha Noi, ngay 1", 300, 82)
        + _word("Van ban nay duoc trinh bay tren toan chieu rong cua trang giay", 60, 130)
    )
    assert _page_text(glyphs) == [
        "UBND TINH",
        "So: 12/UBND",
        "CONG HOA XA HOI",
        "Doc lap - Tu do",
        "Ha Noi, ngay 1",
        "Van ban nay duoc trinh bay tren toan chieu rong cua trang giay",
    ]


def test_words_are_spaced_by_gap_or_space_glyph() -> None:
    glyphs = _word("ab", 0, 0) + _word("cd", 20, 0) + [Glyph(" ", 40, 0, 43, 12, "F", 12)] + _word("ef", 43, 0)
    assert _page_text(glyphs) == ["ab cd ef"]


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.tuples(st.text("abcđêơ", min_size=1, max_size=6), st.integers(0, 500), st.integers(0, 700)), max_size=40
    )
)
def test_every_character_has_its_glyph(words: list[tuple[str, int, int]]) -> None:
    glyphs = [g for text, x, y in words for g in _word(text, x, y)]
    for segs in reading_order(build_lines(glyphs)):
        text, owners = segment_text(segs)
        assert len(text) == len(owners)
        assert all((o is None) == (ch == " ") for ch, o in zip(text, owners, strict=True))
    assert sum(len(segment_text(s)[0].replace(" ", "")) for s in reading_order(build_lines(glyphs))) == len(glyphs)


@given(st.lists(st.floats(-1e6, 1e6), min_size=1, max_size=9))
def test_median_is_statistics_median(values: list[float]) -> None:
    import statistics

    from vnadmin_parse.extract.layout import _median

    assert _median(list(values)) == statistics.median(values)


def test_a_run_of_words_keeps_its_spaces_and_owns_its_letters() -> None:
    run = Glyph("ab cd", 0, 0, 30, 12, "F", 12)
    glyphs = [run, Glyph(" ", 30, 0, 30.01, 12, "F", 12), *_word("ef", 40, 0)]
    ((segment,),) = [segs for segs in reading_order(build_lines(glyphs))]
    text, owners = segment_text([segment])
    assert text == "ab cd ef"
    assert owners[:5] == [run, run, None, run, run] and owners[5] is None
    assert segment_text([segment], lambda g: g.font)[1] == ["F", "F", None, "F", "F", None, "F", "F"]


def test_a_change_of_size_separates_words() -> None:
    # "Lưu: VT, KGVX" at 11 pt with the drafter's code "VHTin507" at 7 pt right after it
    small = [Glyph(ch, 22.3 + 4 * i, 4, 26.3 + 4 * i, 11, "F", 7) for i, ch in enumerate("VHT")]
    line = _word("KGVX", 0, 0, size=11) + small
    assert segment_text(build_lines(line)[0].segments)[0] == "KGVX VHT"
    same = _word("KGVX", 0, 0, size=11) + _word("VHT", 22, 0, size=11)
    assert segment_text(build_lines(same)[0].segments)[0] == "KGVXVHT"


def test_a_word_split_across_fonts_stays_on_its_line() -> None:
    # 2006-16EZE: "(đã ký" in .VnTime and its ")" in Arial, beside a smaller "Nơi nhận" line
    # whose band the ")" falls into while "(đã ký" only touches it.
    left = [Glyph("- Các Bộ (để phối", 85, 603.0, 247, 612.95, "F", 11)]
    bracket = Glyph(")", 410.04, 603.5, 414.7, 619.15, "Arial", 14)
    words = Glyph("(đã ký", 374.6, 606.7, 410.0, 619.3, "VnTime", 14)
    assert _page_text([*left, bracket, words]) == ["- Các Bộ (để phối", "(đã ký)"]


def test_a_hairline_space_parts_no_words() -> None:
    # qngai-542: a 0.5 pt space glyph between the letters of "TỈNH"
    glyphs = [
        *_word("TỈN", 0, 0, size=13),
        Glyph(" ", 19.6, 12.7, 19.7, 13.2, "F", 0.48),
        *_word("H", 19.5, 0, size=13),
    ]
    assert _page_text(glyphs) == ["TỈNH"]
