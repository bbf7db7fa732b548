"""The anniversaries table: every entry well formed and sourced outside the corpus, every example
recognized as that entry, and every count an example writes right for the year it writes."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from vnadmin_parse.data import load_table
from vnadmin_parse.pipeline import check
from vnadmin_parse.recognize.anniversaries import anniversaries, find_anniversaries

ENTRIES = load_table("anniversaries.json")["entries"]
EXAMPLES = [(e["id"], x) for e in ENTRIES for x in e["examples"]]
#: The year an example is celebrated in: the last year it writes ("(03/02/1930 - 03/02/2024)", "(1945 - 2025)").
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
#: A legal document or an official source named in a source (what a corpus file alone is not).
_CITED = re.compile(
    r"\b(?:Luật|Bộ luật|Pháp lệnh|Nghị định|Quyết định|Nghị quyết|Chỉ thị|Hướng dẫn)\b|Đại hội|\.vn\b|Lịch sử", re.I
)


def test_entries_are_unique_and_dated() -> None:
    ids = [e["id"] for e in ENTRIES]
    assert len(ids) == len(set(ids))
    for e in ENTRIES:
        assert dt.date.fromisoformat(e["date"])
        assert e["source"] and e["examples"] and e["patterns"]
    assert len(anniversaries()) == len(ENTRIES)


def test_no_entry_rests_on_the_corpus() -> None:
    # Knowledge comes from the country: an entry cites a legal document or an official history,
    # never only a file of the evaluation corpus.
    for e in ENTRIES:
        assert "corpus" not in e["source"].lower(), e["id"]
        assert _CITED.search(e["source"]), e["id"]


def test_the_national_days_are_known() -> None:
    dates = {a.date for a in anniversaries()}
    for day in ("1930-02-03", "1945-09-02", "1944-12-22", "1945-08-19", "1975-04-30", "1954-05-07", "1890-05-19"):
        assert dt.date.fromisoformat(day) in dates


def test_public_holidays_cite_the_labour_code() -> None:
    holidays = {a.id: a.holiday for a in anniversaries() if a.holiday}
    assert set(holidays) == {"quoc-khanh", "giai-phong-mien-nam", "quoc-te-lao-dong"}
    assert all("Điều 112" in h for h in holidays.values())


@pytest.mark.parametrize(("entry_id", "example"), EXAMPLES)
def test_examples_match_their_entry(entry_id: str, example: str) -> None:
    found = find_anniversaries(example)
    assert [m.anniversary.id for m in found] == [entry_id], example


@pytest.mark.parametrize(("entry_id", "example"), EXAMPLES)
def test_example_counts_are_right(entry_id: str, example: str) -> None:
    (m,) = find_anniversaries(example)
    if m.count is None or not m.anniversary.counted:
        return
    years = _YEAR.findall(example)
    assert years, f"{example!r} gives a count but no year to check it against"
    assert m.count == int(years[-1]) - m.anniversary.date.year, example
    assert m.parts()["year"] == int(years[-1])
    assert not [f for f in check(example).findings if f.code == "D005"], example


def test_every_counted_entry_has_an_example_with_a_count() -> None:
    for e in ENTRIES:
        if e.get("counted", True):
            assert any(m.count is not None for x in e["examples"] for m in find_anniversaries(x)), e["id"]


def test_count_gives_the_anniversary_year() -> None:
    (m,) = find_anniversaries("kỷ niệm 68 năm Ngày giải phóng Hải Phòng")
    assert m.count == 68
    assert m.parts()["anniversary_date"] == "2023-05-13"


def test_uncounted_day_has_no_anniversary_year() -> None:
    (m,) = find_anniversaries("kỷ niệm 10 năm Ngày Pháp luật Việt Nam")
    assert m.count == 10 and m.parts()["counted"] is False
    assert "year" not in m.parts()


@pytest.mark.parametrize(
    "text",
    ["giải phóng mặt bằng", "thành lập Đoàn kiểm tra", "Chương trình 135", "5 năm thành lập doanh nghiệp",
     "theo quy định của pháp luật", "xây dựng gia đình Việt Nam no ấm", "Sở Khoa học và Công nghệ"],
)  # fmt: skip
def test_no_anniversary(text: str) -> None:
    assert find_anniversaries(text) == []
