"""Typography and punctuation (family T): quotes, brackets, spacing around punctuation."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from vnadmin_parse.rules.context import Analysis
from vnadmin_parse.rules.registry import EVERY_OCR, Hit, OcrPolicy, RuleDoc, rule

_BASIS_ND30 = (
    "Nghị định 30/2020/NĐ-CP, Phụ lục I: văn bản trình bày bằng phông chữ tiếng Việt "
    "theo TCVN 6909:2001; dấu câu theo chuẩn chính tả tiếng Việt."
)
#: On OCR text a missing bracket or quote may be a mark the OCR lost: only a note, and only where the OCR read the
#: words with confidence 90 or more.
_MARKS_ON_OCR = OcrPolicy(note_below=EVERY_OCR, drop_below=90.0)
#: Spacing on OCR text is the OCR engine's, never the writer's: not reported.
_SPACING_ON_OCR = OcrPolicy(drop_below=EVERY_OCR)
_OPEN = {"“": "”", "(": ")", "[": "]"}
_CLOSE = {v: k for k, v in _OPEN.items()}
# "a)", "1)", "iv)" after a space or an opening quote: a list marker rather than a
# bracket — always at the start of a line or after ";", ":" or "."; elsewhere ("(liên 2)",
# "(A, B, Y)", "mục a)") only when no bracket is open to be closed.
_LIST_PAREN = regex.compile(r"(?:^|(?<=[\s\"“]))(?:[a-zđ]|\d{1,2}|[ivx]{1,4})\)", regex.IGNORECASE | regex.MULTILINE)
#: How far (in characters) a bracket may stay open: further on, a ")" closes something else.
_REACH = 600
#: An opening quote that does not start a paragraph.
_OPENER_INSIDE = regex.compile(r"(?<!^[ \t]*)“", regex.MULTILINE)
_CLAUSE_START = regex.compile(r"(?:^|[;:.])[ \t]*[\"“]?[ \t]*$", regex.MULTILINE)


def _pairs(text: str, opener: str) -> tuple[list[int], list[int]]:
    """Unmatched openers and closers of one bracket kind. A bracket closes within
    ``_REACH`` characters; a quotation mark anywhere after (it may run over paragraphs)."""
    closer = _OPEN[opener]
    markers: dict[int, bool] = {}  # a list marker's ")" → whether it surely is one
    if closer == ")":
        for m in _LIST_PAREN.finditer(text):
            line_start = text.rfind("\n", 0, m.start()) + 1
            markers[m.end() - 1] = bool(_CLAUSE_START.search(text, line_start, m.start()))
    reach = len(text) if opener == "“" else _REACH
    expired: list[int] = []
    stack: list[int] = []
    lonely_close: list[int] = []
    for m in regex.finditer(regex.escape(opener) + "|" + regex.escape(closer), text):  # every other character: no-op
        i, ch = m.start(), m.group()
        if ch == opener:
            stack.append(i)
        elif ch == closer:
            while stack and i - stack[0] > reach:
                expired.append(stack.pop(0))
            sure = markers.get(i)
            if sure or (sure is False and not stack):
                continue
            if stack:
                stack.pop()
            else:
                lonely_close.append(i)
    stack = expired + stack
    return stack, lonely_close


def _context(text: str, i: int, width: int = 24) -> tuple[int, int]:
    start = max(0, i - width)
    while start > 0 and not text[start - 1].isspace() and i - start < width + 12:
        start -= 1
    return start, i + 1


@rule(
    "T001",
    "unbalanced-quote",
    severity="warning",
    message="Dấu ngoặc kép {kind} không có dấu {other} tương ứng",
    message_en="{kind_en} quotation mark with no matching {other_en} one",
    doc=RuleDoc(
        what='Dấu ngoặc kép mở “ không có dấu đóng ” (hoặc ngược lại), hoặc số dấu " thẳng trong một đoạn là lẻ.',
        what_en="An opening quotation mark with no closing one, or the reverse.",
        why="Trích dẫn không rõ điểm bắt đầu, kết thúc làm người đọc không biết đâu là lời trích; "
        "thường do cắt dán đoạn trích dẫn mà bỏ sót một dấu.",
        basis=_BASIS_ND30,
        example="… phát triển Hải Phòng trong giai đoạn tới”.",
        fix="Thêm dấu mở “ ở đầu đoạn trích dẫn, hoặc bỏ dấu đóng ” thừa.",
    ),
    fires=(
        "phát triển Hải Phòng trong giai đoạn tới”.",
        "Khẩu hiệu “Hành động quyết liệt. Các đơn vị triển khai ngay.",
        "Kế hoạch “Nâng cao Chỉ số PCI năm 2026\nNgày 20/4, Trung tâm “Một cửa” đã báo cáo.",
        'Ông nói "xin chào. Hết.',
        'Sửa như sau:\n"Điều 13. Ban điều hành.\nĐiều 2. Chủ đề "Chuyển đổi số" của năm.',
        'Chủ đề Chuyển đổi số" của năm.\nĐoạn hai."',
    ),
    passes=(
        "Khẩu hiệu “Hành động quyết liệt” được treo.",
        'Chủ đề "Chuyển đổi số" của năm.',
        "“Đoạn một\n“Đoạn hai”",
        "sửa đổi như sau:\n“Điều 5. Phạm vi\n1. Khoản một gọi là “ABC”.\n2. Khoản hai.”\nĐiều 2. Hiệu lực “X”.",
        'Điều 13 được sửa đổi như sau:\n"Điều 13. Ban điều hành gồm:\na) Giám đốc;\nb) Các Phó Giám đốc."\nĐiều 2.',
    ),
    ocr=_MARKS_ON_OCR,
)
def unbalanced_quote(a: Analysis) -> Iterator[Hit]:
    text = a.text
    open_left, close_left = _pairs(text, "“")
    for i in close_left:
        s, e = _context(text, i)
        yield Hit(
            s,
            e,
            {"kind": "đóng ”", "other": "mở “", "kind_en": "Closing", "other_en": "opening"},
            suggestion="thêm dấu “ ở đầu đoạn trích dẫn hoặc bỏ dấu ” thừa",
        )
    # A quotation may run over paragraphs (an amended article quoted whole), reopening each
    # paragraph with “ or not, and close once: an opener is unmatched when no closer follows
    # it, or when another opener comes first other than at the start of a paragraph.
    for i in open_left:
        close = text.find("”", i + 1)
        reopen = _OPENER_INSIDE.search(text, i + 1)
        if close < 0 or (reopen is not None and reopen.start() < close):
            yield Hit(
                i,
                min(len(text), i + 24),
                {"kind": "mở “", "other": "đóng ”", "kind_en": "Opening", "other_en": "closing"},
                suggestion="thêm dấu ” ở cuối đoạn trích dẫn",
            )
    for i in _odd_straight_quotes(text):
        yield Hit(
            i,
            i + 1,
            {"kind": '"', "other": '"', "kind_en": "Straight", "other_en": "pairing"},
            suggestion="kiểm tra cặp dấu ngoặc kép trong đoạn",
        )


def _odd_straight_quotes(text: str) -> Iterator[int]:
    """The straight quotes left unpaired in their paragraph; a quotation may run over paragraphs
    (an amended article quoted whole) when a paragraph ends open and a later one starts by closing."""
    pending: int | None = None  # a quote that opens a quotation no paragraph has closed yet
    start = 0
    for para in text.split("\n"):
        positions = [start + m.start() for m in regex.finditer('"', para)]
        start += len(para) + 1
        if len(positions) % 2 == 0:
            continue
        if pending is not None and _closes(text, positions[0]):
            pending = None
            continue
        if pending is not None:
            yield pending
        pending = positions[-1] if _opens(text, positions[-1]) else None
        if pending is None:
            yield positions[-1]
    if pending is not None:
        yield pending


def _opens(text: str, i: int) -> bool:
    """A straight quote that opens: at a word's start, before a letter, digit or bracket."""
    return (i == 0 or text[i - 1] in " \t\n(:") and i + 1 < len(text) and not text[i + 1].isspace()


