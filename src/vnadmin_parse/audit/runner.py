"""Run checks over many files with a pool of worker processes.

Each file is checked in a worker; a worker that exceeds the per-document time
limit or dies is replaced and the file is recorded as failed — one broken file
never stops the batch. Results go to SQLite as they arrive, keyed by the file's
SHA-1 and the tool version, so an interrupted audit resumes where it stopped.
"""

from __future__ import annotations

import hashlib
import multiprocessing as mp
import os
import queue
import signal
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Any

from vnadmin_parse.audit.store import Store
from vnadmin_parse.audit.worker import Record, Stop, check_one, die_with_parent, stopped
from vnadmin_parse.extract import SUPPORTED

if TYPE_CHECKING:
    pass

Progress = Callable[[int, int, dict[str, Any]], None]


def discover(paths: Iterable[str | Path]) -> list[Path]:
    """Entries with a supported suffix under ``paths`` (files are taken as given), sorted, without duplicates.

    Symbolic links are listed, not followed into folders; what is not a regular file
    (a FIFO, a device) is listed too, so that the audit records why it was not read.
    """
    found: set[Path] = set()
    for p in map(Path, paths):
        if p.is_dir():
            for folder, _dirs, names in os.walk(p):
                found.update(Path(folder, n) for n in names if Path(n).suffix.lower() in SUPPORTED)
        else:
            found.add(p)
    return sorted(found)


def display(path: str | Path) -> str:
    """``path`` as one printable line: bytes that are not UTF-8 as ``\\xNN``, control characters escaped."""
    text = os.fsencode(path).decode("utf-8", "backslashreplace")
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in text)


def refusal(path: Path, roots: Sequence[Path]) -> str | None:
    """Why ``path`` is not read at all: a symbolic link found under one of the audited folders
    ``roots`` that points out of them all, or not a regular file."""
    if path.is_symlink():
        where = Path(os.path.abspath(path))
        found_under = any(where.is_relative_to(os.path.abspath(root)) for root in roots)
        target = path.resolve()
        if found_under and not any(target.is_relative_to(root.resolve()) for root in roots):
            return "liên kết tượng trưng trỏ ra ngoài thư mục kiểm tra, không đọc (symlink out of the audited folders)"
    if not path.is_file():
        return "không phải tệp thường (FIFO, thiết bị, liên kết hỏng), không đọc (not a regular file)"
    return None


def in_shard(path: Path, index: int, count: int) -> bool:
    """Whether ``path`` belongs to shard ``index`` of ``count`` (stable across machines)."""
    digest = hashlib.sha1(os.fsencode(path.as_posix())).digest()
    return int.from_bytes(digest[:8], "big") % count == index


def file_sha1(path: Path) -> str:
    h = hashlib.sha1()
    if not path.is_file():  # a pipe or device: never block reading it here
        h.update(os.fsencode(path))
        return h.hexdigest()
    try:
        with path.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
    except OSError:
        h.update(os.fsencode(path))
    return h.hexdigest()


def _worker_loop(tasks: Any, results: Any, options: dict[str, Any], parent: int) -> None:
    die_with_parent()
    if os.getppid() != parent:  # the audit died before the line above
        return
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the audit process handles Ctrl-C and kills its workers
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the audit's handler, inherited through fork
    while True:
        path = tasks.get()
        if path is None:
            return
        results.put(check_one(path, options))


@dataclass
class _Worker:
    proc: Any
    tasks: Any
    path: str | None = None
    started: float = 0.0


@dataclass
class AuditSummary:
    """What an audit did, for the summary an auditor reads at a glance."""

    total: int = 0
    checked: int = 0
    skipped: int = 0
    duplicates: int = 0  # files with the same bytes as another file of this audit, checked once
    failed: list[tuple[str, str]] = field(default_factory=list)
    by_code: Counter[str] = field(default_factory=Counter)
    by_severity: Counter[str] = field(default_factory=Counter)
    worst: list[tuple[str, int]] = field(default_factory=list)
    missing: int = 0  # citations of documents that the archive does not hold
    seconds: float = 0.0


