"""The anniversaries table: every entry well formed, every example recognized as that entry."""

from __future__ import annotations

import datetime as dt

import pytest

from vnadmin_parse.data import load_table
from vnadmin_parse.recognize.anniversaries import anniversaries, find_anniversaries

ENTRIES = load_table("anniversaries.json")["entries"]


def test_entries_are_unique_and_dated() -> None:
    ids = [e["id"] for e in ENTRIES]
    assert len(ids) == len(set(ids))
    for e in ENTRIES:
        assert dt.date.fromisoformat(e["date"]) < dt.date(2000, 1, 1) or e["id"] == "nha-giao"
        assert e["source"] and e["examples"] and e["patterns"]
    assert len(anniversaries()) == len(ENTRIES)


@pytest.mark.parametrize(("entry_id", "example"), [(e["id"], x) for e in ENTRIES for x in e["examples"]])
def test_examples_match_their_entry(entry_id: str, example: str) -> None:
    found = find_anniversaries(example)
    assert [m.anniversary.id for m in found] == [entry_id], example


def test_count_gives_the_anniversary_year() -> None:
    (m,) = find_anniversaries("kỷ niệm 68 năm Ngày giải phóng Hải Phòng")
    assert m.count == 68
    assert m.parts()["anniversary_date"] == "2023-05-13"


@pytest.mark.parametrize(
    "text", ["giải phóng mặt bằng", "thành lập Đoàn kiểm tra", "Chương trình 135", "5 năm thành lập doanh nghiệp"]
)
def test_no_anniversary(text: str) -> None:
    assert find_anniversaries(text) == []
