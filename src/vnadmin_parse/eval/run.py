"""Command line of the evaluation (shared by ``python -m vnadmin_parse.eval`` and ``vnadmin-parse eval``)."""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from vnadmin_parse.eval import thresholds
from vnadmin_parse.eval.annotations import KINDS, annotation_files, load, reanchor
from vnadmin_parse.eval.compare import diff, documents, load_result, markdown, reannotated, render_diff, table
from vnadmin_parse.eval.harness import DEFAULT_TODAY, evaluate

DEFAULT_CORPUS = Path("corpus")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``eval``."""
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS), help="thư mục corpus (mặc định: corpus)")
    parser.add_argument("--kind", action="append", choices=KINDS, help="chỉ đánh giá loại tài liệu này (lặp lại được)")
    parser.add_argument("--id", action="append", help="chỉ đánh giá tài liệu có mã này")
    parser.add_argument("--output", help="ghi kết quả JSON vào tệp này")
    parser.add_argument("--baseline", help="so sánh với kết quả đã lưu (mặc định: CORPUS/eval-baseline.json)")
    parser.add_argument("--save-baseline", action="store_true", help="ghi kết quả làm mốc so sánh mới")
    parser.add_argument("--today", type=dt.date.fromisoformat, default=DEFAULT_TODAY, help="ngày 'hôm nay' (ISO)")
    parser.add_argument("--format", choices=("text", "json", "markdown"), default="text")
    parser.add_argument("--fast", action="store_true", help="bỏ qua các tài liệu đánh dấu chậm (slow)")
    parser.add_argument("--documents", action="store_true", help="in thêm một dòng cho mỗi tài liệu")
    parser.add_argument(
        "--thresholds",
        metavar="GROUP",
        help="kiểm tra ngưỡng của nhóm GROUP trong CORPUS/thresholds.json (chạy đúng các tài liệu của nhóm)",
    )
    parser.add_argument(
        "--raise-thresholds",
        action="store_true",
        help="cùng --thresholds: nâng ngưỡng của nhóm lên mức hiện tại (không bao giờ hạ)",
    )
    parser.add_argument(
        "--rebaseline",
        metavar="REASON",
        help="cùng --thresholds: đặt lại ngưỡng của nhóm theo số đo hiện tại (có thể hạ) và ghi lý do vào "
        "thresholds.json để người duyệt xem; chỉ dùng khi bộ chú giải hoặc phạm vi nhóm thay đổi",
    )
    parser.add_argument(
        "--reanchor",
        action="store_true",
        help="tính lại vị trí (start/end) của mọi chú giải theo văn bản chuẩn hoá hiện tại rồi ghi lại tệp",
    )


def reanchor_files(corpus: Path, kinds: Sequence[str] | None, ids: Sequence[str] | None) -> int:
    """Recompute the offsets of every selected annotation against the current pipeline."""
    from vnadmin_parse.errors import VnadminError
    from vnadmin_parse.pipeline import parse

    status = 0
    for path in annotation_files(corpus):
        ann = load(path)
        if (kinds and ann.kind not in kinds) or (ids and ann.id not in ids):
            continue
        try:
            text = parse(ann.document).text
        except VnadminError as exc:
            print(f"{ann.id}: skipped ({exc})", file=sys.stderr)
            continue
        data, lost = reanchor(ann.raw, text)
        if "sha1" in data:
            data["sha1"] = hashlib.sha1(ann.document.read_bytes()).hexdigest()
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        for where in lost:
            print(f"{ann.id}: anchor lost: {where}", file=sys.stderr)
            status = 1
    return status


def run(args: argparse.Namespace) -> int:
    """Evaluate, print the table and the diff; 0 on success, 2 if the corpus is missing."""
    corpus = Path(args.corpus)
    if not (corpus / "schema.json").exists():
        print(f"vnadmin-parse eval: {corpus}: không phải thư mục corpus (thiếu schema.json)", file=sys.stderr)
        return 2
    if args.reanchor:
        return reanchor_files(corpus, args.kind, args.id)
    group = None
    if args.thresholds:
        group = thresholds.load(corpus / "thresholds.json")["groups"][args.thresholds]
        args.kind = group["kinds"]
        args.fast = group.get("fast", False)
    result = evaluate(corpus, kinds=args.kind, ids=args.id, today=args.today, fast=args.fast)
    baseline_path = Path(args.baseline) if args.baseline else corpus / "eval-baseline.json"
    changes = diff(load_result(baseline_path), result) if baseline_path.exists() and not args.save_baseline else None
    if args.output:
        Path(args.output).write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    if args.save_baseline:
        baseline_path.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    if args.format == "json":
        print(json.dumps({"result": result, "diff": changes}, ensure_ascii=False, indent=1))
        return 0
    if args.format == "markdown":
        print(markdown(result))
        return 0
    print(table(result))
    if args.documents:
        print()
        print(documents(result))
    if changes is not None:
        print(f"\nAgainst {baseline_path}:")
        print(render_diff(changes))
        fresh = reannotated(load_result(baseline_path), result)
        if fresh:
            print(f"(not compared, new or re-annotated since the baseline: {', '.join(fresh)})")
    if group is not None:
        path = corpus / "thresholds.json"
        if args.rebaseline:
            return _rebaseline(path, args.thresholds, group, result, args.rebaseline)
        return _thresholds(path, args.thresholds, group, result, args.raise_thresholds)
    return 0


def _margins(data: dict[str, Any]) -> tuple[float, float]:
    return float(data.get("margin", 0.0)), float(data.get("false_alarm_margin", 0.0))


def _rebaseline(path: Path, name: str, group: dict[str, Any], result: dict[str, Any], reason: str) -> int:
    """Set the thresholds of group ``name`` to the current figures, lower ones included, and log why."""
    data = thresholds.load(path)
    margin, fa_margin = _margins(data)
    gold = thresholds.fingerprint(path.parent, group)
    data["groups"][name] = thresholds.rebaselined(result, group, margin, gold, fa_margin)
    data = thresholds.record(data, [name], reason, dt.date.today().isoformat())
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"\nThresholds of {name} RE-BASELINED in {path} (figures may have been lowered): {reason}")
    print("This is a reviewed step: the diff of thresholds.json shows every change and the reason logged.")
    return 0


def _thresholds(path: Path, name: str, group: dict[str, Any], result: dict[str, Any], lift: bool) -> int:
    """Check (or raise) the thresholds of group ``name``; 1 if a figure fell below."""
    if lift:
        data = thresholds.load(path)
        margin, fa_margin = _margins(data)
        gold = thresholds.fingerprint(path.parent, group)
        if group.get("corpus_sha1") != gold:
            print(f"\nThe gold annotations of {name} changed: thresholds are raised, never reset (--rebaseline).")
        data["groups"][name] = thresholds.raised(result, group, margin, gold, fa_margin)
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"\nThresholds of {name} raised in {path}")
        return 0
    failed = thresholds.failures(result, group)
    for line in failed:
        print(f"below threshold ({name}): {line}", file=sys.stderr)
    return 1 if failed else 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m vnadmin_parse.eval", description="Đánh giá trên corpus có chú giải."
    )
    add_arguments(parser)
    try:
        return run(parser.parse_args(argv))
    except BrokenPipeError:
        return 0
