"""Findings written into a copy of the reviewer's own file: highlights and notes in a PDF
(``pdf.py``), comments and tracked changes in a Word file (``docx.py``).
The original is never written to. docs/annotation.md describes both.
"""

from __future__ import annotations

from pathlib import Path

from vnadmin_parse.errors import VnadminError
from vnadmin_parse.report.core import Report

#: The file types that can be annotated, by suffix.
SUFFIXES = (".pdf", ".docx")


def check_target(original: str, copy: str) -> None:
    """Refuse before any work: a file type that cannot be annotated, a copy of another type, the original itself."""
    source, target = Path(original), Path(copy)
    suffix = source.suffix.lower()
    if suffix not in SUFFIXES:
        raise VnadminError(f"--annotate: chỉ ghi chú được tệp PDF hoặc DOCX, không phải {original} (PDF or DOCX only)")
    if target.suffix.lower() != suffix:
        raise VnadminError(
            f"--annotate {copy}: bản ghi chú phải có đuôi {suffix} như tệp gốc (same type as the original)"
        )
    if target.resolve() == source.resolve() or (target.exists() and target.samefile(source)):
        raise VnadminError(f"--annotate {copy}: không ghi đè tệp gốc (the original is never modified)")


def annotate(report: Report, original: str, copy: str, lang: str = "vi") -> str:
    """Write the annotated copy of ``original`` to ``copy``; a one-line account of what was written."""
    check_target(original, copy)
    if Path(original).suffix.lower() == ".pdf":
        from vnadmin_parse.annotate.pdf import annotate_pdf

        notes = annotate_pdf(report, Path(original), Path(copy), lang)
        if lang == "en":
            return f"{copy}: {notes} annotations for {len(report.findings)} findings"
        return f"{copy}: {notes} ghi chú cho {len(report.findings)} phát hiện"
    from vnadmin_parse.annotate.docx import annotate_docx

    comments, changes = annotate_docx(report, Path(original), Path(copy), lang)
    if lang == "en":
        return f"{copy}: {comments} comments, {changes} tracked changes"
    return f"{copy}: {comments} nhận xét, {changes} sửa đổi theo dõi (track changes)"
