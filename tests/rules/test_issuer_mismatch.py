"""R006 on the three kinds of disagreement it reports: code vs name, document type vs issuer, and a body
cited on a date outside its life (a note naming the body that took over)."""

from __future__ import annotations

import datetime as dt

import pytest

from vnadmin_parse import check
from vnadmin_parse.model import Finding
from vnadmin_parse.office import OfficeWords

TODAY = dt.date(2026, 7, 1)


def _r006(text: str) -> list[Finding]:
    return [f for f in check(text, select=["R006"], today=TODAY).findings]


@pytest.mark.parametrize(
    ("text", "suggestion", "words"),
    [
        ("Căn cứ Thông tư số 12/2016/TT-BXD ngày 29/6/2016 của Bộ Công Thương;", "Bộ Xây dựng", "Bộ Xây dựng"),
        ("Căn cứ Nghị định số 72/2015/NĐ-CP ngày 07/9/2015 của Bộ Y tế;", "Chính phủ", "không ban hành Nghị định"),
        ("Theo Quyết định số 1234/QĐ-TTg ngày 12/8/2022 của Bộ Kế hoạch và Đầu tư;", "Thủ tướng Chính phủ", "TTg"),
        ("Theo Quyết định số 15/2021/QĐ-TTg ngày 10/3/2021 của Chính phủ;", "Thủ tướng Chính phủ", "TTg"),
        ("Căn cứ Thông tư số 05/2020/TT-CP ngày 10/3/2020 của Chính phủ;", None, "không ban hành Thông tư"),
    ],
)
def test_warnings(text: str, suggestion: str | None, words: str) -> None:
    (finding,) = _r006(text)
    assert finding.severity == "warning" and finding.suggestion == suggestion and words in finding.message


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Công văn số 2345/BKHĐT-TH ngày 15/4/2025 của Bộ Kế hoạch và Đầu tư;", "nay là Bộ Tài chính"),
        ("Quyết định số 12/2008/QĐ-BTM ngày 10/3/2008 của Bộ Thương mại;", "nay là Bộ Công Thương"),
        ("Quyết định số 12/2001/QĐ-HĐBT ngày 05/3/2001 của Hội đồng Bộ trưởng;", "nay là Chính phủ"),
        ("Thông tư số 01/2020/TT-BNNMT ngày 10/3/2020 của Bộ Nông nghiệp và Môi trường;", "chưa được thành lập"),
        ("Công văn số 56/UBDT-VP ngày 02/6/2025 của Ủy ban Dân tộc;", "nay là Bộ Dân tộc và Tôn giáo"),
        ("Hướng dẫn số 96-HD/BTGTW ngày 22/02/2026 của Ban Tuyên giáo Trung ương;", "chấm dứt trong năm 2025"),
    ],
)
def test_outside_the_lifetime_is_a_note(text: str, words: str) -> None:
    (finding,) = _r006(text)
    assert finding.severity == "info" and words in finding.message


@pytest.mark.parametrize(
    "text",
    [
        "Căn cứ Thông tư số 06/2022/TT-BKHĐT ngày 10/5/2022 của Bộ Kế hoạch và Đầu tư;",
        "Căn cứ Thông tư số 07/2025/TT-BKHĐT ngày 13/02/2025 của Bộ Kế hoạch và Đầu tư;",
        "Căn cứ Thông tư số 25/2024/TT-BTNMT ngày 26/11/2024 của Bộ trưởng Bộ Tài nguyên và Môi trường;",
        "Căn cứ Thông tư số 19/2026/TT-BNNMT ngày 30/3/2026 của Bộ Nông nghiệp và Môi trường;",
        "Thông tư số 04/1998/TT-BVHTT ngày 11/7/1998 của Bộ Văn hóa - Thông tin;",
        "Quyết định số 860/2002/QĐ-TCBĐ ngày 17/10/2002 của Tổng cục Bưu điện;",
        "Quyết định số 65/2002/QĐ-BKHCNMT ngày 19/8/2002 của Bộ trưởng Bộ Khoa học, Công nghệ và Môi trường;",
        "Quyết định số 49/2008/QĐ-BVHTTDL ngày 09/7/2008 của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch;",
        "Hướng dẫn số 96-HD/BTGTW ngày 22/02/2023 của Ban Tuyên giáo Trung ương;",
    ],
)
def test_a_historical_citation_is_not_reported(text: str) -> None:
    assert _r006(text) == []


def test_the_finding_covers_the_whole_name() -> None:
    text = "Căn cứ Thông tư số 12/2016/TT-BXD ngày 29/6/2016 của Bộ Kế hoạch và Đầu tư về định mức;"
    (finding,) = _r006(text)
    assert text[finding.start : finding.end] == "Bộ Kế hoạch và Đầu tư"


