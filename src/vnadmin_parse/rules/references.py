"""References to documents (family R): malformed symbols, years and dates that disagree,
one document cited two ways, issuers misnamed, type words that contradict the symbol,
incomplete first citations, and disagreement with the registry of known documents."""

from __future__ import annotations

import contextlib
import datetime as dt
import difflib
from collections import Counter, defaultdict
from collections.abc import Iterator

import regex

from vnadmin_parse import catalog
from vnadmin_parse.isodates import fmt_date
from vnadmin_parse.model import Reference
from vnadmin_parse.office import OfficeWords
from vnadmin_parse.rules.context import Analysis
from vnadmin_parse.rules.references_lifetimes import agency_mentions, gone_in_text
from vnadmin_parse.rules.registry import AS_TYPED, EVERY_OCR, Hit, OcrPolicy, RuleDoc, rule
from vnadmin_parse.symbols import SymbolError, doc_types, issuers, parse_any
from vnadmin_parse.symbols.base import REPAIRS, compact

_BASIS_SYMBOL = (
    "Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 3: giữa số và ký hiệu có dấu gạch chéo (/), "
    "giữa các nhóm chữ viết tắt có dấu gạch nối (-), không cách chữ, ký hiệu viết in hoa; Luật Ban hành văn "
    "bản quy phạm pháp luật (số/năm/loại-cơ quan); Quy định 66-QĐ/TW (văn bản của Đảng: số-loại/cơ quan)."
)
_BASIS_CITE = (
    "Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 6: khi viện dẫn lần đầu phải ghi đầy đủ tên loại, "
    "số, ký hiệu, thời gian ban hành, tên cơ quan ban hành và trích yếu nội dung (Luật, Pháp lệnh chỉ ghi tên "
    "loại và tên); các lần viện dẫn tiếp theo chỉ ghi tên loại và số, ký hiệu."
)
_PLAN_TYPES = frozenset({"KH", "CTr", "PA", "ĐA"})
_PLAN_WORDS = frozenset(doc_types.fold_word(w) for w in ("Kế hoạch", "Chương trình", "Phương án", "Đề án"))
_LAW_TYPES = frozenset(doc_types.fold_word(w) for w in ("Luật", "Bộ luật", "Pháp lệnh", "Hiến pháp"))
#: Read by OCR, a lost hyphen, slash or syllable is as likely the scanner's as the writer's: a note only.
NOTE_ON_OCR = OcrPolicy(note_below=EVERY_OCR)
#: Symbols of documents issued before this year may part their groups by a slash, as some
#: issuers then did ("144/2002/QĐ/BTC" is the Ministry of Finance's own number): a citation
#: copies a symbol as it was issued.
_HYPHEN_YEAR = 2005


def _day(iso: str | None) -> dt.date | None:
    if not iso:
        return None
    try:
        return dt.date.fromisoformat(iso[:10])
    except ValueError:
        return None


def _fmt(iso: str) -> str:
    return fmt_date(dt.date.fromisoformat(iso))


def _groups(a: Analysis) -> dict[str, list[Reference]]:
    groups: dict[str, list[Reference]] = defaultdict(list)
    for r in a.references:
        if key := r.parts.group:
            groups[key].append(r)
    return groups


def _head(r: Reference) -> tuple[int, int]:
    return r.parts.head or (r.start, r.end)


def symbol_span(r: Reference) -> tuple[int, int]:
    """Where a reference's number and symbol are written (its head when it has none)."""
    return r.parts.symbol_span or _head(r)


def _label(r: Reference) -> str:
    word = doc_types.official_word(r.type or "") or r.type or "Văn bản"
    return f"{word} số {r.canonical}" if r.canonical else r.text[:80]


# ---------------------------------------------------------------- R001


