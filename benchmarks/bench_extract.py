"""Extraction speed (pages/second) of each PDF engine, as ratios against pdfplumber's bare
``extract_text`` measured in the same run; and legacy-encoding accuracy (corpus/legacy/METRIC.md).

    python benchmarks/bench_extract.py [--pages 40] [--repeat 3] [--accuracy] [--cpu]

Speed: the engines run with normalization (what the pipeline does) and without OCR
(a scan's time is Tesseract's, not ours); scanned PDFs are left out of the speed table.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.extract.legacy_metric import rows_text, scores  # noqa: E402
from tests.extract.pdfgen import many_pages  # noqa: E402
from vnadmin_parse.extract import extract  # noqa: E402
from vnadmin_parse.extract.pdf import extract_pdf  # noqa: E402
from vnadmin_parse.normalize import normalize  # noqa: E402


def plumber(path: Path) -> int:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
        return len(pdf.pages)


def engine(name: str) -> Callable[[Path], int]:
    def run(path: Path) -> int:
        source = extract_pdf(path, engine=name, ocr=False)
        normalize("\f".join(p.text for p in source.pages))
        return len(source.pages)

    return run


def has_text_layer(path: Path) -> bool:
    """Whether the PDF's text layer holds more than a signature stamp (scans are left out)."""
    source = extract_pdf(path, ocr=False)
    return sum(len(p.text) for p in source.pages) > 200 * len(source.pages) and "garbled_pages" not in source.metadata


def best_time(
    fn: Callable[[Path], int], path: Path, repeat: int, clock: Callable[[], float] = time.perf_counter
) -> tuple[float, int]:
    times = []
    pages = 0
    for _ in range(repeat):
        start = clock()
        pages = fn(path)
        times.append(clock() - start)
    return min(times), pages


def speed(files: list[Path], repeat: int, clock: Callable[[], float] = time.perf_counter) -> None:
    runners = {
        "pdfplumber extract_text": plumber,
        "fast + normalize": engine("fast"),
        "layout + normalize": engine("layout"),
    }
    print(f"{'file':44} {'pages':>5} " + " ".join(f"{k:>24}" for k in runners))
    totals = dict.fromkeys(runners, 0.0)
    total_pages = 0
    for path in files:
        row = []
        for name, fn in runners.items():
            seconds, pages = best_time(fn, path, repeat, clock)
            totals[name] += seconds
            row.append(f"{pages / seconds:>11.1f} p/s ({seconds:6.2f}s)")
        total_pages += pages
        print(f"{path.name[:44]:44} {pages:>5} " + " ".join(f"{c:>24}" for c in row))
    base = totals["pdfplumber extract_text"]
    print(f"\n{'all':44} {total_pages:>5} " + " ".join(f"{total_pages / t:>20.1f} p/s" for t in totals.values()))
    for name, seconds in totals.items():
        print(f"  {name:26} {base / seconds:6.2f}x pdfplumber (speed ratio; >1 is faster)")


def accuracy() -> None:
    legacy = ROOT / "corpus" / "legacy"
    print(f"{'file':44} {'engine':>11} {'char':>7} {'diacritic':>9} {'syllable':>9}")
    for path in sorted((legacy / "files").glob("*.pdf")):
        truth = (legacy / "ground-truth" / (path.stem + ".txt")).read_text(encoding="utf-8")
        for name in ("fast", "layout"):
            source = extract_pdf(path, engine=name, ocr=False)
            s = scores("\n".join(p.text for p in source.pages), truth)
            _row(path.name, name, s, source.encoding)
            _row(path.name, name + "/rows", scores(rows_text(path, name), truth), source.encoding)
    for path in sorted((legacy / "files").glob("*.rtf")):
        truth = (legacy / "ground-truth" / (path.stem + ".txt")).read_text(encoding="utf-8")
        source = extract(path)
        _row(path.name, "rtf", scores(source.pages[0].text, truth), source.encoding)
    doc_accuracy(legacy)


def doc_accuracy(legacy: Path) -> None:
    """Word .doc files: the body alone ("doc") and with headers and footers ("doc+hf"), as the transcripts have."""
    from importlib.metadata import version

    from vnadmin_parse.errors import InputError

    failed = 0
    files = sorted((legacy / "files").glob("*.doc"))
    for path in files:
        truth = (legacy / "ground-truth" / (path.stem + ".txt")).read_text(encoding="utf-8")
        try:
            source = extract(path)
        except InputError as exc:
            failed += 1
            print(f"{path.name[:44]:44} {'doc':>11} failed: {exc.reason}")
            continue
        _row(path.name, "doc", scores(source.pages[0].text, truth), source.encoding)
        whole = "\n".join([source.pages[0].text, *(f.text for f in source.furniture)])
        _row(path.name, "doc+hf", scores(whole, truth), source.encoding)
    print(f".doc: {len(files)} files, {failed} failed (olefile {version('olefile')})")


def _row(name: str, engine: str, s: dict[str, float], encoding: str) -> None:
    print(
        f"{name[:44]:44} {engine:>11} {s['char_accuracy']:7.4f} {s['diacritic_accuracy']:9.4f} "
        f"{s['syllable_accuracy']:9.4f}  ({encoding})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=40, help="pages of the generated document")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--cpu", action="store_true", help="time this process's CPU (steadier than wall-clock on a busy machine)"
    )
    parser.add_argument("--accuracy", action="store_true", help="also measure legacy-encoding accuracy (PDF, RTF, DOC)")
    args = parser.parse_args()
    pdfs = sorted((ROOT / "corpus" / "real").glob("*.pdf")) + sorted(
        (ROOT / "corpus" / "legacy" / "files").glob("*.pdf")
    )
    corpus = [p for p in pdfs if has_text_layer(p)]
    with tempfile.TemporaryDirectory() as tmp:
        generated = many_pages(Path(tmp) / f"generated-{args.pages}p.pdf", args.pages)
        clock = time.process_time if args.cpu else time.perf_counter
        print("== corpus PDFs with a text layer ==" + (" (CPU time)" if args.cpu else ""))
        speed(corpus, args.repeat, clock)
        print(f"\n== generated document ({args.pages} pages, DejaVuSans) ==")
        speed([generated], args.repeat, clock)
    if args.accuracy:
        print("\n== legacy encodings (corpus/legacy, METRIC.md) ==")
        accuracy()
    from importlib.metadata import version

    tools = ", ".join(f"{name} {version(name)}" for name in ("pdfplumber", "pypdfium2", "vnadmin-parse"))
    print(f"\npython {sys.version.split()[0]}, {tools}, {time.strftime('%Y-%m-%d')}")


if __name__ == "__main__":
    main()
