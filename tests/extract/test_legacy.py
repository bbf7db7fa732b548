from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import CORPUS
from tests.extract.legacy_metric import rows_text, scores
from vnadmin_parse.extract.legacy import convert, decide, decode_lines, decode_runs, font_hint, is_syllable
from vnadmin_parse.extract.legacy_tables import TCVN3
from vnadmin_parse.extract.pdf import extract_pdf

LEGACY = CORPUS / "legacy"


@pytest.mark.parametrize(
    ("raw", "encoding", "unicode"),
    [
        ("QuyÕt ®Þnh cña Thñ t−íng ChÝnh phñ", "tcvn3", "Quyết định của Thủ tướng Chính phủ"),
        ("Quü b¶o l∙nh tÝn dông", "tcvn3", "Quỹ bảo lãnh tín dụng"),
        ("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "vni", "Cộng hòa xã hội chủ nghĩa Việt Nam"),
        ("ÑOÄC LAÄP - TÖÏ DO - HAÏNH PHUÙC", "vni", "ĐỘC LẬP - TỰ DO - HẠNH PHÚC"),
        ("ñöôïc thöïc hieän", "vni", "được thực hiện"),
        ("Vi\xaet Nam \xf0\xd5c l\xa7p", "viscii", "Việt Nam đạc lập"),
    ],
)
def test_convert_and_decide(raw: str, encoding: str, unicode: str) -> None:
    assert decide(raw) == encoding
    text, index = convert(raw, encoding)
    assert text == unicode
    assert len(index) == len(text)
    assert list(index) == sorted(index)


def test_font_hints() -> None:
    assert font_hint("GDNPME+VnTimeH") == "tcvn3"
    assert font_hint(".VnArial") == "tcvn3"
    assert font_hint("VNI-Times") == "vni"
    assert font_hint("TimesNewRomanPSMT") is None


def test_font_name_is_not_proof() -> None:
    # Unicode text set in a font whose name says TCVN3 stays as it is.
    decoded = decode_runs([("Cộng hòa xã hội chủ nghĩa Việt Nam", ".VnTime")])
    assert decoded.text == "Cộng hòa xã hội chủ nghĩa Việt Nam"
    assert not decoded.encodings


def test_mixed_document_line_by_line() -> None:
    text = "Căn cứ Luật Tổ chức Chính phủ;\nQuyÕt ®Þnh:\nĐiều 1. Ban hành kèm theo"
    decoded = decode_lines(text)
    assert decoded.text == "Căn cứ Luật Tổ chức Chính phủ;\nQuyết định:\nĐiều 1. Ban hành kèm theo"
    assert decoded.encodings == {"tcvn3"}


def test_symbols_in_unicode_text_are_kept() -> None:
    for text in ("Điều 5 § 2 và mục ® của nhãn hiệu.", "Xem trang 3…", "Café Bà Nà, résumé."):
        assert decode_lines(text).text == text


_WORDS = (
    "Cộng",
    "hòa",
    "xã",
    "hội",
    "chủ",
    "nghĩa",
    "Việt",
    "Nam",
    "Độc",
    "lập",
    "Tự",
    "do",
    "Hạnh",
    "phúc",
    "Ủy",
    "ban",
    "nhân",
    "dân",
    "tỉnh",
    "thành",
    "phố",
    "Quyết",
    "định",
    "Thông",
    "báo",
    "ngày",
    "tháng",
    "năm",
    "Bà",
    "Tám",
    "café",
    "à",
    "ừ",
    "ở",
    "ơi",
    "được",
    "người",
    "Nghị",
    "định",
    "số",
    "§",
    "…",
    "–",
    "“",
    "”",
    "2024",
)
_VIET_WORDS = st.sampled_from(_WORDS)


@settings(max_examples=200, deadline=None)
@given(st.lists(_VIET_WORDS, min_size=1, max_size=30), st.sampled_from([" ", "\n", ", "]))
def test_unicode_is_never_converted(words: list[str], sep: str) -> None:
    text = sep.join(words)
    assert decode_lines(text).text == text


@pytest.mark.parametrize("engine", ["fast", "layout"])
@pytest.mark.parametrize("name", sorted(p.name for p in (LEGACY / "files").glob("*.pdf")))
def test_legacy_pdf_accuracy(name: str, engine: str) -> None:
    """METRIC.md on each engine's decoding, read row by row as the transcripts are; the output's
    column order (signing block after "Nơi nhận") costs 2006-16EZE 0.02 more, a layout matter."""
    path = LEGACY / "files" / name
    truth = (LEGACY / "ground-truth" / Path(name).with_suffix(".txt").name).read_text(encoding="utf-8")
    result = scores(rows_text(path, engine), truth)
    assert result["diacritic_accuracy"] >= 0.99, result
    columns = extract_pdf(path, engine=engine, ocr=False)
    in_order = scores("\n".join(p.text for p in columns.pages), truth)
    assert in_order["diacritic_accuracy"] >= 0.975, in_order


_TCVN3_OF = {v: chr(k) for k, v in TCVN3.items()}
_LOWER = [w.lower() for w in _WORDS if is_syllable(w.lower()) and all(c.isascii() or c in _TCVN3_OF for c in w.lower())]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_LOWER), min_size=3, max_size=25))
def test_tcvn3_round_trip(words: list[str]) -> None:
    unicode = " ".join(words)
    legacy = "".join(_TCVN3_OF.get(c, c) for c in unicode)
    decoded = decode_lines(legacy, hint="tcvn3")
    assert decoded.text == unicode
    assert len(decoded.index) == len(decoded.text)
