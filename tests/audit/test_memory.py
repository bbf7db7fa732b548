"""A document that drives its worker past the memory limit is recorded as failed ("memory"); the audit goes on."""

from __future__ import annotations

import os
import signal
import sqlite3
import threading
from pathlib import Path
from typing import Any

import pytest

from vnadmin_parse import pipeline
from vnadmin_parse.audit import audit, cluster
from vnadmin_parse.audit.cluster import isolated_check

real_source = pipeline._source


def _greedy(path_or_text: Any, engine: str, timeout: float) -> Any:
    """Reading a file named hungry.txt takes 2 GB (a stand-in for an inflating page); killed.txt is
    killed as the kernel's out-of-memory killer does; other files are read as usual."""
    name = str(path_or_text)
    if name.endswith("hungry.txt"):
        return bytearray(2 << 30)
    if name.endswith("killed.txt"):
        os.kill(os.getpid(), signal.SIGKILL)
    return real_source(path_or_text, engine, timeout)


@pytest.fixture
def archive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(pipeline, "_source", _greedy)  # the forked workers inherit it
    monkeypatch.setattr(cluster, "_SANDBOXES", threading.local())  # sandboxes forked from now on
    root = tmp_path / "archive"
    root.mkdir()
    for name in ("hungry.txt", "killed.txt", "ok.txt"):
        (root / name).write_text(f"Văn bản {name}.", encoding="utf-8")
    return root


def test_a_document_past_the_memory_limit_fails_with_memory_and_the_audit_goes_on(
    archive: Path, tmp_path: Path
) -> None:
    db = tmp_path / "a.sqlite"
    summary = audit([archive], db, jobs=1, options={"memory_limit_mb": 300})
    assert summary.checked == 3 and len(summary.failed) == 2
    rows = dict(sqlite3.connect(db).execute("SELECT path, status || ' ' || coalesce(reason, '') FROM documents"))
    assert rows == {
        str(archive / "hungry.txt"): "error memory",
        str(archive / "killed.txt"): "error memory",
        str(archive / "ok.txt"): "ok ",
    }
    errors = dict(summary.failed)
    assert errors[str(archive / "hungry.txt")].endswith("vượt giới hạn bộ nhớ 300 MB (too large)")


def test_a_dask_worker_child_past_the_memory_limit_fails_with_memory(archive: Path) -> None:
    hungry = isolated_check(str(archive / "hungry.txt"), {"memory_limit_mb": 300}, 60.0)
    killed = isolated_check(str(archive / "killed.txt"), {}, 60.0)
    assert (hungry["status"], hungry["reason"]) == (killed["status"], killed["reason"]) == ("error", "memory")
    assert isolated_check(str(archive / "ok.txt"), {"memory_limit_mb": 300}, 60.0)["status"] == "ok"
    assert isolated_check(str(archive / "ok.txt"), {"memory_limit_mb": 300}, 60.0)["status"] == "ok"  # reused
