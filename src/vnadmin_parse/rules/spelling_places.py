"""Misspelled place names (family S), checked against the shipped gazetteer."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence

import regex

from vnadmin_parse.rules.context import Analysis
from vnadmin_parse.rules.registry import Hit, RuleDoc, rule
from vnadmin_parse.rules.spelling import SPELLING_ON_OCR, document, hit_for
from vnadmin_parse.symbols.local_bodies import by_code, by_name
from vnadmin_parse.symbols.provinces import document_day
from vnadmin_parse.symbols.provinces import lookup as lookup_province
from vnadmin_parse.vietnamese.gazetteer import UNITS, Gazetteer, load
from vnadmin_parse.vietnamese.lexicon import load as load_lexicon
from vnadmin_parse.vietnamese.lexicon import phrase_key
from vnadmin_parse.vietnamese.runs import is_abbreviation
from vnadmin_parse.vietnamese.syllable import is_valid

#: Levels a name found without a unit word must have: commune names are too many and too short.
_NOTABLE = frozenset({"province", "district"})
#: Longest place name considered, in syllables.
_MAX_NAME = 4


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and not is_abbreviation(word)


def _same_but_i_y(a: str, b: str) -> bool:
    """Spellings differing only by i/y ("Tam Kì" / "Tam Kỳ"), an accepted variation."""
    return phrase_key(a).replace("y", "i").replace("ỳ", "ì") == phrase_key(b).replace("y", "i").replace("ỳ", "ì")


#: The first syllable of every unit word.
_UNIT_FIRSTS = frozenset(u.split(" ")[0] for u in UNITS)


def _unit_at(words: Sequence[str], i: int) -> str | None:
    """The unit word starting at ``words[i]`` ("thị xã", "huyện"), not the end of a longer one."""
    if words[i].lower() not in _UNIT_FIRSTS:
        return None  # no unit word starts here
    if i > 0 and " ".join(words[i - 1 : i + 1]).lower() in UNITS:
        return None
    return next((u for size in (2, 1) if (u := " ".join(words[i : i + size]).lower()) in UNITS), None)


def _after_unit(g: Gazetteer, words: Sequence[str], i: int) -> tuple[int, int, str] | None:
    """The span and suggestion of a name after a unit word at ``words[i]``, one edit from one name of that level."""
    if (unit := _unit_at(words, i)) is None:
        return None
    start = i + len(unit.split())
    stop = start
    while stop < len(words) and stop - start < _MAX_NAME + 1 and _capitalised(words[stop]):
        stop += 1
    if stop == start or stop - start > _MAX_NAME:
        return None
    chunk = words[start:stop]
    if g.level(" ".join(chunk)) or any(g.level(" ".join(chunk[:k])) & UNITS[unit] for k in range(1, len(chunk))):
        return None  # a known name, perhaps followed by other capitalised words
    found = [n for n in g.near(" ".join(chunk), UNITS[unit]) if not _same_but_i_y(n, " ".join(chunk))]
    return (start, stop, found[0]) if len(found) == 1 else None


def _foreign_looking(g: Gazetteer, words: Sequence[str], i: int) -> str | None:
    """The place-name syllable ``words[i]`` was meant to be, one edit away and not a Vietnamese syllable.

    ``words[i]`` must be no Vietnamese syllable, no known word or name syllable,
    and swapping in the gazetteer's syllable must complete the name of a province
    or district with the capitalised words around it ("Plieku" → "Pleiku",
    "Krong Pắc" → "Krông"; not "Kong" → "Krong", a commune).
    """
    w = words[i]
    if len(w) < 5 or not w[0].isupper() or not w[1:].islower() or is_valid(w) or g.has_token(w):
        return None
    if load_lexicon().knows(w):
        return None
    lo, hi = i, i + 1
    while lo > 0 and i - lo < _MAX_NAME - 1 and _capitalised(words[lo - 1]):
        lo -= 1
    while hi < len(words) and hi - i < _MAX_NAME and _capitalised(words[hi]):
        hi += 1
    names = set()
    for c in g.near_token(w):
        if is_valid(c):
            continue  # "Nguyen" is an undiacritised "Nguyễn", not a misspelled "Nguyên"
        for s in range(lo, i + 1):
            for e in range(i + 1, hi + 1):
                trial = " ".join([*words[s:i], c, *words[i + 1 : e]])
                if g.level(trial) & _NOTABLE:
                    names.add(c)
    return names.pop() if len(names) == 1 else None


#: Words after a place that mark it as the former unit ("tỉnh Bình Dương (cũ)", "trước sắp xếp").
_FORMER = regex.compile(r"\s*\(?\s*(?:cũ|trước đây|trước (?:khi )?(?:sắp xếp|sáp nhập|hợp nhất))\b", regex.IGNORECASE)


def _historical(a: Analysis, start: int, end: int) -> bool:
    """True if a body's name at ``start``–``end`` speaks of the past: the issuer of a cited document, the
    former unit, or a sentence with a date before 1 July 2025."""
    if _FORMER.match(a.text, end):
        return True
    if any(r.start <= start <= r.end + 80 for r in a.references):
        return True
    line_start = a.text.rfind("\n", 0, start) + 1
    sentence = max(line_start, a.text.rfind(". ", 0, start) + 1)
    return any(sentence <= d.start < start and d.value[:10] < "2025-07-01" for d in a.dates if d.value)


#: Unit words of the district level (cấp huyện), which ended on 1 July 2025; "thành phố" may be a province.
_DISTRICT_UNITS = frozenset({"huyện", "quận", "thị xã"})
_DISTRICTS_ENDED = dt.date(2025, 7, 1)
_DISTRICTS_BASIS = "Nghị quyết 203/2025/QH15 sửa đổi Hiến pháp; Luật Tổ chức chính quyền địa phương số 72/2025/QH15"


def _people_body(name: str | None) -> bool:
    """True for the People's Committee or Council (or UBND, HĐND), the bodies of every level."""
    body = (by_name(name) or by_code(name)) if name else None
    return body is not None and body.kind in ("committee", "council")


