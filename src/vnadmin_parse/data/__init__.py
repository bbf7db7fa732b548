"""Bundled data files (JSON tables with a version, a schema name and entries with examples).

Every table follows the same envelope::

    {"name": "...", "version": "2026.1", "description": "...", "source": "...",
     "entries": [ {..., "examples": ["...", ...]}, ... ]}

Loaders for each table live next to the code that uses it; this module only
finds, reads and checks the envelope.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from vnadmin_parse.errors import DataError

ENVELOPE_KEYS = ("name", "version", "description", "source", "entries")


def data_path(name: str) -> Path:
    """Path of bundled data file ``name`` (e.g. ``"doc_types.json"``)."""
    return Path(str(resources.files(__name__).joinpath(name)))


def read_table(path: str | Path) -> dict[str, Any]:
    """Read a JSON table at ``path`` and check its envelope (raises DataError)."""
    p = Path(path)
    try:
        table = json.loads(p.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise DataError(f"{p}: không đọc được bảng dữ liệu ({exc})") from exc
    if not isinstance(table, dict):
        raise DataError(f"{p}: bảng dữ liệu phải là một đối tượng JSON")
    missing = [k for k in ENVELOPE_KEYS if k not in table]
    if missing:
        raise DataError(f"{p}: thiếu khoá {', '.join(missing)}")
    if not isinstance(table["entries"], list):
        raise DataError(f"{p}: 'entries' phải là một danh sách")
    return table


@cache
def load_table(name: str) -> dict[str, Any]:
    """A bundled table, read once."""
    return read_table(data_path(name))


def require(entry: dict[str, Any], keys: dict[str, type | tuple[type, ...]], where: str) -> None:
    """Check that ``entry`` has ``keys`` of the given types (raises DataError)."""
    for key, kind in keys.items():
        if key not in entry:
            raise DataError(f"{where}: mục {entry!r:.80} thiếu khoá {key!r}")
        if not isinstance(entry[key], kind):
            raise DataError(f"{where}: khoá {key!r} của mục {entry!r:.80} sai kiểu")
