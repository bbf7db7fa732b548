"""References (family R): a document type written with a syllable missing ("Nghị số 24/2013/NQ-HĐND")."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from vnadmin_parse.rules.context import Analysis
from vnadmin_parse.rules.references import NOTE_ON_OCR, symbol_span
from vnadmin_parse.rules.registry import Hit, RuleDoc, rule
from vnadmin_parse.symbols import doc_types

#: The word and "số" right before a symbol: "… bãi bỏ Nghị số ".
_WORD_BEFORE = regex.compile(r"(?<!\p{L})(?P<word>\p{L}+)[ \t]+số[ \t]*:?[ \t]*$", regex.I)


def _completed(word: str, abbreviation: str) -> str | None:
    """The one type name of ``abbreviation`` that ``word`` is the first syllable of (and not the whole of)."""
    folded = doc_types.fold_word(word)
    names = {
        t.type
        for t in doc_types.types_for(abbreviation)
        if len(t.type.split()) > 1 and doc_types.fold_word(t.type.split()[0]) == folded
    }
    return names.pop() if len(names) == 1 else None


@rule(
    "R011",
    "truncated-type-word",
    severity="warning",
    message="Tên loại văn bản viết thiếu: “{written}” (ký hiệu {abbreviation} là “{type}”)",
    message_en="Document type with a syllable missing: “{written}” ({abbreviation} stands for “{type}”)",
    doc=RuleDoc(
        what="Trước số, ký hiệu chỉ có âm tiết đầu của tên loại văn bản (“Nghị số 24/2013/NQ-HĐND”), trong khi chữ "
        "viết tắt trong ký hiệu cho biết tên loại đầy đủ.",
        what_en="Only the first syllable of the document type stands before the symbol, whose type abbreviation "
        "gives the whole name.",
        why="Tên loại là phần bắt buộc khi viện dẫn; thiếu chữ khiến câu sai và người đọc phải đoán loại văn bản.",
        basis="Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 6 (viện dẫn ghi đủ tên loại, số, ký hiệu) "
        "và Phụ lục III (bảng chữ viết tắt tên loại văn bản).",
        example="bãi bỏ Nghị số 24/2013/NQ-HĐND → bãi bỏ Nghị quyết số 24/2013/NQ-HĐND",
        fix="Viết đủ tên loại văn bản theo chữ viết tắt trong ký hiệu.",
    ),
    fires=(
        "Đề nghị xây dựng Nghị quyết bãi bỏ Nghị số 24/2013/NQ-HĐND ngày 10/12/2013 của HĐND tỉnh.",
        "Thực hiện Thông số 02/2021/TT-BTC ngày 08/01/2021 của Bộ Tài chính.",
    ),
    passes=(
        "Đề nghị bãi bỏ Nghị quyết số 24/2013/NQ-HĐND ngày 10/12/2013 của HĐND tỉnh.",
        "Đề nghị bãi bỏ số 24/2013/NQ-HĐND ngày 10/12/2013 của HĐND tỉnh.",
        "Căn cứ Chỉ số 24/2013/NQ-HĐND ngày 10/12/2013 của HĐND tỉnh.",
        "Căn cứ Nghị định số 72/2015/NĐ-CP ngày 07/9/2015 của Chính phủ.",
    ),
    ocr=NOTE_ON_OCR,
)
def truncated_type_word(a: Analysis) -> Iterator[Hit]:
    for r in a.references:
        if r.type or not r.abbreviation or not r.canonical:
            continue
        s, e = symbol_span(r)
        before = _WORD_BEFORE.search(a.text, max(0, s - 40), s)
        if before is None or not (name := _completed(before["word"], r.abbreviation)):
            continue
        start = before.start("word")
        yield Hit(
            start,
            e,
            {"written": a.text[start:e], "abbreviation": r.abbreviation, "type": name},
            suggestion=f"{name} số {r.canonical}",
        )
