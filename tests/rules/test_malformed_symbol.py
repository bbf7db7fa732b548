"""R001 on stray spaces: a note, once per written form."""

from __future__ import annotations

from vnadmin_parse import check


def test_a_stray_space_is_noted_once_per_written_form() -> None:
    text = (
        "Thực hiện Thông tư số 11 /2018/TT-BGTVT ngày 14/3/2018 của Bộ Giao thông vận tải. "
        "Điều 3 Thông tư số 11 /2018/TT-BGTVT quy định. Điều 4 Thông tư số 11 /2018/TT-BGTVT quy định. "
        "Nghị định số 67/2013/NĐ- CP ngày 27/6/2013 của Chính phủ."
    )
    found = [(f.text, f.severity) for f in check(text, select=["R001"]).findings]
    assert found == [("11 /2018/TT-BGTVT", "info"), ("67/2013/NĐ- CP", "info")]


def test_a_missing_hyphen_is_reported_at_each_citation() -> None:
    text = "Nghị định số 72/2015/NĐCP ngày 07/9/2015 của Chính phủ; Nghị định số 72/2015/NĐCP quy định."
    assert [f.severity for f in check(text, select=["R001"]).findings] == ["warning", "warning"]