def gone_unit_hits(a: Analysis) -> Iterator[Hit]:
    """Local bodies named after a province merged into another, or a district, before the document's date."""
    day = document_day(a.document.date)
    if day is None:
        return
    for m in a.agencies:
        if not m.local or m.unit is None or m.place is None or _historical(a, m.start, m.place_end):
            continue
        unit, token = m.unit.lower(), a.text[m.unit_start : m.place_end]
        province = lookup_province(m.place) if unit in ("tỉnh", "thành phố") else None
        if province is not None and not province.existed_on(day):
            successor = province.successor_name()
            vi = f"không còn từ ngày {province.ended()} ({province.basis()}), đã hợp nhất vào “{successor}”"
            en = f"no longer exists from {province.ended()} ({province.basis()}); it was merged into “{successor}”"
        elif unit in _DISTRICT_UNITS and day >= _DISTRICTS_ENDED and _people_body(m.name):
            successor = None
            vi = f"thuộc cấp huyện, không còn từ ngày 01/7/2025 ({_DISTRICTS_BASIS}); ghi đơn vị hành chính hiện nay"
            en = f"is a district, a level that ended on 01/7/2025 ({_DISTRICTS_BASIS}); name today's unit"
        else:
            continue
        if hit := hit_for(a, m.unit_start, m.place_end, "info", successor, token=token, problem=vi, problem_en=en):
            yield hit


