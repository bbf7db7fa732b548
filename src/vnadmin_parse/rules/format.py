"""Document format (family F): the thể thức of Nghị định 30/2020/NĐ-CP, read from ``Analysis.document``.

Party documents (header "ĐẢNG CỘNG SẢN VIỆT NAM") follow the Party's own rules and
are not judged here; nor is text that did not decode (mojibake), nor a fragment
that is not a whole document (the "missing …" rules).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from functools import cache

import regex

from vnadmin_parse.data import load_table
from vnadmin_parse.isodates import fmt_date
from vnadmin_parse.model import HEADING_RANKS, ITEM_LETTERS, AgencyMention, DateLine, DocumentPart, Heading
from vnadmin_parse.rules.context import Analysis
from vnadmin_parse.rules.registry import EVERY_OCR, Hit, OcrPolicy, RuleDoc, rule
from vnadmin_parse.symbols.doc_types import glued_abbreviation, type_abbreviations
from vnadmin_parse.symbols.provinces import document_day
from vnadmin_parse.symbols.provinces import lookup as lookup_province
from vnadmin_parse.symbols.provinces import written as written_place
from vnadmin_parse.symbols.signing_titles import title_of
from vnadmin_parse.vietnamese.strings import is_upper_text

#: A report whose header (agency, Quốc hiệu, "Số:", date line) was lost, as in the seed.
_HEADLESS = (
    " BÁO CÁO\n\nCông tác thông tin đối ngoại 06 tháng đầu năm 2023\n\nSở báo cáo như sau./.\n\n"
    "Nơi nhận:\n- UBND thành phố;\n- Lưu: VT.\n GIÁM ĐỐC\n\nTrần Thị Hoàng Mai\n"
)


def _sample(
    agency: str = "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI",
    national: str = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
    number: str = "Số: 280/BC-UBND",
    date: str = "Quảng Ngãi, ngày 05 tháng 11 năm 2024",
    heading: str = "BÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2024",
    body: str = "I. KẾT QUẢ\n1. Công tác chỉ đạo\nỦy ban nhân dân tỉnh đã chỉ đạo các sở, ngành triển khai nhiệm vụ.\n"
    "2. Công tác tuyên truyền\nCác cơ quan đã tổ chức tuyên truyền đến cán bộ, công chức./.",
    recipients: str = "Nơi nhận:\n- Thường trực HĐND tỉnh;\n- Lưu: VT, KTTH.",
    signing: str = "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nVõ Phiên",
) -> str:
    """A small but whole document, for the rules' examples."""
    return "\n".join(p for p in (agency, national, number, date, heading, body, recipients, signing) if p) + "\n"


#: Format findings on OCR text read with confidence below 90 (or on a scan, where an element may be missing because
#: it was misread) are only notes.
OCR_NOTE = OcrPolicy(note_below=90.0, unread_as_doubtful=True)


def _nd30_applies(a: Analysis) -> bool:
    """Rules of Nghị định 30/2020 apply: a legible, non-Party document of a type it governs."""
    f = a.document.fields
    return f.legible and not f.is_party_document and f.nd30


def _whole_nd30_document(a: Analysis) -> bool:
    """Nghị định 30/2020 applies and the text is a whole document, not a fragment (a missing part is missing)."""
    return _nd30_applies(a) and a.document.fields.whole_document


def _header_anchor(a: Analysis) -> tuple[int, int]:
    """Where to report something missing from the header: the type heading, or the first line."""
    s = a.document.span("doc_type") or a.document.span("subject")
    if s:
        return s.start, s.end
    first = regex.search(r"\S[^\n]*", a.text)
    return (first.start(), first.end()) if first else (0, 0)


def _where_missing(a: Analysis, *near: DocumentPart) -> tuple[int, int]:
    """Where a missing header element belongs: over the ``near`` spans (the number goes under the agency block)."""
    spans = a.document.spans_of(*near)
    return (min(s.start for s in spans), max(s.end for s in spans)) if spans else _header_anchor(a)


