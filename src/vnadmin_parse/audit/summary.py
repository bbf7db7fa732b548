"""The audit summary for people: one screen, Vietnamese first."""

from __future__ import annotations

import os
from pathlib import Path

from vnadmin_parse.audit.runner import AuditSummary
from vnadmin_parse.report.summary import Table
from vnadmin_parse.rules.registry import all_rules

_SEV = {
    "vi": {"error": "lỗi", "warning": "cảnh báo", "info": "lưu ý"},
    "en": {"error": "errors", "warning": "warnings", "info": "notes"},
}


def render_summary(s: AuditSummary, db: str, lang: str = "vi") -> str:
    names = {r.code: r.name for r in all_rules()}
    sev = _SEV["en" if lang == "en" else "vi"]
    counts = ", ".join(f"{s.by_severity.get(k, 0)} {sev[k]}" for k in ("error", "warning", "info"))
    if lang == "en":
        lines = [
            f"Audit: {s.total} files — {s.checked} checked, {s.skipped} already in {db},"
            + (f" {s.duplicates} copies of another file (checked once)," if s.duplicates else "")
            + f" {len(s.failed)} could not be read ({s.seconds:.1f} s)",
            f"Findings: {counts}",
        ]
        top, worst, failed = "Most frequent rules:", "Documents with the most errors and warnings:", "Could not read:"
    else:
        lines = [
            f"Kiểm tra hàng loạt: {s.total} tệp — đã kiểm tra {s.checked}, bỏ qua {s.skipped} (đã có trong {db}),"
            + (f" {s.duplicates} bản sao của tệp khác (kiểm tra một lần)," if s.duplicates else "")
            + f" {len(s.failed)} tệp không đọc được ({s.seconds:.1f} giây)",
            f"Phát hiện: {counts}",
        ]
        top, worst, failed = "Quy tắc gặp nhiều nhất:", "Văn bản có nhiều lỗi và cảnh báo nhất:", "Không đọc được:"
    if s.by_code:
        lines.append(top)
        lines += [f"  {code:6} {n:6}  {names.get(code, '')}" for code, n in s.by_code.most_common(10)]
    if s.worst:
        lines.append(worst)
        lines += [f"  {n:4}  {path}" for path, n in s.worst]
    if s.failed:
        lines.append(failed)
        lines += [f"  {err}" for _, err in s.failed[:20]]
    if s.missing:
        lines.append(
            f"{s.missing} citations of documents the archive does not hold: vnadmin-parse summary {db}"
            if lang == "en"
            else f"{s.missing} lần viện dẫn văn bản không có trong kho: xem vnadmin-parse summary {db}"
        )
    return "\n".join(lines)


def write_reports(worst: Table, folder: Path, base: Path, lang: str = "vi", engine: str = "fast") -> dict[str, str]:
    """Write the highlighted HTML report of each of the ``worst`` documents into ``folder``; return
    each document's path → the report's address relative to ``base`` (the summary page's folder).

    A document is checked again from its file, which must still hold the bytes that were audited
    (same SHA-1): a moved or changed file gets no report rather than the report of other text.
    """
    from vnadmin_parse.audit.runner import file_sha1
    from vnadmin_parse.errors import VnadminError
    from vnadmin_parse.pipeline import check
    from vnadmin_parse.report.html import render_html

    links: dict[str, str] = {}
    folder.mkdir(parents=True, exist_ok=True)
    for i, (path, sha1, *_rest) in enumerate(worst.rows, 1):
        source = Path(path)
        if not source.is_file() or file_sha1(source) != sha1:
            continue
        try:
            report = check(source, engine=engine)
        except VnadminError:
            continue
        target = folder / f"{i:03d}-{source.stem[:60]}.html"
        target.write_text(render_html(report, lang), encoding="utf-8")
        links[path] = os.path.relpath(target, base)
    return links
