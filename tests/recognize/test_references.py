"""Reference recognition: shapes, parts, offsets and links between mentions."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from vnadmin_parse.model import DateMention, Reference
from vnadmin_parse.recognize.references import find_references


def refs(text: str) -> list[Reference]:
    return find_references(text, [])


def head(text: str, r: Reference) -> str:
    s, e = r.parts.head
    return text[s:e]


def test_full_citation_parts() -> None:
    text = (
        "Thực hiện Kế hoạch số 29/KH-UBND ngày 30/01/2023 của Ủy ban nhân dân thành phố Hải Phòng "
        "về công tác thông tin đối ngoại thành phố Hải Phòng năm 2022;"
    )
    (r,) = refs(text)
    assert head(text, r) == "Kế hoạch số 29/KH-UBND"
    assert (r.type, r.number, r.canonical, r.abbreviation, r.issuer_code) == (
        "Kế hoạch",
        "29",
        "29/KH-UBND",
        "KH",
        "UBND",
    )
    assert r.date == "2023-01-30"
    assert r.issuer == "Ủy ban nhân dân thành phố Hải Phòng"
    assert r.title == "về công tác thông tin đối ngoại thành phố Hải Phòng năm 2022"
    assert r.parts.subject_year == 2022
    assert text[r.start : r.end].endswith("năm 2022")
    assert r.kind == "administrative"


def test_issuer_whose_name_holds_a_document_type_word() -> None:
    """ "Kế hoạch" is a document type, but inside a body's name it does not end the issuer."""
    for issuer in ("Bộ Kế hoạch và Đầu tư", "Sở Kế hoạch và Đầu tư tỉnh Nghệ An", "Bộ Kế Hoạch và Đầu Tư"):
        text = f"Thực hiện Thông tư số 342/2016/TT-BTC ngày 30/12/2016 của {issuer}; Kế hoạch số 5/KH-UBND."
        first, second = refs(text)
        assert first.issuer == issuer
        assert second.canonical == "5/KH-UBND"
    (r,) = refs("Thực hiện Công văn số 12/UBND-KT ngày 03/3/2024 của Ủy ban nhân dân Kế hoạch năm 2024.")
    assert r.issuer == "Ủy ban nhân dân"


def test_citations_on_a_can_cu_line_are_legal_bases() -> None:
    text = (
        "Căn cứ Luật Đất đai năm 2013 và Luật Đầu tư năm 2020; Bộ luật Lao động năm 2019;\n"
        "Thực hiện Kế hoạch số 29/KH-UBND ngày 30/01/2023 của Ủy ban nhân dân thành phố.\n"
        "- Căn cứ Nghị định số 72/2015/NĐ-CP ngày 07/9/2015 của Chính phủ;"
    )
    assert [r.parts.basis for r in refs(text)] == [True, True, True, False, True]


def test_legal_with_date_in_words() -> None:
    text = "Căn cứ Nghị định số 85/2025/NĐ-CP ngày 08 tháng 4 năm 2025 của Chính phủ quy định chi tiết thi hành."
    (r,) = refs(text)
    assert (r.kind, r.canonical, r.year, r.date, r.issuer) == (
        "legal",
        "85/2025/NĐ-CP",
        2025,
        "2025-04-08",
        "Chính phủ",
    )
    assert r.title == "quy định chi tiết thi hành"


def test_malformed_symbols_get_corrected_canonical() -> None:
    text = "Chỉ thị số 04-CT/W về đối ngoại nhân dân; Nghị định số 72/2015/NĐCP ngày 07/9/2015 của Chính phủ."
    a, b = refs(text)
    assert (a.kind, a.symbol, a.canonical, a.parts.repairs) == (
        "party",
        "04-CT/W",
        "04-CT/TW",
        ("truncated-issuer",),
    )
    assert (b.symbol, b.canonical, b.parts.repairs) == ("72/2015/NĐCP", "72/2015/NĐ-CP", ("missing-hyphen",))


def test_stamped_gap_line_join_and_pdf_hyphen() -> None:
    text = "Thông báo số 542    /TB-UBND; Kế hoạch số 186/KH- UBND ngày 17/9/2024; Nghị định số 133/2025/NĐ\ufffeCP."
    got = [r.canonical for r in refs(text)]
    assert got == ["542/TB-UBND", "186/KH-UBND", "133/2025/NĐ-CP"]


def test_list_of_numbers_inherits_the_type() -> None:
    text = "Công văn số 4643/UBND-KGVX ngày 28/8/2024; số 4975/UBND-KGVX ngày 17/09/2024 và số 6138/UBND-KGVX ngày 13/11/2024"
    rs = refs(text)
    assert [r.type for r in rs] == ["Công văn"] * 3
    assert [head(text, r) for r in rs][1:] == ["số 4975/UBND-KGVX", "số 6138/UBND-KGVX"]
    assert [r.date for r in rs] == ["2024-08-28", "2024-09-17", "2024-11-13"]
    assert rs[1].parts.inherited_type


def test_laws_by_number_and_by_name() -> None:
    text = (
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; "
        "Căn cứ Luật Ngân sách nhà nước số 83/2015/QH13; Căn cứ Hiến pháp năm 2013;"
    )
    named, numbered, constitution = refs(text)
    assert (named.kind, named.type, named.title, named.date) == (
        "named",
        "Luật",
        "Tổ chức chính quyền địa phương",
        "2015-06-19",
    )
    assert (numbered.kind, numbered.type, numbered.title, numbered.canonical) == (
        "legal",
        "Luật",
        "Ngân sách nhà nước",
        "83/2015/QH13",
    )
    assert constitution.type == "Hiến pháp" and constitution.year == 2013


