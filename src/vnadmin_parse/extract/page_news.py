"""News of each page as extraction reaches it, for whoever shows progress (the command line).

Extraction calls :func:`tell` with the page number and what it does to the page; a caller that
wants to know sets a listener for the duration of a read with :func:`listening`. Without one,
``tell`` costs a lookup and nothing else.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

#: Called with the page number (1-based) and the work on it: "đọc" (reading) or "OCR".
Listener = Callable[[int, str], None]

_listener: ContextVar[Listener | None] = ContextVar("vnadmin_parse_page_listener", default=None)


@contextmanager
def listening(listener: Listener) -> Iterator[None]:
    """Send the news of every page read in the block to ``listener``."""
    token = _listener.set(listener)
    try:
        yield
    finally:
        _listener.reset(token)


def tell(page: int, work: str) -> None:
    """Extraction reached ``page``, to do ``work`` on it."""
    listener = _listener.get()
    if listener is not None:
        listener(page, work)
