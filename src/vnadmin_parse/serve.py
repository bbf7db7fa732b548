"""``vnadmin-parse serve``: a local web page to check a document without a terminal.

Drop (or choose) a PDF, DOCX, DOC, RTF or text file, or paste text; the page shows the
highlighted report and offers the annotated copy (PDF or DOCX) for download.

Safety: the server listens on 127.0.0.1 only and answers only requests addressed to it
(``Host`` checked, against DNS rebinding); an upload larger than the cap is refused
before it is kept (read and dropped, so that a browser shows the answer); each upload is
written under a fixed name in its own temporary folder, removed when the answer is
ready, so no name or path from a request ever touches the file system; annotated copies
are kept in memory under random tokens (the last ``KEEP``); a document that fails gives
an error page and the server goes on.
"""

from __future__ import annotations

import dataclasses
import email.parser
import email.policy
import html
import secrets
import tempfile
from collections import OrderedDict
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from vnadmin_parse.config import Settings
from vnadmin_parse.errors import VnadminError

HOST = "127.0.0.1"
SUFFIXES = (".pdf", ".docx", ".doc", ".rtf", ".txt")
KEEP = 32  # annotated copies kept for download
_MIME = {
    ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}
_STYLE = """
body{font-family:sans-serif;margin:0;background:#f3f3f3;color:#111}
header{background:#1f3b57;color:#fff;padding:.8em 1.5em;display:flex;gap:1.5em;align-items:center}
header a{color:#fff} h1{font-size:1.2em;margin:0}
form{margin:2em auto;max-width:42em;background:#fff;padding:2em;border-radius:6px}
#drop{border:2px dashed #789;border-radius:6px;padding:2.5em;text-align:center;margin-bottom:1em}
#drop.over{background:#e8f0ff} textarea{width:100%;height:8em} .error{color:#a00;margin:2em}
iframe{border:0;width:100%;height:calc(100vh - 3.5em);background:#fff}
"""
_DROP_SCRIPT = """
const drop=document.getElementById('drop'),input=document.getElementById('file');
drop.addEventListener('dragover',e=>{e.preventDefault();drop.classList.add('over')});
drop.addEventListener('dragleave',()=>drop.classList.remove('over'));
drop.addEventListener('drop',e=>{e.preventDefault();input.files=e.dataTransfer.files;input.form.submit()});
"""
_WORDS = {
    "vi": {
        "title": "Kiểm tra văn bản hành chính",
        "drop": "Kéo thả tệp PDF, DOCX, DOC, RTF hoặc TXT vào đây, hoặc chọn tệp:",
        "paste": "… hoặc dán văn bản:",
        "submit": "Kiểm tra",
        "again": "Kiểm tra tệp khác",
        "download": "Tải bản có ghi chú",
        "failed": "Không kiểm tra được tài liệu này",
        "empty": "Chưa có tệp hay văn bản nào.",
    },
    "en": {
        "title": "Check an administrative document",
        "drop": "Drop a PDF, DOCX, DOC, RTF or TXT file here, or choose one:",
        "paste": "… or paste text:",
        "submit": "Check",
        "again": "Check another file",
        "download": "Download the annotated copy",
        "failed": "This document could not be checked",
        "empty": "No file or text was sent.",
    },
}


@dataclass(frozen=True)
class Upload:
    """What a form sent: the file's suffix (whitelisted), its bytes and name, or pasted text."""

    suffix: str
    data: bytes
    name: str


def parse_form(content_type: str, body: bytes) -> dict[str, Any]:
    """Fields of a multipart/form-data body: text values, and ``Upload`` for a file."""
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + body
    )
    fields: dict[str, Any] = {}
    if not message.is_multipart():
        return fields
    for part in message.iter_parts():
        name = str(part.get_param("name", header="content-disposition") or "")
        raw = part.get_payload(decode=True)
        payload = raw if isinstance(raw, bytes) else b""
        filename = part.get_filename()
        if filename is not None:
            suffix = Path(filename).suffix.lower()
            if payload and suffix in SUFFIXES:
                fields[name] = Upload(suffix, payload, Path(filename).name)
            elif payload:
                fields[name] = Upload("", payload, Path(filename).name)
        else:
            fields[name] = payload.decode("utf-8", errors="replace")
    return fields


