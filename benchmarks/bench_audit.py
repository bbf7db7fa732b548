"""Batch audit throughput: documents per second with 1 and N worker processes, on a local Dask cluster of N
workers, and a resumed rerun, with the peak memory of a process, as ratios against the one-worker run measured
in the same run.

    python benchmarks/bench_audit.py --jobs 2 --repeat 3               # the corpus's 27 text-layer documents
    python benchmarks/bench_audit.py --jobs 2 --size 500 --scans 6     # an archive of 500, 6 of them scans

The documents are the corpus's text-layer ones (real PDFs and DOCX drafts, the seed in three renderings, the
generated reports). With ``--size N`` the archive is N documents made by cycling through them (text, PDF, DOCX),
each copy made unique (a line or a PDF comment appended after the file's end, which readers ignore, so that no two
share their bytes and none is skipped as a duplicate), plus ``--scans K`` copies of the corpus's scans, which go
through OCR (seconds a page).
"""

from __future__ import annotations

import argparse
import importlib.util
import itertools
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCANS = ("_scan", "_badocr", "qngai_07", "qngai_239", "qngai_280", "ttg_464")


def documents() -> list[Path]:
    """The corpus documents with a text layer."""
    real = [p for p in (ROOT / "corpus/real").iterdir() if p.suffix in (".pdf", ".docx")]
    seed = [p for p in (ROOT / "corpus/seed").iterdir() if p.suffix in (".txt", ".pdf", ".docx")]
    generated = sorted((ROOT / "corpus/generated").glob("*.txt"))
    return sorted(p for p in [*real, *seed, *generated] if not any(s in p.name for s in SCANS))


def scans() -> list[Path]:
    """The corpus's scanned PDFs (read through OCR)."""
    return sorted(p for p in (ROOT / "corpus/real").glob("*.pdf") if any(s in p.name for s in SCANS))


def _unique_copy(source: Path, target: Path, n: int) -> None:
    data = source.read_bytes()
    tail = f"\n% vnadmin-parse benchmark copy {n}\n" if source.suffix == ".pdf" else f"\n(bản sao {n})\n"
    target.write_bytes(data + tail.encode())


def build(folder: Path, size: int | None, scan_copies: int) -> int:
    """Fill ``folder`` with the archive; the number of documents."""
    docs = documents()
    if size is None:
        for p in docs:
            shutil.copy(p, folder / p.name)
        return len(docs)
    cycled = [p for p in docs if p.suffix in (".txt", ".pdf", ".docx")]
    picked = list(itertools.islice(itertools.cycle(cycled), max(0, size - scan_copies)))
    picked += list(itertools.islice(itertools.cycle(scans()), scan_copies))
    for n, p in enumerate(picked):
        _unique_copy(p, folder / f"{n:05d}-{p.name}", n)
    return len(picked)


def audit(folder: Path, db: Path, jobs: int, scheduler: str | None = None) -> float:
    """Wall-clock seconds of one ``vnadmin-parse audit`` run."""
    command = [sys.executable, "-m", "vnadmin_parse", "audit", str(folder), "--db", str(db), "--quiet"]
    command += ["--jobs", str(jobs), *(["--scheduler", scheduler] if scheduler else [])]
    began = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.DEVNULL, check=False)
    if done.returncode not in (0, 1):  # 1: error-severity findings, which the corpus has
        raise SystemExit(f"audit failed with exit code {done.returncode}")
    return time.perf_counter() - began


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--size", type=int, default=None, help="an archive of this many documents")
    parser.add_argument("--scans", type=int, default=0, help="how many of them are scans (with --size)")
    args = parser.parse_args()
    dask = importlib.util.find_spec("distributed") is not None
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp, "archive")
        folder.mkdir()
        count = build(folder, args.size, args.scans)
        many = f"{args.jobs} workers"
        cluster = f"local Dask cluster, {args.jobs} workers"
        runs: dict[str, list[float]] = {"1 worker": [], many: [], **({cluster: []} if dask else {}), "resumed": []}
        for i in range(args.repeat):
            runs["1 worker"].append(audit(folder, Path(tmp, f"one-{i}.sqlite"), 1))
            db = Path(tmp, f"many-{i}.sqlite")
            runs[many].append(audit(folder, db, args.jobs))
            if dask:
                runs[cluster].append(audit(folder, Path(tmp, f"dask-{i}.sqlite"), args.jobs, "local"))
            runs["resumed"].append(audit(folder, db, args.jobs))
        with sqlite3.connect(Path(tmp, "one-0.sqlite")) as con:
            pages = int(con.execute("SELECT coalesce(sum(pages), 0) FROM documents").fetchone()[0])
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    base = min(runs["1 worker"])
    print(f"{count} documents, {pages} pages ({args.scans if args.size else 0} scans), best of {args.repeat}")
    print("| run | seconds | documents/s | pages/s | ratio to 1 worker |")
    print("|---|---:|---:|---:|---:|")
    for name, times in runs.items():
        best = min(times)
        label = "resumed rerun (everything already in the database)" if name == "resumed" else name
        print(f"| {label} | {best:.2f} | {count / best:.1f} | {pages / best:.1f} | {base / best:.2f}× |")
    print(f"peak memory of one process (largest worker or CLI): {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
