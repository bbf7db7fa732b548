"""Bounds on hostile input: peak memory and time of the bombs, time per MB of realistic and adversarial text.

Each case runs in a fresh process (its peak memory is its own). Realistic text is taken from the
phap-dien collection (Vietnamese legal text outside corpus/); adversarial texts are generated.

    python benchmarks/bench_hostile.py [--src PATH] [--phapdien DIR] [--mb 0.5] [--limit 300]

``--src`` runs another checkout's sources (a baseline measured in the same run); ``--limit``
is the wall-clock limit per case, in seconds (a case past it is reported as "> limit"), and
``--cap-gb`` the address space it may use (a baseline without bounds must not take the machine).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = r"""
import json, sys, time
sys.path.insert(0, sys.argv[1])
import vnadmin_parse
start = time.perf_counter()
try:
    report = vnadmin_parse.check(sys.argv[2] if sys.argv[3] == "path" else open(sys.argv[2], encoding="utf-8").read(),
                                 timeout=0)
    outcome = f"{len(report.findings)} findings"
except Exception as exc:
    outcome = f"{type(exc).__name__}: {str(exc)[-90:]}"
seconds = time.perf_counter() - start
peak = int(open("/proc/self/status").read().split("VmHWM:")[1].split()[0]) // 1024
print(json.dumps({"seconds": seconds, "peak_mb": peak, "outcome": outcome}))
"""


def run(src: Path, target: Path, kind: str, limit: float, cap_gb: float) -> dict[str, object]:
    def cap() -> None:  # a baseline without bounds must not take the machine
        resource.setrlimit(resource.RLIMIT_AS, (int(cap_gb * 2**30), resource.RLIM_INFINITY))

    try:
        done = subprocess.run(
            [sys.executable, "-c", CHILD, str(src), str(target), kind],
            capture_output=True,
            text=True,
            timeout=limit,
            preexec_fn=cap,
        )
    except subprocess.TimeoutExpired:
        return {"seconds": None, "peak_mb": None, "outcome": f"> {limit:.0f} s"}
    if done.returncode:
        return {"seconds": None, "peak_mb": None, "outcome": f"died ({done.returncode}) {done.stderr[-200:]}"}
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def texts(phapdien: Path, size: int) -> dict[str, str]:
    """Realistic text (the start of a phap-dien file) and adversarial texts of about ``size`` characters."""
    real = (phapdien / "giao-thong-van-tai.md").read_text(encoding="utf-8")[:size]
    return {
        "realistic (phap-dien)": real,
        "repeated capitalised word": ("Quyết " * (size // 6)),
        "a letter under combining marks": "a" + "\u0301" * size,
        "runs of 50 combining marks": ("Văn b\u0323" + "\u0323" * 50 + " ") * (size // 58),
        "Telex residue": ("cuar nhaan daan thuwjc hieejn " * (size // 30)),
        "one line, no break": real.replace("\n", " "),
        "short lines": "\n".join(real.replace("\n", " ")[k : k + 12] for k in range(0, len(real), 12)),
        "replacement characters": "k\ufffdm " * (size // 5),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--src", type=Path, default=ROOT / "src")
    parser.add_argument("--phapdien", type=Path, default=Path("/work/phapdien/van-ban"))
    parser.add_argument("--mb", type=float, default=0.5, help="size of each text case, in MB of characters")
    parser.add_argument("--limit", type=float, default=300.0)
    parser.add_argument("--only", help="run the cases whose name holds this")
    parser.add_argument("--cap-gb", type=float, default=6.0, help="address space each case may use (GB)")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from tests.extract.bombs import docx_bomb, pdf_bomb

    size = int(args.mb * 2**20)
    with tempfile.TemporaryDirectory() as tmp:
        cases: list[tuple[str, Path, str]] = [
            ("PDF bomb (0.9 MB → 300 MB of operators)", pdf_bomb(Path(tmp, "bomb.pdf"), 300 * 2**20), "path"),
            ("DOCX bomb (3.4 MB → 1.1 GB of XML)", docx_bomb(Path(tmp, "bomb.docx"), 1100 * 2**20), "path"),
        ]
        for name, text in texts(args.phapdien, size).items():
            path = Path(tmp, f"{len(cases)}.txt")
            path.write_text(text, encoding="utf-8")
            cases.append((f"{name}, {len(text) / 2**20:.2f} M chars", path, "text"))
        print(f"sources: {args.src}")
        print("| case | time | s per M chars | peak memory | outcome |\n|---|---:|---:|---:|---|")
        for name, path, kind in cases:
            if args.only and args.only not in name:
                continue
            began = time.perf_counter()
            r = run(args.src, path, kind, args.limit, args.cap_gb)
            seconds = r["seconds"]
            chars = path.stat().st_size if kind == "path" else len(path.read_text(encoding="utf-8"))
            per = f"{float(seconds) / (chars / 2**20):.1f}" if seconds is not None and kind == "text" else ""
            shown = f"{seconds:.1f} s" if isinstance(seconds, float) else f"{time.perf_counter() - began:.0f} s"
            peak = f"{r['peak_mb']} MB" if r["peak_mb"] is not None else "?"
            print(f"| {name} | {shown} | {per} | {peak} | {r['outcome']} |", flush=True)


if __name__ == "__main__":
    main()
