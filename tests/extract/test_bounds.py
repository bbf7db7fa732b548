"""Files built to hurt: bombs are refused before parsing, within the time and memory bounds, with one clear line."""

from __future__ import annotations

import resource
import threading
import time
from pathlib import Path

import pytest

from tests.extract.bombs import docx_bomb, pdf, pdf_bomb
from vnadmin_parse import check
from vnadmin_parse.errors import ExtractionTimeout, TooLarge
from vnadmin_parse.extract import caps, extract

PROSE = (
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Ủy ban nhân dân tỉnh "
    "đề nghị các sở, ngành triển khai thực hiện kế hoạch số 29/KH-UBND về cải cách hành chính.\n"
)


def _refused(path: Path, words: str) -> float:
    start = time.perf_counter()
    with pytest.raises(TooLarge) as info:
        check(path, timeout=60, memory_limit_mb=2048)
    elapsed = time.perf_counter() - start
    message = str(info.value)
    assert message.startswith(f"{path}: ") and "\n" not in message
    assert "quá lớn" in message and "too large" in message and words in message
    return elapsed


def test_pdf_content_stream_bomb(tmp_path: Path) -> None:
    # 300 MB of text operators in a file under 1 MB (the 876 KB bomb): pdfium would need ~6 GB.
    path = pdf_bomb(tmp_path / "bomb.pdf", 300 * 2**20)
    assert path.stat().st_size < 2**20
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    assert _refused(path, "luồng nội dung PDF") < 10
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 200 * 1024  # KB: nothing inflated whole


def test_pdf_streams_together_bomb(tmp_path: Path) -> None:
    # Many pages, each stream under the per-stream cap, all of them past the total.
    import zlib

    stream = (b"q 0 0 1 1 re f Q\n" * (caps.MAX_STREAM // 17))[: caps.MAX_STREAM - 1]
    packed = zlib.compress(stream)
    path = pdf(tmp_path / "many.pdf", packed)
    body = path.read_bytes()
    # The same deflated stream again as further objects, one more than the total allows.
    extra = b"".join(
        f"{100 + k} 0 obj\n<< /Length {len(packed)} /Filter /FlateDecode >>\nstream\n".encode()
        + packed
        + b"\nendstream\nendobj\n"
        for k in range(caps.MAX_STREAMS // len(stream) + 1)
    )
    path.write_bytes(body + extra)
    _refused(path, "nội dung PDF")


def test_image_streams_are_not_counted(tmp_path: Path) -> None:
    # A blank page image inflates a lot and is legitimate: only non-image streams are capped.
    import zlib

    image = zlib.compress(b"\xff" * (caps.MAX_STREAM + 2**20))
    obj = (
        f"<< /Type /XObject /Subtype /Image /Width 5000 /Height 3500 /ColorSpace /DeviceGray"
        f" /BitsPerComponent 8 /Length {len(image)} /Filter /FlateDecode >>\nstream\n"
    ).encode()
    path = pdf(tmp_path / "scan.pdf", b"", filtered=False)
    path.write_bytes(path.read_bytes() + b"9 0 obj\n" + obj + image + b"\nendstream\nendobj\n")
    caps.check_pdf_streams(path)  # no error


def test_docx_bomb(tmp_path: Path) -> None:
    # A DOCX whose document.xml inflates to 200 MB of paragraphs (the had 1.1 GB).
    path = docx_bomb(tmp_path / "bomb.docx", 200 * 2**20)
    assert path.stat().st_size < 2**20
    assert _refused(path, "MB") < 10


def test_docx_too_many_tags(tmp_path: Path) -> None:
    # Under the size caps, but more XML elements than python-docx should hold.
    path = docx_bomb(tmp_path / "dense.docx", 40 * 2**20)
    _refused(path, "thẻ XML")


def test_ordinary_docx_passes_the_caps(tmp_path: Path) -> None:
    path = docx_bomb(tmp_path / "small.docx", 2**20)
    assert extract(path).pages[0].text.startswith("Quyết định số 123")


def test_too_much_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import vnadmin_parse.pipeline as pipeline

    monkeypatch.setattr(pipeline, "MAX_TEXT_CHARS", 10_000)
    path = tmp_path / "long.txt"
    path.write_text(PROSE * 100, encoding="utf-8")
    _refused(path, "ký tự")


def test_memory_limit_covers_the_analysis(monkeypatch: pytest.MonkeyPatch) -> None:
    # A recognizer that asks for more than the budget (a fresh mapping, whatever the heap holds):
    # a clear error, the limit restored, and the process goes on.
    import vnadmin_parse.pipeline as pipeline

    real = pipeline.find_events

    def greedy(text: str, dates: object, tokens: object = None) -> object:
        hog = bytearray(300 * 2**20)
        return real(text, dates, tokens) if hog else []  # type: ignore[arg-type]

    before = resource.getrlimit(resource.RLIMIT_AS)
    monkeypatch.setattr(pipeline, "find_events", greedy)
    with pytest.raises(TooLarge) as info:
        check(PROSE, memory_limit_mb=100)
    assert str(info.value) == "<text>: tệp quá lớn để kiểm tra: vượt giới hạn bộ nhớ 100 MB (too large)"
    assert resource.getrlimit(resource.RLIMIT_AS) == before
    monkeypatch.setattr(pipeline, "find_events", real)
    assert check(PROSE, memory_limit_mb=100).text


def test_timeout_covers_the_analysis() -> None:
    # Reading a text takes no time; analysing it does: the limit covers the whole check.
    start = time.perf_counter()
    with pytest.raises(ExtractionTimeout) as info:
        check(PROSE * 3000, timeout=1)
    # Unbounded, this analysis runs for tens of seconds: stopping well inside that is the behaviour
    # (a loaded machine overshoots the one second by a second or two, as the bombs' bound allows).
    assert time.perf_counter() - start < 10
    assert str(info.value) == "<text>: quá giới hạn thời gian 1 giây (time limit exceeded)"


def test_timeout_outside_the_main_thread() -> None:
    # No alarm in a thread: the deadline is checked between stages and between rules.
    errors: list[BaseException] = []

    def run() -> None:
        try:
            check(PROSE * 3000, timeout=1)
        except ExtractionTimeout as exc:
            errors.append(exc)

    start = time.perf_counter()
    worker = threading.Thread(target=run)
    worker.start()
    worker.join(60)
    assert errors and time.perf_counter() - start < 30


def test_timeout_zero_means_no_limit(tmp_path: Path) -> None:
    from tests.extract.pdfgen import administrative

    assert check(administrative(tmp_path / "letter.pdf"), timeout=0).text
