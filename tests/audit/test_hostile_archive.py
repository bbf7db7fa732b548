"""Archives that once broke the audit: odd names, pipes, copies, links out, kills, huge runs, bad databases."""

from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import SEED
from vnadmin_parse.audit import audit
from vnadmin_parse.audit.runner import AuditSummary, _summarise, display
from vnadmin_parse.audit.store import Store
from vnadmin_parse.audit.summary import render_summary
from vnadmin_parse.cli import main

TEXT = "Ủy ban nhân dân tỉnh đề nghị các sở triển khai kế hoạch.\n"


def _rows(db: Path) -> dict[str, tuple[str, str | None]]:
    con = sqlite3.connect(db)
    try:
        return {p: (s, e) for p, s, e in con.execute("SELECT path, status, error FROM documents")}
    finally:
        con.close()


def test_a_name_that_is_not_utf8_and_a_newline_in_a_name(tmp_path: Path) -> None:
    root = tmp_path / "archive"
    root.mkdir()
    odd = os.fsdecode(bytes(root) + b"/c\xf4ng-v\xe3n.txt")  # Latin-1 bytes in the name
    Path(odd).write_text(TEXT, encoding="utf-8")
    (root / "hai\ndòng.txt").write_text(TEXT + "Khác.\n", encoding="utf-8")
    (root / "x\nhỏng.pdf").write_bytes(b"%PDF-1.4 not really")
    db = tmp_path / "a.sqlite"
    summary = audit([root], db, jobs=1)
    assert summary.checked == 3 and len(summary.failed) == 1
    rows = _rows(db)
    assert set(rows) == {f"{root}/c\\xf4ng-v\\xe3n.txt", f"{root}/hai\\ndòng.txt", f"{root}/x\\nhỏng.pdf"}
    assert display(odd) in rows
    lines = render_summary(summary, str(db)).splitlines()
    assert any(line.strip().startswith(f"{root}/x\\nhỏng.pdf: ") for line in lines)
    assert not any(line.startswith("hỏng.pdf") for line in lines)


def test_a_fifo_gets_a_record_and_is_never_opened(tmp_path: Path) -> None:
    root = tmp_path / "archive"
    root.mkdir()
    os.mkfifo(root / "pipe.txt")
    (root / "ok.txt").write_text(TEXT, encoding="utf-8")
    start = time.perf_counter()
    summary = audit([root], tmp_path / "a.sqlite", jobs=1, time_limit=60)
    assert time.perf_counter() - start < 20
    assert [p for p, _ in summary.failed] == [str(root / "pipe.txt")]
    assert _rows(tmp_path / "a.sqlite")[str(root / "pipe.txt")][0] == "error"
    assert "not a regular file" in summary.failed[0][1]


def test_same_bytes_under_a_second_path(tmp_path: Path) -> None:
    root = tmp_path / "archive"
    root.mkdir()
    for name in ("a.txt", "b.txt"):
        (root / name).write_text(TEXT, encoding="utf-8")
    db = tmp_path / "a.sqlite"
    summary = audit([root], db, jobs=1)
    assert (summary.checked, summary.skipped, summary.duplicates) == (1, 0, 1)
    assert "đã có trong" in render_summary(summary, str(db)) and "1 bản sao" in render_summary(summary, str(db))
    con = sqlite3.connect(db)
    paths = dict(con.execute("SELECT path, sha1 FROM paths"))
    con.close()
    assert set(paths) == {str(root / "a.txt"), str(root / "b.txt")} and len(set(paths.values())) == 1


def test_a_symlink_out_of_the_archive_is_not_read(tmp_path: Path) -> None:
    secret = tmp_path / "outside" / "secret.txt"
    secret.parent.mkdir()
    secret.write_text(TEXT, encoding="utf-8")
    root = tmp_path / "archive"
    root.mkdir()
    (root / "link.txt").symlink_to(secret)
    (root / "inside.txt").write_text(TEXT + "Hai.\n", encoding="utf-8")
    (root / "alias.txt").symlink_to(root / "inside.txt")
    db = tmp_path / "a.sqlite"
    summary = audit([root], db, jobs=1)
    assert [p for p, _ in summary.failed] == [str(root / "link.txt")]
    assert "symlink out of the audited folders" in summary.failed[0][1]
    assert summary.duplicates == 1  # the link inside the archive is a copy of inside.txt
    con = sqlite3.connect(db)
    sha = con.execute("SELECT sha1 FROM documents WHERE path = ?", (str(root / "link.txt"),)).fetchone()[0]
    con.close()
    assert sha == hashlib.sha1(os.fsencode(root / "link.txt")).hexdigest()  # the target was not even hashed
    named = audit([root / "link.txt"], tmp_path / "b.sqlite", jobs=1)  # a link named on purpose is read
    assert [p for p, _ in named.failed] == []


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL])
def test_killing_the_audit_kills_its_workers(tmp_path: Path, sig: int) -> None:
    root = tmp_path / "archive"
    root.mkdir()
    for k in range(6):
        (root / f"{k}.txt").write_text(TEXT * (2000 + k), encoding="utf-8")  # long enough to be busy
    code = (
        "import sys, os; from vnadmin_parse.cli import main;"
        f" sys.exit(main(['audit', {str(root)!r}, '--db', {str(tmp_path / 'a.sqlite')!r}, '--jobs', '2', '--quiet']))"
    )
    proc = subprocess.Popen([sys.executable, "-c", code])
    deadline = time.monotonic() + 60
    children: list[int] = []
    while time.monotonic() < deadline and len(children) < 2:
        time.sleep(0.2)
        children = _children(proc.pid)
    assert len(children) >= 2
    proc.send_signal(sig)
    proc.wait(30)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(_alive(c) for c in children):
        time.sleep(0.1)
    assert not [c for c in children if _alive(c)]


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(c) for c in path.read_text().split()] if path.exists() else []


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state != "Z"


def test_summary_of_more_files_than_sql_variables(tmp_path: Path) -> None:
    store = Store(tmp_path / "big.sqlite")
    shas = [f"{k:040x}" for k in range(300_000)]
    summary = AuditSummary()
    _summarise(store, summary, "0", shas)  # was: "too many SQL variables"
    store.close()
    assert not summary.by_code


def test_negative_jobs_is_an_error_not_a_hang(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    assert main(["audit", str(tmp_path / "a.txt"), "--db", str(tmp_path / "a.sqlite"), "--jobs", "-1"]) == 2
    assert "--jobs" in capsys.readouterr().err
    with pytest.raises(ValueError):
        audit([tmp_path / "a.txt"], tmp_path / "a.sqlite", jobs=-1)


def test_merge_with_a_missing_or_foreign_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "all.sqlite"
    missing = tmp_path / "missing.sqlite"
    assert main(["merge", str(target), str(missing)]) == 2
    assert "missing.sqlite: không tìm thấy" in capsys.readouterr().err
    assert not missing.exists()
    text = tmp_path / "notes.sqlite"
    text.write_text("ghi chú", encoding="utf-8")
    assert main(["merge", str(target), str(text)]) == 2
    assert "not a SQLite database" in capsys.readouterr().err
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    assert main(["merge", str(target), str(other)]) == 2
    assert "not an audit database" in capsys.readouterr().err


def test_audit_db_that_is_not_a_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "report.sqlite"
    db.write_text("không phải cơ sở dữ liệu", encoding="utf-8")
    assert main(["audit", str(SEED), "--db", str(db), "--quiet"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "report.sqlite: không phải cơ sở dữ liệu SQLite" in err
