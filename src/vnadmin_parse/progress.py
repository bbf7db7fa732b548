"""Progress on a terminal: which file of how many, which page and what is done to it, and for how
long (a long scan in OCR).

Shown on stderr only when it is a terminal and not in CI (``CI`` set) nor on a dumb
terminal; otherwise nothing at all is written, so piped and logged output stays clean.
The line appears after ``DELAY`` seconds (a quick check shows nothing) and is erased
when the file is done, before anything else is printed.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

from vnadmin_parse.extract.page_news import listening

DELAY = 0.5  # seconds before the line first appears
TICK = 0.25  # seconds between updates


def wanted(stream: TextIO) -> bool:
    """Whether progress belongs on ``stream``: a terminal, outside CI, not a dumb one."""
    return stream.isatty() and not os.environ.get("CI") and os.environ.get("TERM") != "dumb"


class Progress:
    """A one-line status for a run over ``total`` files."""

    def __init__(self, total: int, stream: TextIO | None = None, *, enabled: bool | None = None) -> None:
        self.total = total
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = wanted(self.stream) if enabled is None else enabled

    def line(self, index: int, name: str, seconds: float, page: str = "") -> str:
        """The status line: "[2/15] quet.pdf · trang 3 · OCR · 12 s".

        >>> Progress(15, enabled=False).line(2, "bao-cao.pdf", 12.4)
        '[2/15] bao-cao.pdf · 12 s'
        >>> Progress(1, enabled=False).line(1, "quet.pdf", 40.2, "trang 3 · OCR")
        'quet.pdf · trang 3 · OCR · 40 s'
        """
        head = f"[{index}/{self.total}] " if self.total > 1 else ""
        middle = f" · {page}" if page else ""
        return f"{head}{name}{middle} · {seconds:.0f} s"

    @contextmanager
    def item(self, index: int, name: str) -> Iterator[None]:
        """Show the line for file ``index`` (1-based) while the body runs; erase it after."""
        if not self.enabled:
            yield
            return
        done = threading.Event()
        start = time.monotonic()
        page = [""]  # the latest page news, written by the checking thread, read by the ticker

        def hear(number: int, work: str) -> None:
            page[0] = f"trang {number}" if work == "đọc" else f"trang {number} · {work}"

        def tick() -> None:
            if done.wait(DELAY):
                return
            while not done.is_set():
                self.stream.write("\r\x1b[2K" + self.line(index, name, time.monotonic() - start, page[0]))
                self.stream.flush()
                done.wait(TICK)

        thread = threading.Thread(target=tick, daemon=True)
        thread.start()
        try:
            with listening(hear):
                yield
        finally:
            done.set()
            thread.join()
            self.stream.write("\r\x1b[2K")
            self.stream.flush()
