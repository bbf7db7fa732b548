"""Progress shows on a terminal only, and is erased before anything else is printed."""

from __future__ import annotations

import io
import time
from pathlib import Path

import pytest

from vnadmin_parse import progress
from vnadmin_parse.progress import Progress


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_shown_on_a_terminal_after_the_delay_then_erased(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    monkeypatch.setattr(progress, "DELAY", 0.01)
    stream = _Terminal()
    with Progress(3, stream).item(2, "quet.pdf"):
        time.sleep(0.2)
    out = stream.getvalue()
    assert "[2/3] quet.pdf · 0 s" in out
    assert out.endswith("\r\x1b[2K")


def test_a_quick_file_shows_nothing_but_the_erase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    stream = _Terminal()
    with Progress(1, stream).item(1, "a.txt"):
        pass
    assert stream.getvalue() == "\r\x1b[2K"


@pytest.mark.parametrize(("ci", "term", "tty"), [("true", "xterm", True), ("", "dumb", True), ("", "xterm", False)])
def test_silent_in_ci_on_dumb_terminals_and_when_piped(
    monkeypatch: pytest.MonkeyPatch, ci: str, term: str, tty: bool
) -> None:
    monkeypatch.setenv("CI", ci)
    monkeypatch.setenv("TERM", term)
    monkeypatch.setattr(progress, "DELAY", 0.0)
    stream = _Terminal() if tty else io.StringIO()
    with Progress(2, stream).item(1, "a.txt"):
        time.sleep(0.05)
    assert stream.getvalue() == ""


def test_the_page_being_read_and_its_ocr_are_shown(monkeypatch: pytest.MonkeyPatch) -> None:
    from vnadmin_parse.extract.page_news import tell

    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    monkeypatch.setattr(progress, "DELAY", 0.0)
    monkeypatch.setattr(progress, "TICK", 0.01)
    stream = _Terminal()
    with Progress(1, stream).item(1, "quet.pdf"):
        tell(1, "đọc")
        time.sleep(0.1)
        tell(3, "OCR")
        time.sleep(0.1)
    out = stream.getvalue()
    assert "quet.pdf · trang 1 · 0 s" in out
    assert "quet.pdf · trang 3 · OCR · 0 s" in out


def test_pages_of_a_real_pdf_reach_the_listener(tmp_path: Path) -> None:
    from tests.extract.pdfgen import administrative
    from vnadmin_parse.extract import extract
    from vnadmin_parse.extract.page_news import listening

    heard: list[tuple[int, str]] = []
    with listening(lambda number, work: heard.append((number, work))):
        extract(administrative(tmp_path / "ba-trang.pdf", pages=3))
    assert heard == [(1, "đọc"), (2, "đọc"), (3, "đọc")]