@rule(
    "F001",
    "missing-national-title",
    severity="warning",
    message="Văn bản thiếu {what}",
    message_en="The document has no {what_en}",
    doc=RuleDoc(
        what="Văn bản hành chính không có Quốc hiệu “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM” và/hoặc Tiêu ngữ “Độc lập - "
        "Tự do - Hạnh phúc”.",
        what_en="An administrative document without the national title and/or the motto.",
        why="Quốc hiệu và Tiêu ngữ là thành phần bắt buộc thứ nhất của thể thức văn bản; văn bản thiếu chúng là sai "
        "thể thức.",
        basis="Nghị định 30/2020/NĐ-CP, Điều 8 khoản 1 điểm a; Phụ lục I, Phần I, mục II.1. Không áp dụng cho văn "
        "bản của Đảng.",
        example="Văn bản bắt đầu ngay bằng “BÁO CÁO”, không có Quốc hiệu, Tiêu ngữ.",
        fix="Thêm hai dòng Quốc hiệu và Tiêu ngữ ở góc trên bên phải trang đầu.",
    ),
    fires=(
        _sample(national=""),
        _sample(national="CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        " BÁO CÁO\n\nCông tác thông tin đối ngoại 06 tháng đầu năm 2023\n\nSở Văn hóa và Thể thao báo cáo như "
        "sau./.\n\n"
        "Nơi nhận:\n- UBND thành phố;\n- Lưu: VT.\n GIÁM ĐỐC\n\nTrần Thị Hoàng Mai\n",
    ),
    passes=(
        _sample(),
        _sample(national="CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc"),
        "TỈNH ỦY QUẢNG NGÃI\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 12-BC/TU\nQuảng Ngãi, ngày 05 tháng 11 năm 2024\nBÁO "
        "CÁO\nTình hình năm 2024\n"
        "Nơi nhận:\n- Ban Bí thư;\n- Lưu VPTU.\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\nNguyễn Văn A\n",
        "Các cơ quan đã tổ chức tuyên truyền đến cán bộ, công chức.",
    ),
    ocr=OCR_NOTE,
)
def missing_national_title(a: Analysis) -> Iterator[Hit]:
    if not _whole_nd30_document(a):
        return
    f = a.document.fields
    missing = [name for name, found in (("Quốc hiệu", f.quoc_hieu), ("Tiêu ngữ", f.tieu_ngu)) if not found]
    if missing:
        en = {"Quốc hiệu": "national title", "Tiêu ngữ": "motto"}
        s, e = _header_anchor(a)
        yield Hit(
            s,
            e,
            {"what": " và ".join(missing), "what_en": " and ".join(en[m] for m in missing)},
            suggestion="CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
        )


@rule(
    "F002",
    "missing-number",
    severity="warning",
    message="Văn bản thiếu dòng số, ký hiệu (“Số: …/…”)",
    message_en="The document has no number and symbol line (“Số: …/…”)",
    doc=RuleDoc(
        what="Văn bản hành chính không có dòng “Số: …” ghi số và ký hiệu văn bản.",
        what_en="An administrative document without its “Số:” (number and symbol) line.",
        why="Số, ký hiệu là căn cứ để đăng ký, tra cứu và viện dẫn văn bản; thiếu nó văn bản không thể được quản lý.",
        basis="Nghị định 30/2020/NĐ-CP, Điều 8 khoản 1 điểm c; Phụ lục I, Phần I, mục II.3.",
        example="Báo cáo không có dòng “Số: …/BC-…” dưới tên cơ quan.",
        fix="Thêm dòng “Số: …/<chữ viết tắt tên loại>-<tên cơ quan>” dưới tên cơ quan ban hành.",
    ),
    fires=(
        _sample(number=""),
        _HEADLESS,
    ),
    passes=(
        _sample(),
        _sample(number="Số:          /BC-UBND"),
        "QUỐC HỘI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHIẾN PHÁP\nNước Cộng hòa xã hội "
        "chủ nghĩa Việt Nam\n"
        "Điều 1\nNước Cộng hòa xã hội chủ nghĩa Việt Nam là một nước độc lập./.\nCHỦ TỊCH QUỐC HỘI\nNguyễn Sinh Hùng\n",
        "Số: 280/BC-UBND",
    ),
    ocr=OCR_NOTE,
)
def missing_number(a: Analysis) -> Iterator[Hit]:
    if _whole_nd30_document(a) and a.document.fields.number_line is None:
        yield Hit(*_where_missing(a, "parent_body", "issuing_body"))


@rule(
    "F003",
    "malformed-number",
    severity="warning",
    message="Dòng số, ký hiệu không đúng thể thức: {problem}",
    message_en="Number line not in the prescribed form: {problem_en}",
    doc=RuleDoc(
        what="Dòng “Số:” thiếu dấu hai chấm, số nhỏ hơn 10 không có số 0 phía trước, ký hiệu thiếu dấu gạch nối; "
        "số để trống (dự thảo, chưa cấp số) hoặc không đọc được (viết tay trên bản quét) chỉ được ghi chú.",
        what_en="The “Số:” line lacks its colon, a number below 10 lacks its leading zero, the symbol lacks a hyphen; "
        "a blank number (a draft) or one that cannot be read (handwritten on a scan) is only noted.",
        why="Số, ký hiệu sai thể thức làm sai lệch việc đăng ký và viện dẫn văn bản.",
        basis="Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.3.c: sau từ “Số” có dấu hai chấm; số nhỏ hơn 10 "
        "ghi thêm số 0; "
        "giữa các nhóm chữ viết tắt ký hiệu có dấu gạch nối (-).",
        example="Số 5/BC-UBND",
        fix="Viết “Số: 05/BC-UBND”.",
    ),
    fires=(
        _sample(number="Số 280/BC-UBND"),
        _sample(number="Số: 5/BC-UBND"),
        _sample(number="Số: 72/2024/NĐCP", heading="NGHỊ ĐỊNH\nQuy định chi tiết một số điều"),
    ),
    passes=(
        _sample(),
        _sample(number="Số: 05/BC-UBND"),
        _sample(number="Số: 45/2024/NĐ-CP", heading="NGHỊ ĐỊNH\nQuy định chi tiết"),
    ),
    ocr=OCR_NOTE,
)
def malformed_number(a: Analysis) -> Iterator[Hit]:
    info = a.document.fields.number_line
    span = a.document.span("number_line")
    if not _nd30_applies(a) or not info or not span or info.party:
        return
    where = (span.start, span.end)
    if info.blank:
        yield Hit(
            *where,
            {
                "problem": "chưa ghi số (dự thảo hoặc chờ cấp số)",
                "problem_en": "no number yet (a draft, or numbered at issue)",
            },
            severity="info",
        )
    elif info.unreadable:
        yield Hit(
            *where,
            {
                "problem": "không đọc được số (viết tay hoặc đóng dấu trên bản quét)",
                "problem_en": "the number cannot be read (handwritten or stamped on a scan)",
            },
            severity="info",
        )
    elif not info.colon:
        yield Hit(
            *where,
            {"problem": "thiếu dấu hai chấm sau từ “Số”", "problem_en": "no colon after “Số”"},
            suggestion=span.text.replace("Số", "Số:", 1),
        )
    number = info.number
    if number and len(number) == 1:
        yield Hit(
            *where,
            {
                "problem": "số nhỏ hơn 10 phải có số 0 phía trước",
                "problem_en": "a number below 10 needs a leading zero",
            },
            suggestion=f"Số: 0{number}{info.symbol}",
        )
    glued = glued_abbreviation(info)
    if glued:
        code = info.issuer_code or ""
        rest = code[len(glued) :].lstrip("/")
        yield Hit(
            *where,
            {
                "problem": f"thiếu dấu gạch nối giữa “{glued}” và “{rest}”",
                "problem_en": f"no hyphen between “{glued}” and “{rest}”",
            },
            suggestion=span.text.replace(code, f"{glued}-{rest}"),
        )


@rule(
    "F004",
    "type-abbreviation",
    severity="warning",
    message="Chữ viết tắt tên loại trong ký hiệu không đúng: {problem}",
    message_en="Type abbreviation in the symbol is wrong: {problem_en}",
    doc=RuleDoc(
        what="Ký hiệu văn bản dùng chữ viết tắt tên loại không có trong Phụ lục III (như “CV”), không khớp với tên "
        "loại văn bản "
        "(một BÁO CÁO mang ký hiệu …/KH-…), hoặc công văn lại có chữ viết tắt tên loại.",
        what_en="The symbol uses a type abbreviation that is not official (“CV”), that does not match the document's "
        "type, "
        "or a công văn carries a type abbreviation.",
        why="Ký hiệu cho biết loại văn bản; ký hiệu sai loại làm văn bản bị đăng ký, tra cứu và viện dẫn nhầm.",
        basis="Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.3.b (ký hiệu công văn gồm chữ viết tắt tên cơ quan "
        "và đơn vị soạn thảo) "
        "và Phụ lục III (bảng chữ viết tắt tên loại văn bản).",
        example="BÁO CÁO … Số: 12/KH-UBND",
        fix="Dùng đúng chữ viết tắt của tên loại theo Phụ lục III (Báo cáo: BC); công văn không ghi chữ viết tắt tên "
        "loại.",
    ),
    fires=(
        _sample(number="Số: 280/KH-UBND"),
        _sample(number="Số: 123/CV-UBND", heading="V/v triển khai nhiệm vụ năm 2024\nKính gửi: Sở Tài chính"),
        _sample(number="Số: 12/TB-UBND", heading="V/v triển khai nhiệm vụ năm 2024\nKính gửi: Sở Tài chính"),
    ),
    passes=(
        _sample(),
        _sample(number="Số: 123/UBND-KTTH", heading="V/v triển khai nhiệm vụ năm 2024\nKính gửi: Sở Tài chính"),
        _sample(number="Số: 12/TB-UBND", heading="THÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh"),
        _sample(number="Số: 298/TTr-CAT-PC04", heading="TỜ TRÌNH\nV/v xin chủ trương triển khai"),
    ),
    ocr=OCR_NOTE,
)
def type_abbreviation(a: Analysis) -> Iterator[Hit]:
    info = a.document.fields.number_line
    span = a.document.span("number_line")
    if not _nd30_applies(a) or not info or not span or info.party:
        return
    where = (span.start, span.end)
    doc_type = a.document.type
    abbr = info.type_abbr
    first = abbr or info.issuer_code or ""
    if doc_type == "Công văn":
        if abbr or first == "CV":
            bad = abbr or first
            yield Hit(
                *where,
                {
                    "problem": f"công văn không ghi chữ viết tắt tên loại (“{bad}”)",
                    "problem_en": f"a công văn carries no type abbreviation (“{bad}”)",
                },
            )
        return
    if (first == "CV" and info.unit_code) or (not abbr and first == "CV"):
        yield Hit(
            *where,
            {
                "problem": "“CV” không phải chữ viết tắt tên loại văn bản",
                "problem_en": "“CV” is not an official type abbreviation",
            },
        )
        return
    expected = type_abbreviations().get((doc_type or "").lower())
    if not doc_type or not expected or doc_type.lower() in {"luật", "bộ luật", "hiến pháp"}:
        return
    if abbr and abbr not in expected:
        want = "/".join(sorted(expected))
        yield Hit(
            *where,
            {
                "problem": f"{doc_type.lower()} phải có ký hiệu “{want}”, không phải “{abbr}”",
                "problem_en": f"a {doc_type.lower()} is abbreviated “{want}”, not “{abbr}”",
            },
            severity="error",
            suggestion=span.text.replace(abbr, sorted(expected)[0], 1),
        )


def _date_problems(info: DateLine) -> Iterator[tuple[str, str, str]]:
    """(severity, Vietnamese, English) for each defect of the date line."""
    if info.numeric:
        yield (
            "warning",
            "ngày tháng viết bằng dấu gạch chéo; phải viết “ngày … tháng … năm …”",
            "written with slashes; write “ngày … tháng … năm …”",
        )
    if not info.place:
        yield "warning", "thiếu địa danh trước ngày tháng", "no place name before the date"
    elif not info.comma:
        yield "warning", "thiếu dấu phẩy sau địa danh", "no comma after the place name"
    day, month = info.day, info.month
    if (not day or not month) and not info.unreadable:
        yield (
            "info",
            "chưa ghi ngày/tháng (dự thảo hoặc chờ ký ban hành)",
            "day or month left blank (a draft, or dated at signing)",
        )
    if day and len(day) == 1:
        yield (
            "warning",
            f"ngày nhỏ hơn 10 phải có số 0 phía trước (“0{day}”)",
            f"a day below 10 needs a leading zero (“0{day}”)",
        )
    if month and len(month) == 1 and month in "12":
        yield (
            "warning",
            f"tháng 1, 2 phải có số 0 phía trước (“0{month}”)",
            f"months 1 and 2 need a leading zero (“0{month}”)",
        )
    if day and month and info.year and info.iso is None:
        yield "error", "ngày tháng không tồn tại", "no such date"


@rule(
    "F005",
    "missing-date-line",
    severity="warning",
    message="Văn bản thiếu dòng địa danh và ngày, tháng, năm ban hành",
    message_en="The document has no place and date line",
    doc=RuleDoc(
        what="Văn bản hành chính không có dòng “<Địa danh>, ngày … tháng … năm …”.",
        what_en="An administrative document without its “<place>, ngày … tháng … năm …” line.",
        why="Thời gian ban hành xác định hiệu lực và thứ tự văn bản; địa danh cho biết nơi cơ quan đóng trụ sở.",
        basis="Nghị định 30/2020/NĐ-CP, Điều 8 khoản 1 điểm d; Phụ lục I, Phần I, mục II.4.",
        example="Báo cáo không có dòng “Hải Phòng, ngày … tháng … năm 2023”.",
        fix="Thêm dòng địa danh và ngày, tháng, năm ban hành dưới Quốc hiệu, Tiêu ngữ.",
    ),
    fires=(
        _sample(date=""),
        _HEADLESS,
    ),
    passes=(
        _sample(),
        _sample(date="Quảng Ngãi, ngày      tháng 11 năm 2024"),
        "Quảng Ngãi, ngày 05 tháng 11 năm 2024",
    ),
    ocr=OCR_NOTE,
)
def missing_date_line(a: Analysis) -> Iterator[Hit]:
    if _whole_nd30_document(a) and a.document.fields.date_line is None:
        yield Hit(*_where_missing(a, "quoc_hieu", "tieu_ngu"))


@rule(
    "F006",
    "malformed-date-line",
    severity="warning",
    message="Dòng địa danh, ngày tháng không đúng thể thức: {problem}",
    message_en="Place and date line not in the prescribed form: {problem_en}",
    doc=RuleDoc(
        what="Dòng địa danh và ngày tháng thiếu địa danh hoặc dấu phẩy, ngày nhỏ hơn 10 hay tháng 1, 2 không có số 0 "
        "phía trước, "
        "viết bằng dấu gạch chéo, hoặc ngày không tồn tại; để trống ngày (dự thảo) chỉ được ghi chú. Lưu ý khi địa "
        "danh là một tỉnh đã hợp nhất vào tỉnh khác trước ngày ban hành (“Hà Giang, ngày … năm 2026”: tỉnh Hà Giang "
        "hợp nhất vào tỉnh Tuyên Quang từ 01/7/2025), trừ khi một xã, phường hiện nay mang tên ấy; và khi địa danh "
        "ghi là huyện, quận, thị xã trong văn bản ban hành từ 01/7/2025, ngày đơn vị hành chính cấp huyện kết thúc "
        "hoạt động.",
        what_en="The place and date line lacks the place or its comma, a day below 10 or month 1–2 lacks its leading "
        "zero, "
        "it is written with slashes, or the date does not exist; a blank day (a draft) is only noted, and so is a "
        "place that is a province merged into another before the date (“Hà Giang, … 2026”), unless a commune of "
        "that day bears the name, or a place written as a district (huyện, quận, thị xã) from 01/7/2025, when the "
        "district level ended.",
        why="Thời gian ban hành phải viết đầy đủ, thống nhất để xác định chính xác ngày văn bản có hiệu lực.",
        basis="Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.4.a–c: địa danh là tên đơn vị hành chính nơi cơ "
        "quan đóng trụ sở; ngày nhỏ hơn 10 và tháng 1, 2 phải ghi thêm số 0 phía trước; sau địa danh có dấu phẩy. "
        "Nghị quyết số 202/2025/QH15 (sắp xếp đơn vị hành chính cấp tỉnh từ 01/7/2025); Nghị quyết số 203/2025/QH15 "
        "sửa đổi Hiến pháp (kết thúc hoạt động của đơn vị hành chính cấp huyện từ 01/7/2025).",
        example="Quảng Ngãi, ngày 5 tháng 1 năm 2024",
        fix="Viết “Quảng Ngãi, ngày 05 tháng 01 năm 2024”.",
    ),
    fires=(
        _sample(date="Quảng Ngãi, ngày 5 tháng 11 năm 2024"),
        _sample(date="Quảng Ngãi, ngày 15 tháng 2 năm 2024"),
        _sample(date="ngày 15 tháng 12 năm 2024"),
        _sample(date="Quảng Ngãi, 15/12/2024"),
        _sample(date="Quảng Ngãi, ngày 30 tháng 02 năm 2024"),
        _sample(agency="ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG", date="Hà Giang, ngày 15 tháng 3 năm 2026"),
        _sample(date="huyện Bình Sơn, ngày 15 tháng 3 năm 2026"),
    ),
    passes=(
        _sample(),
        _sample(date="Quảng Ngãi, ngày 15 tháng 3 năm 2024"),
        _sample(date="Thành phố Hồ Chí Minh, ngày 05 tháng 02 năm 2024"),
        _sample(agency="ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG", date="Hà Giang, ngày 15 tháng 3 năm 2025"),
        _sample(agency="ỦY BAN NHÂN DÂN\nPHƯỜNG BÌNH DƯƠNG", date="Bình Dương, ngày 15 tháng 3 năm 2026"),
        _sample(agency="ỦY BAN NHÂN DÂN\nTỈNH HÀ TÂY", date="Hà Tây, ngày 15 tháng 3 năm 2010"),
        _sample(date="huyện Bình Sơn, ngày 15 tháng 3 năm 2025"),
    ),
    ocr=OCR_NOTE,
)
def malformed_date_line(a: Analysis) -> Iterator[Hit]:
    info = a.document.fields.date_line
    span = a.document.span("date_line")
    if not _nd30_applies(a) or not info or not span:
        return
    for severity, vi, en in _date_problems(info):
        yield Hit(span.start, span.end, {"problem": vi, "problem_en": en}, severity=severity)  # type: ignore[arg-type]
    line = a.text[a.text.rfind("\n", 0, span.start) + 1 : span.start] + (info.place or "")
    if gone := _merged_place(info, a.document.date) or _district_place(line, a.document.date):
        yield Hit(span.start, span.end, {"problem": gone[0], "problem_en": gone[1]}, severity="info")


#: A district-level unit word opening the place ("huyện Bình Sơn, ngày …"): the level ended on 01/7/2025.
_DISTRICT_PLACE = regex.compile(r"^\s*(?P<unit>huyện|quận|thị\s+xã)\s+\p{Lu}", regex.IGNORECASE)
_DISTRICTS_ENDED = dt.date(2025, 7, 1)


def _district_place(place: str, date: str | None) -> tuple[str, str] | None:
    """A note when the place is written as a district (huyện, quận, thị xã) in a document dated from 01/7/2025,
    when the district level of administrative units ended (Nghị quyết 203/2025/QH15)."""
    day = document_day(date)
    found = _DISTRICT_PLACE.match(place)
    if found is None or day is None or day < _DISTRICTS_ENDED:
        return None
    unit = " ".join(found.group("unit").lower().split())
    return (
        f"địa danh ghi là {unit} (“{place.strip()}”), nhưng đơn vị hành chính cấp huyện đã kết thúc hoạt động từ "
        "ngày 01/7/2025 (Nghị quyết 203/2025/QH15 sửa đổi Hiến pháp); ghi địa danh nơi cơ quan đóng trụ sở hiện nay",
        f"the place is written as a district (“{place.strip()}”), but the district level ended on 01/7/2025 "
        "(Nghị quyết 203/2025/QH15); write the place where the body now sits",
    )


def _merged_place(info: DateLine, date: str | None) -> tuple[str, str] | None:
    """A note when the place is a province merged into another before the date, and no commune bears its name."""
    place, day = info.place, document_day(date)
    province = lookup_province(" ".join(place.split())) if place and day else None
    if province is None or day is None or not province.gone_on(day) or province.valid_to is None:
        return None
    successor = province.successor_name()
    return (
        f"địa danh “{province.name}” là {province.unit} đã hợp nhất vào {successor} từ ngày "
        f"{province.ended()}; ghi địa danh nơi cơ quan đóng trụ sở hiện nay",
        f"“{province.name}” is a {'province' if province.unit == 'tỉnh' else 'city'} merged into {successor} from "
        f"{province.ended()}; write the place where the body now sits",
    )


@rule(
    "F007",
    "date-after-today",
    severity="warning",
    message="Ngày ban hành {date} muộn hơn ngày hiện tại {today}",
    message_en="Date of issue {date} is later than today, {today}",
    doc=RuleDoc(
        what="Ngày, tháng, năm ban hành ghi trên văn bản đã có số là một ngày trong tương lai.",
        what_en="A numbered document is dated in the future.",
        why="Văn bản chỉ được ghi ngày ban hành khi ký; ngày trong tương lai thường là gõ nhầm năm hoặc tháng.",
        basis="Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.4.b: thời gian ban hành là ngày, tháng, năm văn "
        "bản được ban hành.",
        example="Quảng Ngãi, ngày 05 tháng 11 năm 2027 (hôm nay là 26/11/2026)",
        fix="Sửa lại ngày, tháng, năm ban hành cho đúng ngày ký.",
    ),
    fires=(
        _sample(date="Quảng Ngãi, ngày 05 tháng 11 năm 2027"),
        _sample(date="Quảng Ngãi, ngày 28 tháng 11 năm 2026"),
    ),
    passes=(
        _sample(),
        _sample(date="Quảng Ngãi, ngày 26 tháng 11 năm 2026"),
        _sample(number="Số:     /BC-UBND", date="Quảng Ngãi, ngày 05 tháng 11 năm 2027"),
    ),
    ocr=OCR_NOTE,
)
def date_after_today(a: Analysis) -> Iterator[Hit]:
    info = a.document.fields.date_line
    number = a.document.fields.number_line
    span = a.document.span("date_line")
    if not _nd30_applies(a) or not info or not span or not info.iso or not number or number.blank:
        return
    date = dt.date.fromisoformat(info.iso)
    if date > a.today:
        yield Hit(span.start, span.end, {"date": fmt_date(date), "today": fmt_date(a.today)})


@rule(
    "F008",
    "recipients",
    severity="warning",
    message="{problem}",
    message_en="{problem_en}",
    doc=RuleDoc(
        what="Văn bản không có phần “Nơi nhận”, hoặc “Nơi nhận” không có dòng cuối “Lưu: VT, …”.",
        what_en="The document has no “Nơi nhận” (recipients), or the list does not end with “Lưu: VT, …”.",
        why="Nơi nhận xác định trách nhiệm thực hiện, theo dõi; dòng “Lưu: VT” bảo đảm bản gốc được lưu tại văn thư.",
        basis="Nghị định 30/2020/NĐ-CP, Điều 8 khoản 1 điểm h; Phụ lục I, Phần I, mục II.9.d: dòng cuối cùng gồm chữ "
        "“Lưu” "
        "sau có dấu hai chấm, tiếp theo là chữ viết tắt “VT”.",
        example="Nơi nhận:\n- Sở Tài chính;\n- Sở Nội vụ.",
        fix="Thêm phần “Nơi nhận:” và dòng cuối “- Lưu: VT, <đơn vị soạn thảo>.”",
    ),
    fires=(
        _sample(recipients=""),
        _sample(recipients="Nơi nhận:\n- Thường trực HĐND tỉnh;\n- Sở Tài chính."),
        _sample(recipients="Nơi nhận:\n- Thường trực HĐND tỉnh;\n- Lưu: KTTH."),
    ),
    passes=(_sample(), _sample(recipients="Nơi nhận:\n- Như trên;\n- Lưu: VT, NC."), "- Lưu: VT, KTTH."),
    ocr=OCR_NOTE,
)
def recipients(a: Analysis) -> Iterator[Hit]:
    f = a.document.fields
    if not _nd30_applies(a):
        return
    span = a.document.span("noi_nhan")
    if f.noi_nhan is None or span is None:
        if _whole_nd30_document(a):
            sig = a.document.span("signer_title") or a.document.span("signing_authority")
            s, e = (sig.start, sig.end) if sig else _header_anchor(a)
            yield Hit(
                s,
                e,
                {
                    "problem": "Văn bản thiếu phần “Nơi nhận”",
                    "problem_en": "The document has no “Nơi nhận” (recipients)",
                },
            )
        return
    if f.luu is None:
        yield Hit(
            span.start,
            span.end,
            {
                "problem": "“Nơi nhận” thiếu dòng cuối “Lưu: VT, …”",
                "problem_en": "“Nơi nhận” does not end with “Lưu: VT, …”",
            },
        )
    elif not regex.search(r"\bVT\b|[Vv]ăn thư", f.luu):
        yield Hit(
            span.start,
            span.end,
            {
                "problem": "dòng “Lưu” không có “VT” (văn thư)",
                "problem_en": "the “Lưu” line has no “VT” (records office)",
            },
            severity="info",
        )


@rule(
    "F009",
    "can-cu-punctuation",
    severity="warning",
    message="Căn cứ ban hành: {problem}",
    message_en="Legal basis line: {problem_en}",
    doc=RuleDoc(
        what="Dòng căn cứ ban hành không kết thúc bằng dấu chấm phẩy (;), hoặc dòng cuối không kết thúc bằng dấu "
        "chấm (.).",
        what_en="A legal-basis (căn cứ) line that does not end with a semicolon, or a last one that does not end "
        "with a full stop.",
        why="Mỗi căn cứ là một dòng riêng của cùng một câu dẫn tới phần ban hành; dấu câu cuối dòng cho thấy ranh "
        "giới các căn cứ.",
        basis="Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.6.a: sau mỗi căn cứ phải xuống dòng, cuối dòng có "
        "dấu chấm phẩy (;), "
        "dòng cuối cùng kết thúc bằng dấu chấm (.). Văn bản quy phạm pháp luật thường kết thúc căn cứ bằng “;” rồi "
        "câu ban hành: không báo.",
        example="Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015,",
        fix="Kết thúc mỗi dòng căn cứ bằng “;”, dòng cuối bằng “.”.",
    ),
    fires=(
        _sample(
            heading="QUYẾT ĐỊNH\nVề việc ban hành Quy chế làm việc",
            body="Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015,\nTheo đề nghị của Giám đốc Sở "
            "Nội vụ.\n"
            "QUYẾT ĐỊNH:\nĐiều 1. Ban hành Quy chế.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký./.",
        ),
        _sample(
            heading="QUYẾT ĐỊNH\nVề việc ban hành Quy chế làm việc",
            body="Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nTheo đề nghị của Giám đốc Sở "
            "Nội vụ;\n"
            "QUYẾT ĐỊNH:\nĐiều 1. Ban hành Quy chế.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký./.",
        ),
    ),
    passes=(
        _sample(
            heading="QUYẾT ĐỊNH\nVề việc ban hành Quy chế làm việc",
            body="Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nTheo đề nghị của Giám đốc Sở "
            "Nội vụ.\n"
            "QUYẾT ĐỊNH:\nĐiều 1. Ban hành Quy chế.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký./.",
        ),
        _sample(
            heading="NGHỊ ĐỊNH\nQuy định quản lý đầu tư",
            number="Số: 45/2026/NĐ-CP",
            body="Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;\nCăn cứ Luật Ban hành văn bản quy phạm pháp luật số "
            "64/2025/QH15 được sửa đổi, bổ sung bởi\n"
            "Luật số 87/2025/QH15;\nTheo đề nghị của Bộ trưởng Bộ Khoa học và Công nghệ;\nChính phủ ban hành Nghị "
            "định quy định quản lý đầu tư.\n"
            "Chương I\nNHỮNG QUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh",
        ),
        _sample(
            body="Căn cứ chức năng nhiệm vụ và kết quả thực hiện nhiệm vụ năm 2022, Sở báo cáo:\n1. Công tác chỉ đạo./."
        ),
    ),
    ocr=OCR_NOTE,
)
def can_cu_punctuation(a: Analysis) -> Iterator[Hit]:
    if not _nd30_applies(a):
        return
    items = a.document.fields.can_cu
    enacting = a.document.fields.enacting or ""
    for i, item in enumerate(items):
        last = i == len(items) - 1
        end = item.ends_with
        where = (max(item.start, item.end - 40), item.end)
        if end not in (";", "."):
            want = "." if last else ";"
            yield Hit(
                *where,
                {"problem": f"cuối dòng phải có dấu “{want}”", "problem_en": f"the line must end with “{want}”"},
                suggestion=a.text[where[0] : where[1]].rstrip(",:") + want,
            )
        elif last and end == ";" and regex.match(r"\p{Lu}[\p{Lu} ]+:?\s*$", enacting):
            yield Hit(
                *where,
                {
                    "problem": "dòng căn cứ cuối cùng kết thúc bằng dấu chấm (.)",
                    "problem_en": "the last line ends with a full stop",
                },
                severity="info",
                suggestion=a.text[where[0] : where[1]][:-1] + ".",
            )
        elif not last and end == ".":
            yield Hit(
                *where,
                {
                    "problem": "các dòng căn cứ (trừ dòng cuối) kết thúc bằng dấu chấm phẩy (;)",
                    "problem_en": "every line but the last ends with a semicolon",
                },
                severity="info",
                suggestion=a.text[where[0] : where[1]][:-1] + ";",
            )


def _numbering_problems(headings: tuple[Heading, ...]) -> Iterator[tuple[Heading, str, int, int]]:
    """(heading, "skip"|"repeat", expected value, end of the previous heading of its kind) for numbering
    that jumps or repeats within its parent."""
    ranks = HEADING_RANKS
    last: dict[str, int] = {}
    last_end: dict[str, int] = {}
    outer: dict[str, list[int]] = {}
    for h in headings:
        kind, value = h.kind, h.value
        for k in ranks:
            if ranks[k] > ranks[kind] and not (k == "article" and kind in ("part", "chapter")):
                last.pop(k, None)
                outer.pop(k, None)
        prev = last.get(kind)
        if prev is not None and value not in (prev + 1, 1):
            resumed = [v for v in outer.get(kind, []) if value == v + 1]
            if resumed:
                outer[kind] = outer[kind][: outer[kind].index(resumed[-1])]
            elif value == prev:
                yield h, "repeat", prev + 1, last_end[kind]
            elif prev + 1 < value <= prev + 5:
                yield h, "skip", prev + 1, last_end[kind]
        elif prev is not None and value == 1:
            outer.setdefault(kind, []).append(prev)
        last[kind] = value
        last_end[kind] = h.end


def _marker(kind: str, value: int) -> str:
    if kind == "letter":
        return f"{ITEM_LETTERS[value - 1]})" if 0 < value <= len(ITEM_LETTERS) else str(value)
    if kind in ("roman", "chapter", "part"):
        romans = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
        out, n = "", value
        for v, s in romans:
            while n >= v:
                out, n = out + s, n - v
        return out + ("." if kind == "roman" else "")
    return f"{value}." if kind == "arabic" else str(value)


@rule(
    "F010",
    "section-numbering",
    severity="warning",
    message="Đánh số đề mục {problem}: “{found}” (cần “{expected}”)",
    message_en="Heading numbering {problem_en}: “{found}” (expected “{expected}”)",
    doc=RuleDoc(
        what="Số thứ tự đề mục (Phần, Chương, Điều, I., 1., a)) bị nhảy cóc hoặc lặp lại trong cùng một cấp, hoặc mục "
        "lớn đầu tiên đánh “1.” trong khi các mục sau là “II.”, “III.”.",
        what_en="Heading numbers (parts, chapters, articles, I., 1., a)) that skip or repeat within one level, or a "
        "first main section numbered “1.” where the next ones are “II.”, “III.”.",
        why="Đề mục đánh số sai làm việc viện dẫn “khoản 3 mục II” trỏ nhầm chỗ; thường do thêm, bớt một mục khi sửa "
        "dự thảo.",
        basis="Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.6.b–d: bố cục phần, chương, mục, điều, khoản, điểm "
        "đánh số liên tục.",
        example="I. Kết quả … II. Tồn tại … IV. Phương hướng",
        fix="Đánh lại số thứ tự cho liên tục.",
    ),
    fires=(
        _sample(body="I. KẾT QUẢ\n1. Công tác chỉ đạo\nĐã chỉ đạo.\n3. Công tác tuyên truyền\nĐã tuyên truyền./."),
        _sample(body="I. KẾT QUẢ\nĐã làm.\nII. TỒN TẠI\nCòn chậm.\nII. PHƯƠNG HƯỚNG\nTiếp tục./."),
        _sample(body="1. SỰ CẦN THIẾT\nĐã làm.\nII. MỤC ĐÍCH\nCòn chậm.\nIII. PHƯƠNG HƯỚNG\nTiếp tục./."),
    ),
    passes=(
        _sample(),
        _sample(
            body="I. KẾT QUẢ\n1. Chỉ đạo\na) Ban hành kế hoạch;\nb) Kiểm tra;\n2. Tuyên truyền\na) Báo chí;\nII. "
            "PHƯƠNG HƯỚNG\n1. Tiếp tục./."
        ),
        _sample(
            body="1. Công tác chỉ đạo\nGồm các bước:\n1. Ban hành;\n2. Kiểm tra.\n2. Công tác tuyên truyền\nĐã làm./."
        ),
        _sample(body="1. Công tác chỉ đạo\nĐã làm.\nII. TỒN TẠI\nCòn chậm.\nIII. PHƯƠNG HƯỚNG\nTiếp tục./."),
        _sample(body="1. KẾT QUẢ\nĐã làm.\n2. TỒN TẠI\nCòn chậm.\nII. PHƯƠNG HƯỚNG\nTiếp tục./."),
    ),
    ocr=OcrPolicy(note_below=EVERY_OCR, unread_as_doubtful=True),  # OCR confuses I, l, 1 and drops list markers
)
def section_numbering(a: Analysis) -> Iterator[Hit]:
    if not _nd30_applies(a):
        return
    for h, problem, expected, since in _numbering_problems(a.document.fields.headings):
        want = _marker(h.kind, expected)
        written = f"Điều {expected}" if h.kind == "article" else want
        if regex.search(rf"(?<![\p{{L}}\d]){regex.escape(written)}(?!\d)", a.text[since : h.start]):
            continue  # the expected heading is there, run into a line by the extraction
        vi = "bị nhảy cóc" if problem == "skip" else "bị lặp lại"
        en = "skips" if problem == "skip" else "repeats"
        yield Hit(h.start, h.end, {"problem": vi, "problem_en": en, "found": h.marker, "expected": want})
    if first := _arabic_first_section(a, a.document.fields.headings):
        params = {"problem": "khác kiểu các mục cùng cấp", "problem_en": "differs from its level's style"}
        yield Hit(first.start, first.end, {**params, "found": first.marker, "expected": "I."})


def _arabic_first_section(a: Analysis, headings: tuple[Heading, ...]) -> Heading | None:
    """A first section numbered "1." in capitals where the next ones are "II.", "III." in capitals
    ("1. SỰ CẦN THIẾT … II. MỤC ĐÍCH …"): it stands for "I."."""
    romans = [h for h in headings if h.kind == "roman"]
    if not romans or romans[0].value != 2 or headings[0].kind != "arabic" or headings[0].value != 1:
        return None
    if any(h.kind == "arabic" for h in headings[1 : headings.index(romans[0])]):
        return None  # "1." opened a list of its own

    def title(h: Heading) -> str:
        end = a.text.find("\n", h.end)
        return a.text[h.end : end if end >= 0 else None]

    return headings[0] if all(is_upper_text(title(h), 4) for h in (headings[0], romans[0])) else None


@rule(
    "F011",
    "signing-authority",
    severity="warning",
    message="Thẩm quyền ký: {problem}",
    message_en="Signing authority: {problem_en}",
    doc=RuleDoc(
        what="Khối chữ ký không nhất quán: “KT.” mà người ký không mang chức vụ cấp phó, “KT.” đặt trước chức vụ cấp "
        "phó, "
        "“TM.” đặt trước chức vụ cá nhân thay vì tên tập thể; cấp phó ký không ghi “KT.” chỉ được ghi chú.",
        what_en="An inconsistent signing block: “KT.” (signing for the head) over a title that is not a deputy's, "
        "“KT.” before a "
        "deputy's title, “TM.” before a personal title instead of a collective body; a deputy signing without “KT.” "
        "is noted.",
        why="Quyền hạn ghi sai làm sai thẩm quyền ban hành, có thể làm văn bản bị coi là ban hành trái thẩm quyền.",
        basis="Nghị định 30/2020/NĐ-CP, Điều 13 và Phụ lục I, Phần I, mục II.7: “TM.” trước tên tập thể lãnh đạo "
        "hoặc tên cơ quan; "
        "“KT.” trước chức vụ của người đứng đầu, khi cấp phó ký thay cấp trưởng.",
        example="KT. GIÁM ĐỐC\nGIÁM ĐỐC",
        fix="Cấp phó ký thay: “KT. <CHỨC VỤ NGƯỜI ĐỨNG ĐẦU>” rồi “<PHÓ …>”; ký thay mặt tập thể: “TM. <TÊN TẬP THỂ>”.",
    ),
    fires=(
        _sample(signing="KT. GIÁM ĐỐC\nGIÁM ĐỐC\nNguyễn Văn An"),
        _sample(signing="KT. PHÓ CHỦ TỊCH\nPHÓ CHỦ TỊCH\nVõ Phiên"),
        _sample(signing="TM. CHỦ TỊCH\nCHỦ TỊCH\nVõ Phiên"),
    ),
    passes=(
        _sample(),
        _sample(signing="TL. CHỦ TỊCH\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\nPhùng Tô Long"),
        _sample(signing="GIÁM ĐỐC\nTrần Thị Hoàng Mai"),
        _sample(signing="TM. CHÍNH PHỦ\nTHỦ TƯỚNG\nPhạm Minh Chính"),
    ),
    ocr=OCR_NOTE,
)
def signing_authority(a: Analysis) -> Iterator[Hit]:
    signing = a.document.fields.signing
    if not _nd30_applies(a) or not signing:
        return
    spans = a.document.spans_of("signing_authority")
    title_span = a.document.span("signer_title")
    for auth, span in zip(signing.authorities, spans, strict=False):
        of = title_of(auth.of)
        if auth.mark == "TM." and of and not of.collective:
            yield Hit(
                span.start,
                span.end,
                {
                    "problem": f"“TM.” đặt trước tên tập thể hoặc cơ quan, không đặt trước chức vụ “{auth.of}”",
                    "problem_en": f"“TM.” goes before a collective body, not the title “{auth.of}”",
                },
            )
        if auth.mark == "KT." and of and of.deputy:
            yield Hit(
                span.start,
                span.end,
                {
                    "problem": f"“KT.” đặt trước chức vụ người đứng đầu, không đặt trước “{auth.of}”",
                    "problem_en": f"“KT.” goes before the head's title, not “{auth.of}”",
                },
            )
    last = signing.authorities[-1].mark if signing.authorities else None
    if title_span and signing.deputy is not None:
        if last == "KT." and not signing.deputy:
            yield Hit(
                title_span.start,
                title_span.end,
                {
                    "problem": f"ký thay (“KT.”) nhưng chức vụ người ký “{signing.title}” không phải cấp phó",
                    "problem_en": f"signed for the head (“KT.”) but “{signing.title}” is not a deputy's title",
                },
            )
        elif not signing.authorities and signing.deputy:
            yield Hit(
                title_span.start,
                title_span.end,
                {
                    "problem": f"cấp phó “{signing.title}” ký thay cấp trưởng cần ghi “KT.”",
                    "problem_en": f"a deputy (“{signing.title}”) signing for the head needs “KT.”",
                },
                severity="info",
            )


@cache
def _capitalisation() -> tuple[tuple[regex.Pattern[str], str], ...]:
    entries = load_table("nd30_capitalisation.json")["entries"]
    return tuple((regex.compile(rf"(?<!\p{{L}})(?:{e['pattern']})(?!\p{{L}})"), e["correct"]) for e in entries)


def capitalisation_hits(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, correct form) for agency names capitalised against Phụ lục II."""
    for pattern, correct in _capitalisation():
        for m in pattern.finditer(text):
            found = m.group()
            fixed = correct if len(correct) >= len(found) else found[: len(found) - len(correct)] + correct
            yield m.start(), m.end(), fixed


def official_name_hits(text: str, agencies: Iterable[AgencyMention]) -> Iterator[tuple[int, int, str]]:
    """(start, end, official form) for names of the agency tables written in the wrong case.

    The name of the body ("Bộ Tài Chính" → "Bộ Tài chính") and, after a local body, the unit word before a
    province ("Ủy ban nhân dân Tỉnh Quảng Ngãi" → "tỉnh Quảng Ngãi"; "thành phố Hồ Chí Minh" →
    "Thành phố Hồ Chí Minh", Phụ lục II, Mục III.1.a and III.1.c).
    """
    for m in agencies:
        if m.problem == "case" and m.suggestion:
            yield m.start, m.end, m.suggestion
        if m.unit is None or m.place is None or is_upper_text(text[m.start : m.place_end]):
            continue
        province = lookup_province(m.place)
        if province is None or m.unit.lower() != province.unit:
            continue
        unit = written_place(province.unit, province.name).removesuffix(f" {province.name}")
        if m.unit != unit:
            yield m.unit_start, m.place_end, f"{unit} {m.place}"


def _overlaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


@rule(
    "F012",
    "agency-capitalisation",
    severity="warning",
    message="Viết hoa tên cơ quan chưa đúng: “{found}” (viết “{fixed}”)",
    message_en="Agency name capitalised wrongly: “{found}” (write “{fixed}”)",
    doc=RuleDoc(
        what="Tên cơ quan, tổ chức viết hoa sai so với tên chính thức: viết hoa mọi âm tiết (“Ủy Ban Nhân Dân”, "
        "“Bộ Tài Chính”, “Sở Văn Hóa, Thể Thao Và Du Lịch”) hoặc để chữ thường ở từ chỉ lĩnh vực phải viết hoa "
        "(“Sở Giáo dục và đào tạo”, “Bộ Công thương”); tên đối chiếu với bảng cơ quan trung ương và bảng cơ quan "
        "địa phương (Ủy ban nhân dân, Hội đồng nhân dân, các sở). Sau tên cơ quan địa phương, danh từ chung chỉ "
        "đơn vị hành chính viết thường (“Ủy ban nhân dân Tỉnh Quảng Ngãi” → “tỉnh Quảng Ngãi”), trừ “Thành phố "
        "Hồ Chí Minh”. Tên viết toàn chữ in hoa (tiêu đề) và khác biệt kiểu đặt dấu (hóa/hoá) không bị xét.",
        what_en="An agency name capitalised against its official form: every syllable capitalised, or the words of "
        "its field left in lower case (“Sở Giáo dục và đào tạo”); names are checked against the tables of central "
        "and local bodies. After a local body, the unit word before a province is lower case (“tỉnh Quảng Ngãi”), "
        "except “Thành phố Hồ Chí Minh”.",
        why="Viết hoa đúng quy định thể hiện tính chuẩn mực của văn bản hành chính; tên cơ quan là tên riêng "
        "chính thức.",
        basis="Nghị định 30/2020/NĐ-CP, Phụ lục II, Mục IV.1.a (viết hoa chữ cái đầu của từ chỉ loại hình cơ quan "
        "và lĩnh vực: Bộ Tài nguyên và Môi trường, Hội đồng nhân dân tỉnh Sơn La, Sở Tài chính), Mục III.1.a và "
        "III.1.c (tỉnh Nam Định; Thành phố Hồ Chí Minh), Mục V.3 (Thủ tướng Chính phủ); tên các sở theo Nghị định "
        "45/2025/NĐ-CP.",
        example="Ủy Ban Nhân Dân tỉnh Quảng Ngãi; Sở Giáo dục và đào tạo",
        fix="Viết “Ủy ban nhân dân tỉnh Quảng Ngãi”, “Sở Giáo dục và Đào tạo”.",
    ),
    fires=(
        "Đề nghị Ủy Ban Nhân Dân tỉnh xem xét.",
        "Gửi Bộ Tài Chính để tổng hợp.",
        "Báo cáo Thủ tướng Chính Phủ.",
        "Giám đốc Sở Giáo dục và đào tạo chỉ đạo.",
        "Phối hợp với Sở Văn Hóa, Thể Thao Và Du Lịch.",
        "Ủy ban nhân dân Tỉnh Quảng Ngãi báo cáo.",
        "Ủy ban nhân dân thành phố Hồ Chí Minh báo cáo.",
    ),
    passes=(
        "Đề nghị Ủy ban nhân dân tỉnh xem xét.",
        "Gửi Bộ Tài chính, Bộ Công Thương để tổng hợp.",
        "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI",
        "Sở Văn hoá, Thể thao và Du lịch; Sở Giáo dục và Đào tạo tỉnh Quảng Ngãi.",
        "Ủy ban nhân dân Thành phố Hồ Chí Minh; Ủy ban nhân dân thành phố Hà Nội.",
    ),
    ocr=OCR_NOTE,
)
def agency_capitalisation(a: Analysis) -> Iterator[Hit]:
    if not _nd30_applies(a):
        return
    named = list(official_name_hits(a.text, a.agencies))
    judged = [(m.start, m.end) for m in a.agencies if m.problem] + [(s, e) for s, e, _ in named]
    found = [h for h in capitalisation_hits(a.text) if not _overlaps(h[0], h[1], judged)] + named
    for start, end, fixed in sorted(found):
        yield Hit(start, end, {"found": a.text[start:end], "fixed": fixed}, suggestion=fixed)


@rule(
    "F013",
    "number-year-mismatch",
    severity="warning",
    message="Năm trong ký hiệu ({symbol_year}) khác năm ban hành ({date_year})",
    message_en="The year in the symbol ({symbol_year}) differs from the year of issue ({date_year})",
    doc=RuleDoc(
        what="Ký hiệu văn bản quy phạm pháp luật có năm (…/2024/NĐ-CP) khác năm ghi ở dòng ngày tháng.",
        what_en="The year in a legal document's symbol (…/2024/NĐ-CP) differs from the year on the date line.",
        why="Số, ký hiệu văn bản quy phạm pháp luật gồm năm ban hành; lệch năm là dấu hiệu sao chép mẫu cũ.",
        basis="Luật Ban hành văn bản quy phạm pháp luật (số, ký hiệu gồm năm ban hành); Nghị định 30/2020/NĐ-CP, Phụ "
        "lục I, mục II.3.",
        example="Số: 45/2025/NĐ-CP … Hà Nội, ngày 26 tháng 01 năm 2026",
        fix="Sửa năm trong ký hiệu hoặc năm ban hành cho thống nhất.",
    ),
    fires=(
        _sample(
            number="Số: 45/2025/NĐ-CP", date="Hà Nội, ngày 26 tháng 01 năm 2026", heading="NGHỊ ĐỊNH\nQuy định quản lý"
        ),
    ),
    passes=(
        _sample(
            number="Số: 45/2026/NĐ-CP", date="Hà Nội, ngày 26 tháng 01 năm 2026", heading="NGHỊ ĐỊNH\nQuy định quản lý"
        ),
        _sample(),
    ),
    ocr=OCR_NOTE,
)
def number_year_mismatch(a: Analysis) -> Iterator[Hit]:
    number = a.document.fields.number_line
    date = a.document.fields.date_line
    span = a.document.span("number_line")
    if not _nd30_applies(a) or not number or not date or not span or not number.year or number.party:
        return
    if number.year != date.year:
        yield Hit(span.start, span.end, {"symbol_year": number.year, "date_year": date.year})
