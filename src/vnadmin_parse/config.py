"""Configuration: ``[tool.vnadmin-parse]`` in ``pyproject.toml``, or ``vnadmin-parse.toml``.

The file is found upward from the document's folder (from the current folder for text
read from stdin); in one folder ``vnadmin-parse.toml`` wins over ``pyproject.toml``, and a
``pyproject.toml`` without the table is passed over. ``--config FILE`` names the file
instead. Flags override the file key by key (``--catalog`` adds to its catalogs).
docs/configuration.md lists the keys; a key that is unknown or has a wrong value stops
the run with one line naming the file and the key (exit code 2).
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from vnadmin_parse.errors import VnadminError
from vnadmin_parse.model import SEVERITIES, Severity
from vnadmin_parse.office import OfficeWords

CONFIG_FILES = ("vnadmin-parse.toml", "pyproject.toml")
LANGS = ("vi", "en")
KEYS = ("select", "ignore", "severity", "lang", "words", "word-files", "bodies", "catalogs")
DEFAULT = "default"


class ConfigError(VnadminError):
    """A configuration file that cannot be used: the message names the file and the key."""

    def __init__(self, where: str, key: str, problem: str) -> None:
        super().__init__(f"{where}: {key}: {problem}" if where != key else f"{key} {problem}")
        self.key = key


@dataclass(frozen=True)
class Settings:
    """The effective settings of a run and, for each key, where its value came from."""

    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    severity: Mapping[str, Severity] = field(default_factory=dict)
    lang: str = "vi"
    office: OfficeWords = field(default_factory=OfficeWords)
    catalogs: tuple[str, ...] = ()
    file: Path | None = None
    origins: Mapping[str, str] = field(default_factory=dict)

    def origin(self, key: str) -> str:
        return self.origins.get(key, DEFAULT)

    def check_options(self) -> dict[str, Any]:
        """Keyword arguments of ``pipeline.check`` for these settings."""
        return {
            "select": self.select,
            "ignore": self.ignore,
            "severity": by_code(self.severity),
            "office": self.office,
            "catalog": self.catalogs,
        }


def find_config(start: Path) -> tuple[Path, str] | None:
    """The configuration file that governs ``start`` (a folder), with its table's name."""
    for folder in (start.resolve(), *start.resolve().parents):
        for name in CONFIG_FILES:
            path = folder / name
            if path.is_file() and (name != "pyproject.toml" or "vnadmin-parse" in _toml(path).get("tool", {})):
                return path, _table_name(path)
    return None


def _table_name(path: Path) -> str:
    return "[tool.vnadmin-parse]" if path.name == "pyproject.toml" else ""


def _toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(str(path), "TOML", str(exc)) from None
    except OSError as exc:
        raise ConfigError(str(path), "file", exc.strerror or str(exc)) from None


def read_table(path: Path) -> dict[str, Any]:
    """The configuration table of ``path`` (the ``tool.vnadmin-parse`` table of a pyproject.toml)."""
    data = _toml(path)
    if path.name != "pyproject.toml":
        return data
    table = data.get("tool", {}).get("vnadmin-parse")
    if not isinstance(table, dict):
        raise ConfigError(str(path), "[tool.vnadmin-parse]", "không có bảng này (no such table)")
    return table


def rule_codes() -> list[str]:
    from vnadmin_parse.rules.registry import all_rules

    return [r.code for r in all_rules()]


def selectors(values: Iterable[object], where: str, key: str) -> tuple[str, ...]:
    """Rule codes or prefixes ("T", "R003", "T002,S001"); each must name at least one rule."""
    codes = rule_codes()
    out: list[str] = []
    for value in values:
        if not isinstance(value, str):
            raise ConfigError(where, key, f"{value!r} không phải mã quy tắc (not a rule code)")
        for prefix in (p.strip().upper() for p in value.split(",") if p.strip()):
            if not any(code.startswith(prefix) for code in codes):
                raise ConfigError(where, key, f"{prefix}: không có quy tắc nào có mã này (no rule has this code)")
            out.append(prefix)
    return tuple(out)


