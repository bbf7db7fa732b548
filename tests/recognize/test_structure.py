"""Structure parsing: header, body and closing on clean, interleaved, draft, headless and garbled text."""

from __future__ import annotations

from typing import get_args

from hypothesis import given, settings
from hypothesis import strategies as st

from vnadmin_parse.extract import from_text
from vnadmin_parse.model import Document, DocumentPart
from vnadmin_parse.pipeline import analyse
from vnadmin_parse.recognize.structure import parse_structure
from vnadmin_parse.recognize.structure_symbol import parse_symbol

CLEAN = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NGÃI
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 280/BC-UBND
Quảng Ngãi, ngày 05 tháng 11 năm 2024
BÁO CÁO
Kết quả thực hiện nhiệm vụ năm 2024
I. KẾT QUẢ
1. Công tác chỉ đạo
a) Ban hành kế hoạch;
b) Kiểm tra.
2. Công tác tuyên truyền
II. PHƯƠNG HƯỚNG
Tiếp tục thực hiện./.
Nơi nhận:
- Thường trực HĐND tỉnh;
- Lưu: VT, KTTH.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Võ Phiên
"""

# Two header columns interleaved line by line, as PDF text layers give them.
INTERLEAVED = """ỦY BAN NHÂN DÂN CỘ NG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH QUẢNG NGÃI Độc lập - Tự do - Hạnh phúc
Số: /TB-UBND Quảng Ngãi, ngày tháng 11 năm 2024
THÔNG BÁO
Về việc tham dự Hội nghị đánh giá Chương trình khu vực miền Trung, Tây Nguyên Thực hiện Công văn số 2003/UBDT-VP \
ngày 01/11/2024 của Ủy ban Dân tộc, UBND tỉnh mời các sở cùng tham dự Hội nghị như sau:
1. Thành phần
- Đồng chí Võ Phiên, Phó Chủ tịch UBND tỉnh;
2. Thời gian: 08 giờ 00 phút, ngày 09/11/2024./.
Nơi nhận: TL. CHỦ TỊCH
- Như thành phần; KT. CHÁNH VĂN PHÒNG
- CT, PCT UBND tỉnh;
PHÓ CHÁNH VĂN PHÒNG
- Lưu: VT, KGVX
Phùng Tô Long"""

CONG_VAN = """ỦY BAN NHÂN DÂN
TỈNH LÂM ĐỒNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số:             /UBND-NC
    Lâm Đồng, ngày         tháng 9 năm 2025
V/v tham mưu triển khai Công
văn số 3980/C04-P6 của Cục Cảnh sát điều tra tội phạm về ma túy

Kính gửi:
- Công an tỉnh;
- Sở Y tế.
Chủ tịch Ủy ban nhân dân tỉnh giao Công an tỉnh nghiên cứu, tham mưu theo quy định./.
Nơi nhận:
- Như trên;
- Lưu: VT, NC.
TL. CHỦ TỊCH
CHÁNH VĂN PHÒNG
Nguyễn Nhân Bản
"""

DECREE = """CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 45/2026/NĐ-CP Hà Nội, ngày 26 tháng 01 năm 2026
NGHỊ ĐỊNH
QUY ĐỊNH QUẢN LÝ ĐẦU TƯ ỨNG DỤNG CÔNG NGHỆ THÔNG TIN
Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;
Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 được sửa đổi, bổ sung bởi
Luật số 87/2025/QH15;
Theo đề nghị của Bộ trưởng Bộ Khoa học và Công nghệ;
Chính phủ ban hành Nghị định quy định quản lý đầu tư ứng dụng công nghệ thông tin.
Chương I
NHỮNG QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
1. Nghị định này quy định quản lý.
Điều 2. Đối tượng áp dụng
Điều 3 của Nghị định này được hiểu như sau.
TM. CHÍNH PHỦ
KT. THỦ TƯỚNG
Nơi nhận:
PHÓ THỦ TƯỚNG
- Ban Bí thư Trung ương Đảng;
- Hội đồng Dân tộc và các Ủy ban của Quốc hội; Nguyễn Chí Dũng
- Lưu: VT, CĐS (2).
PHỤ LỤC
Nơi nhận: ĐẠI DIỆN HỘI ĐỒNG
- Lưu: .......
"""

SEED_LIKE = """ BÁO CÁO

Công tác thông tin đối ngoại 06 tháng đầu năm 2023

Thực hiện Kế hoạch số 29/KH-UBND ngày 30/01/2023 của Ủy ban nhân dân thành phố.

1. Công tác chỉ đạo triển khai:

Trân trọng./.

Nơi nhận:

- UBND thành phố (để b/c);

- Lưu: VT, QLVH.

 GIÁM ĐỐC

