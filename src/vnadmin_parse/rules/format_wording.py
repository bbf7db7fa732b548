"""The fixed wording of a document's parts (family F): Quốc hiệu in capitals, Tiêu ngữ with each phrase's first
letter capitalised, the type name in capitals, and the colon after "Kính gửi", "Nơi nhận" and "Lưu"
(Nghị định 30/2020/NĐ-CP, Phụ lục I), read from the labelled spans of the structure parser.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import regex

from vnadmin_parse.model import Span
from vnadmin_parse.rules.context import Analysis
from vnadmin_parse.rules.format import OCR_NOTE, _nd30_applies, _sample
from vnadmin_parse.rules.registry import Hit, RuleDoc, rule


@dataclass(frozen=True, slots=True)
class Wording:
    """A part written against its fixed form: where, what is wrong (vi, en) and the form to write."""

    start: int
    end: int
    problem: str
    problem_en: str
    suggestion: str


#: Tiêu ngữ: three phrases, each with its first letter capitalised and the rest in lower case (Phụ lục I, Phần I,
#: mục II.1.b). The dash between them is a hyphen in the decree; an en dash put in by a word processor is
#: not judged (the official publications of the Gazette carry both).
_MOTTO = regex.compile(r"(độc\s+lập)(\s*[-–—]\s*)(tự\s+do)(\s*[-–—]\s*)(hạnh\s+phúc)", regex.IGNORECASE)
_MOTTO_FORM = ("Độc lập", "Tự do", "Hạnh phúc")


def _fixed_case(written: str, form: str) -> bool:
    return " ".join(written.split()) == form


def national_title(span: Span) -> Wording | None:
    """Quốc hiệu "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" written other than in capitals.

    >>> national_title(Span(0, 34, "Cộng hòa xã hội chủ nghĩa Việt Nam", "quoc_hieu")).suggestion
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
    >>> national_title(Span(0, 34, "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "quoc_hieu")) is None
    True
    """
    if span.text == span.text.upper():
        return None
    return Wording(
        span.start,
        span.end,
        "Quốc hiệu phải viết bằng chữ in hoa",
        "The national title must be written in capitals",
        span.text.upper(),
    )


def motto(span: Span) -> Wording | None:
    """Tiêu ngữ with a phrase's capitals wrong ("Độc Lập - Tự Do - Hạnh Phúc", "ĐỘC LẬP - TỰ DO - HẠNH PHÚC").

    >>> motto(Span(0, 27, "Độc Lập – Tự Do – Hạnh Phúc", "tieu_ngu")).suggestion
    'Độc lập – Tự do – Hạnh phúc'
    >>> motto(Span(0, 27, "Độc lập - Tự do - Hạnh phúc", "tieu_ngu")) is None
    True
    """
    m = _MOTTO.search(span.text)
    if m is None:
        return None
    phrases = (m.group(1), m.group(3), m.group(5))
    if all(_fixed_case(p, f) for p, f in zip(phrases, _MOTTO_FORM, strict=True)):
        return None
    written = f"{_MOTTO_FORM[0]}{m.group(2)}{_MOTTO_FORM[1]}{m.group(4)}{_MOTTO_FORM[2]}"
    return Wording(
        span.start + m.start(),
        span.start + m.end(),
        "Tiêu ngữ viết hoa chữ cái đầu của mỗi cụm từ, các chữ còn lại viết thường",
        "The motto capitalises the first letter of each phrase only",
        written,
    )


def type_name(span: Span) -> Wording | None:
    """The type name under the header ("Thông báo") not in capitals.

    >>> type_name(Span(0, 9, "Thông báo", "doc_type")).suggestion
    'THÔNG BÁO'
    """
    if span.text == span.text.upper():
        return None
    return Wording(
        span.start,
        span.end,
        f"Tên loại văn bản phải viết bằng chữ in hoa: “{span.text.upper()}”",
        f"The document type name must be written in capitals: “{span.text.upper()}”",
        span.text.upper(),
    )


#: A label that must be followed by a colon, at the head of its line: "Kính gửi", "Nơi nhận" (alone on its line) and
#: "Lưu" (the last recipient line, after its dash).
_LABEL = regex.compile(
    r"^[^\S\n]*(?:(?P<label>Kính gửi)[^\S\n]*(?P<next>.?)|(?P<label>Nơi nhận)[^\S\n]*(?P<next>:|$)"
    r"|[-+•][^\S\n]*(?P<label>Lưu)[^\S\n]*(?P<next>.?))",
    regex.MULTILINE,
)


def missing_colons(text: str, span: Span) -> Iterator[Wording]:
    """ "Kính gửi", "Nơi nhận" or "Lưu" at the head of a line of ``span`` (in ``text``) with no colon after it.

    >>> text = "Nơi nhận\\n- Như trên;\\n- Lưu VT, NC."
    >>> [w.suggestion for w in missing_colons(text, Span(0, len(text), text, "noi_nhan"))]
    ['Nơi nhận:', 'Lưu:']
    >>> text = "Xem: Nơi nhận hồ sơ\\n- Lưu: VT, NC."
    >>> list(missing_colons(text, Span(5, len(text), text[5:], "noi_nhan")))
    []
    """
    for m in _LABEL.finditer(text, span.start, span.end):
        label = m.group("label")
        if m.group("next") == ":" or (label == "Lưu" and not m.group("next")):
            continue  # "Lưu" alone at the end of a line: a wrapped word, not the records line
        yield Wording(
            m.start("label"),
            m.end("label"),
            f"Sau từ “{label}” phải có dấu hai chấm (:)",
            f"“{label}” must be followed by a colon",
            f"{label}:",
        )


def _wordings(a: Analysis) -> Iterator[Wording]:
    # The type name is judged under a header block (Quốc hiệu), not in a catalogue's run-on heading
    # ("Kế hoạch số 29/KH-UBND …" copied from a database).
    headed = a.document.fields.quoc_hieu and not a.document.fields.catalogue_header
    for span in a.document.spans:
        if span.label == "quoc_hieu":
            found = national_title(span)
        elif span.label == "tieu_ngu":
            found = motto(span)
        elif span.label == "doc_type" and headed:
            found = type_name(span)
        else:
            if span.label in ("kinh_gui", "noi_nhan"):
                yield from missing_colons(a.text, span)
            continue
        if found is not None:
            yield found


@rule(
    "F014",
    "fixed-wording",
    severity="warning",
    message="{problem}",
    message_en="{problem_en}",
    doc=RuleDoc(
        what="Các thành phần có cách viết cố định bị viết sai: Quốc hiệu không in hoa, Tiêu ngữ không viết hoa chữ cái "
        "đầu mỗi cụm từ, tên loại văn bản không in hoa, thiếu dấu hai chấm sau “Kính gửi”, “Nơi nhận”, “Lưu”.",
        what_en="Parts with a fixed form written otherwise: the national title not in capitals, the motto's "
        "phrases not capitalised as prescribed, the type name not in capitals, no colon after “Kính gửi”, "
        "“Nơi nhận” or “Lưu”.",
        why="Đây là các yếu tố thể thức bắt buộc, được kiểm tra khi văn thư đăng ký và phát hành văn bản; sai một "
        "chữ hoa hay một dấu hai chấm là sai thể thức.",
        basis="Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.1.a (Quốc hiệu in hoa), II.1.b (Tiêu ngữ: chữ cái "
        "đầu của các cụm từ được viết hoa, giữa các cụm từ có gạch nối), II.5.b (tên loại văn bản in hoa), "
        "II.9 (sau từ “Kính gửi”, “Nơi nhận”, “Lưu” có dấu hai chấm).",
        example="Độc Lập – Tự Do – Hạnh Phúc",
        fix="Viết đúng dạng cố định: “Độc lập - Tự do - Hạnh phúc”, “THÔNG BÁO”, “Nơi nhận:”, “Lưu: VT, …”.",
    ),
    fires=(
        _sample(national="CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc Lập - Tự Do - Hạnh Phúc"),
        _sample(national="CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐỘC LẬP - TỰ DO - HẠNH PHÚC"),
        _sample(national="Cộng hòa xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc"),
        _sample(number="Số: 280/TB-UBND", heading="Thông báo\nVề việc tổ chức hội nghị tập huấn năm 2024"),
        _sample(recipients="Nơi nhận\n- Thường trực HĐND tỉnh;\n- Lưu: VT, KTTH."),
        _sample(recipients="Nơi nhận:\n- Thường trực HĐND tỉnh;\n- Lưu VT, KTTH."),
    ),
    passes=(
        _sample(),
        _sample(national="CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc"),
        _sample(recipients="Nơi nhận:\n- Thường trực HĐND tỉnh;\n- Lưu: VT, KTTH (02b)."),
        "Các cơ quan lưu ý: Nơi nhận hồ sơ là Bộ phận một cửa.",
        "Kế hoạch số 29/KH-\nUBND ngày 30/01/2023 của Ủy ban nhân dân thành phố về công tác đối ngoại.",
        _sample(recipients="Nơi nhận hồ sơ: Bộ phận một cửa;\n- Lưu trữ tại đơn vị.\nNơi nhận:\n- Lưu: VT."),
    ),
    ocr=OCR_NOTE,
)
def fixed_wording(a: Analysis) -> Iterator[Hit]:
    if not _nd30_applies(a):
        return
    for w in _wordings(a):
        yield Hit(w.start, w.end, {"problem": w.problem, "problem_en": w.problem_en}, suggestion=w.suggestion)
