"""Restoration of OCR'd header values (``structure_ocr.restore``): what must be restored, and what must not."""

from __future__ import annotations

import dataclasses
import unicodedata

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from vnadmin_parse.extract import from_text
from vnadmin_parse.model import Document, Source
from vnadmin_parse.pipeline import analyse
from vnadmin_parse.vietnamese.syllable import strip_marks

TEMPLATE = """{issuer_top}
{issuer}
Số: {number}
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
{place}, ngày 22 tháng 11 năm 2024
BÁO CÁO
{title}
Thực hiện chỉ đạo của cấp trên, đơn vị báo cáo như sau.
Nơi nhận:
- Như trên;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
{signer}
"""
#: Confidence Tesseract gives a word it is sure of, and one it is not.
SURE, UNSURE = 96.0, 60.0


def _text(
    issuer: str = "TỈNH QUẢNG NGÃI",
    title: str = "Về việc điều chỉnh dự toán năm 2024",
    place: str = "Quảng Ngãi",
    number: str = "280/BC-UBND",
    signer: str = "Trần Phước Hiền",
    issuer_top: str = "ỦY BAN NHÂN DÂN",
) -> str:
    return TEMPLATE.format(issuer_top=issuer_top, issuer=issuer, title=title, place=place, number=number, signer=signer)


def _source(text: str, unsure: tuple[str, ...] = (), method: str = "ocr") -> Source:
    """``text`` as one page read by ``method``; OCR is unsure of the words in ``unsure`` (each time they occur)."""
    source = from_text(text)
    page = source.pages[0]
    confidences = [None if c.isspace() else SURE for c in page.text]
    for word in unsure:
        for m in regex.finditer(rf"(?<!\S){regex.escape(word)}(?!\S)", page.text):
            confidences[m.start() : m.end()] = [UNSURE] * len(word)
    page = dataclasses.replace(page, method=method, confidences=tuple(confidences) if method == "ocr" else None)
    return dataclasses.replace(source, pages=(page,))


def _doc(text: str, unsure: tuple[str, ...] = (), method: str = "ocr") -> Document:
    return analyse(_source(text, unsure, method)).document


# --- restored -------------------------------------------------------------------------------------


def test_place_name_after_a_unit_word_in_the_issuer() -> None:
    text = _text(issuer_top="BỘ CÔNG AN", issuer="CÔNG AN TỈNH LÂM ĐÒNG")
    report = analyse(_source(text))
    d = report.document
    assert d.issuer == "CÔNG AN TỈNH LÂM ĐỒNG"
    assert d.fields.ocr_read == {"issuer": "CÔNG AN TỈNH LÂM ĐÒNG"}
    assert d.fields.issuing_body == "CÔNG AN TỈNH LÂM ĐÒNG"  # the field as written stays as read
    assert "LÂM ĐÒNG" in report.text  # the text is never changed


def test_unit_word_and_city_name() -> None:
    d = _doc(_text(issuer_top="BỘ CÔNG THƯƠNG", issuer="TRƯỜNG ĐẠI HỌC CÔNG THƯƠNG THÀNH PHÓ HÒ CHÍ MINH"))
    assert d.issuer == "TRƯỜNG ĐẠI HỌC CÔNG THƯƠNG THÀNH PHỐ HỒ CHÍ MINH"


def test_the_unit_word_decides_the_level() -> None:
    # "Phu Yen": Phú Yên (province) and Phù Yên (district); after "TỈNH" only the province fits.
    assert _doc(_text(issuer="TỈNH PHŨ YÊN")).issuer == "ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN"
    assert _doc(_text(issuer="HUYỆN PHŨ YÊN")).issuer == "ỦY BAN NHÂN DÂN HUYỆN PHÙ YÊN"


def test_agency_phrase() -> None:
    d = _doc(_text(issuer_top="UY BAN NHÂN DÂN"))
    assert d.issuer == "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI"
    assert d.fields.ocr_read["issuer"] == "UY BAN NHÂN DÂN TỈNH QUẢNG NGÃI"


def test_date_line_place() -> None:
    d = _doc(_text(place="Lâm Đòng"))
    assert (d.place, d.fields.ocr_read["place"]) == ("Lâm Đồng", "Lâm Đòng")


def test_title_formula() -> None:
    assert _doc(_text(title="Vệ việc điều chỉnh dự toán năm 2024")).title == "Về việc điều chỉnh dự toán năm 2024"
    assert _doc(_text(title="và việc đề nghị xây dựng Nghị quyết")).title == "Về việc đề nghị xây dựng Nghị quyết"


def test_unsure_title_word_the_context_calls_for() -> None:
    title = "Về việc thông qua Quy hoạch tông thể phát triển du lịch"
    d = _doc(_text(title=title), unsure=("tông",))
    assert d.title == "Về việc thông qua Quy hoạch tổng thể phát triển du lịch"
    assert d.fields.ocr_read == {"title": title}


# --- left as read ---------------------------------------------------------------------------------


def test_text_layers_are_never_touched() -> None:
    text = _text(issuer="CÔNG AN TỈNH LÂM ĐÒNG", title="Vệ việc Quy hoạch tông thể", place="Lâm Đòng")
    for method in ("text", "pdf-layout", "docx"):
        d = _doc(text, unsure=("tông",), method=method)
        assert (d.issuer, d.place) == ("CÔNG AN TỈNH LÂM ĐÒNG", "Lâm Đòng")
        assert d.title is not None and "tông thể" in d.title
        assert d.fields.ocr_read is None


