"""Date recognition speed: characters per second of ``find_dates`` on the corpus texts,
against two baselines measured in the same run — a bare regex scan for d/m/yyyy
(the floor: what any date finder must at least do) and ``dateparser.search``
(the general-purpose library, on a slice of the text because it is slow).

    python benchmarks/bench_dates.py [--repeat N]
"""

from __future__ import annotations

import argparse
import re
import time
from collections.abc import Callable
from pathlib import Path

from vnadmin_parse.recognize.dates import find_dates

ROOT = Path(__file__).resolve().parent.parent
_BARE = re.compile(r"\b\d{1,2}/\d{1,2}/\d{4}\b")


def corpus_text() -> str:
    """The seed and generated texts, joined (plain text: no extraction cost in the measure)."""
    files = [ROOT / "corpus" / "seed" / "bao-cao-ttdn-6-thang-2023.txt"]
    files += sorted((ROOT / "corpus" / "generated").glob("*.txt"))
    return "\n\n".join(p.read_text(encoding="utf-8") for p in files if p.exists())


def rate(fn: Callable[[str], object], text: str, repeat: int) -> tuple[float, int]:
    """Best-of-``repeat`` characters per second, and the number of results of the last run."""
    best = float("inf")
    found: object = None
    for _ in range(repeat):
        t0 = time.perf_counter()
        found = fn(text)
        best = min(best, time.perf_counter() - t0)
    return len(text) / best, len(found) if isinstance(found, list) else 0


def _dateparser(text: str) -> list[object]:
    from dateparser.search import search_dates

    return list(search_dates(text, languages=["vi"]) or [])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    text = corpus_text()
    _dateparser("ngày 01/01/2023")  # load its language data outside the measure
    ours, n_ours = rate(find_dates, text, args.repeat)
    bare, n_bare = rate(_BARE.findall, text, args.repeat)
    sample = text[:20000]
    slow, n_slow = rate(_dateparser, sample, 1)
    print(f"text: {len(text):,} characters ({len(sample):,} for dateparser)")
    print(f"find_dates         {ours:12,.0f} chars/s  {n_ours:5d} mentions")
    print(f"bare regex d/m/y   {bare:12,.0f} chars/s  {n_bare:5d} matches   find_dates is {bare / ours:6.1f}× slower")
    print(f"dateparser.search  {slow:12,.0f} chars/s  {n_slow:5d} on sample find_dates is {ours / slow:6.1f}× faster")


if __name__ == "__main__":
    main()