@rule(
    "S012",
    "misspelled-place-name",
    severity="warning",
    message="Địa danh “{token}” {problem}",
    message_en="The place name “{token}” {problem_en}",
    doc=RuleDoc(
        what="Một tên tỉnh, huyện, xã viết sai một chữ (thừa, thiếu, sai hoặc đảo hai chữ cái cạnh nhau, sai "
        "một dấu) so với danh mục đơn vị hành chính: sau “tỉnh”, “thành phố”, “huyện”, “xã”… mà tên không có "
        "trong danh mục nhưng cách đúng một chữ chỉ có một tên cùng cấp (“tỉnh Quảng Ngải” → “Quảng Ngãi”); "
        "hoặc một chữ không phải âm tiết tiếng Việt, cách một chữ với âm tiết của một địa danh dân tộc thiểu "
        "số (“Plieku” → “Pleiku”). Lưu ý (không phải lỗi): tên cơ quan địa phương gắn với một tỉnh đã hợp nhất "
        "vào tỉnh khác (“UBND tỉnh Bình Dương” trong văn bản ban hành sau ngày 01/7/2025) hoặc với một huyện, quận, "
        "thị xã (cấp huyện không còn từ ngày 01/7/2025), trừ khi nói về quá khứ (cơ quan ban hành văn bản được viện "
        "dẫn, “(cũ)”, câu có ngày trước 01/7/2025).",
        what_en="A province, district or commune name one letter (or one swap of neighbouring letters, or one "
        "diacritic) away from exactly one name of the official list of administrative units: after “tỉnh”, "
        "“huyện”, “xã”…, or, for names that are not Vietnamese syllables (“Plieku” → “Pleiku”), anywhere. A note: "
        "a local body named after a province merged into another before the document's date (“UBND tỉnh Bình "
        "Dương” in a document dated after 1 July 2025) or after a district (that level ended on 1 July 2025), unless "
        "the text speaks of the past.",
        why="Địa danh là tên riêng chính thức; viết sai làm văn bản thiếu chính xác, gây nhầm địa điểm và làm "
        "sai việc tra cứu. Trình soát chính tả không biết tên riêng nên bỏ qua lỗi này. Tên có trong danh mục, "
        "tên chỉ khác i/y, chữ nước ngoài, chữ viết tắt và tên gần với nhiều địa danh không bị báo; văn bản "
        "quét (OCR) không bị xét. Một cơ quan của tỉnh đã hợp nhất không còn ban hành hay nhận văn bản.",
        basis="Danh mục đơn vị hành chính Việt Nam (Tổng cục Thống kê; nghị quyết của Ủy ban Thường vụ Quốc hội "
        "về sắp xếp đơn vị hành chính); Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về việc sắp xếp "
        "đơn vị hành chính cấp tỉnh (34 tỉnh, thành phố từ 01/7/2025); Nghị quyết số 203/2025/QH15 và Luật Tổ chức "
        "chính quyền địa phương số 72/2025/QH15 (không còn cấp huyện từ 01/7/2025); Nghị định 30/2020/NĐ-CP, "
        "Phụ lục II "
        "(viết hoa tên địa lý).",
        example="Địa điểm: Khách sạn Mường Thanh, thành phố Plieku, tỉnh Gia Lai.",
        fix="Viết lại địa danh theo danh mục đơn vị hành chính; sau ngày hợp nhất, ghi tên cơ quan của tỉnh mới.",
    ),
    fires=(
        "Địa điểm: Hội trường Khách sạn Mường Thanh, thành phố Plieku, tỉnh Gia Lai.",
        "Đoàn công tác làm việc tại Plieku từ ngày 09/11.",
        "Ủy ban nhân dân tỉnh Quảng Ngải báo cáo.",
        "Kiểm tra tại huyện Krong Pắc, tỉnh Đắk Lắk.",
        "ỦY BAN NHÂN DÂN\nTỈNH TUYÊN QUANG\nSố: 15/KH-UBND\nTuyên Quang, ngày 05 tháng 01 năm 2026\nKẾ HOẠCH\n"
        "Giao Sở Tài chính phối hợp với UBND tỉnh Hà Giang thực hiện.\n",
        "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 15/KH-UBND\nQuảng Ngãi, ngày 05 tháng 01 năm 2026\nKẾ HOẠCH\n"
        "Giao Ủy ban nhân dân huyện Bình Sơn thực hiện.\n",
    ),
    passes=(
        "Khách sạn Mường Thanh, thành phố Pleiku, tỉnh Gia Lai; huyện Krông Ana, tỉnh Đắk Lắk.",
        "Ủy ban nhân dân tỉnh Quảng Ngãi; thành phố Tam Kì, tỉnh Quảng Nam.",
        "Đăng tải trên Facebook, Zalo và Google; ông Nguyen Van A.",
        "Công văn của UBND tỉnh, HĐND huyện; xã hội hóa, Cộng hòa xã hội chủ nghĩa Việt Nam.",
        "Ông Pleiku Niê, xã Ia Grai, huyện Chư Prông.",
        "ỦY BAN NHÂN DÂN\nTỈNH TUYÊN QUANG\nSố: 15/KH-UBND\nTuyên Quang, ngày 05 tháng 01 năm 2026\nKẾ HOẠCH\n"
        "Căn cứ Quyết định số 12/QĐ-UBND ngày 10/01/2024 của UBND tỉnh Hà Giang; địa bàn tỉnh Hà Giang (cũ).\n",
        "ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\nSố: 15/KH-UBND\nHà Giang, ngày 05 tháng 01 năm 2024\nKẾ HOẠCH\n"
        "Giao Sở Tài chính phối hợp với UBND tỉnh Hà Giang thực hiện.\n",
    ),
    ocr=SPELLING_ON_OCR,
)
def misspelled_place_name(a: Analysis) -> Iterator[Hit]:
    g = load()
    doc = document(a)
    for run, words in zip(doc.runs, doc.words, strict=True):
        i = 0
        while i < len(words):
            if words[i].lower() not in _UNIT_FIRSTS and (len(words[i]) < 5 or not words[i][0].isupper()):
                i += 1  # neither a unit word nor a foreign-looking name syllable: both tests below say None
                continue
            if found := _after_unit(g, words, i):
                start, stop, name = found
            elif suggestion := _foreign_looking(g, words, i):
                start, stop, name = i, i + 1, suggestion
            else:
                i += 1
                continue
            begin, end = run[start].start, run[stop - 1].end
            token = a.text[begin:end]
            vi, en = f"có lẽ viết sai: “{name}”", f"is probably misspelled: “{name}”"
            if hit := hit_for(
                a, begin, end, "warning", name, letters_only=True, token=token, problem=vi, problem_en=en
            ):
                yield hit
            i = stop
    yield from gone_unit_hits(a)
