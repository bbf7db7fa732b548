"""The audit's progress: live on a terminal, one plain line per interval elsewhere."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from vnadmin_parse.audit.progress import AuditProgress
from vnadmin_parse.cli import main


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _feed(progress: AuditProgress, clock: Clock, total: int) -> None:
    for i in range(1, total + 1):
        clock.now += 10  # one document every 10 s
        failed = i == 3
        progress(i, total, {"status": "error" if failed else "ok", "pages": 0 if failed else 2, "findings": [{}] * i})


def test_off_a_terminal_a_plain_line_per_interval_and_one_at_the_end() -> None:
    out, clock = io.StringIO(), Clock()
    progress = AuditProgress(out, live=False, interval=30, clock=clock)
    _feed(progress, clock, 7)
    progress.close()
    lines = out.getvalue().splitlines()
    assert lines == [
        "[3/7] 4 trang · 6 phát hiện · 1 không đọc được · 0.1 văn bản/giây · còn 40 s",
        "[6/7] 10 trang · 21 phát hiện · 1 không đọc được · 0.1 văn bản/giây · còn 10 s",
        "[7/7] 12 trang · 28 phát hiện · 1 không đọc được · 0.1 văn bản/giây",
    ]
    assert "\r" not in out.getvalue()


def test_the_final_line_is_not_printed_twice() -> None:
    out, clock = io.StringIO(), Clock()
    progress = AuditProgress(out, live=False, interval=30, clock=clock)
    _feed(progress, clock, 3)  # the third document falls on the interval
    progress.close()
    assert out.getvalue().splitlines() == ["[3/3] 4 trang · 6 phát hiện · 1 không đọc được · 0.1 văn bản/giây"]


def test_on_a_terminal_the_line_is_rewritten_after_every_document() -> None:
    out, clock = io.StringIO(), Clock()
    progress = AuditProgress(out, live=True, interval=30, lang="en", clock=clock)
    _feed(progress, clock, 4)
    progress.close()
    frames = out.getvalue().split("\r\x1b[2K")[1:]
    assert len(frames) == 4
    assert frames[1] == "[2/4] 4 pages · 3 findings · 0 failed · 0.1 documents/s · left 20 s"
    assert frames[-1].endswith("\n")


def test_the_cli_off_a_terminal_prints_the_final_line_only_for_a_short_audit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text("Văn bản một.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Văn bản hai.", encoding="utf-8")
    assert main(["audit", str(tmp_path), "--db", str(tmp_path / "a.sqlite"), "--jobs", "1"]) == 0
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and err[0].startswith("[2/2] 2 trang · 0 phát hiện · 0 không đọc được ·")
