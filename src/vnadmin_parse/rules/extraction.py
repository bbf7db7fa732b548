"""Extraction and encoding (family E): what the source itself says about the document's text."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from vnadmin_parse.rules.context import Analysis
from vnadmin_parse.rules.registry import Hit, RuleDoc, rule

_ENCODING_NAMES = {"tcvn3": "TCVN3 (ABC)", "vni": "VNI", "viscii": "VISCII", "mixed": "nhiều bảng mã cũ"}


def _page_span(text: str, number: int) -> tuple[int, int]:
    """Range of page ``number`` (1-based) in the normalized text, trimmed to its first line."""
    start = 0
    for index, chunk in enumerate(text.split("\f")):
        if index + 1 == number:
            first = chunk.strip().split("\n", 1)[0]
            offset = chunk.find(first) if first else 0
            return start + offset, start + offset + len(first)
        start += len(chunk) + 1
    return 0, 0


@rule(
    "E001",
    "legacy-encoding",
    severity="warning",
    message="Văn bản soạn bằng bảng mã {encoding} (phông chữ cũ, trước Unicode); đã chuyển sang Unicode để kiểm tra",
    message_en="The document is typed in the legacy {encoding} encoding (pre-Unicode fonts); "
    "it was converted to Unicode for checking",
    doc=RuleDoc(
        what="Chữ của văn bản dùng bảng mã cũ TCVN3 (.VnTime…), VNI (VNI-Times…) hoặc VISCII "
        "thay vì Unicode; nhận ra theo tên phông và theo chính nội dung chữ.",
        what_en="The text is in a pre-Unicode Vietnamese encoding (TCVN3, VNI or VISCII), "
        "recognised from font names and from the text itself.",
        why="Văn bản bảng mã cũ hiển thị sai trên máy không cài phông tương ứng, không tìm kiếm, "
        "sao chép hay lưu trữ điện tử đúng được.",
        basis="Nghị định 30/2020/NĐ-CP, Phụ lục I, mục I.1: phông chữ trình bày văn bản là phông chữ "
        "tiếng Việt của bộ mã ký tự Unicode theo TCVN 6909:2001.",
        example="QuyÕt ®Þnh cña Thñ t−íng ChÝnh phñ",
        fix="Chuyển văn bản sang Unicode (Unikey: Công cụ chuyển mã, TCVN3 → Unicode) và dùng phông Times New Roman.",
    ),
    fires=(
        "QuyÕt ®Þnh cña Thñ t−íng ChÝnh phñ vÒ viÖc söa ®æi, bæ sung Quy chÕ",
        "C¨n cø LuËt Tæ chøc ChÝnh phñ ngµy 25 th¸ng 12 n¨m 2001;",
        "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam\nÑoäc laäp - Töï do - Haïnh phuùc",
    ),
    passes=(
        "Quyết định của Thủ tướng Chính phủ về việc sửa đổi, bổ sung Quy chế",
        "Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;",
        "Café Bà Nà à? Résumé của ông Müller.",
        "Điều 5 § 2 và mục ® của nhãn hiệu đã đăng ký.",
    ),
)
def legacy_encoding(a: Analysis) -> Iterator[Hit]:
    encoding = a.source.encoding
    if encoding == "unicode":
        return
    pages = list(a.source.marked_pages("legacy_pages")) or [1]
    start, end = _page_span(a.text, pages[0])
    yield Hit(start, end, {"encoding": _ENCODING_NAMES.get(encoding, encoding)})


@rule(
    "E002",
    "garbled-text",
    severity="warning",
    message="Trang {page}: {what}{ocr}",
    message_en="Page {page}: {what_en}{ocr_en}",
    doc=RuleDoc(
        what="Lớp chữ của trang là chữ lỗi mã (lớp OCR hỏng của bản quét, phông không giải mã được): "
        "phần lớn các từ có dấu không phải âm tiết tiếng Việt; hoặc trang là ảnh quét không được đọc "
        "(chưa nhận dạng OCR được), kể cả trang quét chỉ có lớp chữ của dấu sao y hay dòng chữ ký. "
        "Trang đó có phương thức (method) “unread” hoặc “partial” trong JSON.",
        what_en="The page's text is garbage (a broken OCR layer, undecodable fonts): most words "
        "with diacritics are not Vietnamese syllables; or the page is a scanned image that could not be "
        "read (no OCR), a scan whose text layer holds only a stamp or a signature line included. Such a "
        "page has the method “unread” or “partial” in the JSON.",
        why="Trên chữ lỗi mã mọi kiểm tra khác đều vô nghĩa; tìm kiếm và trích dẫn văn bản điện tử sai. "
        "Một trang không đọc được thì chưa được kiểm tra: không phát hiện gì không có nghĩa là không có lỗi.",
        basis="Nghị định 30/2020/NĐ-CP, Điều 6 và Phụ lục I: văn bản điện tử phải đọc được, "
        "dùng phông chữ Unicode theo TCVN 6909:2001.",
        example="CØNG HOÀXÃ HØI CHæNGH(AVIÆT NAM",
        fix="Quét lại văn bản và nhận dạng chữ (OCR) bằng công cụ hỗ trợ tiếng Việt, "
        "hoặc xuất PDF trực tiếp từ tệp gốc; để công cụ tự đọc trang quét, cài Tesseract "
        "(apt-get install tesseract-ocr tesseract-ocr-vie).",
    ),
    fires=(
        "CØNG HOÀXÃ HØI CHæNGH(AVIÆT NAM \x10Ùc l-p - Tå do - H¡nh phúc\n"
        "V/v xin chç tr°¡ng tri¿n khai thñce hiÇn công tác cai nghiÇn ma túy tñ nguyÇn t¡i gia \x11ình",
        "BØ CÔNG AN CÔNG AN TÈNH LÂM \x10ÒNG SÑg8 /TTr- CAT-PC04 tri¿n khai thñce hiÇn "
        "nghiÇn t¡i \x11Óng \x11Ëa bàn tÉnh",
    ),
    passes=(
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
        "V/v xin chủ trương triển khai thực hiện công tác cai nghiện ma túy tự nguyện tại gia đình",
        "C¨n cø LuËt Tæ chøc ChÝnh phñ ngµy 25 th¸ng 12 n¨m 2001;",
    ),
)
def garbled_text(a: Analysis) -> Iterator[Hit]:
    ocr_pages = set(a.source.marked_pages("ocr_pages"))
    garbled = {"what": "chữ bị lỗi mã, không đọc được", "what_en": "the text is garbled and unreadable"}
    for page in a.source.marked_pages("garbled_pages"):
        start, end = _page_span(a.text, page)
        if page in ocr_pages:
            params = {"page": page, "ocr": "; đã thay bằng chữ nhận dạng OCR", "ocr_en": "; replaced by OCR text"}
            yield Hit(start, end, params | garbled, severity="info")
        else:
            yield Hit(start, end, {"page": page, "ocr": "", "ocr_en": ""} | garbled)
    unread = {
        "what": "ảnh trang quét chưa được đọc (chưa nhận dạng OCR), nội dung trang chưa được kiểm tra",
        "what_en": "the scanned page image was not read (no OCR); the page's content was not checked",
        "ocr": "",
        "ocr_en": "",
    }
    for page in a.source.marked_pages("unread_pages"):
        start, end = _page_span(a.text, page)
        yield Hit(start, end, {"page": page} | unread)


_REPLACEMENT = regex.compile(r"[\p{L}\p{M}\p{N}]*\ufffd+[\p{L}\p{M}\p{N}\ufffd]*")


@rule(
    "E003",
    "replacement-character",
    severity="warning",
    message="Ký tự lỗi “\ufffd” trong “{word}”: chữ này bị hỏng khi chuyển mã hoặc trích xuất",
    message_en="Replacement character “\ufffd” in “{word}”: the text was damaged by a conversion or extraction",
    doc=RuleDoc(
        what="Văn bản chứa ký tự thay thế U+FFFD (“\ufffd”), dấu hiệu một chữ đã mất khi chuyển bảng mã, "
        "sao chép từ tệp khác hoặc trích xuất từ PDF.",
        what_en="The text holds the replacement character U+FFFD, the mark of a letter lost in a conversion, "
        "a copy from another file, or PDF extraction.",
        why="Chữ bị mất không đọc được và không tìm kiếm được; văn bản ban hành phải dùng bộ mã Unicode "
        "TCVN 6909:2001 và hiển thị đúng mọi ký tự.",
        basis="Nghị định 30/2020/NĐ-CP, Phụ lục I, mục I.4: phông chữ tiếng Việt, bộ mã ký tự Unicode "
        "theo TCVN 6909:2001.",
        example="Quy chế được ban hành k\ufffdm theo Quyết định số 42/2018/QĐ-UBND",
        fix="Gõ lại chữ bị hỏng theo bản gốc; kiểm tra bảng mã của tệp nguồn.",
    ),
    fires=(
        "Quy chế được ban hành k\ufffdm theo Quyết định số 42/2018/QĐ-UBND.",
        "Báo cáo t\ufffd\ufffdnh hình thực hiện nhiệm vụ.",
    ),
    passes=("Quy chế được ban hành kèm theo Quyết định số 42/2018/QĐ-UBND.", "Ký hiệu ? và ¿ không phải ký tự lỗi."),
)
def replacement_character(a: Analysis) -> Iterator[Hit]:
    for m in _REPLACEMENT.finditer(a.text):
        yield Hit(m.start(), m.end(), {"word": m.group()})
