"""The archive rules (R012–R014) on their own example archives, through the audit database."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.conftest import TODAY
from vnadmin_parse.audit.crossdoc import cross_check
from vnadmin_parse.audit.runner import file_sha1
from vnadmin_parse.audit.store import Store
from vnadmin_parse.audit.worker import check_one
from vnadmin_parse.rules.registry import all_rules

ARCHIVE_RULES = [r for r in all_rules() if r.scope == "archive"]
FIRES = [(r.code, text) for r in ARCHIVE_RULES for text in r.fires]
PASSES = [(r.code, text) for r in ARCHIVE_RULES for text in r.passes]


def _audit(example: str, root: Path) -> tuple[Store, list[tuple[str, str, str]]]:
    """Read the example archive (documents separated by form feeds) into a database, run the cross checks."""
    root.mkdir()
    store = Store(root / "audit.sqlite")
    for i, text in enumerate(example.split("\f")):
        path = root / f"doc-{i}.txt"
        path.write_text(text, encoding="utf-8")
        result = check_one(str(path), {"select": ["R"], "today": TODAY})
        assert result["status"] == "ok", result
        store.save({**result, "sha1": file_sha1(path), "version": "test"})
    cross_check(store, "test")
    rows = store.query(
        "SELECT d.path, f.code, f.message FROM findings f JOIN documents d USING (sha1, version) ORDER BY 1, 2"
    )
    return store, [(Path(p).name, c, m) for p, c, m in rows]


def test_the_archive_rules_are_registered_with_examples() -> None:
    assert [r.code for r in ARCHIVE_RULES] == ["R012", "R013", "R014"]


@pytest.mark.parametrize(("code", "example"), FIRES)
def test_archive_rule_fires(code: str, example: str, tmp_path: Path) -> None:
    _, found = _audit(example, tmp_path / "archive")
    assert code in [c for _, c, _ in found], f"{code} did not fire on {example!r}"


@pytest.mark.parametrize(("code", "example"), PASSES)
def test_archive_rule_passes(code: str, example: str, tmp_path: Path) -> None:
    _, found = _audit(example, tmp_path / "archive")
    assert code not in [c for _, c, _ in found], f"{code} fired on {example!r}: {found}"


def test_findings_go_to_the_document_concerned_with_the_citation_place(tmp_path: Path) -> None:
    (r013,) = [r for r in ARCHIVE_RULES if r.code == "R013"]
    store, found = _audit(r013.fires[0], tmp_path / "archive")
    assert [(name, code) for name, code, _ in found if code == "R013"] == [("doc-1.txt", "R013")]
    message = next(m for _, c, m in found if c == "R013")
    assert message.startswith(
        "Kế hoạch số 29/KH-UBND: ngày ban hành ghi là 15/01/2023, nhưng bản lưu trong kho ghi 10/01/2023"
    )
    (row,) = store.query("SELECT page, line, text, suggestion FROM findings WHERE code = 'R013'")
    assert row[0] == 1 and row[1] and "29/KH-UBND" in row[2] and row[3] == "10/01/2023"
    counts = dict(store.query("SELECT path, n_warning FROM documents"))
    assert counts[str(tmp_path / "archive" / "doc-1.txt")] >= 1


def test_a_second_pass_replaces_the_first_and_missing_citations_are_listed(tmp_path: Path) -> None:
    example = (
        "ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\nSố: 5/QĐ-UBND\nBắc Ninh, ngày 05 tháng 3 năm 2023\n\nQUYẾT ĐỊNH\nVề A\n\n"
        "Căn cứ Kế hoạch số 41/KH-UBND ngày 10/01/2023 của Ủy ban nhân dân tỉnh Bắc Ninh về cải cách hành chính;\n"
        "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;\n"
    )
    store, _ = _audit(example, tmp_path / "archive")
    before = store.query("SELECT * FROM findings ORDER BY code")
    assert cross_check(store, "test")["missing"] == 1
    assert store.query("SELECT * FROM findings ORDER BY code") == before
    # the plan is missing; the decree is in the national registry, not a follow-up
    assert store.query("SELECT canonical FROM missing") == [("41/KH-UBND",)]


def test_an_audit_runs_the_cross_checks(tmp_path: Path) -> None:
    from vnadmin_parse.audit import audit

    (r014,) = [r for r in ARCHIVE_RULES if r.code == "R014"]
    root = tmp_path / "archive"
    root.mkdir()
    for i, text in enumerate(r014.fires[0].split("\f")):
        (root / f"doc-{i}.txt").write_text(text, encoding="utf-8")
    summary = audit([root], tmp_path / "a.sqlite", jobs=1, options={"select": ["R"]})
    assert summary.by_code["R014"] == 1
    con = sqlite3.connect(tmp_path / "a.sqlite")
    assert con.execute("SELECT count(*) FROM findings WHERE code = 'R014'").fetchone() == (1,)


def test_merging_shards_checks_the_whole_archive(tmp_path: Path) -> None:
    from vnadmin_parse.audit import audit
    from vnadmin_parse.cli import main

    (r013,) = [r for r in ARCHIVE_RULES if r.code == "R013"]
    parts = []
    for i, text in enumerate(r013.fires[0].split("\f")):  # the plan in one shard, the citing decision in another
        folder = tmp_path / f"office-{i}"
        folder.mkdir()
        (folder / "doc.txt").write_text(text, encoding="utf-8")
        audit([folder], tmp_path / f"part-{i}.sqlite", jobs=1, options={"select": ["R"]})
        parts.append(str(tmp_path / f"part-{i}.sqlite"))
    assert all(
        sqlite3.connect(p).execute("SELECT count(*) FROM findings WHERE code = 'R013'").fetchone() == (0,)
        for p in parts
    )
    assert main(["merge", str(tmp_path / "all.sqlite"), *parts]) == 0
    con = sqlite3.connect(tmp_path / "all.sqlite")
    assert con.execute("SELECT count(*) FROM findings WHERE code = 'R013'").fetchone() == (1,)
