"""The registry of known documents: lookup, user CSV/JSON files, learning from citations."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import SEED
from vnadmin_parse.catalog import Catalog, KnownDocument, default_catalog
from vnadmin_parse.data import load_table
from vnadmin_parse.errors import DataError
from vnadmin_parse.normalize import normalize
from vnadmin_parse.recognize.references import find_references


def test_bundled_registry() -> None:
    c = default_catalog()
    assert c.find("72/2015/NĐ-CP") is not None
    assert c.find("30/2020/NĐ-CP", None).date == "2020-03-05"  # type: ignore[union-attr]
    assert c.find("186/KH-UBND") is None  # administrative numbers need the year


def test_user_csv_extends_the_registry(tmp_path: Path) -> None:
    csv = tmp_path / "mine.csv"
    csv.write_text(
        "canonical,type,date,issuer,subject,source\n"
        "15/KH-SVHTT,Kế hoạch,2024-02-01,Sở Văn hóa và Thể thao,về du lịch năm 2024,sổ văn bản đi\n",
        encoding="utf-8",
    )
    mine = default_catalog().extend(Catalog.load(csv))
    found = mine.find("15/KH-SVHTT", "2024-05-05")
    assert found is not None and found.subject_year == 2024 and found.source == "sổ văn bản đi"
    assert mine.find("15/KH-SVHTT", "2023-05-05") is None
    assert mine.find("72/2015/NĐ-CP") is not None


def test_bad_dates_are_refused(tmp_path: Path) -> None:
    csv = tmp_path / "bad.csv"
    csv.write_text("canonical,date\n1/KH-X,30/01/2023\n", encoding="utf-8")
    with pytest.raises(DataError):
        Catalog.load(csv)


def test_learn_from_a_document_and_save(tmp_path: Path) -> None:
    text = normalize(SEED.read_text(encoding="utf-8")).text
    c = Catalog()
    added = c.learn(find_references(text, []), source="seed")
    learned = {d.canonical for d in c}
    assert added == len(learned)
    assert "72/2015/NĐ-CP" not in learned  # written wrongly in the seed: not learned
    assert "29/KH-UBND" not in learned  # cited with two different subjects: not learned
    assert {"22/2016/TT-BTTTT", "42/2018/QĐ-UBND", "45-NQ/TW", "855/QĐ-UBND"} <= learned
    out = tmp_path / "learned.json"
    c.save(out)
    assert {d.canonical for d in Catalog.load(out)} == learned


def test_one_entry_per_symbol_and_year() -> None:
    c = Catalog([KnownDocument("1/KH-X", "Kế hoạch", "2023-01-05", None, None, "a")])
    c.add(KnownDocument("1/KH-X", "Kế hoạch", "2023-03-05", None, None, "b"))
    c.add(KnownDocument("1/KH-X", "Kế hoạch", "2024-01-05", None, None, "c"))
    assert len(c) == 2


def test_rule_uses_the_users_registry(tmp_path: Path) -> None:
    from tests.conftest import TODAY
    from vnadmin_parse.pipeline import check

    csv = tmp_path / "mine.csv"
    csv.write_text(
        "canonical,type,date,issuer,subject,source\n15/KH-SVHTT,Kế hoạch,2024-02-01,,,sổ\n", encoding="utf-8"
    )
    text = "Thực hiện Kế hoạch số 15/KH-SVHTT ngày 11/02/2024 của Sở Văn hóa và Thể thao."
    assert not check(text, select=["R010"], today=TODAY).findings
    found = check(text, select=["R010"], today=TODAY, catalog=[str(csv)]).findings
    assert [f.suggestion for f in found] == ["01/02/2024"]


@pytest.mark.parametrize("table", ["known_documents.json", "laws.json"])
def test_no_entry_rests_on_the_corpus_alone(table: str) -> None:
    for entry in load_table(table)["entries"]:
        sources = [s.strip() for s in entry["source"].split(";") if s.strip()]
        assert sources and any(not s.startswith("corpus/") for s in sources), entry
