"""DOCX extraction with python-docx: paragraphs and tables in document order."""

from __future__ import annotations

import zipfile
from pathlib import Path

from vnadmin_parse.errors import InputError
from vnadmin_parse.model import Page, Source


def extract_docx(path: Path) -> Source:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    name = str(path)
    try:
        document = docx.Document(str(path))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise InputError(name, f"tệp DOCX hỏng hoặc không phải DOCX ({exc})") from exc
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            lines.append(block.text)
        elif isinstance(block, Table):
            for row in block.rows:
                for cell in row.cells:
                    lines.extend(p.text for p in cell.paragraphs)
    return Source(path=name, kind="docx", pages=(Page(number=1, text="\n".join(lines), method="docx"),))