@rule(
    "R001",
    "malformed-symbol",
    severity="warning",
    message="Số, ký hiệu “{written}” viết sai ({problems}); đúng là “{canonical}”",
    message_en="Malformed document symbol “{written}” ({problems_en}); should be “{canonical}”",
    doc=RuleDoc(
        what="Số, ký hiệu văn bản được viện dẫn viết sai dạng: thiếu dấu gạch nối, dùng sai dấu phân cách, "
        "có dấu cách thừa bên dấu gạch chéo hay gạch nối, viết thường, "
        "chữ viết tắt cơ quan bị thiếu chữ, văn bản của Đảng viết theo dạng văn bản nhà nước, "
        "hoặc năm trong số ký hiệu không thể có. Số, ký hiệu của văn bản ban hành trước năm 2005 mà chỉ khác "
        "ở dấu gạch chéo giữa các nhóm chữ (…/1998/QĐ/BTC), và của văn bản liên tịch (…/2016/TTLT/BTP-BCA, "
        "…/2014/NQLT/CP-UBTƯMTTQVN), thì không báo: một số cơ quan khi đó đánh số như vậy, "
        "và viện dẫn phải chép đúng số, ký hiệu như văn bản gốc. Số, ký hiệu không có năm của những năm trước 2001 "
        "(43/CP, 25-HĐBT, 1141-TC/QĐ/CĐKT, 89 TC/TCT, 31-L/CTN) được đọc đúng như văn bản gốc, không bị coi là sai.",
        what_en="A cited document symbol is written wrongly: missing hyphen, wrong separator, a stray space beside "
        "a slash or hyphen, lower case, "
        "truncated issuer code, a Party symbol written the state way, or an impossible year. A symbol of a "
        "document issued before 2005, or of a joint document (…/2016/TTLT/BTP-BCA), whose only fault is a slash "
        "between groups (…/1998/QĐ/BTC) is not "
        "reported: some issuers numbered that way then, and a citation copies the symbol as issued. Symbols with no "
        "year of the years before 2001 (43/CP, 25-HĐBT, 1141-TC/QĐ/CĐKT, 89 TC/TCT, 31-L/CTN) are read as issued, "
        "never as malformed.",
        why="Số, ký hiệu là khoá để tra cứu văn bản; viết sai thì không tra được và làm văn bản thiếu chính xác.",
        basis=_BASIS_SYMBOL,
        example="Nghị định số 72/2015/NĐCP → 72/2015/NĐ-CP; Chỉ thị số 04-CT/W → 04-CT/TW",
        fix="Sửa số, ký hiệu theo dạng đúng được gợi ý.",
    ),
    fires=(
        "Nghị định số 72/2015/NĐCP ngày 07/9/2015 của Chính phủ về quản lý hoạt động thông tin đối ngoại.",
        "Chỉ thị số 04-CT/W về tiếp tục đổi mới và nâng cao hiệu quả công tác đối ngoại nhân dân.",
        "Thực hiện Nghị quyết số 45/NQ-TW ngày 24/01/2019 của Bộ Chính trị.",
        "Căn cứ Thông tư số 40/2021/TT/BTC ngày 01/6/2021 của Bộ Tài chính.",
        "Căn cứ Nghị định số 45/25010/NĐ-CP ngày 01/02/2010 của Chính phủ.",
        "Thực hiện Kế hoạch số 29/kh-ubnd ngày 30/01/2023 của Ủy ban nhân dân thành phố.",
        "Căn cứ Luật Giao dịch điện tử số 20/2023QH15 ngày 22/6/2023;",
        "Thực hiện Thông tư số 01/2021/TT- BNV ngày 11/01/2021 của Bộ Nội vụ.",
        "Căn cứ Quyết định số 10/2023/QĐ UBND ngày 02/3/2023 của Ủy ban nhân dân tỉnh.",
        "Thực hiện Kế hoạch số 123/KH.UBND ngày 28/12/2023 của Ủy ban nhân dân tỉnh.",
        "Thực hiện Công văn số 45/CV-SVHTTDL ngày 05/01/2024 của Sở Văn hóa, Thể thao và Du lịch.",
    ),
    passes=(
        "Nghị định số 72/2015/NĐ-CP ngày 07/9/2015 của Chính phủ về quản lý hoạt động thông tin đối ngoại.",
        "Nghị quyết 45-NQ/TW ngày 24/01/2019 của Bộ Chính trị.",
        "Công văn số 2769/UBND-NCKSTTHC ngày 12/5/2024 của Ủy ban nhân dân tỉnh.",
        "Công văn số 120-CV/TU ngày 12/5/2024 của Ban Thường vụ Tỉnh ủy.",
        "Tờ trình số 298/TTr-CAT-PC04 ngày 24/10/2025 của Công an tỉnh.",
        "Thực hiện Kế hoạch số 29/KH-\nUBND ngày 30/01/2023 của Ủy ban nhân dân thành phố.",
        "Quyết định số 115/2004/QĐ-TTg ngày 25/6/2004 của Thủ tướng Chính phủ.",
        "Luật Ngân sách nhà nước số 83/2015/QH13.",
        "Ban hành kèm theo Quyết định số 1803/1998/QĐ/BTC ngày 11/12/1998 của Bộ trưởng Bộ Tài chính.",
        "Nghị quyết liên tịch số 01/2014/NQLT/CP-UBTƯMTTQVN ngày 18/11/2014 hướng dẫn phối hợp thực hiện.",
        "Theo Quyết định số 1141-TC/QĐ/CĐKT ngày 01/11/1995 của Bộ trưởng Bộ Tài chính.",
        "Thông tư số 89 TC/TCT ngày 9/11/1993 của Bộ Tài chính; Nghị định số 43/CP ngày 22/6/1993 của Chính phủ.",
    ),
    ocr=NOTE_ON_OCR,
)
def malformed_symbol(a: Analysis) -> Iterator[Hit]:
    spaced: set[str] = set()  # a stray space is noted once per written form, not at each of its citations
    for r in a.references:
        repairs = list(r.parts.repairs)
        if not repairs or not r.canonical:
            continue
        if repairs == ["wrong-separator"] and (
            (r.year is not None and r.year < _HYPHEN_YEAR) or (r.abbreviation or "").endswith("LT")
        ):
            continue  # numbered as its issuer then did; joint documents were issued with either separator
        s, e = symbol_span(r)
        shown = "space" in repairs or "space-for-hyphen" in repairs or "wrong-separator" in repairs
        written = " ".join(a.text[s:e].split()) if shown else compact(r.symbol or "")
        params = {
            "written": written,
            "canonical": r.canonical,
            "problems": "; ".join(REPAIRS[x][0] for x in repairs),
            "problems_en": "; ".join(REPAIRS[x][1] for x in repairs),
        }
        if "impossible-year" in repairs:
            date = _day(r.date)
            fixed = regex.sub(r"^(\d+)/\d+/", rf"\g<1>/{date.year}/", r.canonical) if date else None
            params["canonical"] = fixed or "?"
            yield Hit(s, e, params, suggestion=fixed, severity="error", ocr=AS_TYPED)  # a year, not a mark
            continue
        # A stray space alone changes nothing a reader looks up: a note only (OCR is the engine's policy).
        if repairs == ["space"]:
            if written not in spaced:
                spaced.add(written)
                yield Hit(s, e, params, suggestion=r.canonical, severity="info")
            continue
        yield Hit(s, e, params, suggestion=r.canonical)


# ---------------------------------------------------------------- R002


@rule(
    "R002",
    "symbol-year-vs-date",
    severity="warning",
    message="Năm trong số, ký hiệu {canonical} ({year}) khác năm ban hành ({date})",
    message_en="The year in {canonical} ({year}) differs from the date of issue ({date})",
    doc=RuleDoc(
        what="Văn bản quy phạm pháp luật ghi năm ban hành trong số, ký hiệu; năm đó phải trùng với năm "
        "của ngày ban hành được viện dẫn. Số, ký hiệu không có năm (văn bản trước năm 2001: 43/CP, 25-HĐBT) "
        "không có gì để so.",
        what_en="A legal document's symbol carries its year of issue; it must match the cited date. A symbol "
        "with no year (before 2001: 43/CP, 25-HĐBT) has none to compare.",
        why="Năm và ngày lệch nhau cho thấy một trong hai bị chép sai, người đọc không biết văn bản nào được viện dẫn.",
        basis=_BASIS_SYMBOL,
        example="Nghị định số 72/2015/NĐ-CP ngày 07/9/2016",
        fix="Kiểm tra lại văn bản gốc và sửa năm trong số ký hiệu hoặc ngày ban hành.",
    ),
    fires=(
        "Căn cứ Nghị định số 72/2015/NĐ-CP ngày 07/9/2016 của Chính phủ về quản lý hoạt động thông tin đối ngoại.",
        "Thông tư số 22/2016/TT-BTTTT ngày 19/10/2017 của Bộ Thông tin và Truyền thông.",
    ),
    passes=(
        "Căn cứ Nghị định số 72/2015/NĐ-CP ngày 07/9/2015 của Chính phủ về quản lý hoạt động thông tin đối ngoại.",
        "Kế hoạch số 29/KH-UBND ngày 30/01/2023 của Ủy ban nhân dân thành phố.",
        "Luật Đấu thầu số 22/2023/QH15.",
        "Căn cứ Nghị định số 43/CP ngày 22/6/1993 của Chính phủ.",
    ),
)
def symbol_year_vs_date(a: Analysis) -> Iterator[Hit]:
    for r in a.references:
        date = _day(r.date)
        if r.kind not in ("legal", "repeat") or r.year is None or date is None or r.canonical is None:
            continue
        if "impossible-year" in r.parts.repairs or r.year == date.year:
            continue
        s, e = _head(r)
        _, de = r.parts.date_span or (s, e)
        yield Hit(s, int(de), {"canonical": r.canonical, "year": r.year, "date": _fmt(r.date or "")})


