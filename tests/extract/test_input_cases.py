"""Input cases that once ended in "lỗi không mong đợi" or in a misleading message, each built here."""

from __future__ import annotations

import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from tests.extract.bombs import pdf
from tests.extract.pdfgen import administrative
from vnadmin_parse import check
from vnadmin_parse.errors import ExtractionTimeout, InputError
from vnadmin_parse.extract import extract, from_text
from vnadmin_parse.extract import pdf as pdf_module

TEXT = (
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
    "Ủy ban nhân dân tỉnh quyết định phê duyệt kế hoạch thực hiện nhiệm vụ của các sở, ngành.\n"
)
_TONES = "\u0300\u0301\u0303\u0309\u0323"


def cp1258(text: str) -> bytes:
    """``text`` in Windows-1258: base letters precomposed where the code page has them, tones combining."""
    out = bytearray()
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
        out += (base + "".join(c for c in parts if c in _TONES)).encode("cp1258")
    return bytes(out)


def test_windows_1258_is_not_taken_for_viscii(tmp_path: Path) -> None:
    path = tmp_path / "cp1258.txt"
    path.write_bytes(cp1258(TEXT * 3))
    report = check(path)
    assert report.text.startswith(TEXT.rstrip("\n"))
    assert report.source.encoding == "windows-1258"
    assert not [f for f in report.findings if f.code.startswith("S")]
    assert [f.code for f in report.findings if f.code.startswith("E")] == ["E001"]


def test_utf16_of_odd_length(tmp_path: Path) -> None:
    path = tmp_path / "odd.txt"
    path.write_bytes(TEXT.encode("utf-16") + b"\x41")
    report = check(path)
    assert report.text.startswith(TEXT.strip()[:40]) and report.text.endswith("\ufffd")
    assert "E003" in {f.code for f in report.findings}


def test_lone_surrogate_becomes_a_replacement_character() -> None:
    report = check("\ud800" + TEXT)
    assert report.text[0] == "\ufffd"
    report.text.encode("utf-8")  # every later stage can encode the text
    assert [f.code for f in report.findings if f.start == 0] == ["E003"]


def test_rtf_with_an_emoji(tmp_path: Path) -> None:
    path = tmp_path / "emoji.rtf"
    path.write_text(r"{\rtf1\ansi Ch\u250?c m\u7915?ng \u-10179?\u-8704? xong \u55357?}", encoding="ascii")
    report = check(path)
    assert report.text == "Chúc mừng \U0001f600 xong \ufffd"
    assert [f.code for f in report.findings if f.code == "E003"] == ["E003"]


def test_legacy_bytes_on_stdin() -> None:
    data = "QuyÕt ®Þnh cña Thñ t\xadíng ChÝnh phñ vÒ viÖc ban hµnh kÕ ho¹ch\n".encode("latin-1")
    result = subprocess.run(
        [sys.executable, "-m", "vnadmin_parse", "check", "-", "--format", "json"], input=data, capture_output=True
    )
    assert result.returncode in (0, 1), result.stderr.decode()
    assert "Quyết định của Thủ tướng Chính phủ" in result.stdout.decode("utf-8")


def test_stdin_text_that_looks_like_a_path_is_checked_as_text(tmp_path: Path) -> None:
    """A one-line text on stdin ending in ".pdf" is text, not a file to open."""
    result = subprocess.run(
        [sys.executable, "-m", "vnadmin_parse", "check", "-", "--format", "json"],
        input="Gửi kèm Báo cáo tổng kết.pdf".encode(),
        capture_output=True,
        cwd=tmp_path,
    )
    assert result.returncode in (0, 1), result.stderr.decode()
    assert "Gửi kèm Báo cáo tổng kết.pdf" in result.stdout.decode("utf-8")


def test_a_source_already_read_is_checked_as_it_is() -> None:
    report = check(from_text("Xem tệp bao-cao.pdf", name="ghi-chu"))
    assert report.text == "Xem tệp bao-cao.pdf"
    assert report.source.path == "ghi-chu"


def test_empty_text_file_is_told_as_an_empty_pdf_is(tmp_path: Path) -> None:
    for name in ("empty.txt", "empty.pdf"):
        path = tmp_path / name
        path.touch()
        with pytest.raises(InputError) as info:
            extract(path)
        assert info.value.reason == "tệp rỗng (empty file)"


def test_zero_pages_is_not_pdfium_success(tmp_path: Path) -> None:
    path = pdf(tmp_path / "zero.pdf", b"", filtered=False, pages=0)
    for engine in ("fast", "layout"):
        with pytest.raises(InputError) as info:
            extract(path, engine=engine)
        assert info.value.reason == "tệp PDF không có trang nào đọc được (no pages)"


def test_no_stale_encrypted_after_an_encrypted_file(tmp_path: Path) -> None:
    locked = administrative(tmp_path / "locked.pdf", pages=1, encrypt="bí-mật")
    zero = pdf(tmp_path / "zero.pdf", b"", filtered=False, pages=0)
    with pytest.raises(InputError, match="encrypted"):
        extract(locked)
    with pytest.raises(InputError) as info:
        extract(zero)
    assert "mã hoá" not in info.value.reason and "encrypted" not in info.value.reason


def test_layout_engine_time_out_is_a_time_out(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # pdfplumber wraps what pdfminer raises (the alarm's error among them) in its own exception.
    from pdfplumber.utils.exceptions import PdfminerException

    from vnadmin_parse.extract import pdf_layout

    def slow(path: Path) -> object:
        raise PdfminerException(ExtractionTimeout(str(path), "quá giới hạn thời gian 1 giây (time limit exceeded)"))
        yield

    monkeypatch.setattr(pdf_layout, "read_pages", slow)
    with pytest.raises(ExtractionTimeout) as info:
        pdf_module.extract_pdf(administrative(tmp_path / "a.pdf", pages=1), engine="layout")
    assert "hỏng" not in str(info.value)