def test_a_misspelt_name_is_reported_once_by_the_name_rule() -> None:
    text = "Căn cứ Thông tư số 22/2016/TT-BTTTT ngày 19/10/2016 của Bộ Thông tin Truyền thông;"
    findings = check(text, select=["R006", "S009", "F012"], today=TODAY).findings
    assert [(f.code, f.suggestion) for f in findings] == [("S009", "Bộ Thông tin và Truyền thông")]
    # A misspelling the name rule does not read stays with R006.
    (finding,) = _r006("Căn cứ Thông tư số 22/2016/TT-BTTTT ngày 19/10/2016 của Bộ Thông tin và Tuyền thông;")
    assert finding.suggestion == "Bộ Thông tin và Truyền thông"


OFFICE = OfficeWords(bodies=(("BQLDA", "Ban Quản lý dự án đầu tư xây dựng tỉnh"), ("TTPVHCC", "Trung tâm Phục vụ")))


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("Căn cứ Quyết định số 12/QĐ-BQLDA ngày 05/3/2024 của Ban Quản lý dự án đầu tư xây dựng tỉnh;", False),
        ("Căn cứ Quyết định số 12/QĐ-BQLDA ngày 05/3/2024 của Giám đốc Ban Quản lý dự án đầu tư xây dựng tỉnh;", False),
        ("Căn cứ Quyết định số 12/QĐ-BQLDA ngày 05/3/2024 của Sở Tài chính;", True),
        ("Căn cứ Quyết định số 12/QĐ-BQLDA ngày 05/3/2024 của Bộ Tài chính;", True),
        ("Căn cứ Quyết định số 12/QĐ-BQLDA ngày 05/3/2024 của Trung tâm Phục vụ;", True),
        ("Căn cứ Quyết định số 12/QĐ-BQLDA ngày 05/3/2024 của Ban Quản lý dự án đầu tư xây dụng tỉnh;", True),
        ("Căn cứ Quyết định số 12/QĐ-BQLDA ngày 05/3/2024 của ông Nguyễn Văn A;", False),
    ],
)
def test_the_office_s_own_codes_are_checked_against_their_names(text: str, fires: bool) -> None:
    findings = check(text, select=["R006"], today=TODAY, office=OFFICE).findings
    assert [f.suggestion for f in findings] == (["Ban Quản lý dự án đầu tư xây dựng tỉnh"] if fires else [])
    assert check(text, select=["R006"], today=TODAY).findings == []  # without the configuration: unknown code


HEADER = "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\n\nSố: 12/UBND-KT\nQuảng Ngãi, ngày 05 tháng 01 năm 2026\n\n"


@pytest.mark.parametrize(
    ("sentence", "successor"),
    [
        ("Đề nghị Bộ Kế hoạch và Đầu tư tổng hợp, báo cáo Thủ tướng Chính phủ.", "Bộ Tài chính"),
        ("Giao Sở Kế hoạch và Đầu tư chủ trì, phối hợp với các sở.", "Sở Tài chính"),
        ("Nơi nhận:\n- Bộ Giao thông vận tải;\n- Lưu: VT.", "Bộ Xây dựng"),
    ],
)
def test_a_body_named_after_its_end_is_a_note(sentence: str, successor: str) -> None:
    (finding,) = _r006(HEADER + sentence)
    assert finding.severity == "info" and finding.suggestion == successor and "không còn tồn tại" in finding.message


@pytest.mark.parametrize(
    "sentence",
    [
        "Năm 2024, Sở Kế hoạch và Đầu tư đã tham mưu ban hành kế hoạch.",
        "Ông Nguyễn Văn A, nguyên Bộ trưởng Bộ Kế hoạch và Đầu tư, phát biểu.",
        "Sở Tài chính tiếp nhận nhiệm vụ của Sở Kế hoạch và Đầu tư.",
        "Sở Kế hoạch và Đầu tư (cũ) đã tham mưu nội dung này.",
        "Kết quả giai đoạn 2021 - 2025 do Sở Giao thông vận tải báo cáo.",
        "Thực hiện Công văn số 2345/BKHĐT-TH ngày 15/4/2024 của Bộ Kế hoạch và Đầu tư về việc báo cáo.",
        "theo quy định Bộ trưởng Bộ Lao động - Thương binh và Xã hội đã ban hành.",
        "Đề nghị Bộ Tài chính tổng hợp, báo cáo.",
    ],
)
def test_a_body_in_a_sentence_about_the_past_is_not_reported(sentence: str) -> None:
    assert _r006(HEADER + sentence) == []


def test_a_body_named_before_its_end_is_not_reported() -> None:
    assert _r006(HEADER.replace("năm 2026", "năm 2024") + "Đề nghị Bộ Kế hoạch và Đầu tư tổng hợp.") == []