# ---------------------------------------------------------------- R003


def _subject_key(title: str) -> str:
    return " ".join(regex.sub(r"năm\s+\d{4}", "năm", issuers.fold(title)).split())


@rule(
    "R003",
    "same-document-cited-differently",
    severity="warning",
    message="{label} được viện dẫn {what} khác nhau trong cùng văn bản: {variants}{verdict}",
    message_en="{label} is cited with different {what_en} in the same document: {variants}{verdict_en}",
    doc=RuleDoc(
        what="Cùng một văn bản (cùng số, ký hiệu) được viện dẫn nhiều lần với ngày ban hành khác nhau, hoặc với "
        "trích yếu chỉ khác nhau ở năm.",
        what_en="The same document is cited with different dates of issue, or subjects that differ in their year.",
        why="Một văn bản chỉ có một ngày ban hành và một trích yếu; hai cách ghi thì ít nhất một cách sai.",
        basis=_BASIS_CITE,
        example="Kế hoạch số 29/KH-UBND ngày 30/01/2023 … năm 2022 / … năm 2023",
        fix="Đối chiếu văn bản gốc và ghi thống nhất ngày ban hành, trích yếu.",
    ),
    fires=(
        "Thực hiện Kế hoạch số 29/KH-UBND ngày 30/01/2023 của Ủy ban nhân dân thành phố về công tác thông tin "
        "đối ngoại năm 2022; theo Kế hoạch số 29/KH-UBND ngày 30/01/2023 của Ủy ban nhân dân thành phố về công "
        "tác thông tin đối ngoại năm 2023.",
        "Căn cứ Nghị định số 72/2015/NĐ-CP ngày 07/9/2015 của Chính phủ; Nghị định số 72/2015/NĐ-CP ngày "
        "17/9/2015 của Chính phủ.",
    ),
    passes=(
        "Thực hiện Kế hoạch số 29/KH-UBND ngày 30/01/2023 của Ủy ban nhân dân thành phố về công tác thông tin "
        "đối ngoại năm 2023; theo Kế hoạch số 29/KH-UBND nêu trên.",
        "Căn cứ Nghị định số 72/2015/NĐ-CP ngày 07/9/2015 của Chính phủ; Nghị định số 72/2015/NĐ-CP.",
    ),
)
def same_document_cited_differently(a: Analysis) -> Iterator[Hit]:
    for group in _groups(a).values():
        dated = [r for r in group if r.date]
        if len({r.date for r in dated}) > 1:
            first = dated[0]
            for r in dated[1:]:
                if r.date != first.date:
                    s, e = _head(r)
                    variants = f"{_fmt(first.date or '')} và {_fmt(r.date or '')}"
                    yield Hit(
                        s,
                        e,
                        {
                            "label": _label(r),
                            "what": "với ngày ban hành",
                            "what_en": "dates",
                            "variants": variants,
                            "verdict": "",
                            "verdict_en": "",
                        },
                    )
                    break
        yield from _subject_conflict(group)


def _subject_conflict(group: list[Reference]) -> Iterator[Hit]:
    titled = [r for r in group if r.title and r.parts.subject_year]
    if len({_subject_key(r.title or "") for r in titled}) != 1 or len({r.parts.subject_year for r in titled}) < 2:
        return
    years = Counter(r.parts.subject_year or 0 for r in titled)
    date = _day(next((r.date for r in group if r.date), None))
    right = date.year if date and date.year in years and _is_plan(group[0]) else None
    wrong = [r for r in titled if right is not None and r.parts.subject_year != right]
    if not wrong:
        base = titled[0].parts.subject_year
        wrong = [r for r in titled if r.parts.subject_year != base]
    r = wrong[0]
    variants = " và ".join(f"“… năm {y}”" for y in sorted(years))
    verdict = verdict_en = ""
    if right is not None and date is not None:
        verdict = f"; văn bản ban hành ngày {_fmt(date.isoformat())} nên “năm {r.parts.subject_year}” là sai"
        verdict_en = f"; it was issued on {_fmt(date.isoformat())}, so “{r.parts.subject_year}” is wrong"
    s, e = r.parts.subject_year_span or _head(r)
    yield Hit(
        int(s),
        int(e),
        {
            "label": _label(r),
            "what": "với trích yếu",
            "what_en": "subjects",
            "variants": variants,
            "verdict": verdict,
            "verdict_en": verdict_en,
        },
        suggestion=str(right) if right is not None else None,
    )


def _is_plan(r: Reference) -> bool:
    return r.abbreviation in _PLAN_TYPES or doc_types.fold_word(r.type or "") in _PLAN_WORDS


# ---------------------------------------------------------------- R004


