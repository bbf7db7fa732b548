"""The audit database (SQLite): one row per document, its findings and references."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from vnadmin_parse.catalog import Catalog

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    sha1 TEXT NOT NULL,
    path TEXT NOT NULL,
    version TEXT NOT NULL,
    status TEXT NOT NULL,          -- ok | error
    error TEXT,
    reason TEXT,                   -- why an error: config | memory | time | crash | unreadable | refused | unexpected
    kind TEXT,
    encoding TEXT,
    pages INTEGER,
    methods TEXT,                  -- how its pages were read: pdf-fast, pdf-layout, ocr, text… (comma-separated)
    doc_type TEXT,
    number TEXT,
    canonical TEXT,                -- the number as a canonical symbol, when valid
    issuer TEXT,
    date TEXT,
    title TEXT,
    n_error INTEGER DEFAULT 0,
    n_warning INTEGER DEFAULT 0,
    n_info INTEGER DEFAULT 0,
    seconds REAL,
    checked_at TEXT DEFAULT (datetime('now')),
    PRIMARY KEY (sha1, version)
);
CREATE INDEX IF NOT EXISTS documents_path ON documents(path);
CREATE TABLE IF NOT EXISTS findings (
    sha1 TEXT NOT NULL,
    version TEXT NOT NULL,
    code TEXT NOT NULL,
    severity TEXT NOT NULL,
    message TEXT NOT NULL,
    page INTEGER,
    line INTEGER,
    start INTEGER,
    "end" INTEGER,
    text TEXT,
    suggestion TEXT
);
CREATE INDEX IF NOT EXISTS findings_doc ON findings(sha1, version);
CREATE INDEX IF NOT EXISTS findings_code ON findings(code);
CREATE TABLE IF NOT EXISTS refs (
    sha1 TEXT NOT NULL,
    version TEXT NOT NULL,
    canonical TEXT,
    type TEXT,
    number TEXT,
    date TEXT,
    issuer TEXT,
    title TEXT,
    text TEXT,
    page INTEGER,
    line INTEGER,
    start INTEGER,
    "end" INTEGER
);
CREATE INDEX IF NOT EXISTS refs_doc ON refs(sha1, version);
CREATE INDEX IF NOT EXISTS refs_canonical ON refs(canonical);
CREATE TABLE IF NOT EXISTS missing (
    sha1 TEXT NOT NULL,            -- the citing document
    version TEXT NOT NULL,
    canonical TEXT NOT NULL,       -- a cited document that the archive does not hold
    text TEXT
);
CREATE TABLE IF NOT EXISTS known (
    sha1 TEXT NOT NULL,
    version TEXT NOT NULL,
    canonical TEXT NOT NULL,
    type TEXT,
    date TEXT,
    issuer TEXT,
    subject TEXT,
    source TEXT
);
CREATE INDEX IF NOT EXISTS known_doc ON known(sha1, version);
CREATE TABLE IF NOT EXISTS paths (
    path TEXT NOT NULL,            -- every audited path, copies of the same bytes included
    sha1 TEXT NOT NULL,
    version TEXT NOT NULL,
    PRIMARY KEY (path, version)
);
CREATE INDEX IF NOT EXISTS paths_doc ON paths(sha1, version);
"""
_TABLES = ("documents", "findings", "refs", "known")
#: Columns added since the first schema: an older database gains them when opened.
_ADDED = {
    "documents": ("reason TEXT", "canonical TEXT", "methods TEXT"),
    "refs": ("page INTEGER", "line INTEGER", "start INTEGER", '"end" INTEGER'),
}
_HEADER = b"SQLite format 3\x00"


def require_database(path: Path, *, exists: bool) -> None:
    """Raise InputError unless ``path`` is a SQLite file (or, unless ``exists``, no file yet)."""
    from vnadmin_parse.errors import InputError

    if not path.exists():
        if exists:
            raise InputError(str(path), "không tìm thấy cơ sở dữ liệu (database not found)")
        return
    if path.is_dir():
        raise InputError(str(path), "là thư mục, không phải cơ sở dữ liệu (is a directory)")
    with path.open("rb") as fh:
        head = fh.read(len(_HEADER))
    if head and head != _HEADER:
        raise InputError(str(path), "không phải cơ sở dữ liệu SQLite (not a SQLite database)")


