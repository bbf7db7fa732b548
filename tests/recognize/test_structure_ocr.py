"""Structure parsing of OCR-like text (seal over the signature, handwritten numbers, misread letters)
and of legacy headers (lost capitals, catalogue headings): what must parse, and near misses that must not."""

from __future__ import annotations

import dataclasses
import datetime as dt

from vnadmin_parse.extract import from_text
from vnadmin_parse.model import Document, Source
from vnadmin_parse.pipeline import analyse, check_source

HEADER = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NGÃI
{number}
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
{date}
TỜ TRÌNH
Về việc đề nghị xây dựng Nghị quyết
Kính gửi: Thường trực HĐND tỉnh
Thực hiện Luật Ban hành văn bản quy phạm pháp luật, UBND tỉnh đề nghị như sau.
Kính đề nghị Thường trực HĐND tỉnh xem xét, chấp thuận./.
"""

RECIPIENTS = """Nơi nhận:
- Như trên;
- CT, PCT UBND tỉnh;
- Lưu: VT, KGVX.
"""


def _source(text: str, ocr: bool) -> Source:
    source = from_text(text)
    if not ocr:
        return source
    return dataclasses.replace(source, pages=tuple(dataclasses.replace(p, method="ocr") for p in source.pages))


def _doc(text: str, ocr: bool = True) -> Document:
    return analyse(_source(text, ocr)).document


def _scan(
    closing: str,
    number: str = "Số: 239/TTr-UBND",
    date: str = "Quảng Ngãi, ngày 20 tháng 12 năm 2024",
    recipients: str = RECIPIENTS,
) -> str:
    return HEADER.format(number=number, date=date) + recipients + closing


# --- signing block --------------------------------------------------------------------------------


def test_title_misread_and_noise_lines_before_the_name() -> None:
    text = _scan("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊC\n———tauL————\n3/0555: OWESS\nTrân Phước Hiền\n")
    d = _doc(text)
    assert d.signer == "Trân Phước Hiền"  # as read: the parser does not correct the OCR
    signing = d.fields.signing
    assert signing.title == "PHÓ CHỦ TỊC" and signing.deputy
    assert [a.mark for a in signing.authorities] == ["TM.", "KT."]


def test_misreadings_are_not_accepted_on_text_layers() -> None:
    d = _doc(_scan("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊC\nTrân Phước Hiền\n"), ocr=False)
    assert d.signer is None
    assert d.fields.signing is not None and d.fields.signing.title is None


def test_title_with_a_lost_mark_and_a_rank() -> None:
    d = _doc(_scan("GIÁM ĐÓC\nma\nThiếu tướng Trương Minh Đương\n"))
    assert d.signer == "Trương Minh Đương"
    assert d.fields.signing.title == "GIÁM ĐÓC" and not d.fields.signing.deputy


def test_two_letters_off_is_not_a_title() -> None:
    d = _doc(_scan("PHÓ CHỦ TI\nTrần Hoàng Tuấn\n"))
    assert d.fields.signing is None or d.fields.signing.title is None


def test_a_cut_name_is_not_a_signer() -> None:
    d = _doc(_scan("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nhị Thanh Trà\n"))
    assert d.signer is None


def test_lone_name_line_when_the_seal_hid_the_titles() -> None:
    recipients = (
        "Nơi nhận:\n- Văn phòng Chính phủ;\n- Bộ Tư pháp;\nPhạm Trường Thọ\n- Cục THADS tỉnh;\n- Lưu: VT, NC.\n"
    )
    d = _doc(_scan("", recipients=recipients))
    assert d.signer == "Phạm Trường Thọ"
    assert list(d.fields.noi_nhan) == ["Văn phòng Chính phủ;", "Bộ Tư pháp;", "Cục THADS tỉnh;", "Lưu: VT, NC."]


def test_lone_name_near_misses() -> None:
    two = "Nơi nhận:\n- Bộ Tư pháp;\nPhạm Trường Thọ\nNguyễn Văn An\n- Lưu: VT, NC.\n"
    inside = "Nơi nhận:\n- Phó Thủ tướng Trương Hòa Bình (báo cáo);\n- Lưu: VT, NC.\n"
    alone = "Nơi nhận:\n- Bộ Tư pháp;\nPhạm Trường Thọ\n- Lưu: VT, NC.\n"
    assert _doc(_scan("", recipients=two)).signer is None
    assert _doc(_scan("", recipients=inside)).signer is None
    assert _doc(_scan("", recipients=alone), ocr=False).signer is None


# --- number and date lines --------------------------------------------------------------------------


def test_handwritten_number_keeps_the_symbol() -> None:
    d = _doc(_scan("", number="Số: @39 /TTr-UBND"))
    assert d.number is None
    line = d.fields.number_line
    assert line.unreadable and not line.blank
    assert (line.type_abbr, line.issuer_code) == ("TTr", "UBND")


def test_number_slot_empty_on_a_scan_is_unread_not_a_draft() -> None:
    d = _doc(_scan("", number="Số /TTr- CAT-PC04"))
    assert d.number is None
    line = d.fields.number_line
    assert (line.type_abbr, line.issuer_code, line.unit_code) == ("TTr", "CAT", "PC04")
    assert _doc(_scan("", number="Số:      /TTr-UBND"), ocr=False).number == "/TTr-UBND"


def test_number_line_near_misses() -> None:
    assert _doc(_scan("", number="Số 45-NQ/TW"), ocr=False).number == "45-NQ/TW"
    assert _doc(_scan("", number="Số lượng/năm: 12"), ocr=False).fields.number_line is None


def test_unreadable_number_is_only_a_note() -> None:
    report = check_source(_source(_scan("", number="Số: @39 /TTr-UBND"), ocr=False), select=["F003"])
    assert [f.severity for f in report.findings] == ["info"]


def test_typed_month_misread_as_letters() -> None:
    d = _doc(_scan("", date="Quảng Ngãi, ngày &@ tháng l1 năm 2024"))
    assert d.date == "2024-11"
    assert d.fields.date_line.day is None and d.fields.date_line.unreadable
    assert _doc(_scan("", date="Quảng Ngãi, ngày &@ tháng l1 năm 2024"), ocr=False).date == "2024"


def test_day_and_impossible_month_are_never_guessed() -> None:
    assert _doc(_scan("", date="Quảng Ngãi, ngày |2 tháng 3 năm 2018")).date == "2018-03"
    assert _doc(_scan("", date="Quảng Ngãi, ngày 20 tháng l3 năm 2018")).date == "2018"


def test_signed_scan_has_no_format_warnings() -> None:
    text = _scan("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊC\nTrân Phước Hiền\n", number="Số: @39 /TTr-UBND")
    report = check_source(_source(text, ocr=True), select=["F"], today=dt.date(2026, 11, 26))
    assert [f.code for f in report.findings if f.severity != "info"] == []


# --- "Lưu" and the drafter's mark -------------------------------------------------------------------


def test_drafter_mark_set_apart_is_not_a_unit() -> None:
    d = _doc(_scan("", recipients="Nơi nhận:\n- Như trên;\n- Lưu: VT, KGVX VHTin534.\n"), ocr=False)
    assert d.fields.luu == "VT, KGVX" and d.fields.drafter == "VHTin534"


def test_luu_near_misses_are_kept_whole() -> None:
    for luu in ("VT, KGVXVHTin534.", "VT, NC.Châu", "VT, CĐS (2).", "VT, KTTH."):
        d = _doc(_scan("", recipients=f"Nơi nhận:\n- Như trên;\n- Lưu: {luu}\n"), ocr=False)
        assert d.fields.luu == luu and d.fields.drafter is None


# --- legacy headers -----------------------------------------------------------------------------------

CASELESS = """     Bộ Tài chính                  cộng hoà xã hội chủ nghĩa Việt nam
              - 0 -                         Độc lập - Tự do - Hạnh phúc
  Số :117  /2000/TT-BTC
                                     Hà nội, ngày 21 tháng 12 năm 2000
