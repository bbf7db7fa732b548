"""The audit on a local Dask cluster writes the same database as the local worker pool."""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path

import pytest

from vnadmin_parse.audit import audit
from vnadmin_parse.audit.cluster import ClusterUnavailable, isolated_check
from vnadmin_parse.cli import main

pytest.importorskip("distributed")

#: What a run may differ in: when and how fast it ran.
_TIMING = {"seconds", "checked_at"}


def _rows(db: Path) -> dict[str, list[tuple[object, ...]]]:
    con = sqlite3.connect(db)
    out = {}
    for table in ("documents", "findings", "refs", "known", "paths"):
        cols = [r[1] for r in con.execute(f"PRAGMA table_info({table})") if r[1] not in _TIMING]
        quoted = ", ".join(f'"{c}"' for c in cols)
        out[table] = sorted(con.execute(f"SELECT {quoted} FROM {table}"), key=repr)
    con.close()
    return out


@pytest.fixture
def small_archive(tmp_path: Path) -> Path:
    root = tmp_path / "archive"
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_text("Ông nói: “Xin chào.", encoding="utf-8")
    (root / "sub" / "b.txt").write_text(
        "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2021 của Chính phủ về công tác văn thư.", encoding="utf-8"
    )
    (root / "c.txt").write_text("Báo cáo  tình hình năm 2023.", encoding="utf-8")
    (root / "broken.pdf").write_bytes(b"%PDF-1.4\nnot really")
    return root


def test_a_local_dask_cluster_writes_the_same_rows_as_jobs(small_archive: Path, tmp_path: Path) -> None:
    options = {"select": ["T", "R"]}
    pool = audit([small_archive], tmp_path / "pool.sqlite", jobs=2, options=options)
    dask = audit([small_archive], tmp_path / "dask.sqlite", jobs=2, options=options, scheduler="local")
    assert (dask.checked, len(dask.failed)) == (pool.checked, len(pool.failed)) == (4, 1)
    rows = _rows(tmp_path / "dask.sqlite")
    assert rows == _rows(tmp_path / "pool.sqlite")
    assert rows["findings"] and rows["refs"]
    assert len({r[0] for r in rows["documents"]}) == len(rows["documents"]) == 4  # each document recorded once


def test_a_document_that_overruns_is_killed_in_its_own_child(tmp_path: Path) -> None:
    fifo = tmp_path / "never.txt"
    os.mkfifo(fifo)  # reading it blocks for ever: the child, not the worker, is killed at the limit
    result = isolated_check(str(fifo), {"timeout": 0}, 1.0)
    assert result["status"] == "error" and result["reason"] == "time"
    assert result["error"] == f"{fifo}: quá giới hạn thời gian 1 giây (time limit exceeded)"


def test_without_distributed_the_scheduler_flag_is_a_one_line_error(
    small_archive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # import fails as if not installed
    with pytest.raises(ClusterUnavailable):
        audit([small_archive], tmp_path / "x.sqlite", scheduler="local")
    assert main(["audit", str(small_archive), "--db", str(tmp_path / "y.sqlite"), "--scheduler", "local"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith("vnadmin-parse: --scheduler cần gói Dask distributed: pip install")
