"""Analysis speed: recognizers and rules per page, and end-to-end ``check --engine fast``
against pdfplumber's bare ``extract_text()`` measured in the same run.

For each text PDF of ``corpus/real`` (pages read by OCR leave a PDF out: their time is
Tesseract's), the
baseline is pdfplumber's ``extract_text()`` over every page; ``check`` is the whole pipeline
with the fast engine (extract, normalize, recognize, every rule); analysis is recognizers plus
rules on the already extracted text. CPU time of this process (``--wall`` for the clock), best
of ``--repeat`` runs.

    python benchmarks/bench_analysis.py [--repeat 3] [--wall]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

import pdfplumber

from vnadmin_parse.extract import extract
from vnadmin_parse.pipeline import check, check_source

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "corpus" / "real"


def best(fn: Callable[[], object], repeat: int, clock: Callable[[], float]) -> float:
    times = []
    for _ in range(repeat):
        t0 = clock()
        fn()
        times.append(clock() - t0)
    return min(times)


def plumber_text(path: Path) -> None:
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--wall", action="store_true", help="wall-clock time instead of CPU time")
    args = parser.parse_args()
    clock = time.perf_counter if args.wall else time.process_time
    pdfs = sorted(REAL.glob("*.pdf"))
    check(pdfs[0], engine="fast")  # load the data files once
    print(f"{'document':36} {'pages':>5} {'plumber':>9} {'check':>9} {'ratio':>6} {'analysis ms/page':>17}")
    totals = [0, 0.0, 0.0, 0.0]
    for path in pdfs:
        source = extract(path, engine="fast")
        if any(page.method == "ocr" for page in source.pages):
            continue  # a scan: its time is Tesseract's
        pages = len(source.pages)
        base = best(lambda p=path: plumber_text(p), args.repeat, clock)
        whole = best(lambda p=path: check(p, engine="fast"), args.repeat, clock)
        analysis = best(lambda s=source: check_source(s), args.repeat, clock)
        totals = [totals[0] + pages, totals[1] + base, totals[2] + whole, totals[3] + analysis]
        per_page = 1000 * analysis / pages
        print(f"{path.name[:36]:36} {pages:5d} {base:8.2f}s {whole:8.2f}s {base / whole:5.1f}× {per_page:17.1f}")
    pages, base, whole, analysis = totals
    print(f"{'all':36} {pages:5d} {base:8.2f}s {whole:8.2f}s {base / whole:5.1f}× {1000 * analysis / pages:17.1f}")


if __name__ == "__main__":
    main()
