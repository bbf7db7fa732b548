"""Screenshots for the README: the HTML report and an annotated PDF page, of the seed report, and the audit summary.

    python -m tools.screenshots [--out docs/img]

Writes ``report-html.png`` (the ``--format html`` report, shot by Debian's chromium
headless; skipped with a message when chromium is absent) and ``annotated-pdf.png`` (page 1
of ``check --annotate``'s copy of the seed PDF, rendered by pdfium with its annotations) and
``summary.png`` (``vnadmin-parse summary --html`` of a small archive: the seed report, a few
generated reports, the archive rules' examples and a broken PDF).
The date used by "later than today" checks is fixed, so the pictures do not change with it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = Path("corpus") / "seed" / "bao-cao-ttdn-6-thang-2023"  # from ROOT: the report shows this path
TODAY = dt.date(2023, 8, 1)


def annotated_page(out: Path, folder: Path) -> Path:
    import pypdfium2 as pdfium

    from vnadmin_parse import check
    from vnadmin_parse.annotate import annotate

    original = SEED.with_suffix(".pdf")
    copy = folder / "bao-cao.kiem-tra.pdf"
    annotate(check(original, engine="layout", today=TODAY), str(original), str(copy), "vi")
    page = pdfium.PdfDocument(str(copy))[0]
    image = page.render(scale=1.4, draw_annots=True).to_pil()
    target = out / "annotated-pdf.png"
    image.crop((0, 0, image.width, int(image.height * 0.62))).save(target)
    return target


def html_report(out: Path, folder: Path) -> Path | None:
    from vnadmin_parse import check
    from vnadmin_parse.report.html import render_html

    chromium = shutil.which("chromium")
    if chromium is None:
        print("chromium is not installed (apt-get install chromium): report-html.png not made", file=sys.stderr)
        return None
    page = folder / "report.html"
    page.write_text(render_html(check(SEED.with_suffix(".txt"), today=TODAY), "vi"), encoding="utf-8")
    target = out / "report-html.png"
    flags = ["--headless=new", "--no-sandbox", "--hide-scrollbars", f"--screenshot={target}", "--window-size=1300,850"]
    subprocess.run(
        [chromium, *flags, page.as_uri()],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return target


def _shoot(page: Path, target: Path, size: str) -> Path | None:
    chromium = shutil.which("chromium")
    if chromium is None:
        print(f"chromium is not installed (apt-get install chromium): {target.name} not made", file=sys.stderr)
        return None
    flags = ["--headless=new", "--no-sandbox", "--hide-scrollbars", f"--screenshot={target}", f"--window-size={size}"]
    subprocess.run([chromium, *flags, page.as_uri()], check=True, capture_output=True, timeout=120)
    return target


def summary_page(out: Path, folder: Path) -> Path | None:
    """Audit a small archive and shoot the top of its summary page."""
    import contextlib

    from vnadmin_parse.audit import audit
    from vnadmin_parse.cli import main as cli
    from vnadmin_parse.rules.registry import all_rules

    archive = folder / "archive"
    archive.mkdir()
    shutil.copyfile(SEED.with_suffix(".txt"), archive / "bao-cao-ttdn-6-thang-2023.txt")
    for generated in sorted((ROOT / "corpus" / "generated").glob("*.txt"))[:8]:
        shutil.copyfile(generated, archive / generated.name)
    for r in all_rules():
        if r.scope == "archive":
            for i, example in enumerate(r.fires):
                for j, text in enumerate(example.split("\f")):
                    (archive / f"{r.code.lower()}-{i}-{j}.txt").write_text(text, encoding="utf-8")
    (archive / "hong.pdf").write_bytes(b"%PDF-1.4\nbroken")
    with contextlib.chdir(folder):  # the page shows relative paths
        # the generated reports are dated 2026: "later than today" is judged from the end of that year
        audit(["archive"], "audit.sqlite", jobs=2, options={"today": dt.date(2026, 12, 31)})
        cli(["summary", "audit.sqlite", "--html", "summary.html"])
    return _shoot(folder / "summary.html", out / "summary.png", "1300,1500")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "img")
    args = parser.parse_args()
    args.out = args.out.resolve()
    args.out.mkdir(parents=True, exist_ok=True)
    os.chdir(ROOT)
    with tempfile.TemporaryDirectory() as tmp:
        made_all = (
            annotated_page(args.out, Path(tmp)),
            html_report(args.out, Path(tmp)),
            summary_page(args.out, Path(tmp)),
        )
        for made in made_all:
            if made:
                print(made)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