class Store:
    """A thin wrapper over the audit database."""

    def __init__(self, path: str | Path) -> None:
        from vnadmin_parse.errors import InputError

        self.path = Path(path)
        require_database(self.path, exists=False)
        try:
            self.db = sqlite3.connect(self.path)
            self.db.executescript(SCHEMA)
            self._upgrade()
        except sqlite3.DatabaseError as exc:
            raise InputError(str(path), f"không mở được cơ sở dữ liệu ({exc})") from exc

    def _upgrade(self) -> None:
        for table, columns in _ADDED.items():
            have = self.columns(table)
            for column in columns:
                if column.split()[0].strip('"') not in have:
                    self.db.execute(f"ALTER TABLE {table} ADD COLUMN {column}")

    def columns(self, table: str, schema: str = "main") -> list[str]:
        return [r[1] for r in self.db.execute(f"PRAGMA {schema}.table_info({table})")]

    def close(self) -> None:
        self.db.close()

    def done(self, version: str) -> set[str]:
        """SHA-1s already checked successfully by this version (a rerun skips them, retries failures)."""
        rows = self.db.execute("SELECT sha1 FROM documents WHERE version = ? AND status = 'ok'", (version,))
        return {r[0] for r in rows}

    def save(self, result: dict[str, Any]) -> None:
        """Store one document's result (replacing an earlier result of the same version)."""
        key = (result["sha1"], result["version"])
        with self.db:
            for table in _TABLES:
                self.db.execute(f"DELETE FROM {table} WHERE sha1 = ? AND version = ?", key)
            doc = result.get("document") or {}
            counts = result.get("counts") or {}
            self.db.execute(
                "INSERT INTO documents (sha1, path, version, status, error, reason, kind, encoding, pages, methods,"
                " doc_type, number, canonical, issuer, date, title, n_error, n_warning, n_info, seconds) VALUES"
                " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    *key[:1],
                    result["path"],
                    key[1],
                    result["status"],
                    result.get("error"),
                    result.get("reason"),
                    result.get("kind"),
                    result.get("encoding"),
                    result.get("pages"),
                    result.get("methods"),
                    doc.get("type"),
                    doc.get("number"),
                    result.get("canonical"),
                    doc.get("issuer"),
                    doc.get("date"),
                    doc.get("title"),
                    counts.get("error", 0),
                    counts.get("warning", 0),
                    counts.get("info", 0),
                    result.get("seconds"),
                ),
            )
            self.db.executemany(
                'INSERT INTO findings (sha1, version, code, severity, message, page, line, start, "end", text,'
                " suggestion) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        *key,
                        f["code"],
                        f["severity"],
                        f["message"],
                        f["page"],
                        f["line"],
                        f["start"],
                        f["end"],
                        f["text"],
                        f["suggestion"],
                    )
                    for f in result.get("findings", [])
                ],
            )
            self.db.executemany(
                "INSERT INTO refs (sha1, version, canonical, type, number, date, issuer, title, text, page, line,"
                ' start, "end") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
                [
                    (
                        *key,
                        *(r[k] for k in ("canonical", "type", "number", "date", "issuer", "title", "text")),
                        *(r.get(k) for k in ("page", "line", "start", "end")),
                    )
                    for r in result.get("references", [])
                ],
            )
            self.db.executemany(
                "INSERT INTO known (sha1, version, canonical, type, date, issuer, subject, source)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (*key, k["canonical"], k["type"], k["date"], k["issuer"], k["subject"], k["source"])
                    for k in result.get("known", [])
                ],
            )

    def save_path(self, path: str, sha1: str, version: str) -> None:
        """Record that ``path`` holds the document ``sha1`` (a copy under a second path gets its own row)."""
        with self.db:
            self.db.execute(
                "INSERT OR REPLACE INTO paths (path, sha1, version) VALUES (?, ?, ?)", (path, sha1, version)
            )

    def merge(self, others: Iterable[str | Path]) -> int:
        """Copy the rows of other audit databases (e.g. from cluster shards) into this one.

        Raises InputError for a file that is missing or is not an audit database.
        """
        from vnadmin_parse.errors import InputError

        paths = [Path(o) for o in others]
        for other in paths:
            require_database(other, exists=True)
        merged = 0
        for other in paths:
            self.db.execute("ATTACH DATABASE ? AS other", (str(other),))
            try:
                tables = {r[0] for r in self.db.execute("SELECT name FROM other.sqlite_master WHERE type = 'table'")}
                if not set(_TABLES) <= tables:
                    raise InputError(str(other), "không phải cơ sở dữ liệu kiểm tra hàng loạt (not an audit database)")
                with self.db:
                    if "paths" in tables:
                        self.db.execute("INSERT OR REPLACE INTO paths SELECT * FROM other.paths")
                    for table in _TABLES:
                        self.db.execute(
                            f"DELETE FROM {table} WHERE (sha1, version) IN (SELECT sha1, version FROM other.documents)"
                        )
                        ours = set(self.columns(table))
                        shared = ", ".join(f'"{c}"' for c in self.columns(table, "other") if c in ours)
                        self.db.execute(f"INSERT INTO {table} ({shared}) SELECT {shared} FROM other.{table}")
                    merged += self.db.execute("SELECT count(*) FROM other.documents").fetchone()[0]
            finally:
                self.db.execute("DETACH DATABASE other")
        return merged

    def catalog(self) -> Catalog:
        """The known documents learned by the audits in this database (successful checks only)."""
        from vnadmin_parse.catalog import Catalog, KnownDocument

        rows = self.query(
            "SELECT k.canonical, k.type, k.date, k.issuer, k.subject, k.source FROM known k"
            " JOIN documents d ON d.sha1 = k.sha1 AND d.version = k.version WHERE d.status = 'ok'"
            " ORDER BY k.canonical, k.date"
        )
        return Catalog(KnownDocument(*row) for row in rows)

    def query(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        return list(self.db.execute(sql, params))