def test_laws_by_name_and_year() -> None:
    text = (
        "theo Luật Tố tụng hành chính năm 2015 và Bộ luật Lao động 2019; Luật Phòng, chống tham nhũng năm 2018, "
        "Luật Đất đai và Luật Đầu tư 2025."
    )
    rs = refs(text)
    assert [(r.text, r.type, r.title, r.year) for r in rs] == [
        ("Luật Tố tụng hành chính năm 2015", "Luật", "Tố tụng hành chính", 2015),
        ("Bộ luật Lao động 2019", "Bộ luật", "Lao động", 2019),
        ("Luật Phòng, chống tham nhũng năm 2018", "Luật", "Phòng, chống tham nhũng", 2018),
        ("Luật Đất đai", "Luật", "Đất đai", None),
        ("Luật Đầu tư 2025", "Luật", "Đầu tư", 2025),
    ]
    assert all(r.kind == "named" for r in rs)
    assert rs[0].parts.group != refs("Luật Tố tụng hành chính năm 2010")[0].parts.group


def test_law_words_running_into_the_sentence_are_no_name() -> None:
    # the name alone is a citation; the year of the sentence is not the law's
    assert [(r.text, r.year) for r in refs("Luật Đất đai có hiệu lực thi hành từ năm 2025.")] == [
        ("Luật Đất đai", None)
    ]
    assert refs("Luật này được thông qua năm 2024.") == []
    assert [r.kind for r in refs("Luật Đất đai 2024 số 31/2024/QH15")] == ["legal"]


def test_party_and_joint_circular() -> None:
    text = "Nghị quyết 45-NQ/TW ngày 24/01/2019 của Bộ Chính trị; Thông tư liên tịch số 176/1998/TTLT-BTC-BCN-TCHQ."
    party, joint = refs(text)
    assert (party.kind, party.issuer, party.date) == ("party", "Bộ Chính trị", "2019-01-24")
    assert joint.type == "Thông tư liên tịch" and joint.abbreviation == "TTLT"
    assert joint.parts.symbol_span and joint.canonical == "176/1998/TTLT-BTC-BCN-TCHQ"


def test_repeat_mentions_are_linked() -> None:
    text = (
        "Kế hoạch số 29/KH-UBND ngày 30/01/2023 của UBND thành phố về thông tin đối ngoại. "
        "Các nhiệm vụ tại Kế hoạch số 29/KH-UBND nêu trên được triển khai; Kế hoạch số 29/KH-UBND."
    )
    first, repeat, again = refs(text)
    assert repeat.kind == "repeat" and repeat.parts.anaphor == "nêu trên"
    assert {r.parts.group for r in (first, repeat, again)} == {"29/KH-UBND"}
    assert [r.parts.first for r in (first, repeat, again)] == [True, False, False]
    assert again.parts.mention == 2


def test_not_citations() -> None:
    text = (
        "Số: 45/2026/NĐ-CP\nHà Nội, ngày 26 tháng 01 năm 2026\n"
        "theo mẫu số: 02/GTGT và mẫu BC-26/HĐ; ngày 30/01/2023; tỷ lệ 3/4; căn cứ pháp luật số 12."
    )
    assert refs(text) == []


def test_date_from_the_dates_recognizer_when_own_parse_fails() -> None:
    text = "Quyết định số 855/QĐ-UBND ngày 31/02/2020 của UBND thành phố"
    start = text.index("31/02")
    mention = DateMention(start, start + 10, "31/02/2020", "2020-02-29", "date")
    (r,) = find_references(text, [mention])
    assert r.date == "2020-02-29"
    assert refs(text)[0].date is None


_TYPES = st.sampled_from(["Kế hoạch số {n}/KH-UBND", "Nghị định số {n}/2015/NĐ-CP", "Chỉ thị số {n}-CT/TW"])
_FILLER = st.text(alphabet=st.sampled_from(list("abcdeghiklmnoprstuvxyàáạđêôơư ,.;\n")), max_size=40)


@given(st.lists(st.tuples(_FILLER, _TYPES, st.integers(1, 9999)), min_size=1, max_size=5), _FILLER)
def test_offsets_and_canonicals_survive_any_surrounding_text(items: list[tuple[str, str, int]], tail: str) -> None:
    text = ""
    expected = []
    for filler, template, n in items:
        text += filler + " " + template.format(n=n) + " "
        expected.append(template.format(n=n).split(" số ")[1])
    text += tail
    rs = refs(text)
    assert [r.canonical for r in rs] == expected
    for r in rs:
        s, e = r.parts.symbol_span
        assert text[s:e] == r.symbol
        assert 0 <= r.start <= s < e <= r.end <= len(text)


def test_law_name_runs_from_the_nearest_law_word() -> None:
    text = "Theo Luật Ngân sách nhà nước, Luật số 83/2015/QH13 và Luật Sửa đổi một số điều của Luật Đất đai số 45/2013/QH13."
    assert [(r.text, r.title) for r in refs(text)] == [
        ("Luật Ngân sách nhà nước", "Ngân sách nhà nước"),
        ("Luật số 83/2015/QH13", None),
        ("Luật Đất đai số 45/2013/QH13", "Đất đai"),
    ]
