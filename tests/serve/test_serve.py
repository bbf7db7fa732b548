"""``vnadmin-parse serve`` over HTTP: report, download, caps, failures, and no path from a request."""

from __future__ import annotations

import html
import io
import re
import tempfile
import urllib.error
import urllib.request
from pathlib import Path

import docx

from tests.conftest import CORPUS
from tests.serve.conftest import MAX_BYTES, post
from vnadmin_parse.serve import Desk

SEED = CORPUS / "seed" / "bao-cao-ttdn-6-thang-2023"


def _get(url: str, host: str | None = None) -> tuple[int, bytes, str]:
    request = urllib.request.Request(url, headers={"Host": host} if host else {})
    try:
        with urllib.request.urlopen(request, timeout=60) as answer:
            return answer.status, answer.read(), answer.headers.get("Content-Disposition", "")
    except urllib.error.HTTPError as error:
        return error.code, error.read(), ""


def test_form_page(base_url: str) -> None:
    status, body, _ = _get(f"{base_url}/?lang=en")
    assert status == 200 and b'type="file"' in body and b"Drop a PDF" in body


def test_docx_gives_the_highlighted_report_and_the_annotated_copy(base_url: str, desk: Desk) -> None:
    status, body = post(base_url, {"lang": "vi"}, ("../../etc/du thảo.docx", SEED.with_suffix(".docx").read_bytes()))
    page = body.decode()
    assert status == 200
    report = html.unescape(re.search(r'srcdoc="([^"]*)"', page, re.S).group(1))  # type: ignore[union-attr]
    assert '<mark id="f0"' in report and "S003" in report and "du thảo.docx" in report
    token = re.search(r'href="/download/([\w-]+)"', page).group(1)  # type: ignore[union-attr]
    status, data, disposition = _get(f"{base_url}/download/{token}")
    assert status == 200 and 'filename="du th_o.kiem-tra.docx"' in disposition
    assert len(list(docx.Document(io.BytesIO(data)).comments)) > 20
    assert not Path("/etc/du thảo.docx").exists()


def test_pasted_text(base_url: str) -> None:
    status, body = post(base_url, {"text": "Hội nghị diễn ra từ ngày 31/12/2023 đến ngày 01/01/2023.", "lang": "en"})
    assert status == 200 and b"D002" in body and b"/download/" not in body


def test_limits_and_failures_do_not_stop_the_server(base_url: str) -> None:
    status, body = post(base_url, {}, ("to.pdf", b"%PDF-1.4" + b"0" * MAX_BYTES))
    assert status == 413
    status, body = post(base_url, {}, ("hong.pdf", b"%PDF-1.4 this is not a PDF"))
    assert status in (422, 500) and b'id="error"' in body
    status, body = post(base_url, {}, ("script.exe", b"MZ"))
    assert status == 422
    status, body = post(base_url, {"text": "  "})
    assert status == 400
    assert _get(f"{base_url}/download/not-a-token")[0] == 404
    assert _get(f"{base_url}/../../etc/passwd")[0] == 404
    assert _get(f"{base_url}/", host="evil.example:80")[0] == 421  # DNS rebinding
    status, body = post(base_url, {"text": "Hai  dấu cách."})
    assert status == 200 and b"T005" in body  # still answering


def test_temporary_files_are_removed(base_url: str) -> None:
    before = set(Path(tempfile.gettempdir()).glob("vnadmin-serve-*"))
    post(base_url, {}, ("a.txt", "Hai  dấu cách.".encode()))
    assert set(Path(tempfile.gettempdir()).glob("vnadmin-serve-*")) == before
