from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest

from tests.conftest import SEED
from vnadmin_parse.audit import audit, discover, runner
from vnadmin_parse.audit.runner import in_shard
from vnadmin_parse.audit.store import Store
from vnadmin_parse.audit.summary import render_summary
from vnadmin_parse.cli import main


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    root = tmp_path / "archive"
    (root / "2023").mkdir(parents=True)
    (root / "2023" / "seed.txt").write_bytes(SEED.read_bytes())
    (root / "quote.txt").write_text("Ông nói: “Xin chào.", encoding="utf-8")
    (root / "broken.pdf").write_bytes(b"%PDF-1.4\nnot really")
    (root / "ignored.jpg").write_bytes(b"\xff\xd8")
    return root


def test_discover_finds_supported_files_only(archive: Path) -> None:
    names = [p.name for p in discover([archive])]
    assert names == ["seed.txt", "broken.pdf", "quote.txt"]  # sorted by path: "2023/" first


def test_audit_stores_results_and_survives_a_broken_file(archive: Path, tmp_path: Path) -> None:
    db = tmp_path / "audit.sqlite"
    summary = audit([archive], db, jobs=2, options={"select": ["T"]})
    assert summary.total == 3 and summary.checked == 3
    assert [Path(p).name for p, _ in summary.failed] == ["broken.pdf"]
    con = sqlite3.connect(db)
    statuses = dict(con.execute("SELECT path, status FROM documents"))
    assert statuses[str(archive / "quote.txt")] == "ok"
    codes = [c for (c,) in con.execute("SELECT code FROM findings")]
    assert "T001" in codes
    text = render_summary(summary, str(db))
    assert "T001" in text and "broken.pdf" in text


def test_audit_resumes_and_retries_only_failures(archive: Path, tmp_path: Path) -> None:
    db = tmp_path / "audit.sqlite"
    audit([archive], db, jobs=1, options={"select": ["T"]})
    again = audit([archive], db, jobs=1, options={"select": ["T"]})
    assert again.skipped == 2 and again.checked == 1  # the broken PDF is tried again


def _hang_on_slow_files(path: str, options: dict[str, object]) -> dict[str, object]:
    if path.endswith("slow.txt"):
        time.sleep(3600)
    return real_check_one(path, options)


real_check_one = runner.check_one


def test_a_hanging_file_is_killed_at_the_time_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(runner, "check_one", _hang_on_slow_files)  # the forked workers inherit it
    slow = tmp_path / "slow.txt"
    slow.write_text("Văn bản chậm.", encoding="utf-8")
    ok = tmp_path / "ok.txt"
    ok.write_text("Văn bản.", encoding="utf-8")
    start = time.perf_counter()
    summary = audit([slow, ok], tmp_path / "a.sqlite", jobs=1, time_limit=10.0)
    assert time.perf_counter() - start < 40
    assert summary.failed == [(str(slow), f"{slow}: quá giới hạn thời gian 10 giây (time limit exceeded)")]
    assert summary.checked == 2


def test_shards_partition_the_archive(archive: Path) -> None:
    files = discover([archive])
    parts = [[f for f in files if in_shard(f, i, 3)] for i in range(3)]
    assert sorted(f for part in parts for f in part) == sorted(files)


def test_merge_combines_shard_databases(archive: Path, tmp_path: Path) -> None:
    for i in range(2):
        audit([archive], tmp_path / f"s{i}.sqlite", jobs=1, shard=(i, 2), options={"select": ["T"]})
    assert main(["merge", str(tmp_path / "all.sqlite"), str(tmp_path / "s0.sqlite"), str(tmp_path / "s1.sqlite")]) == 0
    store = Store(tmp_path / "all.sqlite")
    assert store.query("SELECT count(*) FROM documents")[0][0] == 3
    store.close()


def test_cli_audit_exit_code_and_bad_shard(archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["audit", str(archive), "--db", str(tmp_path / "c.sqlite"), "--jobs", "1", "--quiet"]) == 2
    assert "Kiểm tra hàng loạt" in capsys.readouterr().out
    assert main(["audit", str(archive), "--shard", "3/2"]) == 2


def test_audit_learns_a_catalog_that_check_can_use(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "a.txt").write_text(
        "Thực hiện Kế hoạch số 12/KH-UBND ngày 05/02/2024 của Ủy ban nhân dân tỉnh về công tác năm 2024.",
        encoding="utf-8",
    )
    known = tmp_path / "known.json"
    db = tmp_path / "audit.sqlite"
    main(["audit", str(archive), "--db", str(db), "--jobs", "1", "--quiet", "--catalog", str(known)])
    assert "12/KH-UBND" in known.read_text(encoding="utf-8")
    later = tmp_path / "b.txt"
    later.write_text(
        "Căn cứ Kế hoạch số 12/KH-UBND ngày 15/02/2024 của Ủy ban nhân dân tỉnh về công tác năm 2024.",
        encoding="utf-8",
    )
    capsys.readouterr()
    main(["check", str(later), "--select", "R010", "--catalog", str(known)])
    assert "R010" in capsys.readouterr().out


def test_check_with_a_missing_catalog_is_a_clear_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(SEED), "--catalog", "/nonexistent/known.csv"]) == 2
    assert "known.csv" in capsys.readouterr().err


def test_each_document_is_checked_under_its_folders_configuration(tmp_path: Path) -> None:
    office, other, broken = tmp_path / "so-a", tmp_path / "so-b", tmp_path / "so-c"
    for folder in (office, other, broken):
        folder.mkdir()
        (folder / "bao-cao.txt").write_text(SEED.read_text(encoding="utf-8") + f"\n{folder.name}\n", encoding="utf-8")
    (office / "vnadmin-parse.toml").write_text('ignore = ["S", "T005"]\n', encoding="utf-8")
    (broken / "vnadmin-parse.toml").write_text("ignore = [\n", encoding="utf-8")
    db = tmp_path / "a.sqlite"
    audit([tmp_path], db, jobs=1)
    with sqlite3.connect(db) as con:
        codes = {
            folder: {c for (c,) in con.execute(
                "SELECT f.code FROM findings f JOIN paths p ON p.sha1 = f.sha1 WHERE p.path LIKE ?", (f"%/{folder}/%",)
            )}
            for folder in ("so-a", "so-b")
        }  # fmt: skip
        failed = con.execute("SELECT reason, error FROM documents WHERE status = 'error'").fetchall()
    assert {c for c in codes["so-b"] if c.startswith("S")} and "T005" in codes["so-b"]
    assert not {c for c in codes["so-a"] if c.startswith("S") or c == "T005"}
    assert codes["so-a"] and codes["so-a"] < codes["so-b"]
    ((reason, error),) = failed
    assert reason == "config" and "vnadmin-parse.toml" in error