def _strings(value: object, where: str, key: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ConfigError(where, key, "cần một danh sách chuỗi (expected a list of non-empty strings)")
    return [v.strip() for v in cast(list[str], value)]


def _severities(value: object, where: str) -> dict[str, Severity]:
    """Rule code or prefix → severity, as written (checked)."""
    if not isinstance(value, dict):
        raise ConfigError(where, "severity", 'cần một bảng mã = mức (expected a table such as T005 = "info")')
    out: dict[str, Severity] = {}
    for prefix, level in value.items():
        key = f"severity.{prefix}"
        (code,) = selectors([prefix], where, key)
        if level not in SEVERITIES:
            raise ConfigError(where, key, f"{level!r} không phải một trong {', '.join(SEVERITIES)}")
        out[code] = cast(Severity, level)
    return out


def by_code(severity: Mapping[str, Severity]) -> dict[str, Severity]:
    """Severity for each rule code from a table of codes and prefixes: the longest prefix wins.

    >>> by_code({"T": "info", "T005": "error"})["T005"], by_code({"T": "info"})["T001"]
    ('error', 'info')
    """
    out: dict[str, Severity] = {}
    for code in rule_codes():
        matching = [p for p in severity if code.startswith(p)]
        if matching:
            out[code] = severity[max(matching, key=len)]
    return out


def _word_file(path: Path, where: str) -> list[str]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(where, "word-files", f"{path}: {exc}") from None
    return [s for s in (line.strip() for line in lines) if s and not s.startswith("#")]


def _bodies(value: object, where: str) -> tuple[tuple[str, str], ...]:
    if not isinstance(value, dict):
        raise ConfigError(where, "bodies", 'cần một bảng mã = "tên cơ quan" (expected a table CODE = "name")')
    out = []
    for code, name in value.items():
        if not code.strip() or " " in code.strip() or not isinstance(name, str) or not name.strip():
            raise ConfigError(where, f"bodies.{code}", 'cần MÃ = "tên cơ quan" (expected CODE = "full name")')
        out.append((code.strip(), " ".join(name.split())))
    return tuple(out)


def _files(value: object, base: Path, where: str, key: str) -> tuple[str, ...]:
    paths = tuple(str(base / p) for p in _strings(value, where, key))
    for p in paths:
        if not Path(p).is_file():
            raise ConfigError(where, key, f"{p}: không tìm thấy tệp (file not found)")
    return paths


def from_table(table: Mapping[str, Any], where: str, base: Path) -> tuple[dict[str, Any], set[str]]:
    """Validated values of a configuration table (paths relative to ``base``) and the keys it set."""
    unknown = sorted(set(table) - set(KEYS))
    if unknown:
        raise ConfigError(where, unknown[0], f"khoá không được hỗ trợ (unknown key; known: {', '.join(KEYS)})")
    values: dict[str, Any] = {}
    if "select" in table:
        values["select"] = selectors(_strings(table["select"], where, "select"), where, "select")
    if "ignore" in table:
        values["ignore"] = selectors(_strings(table["ignore"], where, "ignore"), where, "ignore")
    if "severity" in table:
        values["severity"] = _severities(table["severity"], where)
    if "lang" in table:
        if table["lang"] not in LANGS:
            raise ConfigError(where, "lang", f"{table['lang']!r} không phải một trong {', '.join(LANGS)}")
        values["lang"] = table["lang"]
    words = _strings(table["words"], where, "words") if "words" in table else []
    for path in _files(table.get("word-files", []), base, where, "word-files"):
        words += _word_file(Path(path), where)
    bodies = _bodies(table["bodies"], where) if "bodies" in table else ()
    if words or bodies:
        values["office"] = OfficeWords(tuple(dict.fromkeys(words)), bodies)
    if "catalogs" in table:
        values["catalogs"] = _files(table["catalogs"], base, where, "catalogs")
    return values, {k for k in table if k in KEYS}


def resolve(
    document: str | None,
    *,
    config: str | None = None,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    lang: str | None = None,
    catalogs: Iterable[str] = (),
) -> Settings:
    """The settings for ``document`` (a path, or None for stdin): its configuration file, then the flags."""
    found: tuple[Path, str] | None
    if config is not None:
        path = Path(config)
        if not path.is_file():
            raise ConfigError(config, "--config", "không tìm thấy tệp (file not found)")
        found = path, _table_name(path)
    else:
        start = Path(document).parent if document not in (None, "-") else Path.cwd()
        found = find_config(start)
    values: dict[str, Any] = {}
    origins: dict[str, str] = {}
    if found:
        path, table_name = found
        where = f"{path} {table_name}".strip()
        values, keys = from_table(read_table(path), where, path.parent)
        origins = {key: str(path) for key in keys}
        if "word-files" in keys:
            origins["words"] = str(path)
    for key, flag, given in (("select", "--select", select), ("ignore", "--ignore", ignore)):
        if given is not None:
            values[key] = selectors(given, flag, flag)
            origins[key] = flag
    if lang is not None:
        values["lang"], origins["lang"] = lang, "--lang"
    extra = tuple(catalogs)
    for p in extra:
        if not Path(p).is_file():
            raise ConfigError(p, "--catalog", "không tìm thấy tệp danh mục (catalog file not found)")
    if extra:
        values["catalogs"] = (*values.get("catalogs", ()), *extra)
        origins["catalogs"] = f"{origins['catalogs']} + --catalog" if "catalogs" in origins else "--catalog"
    return Settings(**values, file=found[0] if found else None, origins=origins)


def describe(settings: Settings, lang: str = "vi") -> str:
    """The effective settings, one per line, each with where it came from (``vnadmin-parse config``)."""
    office = settings.office
    none = "(không)" if lang == "vi" else "(none)"
    rows = [
        ("select", ", ".join(settings.select) if settings.select else ("(tất cả)" if lang == "vi" else "(all)")),
        ("ignore", ", ".join(settings.ignore) or none),
        ("severity", ", ".join(f"{c}={s}" for c, s in settings.severity.items()) or none),
        ("lang", settings.lang),
        ("words", "; ".join(office.words) or none),
        ("bodies", "; ".join(f"{c} = {n}" for c, n in office.bodies) or none),
        ("catalogs", ", ".join(settings.catalogs) or none),
    ]
    default = "mặc định" if lang == "vi" else "default"
    head = "tệp cấu hình" if lang == "vi" else "configuration file"
    lines = [f"{head}: {settings.file or none}"]
    for key, value in rows:
        origin = settings.origin(key)
        lines.append(f"{key:<9} {value}  [{default if origin == DEFAULT else origin}]")
    return "\n".join(lines)
