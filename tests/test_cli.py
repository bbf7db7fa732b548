from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SEED
from vnadmin_parse.cli import main


def test_check_text_output_has_file_page_line_code(capsys: pytest.CaptureFixture[str]) -> None:
    main(["check", str(SEED), "--select", "T001"])
    out = capsys.readouterr().out
    first = out.splitlines()[0]
    path, page, line, rest = first.split(":", 3)
    assert path == str(SEED) and page.isdigit() and line.isdigit()
    assert rest.strip().startswith("T001")
    assert "→ gợi ý:" in out


def test_check_json_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(SEED), "--format", "json", "--select", "T"]) in (0, 1)
    data = json.loads(capsys.readouterr().out)
    assert data["source"] == str(SEED) and data["findings"]


def test_jsonl_gives_one_line_per_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    other = tmp_path / "b.txt"
    other.write_text("Văn bản ngắn.", encoding="utf-8")
    main(["check", str(SEED), str(other), "--format", "jsonl", "--select", "T"])
    lines = capsys.readouterr().out.strip().splitlines()
    assert [json.loads(line)["source"] for line in lines] == [str(SEED), str(other)]


def test_exit_code_1_on_error_findings(tmp_path: Path) -> None:
    from vnadmin_parse.rules.registry import all_rules

    error_rules = [r for r in all_rules() if r.severity == "error" and r.fires]
    if not error_rules:
        pytest.skip("no error-severity rule registered yet")
    r = error_rules[0]
    doc = tmp_path / "doc.txt"
    doc.write_text(r.fires[0], encoding="utf-8")
    assert main(["check", str(doc), "--select", r.code]) == 1


def test_exit_code_0_when_clean(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = tmp_path / "doc.txt"
    doc.write_text("Các đơn vị triển khai thực hiện.", encoding="utf-8")
    assert main(["check", str(doc), "--select", "T"]) == 0


@pytest.mark.parametrize(
    ("name", "content", "needle"),
    [
        ("missing.pdf", None, "không tìm thấy"),
        ("notes.xyz", b"hello", "không được hỗ trợ"),
        ("fake.pdf", b"this is not a pdf at all", "fake.pdf"),
        ("fake.docx", b"PK not really a zip", "fake.docx"),
        ("binary.txt", b"\x00\x01\x02\x03", "nhị phân"),
    ],
)
def test_bad_input_exit_2_with_one_line_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, content: bytes | None, needle: str
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    assert main(["check", str(path)]) == 2
    err = capsys.readouterr().err
    assert needle in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_bad_file_does_not_stop_the_batch(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4 truncated")
    assert main(["check", str(bad), str(SEED), "--select", "T001"]) == 2
    assert str(SEED) in capsys.readouterr().out


def test_rule_command_explains_a_rule(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rule", "T001"]) == 0
    out = capsys.readouterr().out
    assert "Vì sao" in out and "Cách sửa" in out
    assert main(["rule", "X999"]) == 2


def test_module_entry_point_runs() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "vnadmin_parse", "check", str(SEED), "--select", "T001"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode in (0, 1), proc.stderr
    assert "T001" in proc.stdout


def test_exit_zero_reports_but_does_not_fail(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = tmp_path / "doc.txt"
    doc.write_text("Chương trình diễn ra từ ngày 31/12/2023 đến ngày 01/01/2023.", encoding="utf-8")
    assert main(["check", str(doc), "--select", "D002"]) == 1
    assert main(["check", str(doc), "--select", "D002", "--exit-zero"]) == 0
    assert "D002" in capsys.readouterr().out
    assert main(["check", str(tmp_path / "missing.txt"), "--exit-zero"]) == 2


def test_select_takes_comma_separated_codes_and_rejects_unknown_ones(
    capsys: pytest.CaptureFixture[str],
) -> None:
    main(["check", str(SEED), "--format", "json", "--select", "t001,S002"])
    codes = {f["code"] for f in json.loads(capsys.readouterr().out)["findings"]}
    assert codes and codes <= {"T001", "S002"} and len(codes) == 2
    assert main(["check", str(SEED), "--select", "X9"]) == 2
    assert "--select X9" in capsys.readouterr().err