@rule(
    "R004",
    "cited-document-from-the-future",
    severity="error",
    message="{label} ngày {date} ban hành sau {later}",
    message_en="{label} dated {date} is later than {later_en}",
    doc=RuleDoc(
        what="Văn bản được viện dẫn có ngày ban hành sau ngày của chính văn bản đang soạn (hoặc sau ngày hôm nay).",
        what_en="A cited document is dated after the citing document (or after today).",
        why="Không thể căn cứ hay thực hiện một văn bản chưa ban hành; thường là gõ nhầm ngày hoặc năm.",
        basis=_BASIS_CITE,
        example="Báo cáo ngày 05/3/2023 viện dẫn Kế hoạch … ngày 30/5/2023",
        fix="Kiểm tra lại ngày ban hành của văn bản được viện dẫn.",
    ),
    fires=(
        "Thực hiện Kế hoạch số 12/KH-UBND ngày 05/3/2027 của Ủy ban nhân dân tỉnh về chuyển đổi số.",
        "Căn cứ Nghị định số 15/2027/NĐ-CP ngày 10/01/2027 của Chính phủ.",
    ),
    passes=(
        "Thực hiện Kế hoạch số 12/KH-UBND ngày 05/3/2023 của Ủy ban nhân dân tỉnh về chuyển đổi số.",
        "Căn cứ Nghị định số 72/2015/NĐ-CP ngày 07/9/2015 của Chính phủ.",
    ),
)
def cited_from_the_future(a: Analysis) -> Iterator[Hit]:
    own = _day(a.document.date)
    for r in a.references:
        date = _day(r.date)
        if date is None:
            continue
        s, e = _head(r)
        _, de = r.parts.date_span or (s, e)
        if own is not None and date > own:
            yield Hit(
                s,
                int(de),
                {
                    "label": _label(r),
                    "date": _fmt(r.date or ""),
                    "later": f"chính văn bản này ({_fmt(own.isoformat())})",
                    "later_en": f"this document ({_fmt(own.isoformat())})",
                },
            )
        elif date > a.today:
            yield Hit(
                s,
                int(de),
                {"label": _label(r), "date": _fmt(r.date or ""), "later": "ngày hôm nay", "later_en": "today"},
            )


# ---------------------------------------------------------------- R005


@rule(
    "R005",
    "subject-year-vs-date",
    severity="warning",
    message="{label} ban hành ngày {date} không thể là {kind} cho năm {year}",
    message_en="{label} issued on {date} cannot be the {kind_en} for {year}",
    doc=RuleDoc(
        what="Trích yếu của kế hoạch, chương trình, phương án, đề án nêu một năm đã qua so với ngày ban hành "
        "(kế hoạch ban hành tháng 01/2023 “cho năm 2022”).",
        what_en="A plan's subject names a year already past at its date of issue.",
        why="Kế hoạch được ban hành để thực hiện về sau; năm trong trích yếu sớm hơn năm ban hành là chép sai.",
        basis=_BASIS_CITE,
        example="Kế hoạch số 29/KH-UBND ngày 30/01/2023 … về công tác thông tin đối ngoại năm 2022",
        fix="Sửa năm trong trích yếu cho đúng với văn bản gốc.",
    ),
    fires=(
        "Thực hiện Kế hoạch số 29/KH-UBND ngày 30/01/2023 của Ủy ban nhân dân thành phố về công tác thông tin "
        "đối ngoại năm 2022;",
        "Theo Chương trình số 05/CTr-UBND ngày 10/02/2024 của Ủy ban nhân dân tỉnh về phát triển du lịch năm 2023;",
    ),
    passes=(
        "Thực hiện Kế hoạch số 29/KH-UBND ngày 30/01/2023 của Ủy ban nhân dân thành phố về công tác thông tin "
        "đối ngoại năm 2023;",
        "Theo Báo cáo số 15/BC-UBND ngày 10/01/2024 của Ủy ban nhân dân tỉnh về kết quả thực hiện năm 2023;",
        "Kế hoạch số 289/KH-UBND ngày 20/12/2022 về tổ chức các hoạt động đón Tết năm 2023;",
    ),
)
def subject_year_vs_date(a: Analysis) -> Iterator[Hit]:
    for r in a.references:
        date = _day(r.date)
        year = r.parts.subject_year
        if date is None or year is None or not _is_plan(r) or int(year) >= date.year:
            continue
        s, e = r.parts.subject_year_span or _head(r)
        kind = (r.type or "kế hoạch").casefold()
        yield Hit(
            int(s),
            int(e),
            {"label": _label(r), "date": _fmt(r.date or ""), "kind": kind, "kind_en": "plan", "year": year},
            suggestion=str(date.year),
        )


# ---------------------------------------------------------------- R006


def _closest(written: str, issuer: issuers.Issuer) -> float:
    w = issuers.fold(written)
    return max(
        difflib.SequenceMatcher(None, w[: len(issuers.fold(n)) + 4], issuers.fold(n)).ratio() for n in issuer.names()
    )


def _symbol_bodies(r: Reference) -> tuple[list[issuers.Issuer], set[str]]:
    """The bodies whose codes the symbol carries (each issuer of a joint symbol), and every code in it
    (units too: "1234/BTC-TCHQ" may be signed by the Tổng cục Hải quan)."""
    codes = [r.issuer_code or ""]
    with contextlib.suppress(SymbolError):
        codes = list(parse_any(r.canonical or "").issuers) or codes
    groups = set(regex.split(r"[-/]", (r.canonical or "").split("/", 1)[-1])) | set(codes)
    if r.unit_code:
        groups.add(r.unit_code)
    bodies = [b for c in codes if (b := issuers.lookup(c)) is not None]
    return bodies, {b.code for g in groups if (b := issuers.lookup(g)) is not None} | groups


def _agrees(named: issuers.Issuer, bodies: list[issuers.Issuer], codes: set[str]) -> bool:
    """Whether the body named may be the one the symbol stands for (or the body it belongs to: a resolution of
    the Judges' Council cited "của Tòa án nhân dân tối cao")."""
    return named.code in codes or any(named.code in b.part_of for b in bodies)


def _lifetime(body: issuers.Issuer, r: Reference) -> dict[str, str] | None:
    """A note when the cited document's date (or, without a date, its year) falls outside the body's life."""
    date = _day(r.date)
    if date is not None:
        alive, when, when_en = (
            body.existed_on(date),
            f"vào ngày {_fmt(date.isoformat())}",
            f"on {_fmt(date.isoformat())}",
        )
    elif r.year is not None:
        alive, when, when_en = body.existed_in(r.year), f"trong năm {r.year}", f"in {r.year}"
    else:
        return None
    if alive:
        return None
    if body.valid_from and (date or dt.date(r.year or 1, 12, 31)) < body.valid_from:
        since = _fmt(body.valid_from.isoformat())
        return {
            "problem": f"{body.name} chưa được thành lập {when} (thành lập từ ngày {since})",
            "problem_en": f"{body.name} did not yet exist {when_en} (it exists from {since})",
        }
    heirs = issuers.successors(body)
    now = f", nay là {' / '.join(h.name for h in heirs)}" if heirs else ""
    now_en = f"; its successor: {' / '.join(h.name for h in heirs)}" if heirs else ""
    if body.valid_to:
        end, end_en = (
            f"đến hết ngày {_fmt(body.valid_to.isoformat())}",
            f"it ended on {_fmt(body.valid_to.isoformat())}",
        )
    else:
        gone = body.gone_by.year - 1 if body.gone_by else ""
        end, end_en = f"chấm dứt trong năm {gone}", f"it ended in {gone}"
    return {
        "problem": f"{body.name} không còn tồn tại {when} ({end}{now})",
        "problem_en": f"{body.name} no longer existed {when_en} ({end_en}{now_en})",
    }


