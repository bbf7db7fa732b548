"""The tables of an audit summary, read from the audit database: what the summary page shows
and what ``summary --csv`` / ``--parquet`` export for pandas, DuckDB or a BI tool."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path
from typing import Any

from vnadmin_parse.audit.store import Store
from vnadmin_parse.report.summary import Table, Tables
from vnadmin_parse.rules.registry import all_rules


def latest_version(store: Store) -> str | None:
    """The tool version of the most recent check in the database."""
    row = store.query("SELECT version FROM documents ORDER BY checked_at DESC, rowid DESC LIMIT 1")
    return row[0][0] if row else None


def _table(store: Store, name: str, columns: tuple[str, ...], sql: str, params: tuple[Any, ...]) -> Table:
    return Table(name, columns, store.query(sql, params))


_PER_DOCUMENT = (
    "count(*), sum(n_error), sum(n_warning), sum(n_info), sum(n_error + n_warning + n_info)"
    " FROM documents WHERE version = ? AND status = 'ok'"
)
_PER_DOCUMENT_COLUMNS = ("documents", "errors", "warnings", "notes", "findings")


def read_tables(store: Store, version: str, worst: int = 20) -> Tables:
    """The summary tables of ``version`` (``worst``: how many of the documents with most problems)."""
    names = {r.code: (r.name, r.family) for r in all_rules()}
    v = (version,)
    (documents, read, pages) = store.query(
        "SELECT count(*), coalesce(sum(status = 'ok'), 0), coalesce(sum(pages), 0) FROM documents WHERE version = ?",
        v,
    )[0]
    rule_rows = store.query(
        "SELECT code, severity, count(*), count(DISTINCT sha1) FROM findings WHERE version = ?"
        " GROUP BY code, severity ORDER BY count(*) DESC, code",
        v,
    )
    by_rule = Table(
        "by_rule",
        ("code", "name", "family", "severity", "findings", "documents"),
        [(c, *names.get(c, ("", c[:1])), s, n, d) for c, s, n, d in rule_rows],
    )
    severities: Counter[str] = Counter()
    for _, _, _, s, n, _ in by_rule.rows:
        severities[s] += n
    by_severity = Table(
        "by_severity", ("severity", "findings"), [(s, severities[s]) for s in ("error", "warning", "info")]
    )
    methods: Counter[str] = Counter()
    for (joined,) in store.query("SELECT methods FROM documents WHERE version = ? AND status = 'ok'", v):
        for method in (joined or "").split(","):
            methods[method or "?"] += 1
    return Tables(
        version=version,
        documents=documents,
        read=read,
        pages=pages,
        by_severity=by_severity,
        by_rule=by_rule,
        by_issuer=_table(
            store,
            "by_issuer",
            ("issuer", *_PER_DOCUMENT_COLUMNS),
            f"SELECT coalesce(issuer, '?'), {_PER_DOCUMENT} GROUP BY 1 ORDER BY 6 DESC, 2 DESC, 1",
            v,
        ),
        by_year=_table(
            store,
            "by_year",
            ("year", *_PER_DOCUMENT_COLUMNS),
            f"SELECT coalesce(substr(date, 1, 4), '?'), {_PER_DOCUMENT} GROUP BY 1 ORDER BY 1",
            v,
        ),
        by_type=_table(
            store,
            "by_type",
            ("type", *_PER_DOCUMENT_COLUMNS),
            f"SELECT coalesce(doc_type, '?'), {_PER_DOCUMENT} GROUP BY 1 ORDER BY 6 DESC, 2 DESC, 1",
            v,
        ),
        methods=Table("methods", ("method", "documents"), sorted(methods.items(), key=lambda kv: (-kv[1], kv[0]))),
        unreadable=_table(
            store,
            "unreadable",
            ("path", "reason", "error"),
            "SELECT path, coalesce(reason, '?'), error FROM documents WHERE version = ? AND status != 'ok'"
            " ORDER BY reason, path",
            v,
        ),
        worst=_table(
            store,
            "worst",
            ("path", "sha1", "type", "issuer", "date", "errors", "warnings", "notes"),
            "SELECT path, sha1, doc_type, issuer, date, n_error, n_warning, n_info FROM documents"
            " WHERE version = ? AND status = 'ok' AND n_error + n_warning > 0"
            " ORDER BY n_error DESC, n_warning DESC, path LIMIT ?",
            (version, worst),
        ),
        missing=_table(
            store,
            "missing",
            ("canonical", "citing_documents", "first_citing", "cited_as"),
            "SELECT m.canonical, count(DISTINCT m.sha1), min(d.path), min(m.text) FROM missing m"
            " JOIN documents d USING (sha1, version) WHERE m.version = ? GROUP BY 1 ORDER BY 2 DESC, 1",
            v,
        ),
    )


def write_csv(tables: Tables, folder: str | Path) -> list[Path]:
    """One UTF-8 CSV file per table (with a header row) in ``folder``."""
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for t in tables.all():
        path = out / f"{t.name}.csv"
        with path.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(t.columns)
            writer.writerows(t.rows)
        written.append(path)
    return written


def write_parquet(tables: Tables, folder: str | Path) -> list[Path]:
    """One Parquet file per table in ``folder`` (needs pyarrow: the optional extra ``parquet``)."""
    from vnadmin_parse.errors import VnadminError

    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise VnadminError(
            "--parquet cần gói pyarrow: pip install 'vnadmin-parse[parquet]' (pyarrow is not installed)"
        ) from None
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for t in tables.all():
        path = out / f"{t.name}.parquet"
        columns = {c: [row[i] for row in t.rows] for i, c in enumerate(t.columns)}
        pq.write_table(pa.table(columns), path)
        written.append(path)
    return written
