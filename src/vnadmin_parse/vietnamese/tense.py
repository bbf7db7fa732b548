"""How a Vietnamese clause tells its event: planned, done or reported, by its aspect and plan markers."""

from __future__ import annotations

import regex

#: A plan: "sẽ", "dự kiến", "chuẩn bị", "kế hoạch", "được tổ chức vào" (not after "đã"), a deadline or a start.
_PLANNED = regex.compile(
    r"(?<!\p{L})(?:dự\s+kiến|sẽ|chuẩn\s+bị|phương\s+hướng|kế\s+hoạch|(?<!đã\s+)được\s+tổ\s+chức\s+vào"
    r"|đến\s+năm|trước\s+ngày|chậm\s+nhất|hạn\s+chót|thời\s+hạn|từ\s+ngày|kể\s+từ|hiệu\s+lực|áp\s+dụng)(?!\p{L})",
    regex.IGNORECASE,
)
#: An event told as done: "đã" (also "đã được"), "vừa".
_DONE = regex.compile(r"(?<!\p{L})(?:đã|vừa)(?!\p{L})", regex.IGNORECASE)
#: An outcome reported: "kết quả", "hoàn thành", "diễn ra thành công".
_REPORTED = regex.compile(r"(?<!\p{L})(?:kết\s+quả|hoàn\s+thành|diễn\s+ra\s+thành\s+công)(?!\p{L})", regex.IGNORECASE)


def tense(clause: str) -> str | None:
    """How a clause tells its event: "planned" (a plan marker, which wins), "done" ("đã", "vừa"),
    "reported" (an outcome: "kết quả", "hoàn thành", "diễn ra thành công"), or None.

    >>> tense("Hội nghị sẽ được tổ chức vào ngày 20/12/2024"), tense("Hội nghị được tổ chức vào ngày 20/12/2024")
    ('planned', 'planned')
    >>> tense("Hội nghị đã được tổ chức vào ngày 20/12/2024"), tense("Chương trình diễn ra thành công")
    ('done', 'reported')
    >>> tense("Hội nghị được tổ chức ngày 20/12/2024") is None
    True
    """
    if _PLANNED.search(clause):
        return "planned"
    if _DONE.search(clause):
        return "done"
    if _REPORTED.search(clause):
        return "reported"
    return None