def _reserved(r: Reference) -> str | None:
    """The reserved type (Nghị định, Thông tư, Pháp lệnh…) of a reference, by its abbreviation or its type word."""
    if r.abbreviation:
        return r.abbreviation if r.abbreviation in issuers.reserved_types() else None
    found = doc_types.abbreviations_of_word(r.type or "") & issuers.reserved_types()
    return next(iter(found)) if len(found) == 1 else None


def _type_word(abbreviation: str) -> str:
    return next((t.type for t in doc_types.types_for(abbreviation) if t.family == "legal"), abbreviation)


def _issuers_of(abbreviation: str) -> str:
    """Who issues a reserved type today, the ministries named as a group."""
    now = [i for i in issuers.issuers().values() if abbreviation in i.doc_types and not i.valid_to]
    names = [i.name for i in now if i.level not in ("ministry", "agency")]
    if any(i.level == "ministry" for i in now):
        names.insert(0, "các bộ, cơ quan ngang bộ")
    return ", ".join(names)


def _office_bodies(a: Analysis) -> dict[str, str]:
    """The office's own bodies (configuration ``bodies``: code → name)."""
    office = a.options.get("office")
    return dict(office.bodies) if isinstance(office, OfficeWords) else {}


def _office_mismatch(a: Analysis, r: Reference) -> Iterator[Hit]:
    """R006 for a code the tables lack but the office's configuration gives ("BQLDA" = "Ban Quản lý dự án"):
    the body named after "của" is another body (of the central or local tables, or of the office), or its
    name is misspelt."""
    own = _office_bodies(a)
    name = own.get(r.issuer_code or "")
    if name is None or not r.issuer:
        return
    s, e = r.parts.issuer_span or _head(r)
    written = issuers.fold(issuers.without_title(r.issuer))
    if written.startswith(issuers.fold(name)):
        return
    named = next((m.name for m in agency_mentions(a) if s <= m.start < e and m.name), None)
    other = named or next((n for n in own.values() if written.startswith(issuers.fold(n))), None)
    if other is not None:
        yield Hit(
            s,
            e,
            {
                "problem": f"Ký hiệu {r.canonical} là của {name} ({r.issuer_code}, theo cấu hình của cơ quan), "
                f"nhưng cơ quan ban hành ghi là “{r.issuer}”",
                "problem_en": f"{r.canonical} is issued by {name} (the office's configuration), not “{r.issuer}”",
            },
            suggestion=name,
        )
    elif difflib.SequenceMatcher(None, written[: len(name) + 4], issuers.fold(name)).ratio() >= 0.85:
        yield Hit(
            s,
            e,
            {
                "problem": f"Tên cơ quan ban hành ghi sai: “{r.issuer}”, đúng là “{name}”",
                "problem_en": f"Issuer misnamed: “{r.issuer}” should be “{name}”",
            },
            suggestion=name,
        )


def _named_wrong(a: Analysis, start: int, end: int, body: issuers.Issuer) -> bool:
    """Whether the agency names report this body's name as written wrong within ``start``–``end`` (S009 for a
    dropped "và" or comma or a wrong diacritic, F012 for capitals): that finding, which says what is wrong,
    stands for the mistake, and R006 does not repeat it."""
    return any(m.problem and m.name == body.name and m.start < end and start < m.end for m in agency_mentions(a))


