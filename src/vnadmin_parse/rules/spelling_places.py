"""Misspelled place names (family S), checked against the shipped gazetteer."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from vnadmin_parse.rules.context import Analysis
from vnadmin_parse.rules.registry import Hit, RuleDoc, rule
from vnadmin_parse.rules.spelling import hit_for
from vnadmin_parse.vietnamese.gazetteer import UNITS, Gazetteer, load
from vnadmin_parse.vietnamese.lexicon import load as load_lexicon
from vnadmin_parse.vietnamese.lexicon import phrase_key
from vnadmin_parse.vietnamese.runs import is_abbreviation, runs
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


def _unit_at(words: Sequence[str], i: int) -> str | None:
    """The unit word starting at ``words[i]`` ("thị xã", "huyện"), not the end of a longer one."""
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


@rule(
    "S012",
    "misspelled-place-name",
    severity="warning",
    message="Địa danh “{token}” có lẽ viết sai: “{suggestion}”",
    message_en="The place name “{token}” is probably misspelled: “{suggestion}”",
    doc=RuleDoc(
        what="Một tên tỉnh, huyện, xã viết sai một chữ (thừa, thiếu, sai hoặc đảo hai chữ cái cạnh nhau, sai "
        "một dấu) so với danh mục đơn vị hành chính: sau “tỉnh”, “thành phố”, “huyện”, “xã”… mà tên không có "
        "trong danh mục nhưng cách đúng một chữ chỉ có một tên cùng cấp (“tỉnh Quảng Ngải” → “Quảng Ngãi”); "
        "hoặc một chữ không phải âm tiết tiếng Việt, cách một chữ với âm tiết của một địa danh dân tộc thiểu "
        "số (“Plieku” → “Pleiku”).",
        what_en="A province, district or commune name one letter (or one swap of neighbouring letters, or one "
        "diacritic) away from exactly one name of the official list of administrative units: after “tỉnh”, "
        "“huyện”, “xã”…, or, for names that are not Vietnamese syllables (“Plieku” → “Pleiku”), anywhere.",
        why="Địa danh là tên riêng chính thức; viết sai làm văn bản thiếu chính xác, gây nhầm địa điểm và làm "
        "sai việc tra cứu. Trình soát chính tả không biết tên riêng nên bỏ qua lỗi này. Tên có trong danh mục, "
        "tên chỉ khác i/y, chữ nước ngoài, chữ viết tắt và tên gần với nhiều địa danh không bị báo; văn bản "
        "quét (OCR) không bị xét.",
        basis="Danh mục đơn vị hành chính Việt Nam (Tổng cục Thống kê; nghị quyết của Ủy ban Thường vụ Quốc hội "
        "về sắp xếp đơn vị hành chính); Nghị định 30/2020/NĐ-CP, Phụ lục II (viết hoa tên địa lý).",
        example="Địa điểm: Khách sạn Mường Thanh, thành phố Plieku, tỉnh Gia Lai.",
        fix="Viết lại địa danh theo danh mục đơn vị hành chính.",
    ),
    fires=(
        "Địa điểm: Hội trường Khách sạn Mường Thanh, thành phố Plieku, tỉnh Gia Lai.",
        "Đoàn công tác làm việc tại Plieku từ ngày 09/11.",
        "Ủy ban nhân dân tỉnh Quảng Ngải báo cáo.",
        "Kiểm tra tại huyện Krong Pắc, tỉnh Đắk Lắk.",
    ),
    passes=(
        "Khách sạn Mường Thanh, thành phố Pleiku, tỉnh Gia Lai; huyện Krông Ana, tỉnh Đắk Lắk.",
        "Ủy ban nhân dân tỉnh Quảng Ngãi; thành phố Tam Kì, tỉnh Quảng Nam.",
        "Đăng tải trên Facebook, Zalo và Google; ông Nguyen Van A.",
        "Công văn của UBND tỉnh, HĐND huyện; xã hội hóa, Cộng hòa xã hội chủ nghĩa Việt Nam.",
        "Ông Pleiku Niê, xã Ia Grai, huyện Chư Prông.",
    ),
)
def misspelled_place_name(a: Analysis) -> Iterator[Hit]:
    g = load()
    for run in runs(a.tokens, a.text):
        words = [s.text for s in run]
        i = 0
        while i < len(words):
            if found := _after_unit(g, words, i):
                start, stop, name = found
            elif suggestion := _foreign_looking(g, words, i):
                start, stop, name = i, i + 1, suggestion
            else:
                i += 1
                continue
            begin, end = run[start].start, run[stop - 1].end
            token = a.text[begin:end]
            if hit := hit_for(a, begin, end, "warning", name, letters_only=True, token=token, suggestion=name):
                yield hit
            i = stop
