"""Command line: ``vnadmin-parse check FILE...``, ``rule [CODE]``, ``config``, ``serve``, ``audit``, ``eval``…

Exit codes: 0 no error-severity finding, 1 at least one, 2 could not run.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from vnadmin_parse.errors import VnadminError

if TYPE_CHECKING:
    from vnadmin_parse.config import Settings
    from vnadmin_parse.model import Source


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vnadmin-parse", description="Kiểm tra văn bản hành chính tiếng Việt trước khi ký."
    )
    sub = parser.add_subparsers(dest="command", required=True)

    chk = sub.add_parser("check", help="kiểm tra tệp (txt, pdf, docx, doc, rtf)")
    chk.add_argument("files", nargs="+", metavar="FILE", help="tệp cần kiểm tra; - để đọc văn bản từ stdin")
    chk.add_argument("--format", choices=("text", "json", "jsonl", "html", "sarif", "github"), default="text")
    chk.add_argument("--output", "-o", help="ghi kết quả ra tệp (với --format html: bản tô sáng văn bản)")
    chk.add_argument(
        "--exit-zero", action="store_true", help="luôn trả mã 0 khi chạy được, kể cả khi có lỗi (chỉ lấy báo cáo)"
    )
    chk.add_argument("--baseline", help="tệp baseline: ẩn các phát hiện đã được chấp nhận")
    chk.add_argument("--write-baseline", action="store_true", help="ghi mọi phát hiện hiện tại vào tệp --baseline")
    chk.add_argument(
        "--lang", choices=("vi", "en"), default=None, help="ngôn ngữ báo cáo (mặc định: theo cấu hình, vi)"
    )
    chk.add_argument("--engine", choices=("auto", "fast", "layout"), default="auto")
    chk.add_argument("--config", metavar="FILE", help="tệp cấu hình (mặc định: tìm ngược lên từ thư mục của tệp)")
    chk.add_argument(
        "--annotate",
        metavar="COPY",
        help="ghi bản sao PDF/DOCX có ghi chú tại chỗ (tô sáng, nhận xét, sửa đổi theo dõi); tệp gốc không bị sửa",
    )
    chk.add_argument(
        "--select", action="append", default=None, help="chỉ chạy các quy tắc có mã/tiền tố này (lặp lại được)"
    )
    chk.add_argument("--ignore", action="append", default=None, help="bỏ qua các quy tắc có mã/tiền tố này")
    chk.add_argument(
        "--timeout", type=float, default=120.0, help="giới hạn thời gian cho toàn bộ việc kiểm tra mỗi tệp (giây)"
    )
    _memory_option(chk)
    chk.add_argument(
        "--catalog",
        action="append",
        default=[],
        metavar="FILE",
        help="danh mục văn bản đã biết (CSV/JSON) để đối chiếu viện dẫn; lặp lại được",
    )

    au = sub.add_parser("audit", help="kiểm tra hàng loạt một kho văn bản vào cơ sở dữ liệu SQLite (chạy tiếp được)")
    au.add_argument("paths", nargs="+", metavar="PATH", help="tệp hoặc thư mục")
    au.add_argument(
        "--db", default="vnadmin-audit.sqlite", help="cơ sở dữ liệu kết quả (mặc định: vnadmin-audit.sqlite)"
    )
    au.add_argument("--jobs", type=int, default=0, help="số tiến trình song song (0: theo số CPU)")
    au.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="chạy trên cụm Dask: tcp://MÁY:8786, hoặc local (một cụm cục bộ gồm --jobs tiến trình)",
    )
    au.add_argument("--shard", default="0/1", help="i/n: chỉ xử lý phần thứ i trong n phần (chia việc cho nhiều máy)")
    au.add_argument("--time-limit", type=float, default=180.0, help="giới hạn thời gian cho mỗi tệp (giây)")
    _memory_option(au)
    au.add_argument("--engine", choices=("auto", "fast", "layout"), default="fast")
    au.add_argument("--lang", choices=("vi", "en"), default="vi")
    au.add_argument("--quiet", action="store_true", help="không in tiến độ")
    au.add_argument(
        "--catalog",
        help="ghi danh mục văn bản đã biết (học từ các văn bản đã đọc) ra tệp JSON, dùng lại với check --catalog",
    )

    mg = sub.add_parser("merge", help="gộp cơ sở dữ liệu kiểm tra của nhiều máy (các shard) vào một")
    mg.add_argument("db")
    mg.add_argument("others", nargs="+")

    sm = sub.add_parser("summary", help="tổng hợp cơ sở dữ liệu kiểm tra hàng loạt: trang HTML, bảng CSV/Parquet")
    sm.add_argument("db", metavar="DB", help="cơ sở dữ liệu của vnadmin-parse audit")
    sm.add_argument("--html", metavar="FILE", help="trang tổng hợp (một tệp HTML, không cần mạng)")
    sm.add_argument("--csv", metavar="DIR", help="ghi các bảng ra thư mục, mỗi bảng một tệp CSV")
    sm.add_argument("--parquet", metavar="DIR", help="ghi các bảng ra thư mục, mỗi bảng một tệp Parquet (cần pyarrow)")
    sm.add_argument("--worst", type=int, default=20, help="số văn bản có nhiều vấn đề nhất được liệt kê (mặc định 20)")
    sm.add_argument(
        "--no-reports", action="store_true", help="không tạo báo cáo tô sáng cho các văn bản có nhiều vấn đề nhất"
    )
    sm.add_argument("--lang", choices=("vi", "en"), default="vi")

    rl = sub.add_parser("rule", help="giải thích một quy tắc (hoặc liệt kê tất cả)")
    rl.add_argument("code", nargs="?")
    rl.add_argument("--lang", choices=("vi", "en"), default="vi")

    sv = sub.add_parser("serve", help="trang web cục bộ (127.0.0.1) để kiểm tra tài liệu không cần dòng lệnh")
    sv.add_argument("--port", type=int, default=0, help="cổng (mặc định: hệ thống chọn một cổng trống)")
    sv.add_argument("--max-size", type=float, default=50.0, metavar="MB", help="dung lượng tối đa một tệp tải lên")
    sv.add_argument("--config", metavar="FILE", help="tệp cấu hình (mặc định: tìm từ thư mục hiện tại)")

    cf = sub.add_parser("config", help="in cấu hình có hiệu lực cho một tệp và nguồn của từng giá trị")
    cf.add_argument("file", nargs="?", metavar="FILE", help="tệp văn bản (mặc định: thư mục hiện tại)")
    cf.add_argument("--config", metavar="FILE")
    cf.add_argument("--select", action="append", default=None)
    cf.add_argument("--ignore", action="append", default=None)
    cf.add_argument("--lang", choices=("vi", "en"), default=None)
    cf.add_argument("--catalog", action="append", default=[], metavar="FILE")

    ev = sub.add_parser("eval", help="đánh giá độ chính xác trên corpus có chú giải")
    from vnadmin_parse.eval.run import add_arguments

    add_arguments(ev)
    return parser


def _memory_option(parser: argparse.ArgumentParser) -> None:
    from vnadmin_parse.extract.limits import DEFAULT_MEMORY_MB

    parser.add_argument(
        "--memory-limit",
        type=float,
        default=DEFAULT_MEMORY_MB,
        metavar="MB",
        help=f"bộ nhớ tối đa cho việc kiểm tra mỗi tệp (MB; mặc định {DEFAULT_MEMORY_MB}; 0: không giới hạn)",
    )


def _settings(args: argparse.Namespace, paths: Sequence[str]) -> dict[str, Settings]:
    """The effective configuration of each document (its file found upward from its folder, then the flags)."""
    from vnadmin_parse.config import resolve

    by_folder: dict[str, Settings] = {}
    out: dict[str, Settings] = {}
    for path in paths:
        folder = "-" if path == "-" else str(Path(path).resolve().parent)
        if folder not in by_folder:
            by_folder[folder] = resolve(
                path,
                config=args.config,
                select=args.select,
                ignore=args.ignore,
                lang=args.lang,
                catalogs=args.catalog,
            )
        out[path] = by_folder[folder]
    return out


def _annotate_target(args: argparse.Namespace) -> None:
    """``--annotate`` takes one PDF or DOCX; a PDF is read with the layout engine (a box per character)."""
    from vnadmin_parse.annotate import check_target

    if len(args.files) != 1 or args.files[0] == "-":
        raise VnadminError("--annotate: cần đúng một tệp PDF hoặc DOCX (exactly one file)")
    check_target(args.files[0], args.annotate)
    if args.engine == "auto" and args.files[0].lower().endswith(".pdf"):
        args.engine = "layout"


def _read_stdin() -> Source:
    """Standard input as a text document: its bytes decoded as a .txt file's are (UTF-8, UTF-16,
    legacy 8-bit), never taken for a path even when it is one line ending in ".pdf"."""
    from vnadmin_parse.extract.plain import decode_bytes
    from vnadmin_parse.extract.sources import from_text

    return from_text(decode_bytes(sys.stdin.buffer.read(), "<stdin>"), name="<stdin>")


def _cmd_check(args: argparse.Namespace) -> int:
    from vnadmin_parse.baseline import Baseline, document_key
    from vnadmin_parse.pipeline import check
    from vnadmin_parse.progress import Progress
    from vnadmin_parse.report.core import Report
    from vnadmin_parse.report.html import render_html_all
    from vnadmin_parse.report.jsonout import render_json, render_jsonl
    from vnadmin_parse.report.sarif import render_github, render_sarif
    from vnadmin_parse.report.text import render_text

    if (args.write_baseline or args.baseline) and not args.baseline:
        print("vnadmin-parse: --write-baseline cần --baseline FILE", file=sys.stderr)
        return 2
    try:
        settings = _settings(args, args.files)
        args.lang = settings[args.files[0]].lang
        if args.annotate:
            _annotate_target(args)
        baseline = Baseline.load(args.baseline) if args.baseline else None
    except VnadminError as exc:
        print(f"vnadmin-parse: {exc}", file=sys.stderr)
        return 2
    status = 0
    reports: list[Report] = []
    chunks: list[str] = []
    progress = Progress(len(args.files))
    for index, path in enumerate(args.files, 1):
        try:
            target: Source | Path = _read_stdin() if path == "-" else Path(path)
            with progress.item(index, path):
                report = check(
                    target,
                    engine=args.engine,
                    timeout=args.timeout,
                    memory_limit_mb=args.memory_limit,
                    **settings[path].check_options(),
                )
            if args.annotate:
                from vnadmin_parse.annotate import annotate

                print(f"vnadmin-parse: {annotate(report, path, args.annotate, args.lang)}", file=sys.stderr)
        except VnadminError as exc:
            print(f"vnadmin-parse: {exc}", file=sys.stderr)
            status = 2
            continue
        except Exception as exc:  # a broken file must never stop the batch
            print(f"vnadmin-parse: {path}: lỗi không mong đợi khi xử lý ({type(exc).__name__}: {exc})", file=sys.stderr)
            status = 2
            continue
        if baseline is not None:
            key = document_key(None if path == "-" else path, report.text)
            if args.write_baseline:
                baseline.record(key, report.findings)
            else:
                report.findings, unused = baseline.apply(key, report.findings)
                for entry in unused:
                    print(
                        f"vnadmin-parse: {path}: baseline không còn khớp: {entry['code']} “{entry['text']}”",
                        file=sys.stderr,
                    )
        if report.has_errors and status == 0:
            status = 1
        reports.append(report)
        args.lang = settings[path].lang
        if args.format == "text":
            chunks.append(render_text(report, args.lang))
        elif args.format == "jsonl":
            chunks.append(render_jsonl(report, args.lang))
        elif args.format == "github":
            chunks.append(render_github(report, args.lang))
    if args.format == "html" and reports:
        chunks.append(render_html_all(reports, args.lang))
    if args.format == "json" and reports:
        chunks.append(render_json(reports, args.lang))
    elif args.format == "sarif":
        chunks.append(render_sarif(reports, args.lang))
    if baseline is not None and args.write_baseline:
        baseline.save(args.baseline)
        print(
            f"vnadmin-parse: đã ghi {sum(len(r.findings) for r in reports)} phát hiện vào {args.baseline}",
            file=sys.stderr,
        )
        return 0 if status != 2 else 2
    output = "\n".join(c for c in chunks if c)
    if args.output:
        Path(args.output).write_text(output + "\n", encoding="utf-8")
    elif output:
        print(output)
    return 0 if args.exit_zero and status == 1 else status


def _cmd_audit(args: argparse.Namespace) -> int:
    from vnadmin_parse.audit import audit
    from vnadmin_parse.audit.summary import render_summary

    try:
        index, count = (int(x) for x in args.shard.split("/"))
        if not 0 <= index < count:
            raise ValueError
    except ValueError:
        print(f"vnadmin-parse: --shard phải có dạng i/n với 0 ≤ i < n (nhận được {args.shard!r})", file=sys.stderr)
        return 2

    if args.jobs < 0:
        print(f"vnadmin-parse: --jobs phải ≥ 0 (0: theo số CPU; nhận được {args.jobs})", file=sys.stderr)
        return 2
    from vnadmin_parse.audit.progress import AuditProgress
    from vnadmin_parse.progress import wanted

    progress = AuditProgress(sys.stderr, live=wanted(sys.stderr), lang=args.lang)
    try:
        summary = audit(
            args.paths,
            args.db,
            jobs=args.jobs,
            shard=(index, count),
            time_limit=args.time_limit,
            options={"engine": args.engine, "memory_limit_mb": args.memory_limit},
            progress=None if args.quiet else progress,
            scheduler=args.scheduler,
        )
    except VnadminError as exc:
        print(f"vnadmin-parse: {exc}", file=sys.stderr)
        return 2
    finally:
        progress.close()
    print(render_summary(summary, args.db, args.lang))
    if args.catalog:
        from vnadmin_parse.audit.store import Store

        store = Store(args.db)
        try:
            known = store.catalog()
        finally:
            store.close()
        known.save(args.catalog, description=f"Văn bản học được từ kiểm tra hàng loạt ({args.db})")
        print(f"Danh mục {len(known)} văn bản đã biết: {args.catalog}")
    if summary.failed:
        return 2
    return 1 if summary.by_severity.get("error") else 0


def _cmd_merge(args: argparse.Namespace) -> int:
    from vnadmin_parse.audit.store import Store

    try:
        store = Store(args.db)
        try:
            n = store.merge(args.others)
            from vnadmin_parse import __version__
            from vnadmin_parse.audit.crossdoc import cross_check

            cross_check(store, __version__)
        finally:
            store.close()
    except VnadminError as exc:
        print(f"vnadmin-parse: {exc}", file=sys.stderr)
        return 2
    print(f"Đã gộp {n} văn bản vào {args.db}")
    return 0


def _cmd_summary(args: argparse.Namespace) -> int:
    from vnadmin_parse.audit.store import Store, require_database
    from vnadmin_parse.audit.tables import latest_version, read_tables, write_csv, write_parquet

    try:
        require_database(Path(args.db), exists=True)
        store = Store(args.db)
        try:
            version = latest_version(store)
            if version is None:
                print(f"vnadmin-parse: {args.db}: cơ sở dữ liệu chưa có văn bản nào (empty audit)", file=sys.stderr)
                return 2
            tables = read_tables(store, version, args.worst)
        finally:
            store.close()
        written = []
        if args.csv:
            written += write_csv(tables, args.csv)
        if args.parquet:
            written += write_parquet(tables, args.parquet)
        if args.html:
            from vnadmin_parse.audit.summary import write_reports
            from vnadmin_parse.report.summary import render_summary_html

            page = Path(args.html)
            reports = {}
            if not args.no_reports:
                folder = page.with_name(page.stem + "-reports")
                reports = write_reports(tables.worst, folder, page.parent, args.lang)
            page.write_text(render_summary_html(tables, args.db, args.lang, reports), encoding="utf-8")
            written.append(page)
    except VnadminError as exc:
        print(f"vnadmin-parse: {exc}", file=sys.stderr)
        return 2
    severities = dict(tables.by_severity.rows)
    print(
        f"{tables.documents} văn bản, {tables.read} đọc được, {tables.pages} trang; "
        f"{severities['error']} lỗi, {severities['warning']} cảnh báo, {severities['info']} lưu ý"
    )
    for path in written:
        print(path)
    return 0


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


def _cmd_config(args: argparse.Namespace) -> int:
    from vnadmin_parse.config import describe

    try:
        settings = _settings(args, [args.file or "-"])
    except VnadminError as exc:
        print(f"vnadmin-parse: {exc}", file=sys.stderr)
        return 2
    (effective,) = settings.values()
    print(describe(effective, effective.lang))
    return 0


def _cmd_serve(args: argparse.Namespace) -> int:
    from vnadmin_parse.config import resolve
    from vnadmin_parse.serve import HOST, Desk, make_server

    try:
        settings = resolve("-", config=args.config)
    except VnadminError as exc:
        print(f"vnadmin-parse: {exc}", file=sys.stderr)
        return 2
    server = make_server(Desk(settings, int(args.max_size * 1_000_000)), args.port)
    print(f"vnadmin-parse: http://{HOST}:{server.server_port}/  (Ctrl-C để dừng)", file=sys.stderr, flush=True)
    try:
        server.serve_forever()
    finally:
        server.server_close()
    return 0


def _cmd_eval(args: argparse.Namespace) -> int:
    from vnadmin_parse.eval.run import run

    return run(args)


def main(argv: Sequence[str] | None = None) -> int:
    parser = _build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "check":
            return _cmd_check(args)
        if args.command == "eval":
            return _cmd_eval(args)
        if args.command == "audit":
            return _cmd_audit(args)
        if args.command == "merge":
            return _cmd_merge(args)
        if args.command == "summary":
            return _cmd_summary(args)
        if args.command == "config":
            return _cmd_config(args)
        if args.command == "serve":
            return _cmd_serve(args)
        return _cmd_rule(args)
    except KeyboardInterrupt:
        return 2
    except BrokenPipeError:
        return 0
