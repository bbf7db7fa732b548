"""Configuration: found upward from the document, overridden by flags, errors name the key."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from vnadmin_parse import check
from vnadmin_parse.cli import main
from vnadmin_parse.config import ConfigError, resolve
from vnadmin_parse.office import OfficeWords

# "slương" (Tày "lượn slương" singing) is not a Vietnamese syllable: S004 fires on it.
LOCAL = "Câu lạc bộ hát lượn slương của xã đã biểu diễn  tại hội nghị.\n"


def _office(tmp_path: Path, table: str, name: str = "pyproject.toml") -> Path:
    header = '[project]\nname = "x"\n[tool.vnadmin-parse]\n' if name == "pyproject.toml" else ""
    (tmp_path / name).write_text(header + table, encoding="utf-8")
    doc = tmp_path / "phong" / "du-thao.txt"
    doc.parent.mkdir()
    doc.write_text(LOCAL, encoding="utf-8")
    return doc


def _codes(capsys: pytest.CaptureFixture[str], *argv: str) -> list[str]:
    main(["check", "--format", "json", *argv])
    return [f["code"] for f in json.loads(capsys.readouterr().out)["findings"]]


def test_without_configuration_the_local_word_and_double_space_are_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = tmp_path / "du-thao.txt"
    doc.write_text(LOCAL, encoding="utf-8")
    assert _codes(capsys, str(doc)) == ["S004", "T005"]


def test_pyproject_table_found_upward_sets_ignore_words_and_severity(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = _office(tmp_path, 'words = ["lượn slương"]\n[tool.vnadmin-parse.severity]\nT = "error"\n')
    main(["check", "--format", "json", str(doc)])
    findings = json.loads(capsys.readouterr().out)["findings"]
    assert [(f["code"], f["severity"]) for f in findings] == [("T005", "error")]
    assert main(["check", str(doc)]) == 1  # an error now fails the run


def test_flags_override_the_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = _office(tmp_path, 'ignore = ["T005"]\n', name="vnadmin-parse.toml")
    assert _codes(capsys, str(doc)) == ["S004"]
    assert _codes(capsys, str(doc), "--ignore", "S") == ["T005"]


def test_word_files_and_bodies(tmp_path: Path) -> None:
    (tmp_path / "tu-rieng.txt").write_text("# từ của huyện\nlượn slương\n", encoding="utf-8")
    doc = _office(tmp_path, 'word-files = ["tu-rieng.txt"]\n[tool.vnadmin-parse.bodies]\nBQLDA = "Ban Quản lý dự án"\n')
    settings = resolve(str(doc))
    assert settings.office == OfficeWords(("lượn slương",), (("BQLDA", "Ban Quản lý dự án"),))
    assert settings.origin("words") == settings.origin("bodies") == str(tmp_path / "pyproject.toml")
    assert settings.origin("lang") == "default"


def test_explicit_config_file_and_pyproject_without_table(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    doc = tmp_path / "a.txt"
    doc.write_text(LOCAL, encoding="utf-8")
    assert resolve(str(doc)).file != tmp_path / "pyproject.toml"  # passed over: no [tool.vnadmin-parse]
    other = tmp_path / "khac.toml"
    other.write_text('lang = "en"\n', encoding="utf-8")
    settings = resolve(str(doc), config=str(other))
    assert (settings.lang, settings.origin("lang"), settings.file) == ("en", str(other), other)


@pytest.mark.parametrize(
    ("table", "key"),
    [
        ('ignore = ["X999"]\n', "ignore"),
        ('lang = "fr"\n', "lang"),
        ("colour = 1\n", "colour"),
        ('words = "một từ"\n', "words"),
        ('[tool.vnadmin-parse.severity]\nT005 = "loud"\n', "severity.T005"),
        ('catalogs = ["missing.json"]\n', "catalogs"),
        ('[tool.vnadmin-parse.bodies]\n"" = "Ban"\n', "bodies."),
        ("select = [\n", "TOML"),
    ],
)
def test_bad_configuration_is_one_line_naming_the_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], table: str, key: str
) -> None:
    doc = _office(tmp_path, table)
    with pytest.raises(ConfigError) as info:
        resolve(str(doc))
    assert f": {key}" in str(info.value)
    assert main(["check", str(doc)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f": {key}" in err


def test_config_command_prints_each_value_and_its_origin(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = _office(tmp_path, 'ignore = ["T005"]\nwords = ["lượn slương"]\n')
    assert main(["config", str(doc), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    lines = {line.split()[0]: line for line in out.splitlines()}
    source = f"[{tmp_path / 'pyproject.toml'}]"
    assert lines["ignore"].endswith(f"T005  {source}")
    assert lines["words"].endswith(f"lượn slương  {source}")
    assert lines["lang"].endswith("en  [--lang]") and lines["select"].endswith("[default]")


def test_office_words_through_the_api() -> None:
    today = dt.date(2026, 1, 1)
    assert [f.code for f in check(LOCAL, today=today, select=["S"]).findings] == ["S004"]
    office = OfficeWords(words=("Lượn Slương",))  # case does not matter
    assert [f.code for f in check(LOCAL, today=today, select=["S"], office=office).findings] == []