class Desk:
    """The state of a server: settings, the upload cap and the annotated copies kept for download."""

    def __init__(self, settings: Settings, max_bytes: int, timeout: float = 120.0) -> None:
        self.settings = settings
        self.max_bytes = max_bytes
        self.timeout = timeout
        self.copies: OrderedDict[str, tuple[str, bytes, str]] = OrderedDict()

    def keep(self, name: str, data: bytes, mime: str) -> str:
        token = secrets.token_urlsafe(16)
        self.copies[token] = (name, data, mime)
        while len(self.copies) > KEEP:
            self.copies.popitem(last=False)
        return token

    def check(self, upload: Upload | None, text: str, lang: str) -> tuple[str, str | None]:
        """The report's HTML and the download token of its annotated copy (PDF, DOCX)."""
        from vnadmin_parse.pipeline import check
        from vnadmin_parse.report.html import render_html

        options = self.settings.check_options()
        if upload is None:
            return render_html(check(text, **options), lang), None
        if not upload.suffix:
            raise VnadminError(f"{upload.name}: chỉ nhận tệp {', '.join(SUFFIXES)} (unsupported file type)")
        with tempfile.TemporaryDirectory(prefix="vnadmin-serve-") as folder:
            path = Path(folder) / f"upload{upload.suffix}"
            path.write_bytes(upload.data)
            engine = "layout" if upload.suffix == ".pdf" else "auto"
            report = check(path, engine=engine, timeout=self.timeout, **options)
            report.source = dataclasses.replace(report.source, path=upload.name)
            token = None
            if upload.suffix in _MIME:
                from vnadmin_parse.annotate import annotate

                copy = Path(folder) / f"kiem-tra{upload.suffix}"
                annotate(report, str(path), str(copy), lang)
                stem = Path(upload.name).stem or "tai-lieu"
                token = self.keep(f"{stem}.kiem-tra{upload.suffix}", copy.read_bytes(), _MIME[upload.suffix])
            return render_html(report, lang), token


def _page(lang: str, title: str, body: str) -> bytes:
    words = _WORDS[lang]
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
        f"<style>{_STYLE}</style></head><body><header><h1>{html.escape(words['title'])}</h1>{body}"
    ).encode()


def form_page(lang: str) -> bytes:
    w = _WORDS[lang]
    return _page(
        lang,
        w["title"],
        f'</header><form method="post" action="/check" enctype="multipart/form-data">'
        f'<div id="drop"><p>{html.escape(w["drop"])}</p><input type="file" id="file" name="file"></div>'
        f'<p>{html.escape(w["paste"])}</p><textarea name="text"></textarea>'
        f'<input type="hidden" name="lang" value="{lang}">'
        f'<p><button type="submit" id="submit">{html.escape(w["submit"])}</button></p></form>'
        f"<script>{_DROP_SCRIPT}</script></body></html>",
    )


def result_page(lang: str, report_html: str, token: str | None) -> bytes:
    w = _WORDS[lang]
    download = f'<a id="download" href="/download/{token}">{html.escape(w["download"])}</a>' if token else ""
    return _page(
        lang,
        w["title"],
        f'<a href="/?lang={lang}">{html.escape(w["again"])}</a>{download}</header>'
        f'<iframe id="report" title="report" sandbox srcdoc="{html.escape(report_html)}"></iframe></body></html>',
    )


def error_page(lang: str, message: str) -> bytes:
    w = _WORDS[lang]
    return _page(
        lang,
        w["failed"],
        f'<a href="/?lang={lang}">{html.escape(w["again"])}</a></header>'
        f'<p class="error" id="error">{html.escape(w["failed"])}: {html.escape(message)}</p></body></html>',
    )