@rule(
    "R006",
    "issuer-mismatch",
    severity="warning",
    message="{problem}",
    message_en="{problem_en}",
    doc=RuleDoc(
        what="Tên cơ quan ban hành ghi sau số, ký hiệu không khớp với chữ viết tắt cơ quan trong ký hiệu (Thông tư "
        "…/TT-BXD ghi “của Bộ Công Thương”), bị ghi sai tên, không có thẩm quyền ban hành loại văn bản đó (Nghị định "
        "chỉ do Chính phủ ban hành, Thông tư do Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chánh án Tòa án nhân dân tối "
        "cao, Viện trưởng Viện kiểm sát nhân dân tối cao ban hành, Pháp lệnh do Ủy ban Thường vụ Quốc hội ban hành), "
        "hoặc (ghi chú, mức thông tin) cơ quan đó chưa thành lập hay không còn tồn tại vào ngày ban hành văn bản được "
        "viện dẫn — kèm tên cơ quan kế thừa; cũng ghi chú khi văn bản ban hành sau ngày cơ quan chấm dứt mà vẫn nêu "
        "cơ quan đó như đang tồn tại (“Đề nghị Bộ Kế hoạch và Đầu tư tổng hợp” trong văn bản năm 2026), trừ khi câu "
        "nói về quá khứ (“nguyên”, “(cũ)”, “trước đây”, việc sắp xếp, hợp nhất, tiếp nhận, hay một năm, một ngày "
        "trước khi cơ quan chấm dứt). Viện dẫn một văn bản cũ ban hành khi cơ quan còn tồn tại thì không báo. "
        "Bảng cơ quan ban hành (data/issuers.json) ghi căn cứ pháp lý của từng cơ quan và thời gian tồn tại (các đợt "
        "sắp xếp năm 2002, 2007 và từ 01/3/2025).",
        what_en="The issuing body named does not match the issuer code in the symbol (a TT-BXD circular cited "
        "“of the Ministry of Industry and Trade”), is misnamed, may not issue that type of document (a decree is the "
        "Government's only; a circular a minister's; an ordinance the Standing Committee's), or (a note, severity "
        "info) did not exist on the cited document's date, with the body that took over; also a body named as if "
        "it still existed in a document dated after its end, unless the sentence speaks of the past. Citing an old "
        "document issued while the body existed is not reported.",
        why="Tên cơ quan ban hành là một thành phần bắt buộc khi viện dẫn lần đầu; ghi sai tên, sai thẩm quyền là sai "
        "thể thức và làm người đọc không tìm được văn bản.",
        basis=_BASIS_CITE + " Luật Ban hành văn bản quy phạm pháp luật, Điều 4 (thẩm quyền ban hành); Nghị quyết số "
        "02/2002/QH11, 01/2007/QH12, 176/2025/QH15 của Quốc hội (cơ cấu tổ chức của Chính phủ).",
        example="Thông tư số 12/2016/TT-BXD … của Bộ Công Thương → của Bộ Xây dựng; Nghị định số 72/2015/NĐ-CP … của "
        "Bộ Y tế → của Chính phủ; Công văn số 123/BKHĐT-TH ngày 15/4/2025 của Bộ Kế hoạch và Đầu tư → ghi chú: từ "
        "01/3/2025 là Bộ Tài chính",
        fix="Ghi đúng tên đầy đủ của cơ quan ban hành theo chữ viết tắt trong ký hiệu (hoặc sửa ký hiệu nếu tên cơ "
        "quan đúng); với cơ quan đã hợp nhất, kiểm tra lại số, ký hiệu và ngày của văn bản được viện dẫn.",
    ),
    fires=(
        "Thông tư số 22/2016/TT-BTTTT ngày 19/10/2016 của Bộ Thông tin và Tuyền thông;",
        "Thông tư số 40/2000/TT-BTC ngày 15/5/2000 của Bộ Thông tin và Truyền thông;",
        "Quyết định số 12/2001/QĐ-HĐBT ngày 05/3/2001 của Hội đồng Bộ trưởng;",
        "Căn cứ Thông tư số 12/2016/TT-BXD ngày 29/6/2016 của Bộ Công Thương;",
        "Căn cứ Nghị định số 72/2015/NĐ-CP ngày 07/9/2015 của Bộ Y tế;",
        "Thực hiện Quyết định số 1234/QĐ-TTg ngày 12/8/2022 của Bộ Kế hoạch và Đầu tư;",
        "Căn cứ Thông tư số 05/2020/TT-CP ngày 10/3/2020 của Chính phủ;",
        "Thực hiện Công văn số 2345/BKHĐT-TH ngày 15/4/2025 của Bộ Kế hoạch và Đầu tư;",
        "Quảng Ngãi, ngày 05 tháng 01 năm 2026\nĐề nghị Bộ Kế hoạch và Đầu tư tổng hợp, báo cáo.",
    ),
    passes=(
        "Thông tư số 22/2016/TT-BTTTT ngày 19/10/2016 của Bộ Thông tin và Truyền thông;",
        # The name without its "và": S009 reports it, once.
        "Thông tư số 22/2016/TT-BTTTT ngày 19/10/2016 của Bộ Thông tin Truyền thông;",
        "Nghị quyết 45-NQ/TW ngày 24/01/2019 của Bộ Chính trị;",
        "Quyết định số 42/2018/QĐ-UBND ngày 28/12/2018 của Uỷ ban nhân dân thành phố;",
        "Thông tư số 40/2000/TT-BTC ngày 15/5/2000 của Bộ trưởng Bộ Tài chính;",
        "Kế hoạch số 186/KH-UBND ngày 17/9/2024 của UBND tỉnh;",
        "Kết luận số 184/KL-TTr ngày 06/9/2024 của Thanh tra Bộ Lao động - Thương binh và Xã hội;",
        "Căn cứ Thông tư số 12/2016/TT-BXD ngày 29/6/2016 của Bộ Xây dựng;",
        "Căn cứ Thông tư số 06/2022/TT-BKHĐT ngày 10/5/2022 của Bộ Kế hoạch và Đầu tư;",
        "Thông tư liên tịch số 02/2015/TTLT-BTC-BYT ngày 05/01/2015 của Bộ Y tế và Bộ Tài chính;",
        "Công văn số 1234/BTC-TCHQ ngày 10/3/2020 của Tổng cục Hải quan;",
        "Nghị quyết số 03/2015/NQ-HĐTP ngày 28/10/2015 của Tòa án nhân dân tối cao;",
        "Quyết định số 66/QĐ-QP ngày 24/01/1997 của Bộ trưởng Bộ Quốc phòng;",
        "Quyết định số 595/QĐ-BHXH ngày 14/4/2017 của Tổng Giám đốc Bảo hiểm xã hội Việt Nam;",
        "Quảng Ngãi, ngày 05 tháng 01 năm 2026\nNăm 2024, Sở Kế hoạch và Đầu tư đã tham mưu; ông A, nguyên Giám đốc "
        "Sở Giao thông vận tải, và Sở Tài chính tiếp nhận nhiệm vụ của Sở Kế hoạch và Đầu tư.",
    ),
)
def issuer_mismatch(a: Analysis) -> Iterator[Hit]:
    for r in a.references:
        if not r.issuer or not r.issuer_code or r.kind == "named":
            continue
        known = issuers.lookup(r.issuer_code)
        if known is None:
            yield from _office_mismatch(a, r)
            continue
        s, e = r.parts.issuer_span or _head(r)
        bodies, codes = _symbol_bodies(r)
        # The name is read again from the text: a type word inside it ("Bộ Kế hoạch và Đầu tư") may have cut it.
        line = a.text[s : a.text.find("\n", s) % (len(a.text) + 1)]
        found = issuers.read_name(line)
        named = found[0] if found else None
        if found and s + found[1] > e:
            e = s + found[1]
        reserved = _reserved(r)
        if named is not None and _agrees(named, bodies, codes):
            body = next((b for b in bodies if b.code == named.code), named)
            if reserved and len(bodies) == 1 and not body.may_issue(reserved):
                word = _type_word(reserved)
                yield Hit(
                    s,
                    e,
                    {
                        "problem": f"{body.name} không ban hành {word} ({reserved}); {word} do {_issuers_of(reserved)} "
                        "ban hành",
                        "problem_en": f"{body.name} does not issue a {word} ({reserved})",
                    },
                )
            elif note := _lifetime(body, r):
                yield Hit(s, e, note, severity="info")
            continue
        if named is not None:
            date = _day(r.date)
            fix = known.name if date is None or known.existed_on(date) else None
            if reserved and not named.may_issue(reserved) and known.may_issue(reserved):
                word = _type_word(reserved)
                problem = (
                    f"{word} ({r.canonical}) là văn bản của {known.name}, không phải của {named.name}: "
                    f"{named.name} không ban hành {word}"
                )
                problem_en = f"A {word} ({r.canonical}) is issued by {known.name}, not by {named.name}"
            else:
                written = " ".join(a.text[s:e].split())  # the name as read again, not cut at a type word
                problem = (
                    f"Ký hiệu {r.canonical} là của {known.name} ({known.code}), "
                    f"nhưng cơ quan ban hành ghi là “{written}”"
                )
                problem_en = f"{r.canonical} is issued by {known.name}, not “{written}”"
            yield Hit(s, e, {"problem": problem, "problem_en": problem_en}, suggestion=fix)
        elif _closest(issuers.without_title(r.issuer), known) >= 0.85 and not _named_wrong(a, s, e, known):
            yield Hit(
                s,
                e,
                {
                    "problem": f"Tên cơ quan ban hành ghi sai: “{r.issuer}”, đúng là “{known.name}”",
                    "problem_en": f"Issuer misnamed: “{r.issuer}” should be “{known.name}”",
                },
                suggestion=known.name,
            )
    yield from gone_in_text(a)


