"""What runs on a worker, whichever engine started it: the check of one document, and what
is recorded for a document whose worker died or overran."""

from __future__ import annotations

import ctypes
import signal
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from vnadmin_parse.catalog import KnownDocument
    from vnadmin_parse.report.core import Report

#: What an engine calls with each document's result, in the process that writes the database.
Record = Callable[[dict[str, Any]], None]


@dataclass
class Stop:
    """Set by SIGTERM or Ctrl-C; the pool's loop then stops at a safe point (never inside a fork)."""

    requested: bool = False


@lru_cache(maxsize=256)
def folder_settings(folder: str) -> dict[str, Any]:
    """The check options of the configuration that governs the documents of ``folder`` (``vnadmin-parse.toml`` or
    ``[tool.vnadmin-parse]`` found upward from it, as for ``check``): an office's rules, words and bodies apply
    to its documents in an archive too."""
    from vnadmin_parse.config import resolve

    return resolve(str(Path(folder) / "document")).check_options()


def check_one(path: str, options: dict[str, Any]) -> dict[str, Any]:
    """Check one file; never raises — failures come back as ``status: error``."""
    from vnadmin_parse.config import ConfigError
    from vnadmin_parse.errors import ExtractionTimeout, OutOfMemory, VnadminError
    from vnadmin_parse.pipeline import check

    start = time.perf_counter()
    result: dict[str, Any] = {"path": path, "status": "ok"}
    try:
        report = check(Path(path), **{**folder_settings(str(Path(path).resolve().parent)), **options})
    except OutOfMemory as exc:
        result.update(status="error", error=str(exc), reason="memory")
    except ExtractionTimeout as exc:
        result.update(status="error", error=str(exc), reason="time")
    except ConfigError as exc:
        result.update(status="error", error=str(exc), reason="config")
    except VnadminError as exc:
        result.update(status="error", error=str(exc), reason="unreadable")
    except MemoryError:
        result.update(status="error", error=f"{path}: hết bộ nhớ (out of memory)", reason="memory")
    except Exception as exc:
        result.update(
            status="error", error=f"{path}: lỗi không mong đợi ({type(exc).__name__}: {exc})", reason="unexpected"
        )
    else:
        data = report.to_dict()
        result["known"] = [asdict(k) for k in learned_documents(report, path)]
        result.update(
            canonical=own_canonical(report),
            kind=data["kind"],
            encoding=data["encoding"],
            pages=len(data["pages"]),
            methods=",".join(sorted({p["method"] for p in data["pages"]})),
            document=data["document"],
            findings=data["findings"],
            references=data["references"],
            counts=dict(Counter(f["severity"] for f in data["findings"])),
        )
    result["seconds"] = round(time.perf_counter() - start, 3)
    return result


def learned_documents(report: Report, path: str) -> list[KnownDocument]:
    """What a batch audit learns from one document: the document itself (from its
    header) and the documents it cites in full and consistently."""
    from vnadmin_parse.catalog import Catalog, KnownDocument

    catalog = Catalog()
    doc = report.document
    canonical = own_canonical(report)
    if canonical and doc.date:
        catalog.add(KnownDocument(canonical, doc.type, doc.date, doc.issuer, doc.title, path))
    catalog.learn(report.references, path)
    return list(catalog)


def own_canonical(report: Report) -> str | None:
    """The canonical symbol of the document's own number ("Số: 12/2023/QĐ-UBND"), if it is a valid one."""
    from vnadmin_parse.symbols import SymbolError, parse_any

    if not report.document.number:
        return None
    try:
        symbol = parse_any(report.document.number)
    except SymbolError:
        return None
    return symbol.canonical if symbol.valid else None


def die_with_parent() -> None:
    """Have the kernel kill this worker when the audit process dies, however it dies (Linux)."""
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            return


def stopped(path: str, exitcode: int | None, time_limit: float, seconds: float) -> dict[str, Any]:
    """The result of a document whose worker was killed at the time limit (``exitcode`` None) or died:
    killed by SIGKILL, which the audit sends only at the time limit, is the kernel's out-of-memory killer."""
    if exitcode is None:
        why, reason = f"quá giới hạn thời gian {time_limit:g} giây (time limit exceeded)", "time"
    elif exitcode == -signal.SIGKILL:
        why, reason = "tiến trình xử lý bị hệ thống dừng vì thiếu bộ nhớ (killed: out of memory)", "memory"
    else:
        why, reason = f"tiến trình xử lý bị dừng đột ngột (mã {exitcode}; có thể do thiếu bộ nhớ)", "crash"
    return {"path": path, "status": "error", "error": f"{path}: {why}", "reason": reason, "seconds": seconds}
