"""The tables of local bodies and provinces: examples, sources, codes and names both ways, lifetimes."""

from __future__ import annotations

import datetime as dt

import pytest

from vnadmin_parse.recognize.agencies import mentions
from vnadmin_parse.symbols import local_bodies, provinces
from vnadmin_parse.symbols.provinces import document_day

BODY_EXAMPLES = [(b, ex) for b in local_bodies.local_bodies() for ex in b.examples]
PROVINCE_EXAMPLES = [(p, ex) for p in provinces.provinces().values() for ex in p.examples]


@pytest.mark.parametrize(("body", "example"), BODY_EXAMPLES, ids=lambda v: getattr(v, "name", v))
def test_local_body_examples(body: local_bodies.LocalBody, example: str) -> None:
    if example.startswith("Số:"):
        code = example.rsplit("-", 1)[1]
        assert local_bodies.by_code(code) == body
        return
    found = [m for m in mentions(example) if m.problem is None]
    assert any(m.name in (body.name, *body.abbreviations) for m in found), (example, found)


@pytest.mark.parametrize("body", local_bodies.local_bodies(), ids=lambda b: b.name)
def test_local_body_resolves_both_ways(body: local_bodies.LocalBody) -> None:
    assert local_bodies.by_name(body.name) == body
    for code in body.codes:
        assert local_bodies.by_code(code) == body
    if body.successor:
        successor = local_bodies.by_name(body.successor)
        assert successor is not None and body.valid_to is not None
        assert successor.existed_on(body.valid_to + dt.timedelta(days=1))


def test_departments_of_2025() -> None:
    """Nghị định 45/2025/NĐ-CP: the new departments start on 01/3/2025, the merged ones end the day before."""
    before, after = dt.date(2025, 2, 28), dt.date(2025, 3, 1)
    new = local_bodies.by_name("Sở Nông nghiệp và Môi trường")
    old = local_bodies.by_name("Sở Tài nguyên và Môi trường")
    assert new is not None and old is not None
    assert (new.existed_on(before), new.existed_on(after)) == (False, True)
    assert (old.existed_on(before), old.existed_on(after)) == (True, False)
    gone = {b.name for b in local_bodies.local_bodies() if b.valid_to == before}
    assert {"Sở Kế hoạch và Đầu tư", "Sở Giao thông vận tải", "Sở Thông tin và Truyền thông"} <= gone


@pytest.mark.parametrize(("province", "example"), PROVINCE_EXAMPLES, ids=lambda v: getattr(v, "name", v))
def test_province_examples(province: provinces.Province, example: str) -> None:
    place, year = example.split(",")[0], example.rsplit(" ", 1)[1]
    found = provinces.lookup(place)
    day = document_day(year)
    assert found == province and day is not None and not found.gone_on(day)


def test_provinces_before_and_after_2025() -> None:
    every = provinces.provinces().values()
    before = [p for p in every if p.existed_on(dt.date(2025, 6, 30)) and p.name != "Thừa Thiên Huế"]
    after = [p for p in every if p.existed_on(dt.date(2025, 7, 1))]
    assert (len(before), len(after)) == (63, 34)
    for p in every:
        if p.successor:
            successor = provinces.lookup(p.successor)
            assert successor is not None and successor.existed_on(dt.date(2025, 7, 1))
            assert p.name in successor.merged or p.name == "Thừa Thiên Huế"


@pytest.mark.parametrize("table", ["local_bodies.json", "provinces.json"])
def test_no_entry_rests_on_the_corpus(table: str) -> None:
    from vnadmin_parse.data import load_table

    for entry in load_table(table)["entries"]:
        assert entry["source"] and "corpus/" not in entry["source"], entry["name"]
