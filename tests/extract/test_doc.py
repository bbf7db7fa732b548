"""The Word 97–2003 .doc reader: the corpus files against their transcripts, crafted files, broken files."""

from __future__ import annotations

import random
import shutil
import time
import unicodedata
from pathlib import Path

import pytest

from tests.conftest import CORPUS
from tests.extract.docgen import cfb, word97
from tests.extract.legacy_metric import scores
from vnadmin_parse.errors import InputError
from vnadmin_parse.extract import extract
from vnadmin_parse.model import Source

LEGACY = CORPUS / "legacy"
DOCS = sorted((LEGACY / "files").glob("*.doc"))


def _whole_text(source: Source) -> str:
    """Body and furniture: the transcripts hold the headers and footers too."""
    return "\n".join([source.pages[0].text, *(f.text for f in source.furniture)])


def _diacritic_accuracy(output: str, truth: str) -> float:
    """The metric of METRIC.md; identical texts score 1 without the (slow, quadratic) alignment."""
    if " ".join(unicodedata.normalize("NFC", output).split()) == " ".join(unicodedata.normalize("NFC", truth).split()):
        return 1.0
    return scores(output, truth)["diacritic_accuracy"]


@pytest.mark.parametrize(
    "path",
    # 2003-02120 holds 50,000 characters: aligning them takes the metric about a minute.
    [pytest.param(p, marks=pytest.mark.slow) if p.stem == "2003-02120" else p for p in DOCS],
    ids=lambda p: p.name,
)
def test_corpus_doc_accuracy(path: Path) -> None:
    source = extract(path)
    truth = (LEGACY / "ground-truth" / (path.stem + ".txt")).read_text(encoding="utf-8")
    assert source.kind == "doc" and source.encoding == ("vni" if "2009" in path.name else "tcvn3")
    assert _diacritic_accuracy(_whole_text(source), truth) >= 0.99


def test_table_rows_and_cells() -> None:
    lines = extract(LEGACY / "files" / "2009-download.doc").pages[0].text.split("\n")
    assert "CÁC CHỈ TIÊU VỀ BHLĐ\tSỐ LIỆU" in lines  # one-line cells side by side
    assert lines[lines.index("1. Lao động:") + 1] == "- Tổng số lao động:"  # longer cells one after the other


def test_signature_table_keeps_each_column_together() -> None:
    text = extract(LEGACY / "files" / "2003-02120.doc").pages[0].text
    assert "Nơi nhận\n- VP TƯ Đảng\n" in text
    assert text.index("- Lưu VP (HC, TH)") < text.index("KT/Bộ trưởng Bộ Tài chính") < text.index("Trương Chí Trung")


def test_headers_are_furniture() -> None:
    source = extract(LEGACY / "files" / "2004-B6.doc")
    assert "LAWDATA" not in source.pages[0].text
    assert any(f.kind == "running-head" and "văn phòng quốc hội" in f.text for f in source.furniture)


def _doc(tmp_path: Path, pieces: list[tuple[str, bool]], **fib: int) -> Path:
    path = tmp_path / "crafted.doc"
    path.write_bytes(cfb(word97(pieces, **fib)))
    return path


def test_pieces_fields_and_special_characters(tmp_path: Path) -> None:
    path = _doc(
        tmp_path,
        [
            ("C\xa8n c\xf8 Ngh\xde \xae\xdenh s\xe8 15/CP\r", True),  # TCVN3 bytes, one byte a character
            ("Việt Nam \x13 PAGE \x142\x15 a\x0bb\x1ec\x1fd\xa0e\x01\x08f\x02\x0cg\r", False),
        ],
    )
    source = extract(path)
    assert source.pages[0].text == "Căn cứ Nghị định số 15/CP\nViệt Nam 2 a\nb-cd\xa0ef¹\ng"
    assert source.encoding == "tcvn3"


def test_nested_field_shows_only_the_outer_result(tmp_path: Path) -> None:
    path = _doc(tmp_path, [("Trang \x13 IF \x13 PAGE \x141\x15 = 1 \x14một\x15 hết\r", False)])
    assert extract(path).pages[0].text == "Trang một hết"


