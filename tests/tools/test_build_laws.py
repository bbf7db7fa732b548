"""tools/build_laws.py: laws read from citations by number alone, and the verified additions."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from tools import build_laws


def _law(number: str, names: dict[str, int]) -> build_laws.Law:
    law = build_laws.Law(number)
    law.readings = Counter({(3, "Luật", name, ""): n for name, n in names.items()})
    return law


def test_an_undated_law_needs_two_agreeing_citations() -> None:
    assert build_laws._undated(_law("143/2025/QH15", {"Luật Đầu tư": 19, "Luật Đâu tư": 1}))
    assert build_laws._undated(_law("35/2024/QH15", {"Luật Đường bộ": 1})) is None
    split = {"Luật Công nghiệp": 3, "Luật Công nghiệp công nghệ": 2, "Luật Công nghệ số": 2}
    assert build_laws._undated(_law("71/2025/QH15", split)) is None


def test_an_amending_name_wins_over_the_amended_law_it_is_cited_for() -> None:
    law = _law("31/2009/QH12", {"Luật Điện ảnh": 2, "Luật sửa đổi, bổ sung một số điều của Luật Điện ảnh": 2})
    reading = build_laws._undated(law)
    assert reading is not None and reading[2].startswith("Luật sửa đổi")


def test_an_undated_number_must_fit_the_order_of_the_dated_laws() -> None:
    dated = [("QH15", 2024, 31), ("QH15", 2024, 48), ("QH15", 2025, 62), ("QH14", 2020, 61)]
    assert build_laws._in_order("143/2025/QH15", dated)
    assert build_laws._in_order("35/2024/QH15", dated)
    assert not build_laws._in_order("64/2023/QH15", dated)  # a typo for 64/2025: 2023 numbers stop below 31
    assert not build_laws._in_order("11/2025/QH15", dated)


def test_undated_citations_build_an_entry_without_a_date(tmp_path: Path) -> None:
    folder = tmp_path / "van-ban"
    folder.mkdir()
    dated = (
        "(Điều 1 Luật số 61/2020/QH14 Đầu tư ngày 17/06/2020 của Quốc hội, có hiệu lực thi hành kể từ ngày 01/01/2021)"
    )
    (folder / "a.md").write_text(dated + "\nCăn cứ Luật Đầu tư số 143/2025/QH15;\n", encoding="utf-8")
    (folder / "b.md").write_text("- Luật Đầu tư số 143/2025/QH15\n", encoding="utf-8")
    verified = tmp_path / "verified.json"
    verified.write_text(json.dumps({"entries": []}), encoding="utf-8")
    rows = {r["number"]: r for r in build_laws._verified(build_laws.entries(build_laws.read(folder)), verified)}
    assert rows["143/2025/QH15"]["adopted"] is None and rows["143/2025/QH15"]["name"] == "Luật Đầu tư"
    assert rows["61/2020/QH14"]["replaced_by"] == "143/2025/QH15"


def test_verified_entries_fill_missing_dates_and_add_laws(tmp_path: Path) -> None:
    rows = [
        {
            "type": "Luật",
            "name": "Luật A",
            "number": "1/2025/QH15",
            "adopted": None,
            "in_force_from": None,
            "in_force_to": None,
            "replaced_by": None,
            "examples": [],
            "source": "phap-dien: van-ban/a.md",
        }
    ]
    entries = [
        {
            "type": "Luật",
            "name": "Luật A",
            "number": "1/2025/QH15",
            "adopted": "2025-02-19",
            "in_force_from": None,
            "source": "https://example.invalid/a",
        },
        {
            "type": "Luật",
            "name": "Luật B",
            "number": "2/2008/QH12",
            "adopted": "2008-11-13",
            "in_force_from": "2010-01-01",
            "source": "https://example.invalid/b",
        },
    ]
    path = tmp_path / "verified.json"
    path.write_text(json.dumps({"entries": entries}), encoding="utf-8")
    out = {r["number"]: r for r in build_laws._verified(rows, path)}
    assert out["1/2025/QH15"]["adopted"] == "2025-02-19"
    assert out["1/2025/QH15"]["source"] == "phap-dien: van-ban/a.md; adopted: https://example.invalid/a"
    assert out["2/2008/QH12"]["in_force_from"] == "2010-01-01"


def test_the_shipped_verified_entries_cite_a_page_or_phap_dien() -> None:
    for v in json.loads(build_laws.VERIFIED.read_text(encoding="utf-8"))["entries"]:
        assert v["source"].startswith(("https://", "phap-dien: van-ban/")) and "corpus/" not in v["source"]


def test_a_full_text_gives_its_date_of_effect_only_where_its_table_and_its_own_article_agree() -> None:
    table = "| Thuộc tính | Nội dung |\n|---|---|\n| **Số hiệu** | 58/2024/QH15 |\n| **Ngày hiệu lực** | {day} |\n"
    own = "\n**Điều 100. Hiệu lực thi hành**\n1. Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2025.\n"
    assert build_laws.full_text_effect(table.format(day="01/01/2025") + own) == ("58/2024/QH15", "2025-01-01")
    # the collector's table describes a newer law than the text below it: no date
    assert build_laws.full_text_effect(table.format(day="01/07/2026") + own) is None
    assert build_laws.full_text_effect(table.format(day="01/01/2025")) is None


def test_the_date_a_full_text_gives_fills_a_law_the_notes_do_not_date(tmp_path: Path) -> None:
    folder = tmp_path / "van-ban"
    folder.mkdir()
    cited = "Căn cứ Luật Đầu tư công số 58/2024/QH15 ngày 29 tháng 11 năm 2024;\n"
    full = (
        "| **Số hiệu** | 58/2024/QH15 |\n| **Ngày hiệu lực** | 01/01/2025 |\n"
        "1. Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2025.\n"
    )
    (folder / "a.md").write_text(cited, encoding="utf-8")
    (folder / "dau-tu-cong.md").write_text(full, encoding="utf-8")
    row = {r["number"]: r for r in build_laws.entries(build_laws.read(folder))}["58/2024/QH15"]
    assert row["in_force_from"] == "2025-01-01"
    assert "in_force_from: phap-dien: van-ban/dau-tu-cong.md" in row["source"]


def test_an_amending_law_s_note_gives_its_date_of_effect() -> None:
    note = (
        "(Điều 1 Luật số 70/2014/QH13 sửa đổi, bổ sung một số điều của Luật thuế tiêu thụ đặc biệt, có hiệu lực kể "
        "từ ngày 01/1/2016)"
    )
    (m,) = build_laws.EFFECT.finditer(note)
    assert (m["sym"], m["ed"], m["em"], m["ey"]) == ("70/2014/QH13", "01", "1", "2016")