def test_a_header_on_a_text_page_is_left_when_later_pages_are_ocr() -> None:
    ocr = _source("Phụ lục (bản chụp)\n", method="ocr")
    text = _source(_text(issuer_top="BỘ CÔNG AN", issuer="CÔNG AN TỈNH LÂM ĐÒNG"), method="pdf-layout")
    scanned = dataclasses.replace(ocr.pages[0], number=2)
    d = analyse(dataclasses.replace(text, pages=(text.pages[0], scanned))).document
    assert d.issuer == "CÔNG AN TỈNH LÂM ĐÒNG"
    assert d.fields.ocr_read is None


def test_ambiguous_letters_are_left() -> None:
    # "Phu Ninh": Phù Ninh and Phú Ninh are both districts.
    assert _doc(_text(issuer="HUYỆN PHŨ NINH")).issuer == "ỦY BAN NHÂN DÂN HUYỆN PHŨ NINH"
    # "Đông" is itself a syllable of place names: "Lâm Đông" is not read as a slip.
    assert _doc(_text(issuer="TỈNH LÂM ĐÔNG")).issuer == "ỦY BAN NHÂN DÂN TỈNH LÂM ĐÔNG"


def test_a_sure_word_is_left() -> None:
    title = "Về việc điều chỉnh dự toán của một sô đơn vị"
    assert _doc(_text(title=title)).title == title
    assert _doc(_text(title="Về việc Quy hoạch tông thể")).title == "Về việc Quy hoạch tông thể"


def test_an_unsure_word_without_overwhelming_context_is_left() -> None:
    # "giao tổng" is likelier than "giao tống", but not a hundred times: no right neighbour to tell.
    assert _doc(_text(title="Về việc bàn giao tông"), unsure=("tông",)).title == "Về việc bàn giao tông"
    # "dự toán năm" is likelier than "dự toàn năm", but not by the gain required.
    assert _doc(_text(title="Về việc dự toàn năm 2024"), unsure=("toàn",)).title == "Về việc dự toàn năm 2024"


def test_numbers_names_and_days_are_left() -> None:
    d = _doc(_text(number="28O/BC-UBND", signer="Trần Phước Hiên", title="Về việc dự toán năm 2O24"), unsure=("2O24",))
    assert d.signer == "Trần Phước Hiên"  # Hiên is a name
    assert d.title == "Về việc dự toán năm 2O24"
    assert d.fields.ocr_read is None  # nothing restored: not the number, the date, the signer or "2O24"
    title = "Về việc khen thưởng ông Trần Phước Hiên"
    assert _doc(_text(title=title), unsure=("Hiên",)).title == title


def test_an_unknown_formula_opening_is_left() -> None:
    assert _doc(_text(title="Vì việc gấp")).title == "Vì việc gấp"


# --- properties -----------------------------------------------------------------------------------

_TONES = ("\u0301", "\u0300", "\u0309", "\u0303", "\u0323")
PHRASES = ("CÔNG AN TỈNH LÂM ĐỒNG", "THÀNH PHỐ HỒ CHÍ MINH", "HUYỆN PHÚ NINH", "TỈNH QUẢNG NGÃI")
TITLES = ("Về việc Quy hoạch tổng thể phát triển", "Về việc điều chỉnh dự toán của một số đơn vị")


def _retoned(phrase: str, picks: list[int]) -> str:
    """``phrase`` with the tone of some vowels changed (pick 1–5: that tone, 0: none, above: kept), as OCR might."""
    out = []
    for ch, pick in zip(phrase, picks + [9] * len(phrase), strict=False):
        parts = unicodedata.normalize("NFD", ch)
        base = "".join(c for c in parts if c not in _TONES)
        vowel = strip_marks(ch) in "aeiouy" and ch.isalpha()
        out.append(unicodedata.normalize("NFC", base + ("", *_TONES)[pick]) if vowel and pick <= 5 else ch)
    return "".join(out)


def _letters(value: str | None) -> list[str]:
    return [strip_marks(w) for w in (value or "").split()]


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(PHRASES),
    st.sampled_from(TITLES),
    st.lists(st.integers(0, 9), min_size=60, max_size=60),
    st.booleans(),
)
def test_restoration_keeps_the_letters_and_only_touches_ocr(
    issuer: str, title: str, picks: list[int], unsure: bool
) -> None:
    text = _text(issuer=_retoned(issuer, picks[:25]), title=_retoned(title, picks[25:]))
    words = tuple(text.split("BÁO CÁO\n")[1].split("\n")[0].split()[2:]) if unsure else ()
    read = _doc(text, unsure=words, method="text")
    d = _doc(text, unsure=words)
    assert read.fields.ocr_read is None
    assert _letters(d.issuer) == _letters(read.issuer)
    assert _letters(d.title)[2:] == _letters(read.title)[2:]
    assert _letters(d.title)[:2] in (_letters(read.title)[:2], ["ve", "viec"])  # only the formula changes letters
    for name, value in (d.fields.ocr_read or {}).items():
        assert value == getattr(read, name) != getattr(d, name)