def test_unicode_is_never_converted(tmp_path: Path) -> None:
    text = "Quyết định số 12/QĐ-UBND ngày 5 tháng 3 năm 2024 của Ủy ban nhân dân"
    source = extract(_doc(tmp_path, [(text + "\r", False)]))
    assert source.pages[0].text == text and source.encoding == "unicode" and not source.notes


def test_rtf_saved_as_doc_is_read_as_rtf(tmp_path: Path) -> None:
    path = tmp_path / "renamed.doc"
    path.write_bytes(rb"{\rtf1\ansi{\fonttbl{\f0 .VnTime;}}\f0 Quy\'d5t \'ae\'denh\par}")
    source = extract(path)
    assert source.pages[0].text.startswith("Quyết định") and "RTF" in source.notes[-1]


def _refused(path: Path, *words: str) -> None:
    start = time.perf_counter()
    with pytest.raises(InputError) as info:
        extract(path, timeout=20)
    assert time.perf_counter() - start < 20
    assert str(path) in str(info.value) and "\n" not in str(info.value)
    assert any(w in info.value.reason for w in words), info.value.reason


def test_empty(tmp_path: Path) -> None:
    path = tmp_path / "empty.doc"
    path.write_bytes(b"")
    _refused(path, "rỗng")


def test_random_bytes(tmp_path: Path) -> None:
    path = tmp_path / "random.doc"
    path.write_bytes(random.Random(3).randbytes(5000))
    _refused(path, "không phải tệp Word")


def test_html_saved_as_doc(tmp_path: Path) -> None:
    path = tmp_path / "page.doc"
    path.write_text("<html><body>Quyết định</body></html>", encoding="utf-8")
    _refused(path, "HTML")


def test_ole_without_word_stream(tmp_path: Path) -> None:
    path = tmp_path / "sheet.doc"
    path.write_bytes(cfb({"Workbook": b"\x09\x08" * 100}))
    _refused(path, "thiếu luồng WordDocument")


def test_encrypted_office_package(tmp_path: Path) -> None:
    path = tmp_path / "locked.doc"
    path.write_bytes(cfb({"EncryptionInfo": b"\x04\x00", "EncryptedPackage": b"\x00" * 64}))
    _refused(path, "mật khẩu")


def test_encrypted_flag(tmp_path: Path) -> None:
    _refused(_doc(tmp_path, [("abc\r", True)], flags=0x0300), "mật khẩu")


def test_word95(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda _name: None)
    _refused(_doc(tmp_path, [("abc\r", True)], nfib=104), "Word 6.0/95")


@pytest.mark.parametrize("fraction", [0.05, 0.3, 0.6, 0.9])
def test_truncated(tmp_path: Path, fraction: float) -> None:
    whole = (LEGACY / "files" / "2004-B6.doc").read_bytes()
    path = tmp_path / "truncated.doc"
    path.write_bytes(whole[: int(len(whole) * fraction)])
    _refused(path, "hỏng", "cắt cụt")


def test_piece_table_outside_the_stream(tmp_path: Path) -> None:
    streams = word97([("abc\r", True)])
    streams["1Table"] = streams["1Table"][:5]  # the CLX is cut short
    path = tmp_path / "clx.doc"
    path.write_bytes(cfb({"WordDocument": streams["WordDocument"], "1Table": b""}))
    _refused(path, "hỏng")


def test_damaged_bytes_never_crash(tmp_path: Path) -> None:
    """Flipped bytes give a Source or an InputError, never another exception."""
    whole = (LEGACY / "files" / "2004-B6.doc").read_bytes()
    rng = random.Random(7)
    path = tmp_path / "damaged.doc"
    for _ in range(40):
        data = bytearray(whole)
        for _ in range(rng.choice((1, 8, 64))):
            data[rng.randrange(512, len(data))] = rng.randrange(256)
        path.write_bytes(bytes(data))
        try:
            extract(path, timeout=20)
        except InputError as exc:
            assert str(path) in str(exc)
