"""Word 6.0/95 .doc through LibreOffice headless, when it is installed (Word 97–2003 has its own reader, doc.py)."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from vnadmin_parse.errors import InputError
from vnadmin_parse.extract.limits import time_limit_error
from vnadmin_parse.model import Source


def extract_office(path: Path, *, timeout: float = 120.0) -> Source:
    """Convert ``path`` to DOCX with LibreOffice and read that; InputError if LibreOffice is missing."""
    name = str(path)
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if not office:
        raise InputError(
            name,
            "tệp Word 6.0/95 (định dạng trước Word 97): cần LibreOffice để đọc (apt-get install "
            "libreoffice-writer-nogui), hoặc mở bằng Word và lưu lại dạng .doc 97–2003/.docx; "
            "Word 6.0/95 files need LibreOffice",
        )
    with tempfile.TemporaryDirectory() as out:
        try:
            subprocess.run(
                [office, "--headless", "--convert-to", "docx", "--outdir", out, str(path)],
                check=True,
                capture_output=True,
                timeout=timeout if timeout > 0 else None,
            )
        except subprocess.TimeoutExpired as exc:
            raise time_limit_error(name, timeout) from exc
        except subprocess.CalledProcessError as exc:
            raise InputError(name, f"LibreOffice không chuyển đổi được ({exc.returncode})") from exc
        converted = Path(out) / (path.stem + ".docx")
        if not converted.exists():
            raise InputError(name, "LibreOffice không chuyển đổi được tệp")
        from vnadmin_parse.extract.docx import extract_docx

        src = extract_docx(converted)
    return Source(path=name, kind=path.suffix.lower().lstrip("."), pages=src.pages, notes=src.notes)