def audit(
    paths: Sequence[str | Path],
    db: str | Path,
    *,
    jobs: int = 0,
    shard: tuple[int, int] = (0, 1),
    time_limit: float = 180.0,
    options: dict[str, Any] | None = None,
    progress: Progress | None = None,
    scheduler: str | None = None,
) -> AuditSummary:
    """Check every supported file under ``paths`` into the SQLite database ``db``.

    ``jobs`` worker processes (0: one per CPU); ``shard=(i, n)`` takes the i-th of
    n stable slices of the file list, so n machines can split an archive and their
    databases be merged afterwards; ``time_limit`` seconds per document. With
    ``scheduler`` (``tcp://HOST:PORT`` or ``local``: a local cluster of ``jobs``
    processes) the documents run on a Dask cluster; this process alone writes ``db``.
    """
    from vnadmin_parse import __version__

    if jobs < 0:
        raise ValueError(f"jobs must be 0 (one per CPU) or more, not {jobs}")
    began = time.perf_counter()
    files = [f for f in discover(paths) if in_shard(f, *shard)]
    roots = [Path(p) for p in paths if Path(p).is_dir()]
    store = Store(db)
    summary = AuditSummary(total=len(files))
    done = store.done(__version__)
    queued: set[str] = set()
    todo: list[tuple[str, str]] = []
    shas: list[str] = []
    for f in files:
        reason = refusal(f, roots)
        sha = hashlib.sha1(os.fsencode(f)).hexdigest() if reason else file_sha1(f)  # never read what is refused
        shas.append(sha)
        if reason:
            name = display(f)
            store.save(
                {
                    "sha1": sha,
                    "version": __version__,
                    "path": name,
                    "status": "error",
                    "error": f"{name}: {reason}",
                    "reason": "refused",
                }
            )
            summary.checked += 1
            summary.failed.append((name, f"{name}: {reason}"))
            continue
        store.save_path(display(f), sha, __version__)
        if sha in done:
            summary.skipped += 1
        elif sha in queued:
            summary.duplicates += 1  # identical copies are checked once
        else:
            todo.append((str(f), sha))
            queued.add(sha)
    opts = dict(options or {})
    opts.setdefault("timeout", time_limit)
    sha_of = dict(todo)
    recorded = Counter[str]()

    def record(result: dict[str, Any]) -> None:
        real = result["path"]
        result["sha1"] = sha_of[real]
        result["version"] = __version__
        result["path"] = display(real)
        if result.get("error"):
            result["error"] = display(str(result["error"]).replace(real, result["path"]))
        store.save(result)
        summary.checked += 1
        if result["status"] != "ok":
            summary.failed.append((result["path"], result.get("error", "")))
        recorded["done"] += 1
        if progress:
            progress(recorded["done"], len(todo), result)

    try:
        with _stop_on_signals() as stop:
            if scheduler:
                from vnadmin_parse.audit.cluster import run_on_dask

                run_on_dask(todo, record, scheduler, jobs or mp.cpu_count(), time_limit, opts, stop)
            else:
                _run_pool(todo, record, jobs or mp.cpu_count(), time_limit, opts, stop)
        from vnadmin_parse.audit.crossdoc import cross_check

        summary.missing = cross_check(store, __version__)["missing"]
    finally:
        _summarise(store, summary, __version__, shas)
        store.close()
    summary.seconds = time.perf_counter() - began
    return summary


@contextmanager
def _stop_on_signals() -> Iterator[Stop]:
    """SIGTERM and Ctrl-C end the audit cleanly: workers killed, results so far kept."""
    stop = Stop()
    if threading.current_thread() is not threading.main_thread():
        yield stop
        return

    def request(_signum: int, _frame: FrameType | None) -> None:
        stop.requested = True

    previous = {sig: signal.signal(sig, request) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield stop
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _run_pool(
    todo: list[tuple[str, str]], record: Record, jobs: int, time_limit: float, options: dict[str, Any], stop: Stop
) -> None:
    if not todo:
        return
    ctx: Any = mp.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    results: Any = ctx.Queue()
    pending = [p for p, _ in reversed(todo)]
    workers: list[_Worker] = []

    def spawn() -> _Worker:
        tasks = ctx.Queue()
        proc = ctx.Process(target=_worker_loop, args=(tasks, results, options, os.getpid()), daemon=True)
        proc.start()
        return _Worker(proc, tasks)

    workers = [spawn() for _ in range(min(jobs, len(todo)))]
    finished = False
    try:
        while pending or any(w.path for w in workers):
            if stop.requested:
                raise KeyboardInterrupt
            for w in workers:
                if w.path is None and pending:
                    w.path, w.started = pending.pop(), time.monotonic()
                    w.tasks.put(w.path)
            try:
                result = results.get(timeout=0.2)
            except queue.Empty:
                result = None
            if result is not None:
                for w in workers:
                    if w.path == result["path"]:
                        w.path = None
                record(result)
            now = time.monotonic()
            for i, w in enumerate(workers):
                if w.path is None:
                    continue
                overdue = now - w.started > time_limit
                if overdue or not w.proc.is_alive():
                    w.proc.kill()
                    w.proc.join()
                    record(stopped(w.path, None if overdue else w.proc.exitcode, time_limit, now - w.started))
                    workers[i] = spawn()
        finished = True
    finally:
        for w in workers:
            if w.proc.is_alive() and finished:
                w.tasks.put(None)
        for w in workers:
            w.proc.join(timeout=5 if finished else 0)
            if w.proc.is_alive():
                w.proc.kill()
                w.proc.join()


def _summarise(store: Store, summary: AuditSummary, version: str, shas: list[str]) -> None:
    """Counts by rule and severity, and the worst documents, over the documents of this audit
    (their SHA-1s go through a temporary table: an archive has more files than SQL has variables)."""
    if not shas:
        return
    store.db.execute("CREATE TEMP TABLE IF NOT EXISTS audit_run (sha1 TEXT PRIMARY KEY)")
    store.db.execute("DELETE FROM audit_run")
    store.db.executemany("INSERT OR IGNORE INTO audit_run VALUES (?)", ((s,) for s in shas))
    rows = store.query(
        "SELECT f.code, f.severity FROM findings f WHERE f.version = ? AND f.sha1 IN (SELECT sha1 FROM audit_run)",
        (version,),
    )
    for code, severity in rows:
        summary.by_code[code] += 1
        summary.by_severity[severity] += 1
    summary.worst = [
        (p, n)
        for p, n in store.query(
            "SELECT path, n_error + n_warning FROM documents WHERE version = ? AND status = 'ok'"
            " AND sha1 IN (SELECT sha1 FROM audit_run) ORDER BY n_error DESC, n_warning DESC, path LIMIT 10",
            (version,),
        )
        if n
    ]
