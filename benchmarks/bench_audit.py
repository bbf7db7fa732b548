"""Batch audit throughput: documents per second with 1 and N worker processes, a resumed
rerun, and the peak memory of a worker, as ratios against the one-worker run measured in
the same run.

    python benchmarks/bench_audit.py --jobs 2 --repeat 3

The documents are the corpus's text-layer ones (real PDFs and DOCX drafts, the seed in
three renderings, the generated reports); scans are left out, their time is Tesseract's.
"""

from __future__ import annotations

import argparse
import resource
import shutil
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


def audit(folder: Path, db: Path, jobs: int) -> float:
    """Wall-clock seconds of one ``vnadmin-parse audit`` run."""
    command = [sys.executable, "-m", "vnadmin_parse", "audit", str(folder), "--db", str(db), "--quiet"]
    began = time.perf_counter()
    done = subprocess.run([*command, "--jobs", str(jobs)], stdout=subprocess.DEVNULL, check=False)
    if done.returncode not in (0, 1):  # 1: error-severity findings, which the corpus has
        raise SystemExit(f"audit failed with exit code {done.returncode}")
    return time.perf_counter() - began


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    docs = documents()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp, "archive")
        folder.mkdir()
        for p in docs:
            shutil.copy(p, folder / p.name)
        runs: dict[str, list[float]] = {"1 worker": [], f"{args.jobs} workers": [], "resumed rerun": []}
        for i in range(args.repeat):
            runs["1 worker"].append(audit(folder, Path(tmp, f"one-{i}.sqlite"), 1))
            db = Path(tmp, f"many-{i}.sqlite")
            runs[f"{args.jobs} workers"].append(audit(folder, db, args.jobs))
            runs["resumed rerun"].append(audit(folder, db, args.jobs))
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    base = min(runs["1 worker"])
    print(f"{len(docs)} documents, best of {args.repeat}")
    print("| run | seconds | documents/s | ratio to 1 worker |")
    print("|---|---:|---:|---:|")
    for name, times in runs.items():
        best = min(times)
        print(f"| {name} | {best:.2f} | {len(docs) / best:.1f} | {base / best:.2f}× |")
    print(f"peak memory of one process (largest worker or CLI): {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