def make_handler(desk: Desk) -> type[BaseHTTPRequestHandler]:
    """The request handler of a server over ``desk``."""

    class Handler(BaseHTTPRequestHandler):
        server_version = "vnadmin-parse"

        def log_message(self, format: str, *args: Any) -> None:
            return  # the terminal stays quiet; errors are answered as pages

        def _lang(self, value: str | None = None) -> str:
            lang = value or parse_qs(urlsplit(self.path).query).get("lang", [desk.settings.lang])[0]
            return lang if lang in _WORDS else "vi"

        def _send(
            self, status: HTTPStatus, body: bytes, mime: str = "text/html; charset=utf-8", **headers: str
        ) -> None:
            self.send_response(status)
            self.send_header("Content-Type", mime)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("X-Content-Type-Options", "nosniff")
            self.send_header("Cache-Control", "no-store")
            for key, value in headers.items():
                self.send_header(key.replace("_", "-"), value)
            self.end_headers()
            self.wfile.write(body)

        def _addressed_to_us(self) -> bool:
            port = self.server.server_port  # type: ignore[attr-defined]
            return self.headers.get("Host", "") in (f"{HOST}:{port}", f"localhost:{port}")

        def do_GET(self) -> None:
            if not self._addressed_to_us():
                self._send(HTTPStatus.MISDIRECTED_REQUEST, b"")
                return
            route = self.path.split("?", 1)[0]
            if route == "/":
                self._send(HTTPStatus.OK, form_page(self._lang()))
            elif route.startswith("/download/") and (kept := desk.copies.get(route.removeprefix("/download/"))):
                name, data, mime = kept
                ascii_name = name.encode("ascii", "replace").decode().replace('"', "_").replace("?", "_")
                self._send(HTTPStatus.OK, data, mime, Content_Disposition=f'attachment; filename="{ascii_name}"')
            else:
                self._send(HTTPStatus.NOT_FOUND, error_page(self._lang(), "404"))

        def do_POST(self) -> None:
            if not self._addressed_to_us() or self.path != "/check":
                self._send(HTTPStatus.NOT_FOUND, b"")
                return
            length = int(self.headers.get("Content-Length") or 0)
            if length > desk.max_bytes:
                left = length  # drained, never kept, so that a browser sees the answer
                while left > 0 and (chunk := self.rfile.read(min(1 << 20, left))):
                    left -= len(chunk)
                self.close_connection = True
                message = f"tệp lớn hơn giới hạn {desk.max_bytes // 1_000_000} MB (too large)"
                self._send(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, error_page(self._lang(), message))
                return
            fields = parse_form(self.headers.get("Content-Type", ""), self.rfile.read(length))
            lang = self._lang(str(fields.get("lang") or ""))
            upload = fields.get("file") if isinstance(fields.get("file"), Upload) else None
            text = str(fields.get("text") or "")
            if upload is None and not text.strip():
                self._send(HTTPStatus.BAD_REQUEST, error_page(lang, _WORDS[lang]["empty"]))
                return
            try:
                report_html, token = desk.check(upload, text, lang)
            except VnadminError as exc:
                self._send(HTTPStatus.UNPROCESSABLE_ENTITY, error_page(lang, str(exc)))
                return
            except Exception as exc:  # one document failing never stops the server
                self._send(HTTPStatus.INTERNAL_SERVER_ERROR, error_page(lang, f"{type(exc).__name__}: {exc}"))
                return
            self._send(HTTPStatus.OK, result_page(lang, report_html, token))

    return Handler


def make_server(desk: Desk, port: int = 0) -> ThreadingHTTPServer:
    """A server on 127.0.0.1 (``port`` 0: one the system chooses); ``serve_forever()`` runs it."""
    server = ThreadingHTTPServer((HOST, port), make_handler(desk))
    server.daemon_threads = True
    return server