def _closes(text: str, i: int) -> bool:
    """A straight quote that closes: right after the end of a word or a stop."""
    return i > 0 and not text[i - 1].isspace() and (i + 1 == len(text) or not text[i + 1].isalnum())


@rule(
    "T002",
    "unbalanced-bracket",
    severity="warning",
    message="Dấu ngoặc {kind} không có dấu {other} tương ứng",
    message_en="{kind_en} bracket with no matching {other_en} one",
    doc=RuleDoc(
        what="Dấu ngoặc đơn/vuông mở mà không đóng, hoặc đóng mà không mở (không tính ký hiệu đề mục như “a)”, “1)”).",
        what_en="A parenthesis or square bracket that is opened and never closed, or closed and never opened.",
        why="Phần chú thích trong ngoặc không rõ phạm vi; thường là lỗi sót khi soạn thảo.",
        basis=_BASIS_ND30,
        example="(30/4/1975-30/4/2023, tổ chức Triển lãm",
        fix="Thêm dấu ngoặc còn thiếu hoặc bỏ dấu ngoặc thừa.",
    ),
    fires=(
        "Kỷ niệm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 -19/5/2023, triển lãm.",
        "thành phố) đã tổ chức.",
        "Thời gian (bao gồm thời gian lấy ý kiến (nếu có) kể từ ngày nhận hồ sơ hợp lệ.",
    ),
    passes=(
        "Kỷ niệm Ngày sinh (19/5/1890 -19/5/2023), triển lãm.",
        "a) Quốc hiệu;\nb) Tiêu ngữ;\n1) Một; 2) Hai.",
        "hoá đơn mua hàng bản gốc (liên 2) do hoàn cảnh khách quan",
        'được sửa đổi như sau:\n"a) Điểm thứ nhất;',
        "nội dung (gồm: a) tiến độ; b) kết quả).",
        "20 chữ cái in hoa (A, B, C, Y), ký hiệu gồm 2 chữ cái",
        "điều kiện nặng nhọc (Loại IV, V):",
        "gồm các mục a) tiến độ, b) kết quả.",
        "cá nhân (nếu có) kể từ ngày nhận.\nThời gian thẩm định quy định tại điểm a) khoản 2.",
        "gồm: (1) Tiến độ thu hút đầu tư; (2) kết quả thực hiện; (3) Kế hoạch gặp mặt.",
    ),
    ocr=_MARKS_ON_OCR,
)
def unbalanced_bracket(a: Analysis) -> Iterator[Hit]:
    text = a.text
    for opener in ("(", "["):
        closer = _OPEN[opener]
        open_left, close_left = _pairs(text, opener)
        for i in open_left:
            yield Hit(
                i,
                min(len(text), i + 24),
                {"kind": f"mở {opener}", "other": f"đóng {closer}", "kind_en": "Opening", "other_en": "closing"},
                suggestion=f"thêm dấu {closer}",
            )
        for i in close_left:
            s, e = _context(text, i)
            yield Hit(
                s,
                e,
                {"kind": f"đóng {closer}", "other": f"mở {opener}", "kind_en": "Closing", "other_en": "opening"},
                suggestion=f"thêm dấu {opener} hoặc bỏ dấu {closer} thừa",
            )