Trần Thị Hoàng Mai
"""


def _doc(text: str) -> Document:
    return analyse(from_text(text)).document


def test_clean_header() -> None:
    d = _doc(CLEAN)
    assert (d.type, d.number, d.issuer, d.place, d.date) == (
        "Báo cáo",
        "280/BC-UBND",
        "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI",
        "Quảng Ngãi",
        "2024-11-05",
    )
    assert d.title == "Kết quả thực hiện nhiệm vụ năm 2024"
    assert d.fields.quoc_hieu and d.fields.tieu_ngu and not d.fields.is_party_document
    number = d.fields.number_line
    assert (number.number, number.type_abbr, number.issuer_code, number.unit_code) == (
        "280",
        "BC",
        "UBND",
        None,
    )


def test_clean_closing_and_sections() -> None:
    d = _doc(CLEAN)
    assert d.signer == "Võ Phiên"
    signing = d.fields.signing
    assert [x.mark for x in signing.authorities] == ["TM.", "KT."]
    assert signing.title == "PHÓ CHỦ TỊCH" and signing.deputy
    assert list(d.fields.noi_nhan) == ["Thường trực HĐND tỉnh;", "Lưu: VT, KTTH."]
    assert d.fields.luu == "VT, KTTH."
    assert d.fields.closing_mark
    tree = d.fields.sections
    assert [n.marker for n in tree] == ["I.", "II."]
    assert [n.marker for n in tree[0].children] == ["1.", "2."]
    assert [n.marker for n in tree[0].children[0].children] == ["a)", "b)"]


def test_spans_index_the_text() -> None:
    report = analyse(from_text(CLEAN))
    labels = {s.label for s in report.document.spans}
    assert {
        "issuing_body",
        "quoc_hieu",
        "tieu_ngu",
        "number_line",
        "date_line",
        "place",
        "doc_type",
        "subject",
    } <= labels
    assert {"signing_authority", "signer_title", "signer_name", "noi_nhan", "closing_mark"} <= labels
    for s in report.document.spans:
        assert report.text[s.start : s.end] == s.text


def test_interleaved_columns() -> None:
    d = _doc(INTERLEAVED)
    assert d.issuer == "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI"
    assert d.fields.quoc_hieu and d.fields.tieu_ngu
    assert d.type == "Thông báo" and d.place == "Quảng Ngãi" and d.date == "2024-11"
    assert d.fields.number_line.blank
    assert d.title is not None and d.title.endswith("Tây Nguyên")
    assert d.signer == "Phùng Tô Long"
    assert d.fields.signing.title == "PHÓ CHÁNH VĂN PHÒNG"
    assert list(d.fields.noi_nhan) == ["Như thành phần;", "CT, PCT UBND tỉnh;", "Lưu: VT, KGVX"]


def test_cong_van_draft() -> None:
    d = _doc(CONG_VAN)
    assert d.type == "Công văn"
    assert d.number == "/UBND-NC"
    assert d.fields.number_line.type_abbr is None
    assert d.fields.number_line.unit_code == "NC"
    assert d.title == "V/v tham mưu triển khai Công văn số 3980/C04-P6 của Cục Cảnh sát điều tra tội phạm về ma túy"
    assert list(d.fields.kinh_gui) == ["Công an tỉnh", "Sở Y tế"]
    assert d.fields.date_line.day is None and d.fields.date_line.month == "9"
    assert d.signer == "Nguyễn Nhân Bản"


def test_decree_can_cu_and_appendix() -> None:
    d = _doc(DECREE)
    assert (d.type, d.number, d.issuer, d.date) == ("Nghị định", "45/2026/NĐ-CP", "CHÍNH PHỦ", "2026-01-26")
    assert d.fields.number_line.year == "2026"
    assert [c.ends_with for c in d.fields.can_cu] == [";", ";", ";"]
    assert d.fields.can_cu[1].text.endswith("Luật số 87/2025/QH15;")
    assert d.fields.enacting.startswith("Chính phủ ban hành")
    assert [h.marker for h in d.fields.headings if h.kind == "article"] == ["Điều 1", "Điều 2"]
    # the document proper ends at PHỤ LỤC: the appendix's template "Nơi nhận" is not the document's
    assert d.fields.luu == "VT, CĐS (2)."
    assert d.signer == "Nguyễn Chí Dũng"
    assert d.fields.signing.title == "PHÓ THỦ TƯỚNG"


def test_headless_report() -> None:
    d = _doc(SEED_LIKE)
    assert d.type == "Báo cáo"
    assert d.title == "Công tác thông tin đối ngoại 06 tháng đầu năm 2023"
    assert d.number is None and d.date is None and not d.fields.quoc_hieu
    assert d.signer == "Trần Thị Hoàng Mai"
    assert d.fields.whole_document


def test_seed(seed_text: str) -> None:
    d = _doc(seed_text)
    assert d.type == "Báo cáo"
    assert d.fields.signing.title == "GIÁM ĐỐC"
    assert d.fields.noi_nhan[-1] == "Lưu: VT, QLVH."
    assert d.fields.number_line is None and d.fields.date_line is None


def test_party_document() -> None:
    d = _doc(
        "TỈNH ỦY QUẢNG NGÃI\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 12-BC/TU\nQuảng Ngãi, ngày 05 tháng 11 năm 2024\nBÁO CÁO\n"
    )
    assert d.fields.is_party_document
    number = d.fields.number_line
    assert (number.number, number.type_abbr, number.issuer_code, number.party) == ("12", "BC", "TU", True)


def test_garbled_text_layer_is_not_legible() -> None:
    d = _doc("BØC ÔNG AN CØNG HOÀ XÃ HØI CHæN GH(A VIÆT NAM\nCÔNG AN TÈNH LÂM Ò(cid:16) NG SÑg8 /TTr- CAT-PC04\n")
    assert not d.fields.legible


def test_documents_before_nd30_are_not_judged() -> None:
    d = _doc("Nghị định\ncủa Chính phủ Số 94/1998/NĐ-CP ngày 17 tháng 11 năm 1998\nCăn cứ Luật;\n")
    assert not d.fields.nd30


def test_numeric_date_line() -> None:
    d = _doc("ỦY BAN NHÂN DÂN TỈNH X\nSố: 12/BC-UBND\nQuảng Ngãi, 15/12/2024\nBÁO CÁO\nTình hình\n")
    assert d.fields.date_line.numeric and d.date == "2024-12-15"


ABBR = st.sampled_from(["BC", "KH", "TB", "QĐ", "TTr", "CT", "NQ", "HD"])
CODE = st.text(alphabet="ABCDEGHKLMNPQRSTUVXYĐ", min_size=2, max_size=7).filter(lambda c: c not in {"CV"})


@given(st.integers(1, 99999), ABBR, CODE, st.one_of(st.none(), CODE))
def test_parse_symbol_round_trip(number: int, abbr: str, issuer: str, unit: str | None) -> None:
    symbol = f"/{abbr}-{issuer}" + (f"-{unit}" if unit else "")
    parsed = parse_symbol(str(number), symbol)
    assert (parsed.number, parsed.type_abbr, parsed.issuer_code, parsed.unit_code) == (str(number), abbr, issuer, unit)


@settings(max_examples=60, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(
            list("ỦY BAN NHÂN DÂNSố:/-0123456789\n ,.ngàythángnămKT.TMNơi nhận-Lưu: VTBÁO CÁOI.1.a)")
        )
    )
)
def test_parse_structure_never_fails(text: str) -> None:
    source = from_text(text)
    d = parse_structure(text, source)
    for s in d.spans:
        assert 0 <= s.start <= s.end <= len(text)
        assert text[s.start : s.end] == s.text


def test_catalogue_heading() -> None:
    d = _doc(
        "Nghị định của Chính phủ\nsố 116/2003/NĐ-CP ngày 10/10/2003\nvề việc tuyển dụng cán bộ, công chức.\n\nChính phủ\n"
    )
    assert (d.type, d.number, d.issuer, d.date) == ("Nghị định", "116/2003/NĐ-CP", "Chính phủ", "2003-10-10")
    assert d.title == "về việc tuyển dụng cán bộ, công chức."
    assert not d.fields.nd30


def test_report_period_from_title() -> None:
    assert _doc(SEED_LIKE).period == "2023-01-01/2023-06-30"
    assert _doc(CLEAN).period == "2024-01-01/2024-12-31"
    assert _doc(INTERLEAVED).period is None  # a notice has no reporting period


APPENDIX = """Phụ lục I
THỂ THỨC, KỸ THUẬT TRÌNH BÀY VĂN BẢN HÀNH CHÍNH
(Kèm theo Nghị định số 30/2020/NĐ-CP
 ngày 05 tháng 3 năm 2020 của Chính phủ)
