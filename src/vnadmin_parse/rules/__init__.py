"""Rule families. Every module in this package registers its rules on import."""

from __future__ import annotations

import importlib
import pkgutil

_SKIP = {"registry", "context", "engine"}


def load() -> None:
    """Import every family module (idempotent)."""
    for info in pkgutil.iter_modules(__path__):
        if info.name not in _SKIP and not info.name.startswith("_"):
            importlib.import_module(f"{__name__}.{info.name}")
