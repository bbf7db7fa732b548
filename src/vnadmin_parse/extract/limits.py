"""Bounds on one document's check: a time limit, a memory limit, and caps on what a file may inflate to.

The time limit is enforced by an alarm in the main thread of a POSIX process (so even one
slow page or one slow rule is cut short) and by deadline checks between stages elsewhere.
The memory limit lowers the process's address-space limit (``RLIMIT_AS``) for the duration
of the check, to what the process already uses plus a budget; running out becomes a plain
"too large" error instead of a machine brought down. The caps are checked before a parser
sees the data, so that a small file that inflates to gigabytes is refused cheaply.
"""

from __future__ import annotations

import gc
import os
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from vnadmin_parse.errors import ExtractionTimeout, OutOfMemory, TooLarge

#: Memory (MB) a check may add to what the process already uses: two audit workers and the
#: rest of the machine fit a 2-core, 24 GB machine with room to spare.
DEFAULT_MEMORY_MB = 4096
#: Characters of extracted text analysed at most (about 1,500 pages of dense text).
MAX_TEXT_CHARS = 8_000_000


def too_large(name: str, what: str) -> TooLarge:
    """The one-line "too large" error for ``name`` (``what``: the limit that was passed)."""
    return TooLarge(name, f"tệp quá lớn để kiểm tra: {what} (too large)")


def time_limit_error(name: str, seconds: float) -> ExtractionTimeout:
    return ExtractionTimeout(name, f"quá giới hạn thời gian {seconds:g} giây (time limit exceeded)")


class Deadline:
    """The moment a check must be over; ``check()`` raises the time-limit error past it."""

    def __init__(self, name: str, seconds: float) -> None:
        self.name, self.seconds = name, seconds
        self.at = time.monotonic() + seconds if seconds > 0 else float("inf")

    def remaining(self) -> float:
        return self.at - time.monotonic()

    def check(self) -> None:
        if time.monotonic() > self.at:
            raise time_limit_error(self.name, self.seconds)


#: Seconds after which an alarm that could not raise (the collector was running) tries again.
_RETRY_SECONDS = 0.01


class _CollectionWatch:
    """Whether the garbage collector is running its callbacks: the first callback on "start",
    the last on "stop", so the flag covers every other callback."""

    def __init__(self) -> None:
        self.active = False

    def _start(self, phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            self.active = True

    def _stop(self, phase: str, _info: dict[str, int]) -> None:
        if phase == "stop":
            self.active = False

    def install(self) -> None:
        gc.callbacks.insert(0, self._start)
        gc.callbacks.append(self._stop)

    def remove(self) -> None:
        for callback in (self._start, self._stop):
            if callback in gc.callbacks:
                gc.callbacks.remove(callback)
        self.active = False


@contextmanager
def time_limit(name: str, seconds: float) -> Iterator[None]:
    """Raise the time-limit error for ``name`` if the block runs longer than ``seconds``.

    Uses SIGALRM in the main thread of a POSIX process; elsewhere the callers' own
    deadline checks apply. Nested limits keep the tighter one, and the outer limit
    goes on running after the inner block. An alarm that falls while the garbage
    collector runs its callbacks (where Python would swallow the error) waits for the
    collection to end and raises then.
    """
    if seconds <= 0 or not hasattr(signal, "SIGALRM") or threading.current_thread() is not threading.main_thread():
        yield
        return
    outer, _ = signal.getitimer(signal.ITIMER_REAL)
    if outer and outer <= seconds:  # an enclosing limit ends first: it alone applies
        yield
        return

    collecting = _CollectionWatch()

    def expire(_signum: int, _frame: FrameType | None) -> None:
        # The alarm is re-armed before raising: an exception raised while the garbage collector
        # runs its callbacks is swallowed by Python, so the error is raised on a later tick.
        signal.setitimer(signal.ITIMER_REAL, _RETRY_SECONDS)
        if not collecting.active:
            raise time_limit_error(name, seconds)

    began = time.monotonic()
    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    collecting.install()
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        collecting.remove()
        signal.signal(signal.SIGALRM, previous)
        if outer:
            signal.setitimer(signal.ITIMER_REAL, max(outer - (time.monotonic() - began), 1e-3))


def _address_space() -> int | None:
    """Bytes of address space this process uses now (Linux), or None where unknown."""
    try:
        with open("/proc/self/statm", "rb") as fh:
            return int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return None


@contextmanager
def memory_limit(name: str, megabytes: float | None) -> Iterator[None]:
    """Let the block allocate at most ``megabytes`` more address space; past it, raise TooLarge.

    Without ``megabytes`` (None or 0), or where the limit cannot be set, the block runs
    unbounded (the caps on inflated sizes still apply).
    """
    try:
        import resource
    except ImportError:  # not POSIX
        resource = None  # type: ignore[assignment]
    used = _address_space()
    if not megabytes or resource is None or used is None:
        yield
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = used + int(megabytes * 2**20)
    for bound in (soft, hard):
        if bound != resource.RLIM_INFINITY:
            limit = min(limit, bound)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    try:
        yield
    except MemoryError:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))  # first: the error itself needs memory
        raise OutOfMemory(name, f"tệp quá lớn để kiểm tra: vượt giới hạn bộ nhớ {megabytes:g} MB (too large)") from None
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))
