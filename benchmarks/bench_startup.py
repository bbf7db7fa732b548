"""Whole-process time of ``vnadmin-parse check`` on a one-page text and a one-page PDF.

    python benchmarks/bench_startup.py [--runs 10]

Each command is a new Python process, timed from start to exit (wall clock, and the CPU
time of the child from ``getrusage``), ``--runs`` times after one warm-up run; the medians
are printed with, as baselines measured in the same run, ``python -c pass`` (the
interpreter alone) and the old default path (the same check with spaCy's ``Matcher``
imported first, as the events recognizer did on every run before issue 17).

The one-page PDF is the first page of the seed report (corpus/seed), copied with
pypdfium2 into a temporary folder; the one-page text is its text layer.

Bytecode: an installed package has its ``.pyc`` files written at install time, so the
child processes run without ``PYTHONDONTWRITEBYTECODE`` (the warm-up run writes them);
``--no-bytecode`` keeps the variable, and every run then compiles the sources again.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED_PDF = ROOT / "corpus" / "seed" / "bao-cao-ttdn-6-thang-2023.pdf"
TARGET = 1.0  # seconds, median wall clock (issue 17)
OLD_PATH = "import spacy.lang.xx, spacy.matcher; from vnadmin_parse.cli import main; raise SystemExit(main({argv!r}))"


def one_page_inputs(folder: Path) -> tuple[Path, Path]:
    """The seed report's first page as a PDF and as text."""
    import pypdfium2 as pdfium

    from vnadmin_parse.extract import extract

    source = pdfium.PdfDocument(str(SEED_PDF))
    page = pdfium.PdfDocument.new()
    page.import_pages(source, [0])
    pdf = folder / "mot-trang.pdf"
    page.save(str(pdf))
    text = folder / "mot-trang.txt"
    text.write_text(extract(pdf).pages[0].text, encoding="utf-8")
    return pdf, text


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall-clock and CPU seconds of one run of ``command``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def measure(command: list[str], env: dict[str, str], runs: int) -> tuple[float, float, float, float]:
    """Median and maximum wall clock, median and maximum CPU time over ``runs`` runs (after a warm-up)."""
    timed(command, env)
    walls, cpus = zip(*(timed(command, env) for _ in range(runs)), strict=True)
    return statistics.median(walls), max(walls), statistics.median(cpus), max(cpus)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--no-bytecode", action="store_true", help="keep PYTHONDONTWRITEBYTECODE (compile every run)")
    args = parser.parse_args()
    env = dict(os.environ)
    if not args.no_bytecode:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
    cli = [sys.executable, "-m", "vnadmin_parse"]
    with tempfile.TemporaryDirectory() as tmp:
        pdf, text = one_page_inputs(Path(tmp))
        cases = [
            ("python -c pass", [sys.executable, "-c", "pass"]),
            ("import spaCy's Matcher", [sys.executable, "-c", "import spacy.lang.xx, spacy.matcher"]),
            (
                "check one-page text, old path (spaCy)",
                [sys.executable, "-c", OLD_PATH.format(argv=["check", str(text)])],
            ),
            ("check one-page text", [*cli, "check", str(text)]),
            ("check one-page PDF, old path (spaCy)", [sys.executable, "-c", OLD_PATH.format(argv=["check", str(pdf)])]),
            ("check one-page PDF", [*cli, "check", str(pdf)]),
        ]
        print(f"{args.runs} runs each after a warm-up; bytecode {'off' if args.no_bytecode else 'cached'}")
        print(f"{'command':40} {'wall median':>11} {'max':>6} {'CPU median':>10} {'max':>6}")
        results = {}
        for name, command in cases:
            wall, wall_max, cpu, cpu_max = measure(command, env, args.runs)
            results[name] = wall
            print(f"{name:40} {wall:10.3f}s {wall_max:5.2f}s {cpu:9.3f}s {cpu_max:5.2f}s")
    base = results["python -c pass"]
    for kind in ("text", "PDF"):
        new, old = results[f"check one-page {kind}"], results[f"check one-page {kind}, old path (spaCy)"]
        verdict = "met" if new <= TARGET else "NOT met"
        print(
            f"one-page {kind}: {new:.3f}s ({new / base:.1f}× python -c pass), old path {old:.3f}s "
            f"({old / new:.2f}× slower); target ≤ {TARGET:.1f}s {verdict}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
