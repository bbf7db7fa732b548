from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from vnadmin_parse.normalize import normalize
from vnadmin_parse.normalize.offsets import OffsetMap
from vnadmin_parse.normalize.steps import characters, compose, join_lines


def test_compose_maps_decomposed_letters_to_their_base() -> None:
    raw = "ta\u0301c pha\u0301t"
    text, m = compose(raw)
    assert text == "tác phát"
    assert [raw[m[i]] for i in range(len(text))] == list("tac phat")
    assert m[len(text)] == len(raw)


def test_characters_folds_spaces_hyphens_and_drops_invisibles() -> None:
    text, m = characters("a\u00a0b\u2011c\u200bd\r\ne")
    assert text == "a b-cd\ne"
    assert m[4] == 4 and m[5] == 6  # 'c' then 'd' after the dropped zero-width space


def test_characters_drops_control_characters_and_folds_other_line_breaks() -> None:
    # Word's optional hyphen (U+001F) before a list item, its non-breaking hyphen (U+001E),
    # a manual line break (vertical tab); a form feed stays: it separates pages.
    text, m = characters("chính;\n\x1fc) Một\x1ehai\x0bba\x0cbốn\x07")
    assert text == "chính;\nc) Một-hai\nba\x0cbốn"
    assert m[7] == 8  # 'c' after the dropped optional hyphen


def test_en_dash_and_curly_quotes_are_kept() -> None:
    text, _ = characters("Xuân Quý Mão – 2023 “trích”")
    assert text == "Xuân Quý Mão – 2023 “trích”"


def test_join_lines_rebuilds_paragraphs_of_double_spaced_pdf_text() -> None:
    long = "Thực hiện Kế hoạch số 29/KH-UBND ngày 30/01/2023 của Ủy ban nhân "
    raw = f"{long}\n\ndân thành phố Hải Phòng về công tác thông tin đối ngoại thành phố\n\nnăm 2022;\n\n1. Công tác chỉ đạo triển khai:\n\nĐể triển khai thực hiện có hiệu quả những nhiệm vụ được giao tại Kế\n\nhoạch"
    text, _ = join_lines(raw)
    assert "Ủy ban nhân dân thành phố" in text
    assert "thành phố năm 2022;" in text
    assert "năm 2022;\n" in text  # a sentence end keeps its break
    assert "\n1. Công tác chỉ đạo triển khai:\n" in text
    assert "tại Kế hoạch" in text


def test_join_lines_keeps_headers_and_short_lines() -> None:
    raw = "UBND TỈNH QUẢNG NGÃI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 542/TB-UBND\nQuảng Ngãi, ngày 06 tháng 11 năm 2024"
    text, _ = join_lines(raw)
    assert text == raw


def test_join_lines_keeps_numbered_heading_apart_from_next_sentence() -> None:
    filler = "x" * 70
    raw = f"{filler} {filler}.\n2. Kết quả triển khai các hoạt động thông tin đối ngoại của thành phố\nThực hiện chỉ đạo của Thành uỷ"
    text, _ = join_lines(raw)
    assert "thành phố\nThực hiện" in text


def test_seed_normalizes_to_nfc_and_every_offset_maps_back(seed_text: str) -> None:
    norm = normalize(seed_text)
    assert unicodedata.is_normalized("NFC", norm.text)
    for i, ch in enumerate(norm.text):
        src = norm.raw[norm.to_raw[i]]
        if ch not in " \n":
            assert unicodedata.normalize("NFD", src)[0] == unicodedata.normalize("NFD", ch)[0]


def test_offset_maps_compose() -> None:
    a = OffsetMap([0, 0, 2, 3])  # 3 chars derived from a 3-char source
    b = OffsetMap([1, 2, 3])  # 2 chars derived from a's 3 chars
    c = a.then(b)
    assert [c[i] for i in range(3)] == [0, 2, 3]


_VI = st.text(
    alphabet=st.sampled_from(list("aăâeêioôơuưyđAĐ \n\t\u00a0\u0301\u0300\u0303\u0309\u0323–-“”.,;:0123456789")),
    max_size=300,
)


@given(_VI)
def test_normalize_offsets_are_monotone_and_in_range(raw: str) -> None:
    norm = normalize(raw)
    prev = 0
    for i in range(len(norm.text) + 1):
        src = norm.to_raw[i]
        assert 0 <= src <= len(raw)
        assert src >= prev
        prev = src
    assert norm.to_raw[len(norm.text)] == len(raw)


@given(_VI)
def test_normalize_is_idempotent_and_nfc(raw: str) -> None:
    once = normalize(raw).text
    assert unicodedata.is_normalized("NFC", once)
    assert normalize(once).text == once


@given(_VI)
def test_normalize_keeps_every_letter(raw: str) -> None:
    letters = [c for c in unicodedata.normalize("NFC", raw) if c.isalnum()]
    assert [c for c in normalize(raw).text if c.isalnum()] == letters


def test_compose_handles_singletons_outside_mark_clusters() -> None:
    text, m = compose("\u212b và ta\u0301c")  # ANGSTROM SIGN is NFC-normalized to Å
    assert text == "Å và tác"
    assert m[len(text)] == len("\u212b và ta\u0301c")


@given(st.lists(st.text(alphabet="ab \n\r\t\u00a0\x0b\x1f", max_size=20), min_size=1, max_size=4))
def test_normalize_keeps_the_page_breaks(pages: list[str]) -> None:
    assert normalize("\f".join(pages)).text.count("\f") == len(pages) - 1
