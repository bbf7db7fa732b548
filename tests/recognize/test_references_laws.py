"""Laws, codes and ordinances cited by name alone; Party resolutions named by their plenum or congress;
symbols of the years before 2001."""

from __future__ import annotations

import pytest

import vnadmin_parse
from vnadmin_parse.model import Reference
from vnadmin_parse.recognize.references import find_references


def refs(text: str, on: str | None = None) -> list[Reference]:
    return find_references(text, [], on)


@pytest.mark.parametrize(
    ("text", "on", "cited", "canonical"),
    [
        ("Theo quy định của Luật Đất đai, người sử dụng đất", "2023-06-01", "Luật Đất đai", "45/2013/QH13"),
        ("Theo quy định của Luật Đất đai, người sử dụng đất", "2025-06-01", "Luật Đất đai", "31/2024/QH15"),
        ("Theo quy định của Luật Đất đai, người sử dụng đất", None, "Luật Đất đai", "Luật Đất đai"),
        ("áp dụng Bộ luật Dân sự để giải quyết", "2020-01-01", "Bộ luật Dân sự", "91/2015/QH13"),
        ("Luật Phòng, chống tham nhũng quy định", "2020-01-01", "Luật Phòng, chống tham nhũng", "36/2018/QH14"),
        (
            "theo Luật Chất lượng sản phẩm, hàng hóa.",
            "2020-01-01",
            "Luật Chất lượng sản phẩm, hàng hóa",
            "05/2007/QH12",
        ),
        ("Pháp lệnh Ngoại hối và các văn bản", "2010-01-01", "Pháp lệnh Ngoại hối", "28/2005/PL-UBTVQH11"),
        ("Luật Doanh nghiệp năm 2020", None, "Luật Doanh nghiệp năm 2020", "59/2020/QH14"),
        ("Luật Đầu tư 2025", None, "Luật Đầu tư 2025", "143/2025/QH15"),  # read from "số 143/2025/QH15" alone
        ("Luật Đầu tư 2030", None, "Luật Đầu tư 2030", None),
        (
            "Luật Đầu tư theo phương thức đối tác công tư quy định",
            "2023-01-01",
            "Luật Đầu tư theo phương thức đối tác công tư",
            "64/2020/QH14",
        ),
    ],
)
def test_a_law_by_name_resolves_to_the_version_then_in_force(
    text: str, on: str | None, cited: str, canonical: str | None
) -> None:
    [r] = refs(text, on)
    assert (r.text, r.canonical, r.kind) == (cited, canonical, "named")


@pytest.mark.parametrize(
    "text",
    [
        "Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2025.",
        "các luật có liên quan và văn bản hướng dẫn thi hành luật",
        "theo quy định của luật và pháp luật hiện hành",
        "Luật Đầu tư ra nước ngoài quy định",  # a longer name the table does not know
        "Luật Giáo dục quốc phòng toàn dân",
        "góp ý dự thảo Luật Đất đai (sửa đổi)",
        "Luật Đất đai (sửa đổi) đang được lấy ý kiến",
    ],
)
def test_generic_words_drafts_and_longer_names_are_no_reference(text: str) -> None:
    assert refs(text, "2023-01-01") == []


def test_the_name_never_runs_into_the_sentence() -> None:
    [r] = refs("Luật Đất đai quy định Nhà nước là đại diện chủ sở hữu", "2023-01-01")
    assert r.text == "Luật Đất đai"
    [r] = refs("theo Luật Đất đai số 45/2013/QH13 ngày 29/11/2013", "2025-01-01")
    assert (r.kind, r.canonical) == ("legal", "45/2013/QH13")


def test_mentions_of_one_law_link_to_one_group() -> None:
    text = "Căn cứ Luật Đất đai số 45/2013/QH13; theo Luật Đất đai, và Luật Đất đai quy định."
    rs = refs(text, "2025-01-01")
    assert [r.canonical for r in rs] == ["45/2013/QH13"] * 3
    assert len({r.parts.group for r in rs}) == 1 and [r.parts.first for r in rs] == [True, False, False]


def test_the_document_date_comes_from_the_document() -> None:
    text = "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 12/BC-UBND\nQuảng Ngãi, ngày 05 tháng 3 năm 2023\n\nBÁO CÁO\n"
    report = vnadmin_parse.parse(text + "Thực hiện Luật Đất đai, Ủy ban nhân dân tỉnh báo cáo.")
    assert [r.canonical for r in report.references if r.kind == "named"] == ["45/2013/QH13"]


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("Thực hiện Nghị quyết Hội nghị Trung ương 4 khóa XII về xây dựng Đảng", "NQ-HNTW-4-XII"),
        ("Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XI về", "NQ-HNTW-8-XI"),
        ("quán triệt Nghị quyết Đại hội XIII của Đảng", "NQ-ĐH-XIII"),
        ("Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng", "NQ-ĐH-XIII"),
    ],
)
def test_party_resolutions_named_by_plenum_or_congress(text: str, canonical: str) -> None:
    [r] = refs(text)
    assert (r.canonical, r.type) == (canonical, "Nghị quyết")


def test_a_plenum_maps_to_the_number_the_document_gives_it() -> None:
    text = (
        "Nghị quyết số 04-NQ/TW ngày 30/10/2016 của Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII "
        "về tăng cường xây dựng Đảng; quán triệt Nghị quyết Trung ương 4 (khóa XII)."
    )
    assert [r.canonical for r in refs(text)] == ["04-NQ/TW", "04-NQ/TW"]
    # two numbers for one plenum: the name cannot tell which
    two = text.replace(
        "; quán",
        "; Nghị quyết số 05-NQ/TW ngày 01/11/2016 của Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII; quán",
    )
    assert refs(two)[-1].canonical == "NQ-HNTW-4-XII"


def test_local_party_congresses_are_not_national_resolutions() -> None:
    assert refs("Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX; Nghị quyết Đại hội XX Đảng bộ tỉnh") == []


@pytest.mark.parametrize(
    ("text", "canonical", "abbreviation"),
    [
        ("Căn cứ Nghị định số 43/CP ngày 22/6/1993 của Chính phủ", "43/CP", None),
        ("Quyết định số 1141-TC/QĐ/CĐKT ngày 01/11/1995 của Bộ trưởng Bộ Tài chính", "1141-TC/QĐ/CĐKT", "QĐ"),
        ("Quyết định 1148/TC-QĐ/TCCB ngày 10/12/1996 của Bộ Tài chính", "1148/TC-QĐ/TCCB", "QĐ"),
        ("Thông tư 12 TC/TCT ngày 10/02/1995 của Bộ Tài chính", "12-TC/TCT", None),
        ("Pháp lệnh Thuế tài nguyên số 12/L-CTN ngày 30/3/1990", "12/L-CTN", None),
        ("Nghị định số 25-HĐBT ngày 22/01/1990", "25-HĐBT", None),
    ],
)
def test_symbols_before_2001_are_references_and_not_malformed(
    text: str, canonical: str, abbreviation: str | None
) -> None:
    report = vnadmin_parse.check(text, select=["R001", "R002", "R007"])
    [r] = report.references
    assert (r.canonical, r.kind, r.abbreviation, r.year) == (canonical, "historical", abbreviation, None)
    assert report.findings == []


def test_todays_symbols_written_with_slashes_are_still_malformed() -> None:
    report = vnadmin_parse.check("Kế hoạch số 29/KH/UBND ngày 05/5/2023 của UBND tỉnh", select=["R001"])
    assert [f.code for f in report.findings] == ["R001"]