# ---------------------------------------------------------------- R007


@rule(
    "R007",
    "type-word-vs-abbreviation",
    severity="warning",
    message="Tên loại “{word}” không khớp với chữ viết tắt “{abbreviation}” trong ký hiệu {canonical} ({expected})",
    message_en="Type word “{word}” contradicts the abbreviation “{abbreviation}” in {canonical} ({expected_en})",
    doc=RuleDoc(
        what="Tên loại văn bản ghi trước số, ký hiệu khác với tên loại mà chữ viết tắt trong ký hiệu chỉ ra "
        "(Phụ lục III Nghị định 30/2020/NĐ-CP).",
        what_en="The type word before the number contradicts the type abbreviation inside the symbol.",
        why="Một trong hai bị ghi sai: hoặc tên loại, hoặc số ký hiệu; người đọc không tìm được đúng văn bản.",
        basis="Nghị định 30/2020/NĐ-CP, Phụ lục III (bảng chữ viết tắt tên loại văn bản).",
        example="Kế hoạch số 15/CT-UBND → Chỉ thị số 15/CT-UBND",
        fix="Sửa tên loại hoặc ký hiệu cho khớp với văn bản gốc.",
    ),
    fires=(
        "Thực hiện Kế hoạch số 15/CT-UBND ngày 20/12/2022 của Ủy ban nhân dân thành phố.",
        "Tại Kế hoạch số 1109/QĐ-UBND ngày 31/3/2026 của UBND tỉnh.",
        "Theo Công văn số 45/KH-UBND ngày 10/3/2024 của UBND tỉnh.",
    ),
    passes=(
        "Chỉ thị số 15/CT-UBND ngày 20/12/2022 của Ủy ban nhân dân thành phố.",
        "Công văn số 4643/UBND-KGVX ngày 28/8/2024.",
        "Quy định 66-QĐ/TW của Ban Chấp hành Trung ương.",
        "Luật Đấu thầu số 22/2023/QH15.",
        "Pháp lệnh xử phạt hành chính số 44/2002/PL-UBTVQH10 ngày 02/7/2002.",
    ),
)
def type_word_vs_abbreviation(a: Analysis) -> Iterator[Hit]:
    for r in a.references:
        if not r.type or r.parts.inherited_type or not r.abbreviation or r.kind == "named":
            continue
        allowed = doc_types.abbreviations_of_word(r.type)
        if not allowed or r.abbreviation in allowed:
            continue
        expected = sorted({t.type for t in doc_types.types_for(r.abbreviation)})
        s, e = _head(r)
        yield Hit(
            s,
            e,
            {
                "word": r.type,
                "abbreviation": r.abbreviation,
                "canonical": r.canonical,
                "expected": f"{r.abbreviation} là {' / '.join(expected)}" if expected else "không rõ tên loại",
                "expected_en": f"{r.abbreviation} stands for {' / '.join(expected)}" if expected else "unknown type",
            },
            suggestion=f"{expected[0]} số {r.canonical}" if len(expected) == 1 else None,
        )


# ---------------------------------------------------------------- R008, R009


def _needs_full_citation(r: Reference) -> bool:
    return (
        r.kind not in ("named", "repeat")
        and doc_types.fold_word(r.type or "") not in _LAW_TYPES
        and not (r.issuer_code or "").startswith("QH")
    )


@rule(
    "R008",
    "first-citation-incomplete",
    severity="info",
    message="Viện dẫn lần đầu {label} thiếu {missing}",
    message_en="First citation of {label} lacks {missing_en}",
    doc=RuleDoc(
        what="Lần viện dẫn đầu tiên của một văn bản (trừ Luật, Pháp lệnh) không ghi ngày ban hành.",
        what_en="The first citation of a document (other than a law) does not give its date of issue.",
        why="Thiếu ngày ban hành thì không xác định được văn bản: số ký hiệu của văn bản hành chính chỉ duy nhất "
        "trong một năm của một cơ quan.",
        basis=_BASIS_CITE,
        example="Kế hoạch số 205/KH-SVHTT về Tổ chức các hoạt động … (thiếu ngày ban hành)",
        fix="Bổ sung ngày, tháng, năm ban hành (và tên cơ quan ban hành) ở lần viện dẫn đầu tiên.",
    ),
    fires=(
        "Sở đã ban hành Kế hoạch số 205/KH-SVHTT về tổ chức các hoạt động trong dịp Tết.",
        "Tuyên truyền Chỉ thị số 04-CT/TW về tiếp tục đổi mới công tác đối ngoại nhân dân.",
    ),
    passes=(
        "Kế hoạch số 205/KH-SVHTT ngày 05/01/2023 của Sở Văn hóa và Thể thao về tổ chức các hoạt động.",
        "Căn cứ Luật Đấu thầu số 22/2023/QH15;",
        "Kế hoạch số 29/KH-UBND ngày 30/01/2023 của UBND thành phố; Kế hoạch số 29/KH-UBND nêu trên.",
        "ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 12/UBND-NC\nV/v triển khai Công văn số 3980/C04-P6 của Cục Cảnh sát "
        "điều tra tội phạm về ma túy\n\nKính gửi: Công an tỉnh\n\nỦy ban nhân dân tỉnh nhận được Công văn số "
        "3980/C04-P6 ngày 28/8/2025 của Cục Cảnh sát điều tra tội phạm về ma túy.",
    ),
)
def first_citation_incomplete(a: Analysis) -> Iterator[Hit]:
    # The subject line ("V/v triển khai Công văn số …") names a document briefly by design:
    # the first citation that must be complete is the first one in the body.
    subject = [(sp.start, sp.end) for sp in a.document.spans_of("subject")]
    for group in _groups(a).values():
        first = next((r for r in group if not any(s <= r.start < e for s, e in subject)), None)
        if first is None or not _needs_full_citation(first) or first.date:
            continue
        missing = "ngày ban hành" + ("" if first.issuer else " và cơ quan ban hành")
        missing_en = "its date of issue" + ("" if first.issuer else " and issuer")
        s, e = _head(first)
        yield Hit(s, e, {"label": _label(first), "missing": missing, "missing_en": missing_en})


