"""The per-document time limit: checked between pages, and enforced by an alarm where possible."""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from vnadmin_parse.errors import ExtractionTimeout


@contextmanager
def time_limit(name: str, seconds: float) -> Iterator[None]:
    """Raise ExtractionTimeout for ``name`` if the block runs longer than ``seconds``.

    Uses SIGALRM in the main thread of a POSIX process (so even one slow page is
    cut short); elsewhere the extractors' own checks between pages apply.
    """
    if seconds <= 0 or not hasattr(signal, "SIGALRM") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(_signum: int, _frame: FrameType | None) -> None:
        raise ExtractionTimeout(name, f"quá thời gian {seconds:.0f}s (time limit exceeded)")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