# A space before , ; : ! ? or a closing bracket/quote. "..." and "…" excluded
# (spacing around ellipsis varies legitimately); ":" after "Số" in drafts excluded.
_SPACE_BEFORE = regex.compile(r"(?<=[\p{L}\p{N}.)”])( +)([,;:!?)])(?!\d)")
_DOT_LEADER = regex.compile(r"\.\s+\.$")
_MISSING_AFTER = regex.compile(r"(?<=\p{Ll}{2})([,;])(?=\p{L})|(?<=[\p{L}\p{N}])(…)(?=\p{L})")


@rule(
    "T003",
    "space-before-punctuation",
    severity="info",
    message="Thừa dấu cách trước dấu “{mark}”",
    message_en="Space before “{mark}”",
    doc=RuleDoc(
        what="Có dấu cách đứng trước dấu phẩy, chấm phẩy, hai chấm, chấm than, chấm hỏi hoặc ngoặc đóng.",
        what_en="A space before a comma, semicolon, colon, exclamation or question mark, or a closing bracket.",
        why="Theo chuẩn trình bày văn bản tiếng Việt, dấu câu viết liền sau chữ đứng trước nó.",
        basis=_BASIS_ND30,
        example="Kỷ niệm 68 năm Ngày Giải phóng Hải Phòng... ; chỉ đạo",
        fix="Xoá dấu cách trước dấu câu.",
    ),
    fires=("Ngày Giải phóng Hải Phòng... ; chỉ đạo các đoàn", "các đơn vị , cá nhân"),
    passes=(
        "các đơn vị, cá nhân; Nơi nhận:",
        "tỷ lệ 1 : 500",
        "Số:     /TB-UBND",
        ". . . . , ngày. . . tháng. . . năm",
    ),
    ocr=_SPACING_ON_OCR,
)
def space_before_punctuation(a: Analysis) -> Iterator[Hit]:
    for m in _SPACE_BEFORE.finditer(a.text):
        mark = m.group(2)
        if mark == ":" and (
            a.text[max(0, m.start() - 3) : m.start()].endswith("Số") or a.text[m.start() - 1].isdigit()
        ):
            continue
        if _DOT_LEADER.search(a.text, max(0, m.start() - 8), m.start()):
            continue  # a form's blank to fill in: ". . . . , ngày"
        word = regex.search(r"\S+$", a.text[max(0, m.start() - 40) : m.start()])
        start = m.start() - len(word.group()) if word else m.start(1)
        yield Hit(start, m.end(2), {"mark": mark}, suggestion=a.text[start : m.start(1)] + mark)


