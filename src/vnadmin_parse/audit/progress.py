"""Progress of an audit: documents, pages, findings, failures, rate and time left.

On a terminal the line is rewritten in place as each document completes; elsewhere (a
log file, a batch job) the same line is printed as a plain line once every ``interval``
seconds, and once more at the end, so that a long audit shows it is alive without
flooding its log.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any, TextIO

#: Seconds between two plain lines when the output is not a terminal.
INTERVAL = 60.0

_WORDS = {
    "vi": ("trang", "phát hiện", "không đọc được", "văn bản/giây", "còn"),
    "en": ("pages", "findings", "failed", "documents/s", "left"),
}


def duration(seconds: float) -> str:
    """A short duration: "45 s", "3 min 20 s", "2 h 05 min".

    >>> duration(45.2), duration(200), duration(7500)
    ('45 s', '3 min 20 s', '2 h 05 min')
    """
    s = round(seconds)
    if s < 60:
        return f"{s} s"
    if s < 3600:
        return f"{s // 60} min {s % 60:02d} s"
    return f"{s // 3600} h {s % 3600 // 60:02d} min"


class AuditProgress:
    """Called once per completed document (the ``progress`` callback of :func:`audit`)."""

    def __init__(
        self,
        stream: TextIO,
        *,
        live: bool,
        interval: float = INTERVAL,
        lang: str = "vi",
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.stream, self.live, self.interval, self.clock = stream, live, interval, clock
        self.words = _WORDS["en" if lang == "en" else "vi"]
        self.began = self.last = clock()
        self.done = self.total = self.pages = self.findings = self.failed = 0
        self.printed = -1  # documents done when the last plain line was printed

    def line(self) -> str:
        """The status: "[120/500] 340 trang · 1200 phát hiện · 2 không đọc được · 3.1 văn bản/giây · còn 2 min 03 s"."""
        pages, findings, failed, rate_unit, left = self.words
        elapsed = max(self.clock() - self.began, 1e-9)
        rate = self.done / elapsed
        parts = [
            f"[{self.done}/{self.total}] {self.pages} {pages}",
            f"{self.findings} {findings}",
            f"{self.failed} {failed}",
            f"{rate:.1f} {rate_unit}",
        ]
        if rate > 0 and self.done < self.total:
            parts.append(f"{left} {duration((self.total - self.done) / rate)}")
        return " · ".join(parts)

    def __call__(self, done: int, total: int, result: dict[str, Any]) -> None:
        self.done, self.total = done, total
        self.pages += int(result.get("pages") or 0)
        self.findings += len(result.get("findings") or ())
        self.failed += result.get("status") != "ok"
        if self.live:
            self.stream.write("\r\x1b[2K" + self.line())
            self.stream.flush()
        elif self.clock() - self.last >= self.interval:
            self._plain()

    def _plain(self) -> None:
        self.last, self.printed = self.clock(), self.done
        self.stream.write(self.line() + "\n")
        self.stream.flush()

    def close(self) -> None:
        """End the status: the live line is left as the last state; a log gets the final line."""
        if self.live and self.done:
            self.stream.write("\n")
            self.stream.flush()
        elif not self.live and self.done != self.printed and self.done:
            self._plain()
