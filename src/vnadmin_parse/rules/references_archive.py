"""Rules checked across the documents of an archive (R012–R014), after an audit has read them all.

A document alone cannot show that its number was already used, that the document it
cites says otherwise, or that the cited document came later: the archive can. These
rules read the documents as the audit recorded them (``Filed``: the header and the
citations) and say which document each finding concerns; ``vnadmin_parse.audit.crossdoc``
runs them over the audit database and stores the findings with that document.

Precision first: a citation is matched to a document of the archive only when exactly one
document fits it — the same canonical symbol, the same year for numbers that restart every
year, and the same body when the symbol's code names no single body ("UBND", "HĐND").
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from functools import cache
from typing import TYPE_CHECKING, Any

from vnadmin_parse.catalog import KnownDocument, default_catalog
from vnadmin_parse.model import Severity
from vnadmin_parse.rules.registry import Hit, RuleDoc, rule
from vnadmin_parse.symbols import SymbolError, doc_types, parse_any
from vnadmin_parse.symbols.issuers import fold, lookup

if TYPE_CHECKING:
    from vnadmin_parse.rules.context import Analysis

_BASIS = (
    "Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư, Điều 15 (số của văn bản được "
    "ghi liên tục từ số 01 vào ngày 01 tháng 01 đến ngày 31 tháng 12 hằng năm) và Phụ lục I (ký hiệu, ngày "
    "tháng năm ban hành, trích yếu của văn bản)"
)
#: Titles of two renderings of one document (a signed PDF and its DOCX) may differ by extraction noise;
#: below this similarity they are two different documents.
SAME_TITLE = 0.6


@dataclass(frozen=True, slots=True)
class Citation:
    """A citation as the audit recorded it (offsets into the citing document's normalized text)."""

    canonical: str
    type: str | None = None
    date: str | None = None
    issuer: str | None = None
    title: str | None = None
    text: str = ""
    start: int | None = None
    end: int | None = None
    page: int | None = None
    line: int | None = None


@dataclass(frozen=True, slots=True)
class Filed:
    """One document of the archive: what its header says and what it cites."""

    key: str  # the audit's key of the document (SHA-1 of its bytes)
    path: str
    canonical: str | None = None
    type: str | None = None
    issuer: str | None = None
    date: str | None = None
    title: str | None = None
    citations: tuple[Citation, ...] = ()


@dataclass(frozen=True, slots=True)
class ArchiveHit:
    """A finding of an archive rule on the document ``key`` (at ``citation``, or on its header)."""

    key: str
    params: dict[str, Any] = field(default_factory=dict)
    citation: Citation | None = None
    suggestion: str | None = None
    severity: Severity | None = None  # overrides the rule's default

    def hit(self) -> Hit:
        """The hit for the registry's message (offsets are the citation's, 0 on the header)."""
        c = self.citation
        return Hit((c.start or 0) if c else 0, (c.end or 0) if c else 0, self.params, self.suggestion, self.severity)


ArchiveCheck = Callable[["Archive"], Iterator[ArchiveHit]]
#: The check of each archive rule, by code.
CHECKS: dict[str, ArchiveCheck] = {}


def _alone(_a: Analysis) -> Iterator[Hit]:
    """On one document alone an archive rule finds nothing: it needs the other documents."""
    return iter(())


def archive_rule(code: str, name: str, **spec: Any) -> Callable[[ArchiveCheck], ArchiveCheck]:
    """Register rule ``code`` (scope "archive"); the decorated function checks an ``Archive``."""

    def register(fn: ArchiveCheck) -> ArchiveCheck:
        rule(code, name, scope="archive", **spec)(_alone)
        CHECKS[code] = fn
        return fn

    return register


@cache
def _symbol(canonical: str) -> tuple[bool, bool]:
    """(the symbol carries its year, its code names one body) for ``canonical``."""
    try:
        symbol = parse_any(canonical)
    except SymbolError:
        return False, False
    levels = {i.level for i in map(lookup, symbol.issuers) if i is not None}
    one_body = bool(symbol.issuers) and len(levels) == len(symbol.issuers) and "local" not in levels
    return symbol.year is not None, one_body


def _same_body(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    fa, fb = fold(a), fold(b)
    return fa == fb or fa.endswith(fb) or fb.endswith(fa)


def _same_title(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True  # nothing to tell them apart
    return SequenceMatcher(None, fold(a), fold(b)).ratio() >= SAME_TITLE


def _fmt(iso: str) -> str:
    d = dt.date.fromisoformat(iso[:10])
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def _day(iso: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(iso[:10]) if iso else None
    except ValueError:
        return None


class Archive:
    """The documents of an archive, indexed by their own canonical symbol."""

    def __init__(self, documents: Iterable[Filed]) -> None:
        self.documents = list(documents)
        self.by_symbol: dict[str, list[Filed]] = defaultdict(list)
        for d in self.documents:
            if d.canonical:
                self.by_symbol[d.canonical].append(d)

    def candidates(self, c: Citation, citing: Filed) -> list[Filed]:
        """The documents of the archive that bear the cited symbol in the cited year (any body)."""
        with_year, _ = _symbol(c.canonical)
        found = [d for d in self.by_symbol.get(c.canonical, ()) if d.key != citing.key]
        if not with_year:
            if not c.date:
                return []
            found = [d for d in found if d.date and d.date[:4] == c.date[:4]]
        return found

    def cited(self, c: Citation, citing: Filed) -> Filed | None:
        """The one document of the archive that ``c`` cites, or None when none or several fit."""
        _, one_body = _symbol(c.canonical)
        found = self.candidates(c, citing)
        if not one_body:
            found = [d for d in found if _same_body(d.issuer, c.issuer)]
        distinct = {(d.date, fold(d.title or "")) for d in found}
        return found[0] if len(distinct) == 1 else None

    def missing(self) -> Iterator[tuple[Filed, Citation]]:
        """Citations of documents that the archive does not hold (nor the bundled national registry)."""
        national = default_catalog()
        for d in self.documents:
            for c in d.citations:
                if c.canonical in self.by_symbol or c.canonical == d.canonical:
                    continue
                if national.find(c.canonical, c.date) is None:
                    yield d, c


def _doc(body: str, number: str, place_date: str, heading: str, subject: str, text: str) -> str:
    """An example document: header, title and body, as a reviewer would type it."""
    return (
        f"{body}\nSố: {number}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n{place_date}\n\n"
        f"{heading}\n{subject}\n\n{text}\n"
    )


_BN = "ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH"
_BG = "ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG"
_PLAN = _doc(_BN, "29/KH-UBND", "Bắc Ninh, ngày 10 tháng 01 năm 2023", "KẾ HOẠCH", "Cải cách hành chính năm 2023", "")
_RULE_2023 = _doc(
    _BN, "7/2023/QĐ-UBND", "Bắc Ninh, ngày 20 tháng 6 năm 2023", "QUYẾT ĐỊNH", "Ban hành Quy chế công tác văn thư", ""
)


def _citing(text: str, date: str = "ngày 05 tháng 3 năm 2023") -> str:
    return _doc(_BN, "12/QĐ-UBND", f"Bắc Ninh, {date}", "QUYẾT ĐỊNH", "Về việc thành lập Tổ công tác", text)


# ---------------------------------------------------------------- R012


@archive_rule(
    "R012",
    "number-issued-twice",
    severity="warning",
    message="Số {number} của {issuer} đã được dùng cho một văn bản khác trong kho: {other} ({other_date})",
    message_en="Number {number} of {issuer} is also used by another document of the archive: {other} ({other_date})",
    doc=RuleDoc(
        what="Hai văn bản khác nhau trong kho mang cùng số và ký hiệu, cùng cơ quan ban hành (và cùng năm, với "
        "số đánh lại từ đầu mỗi năm): khác ngày ban hành, hoặc khác hẳn trích yếu. Hai bản của cùng một văn bản "
        "(bản PDF đã ký và bản DOCX, cùng ngày, cùng trích yếu) không bị báo.",
        what_en="Two different documents of the archive bear the same number and symbol from the same body (in the "
        "same year, for numbers that restart every year): with different dates, or clearly different subjects. "
        "Two renderings of one document (the signed PDF and the DOCX, same date and subject) are not reported.",
        why="Số văn bản của một cơ quan được cấp liên tục, mỗi số một văn bản; một số dùng hai lần làm việc viện "
        "dẫn, tra cứu và lưu trữ không xác định được văn bản nào.",
        basis=_BASIS,
        example="Quyết định số 12/QĐ-UBND ngày 05/3/2023 và Quyết định số 12/QĐ-UBND ngày 20/6/2023 của UBND tỉnh",
        fix="Đối chiếu sổ đăng ký văn bản đi; cấp lại số cho văn bản ban hành sau (hoặc đính chính số).",
    ),
    fires=(
        _citing("")
        + "\f"
        + _doc(_BN, "12/QĐ-UBND", "Bắc Ninh, ngày 20 tháng 6 năm 2023", "QUYẾT ĐỊNH", "Về việc phê duyệt dự toán", ""),
        _citing("") + "\f" + _citing("", "ngày 06 tháng 3 năm 2023"),
    ),
    passes=(
        _citing("") + "\f" + _citing("\n"),  # two files of one document: same date, same subject
        _citing("") + "\f" + _doc(_BG, "12/QĐ-UBND", "Bắc Giang, ngày 20 tháng 6 năm 2023", "QUYẾT ĐỊNH", "Về A", ""),
        _citing("") + "\f" + _citing("", "ngày 05 tháng 3 năm 2022"),  # numbers restart every year
    ),
)
def number_issued_twice(archive: Archive) -> Iterator[ArchiveHit]:
    groups: dict[tuple[str, str, str], list[Filed]] = defaultdict(list)
    for d in archive.documents:
        if d.canonical and d.issuer and d.date:
            with_year, _ = _symbol(d.canonical)
            groups[(d.canonical, fold(d.issuer), "" if with_year else d.date[:4])].append(d)
    for docs in groups.values():
        for d in docs:
            other = next(
                (o for o in docs if o.key != d.key and (o.date != d.date or not _same_title(o.title, d.title))), None
            )
            if other is not None and other.date:
                yield ArchiveHit(
                    d.key,
                    {
                        "number": d.canonical,
                        "issuer": d.issuer,
                        "other": other.path,
                        "other_date": _fmt(other.date),
                    },
                )


# ---------------------------------------------------------------- R013


@archive_rule(
    "R013",
    "archive-copy-mismatch",
    severity="warning",
    message="{label}: {field} ghi là {written}, nhưng bản lưu trong kho ghi {known} ({path})",
    message_en="{label}: {field_en} written as {written}, but the archive's copy says {known} ({path})",
    doc=RuleDoc(
        what="Văn bản được viện dẫn có bản lưu trong kho, nhưng ngày ban hành, năm trong trích yếu hoặc cơ quan "
        "ban hành ghi trong câu viện dẫn khác với bản lưu. Văn bản trung ương có trong danh mục kèm theo đã được "
        "R010 đối chiếu; cơ quan ban hành chỉ được so khi ngày và trích yếu khớp (ký hiệu như QĐ-UBND không "
        "tự chỉ ra một cơ quan).",
        what_en="A cited document has a copy in the archive, and the citation's date, subject year or issuing body "
        "disagrees with it. National documents of the bundled registry are R010's; the body is compared only when "
        "the date and the subject agree (a code such as QĐ-UBND does not name one body).",
        why="Bản lưu trong kho là văn bản đã ban hành; viện dẫn khác bản lưu thường là chép sai ngày, năm hoặc "
        "tên cơ quan.",
        basis=_BASIS,
        example="Căn cứ Kế hoạch số 29/KH-UBND ngày 15/01/2023 (bản lưu: ngày 10/01/2023)",
        fix="Đối chiếu bản lưu và sửa câu viện dẫn.",
    ),
    fires=(
        _PLAN
        + "\f"
        + _citing(
            "Căn cứ Kế hoạch số 29/KH-UBND ngày 15/01/2023 của Ủy ban nhân dân tỉnh Bắc Ninh về cải cách hành chính."
        ),
        _PLAN
        + "\f"
        + _citing(
            "Căn cứ Kế hoạch số 29/KH-UBND ngày 10/01/2023 của Ủy ban nhân dân tỉnh Bắc Giang về cải cách hành "
            "chính năm 2023."
        ),
        _PLAN
        + "\f"
        + _citing(
            "Căn cứ Kế hoạch số 29/KH-UBND ngày 10/01/2023 của Ủy ban nhân dân tỉnh Bắc Ninh về cải cách hành "
            "chính năm 2022."
        ),
    ),
    passes=(
        _PLAN
        + "\f"
        + _citing(
            "Căn cứ Kế hoạch số 29/KH-UBND ngày 10/01/2023 của Ủy ban nhân dân tỉnh Bắc Ninh về cải cách hành "
            "chính năm 2023."
        ),
        _PLAN
        + "\f"
        + _citing("Căn cứ Kế hoạch số 29/KH-UBND ngày 15/01/2023 của Ủy ban nhân dân tỉnh Bắc Giang về chuyển đổi số."),
        _PLAN + "\f" + _citing("Căn cứ Kế hoạch số 29/KH-UBND ngày 15/01/2022 của Ủy ban nhân dân tỉnh Bắc Ninh."),
    ),
)
def archive_copy_mismatch(archive: Archive) -> Iterator[ArchiveHit]:
    national = default_catalog()
    for d in archive.documents:
        for c in d.citations:
            if national.find(c.canonical, c.date) is not None:
                continue  # R010 compares it with the registry
            label = _label(c)
            known = archive.cited(c, d)
            if known is not None:
                if c.date and known.date and c.date[:10] != known.date[:10]:
                    yield _mismatch(d, c, known, label, ("ngày ban hành", "date of issue"), c.date, known.date)
                year, known_year = _subject_year(c.title), _subject_year(known.title)
                if year and known_year and year != known_year:
                    yield _mismatch(d, c, known, label, ("năm trong trích yếu", "subject year"), year, known_year)
                continue
            same = [
                k for k in archive.candidates(c, d) if c.date and k.date == c.date and _same_title(k.title, c.title)
            ]
            if (
                len(same) == 1
                and c.title
                and same[0].title
                and c.issuer
                and same[0].issuer
                and not _same_body(c.issuer, same[0].issuer)
            ):
                # another body may have issued the same number on the same day: a note, not a warning
                issuer = ("cơ quan ban hành", "issuing body")
                yield replace(_mismatch(d, c, same[0], label, issuer, c.issuer, same[0].issuer), severity="info")


def _label(c: Citation) -> str:
    word = doc_types.official_word(c.type or "") or c.type or "Văn bản"
    return f"{word} số {c.canonical}"


def _subject_year(title: str | None) -> str | None:
    year = KnownDocument("", None, None, None, title, "").subject_year
    return str(year) if year else None


def _mismatch(
    d: Filed, c: Citation, known: Filed, label: str, field: tuple[str, str], written: str, value: str
) -> ArchiveHit:
    show = _fmt if field[0] == "ngày ban hành" else str
    return ArchiveHit(
        d.key,
        {
            "label": label,
            "field": field[0],
            "field_en": field[1],
            "written": show(written),
            "known": show(value),
            "path": known.path,
        },
        c,
        show(value),
    )


# ---------------------------------------------------------------- R014


@archive_rule(
    "R014",
    "cites-a-later-document",
    severity="warning",
    message="{label} được viện dẫn, nhưng bản lưu trong kho ban hành ngày {known}, sau văn bản này ({own})",
    message_en="{label} is cited, but the archive's copy was issued on {known}, after this document ({own})",
    doc=RuleDoc(
        what="Văn bản viện dẫn một văn bản mà bản lưu trong kho cho thấy được ban hành sau chính nó. Câu viện "
        "dẫn không ghi ngày (khi có ghi ngày, R004 và R013 đã xét).",
        what_en="A document cites one that the archive shows was issued after it. The citation gives no date "
        "(when it does, R004 and R013 apply).",
        why="Không thể căn cứ một văn bản chưa ban hành: hoặc viện dẫn nhầm số, hoặc ngày của văn bản này sai.",
        basis=_BASIS,
        example="Quyết định ngày 05/3/2023 căn cứ Quyết định số 7/2023/QĐ-UBND (bản lưu: ngày 20/6/2023)",
        fix="Kiểm tra số của văn bản được viện dẫn và ngày của văn bản này.",
    ),
    fires=(
        _RULE_2023
        + "\f"
        + _citing("Căn cứ Quyết định số 7/2023/QĐ-UBND của Ủy ban nhân dân tỉnh Bắc Ninh về công tác văn thư."),
    ),
    passes=(
        _RULE_2023
        + "\f"
        + _citing(
            "Căn cứ Quyết định số 7/2023/QĐ-UBND của Ủy ban nhân dân tỉnh Bắc Ninh về công tác văn thư.",
            "ngày 05 tháng 7 năm 2023",
        ),
        _RULE_2023
        + "\f"
        + _citing("Căn cứ Quyết định số 7/2023/QĐ-UBND của Ủy ban nhân dân tỉnh Bắc Giang về công tác văn thư."),
    ),
)
def cites_a_later_document(archive: Archive) -> Iterator[ArchiveHit]:
    for d in archive.documents:
        own = _day(d.date)
        for c in d.citations:
            if own is None or c.date:
                continue
            known = archive.cited(c, d)
            when = _day(known.date) if known else None
            if known is not None and known.date and when is not None and when > own:
                yield ArchiveHit(
                    d.key, {"label": _label(c), "known": _fmt(known.date), "own": _fmt(own.isoformat())}, c
                )