@rule(
    "T004",
    "missing-space-after-punctuation",
    severity="info",
    message="Thiếu dấu cách sau dấu “{mark}”",
    message_en="Missing space after “{mark}”",
    doc=RuleDoc(
        what="Dấu phẩy, chấm phẩy hoặc dấu ba chấm viết liền với chữ đứng sau nó.",
        what_en="A comma, semicolon or ellipsis run into the next word.",
        why="Chữ dính liền dấu câu khó đọc và làm sai việc tìm kiếm, tách từ.",
        basis=_BASIS_ND30,
        example="thành phố Hải Phòng năm 2022…đến tất cả cán bộ",
        fix="Thêm một dấu cách sau dấu câu.",
    ),
    fires=("Hải Phòng năm 2022…đến tất cả", "cán bộ,công chức"),
    passes=("cán bộ, công chức", "tỷ lệ 1,5%", "TP.HCM", "V/v"),
    ocr=_SPACING_ON_OCR,
)
def missing_space_after(a: Analysis) -> Iterator[Hit]:
    for m in _MISSING_AFTER.finditer(a.text):
        mark = m.group(1) or m.group(2)
        left = regex.search(r"\S+$", a.text[max(0, m.start() - 40) : m.start()])
        right = regex.match(r"[^\s,;]+", a.text[m.end() : m.end() + 40])
        start = m.start() - (len(left.group()) if left else 0)
        end = m.end() + (len(right.group()) if right else 0)
        yield Hit(start, end, {"mark": mark}, suggestion=a.text[start : m.end()] + " " + a.text[m.end() : end])


_DOUBLE_SPACE = regex.compile(r"(?<=\S)  +(?=\S)")


@rule(
    "T005",
    "double-space",
    severity="info",
    message="Có {count} dấu cách liền nhau giữa hai từ",
    message_en="{count} consecutive spaces between words",
    doc=RuleDoc(
        what="Hai hoặc nhiều dấu cách liền nhau giữa các từ trong một dòng.",
        what_en="Two or more spaces between words.",
        why="Khoảng cách không đều làm văn bản thiếu chuẩn mực khi in; thường do soạn thảo hoặc chép từ nguồn khác.",
        basis=_BASIS_ND30,
        example="13/5/2023 (Thứ  Bảy)",
        fix="Thay bằng một dấu cách.",
    ),
    fires=("13/5/2023 (Thứ  Bảy)",),
    passes=("13/5/2023 (Thứ Bảy)", "Số:     /TB-UBND"),
    ocr=_SPACING_ON_OCR,
)
def double_space(a: Analysis) -> Iterator[Hit]:
    # Layout-extracted PDF text and drafts' blank fields use runs of spaces for
    # alignment: only a short run between two letters is an author's slip.
    for m in _DOUBLE_SPACE.finditer(a.text):
        if len(m.group()) > 3:
            continue
        before = a.text[m.start() - 1]
        after = a.text[m.end()]
        if not (before.isalpha() and after.isalpha()):
            continue
        left = regex.search(r"\S+$", a.text[max(0, m.start() - 40) : m.start()])
        right = regex.match(r"\S+", a.text[m.end() : m.end() + 40])
        start = m.start() - (len(left.group()) if left else 0)
        end = m.end() + (len(right.group()) if right else 0)
        yield Hit(
            start, end, {"count": len(m.group())}, suggestion=a.text[start : m.start()] + " " + a.text[m.end() : end]
        )
