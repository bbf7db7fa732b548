"""Run an audit's documents on a Dask cluster (``distributed``, an optional dependency).

The workers only compute: each worker checks its documents in a child process of its own
(a sandbox, replaced when a document kills it or overruns), so the per-document time limit,
the memory limit and a crash stay with that document, as with ``--jobs``. Results stream back as they complete
to the one process that writes the database, which is what makes resuming and
exactly-once recording work the same way on a cluster as on one machine.
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from vnadmin_parse.audit.worker import Record, Stop, check_one, die_with_parent, stopped
from vnadmin_parse.errors import VnadminError

#: Documents in flight per worker thread: enough to keep workers busy between results,
#: few enough that a large archive is not one huge graph on the scheduler.
IN_FLIGHT_PER_THREAD = 4


class ClusterUnavailable(VnadminError):
    """The distributed engine is not installed, or the scheduler cannot be reached."""


class Sandbox:
    """A child process of a Dask worker that checks documents one at a time, as a ``--jobs`` worker
    does: it keeps what it loaded (models, tables) from one document to the next, and is killed and
    replaced when a document overruns the time limit or kills it."""

    def __init__(self, options: dict[str, Any]) -> None:
        self.options = options
        from_parent, to_child = os.pipe()
        from_child, to_parent = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: one JSON line in (a path), one JSON line out (its result)
            try:
                os.close(to_child)
                os.close(from_child)
                die_with_parent()
                signal.signal(signal.SIGINT, signal.SIG_IGN)
                signal.signal(signal.SIGTERM, signal.SIG_DFL)
                with os.fdopen(from_parent, "rb") as tasks, os.fdopen(to_parent, "wb") as results:
                    for line in tasks:
                        results.write(json.dumps(check_one(json.loads(line), options)).encode() + b"\n")
                        results.flush()
            finally:
                os._exit(0)
        os.close(from_parent)
        os.close(to_parent)
        self.pid, self.tasks, self.results = pid, to_child, from_child
        self.alive = True

    def run(self, path: str, time_limit: float) -> dict[str, Any]:
        """The result of ``path``, or the failure recorded when the child overran or died (it is then gone)."""
        began = time.monotonic()
        with contextlib.suppress(BrokenPipeError):  # a child that died while idle: its status is read below
            os.write(self.tasks, json.dumps(path).encode() + b"\n")
        received = b""
        while not received.endswith(b"\n"):
            left = began + time_limit - time.monotonic()
            ready, _, _ = select.select([self.results], [], [], max(left, 0))
            if not ready:
                self.close()
                return stopped(path, None, time_limit, time.monotonic() - began)
            chunk = os.read(self.results, 1 << 16)
            if not chunk:  # the child died on this document
                status = self.close()
                code = -os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)
                return stopped(path, code, time_limit, time.monotonic() - began)
            received += chunk
        result: dict[str, Any] = json.loads(received)
        return result

    def close(self) -> int:
        """Stop the child; return its wait status."""
        self.alive = False
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, signal.SIGKILL)
        _, status = os.waitpid(self.pid, 0)
        os.close(self.tasks)
        os.close(self.results)
        return status


#: The sandbox of each worker thread (a worker runs one thread in the recommended set-up).
_SANDBOXES = threading.local()


def isolated_check(path: str, options: dict[str, Any], time_limit: float) -> dict[str, Any]:
    """Check ``path`` in this worker's sandbox process, killed at ``time_limit`` seconds.

    Runs on a Dask worker; returns the same result dictionary as ``check_one``, or the
    failure that ``--jobs`` records for a document whose worker died or overran.
    """
    box: Sandbox | None = getattr(_SANDBOXES, "box", None)
    if box is None or not box.alive or box.options != options:
        if box is not None and box.alive:
            box.close()
        box = _SANDBOXES.box = Sandbox(options)
    return box.run(path, time_limit)


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
