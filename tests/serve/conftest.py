"""A server on 127.0.0.1 in a thread, for the tests of ``vnadmin-parse serve``."""

from __future__ import annotations

import threading
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator

import pytest

from vnadmin_parse.config import Settings
from vnadmin_parse.serve import Desk, make_server

MAX_BYTES = 2_000_000


@pytest.fixture(scope="module")
def desk() -> Desk:
    return Desk(Settings(), MAX_BYTES)


@pytest.fixture(scope="module")
def base_url(desk: Desk) -> Iterator[str]:
    server = make_server(desk)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


def multipart(fields: dict[str, str], file: tuple[str, bytes] | None) -> tuple[bytes, str]:
    boundary = uuid.uuid4().hex
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode() for k, v in fields.items()
    ]
    if file:
        name, data = file
        head = f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{name}"\r\n'
        parts.append(head.encode() + b"Content-Type: application/octet-stream\r\n\r\n" + data + b"\r\n")
    return b"".join(parts) + f"--{boundary}--\r\n".encode(), f"multipart/form-data; boundary={boundary}"


def post(url: str, fields: dict[str, str], file: tuple[str, bytes] | None = None) -> tuple[int, bytes]:
    body, content_type = multipart(fields, file)
    request = urllib.request.Request(f"{url}/check", data=body, headers={"Content-Type": content_type})
    try:
        with urllib.request.urlopen(request, timeout=300) as answer:
            return answer.status, answer.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()
