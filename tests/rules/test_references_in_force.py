"""R015: a replaced law cited as a legal basis, judged from the table of laws' replacements and dates."""

from __future__ import annotations

import datetime as dt

from vnadmin_parse import check
from vnadmin_parse.rules.references_in_force import LONGEST_WAIT, successor_in_force, successor_in_force_by
from vnadmin_parse.symbols import laws


def test_every_replacement_with_a_known_date_of_effect_is_judged() -> None:
    judged = 0
    for law in laws.laws():
        found = successor_in_force(law)
        if found is None:
            continue
        successor, since = found
        judged += 1
        assert successor.number == law.replaced_by
        assert since > (law.adopted or dt.date(law.year, 12, 31))  # a law known only by number: its year
    assert judged >= 15


def test_the_day_the_successor_takes_effect_is_the_first_day_judged() -> None:
    header = (
        "BỘ NỘI VỤ\nSố: 15/QĐ-BNV\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Hà Nội, ngày {d} tháng {m} năm {y}\nQUYẾT ĐỊNH\nVề việc ban hành quy chế\n"
    )
    old = laws.lookup("10/2012/QH13")
    assert old is not None
    found = successor_in_force(old)
    assert found is not None and found[1] == dt.date(2021, 1, 1)
    body = "Căn cứ Bộ luật Lao động số 10/2012/QH13;\n"
    before = check(header.format(d="31", m="12", y="2020") + body, select=["R015"])
    on = check(header.format(d="01", m="01", y="2021") + body, select=["R015"])
    assert not before.findings
    (finding,) = on.findings
    assert finding.suggestion == "Bộ luật Lao động số 45/2019/QH14"
    assert finding.text == "Bộ luật Lao động số 10/2012/QH13"


def test_a_draft_dated_by_month_only_is_judged_from_its_first_day() -> None:
    text = (
        "BỘ NỘI VỤ\nSố:    /QĐ-BNV\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Hà Nội, ngày    tháng 3 năm 2022\nQUYẾT ĐỊNH\nVề việc ban hành quy chế\n"
        "Căn cứ Bộ luật Lao động năm 2012;\n"
    )
    (finding,) = check(text, select=["R015"]).findings
    assert "văn bản tháng 03/2022 " in finding.message


def test_a_draft_with_only_its_year_is_told_by_its_year() -> None:
    text = (
        "BỘ NỘI VỤ\nSố:    /QĐ-BNV\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Hà Nội, ngày    tháng    năm 2025\nQUYẾT ĐỊNH\nVề việc ban hành quy chế\n"
        "Căn cứ Bộ luật Lao động năm 2012;\n"
    )
    (finding,) = check(text, select=["R015"]).findings
    assert "văn bản năm 2025 " in finding.message and "document of 2025 " in (finding.message_en or "")


def test_the_bound_on_a_laws_wait_for_effect_holds_for_every_law_of_the_table() -> None:
    waits = [law.in_force_from - law.adopted for law in laws.laws() if law.adopted and law.in_force_from]
    assert len(waits) >= 100
    assert max(waits) < LONGEST_WAIT


def test_a_successor_of_unknown_date_of_effect_is_judged_only_after_the_longest_wait() -> None:
    header = (
        "BỘ NỘI VỤ\nSố: 15/QĐ-BNV\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Hà Nội, ngày {d} tháng {m} năm {y}\nQUYẾT ĐỊNH\nVề việc ban hành quy chế\n"
    )
    unknown = [law for law in laws.laws() if successor_in_force_by(law)]
    assert unknown
    for law in unknown:
        found = successor_in_force_by(law)
        assert found is not None
        successor, by = found
        assert successor_in_force(law) is None
        assert by - (successor.adopted or dt.date(successor.year, 12, 31)) == LONGEST_WAIT
    law = unknown[0]
    found = successor_in_force_by(law)
    assert found is not None
    successor, by = found
    body = f"Căn cứ {law.name} số {law.number};\n"
    before = by - dt.timedelta(days=1)
    assert not check(header.format(d=before.day, m=before.month, y=before.year) + body, select=["R015"]).findings
    (finding,) = check(header.format(d=by.day, m=by.month, y=by.year) + body, select=["R015"]).findings
    assert f"thông qua năm {successor.year}, đã có hiệu lực" in finding.message