I. QUY ĐỊNH CHUNG
1. Khổ giấy: Khổ A4 (210 mm x 297 mm).
Mẫu trình bày: Số: …/…, …, ngày … tháng … năm …
"""


def test_an_appendix_filed_alone_is_not_judged_as_a_document() -> None:
    d = _doc(APPENDIX)
    assert d.fields.appendix and not d.fields.nd30
    report = analyse(from_text(APPENDIX))
    assert not [f for f in report.findings if f.family == "F"]


def test_a_document_with_an_appendix_at_its_end_is_still_judged() -> None:
    d = _doc(DECREE)
    assert not d.fields.appendix and d.fields.nd30


def test_the_real_appendices_of_nd30_get_no_format_warnings() -> None:
    from tests.conftest import CORPUS
    from vnadmin_parse.pipeline import check

    for name in ("phu-luc-1.docx", "phu-luc-4.docx", "phu-luc-6.docx"):
        report = check(CORPUS / "reference" / "nd30-2020" / name)
        assert report.document.fields.appendix, name
        assert not [f.code for f in report.findings if f.family == "F"], name


def test_span_labels_are_document_parts() -> None:
    parts = set(get_args(DocumentPart))
    for text in (CLEAN, INTERLEAVED, CONG_VAN, DECREE, SEED_LIKE, APPENDIX):
        d = _doc(text)
        assert {s.label for s in d.spans} <= parts
    d = _doc(CLEAN)
    number = d.span("number_line")
    assert number is not None and number.text.startswith("Số")
    assert [s.label for s in d.spans_of("quoc_hieu", "tieu_ngu")] == ["quoc_hieu", "tieu_ngu"]
    assert _doc("Nội dung.").span("number_line") is None
