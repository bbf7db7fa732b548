"""Cross-document checks over an audit database, run once its documents are read.

The archive rules (``rules/references_archive.py``: R012–R014) see every successfully read document of
one tool version — the whole database, not only this run's files, so that a resumed or
merged audit is checked as one archive. Their findings are stored as findings of the
document they concern (replacing those of an earlier pass), the documents' counts are
brought up to date, and the citations of documents the archive does not hold go to the
``missing`` table for follow-up instead of one warning each.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from vnadmin_parse.audit.store import Store
from vnadmin_parse.rules.references_archive import CHECKS, Archive, Citation, Filed
from vnadmin_parse.rules.registry import all_rules, get_rule


def load_archive(store: Store, version: str) -> Archive:
    """The documents of ``version`` that were read, with their citations."""
    cited: dict[str, list[Citation]] = defaultdict(list)
    for sha1, *fields in store.query(
        'SELECT sha1, canonical, type, date, issuer, title, text, start, "end", page, line FROM refs'
        " WHERE version = ? AND canonical IS NOT NULL ORDER BY sha1, start",
        (version,),
    ):
        canonical, type_, date, issuer, title, text, start, end, page, line = fields
        cited[sha1].append(Citation(canonical, type_, date, issuer, title, text or "", start, end, page, line))
    rows = store.query(
        "SELECT sha1, path, canonical, doc_type, issuer, date, title FROM documents"
        " WHERE version = ? AND status = 'ok' ORDER BY path",
        (version,),
    )
    return Archive(
        Filed(sha1, path, canonical, type_, issuer, date, title, tuple(cited.get(sha1, ())))
        for sha1, path, canonical, type_, issuer, date, title in rows
    )


def cross_check(store: Store, version: str) -> Counter[str]:
    """Run the archive rules over ``store``; return how many findings each rule made and, under
    ``"missing"``, how many citations point out of the archive."""
    all_rules()  # registers the archive rules
    archive = load_archive(store, version)
    counts: Counter[str] = Counter()
    findings = []
    for code, check in CHECKS.items():
        r = get_rule(code)
        for h in check(archive):
            c = h.citation
            findings.append(
                (
                    h.key,
                    version,
                    code,
                    h.severity or r.severity,
                    r.format(h.hit()),
                    c.page if c else None,
                    c.line if c else None,
                    c.start if c else None,
                    c.end if c else None,
                    c.text if c else None,
                    h.suggestion,
                )
            )
            counts[code] += 1
    missing = [(d.key, version, c.canonical, c.text) for d, c in archive.missing()]
    counts["missing"] = len(missing)
    codes = tuple(CHECKS)
    with store.db:
        store.db.execute(
            f"DELETE FROM findings WHERE version = ? AND code IN ({', '.join('?' * len(codes))})", (version, *codes)
        )
        store.db.executemany(
            'INSERT INTO findings (sha1, version, code, severity, message, page, line, start, "end", text,'
            " suggestion) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            findings,
        )
        store.db.execute("DELETE FROM missing WHERE version = ?", (version,))
        store.db.executemany("INSERT INTO missing (sha1, version, canonical, text) VALUES (?, ?, ?, ?)", missing)
        for severity in ("error", "warning", "info"):
            store.db.execute(
                f"UPDATE documents SET n_{severity} = (SELECT count(*) FROM findings f WHERE f.sha1 = documents.sha1"
                " AND f.version = documents.version AND f.severity = ?) WHERE version = ? AND status = 'ok'",
                (severity, version),
            )
    return counts