@rule(
    "R009",
    "repeated-full-citation",
    severity="info",
    message="{label} đã được viện dẫn đầy đủ ở trên; lần sau chỉ cần ghi tên loại và số, ký hiệu",
    message_en="{label} was already cited in full; later mentions need only type and number",
    doc=RuleDoc(
        what="Một văn bản đã được viện dẫn đầy đủ lại được ghi đầy đủ ngày ban hành, cơ quan ban hành ở lần sau.",
        what_en="A document already cited in full is cited in full again.",
        why="Phụ lục I Nghị định 30/2020/NĐ-CP: các lần viện dẫn tiếp theo chỉ ghi tên loại và số, ký hiệu; "
        "ghi lại đầy đủ làm văn bản dài và dễ chép sai lệch giữa các lần.",
        basis=_BASIS_CITE,
        example="Kế hoạch số 29/KH-UBND ngày 30/01/2023 của Ủy ban nhân dân thành phố … (lần thứ hai)",
        fix="Ở các lần sau chỉ ghi “Kế hoạch số 29/KH-UBND”.",
    ),
    fires=(
        "Thực hiện Kế hoạch số 29/KH-UBND ngày 30/01/2023 của Ủy ban nhân dân thành phố; các nhiệm vụ tại Kế "
        "hoạch số 29/KH-UBND ngày 30/01/2023 của Ủy ban nhân dân thành phố.",
    ),
    passes=(
        "Thực hiện Kế hoạch số 29/KH-UBND ngày 30/01/2023 của Ủy ban nhân dân thành phố; các nhiệm vụ tại Kế "
        "hoạch số 29/KH-UBND.",
        "Thay thế Nghị định số 73/2019/NĐ-CP ngày 05 tháng 9 năm 2019 của Chính phủ; Nghị định số 82/2024/NĐ-CP "
        "ngày 10 tháng 7 năm 2024 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 73/2019/NĐ-CP "
        "ngày 05 tháng 9 năm 2019 của Chính phủ.",
    ),
)
def repeated_full_citation(a: Analysis) -> Iterator[Hit]:
    titles = [r.parts.title_span for r in a.references if r.parts.title_span is not None]
    for group in _groups(a).values():
        if not any(r.date and r.issuer for r in group[:1]):
            continue
        for r in group[1:]:
            quoted = any(s <= r.start < e for s, e in titles)  # inside another document's subject
            if r.date and r.issuer and not quoted:
                s, e = _head(r)
                yield Hit(s, e, {"label": _label(r)})


# ---------------------------------------------------------------- R010


@rule(
    "R010",
    "registry-mismatch",
    severity="warning",
    message="{label}: {field} ghi là {written}, nhưng danh mục văn bản đã biết ghi {known} (nguồn: {source})",
    message_en="{label}: {field_en} written as {written}, but the registry of known documents says {known}",
    doc=RuleDoc(
        what="Văn bản được viện dẫn có trong danh mục văn bản đã biết, nhưng ngày ban hành hoặc năm trong trích "
        "yếu khác với danh mục. Danh mục kèm theo gồm hơn 4.000 văn bản cấp trung ương (luật, pháp lệnh, nghị "
        "quyết, nghị định, thông tư, quyết định) đọc từ Bộ Pháp điển, mỗi văn bản ghi tệp nguồn.",
        what_en="A cited document is in the registry of known documents, with a different date or subject year. "
        "The bundled registry holds over 4,000 national documents read from the official codification "
        "(phap-dien), each with the file it was read from.",
        why="Danh mục ghi thông tin đã đối chiếu với văn bản gốc; khác danh mục thường là chép sai.",
        basis=_BASIS_CITE,
        example="Nghị định số 72/2015/NĐ-CP ngày 07/9/2016 (danh mục: 07/9/2015)",
        fix="Đối chiếu văn bản gốc; sửa ngày hoặc trích yếu. Người dùng bổ sung danh mục bằng tệp CSV/JSON riêng "
        "(vnadmin_parse.check(…, catalog=[đường dẫn, …])).",
    ),
    fires=(
        "Căn cứ Nghị định số 72/2015/NĐ-CP ngày 17/9/2015 của Chính phủ về quản lý hoạt động thông tin đối ngoại.",
        "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2021 của Chính phủ về công tác văn thư.",
        "Căn cứ Luật Đất đai số 45/2013/QH13 ngày 29/11/2014;",
    ),
    passes=(
        "Căn cứ Nghị định số 72/2015/NĐ-CP ngày 07/9/2015 của Chính phủ về quản lý hoạt động thông tin đối ngoại.",
        "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư.",
        "Căn cứ Quyết định số 12/2015/QĐ-UBND ngày 07/9/2015 của Ủy ban nhân dân tỉnh.",
        "Căn cứ Luật Đất đai số 45/2013/QH13 ngày 29/11/2013; Luật Đất đai;",
    ),
)
def registry_mismatch(a: Analysis) -> Iterator[Hit]:
    cited = [r for r in a.references if r.canonical]
    if not cited:
        return  # the registry is read only when there is something to look up
    extra = a.options.get("catalog") or ()
    registry = catalog.with_user_files((extra,) if isinstance(extra, str) else tuple(extra))
    for r in cited:
        known = registry.find(str(r.canonical), r.date)
        if known is None:
            continue
        s, e = _head(r)
        if r.date and known.date and r.date != known.date:
            _, de = r.parts.date_span or (s, e)
            yield Hit(
                s,
                int(de),
                {
                    "label": _label(r),
                    "field": "ngày ban hành",
                    "field_en": "date of issue",
                    "written": _fmt(r.date),
                    "known": _fmt(known.date),
                    "source": known.source,
                },
                suggestion=_fmt(known.date),
            )
        year = r.parts.subject_year
        if year is not None and known.subject_year is not None and int(year) != known.subject_year:
            ys, ye = r.parts.subject_year_span or (s, e)
            yield Hit(
                int(ys),
                int(ye),
                {
                    "label": _label(r),
                    "field": "năm trong trích yếu",
                    "field_en": "subject year",
                    "written": year,
                    "known": known.subject_year,
                    "source": known.source,
                },
                suggestion=str(known.subject_year),
            )