Thông tư
Bổ sung và sửa đổi một số điểm của Thông tư số 40/2000/TT-BTC
Căn cứ Quyết định số 176/1999/QĐ-TTg ngày 26/8/1999 của Thủ tướng Chính phủ;
"""


def test_header_that_lost_its_capitals() -> None:
    d = _doc(CASELESS, ocr=False)
    assert (d.issuer, d.number, d.date, d.type) == ("Bộ Tài chính", "117/2000/TT-BTC", "2000-12-21", "Thông tư")


def test_agency_line_beside_the_national_title() -> None:
    text = CASELESS.replace(
        "     Bộ Tài chính                  cộng hoà xã hội chủ nghĩa Việt nam",
        "ngân hàng nhà nước cộng hoà xã hội chủ nghĩa việt nam việt nam",
    )
    assert _doc(text, ocr=False).issuer == "ngân hàng nhà nước việt nam"


def test_caseless_near_misses() -> None:
    text = CASELESS.replace("Bộ Tài chính", "Tên đơn vị: ")
    assert _doc(text, ocr=False).issuer is None


def test_type_heading_with_its_author() -> None:
    text = CASELESS.replace("Thông tư\n", "quyết định của bộ trưởng bộ tài chính\n")
    assert _doc(text, ocr=False).type == "Quyết định"
    upper = CASELESS.replace("Thông tư\n", "QUYẾT ĐỊNH CỦA THỦ TƯỚNG CHÍNH PHỦ\n").replace("cộng hoà", "CỘNG HOÀ")
    assert _doc(upper, ocr=False).type == "Quyết định"


def test_body_sentence_is_not_a_type_heading() -> None:
    text = CASELESS.replace("Thông tư\n", "").replace(
        "cộng hoà xã hội chủ nghĩa Việt nam", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    )
    text = text.replace("Bổ sung và", "Quyết định của Bộ Tài chính về việc bổ sung và")
    assert _doc(text, ocr=False).type != "Quyết định"


def test_catalogue_heading_over_several_lines() -> None:
    text = (
        "Thông tư\nliên tịch của Bộ Tài chính - Công nghiệp -\nTổng cục Hải quan  số 176/1998/TTLT-BTC-BCN-TCHQ\n"
        "ngày 25 tháng 12 năm1998 Hướng dẫn thực hiện chính sách thuế\n\nCăn cứ ý kiến của Thủ tướng Chính phủ;\n"
    )
    d = _doc(text, ocr=False)
    assert (d.type, d.number, d.date) == ("Thông tư liên tịch", "176/1998/TTLT-BTC-BCN-TCHQ", "1998-12-25")


def test_catalogue_issuer_is_the_body_not_its_head() -> None:
    minister = "Quyết định\ncủa Bộ trưởng Bộ Tài chính số 1141-TC/QĐ/CĐKT\nngày 01 tháng 11 năm 1995 Về việc ban hành\n"
    d = _doc(minister, ocr=False)
    assert (d.issuer, d.number, d.date) == ("Bộ Tài chính", "1141-TC/QĐ/CĐKT", "1995-11-01")
    pm = "Quyết định của Thủ tướng Chính phủ số 115/2004/QĐ-TTg ngày 25/6/2004 về việc ban hành quy chế\n"
    assert _doc(pm, ocr=False).issuer == "Thủ tướng Chính phủ"


def test_type_run_into_the_subject() -> None:
    form = (
        "Mẫu số 5\nTên đơn vị:       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n      Độc lập – Tự do – Hạnh phúc\n"
        "  ....., ngày       tháng       năm\nBÁO CÁO ĐỊNH KỲ VỀ BẢO HỘ LAO ĐỘNG\n"
        "Kính gửi: Ban Quản lý các Khu công nghiệp\n1. Lao động:\n"
    )
    d = _doc(form, ocr=False)
    assert d.type == "Báo cáo" and d.title == "ĐỊNH KỲ VỀ BẢO HỘ LAO ĐỘNG"
    vv = form.replace("Kính gửi", "V/v báo cáo định kỳ\nKính gửi")
    assert _doc(vv, ocr=False).type == "Công văn"


def test_subject_after_noise_on_its_line() -> None:
    text = _scan("").replace("Về việc đề nghị xây dựng Nghị quyết", "° ,” 4 Vệ việc đề nghị xây dựng Nghị quyết")
    d = _doc(text)
    assert d.title == "Về việc đề nghị xây dựng Nghị quyết"  # found, and the formula restored
    assert d.fields.ocr_read["title"] == "Vệ việc đề nghị xây dựng Nghị quyết"
    plain = _scan("").replace("Về việc đề nghị xây dựng Nghị quyết", "Đề nghị về việc xây dựng Nghị quyết")
    assert _doc(plain).title == "Đề nghị về việc xây dựng Nghị quyết"


def test_capitals_still_read_when_the_national_title_is_misread_in_lower_case() -> None:
    text = _scan("").replace("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỌNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAm")
    assert _doc(text).issuer == "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI"


def test_name_sharing_a_line_with_a_recipient() -> None:
    closing = "TL. CHỦ TỊCH\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\nPhùng Tô Long Văn hóa, Thể thao và Du lịch,\n"
    assert _doc(_scan(closing), ocr=False).signer == "Phùng Tô Long"
    closing = "TL. CHỦ TỊCH\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n- Cổng TTĐT tỉnh; Phạm Thị Thanh Trà\n"
    assert _doc(_scan(closing), ocr=False).signer == "Phạm Thị Thanh Trà"
