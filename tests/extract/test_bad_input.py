"""Unreadable files give InputError naming the file, quickly; never a hang."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tests.extract.pdfgen import administrative
from vnadmin_parse.errors import ExtractionTimeout, InputError, UnsupportedFormat
from vnadmin_parse.extract import extract
from vnadmin_parse.extract import pdf as pdf_module

ZERO_PAGES = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)


def _check(path: Path, words: tuple[str, ...]) -> None:
    start = time.perf_counter()
    with pytest.raises(InputError) as info:
        extract(path, timeout=20)
    assert time.perf_counter() - start < 20
    assert str(path) in str(info.value)
    assert any(w in info.value.reason for w in words), info.value.reason


def test_not_a_pdf(tmp_path: Path) -> None:
    path = tmp_path / "fake.pdf"
    path.write_text("Đây không phải PDF", encoding="utf-8")
    _check(path, ("không phải tệp PDF",))


def test_empty(tmp_path: Path) -> None:
    path = tmp_path / "empty.pdf"
    path.write_bytes(b"")
    _check(path, ("rỗng",))


def test_truncated(tmp_path: Path) -> None:
    whole = administrative(tmp_path / "whole.pdf").read_bytes()
    path = tmp_path / "truncated.pdf"
    path.write_bytes(whole[: len(whole) // 3])
    _check(path, ("hỏng", "cắt cụt", "không có trang"))


def test_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "corrupt.pdf"
    path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40)
    _check(path, ("hỏng", "cắt cụt", "không có trang"))


def test_zero_pages(tmp_path: Path) -> None:
    path = tmp_path / "zero.pdf"
    path.write_bytes(ZERO_PAGES)
    _check(path, ("không có trang", "hỏng"))


def test_encrypted(tmp_path: Path) -> None:
    path = administrative(tmp_path / "locked.pdf", pages=1, encrypt="bí-mật")
    _check(path, ("mã hoá",))


def test_huge(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = administrative(tmp_path / "big.pdf", pages=1)
    monkeypatch.setattr(pdf_module, "MAX_BYTES", 100)
    _check(path, ("quá lớn",))


def test_missing_and_directory(tmp_path: Path) -> None:
    _check(tmp_path / "none.pdf", ("không tìm thấy",))
    _check(tmp_path, ("thư mục",))


def test_unsupported(tmp_path: Path) -> None:
    path = tmp_path / "sheet.xlsx"
    path.write_bytes(b"PK")
    with pytest.raises(UnsupportedFormat):
        extract(path)


def test_corrupt_docx(tmp_path: Path) -> None:
    path = tmp_path / "draft.docx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    _check(path, ("DOCX",))


def test_time_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = administrative(tmp_path / "slow.pdf", pages=3)
    real = pdf_module._assemble

    def slow(*args: object, **kwargs: object) -> object:
        time.sleep(0.3)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pdf_module, "_assemble", slow)
    start = time.perf_counter()
    with pytest.raises(ExtractionTimeout):
        extract(path, timeout=0.5)
    assert time.perf_counter() - start < 2


def test_cli_exit_code_2(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = tmp_path / "fake.pdf"
    path.write_text("not a pdf", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "vnadmin_parse", "check", str(path)], capture_output=True, text=True)
    assert result.returncode == 2
    assert "fake.pdf" in result.stderr + result.stdout


def test_time_limit_landing_in_a_garbage_collector_callback_still_stops_the_block(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Python swallows an exception raised inside a gc callback: the alarm lands in one (a callback
    that outlasts the limit) and the limit must still be raised once the collection is over."""
    import gc
    import sys

    from vnadmin_parse.extract.limits import time_limit

    swallowed: list[BaseException | None] = []  # only the limit's own errors: collecting may finalize others
    monkeypatch.setattr(sys, "unraisablehook", lambda u: swallowed.append(u.exc_value))
    start = time.perf_counter()

    def slow_first_callback(phase: str, _info: dict[str, int]) -> None:
        while phase == "start" and time.perf_counter() - start < 0.3:
            time.sleep(0.01)

    gc.callbacks.append(slow_first_callback)
    try:
        with pytest.raises(ExtractionTimeout), time_limit("gc.txt", 0.1):
            while time.perf_counter() - start < 10:
                gc.collect(0)
                sum(range(10_000))
    finally:
        gc.callbacks.remove(slow_first_callback)
    assert time.perf_counter() - start < 5
    assert not [e for e in swallowed if isinstance(e, ExtractionTimeout)]
