"""Command line: ``vnadmin-parse check FILE...`` and ``vnadmin-parse rule CODE``.

Exit codes: 0 no error-severity finding, 1 at least one, 2 could not run.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from vnadmin_parse.errors import VnadminError


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="vnadmin-parse", description="Kiểm tra văn bản hành chính tiếng Việt trước khi ký.")
    sub = parser.add_subparsers(dest="command", required=True)

    chk = sub.add_parser("check", help="kiểm tra tệp (txt, pdf, docx, doc, rtf)")
    chk.add_argument("files", nargs="+", metavar="FILE")
    chk.add_argument("--format", choices=("text", "json", "jsonl"), default="text")
    chk.add_argument("--lang", choices=("vi", "en"), default="vi")
    chk.add_argument("--engine", choices=("auto", "fast", "layout"), default="auto")
    chk.add_argument("--select", action="append", default=None, help="chỉ chạy các quy tắc có mã/tiền tố này (lặp lại được)")
    chk.add_argument("--ignore", action="append", default=None, help="bỏ qua các quy tắc có mã/tiền tố này")
    chk.add_argument("--timeout", type=float, default=120.0, help="giới hạn thời gian cho mỗi tệp (giây)")

    rl = sub.add_parser("rule", help="giải thích một quy tắc (hoặc liệt kê tất cả)")
    rl.add_argument("code", nargs="?")
    rl.add_argument("--lang", choices=("vi", "en"), default="vi")
    return parser


def _cmd_check(args: argparse.Namespace) -> int:
    from vnadmin_parse.pipeline import check
    from vnadmin_parse.report.jsonout import render_json, render_jsonl
    from vnadmin_parse.report.text import render_text

    status = 0
    reports = []
    for path in args.files:
        try:
            report = check(path, engine=args.engine, select=args.select, ignore=args.ignore, timeout=args.timeout)
        except VnadminError as exc:
            print(f"vnadmin-parse: {exc}", file=sys.stderr)
            status = 2
            continue
        except Exception as exc:  # a broken file must never stop the batch
            print(f"vnadmin-parse: {path}: lỗi không mong đợi khi xử lý ({type(exc).__name__}: {exc})", file=sys.stderr)
            status = 2
            continue
        if report.has_errors and status == 0:
            status = 1
        if args.format == "text":
            print(render_text(report, args.lang))
        elif args.format == "jsonl":
            print(render_jsonl(report, args.lang))
        else:
            reports.append(report)
    if args.format == "json" and reports:
        print(render_json(reports, args.lang))
    return status


def _cmd_rule(args: argparse.Namespace) -> int:
    from vnadmin_parse.rules.docs import describe, list_rules

    if not args.code:
        print(list_rules(args.lang))
        return 0
    try:
        print(describe(args.code, args.lang))
    except KeyError:
        print(f"vnadmin-parse: không có quy tắc {args.code}", file=sys.stderr)
        return 2
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = _build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "check":
            return _cmd_check(args)
        return _cmd_rule(args)
    except KeyboardInterrupt:
        return 2
    except BrokenPipeError:
        return 0
