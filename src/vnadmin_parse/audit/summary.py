"""The audit summary for people: one screen, Vietnamese first."""

from __future__ import annotations

from vnadmin_parse.audit.runner import AuditSummary
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
