"""Run an audit's documents on a Dask cluster (``distributed``, an optional dependency).

The workers only compute: each document is checked in a child process forked by the
worker for that document alone, so the per-document time limit, the memory limit and a
crash stay with that document, as with ``--jobs``. Results stream back as they complete
to the one process that writes the database, which is what makes resuming and
exactly-once recording work the same way on a cluster as on one machine.
"""

from __future__ import annotations

import json
import os
import select
import signal
import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any

from vnadmin_parse.audit.worker import Record, Stop, check_one, die_with_parent, stopped
from vnadmin_parse.errors import VnadminError

#: Documents in flight per worker thread: enough to keep workers busy between results,
#: few enough that a large archive is not one huge graph on the scheduler.
IN_FLIGHT_PER_THREAD = 4


class ClusterUnavailable(VnadminError):
    """The distributed engine is not installed, or the scheduler cannot be reached."""


def isolated_check(path: str, options: dict[str, Any], time_limit: float) -> dict[str, Any]:
    """Check ``path`` in a child process of this worker, killed at ``time_limit`` seconds.

    Runs on a Dask worker; returns the same result dictionary as ``check_one``, or the
    failure that ``--jobs`` records for a document whose worker died or overran.
    """
    _warm(bool(options.get("memory_limit_mb")))
    read_end, write_end = os.pipe()
    began = time.monotonic()
    pid = os.fork()
    if pid == 0:  # the child: check, write the result as JSON, exit without cleanup
        try:
            os.close(read_end)
            die_with_parent()
            signal.signal(signal.SIGINT, signal.SIG_IGN)
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            data = json.dumps(check_one(path, options), ensure_ascii=False).encode()
            with os.fdopen(write_end, "wb") as out:
                out.write(data)
        finally:
            os._exit(0)
    os.close(write_end)
    chunks: list[bytes] = []
    overdue = False
    with os.fdopen(read_end, "rb", buffering=0) as pipe:
        while True:
            left = began + time_limit - time.monotonic()
            if left <= 0:
                overdue = True
                break
            ready, _, _ = select.select([pipe], [], [], left)
            if ready:
                chunk = pipe.read(1 << 16)
                if not chunk:
                    break
                chunks.append(chunk)
    if overdue:
        os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    seconds = time.monotonic() - began
    if overdue:
        return stopped(path, None, time_limit, seconds)
    if chunks and os.WIFEXITED(status):
        result: dict[str, Any] = json.loads(b"".join(chunks))
        return result
    code = -os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)
    return stopped(path, code, time_limit, seconds)


@cache
def _warm(with_model: bool) -> None:
    """Once per worker, before the first fork: import what a check imports lazily (and, under a memory
    limit, load the syllable model), so that each document's child starts warm instead of paying it."""
    from vnadmin_parse.pipeline import check

    check("Văn bản.", timeout=0)
    if with_model:
        from vnadmin_parse.vietnamese import lm

        lm.load()


def _distributed() -> Any:
    try:
        import distributed
    except ImportError:
        raise ClusterUnavailable(
            "--scheduler cần gói Dask distributed: pip install 'vnadmin-parse[cluster]'"
            " (the distributed engine is not installed)"
        ) from None
    return distributed


@contextmanager
def _client(scheduler: str, workers: int) -> Iterator[Any]:
    """A client of the cluster at ``scheduler``, or of a local cluster of ``workers`` processes."""
    distributed = _distributed()
    if scheduler == "local":
        # one thread per worker process: each document forks its own child anyway
        with (
            distributed.LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
            ) as cluster,
            distributed.Client(cluster) as client,
        ):
            yield client
        return
    try:
        client = distributed.Client(scheduler, timeout="30s")
    except (OSError, TimeoutError) as exc:
        raise ClusterUnavailable(f"không kết nối được bộ điều phối Dask {scheduler} ({exc})") from None
    with client:
        yield client


def run_on_dask(
    todo: list[tuple[str, str]],
    record: Record,
    scheduler: str,
    workers: int,
    time_limit: float,
    options: dict[str, Any],
    stop: Stop,
) -> None:
    """Check ``todo`` (path, SHA-1) on the cluster; ``record`` each result here as it completes."""
    if not todo:
        return
    distributed = _distributed()
    with _client(scheduler, workers) as client:
        threads = sum(client.nthreads().values()) or workers
        window = max(8, IN_FLIGHT_PER_THREAD * threads)
        pending = iter(todo)
        path_of: dict[str, str] = {}
        running = distributed.as_completed()

        def submit_next() -> None:
            item = next(pending, None)
            if item is None:
                return
            path, sha = item
            future = client.submit(
                isolated_check, path, options, time_limit, key=f"vnadmin-check-{sha}", pure=False, retries=1
            )
            path_of[future.key] = path
            running.add(future)

        for _ in range(window):
            submit_next()
        while not running.is_empty():
            if stop.requested:
                raise KeyboardInterrupt
            batch = running.next_batch(block=False)
            if not batch:
                time.sleep(0.1)
                continue
            for future in batch:
                path = path_of.pop(future.key)
                try:
                    result = future.result()
                except Exception as exc:  # the worker died twice on this document, or the cluster failed it
                    result = {
                        "path": path,
                        "status": "error",
                        "error": f"{path}: máy xử lý Dask bị mất khi kiểm tra ({type(exc).__name__})",
                        "reason": "crash",
                    }
                future.release()
                record(result)
                submit_next()
