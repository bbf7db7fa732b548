"""Reference recognition speed: characters per second of ``find_references`` on the corpus
texts, against a baseline measured in the same run — a bare ``regex`` scan for symbol-shaped
strings ("29/KH-UBND", "72/2015/NĐ-CP", "45-NQ/TW"), the floor any citation finder pays.

    python benchmarks/bench_references.py [--repeat N]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

import regex

from vnadmin_parse.normalize import normalize
from vnadmin_parse.recognize.references import find_references

ROOT = Path(__file__).resolve().parent.parent
_BARE = regex.compile(r"\d{1,5}[/-][\w/-]*\p{Lu}[\w/-]*")


def corpus_text() -> str:
    """The seed, generated and legacy ground-truth texts, normalized and joined."""
    files = [ROOT / "corpus" / "seed" / "bao-cao-ttdn-6-thang-2023.txt"]
    files += sorted((ROOT / "corpus" / "generated").glob("*.txt"))
    files += sorted((ROOT / "corpus" / "legacy" / "ground-truth").glob("*.txt"))
    raw = "\n\n".join(p.read_text(encoding="utf-8") for p in files if p.exists())
    return normalize(raw).text


def rate(fn: Callable[[str], list[object]], text: str, repeat: int) -> tuple[float, int]:
    """Best-of-``repeat`` characters per second, and the number of results of the last run."""
    best = float("inf")
    found: list[object] = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        found = fn(text)
        best = min(best, time.perf_counter() - t0)
    return len(text) / best, len(found)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    text = corpus_text()
    find_references(text, [])  # load tables and compile patterns outside the measure
    ours, n_ours = rate(lambda t: list(find_references(t, [])), text, args.repeat)
    bare, n_bare = rate(lambda t: list(_BARE.findall(t)), text, args.repeat)
    print(f"text: {len(text):,} characters")
    print(f"bare regex scan:  {bare:>14,.0f} chars/s  ({n_bare} symbol-shaped strings)")
    print(f"find_references:  {ours:>14,.0f} chars/s  ({n_ours} references with parts, dates, links)")
    print(f"ratio find_references / bare scan: {ours / bare:.2f}")


if __name__ == "__main__":
    main()
