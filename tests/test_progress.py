"""Progress shows on a terminal only, and is erased before anything else is printed."""

from __future__ import annotations

import io
import time

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
