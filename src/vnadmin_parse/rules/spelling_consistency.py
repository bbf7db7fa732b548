"""Spelling consistency within one document (family S): tone placement, names, abbreviations."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from functools import cache

import regex

from vnadmin_parse.data import load_table
from vnadmin_parse.model import WORD_TOKEN, AgencyMention, Span
from vnadmin_parse.rules.context import Analysis
from vnadmin_parse.rules.registry import Hit, RuleDoc, rule
from vnadmin_parse.rules.spelling import SPELLING_ON_OCR, hit_for
from vnadmin_parse.vietnamese.lexicon import load, phrase_key
from vnadmin_parse.vietnamese.runs import runs
from vnadmin_parse.vietnamese.syllable import Style, strip_marks
from vnadmin_parse.vietnamese.tone import convert, placement

_BASIS = "Quy tắc chính tả tiếng Việt hiện hành; Nghị định 30/2020/NĐ-CP, Phụ lục I (kỹ thuật trình bày văn bản)."
_STYLE_VI = {"old": "kiểu cũ", "new": "kiểu mới"}


@rule(
    "S008",
    "mixed-tone-placement",
    severity="info",
    message="“{token}” đặt dấu thanh {style}, trong khi văn bản chủ yếu đặt {other} (“{suggestion}”)",
    message_en="“{token}” places the tone mark in the {style_en} style; the document mostly uses the "
    "{other_en} style (“{suggestion}”)",
    doc=RuleDoc(
        what="Văn bản dùng lẫn hai kiểu đặt dấu thanh: kiểu cũ (“hóa”, “thủy”, “ủy”) và kiểu mới "
        "(“hoá”, “thuỷ”, “uỷ”). Báo ở lần đầu của mỗi từ viết theo kiểu ít dùng hơn.",
        what_en="Old (“hóa”, “ủy”) and new (“hoá”, “uỷ”) tone placement mixed in one document.",
        why="Cả hai kiểu đều đúng, nhưng một văn bản nên thống nhất một kiểu; dùng lẫn cũng làm việc tìm "
        "kiếm và so khớp tên cơ quan sai lệch.",
        basis=_BASIS,
        example="Sở Văn hoá và Thể thao … Sở Văn hóa và Thể thao … Thành uỷ, Ủy ban nhân dân",
        fix="Chọn một kiểu đặt dấu và sửa cho thống nhất trong toàn văn bản.",
    ),
    fires=(
        "Sở Văn hóa và Thể thao, Ủy ban nhân dân, văn hóa, hòa bình; Thành uỷ chỉ đạo.",
        "Hoá đơn, hoá chất, thuỷ lợi; ủy quyền.",
    ),
    passes=("Sở Văn hóa và Thể thao, Ủy ban nhân dân, hòa bình.", "Sở Văn hoá và Thể thao, Uỷ ban nhân dân."),
    ocr=SPELLING_ON_OCR,
)
def mixed_tone_placement(a: Analysis) -> Iterator[Hit]:
    seen: dict[Style, list[Span]] = {"old": [], "new": []}
    for tok in a.tokens:
        if tok.label == WORD_TOKEN and (style := placement(tok.text)):
            seen[style].append(tok)
    if not seen["old"] or not seen["new"]:
        return
    old, new = seen["old"], seen["new"]
    minority: Style = "old" if (len(old), -old[0].start) < (len(new), -new[0].start) else "new"
    majority: Style = "new" if minority == "old" else "old"
    reported: set[str] = set()
    for tok in seen[minority]:
        form = tok.text.lower()
        if form in reported:
            continue
        reported.add(form)
        suggestion = convert(tok.text, majority)
        params = {
            "token": tok.text,
            "suggestion": suggestion,
            "style": _STYLE_VI[minority],
            "other": _STYLE_VI[majority],
            "style_en": minority,
            "other_en": majority,
        }
        yield Hit(tok.start, tok.end, params, suggestion=suggestion, severity="info")


# --- S009: one name, several spellings --------------------------------------------------------


@cache
def _word_skeletons() -> frozenset[str]:
    """Keyboard skeletons of the two-syllable words of the lexicon ("the thao" for "thể thao")."""
    return frozenset(strip_marks(w) for w in load().words if w.count(" ") == 1)


def _continues_name(run: tuple[Span, ...], j: int, skeletons: frozenset[str]) -> bool:
    tok, prev = run[j].text, run[j - 1].text
    if tok[:1].isupper():
        return True
    if prev[:1].isupper() and strip_marks(f"{prev} {tok}") in skeletons:
        return True
    return tok == "và" and j + 1 < len(run) and run[j + 1].text[:1].isupper()


def name_chunks(run: tuple[Span, ...]) -> Iterator[tuple[Span, ...]]:
    """Proper-name-like chunks of a run: "Sở Văn hoá và Thể thao", "Ủy ban nhân dân".

    A chunk starts at a capitalised syllable and goes on through capitalised
    syllables, one lower-case syllable completing a word with a capitalised one,
    and "và" between capitalised words; it needs three syllables, two capitalised.
    """
    skeletons = _word_skeletons()
    i = 0
    while i < len(run):
        if not run[i].text[:1].isupper():
            i += 1
            continue
        j = i + 1
        while j < len(run) and _continues_name(run, j, skeletons):
            j += 1
        chunk = run[i:j]
        if len(chunk) >= 3 and sum(t.text[:1].isupper() for t in chunk) >= 2:
            yield chunk
        i = j


def _official_hits(a: Analysis, mentioned: Sequence[AgencyMention]) -> Iterator[Hit]:
    """Names of the agency tables written with another diacritic, or without their "và", comma or dash."""
    spellings: defaultdict[str, set[str]] = defaultdict(set)
    for m in mentioned:
        if m.name and not m.abbreviation:
            spellings[m.name].add(" ".join(a.text[m.start : m.end].split()).lower())
    for m in mentioned:
        if m.problem not in ("spelling", "form") or not m.name or not m.suggestion:
            continue
        ways = len(spellings[m.name])
        if ways > 1:
            vi = f"được viết {ways} cách khác nhau trong văn bản; tên chính thức là"
            en = f"is spelled {ways} different ways in the document; the official name is"
        else:
            vi, en = "viết khác tên chính thức", "differs from the official name"
        token = a.text[m.start : m.end]
        if hit := hit_for(
            a, m.start, m.end, "warning", m.suggestion, token=token, problem=vi, problem_en=en, suggestion=m.suggestion
        ):
            yield hit


@rule(
    "S009",
    "inconsistent-name",
    severity="warning",
    message="Tên “{token}” {problem} “{suggestion}”",
    message_en="The name “{token}” {problem_en} “{suggestion}”",
    doc=RuleDoc(
        what="Tên cơ quan, tổ chức viết sai so với tên chính thức trong bảng cơ quan trung ương và địa phương: "
        "sai dấu (“Sở Văn hóa, Thẻ thao và Du lịch”), thiếu “và” (“Bộ Thông tin Truyền thông”), dấu phẩy đổi "
        "thành gạch nối hoặc bị bỏ (“Sở Văn hóa Thể thao và Du lịch”); tên phải có đủ từ chỉ loại hình và gần "
        "như mọi từ chỉ lĩnh vực mới được nhận ra, tên hai âm tiết chỉ xét viết hoa. Ngoài các bảng, cùng một "
        "tên cơ quan, tổ chức, địa danh được viết với dấu khác nhau trong cùng văn bản (“Sở Văn hoá và Thể "
        "thao” / “Sở Văn hoá và Thẻ thao”): báo các lần viết khác cách viết chủ yếu. Khác kiểu đặt dấu thanh "
        "(hóa/hoá) thì để S008; sai viết hoa thì để F012.",
        what_en="An agency name of the central or local tables written with a wrong diacritic, without its “và”, or "
        "with its comma dropped or turned into a dash; or, beyond the tables, one name spelled with different "
        "diacritics within the document.",
        why="Tên cơ quan phải viết chính xác và thống nhất; cách viết sai dấu hoặc sai tên làm văn bản thiếu "
        "nghiêm túc và làm sai việc tra cứu theo cơ quan.",
        basis=_BASIS + " Tên chính thức của cơ quan: văn bản quy định tổ chức của cơ quan (Nghị định 45/2025/NĐ-CP "
        "đối với các sở).",
        example="Sở Văn hoá và Thẻ thao đã tổ chức …; Bộ Thông tin Truyền thông",
        fix="Viết lại tên theo đúng tên chính thức.",
    ),
    fires=(
        "Sở Văn hóa và Thể thao báo cáo. Sở Văn hóa và Thể thao chỉ đạo. Sở Văn hoá và Thẻ thao tổ chức.",
        "Ủy ban nhân dân Tỉnh Quảng Ngãi họp. Ủy ban nhân dân Tỉnh Quảng Ngải báo cáo. "
        "Ủy ban nhân dân Tỉnh Quảng Ngãi chỉ đạo.",
        "Theo đề nghị của Bộ Thông tin Truyền thông.",
        "Sở Văn hóa Thể thao và Du lịch chủ trì.",
        "Sở Lao động, Thương binh và Xã hội tỉnh báo cáo.",
        "Sở Văn hóa, Thẻ thao và Du lịch chủ trì.",
    ),
    passes=(
        "Sở Văn hóa và Thể thao báo cáo. Sở Văn hoá và Thể thao chỉ đạo.",
        "Sở Tư pháp và Sở Tài chính phối hợp với Sở Nội vụ.",
        "Sở Văn hóa, Thể thao và Du lịch; Bộ Thông tin và Truyền thông; Sở Lao động – Thương binh và Xã hội.",
        "Các đơn vị thuộc cơ quan Bộ, Công an tỉnh báo cáo.",
        "Uy ban nhan dan tinh bao cao; Quân ủy Trung ương.",
    ),
    ocr=SPELLING_ON_OCR,
)
def inconsistent_name(a: Analysis) -> Iterator[Hit]:
    mentioned = a.agencies
    yield from _official_hits(a, mentioned)
    judged = [(m.start, m.end) for m in mentioned if m.problem in ("spelling", "form")]
    groups: defaultdict[str, list[tuple[Span, ...]]] = defaultdict(list)
    for run in runs(a.tokens, a.text):
        for chunk in name_chunks(run):
            if any(s < chunk[-1].end and chunk[0].start < e for s, e in judged):
                continue  # reported against the official name
            groups[strip_marks(" ".join(t.text for t in chunk))].append(chunk)
    for chunks in groups.values():
        spelled = Counter(phrase_key(" ".join(t.text for t in c)) for c in chunks)
        if len(spelled) < 2:
            continue
        (best, n_best), (_, n_next) = spelled.most_common(2)
        if n_best == n_next:
            continue  # no usual spelling to point to
        usual = next(c for c in chunks if phrase_key(" ".join(t.text for t in c)) == best)
        suggestion = a.text[usual[0].start : usual[-1].end]
        ways = len({" ".join(t.text for t in c).lower() for c in chunks})
        vi = f"được viết {ways} cách khác nhau trong văn bản; cách viết chủ yếu là"
        en = f"is spelled {ways} different ways in the document; the usual spelling is"
        for chunk in chunks:
            start, end = chunk[0].start, chunk[-1].end
            if phrase_key(a.text[start:end]) == best:
                continue
            token = a.text[start:end]
            if hit := hit_for(
                a, start, end, "warning", suggestion, token=token, problem=vi, problem_en=en, suggestion=suggestion
            ):
                yield hit


# --- S010: abbreviation used before it is defined -------------------------------------------------

_DEFINITION = regex.compile(
    r"\((?:sau đây )?(?:(?:được )?(?:gọi|viết) tắt là |viết tắt: )?[“\"]?(\p{Lu}[\p{Lu}\p{N}&]{1,11})[”\"]?\)"
)


def spelled_out(before: str, abbreviation: str) -> bool:
    """True if the words just ``before`` a parenthesis spell ``abbreviation`` out by their initials.

    >>> spelled_out("Ban Quản lý dự án", "BQLDA"), spelled_out("VPUB: CVP, PCVP", "KGVX")
    (True, False)
    """
    words = regex.findall(r"[\p{L}\p{M}]+", before)[-12:]
    if not words or words[-1].isupper():
        return False
    initials = iter(strip_marks(w[0]) for w in words)
    return all(strip_marks(letter) in initials for letter in abbreviation if letter.isalpha())


@cache
def known_abbreviations() -> frozenset[str]:
    """Abbreviations every reader knows: issuer codes and document-type codes of the data tables."""
    codes = {e["code"] for e in load_table("issuers.json")["entries"] if isinstance(e.get("code"), str)}
    codes |= {
        e["abbreviation"] for e in load_table("doc_types.json")["entries"] if isinstance(e.get("abbreviation"), str)
    }
    return frozenset(codes)


@rule(
    "S010",
    "abbreviation-before-definition",
    severity="warning",
    message="Chữ viết tắt “{token}” được dùng trước khi được giải thích (giải thích ở sau: “{definition}”)",
    message_en="Abbreviation “{token}” is used before it is defined (defined later: “{definition}”)",
    doc=RuleDoc(
        what="Một chữ viết tắt được giải thích ở giữa văn bản (“… (BQL)”) nhưng đã được dùng trước đó. "
        "Chữ viết tắt ai cũng biết (UBND, HĐND, mã cơ quan, mã loại văn bản trong dữ liệu) không bị xét.",
        what_en="An abbreviation defined in the text (“… (BQL)”) but already used before its definition.",
        why="Người đọc gặp chữ viết tắt lần đầu mà chưa biết nghĩa; chữ viết tắt phải được viết đầy đủ ở lần "
        "dùng đầu tiên.",
        basis="Nghị định 30/2020/NĐ-CP, Phụ lục I: chữ viết tắt phải được viết đầy đủ ở lần dùng đầu tiên.",
        example="BQL dự án báo cáo … Ban Quản lý dự án đầu tư xây dựng (BQL) …",
        fix="Chuyển phần giải thích lên lần dùng đầu tiên.",
    ),
    fires=("BQL đã họp. Sau đó, Ban Quản lý dự án (BQL) báo cáo kết quả.",),
    passes=(
        "Ban Quản lý dự án (BQL) báo cáo. BQL đã họp.",
        "UBND tỉnh chỉ đạo. Ủy ban nhân dân (UBND) tỉnh báo cáo.",
    ),
    ocr=SPELLING_ON_OCR,
)
def abbreviation_before_definition(a: Analysis) -> Iterator[Hit]:
    known = known_abbreviations()
    defined: dict[str, tuple[int, int]] = {}
    for m in _DEFINITION.finditer(a.text):
        if spelled_out(a.text[max(0, m.start() - 120) : m.start()], m.group(1)):
            defined.setdefault(m.group(1), (m.start(), m.end()))
    for abbr, (start, end) in defined.items():
        if abbr in known:
            continue
        for use in regex.finditer(rf"(?<![\p{{L}}\p{{N}}]){regex.escape(abbr)}(?![\p{{L}}\p{{N}}])", a.text[:start]):
            context = a.text[max(0, start - 40) : end].split("\n")[-1].strip()
            if hit := hit_for(a, use.start(), use.end(), "warning", None, token=abbr, definition=context):
                yield hit
            break


# --- S013: Đ typed as D in a known abbreviation ---------------------------------------------------

_CAPITALS = regex.compile(r"(?<![\p{L}\p{N}])[A-Z]{3,8}(?![\p{L}\p{N}])")


@cache
def _undotted() -> dict[str, str]:
    """Known abbreviations of three letters or more that hold a Đ, by their spelling with D."""
    found: defaultdict[str, set[str]] = defaultdict(set)
    known = known_abbreviations()
    for code in known:
        if "Đ" in code and len(code) >= 3 and code.isupper():
            found[code.replace("Đ", "D")].add(code)
    return {plain: codes.pop() for plain, codes in found.items() if len(codes) == 1 and plain not in known}


@rule(
    "S013",
    "abbreviation-without-dd",
    severity="warning",
    message="Chữ viết tắt “{token}” viết thiếu chữ Đ: “{suggestion}”",
    message_en="The abbreviation “{token}” is missing its Đ: “{suggestion}”",
    doc=RuleDoc(
        what="Một chữ viết tắt quen dùng có chữ Đ (HĐND, HĐBT: mã cơ quan trong dữ liệu) lại viết bằng chữ D "
        "(“HDND”). Chỉ xét chữ viết tắt từ ba chữ cái, không trùng một chữ viết tắt khác.",
        what_en="A known abbreviation that holds a Đ (HĐND, HĐBT: issuer codes of the data tables) typed with "
        "a plain D (“HDND”). Only abbreviations of three letters or more that match no other abbreviation.",
        why="Gõ thiếu dấu gạch của chữ Đ là lỗi bàn phím thường gặp; chữ viết tắt sai làm sai tên cơ quan "
        "và làm việc tra cứu văn bản theo cơ quan ban hành bỏ sót.",
        basis="Nghị định 30/2020/NĐ-CP, Phụ lục III (chữ viết tắt tên cơ quan, tổ chức) và Điều 8 (văn bản "
        "phải viết đúng chính tả tiếng Việt).",
        example="… theo quy định tại Nghị quyết của HDND tỉnh;",
        fix="Viết lại chữ viết tắt với chữ Đ (HĐND).",
    ),
    fires=(
        "theo quy định tại Nghị quyết của HDND tỉnh;",
        "Nghị quyết số 24/2013/NQ-HDND ngày 10/12/2013.",
    ),
    passes=(
        "theo Nghị quyết của HĐND tỉnh và UBND tỉnh;",
        "Công ty TNHH MTV, mã DDND, thương hiệu HDTV, chuẩn HDMI.",
        "UBND, VPCP, KHĐT, CNTT.",
    ),
    ocr=SPELLING_ON_OCR,
)
def abbreviation_without_dd(a: Analysis) -> Iterator[Hit]:
    undotted = _undotted()
    for m in _CAPITALS.finditer(a.text):
        suggestion = undotted.get(m.group())
        if suggestion and (
            hit := hit_for(a, m.start(), m.end(), "warning", suggestion, token=m.group(), suggestion=suggestion)
        ):
            yield hit
