"""Spelling (family S): typing residue, impossible syllables, real-word slips, garbled phrases.

Every check works on runs of syllables (see :mod:`vnadmin_parse.vietnamese.runs`)
and the shipped lexicon. A check that cannot tell stays silent: abbreviations,
numbers, symbols and words cut off by punctuation are never judged, and text read
by OCR with a low confidence produces no finding.
"""

from __future__ import annotations

import itertools
import math
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from vnadmin_parse.data import load_table
from vnadmin_parse.model import NUMBER_TOKEN, WORD_TOKEN, Severity, Span
from vnadmin_parse.rules.context import Analysis
from vnadmin_parse.rules.registry import EVERY_OCR, Hit, OcrPolicy, RuleDoc, rule
from vnadmin_parse.vietnamese import slips
from vnadmin_parse.vietnamese.lexicon import Lexicon, key, load
from vnadmin_parse.vietnamese.lm import load as load_lm
from vnadmin_parse.vietnamese.runs import Run, is_abbreviation, runs
from vnadmin_parse.vietnamese.syllable import (
    has_diacritics,
    is_loanword_shape,
    is_valid,
    split_tone,
    strip_marks,
    vietnamese_letters,
)
from vnadmin_parse.vietnamese.telex import candidates, decode, keys_used
from vnadmin_parse.vietnamese.tone import convert, placement, put_tone

_BASIS = "Quy tắc chính tả tiếng Việt hiện hành; Nghị định 30/2020/NĐ-CP, Phụ lục I (kỹ thuật trình bày văn bản)."
#: Spelling on OCR text: a wrong mark on a scan is far more often the OCR's misreading than the author's slip, so a
#: finding there is only a note, and none unless the OCR read the words with confidence 90 or more.
SPELLING_ON_OCR = OcrPolicy(note_below=EVERY_OCR, drop_below=90.0)
#: Single-syllable letter errors, which OCR makes constantly: never reported on OCR text.
LETTERS_ON_OCR = OcrPolicy(drop_below=EVERY_OCR)


def hit_for(
    a: Analysis,
    start: int,
    end: int,
    default: Severity,
    fix: str | None,
    *,
    letters_only: bool = False,
    **params: str,
) -> Hit:
    """A hit with ``fix`` as its suggestion; on OCR text the engine judges it by the rule's ``SPELLING_ON_OCR``,
    or by ``LETTERS_ON_OCR`` for single-syllable letter errors (``letters_only``)."""
    return Hit(start, end, params, suggestion=fix, severity=default, ocr=LETTERS_ON_OCR if letters_only else None)


def _cased(model: str, word: str) -> str:
    """``word`` in the case and tone-placement style of ``model``."""
    word = convert(word, placement(model) or "old")
    if is_abbreviation(model):
        return word.upper()
    return word[0].upper() + word[1:] if model[:1].isupper() else word


@lru_cache(maxsize=1 << 16)
def _judgeable(word: str) -> bool:
    return is_valid(word) and not is_abbreviation(word)


def _belong_together(lex: Lexicon, a: str, b: str) -> bool:
    """Two syllables that belong together: a known word, or a pair seen in legal text."""
    return lex.pair(a, b) > 0 or lex.is_word(f"{a} {b}")


def words_covering(lex: Lexicon, words: Sequence[str], i: int) -> int:
    """How many known words of 2–4 syllables in ``words`` contain position ``i``."""
    n = len(words)
    found = 0
    for size in (2, 3, 4):
        for s in range(max(0, i - size + 1), min(i, n - size) + 1):
            found += lex.is_word(" ".join(words[s : s + size]))
    return found


def words_covering_with(lex: Lexicon, words: Sequence[str], i: int, word: str) -> int:
    """:func:`words_covering` of position ``i`` with ``word`` written there: only the three
    syllables on each side can share a word with it, so only they are copied (linear in the run)."""
    lo = max(0, i - 3)
    return words_covering(lex, [*words[lo:i], word, *words[i + 1 : i + 4]], i - lo)


@cache
def _word_starts() -> frozenset[str]:
    """The first two syllables of every known word of two or more syllables."""
    return frozenset(" ".join(w.split()[:2]) for w in load().words if " " in w)


def coverage(lex: Lexicon, keys: Sequence[str]) -> list[int]:
    """:func:`words_covering` for every position of ``keys`` (lookup form) at once."""
    found = [0] * len(keys)
    starts, known, n = _word_starts(), lex.words, len(keys)
    for s in range(n - 1):
        if (phrase := f"{keys[s]} {keys[s + 1]}") not in starts:
            continue
        for size in (2, 3, 4):
            if size > 2:
                if s + size > n:
                    break
                phrase = f"{phrase} {keys[s + size - 1]}"
            if phrase in known:
                for k in range(s, s + size):
                    found[k] += 1
    return found


def model_agrees(
    keys: Sequence[str], i: int, j: int, replacement: Sequence[str], extra: float, threshold: float = slips.THRESHOLD
) -> bool:
    """The syllable language model finds ``keys[i:j]`` replaced by ``replacement`` likelier than
    as written by at least ``threshold`` plus ``extra``, the text's unfamiliarity. An inserted
    syllable costs its own probability, so restoring a dropped one asks only that the model
    prefer the longer text (threshold 0)."""
    lo, hi = max(0, i - 2), min(len(keys), j + 2)
    before = keys[lo:hi]
    after = [*keys[lo:i], *replacement, *keys[j:hi]]
    gain = slips.edit_gain(load_lm(), before, after, i - lo, hi == len(keys))
    return gain >= threshold + extra


@dataclass(frozen=True)
class _Document:
    """What the spelling rules share about one analysis: its runs, their words, lookup keys,
    the model's unfamiliarity per syllable and the known-word coverage per syllable."""

    runs: list[Run]
    words: list[list[str]]
    keys: list[list[str]]
    extra: list[list[float]]
    covers: list[list[int]]


_last_document: list[tuple[object, _Document]] = []


def document(a: Analysis) -> _Document:
    """The shared view of ``a``, computed once per analysis."""
    if _last_document and _last_document[0][0] is a.tokens:
        return _last_document[0][1]
    found = runs(a.tokens, a.text)
    words = [[s.text for s in run] for run in found]
    keys = [[key(w) for w in run] for run in words]
    lex = load()
    doc = _Document(found, words, keys, slips.unfamiliarity(load_lm(), keys), [coverage(lex, w) for w in keys])
    _last_document[:] = [(a.tokens, doc)]
    return doc


def _span(run: Run, i: int, j: int) -> tuple[int, int]:
    return run[i].start, run[j - 1].end


# --- S001 / S002: repetitions -------------------------------------------------------------

#: Syllables that make an agent noun of the word after them (nhà đầu tư, người lao động, bên mua).
_AGENT_PREFIXES = frozenset({"nhà", "người", "bên"})
#: The passive markers: a word ending in one may be followed by the marker itself ("thiết bị bị hỏng").
_PASSIVE = frozenset({"bị", "được"})


def _legit_repeat(lex: Lexicon, words: Sequence[str], i: int, size: int) -> bool:
    """A repetition the language allows.

    Reduplications in the word list ("đời đời", "ngày ngày", "nhà nhà") or seen
    in legal text ("năm năm", five years) when not closing a word, or a
    word ending where the same syllable starts the next one ("cơ quan | quan
    trọng"), is the passive marker after a word ending in it ("dự bị | bị tai nạn"), or
    an agent noun then its verb ("nhà in | in hoá đơn", "nhà cung cấp | cung cấp").
    """
    phrase = " ".join(words[i : i + size])
    if lex.is_word(f"{phrase} {phrase}"):
        return True
    before = words[i - 1].lower() if i > 0 else ""
    # "nhà"/"người"/"bên" + a word makes an agent noun ("nhà cung cấp", "bên thuê") even
    # when the word list lacks it: "Nhà cung cấp cung cấp báo giá" is grammatical.
    ends_word = i > 0 and (lex.is_word(f"{before} {phrase}") or (before in _AGENT_PREFIXES and lex.is_word(phrase)))
    if size == 1 and not ends_word and lex.pair(phrase, phrase) >= 2:
        return True  # a standing repetition of legal text: "nhiệm kỳ là năm năm"
    second = i + size
    starts_word = any(
        lex.is_word(" ".join(words[second : second + size + k])) for k in (1, 2) if second + size + k <= len(words)
    )
    agent = before in _AGENT_PREFIXES and second + size < len(words)  # the agent's verb takes an object
    return ends_word and (starts_word or size == 2 or agent or phrase.lower() in _PASSIVE)


@rule(
    "S001",
    "repeated-word",
    severity="warning",
    message="Lặp từ “{word}”",
    message_en="Repeated word “{word}”",
    doc=RuleDoc(
        what="Một từ (một hoặc hai âm tiết) viết liền hai lần: “của của”, “dự thảo dự thảo”.",
        what_en="A word of one or two syllables written twice in a row.",
        why="Lỗi thường gặp khi sửa, chèn câu; người đọc bản in dễ bỏ qua. Từ láy hợp lệ (“đời đời”, "
        "“ngày ngày”, “nhà nhà”) có trong từ điển hoặc văn bản pháp luật thì không báo, cũng như một âm tiết vừa "
        "kết thúc một từ vừa đứng riêng làm từ kế tiếp: dấu hiệu bị động sau từ tận cùng bằng nó (“dự bị bị tai "
        "nạn”), động từ sau danh từ chỉ chủ thể (“Nhà in in hoá đơn”). Sau một thuật ngữ mà chính văn bản dùng làm "
        "chủ ngữ ở đầu câu (“Chủ trì thuê …”), lần lặp chỉ là lưu ý.",
        basis=_BASIS,
        example="… trình dự thảo dự thảo Quyết định …",
        fix="Xoá một lần lặp.",
    ),
    fires=(
        "Báo cáo kết quả thực hiện của của Sở Tư pháp.",
        "Văn phòng trình dự thảo dự thảo Quyết định ban hành quy chế.",
        "Các đơn vị triển khai thực hiện thực hiện nghiêm túc.",
        "Các đơn vị thực hiện hiện kế hoạch được giao.",
    ),
    passes=(
        "Nhà nhà, người người thi đua; đời đời nhớ ơn các anh hùng liệt sĩ.",
        "Ngày ngày tổ chức tuyên truyền trên các phương tiện.",
        "Số 12/12/2023 và điểm a, a khoản 2.",
        "Ban hành kèm theo Quyết định này.",
        "Nhà cung cấp cung cấp báo giá chịu trách nhiệm về thông tin về giá.",
        "Mức thu I                    I",
        "Biểu thuế thuế nhập khẩu ưu đãi ban hành kèm theo; sửa đổi Biểu thuế thuế nhập khẩu ưu đãi.",
        "Trường hợp công chức dự bị bị tai nạn lao động thì được hưởng chế độ.",
        "Cơ quan Thuế quản lý các Nhà in in hoá đơn cho tổ chức, cá nhân.",
        "Ông Ngô Tam Quế gặp Trần Viên Viên ở kinh thành.",
        "Ông Đỗ Minh Châu, Phó Trưởng phòng Phòng Kinh tế thị xã; Trưởng ban Ban Thi đua - Khen thưởng tỉnh.",
    ),
    ocr=SPELLING_ON_OCR,
)
def repeated_word(a: Analysis) -> Iterator[Hit]:
    lex = load()
    found: list[tuple[str, Hit]] = []
    opened: Counter[tuple[str, str, str]] | None = None
    doc = document(a)
    for run, words in zip(doc.runs, doc.words, strict=True):
        lowers = [w.lower() for w in words]
        n = len(words)
        i = 0
        while i < n:
            if not (i + 1 < n and lowers[i] == lowers[i + 1]) and not (i + 3 < n and lowers[i] == lowers[i + 2]):
                i += 1  # no repeat of one syllable or two starts here: the slices below would differ
                continue
            for size in (2, 1):
                if i + 2 * size > n or lowers[i : i + size] != lowers[i + size : i + 2 * size]:
                    continue
                left = words[i : i + size]
                phrase = " ".join(left)
                if not all(_judgeable(w) for w in left) or (size == 2 and not lex.is_word(phrase)):
                    continue
                if _legit_repeat(lex, words, i, size) or len(a.text[run[i + size - 1].end : run[i + size].start]) > 2:
                    continue  # allowed by the language, or apart in a table or formula layout
                if size == 1 and (_inside_name(words, i) or _title_before_name(words, i)):
                    continue  # "Trần Viên Viên", "kênh Cái Cái": a name repeats its syllables
                start, end = _span(run, i, i + 2 * size)
                if size == 1 and i >= 2 and opened is None:
                    opened = openings(a.text)
                note = size == 1 and opened is not None and _subject_term(opened, words[i - 2 : i + 1])
                severity: Severity = "info" if note else "warning"
                if hit := hit_for(a, start, end, severity, phrase, word=phrase):
                    context = " ".join(words[max(0, i - 1) : i + 2 * size + 1]).lower()
                    found.append((context, hit))
                i += 2 * size - 1
                break
            i += 1
    # The same repetition in the same words more than once is the document's own usage
    # ("Biểu thuế thuế nhập khẩu", the name of a tariff), not a slip of the keyboard.
    seen = Counter(context for context, _ in found)
    yield from (hit for context, hit in found if seen[context] == 1)


def _inside_name(words: Sequence[str], i: int) -> bool:
    """``words[i]`` and its repeat are capitalised (not abbreviations) after a capitalised word."""
    pair = words[i : i + 2]
    return i > 0 and words[i - 1][:1].isupper() and all(w[:1].isupper() and not w.isupper() for w in pair)


def _title_before_name(words: Sequence[str], i: int) -> bool:
    """A title ending in a unit's word before the unit's name: "Trưởng phòng Phòng Kinh tế", "Trưởng ban Ban Thi
    đua" (Phụ lục II: the name of a body starts with a capital; the title's word does not)."""
    after = words[i + 2] if i + 2 < len(words) else ""
    return words[i].islower() and words[i + 1][:1].isupper() and not words[i + 1].isupper() and after[:1].isupper()


#: Sentences or list items a phrase must open elsewhere in the document to be one of its terms.
_OPENS = 2


_OPENING = regex.compile(
    r"(?m)(?:^[ \t]*(?:(?:[a-zđ]|\d+|[IVX]+)[.)][ \t]+)?|[.;:!?][ \t]+)(\w+)\s+(\w+)\s+(\w+)(?!\w)"
)


def openings(text: str) -> Counter[tuple[str, str, str]]:
    """How often each three words open a sentence or list item of ``text`` (one pass over it)."""
    found = {m.start(1): m.groups() for m in _OPENING.finditer(text, overlapped=True)}  # each opening once
    return Counter(found.values())


def _subject_term(opened: Counter[tuple[str, str, str]], term: Sequence[str]) -> bool:
    """Whether the three syllables ending with a repeated one open sentences or list items of the
    document elsewhere (``opened``: :func:`openings` of the document): a term of its own ("Chủ trì
    thuê …", the decree's lessee), so "chủ trì thuê thuê tổ chức" may be the term and then its
    verb, and the repetition is only a note."""
    if len(term) < 3:
        return False
    first, second, third = term
    return opened[first[:1].upper() + first[1:], second, third] >= _OPENS


def stray_repeat(lex: Lexicon, w: Sequence[str], i: int) -> bool:
    """True if ``w[i+2]`` repeats the first syllable of the word ``w[i] w[i+1]`` by mistake.

    The repeated syllable must start no known word, and dropping it must make the
    text far likelier (log-probability gain of at least ``_MIN_DROP_GAIN``).
    """
    if w[i + 2] != w[i] or w[i + 1].lower() == w[i].lower():
        return False
    if not all(_judgeable(x) for x in w[i : i + 4]) or not lex.is_word(f"{w[i]} {w[i + 1]}"):
        return False
    if any(lex.is_word(" ".join(w[i + 2 : i + 2 + k])) for k in (2, 3, 4) if i + 2 + k <= len(w)):
        return False  # "nhiệm vụ nhiệm kỳ": the repeat starts a word of its own
    gain = lex.logp(w[i + 1], w[i + 3]) - lex.logp(w[i + 1], w[i + 2]) - lex.logp(w[i + 2], w[i + 3])
    return gain >= _MIN_DROP_GAIN


#: Calibrated on planted repetitions in held-out documents (benchmarks/bench_spelling.py).
_MIN_DROP_GAIN = 7.0


@rule(
    "S002",
    "garbled-repetition",
    severity="warning",
    message="Lặp âm tiết “{syllable}” làm hỏng cụm từ: có lẽ là “{suggestion}”",
    message_en="Stray repeated syllable “{syllable}”: probably “{suggestion}”",
    doc=RuleDoc(
        what="Âm tiết đầu của một từ bị gõ lặp lại sau từ đó: “nhiệm vụ nhiệm trọng tâm”.",
        what_en="The first syllable of a word typed again right after it: “nhiệm vụ nhiệm trọng tâm”.",
        why="Dấu vết của việc sửa câu dang dở; câu mất nghĩa mà mắt người đọc lướt qua.",
        basis=_BASIS,
        example="Xác định công tác thông tin đối ngoại là nhiệm vụ nhiệm trọng tâm",
        fix="Xoá âm tiết thừa.",
    ),
    fires=(
        "Xác định công tác thông tin đối ngoại là nhiệm vụ nhiệm trọng tâm, cần thiết.",
        "Đề nghị các cơ quan phối hợp phối tổ chức thực hiện.",
    ),
    passes=(
        "Xác định đây là nhiệm vụ trọng tâm, cần thiết.",
        "Cán bộ, công chức, viên chức và người lao động.",
        "Thực hiện nhiệm vụ, nhiệm kỳ 2021 - 2026.",
    ),
    ocr=SPELLING_ON_OCR,
)
def garbled_repetition(a: Analysis) -> Iterator[Hit]:
    lex = load()
    doc = document(a)
    keys, extra = doc.keys, doc.extra
    for r, run in enumerate(doc.runs):
        w = doc.words[r]
        for i in range(len(w) - 3):
            if not stray_repeat(lex, w, i) or not model_agrees(keys[r], i + 2, i + 3, [], extra[r][i]):
                continue
            stop = i + 5 if i + 4 < len(w) and lex.is_word(f"{w[i + 3]} {w[i + 4]}") else i + 4
            suggestion = " ".join(w[i : i + 2] + w[i + 3 : stop])
            start, end = _span(run, i, stop)
            if hit := hit_for(a, start, end, "warning", suggestion, syllable=w[i + 2], suggestion=suggestion):
                yield hit


# --- S003 / S004: residue and impossible syllables --------------------------------------------


def _context_score(lex: Lexicon, words: Sequence[str], i: int, word: str) -> int:
    score = 3 * words_covering_with(lex, words, i, word)
    if i > 0:
        score += min(lex.pair(words[i - 1], word), 20)
    if i + 1 < len(words):
        score += min(lex.pair(word, words[i + 1]), 20)
    return score


def _residue_tokens(a: Analysis) -> Iterator[tuple[Span, list[str], int]]:
    """Tokens that may be keystroke residue, with their run's words and their index in it."""
    for run in runs(a.tokens, a.text):
        words = [s.text for s in run]
        for i, tok in enumerate(run):
            yield tok, words, i
    # VNI residue contains digits: a token of its own, judged with its letter neighbours.
    toks = a.tokens
    for k, tok in enumerate(toks):
        if tok.label == NUMBER_TOKEN and tok.text.isalnum() and not tok.text.isdigit():
            left = (
                [toks[k - 1].text] if k and toks[k - 1].label == WORD_TOKEN and toks[k - 1].end + 1 == tok.start else []
            )
            right = (
                [toks[k + 1].text]
                if k + 1 < len(toks) and toks[k + 1].label == WORD_TOKEN and tok.end + 1 == toks[k + 1].start
                else []
            )
            yield tok, [*left, tok.text, *right], len(left)


@rule(
    "S003",
    "keystroke-residue",
    severity="warning",
    message="“{token}” là phím gõ Telex/VNI chưa được chuyển thành chữ: có lẽ là “{suggestion}”",
    message_en="“{token}” is Telex/VNI keystroke residue: probably “{suggestion}”",
    doc=RuleDoc(
        what="Một từ còn nguyên phím gõ dấu của kiểu gõ Telex hoặc VNI (“Nhf”, “ddeen”, “cuar”, “tie61ng”).",
        what_en="A word still showing the keystrokes of the Telex or VNI input method.",
        why="Xảy ra khi bộ gõ tắt hoặc chuyển kiểu gõ giữa chừng; văn bản ký ban hành mà còn lỗi này "
        "thiếu nghiêm túc. Gợi ý được chọn theo các từ đứng cạnh.",
        basis=_BASIS,
        example="các chương trình biểu diễn phục vụ Nhân dân tại Nhf kèn",
        fix="Gõ lại từ đúng dấu.",
    ),
    fires=(
        "các chương trình biểu diễn phục vụ Nhân dân tại Nhf kèn và sân khấu",
        "Báo cáo kết quả thực hiện cuar Sở Tư pháp.",
        "Ủy ban nhân dân tỉnh gửi ddeen các sở, ngành.",
        "Đẩy mạnh tuyên truyền bằng tie61ng Việt.",
        "Hội Liên hiệp Phụ nữ Vieejt Nam.",
        "Công tác bảo hiểm y tế được triển khai khoong đồng đều giữa các thôn.",
    ),
    passes=(
        "Đăng tải trên website, email và Facebook của đơn vị.",
        "Tuyến xe bus số 12 hoạt động bình thường.",
        "Công văn số 15/UBND-VX gửi UBND, HĐND, BTTTT.",
        "Các khu vực A1, B2 và phòng 3A.",
        "The meaning of the word Thus in the sentence, according to Hamburg scholars.",
        "Ông đã học ở Hamburg và viết cuốn Thus Spoke Zarathustra.",
        "Giấy phép khai thác các cơ sở ANS liên quan và các trung tâm ATFM.",
        "Phát thanh trên băng tần FM mà không cần giấy phép.",
        "Kiểu dáng: dáng áo Vest, kiểu cổ chữ K bẻ hai ve.",
        "Gây thiệt hại đến các hệ sinh thái biển, hải đảo, chỉ số tương ứng là Ist.",
    ),
    ocr=SPELLING_ON_OCR,
)
def keystroke_residue(a: Analysis) -> Iterator[Hit]:
    lex = load()
    for tok, words, i in _residue_tokens(a):
        # A lower-case token of a well-formed shape nobody writes ("khoong") is decoded too.
        unwritten = tok.text.islower() and is_valid(tok.text) and not lex.knows(tok.text)
        found = [c for c in candidates(tok.text, even_if_valid=unwritten) if lex.knows(c)]
        if not found or len(words) < 2 or _abbreviation_in_prose(words, i):
            continue
        literal = decode(tok.text, even_if_valid=unwritten)
        if literal and _name_in_prose(words, i) and keys_used(tok.text) == 1:
            continue  # one letter that could be a key in a capitalised word mid-sentence: "áo Vest", "chỉ số Ist"
        if literal in found:
            found = [literal]  # the decoding as typed is a word: no tone key typed is a level tone
        scored = sorted(((_context_score(lex, words, i, c), c) for c in found), reverse=True)
        best_score, best = scored[0]
        # A full decoding (vowel marks and tone typed) stands on its own; abbreviation-like
        # capitals, short tokens and VNI digits need the neighbours to agree.
        explicit = len(found) == 1 and len(tok.text) >= 4 and not tok.text.isupper() and not tok.text[-1].isdigit()
        if best_score == 0 and not explicit:
            continue
        if len(scored) > 1 and scored[1][0] == best_score:
            continue
        if not _paired_in_context(words, i, best):
            continue  # nothing around confirms the decoding: a foreign word or a name ("Thus", "test")
        if hit := hit_for(a, tok.start, tok.end, "warning", best, token=tok.text, suggestion=best):
            yield hit


def _abbreviation_in_prose(words: Sequence[str], i: int) -> bool:
    """An all-capital token beside a word in lower case is an abbreviation ("các cơ sở ANS", "băng tần FM"):
    residue in capitals comes from a line typed in capitals, where its neighbours are capitals too."""
    if not (words[i].isupper() and len(words[i]) > 1):
        return False
    near = [words[k] for k in (i - 1, i + 1) if 0 <= k < len(words) and words[k].isalpha()]
    return any(not w.isupper() for w in near)


def _name_in_prose(words: Sequence[str], i: int) -> bool:
    """A capitalised word after a word in lower case: where a sentence puts a name or a foreign word."""
    return words[i][:1].isupper() and not words[i].isupper() and i > 0 and words[i - 1].islower()


def _paired_in_context(words: Sequence[str], i: int, word: str) -> bool:
    """``word`` in place of ``words[i]`` forms a pair of the language model with a Vietnamese
    neighbour: the context confirms the decoding ("tại Nhf kèn" → "tại nhà")."""
    lm = load_lm()
    me = lm.id(key(word))
    left = words[i - 1] if i > 0 else ""
    right = words[i + 1] if i + 1 < len(words) else ""
    return bool(
        (is_valid(left) and lm.log_bigram(lm.id(key(left)), me) is not None)
        or (is_valid(right) and lm.log_bigram(me, lm.id(key(right))) is not None)
    )


def _split_part(words: Sequence[str], i: int) -> bool:
    """True if ``words[i]`` joined to a neighbour makes one syllable (an extraction split)."""
    return (i > 0 and is_valid(words[i - 1] + words[i])) or (i + 1 < len(words) and is_valid(words[i] + words[i + 1]))


def _glued(lex: Lexicon, word: str) -> bool:
    """True if ``word`` is two known syllables run together ("kếhoạch"): a missing space, not a misspelling."""
    return any(lex.knows(word[:k]) and lex.knows(word[k:]) for k in range(1, len(word)))


def _toneless_stop(word: str) -> bool:
    """A toneless syllable ending in -c, -ch, -p or -t: impossible, it takes sắc or nặng ("thich")."""
    base, tone, _ = split_tone(word)
    return tone == 0 and not is_valid(word) and (is_valid(put_tone(base, 1)) or is_valid(put_tone(base, 5)))


def _loanword(lex: Lexicon, word: str) -> bool:
    """A Vietnamised loanword written as one word ("nitrôglyxêrin"): pieces of valid shape, and its
    letters not those of a known syllable with misplaced marks ("ngưòi")."""
    return is_loanword_shape(word) and not lex.by_skeleton.get(strip_marks(word))


@rule(
    "S004",
    "invalid-syllable",
    severity="warning",
    message="“{token}” không phải là âm tiết tiếng Việt viết đúng chính tả",
    message_en="“{token}” is not a well-formed Vietnamese syllable",
    doc=RuleDoc(
        what="Một từ viết thường không ghép được theo quy tắc âm vị học (phụ âm đầu, vần, thanh): có dấu tiếng "
        "Việt mà sai (“hoàt”, “nghiêmm”), hoặc không dấu mà vần tắc -p, -t, -c, -ch thiếu thanh sắc/nặng "
        "giữa câu tiếng Việt (“kip thời” → “kịp thời”), hoặc ghép đúng quy tắc nhưng không có trong từ điển cũng "
        "như trong 18 triệu âm tiết văn bản đã học, giữa các âm tiết tiếng Việt (“sẳn sàng” → “sẵn sàng”) và có "
        "âm tiết gần đó hợp hơn. Gợi ý là âm tiết gần nhất hợp với các âm tiết bên cạnh "
        "theo mô hình ngôn ngữ âm tiết.",
        what_en="A lower-case word that breaks syllable structure (onset, rhyme, tone): with Vietnamese "
        "diacritics (“hoàt”), or toneless with a stop coda in a Vietnamese sentence (“kip thời” → “kịp thời”), or "
        "well formed but written by neither the word list nor the 18 million syllables the model learned from, "
        "among Vietnamese syllables, when a nearby syllable fits better (“sẳn sàng” → “sẵn sàng”); the "
        "suggestion is the nearest syllable the syllable language model prefers in context.",
        why="Lỗi gõ phím làm sai chữ; từ như vậy không có trong tiếng Việt. Tên riêng, chữ viết tắt, từ nước "
        "ngoài và từ phiên âm viết liền có hình thức âm tiết hợp lệ (“nitrôglyxêrin”, “glyxêrin”) không bị "
        "kiểm tra.",
        basis=_BASIS,
        example="tổ chức các hoạt đôngj văn hoá",
        fix="Sửa lại chính tả của từ.",
    ),
    fires=(
        "Tăng cường công tác kiểm tra, giám sát hoàt động kinh doanh.",
        "Chính quyền đã hòan thành nhiệm vụ.",
        "Tổ chức nghiêmm túc các hội nghị.",
        "Các cơ quan phải báo cáo kip thời cho Sở Tư pháp.",
        "Lực lượng dân quân luôn sẳn sàng ứng phó với thiên tai.",
    ),
    passes=(
        "Tỉnh Đắk Lắk và Krông Pắc tổ chức hội nghị.",
        "Đăng tải trên website của Sở.",
        "Hoá đơn, hóa đơn, thuỷ lợi, thủy lợi, khuya, khuỷu tay.",
        "Hỗn hợp lỏng gồm nitrôglyxêrin và glyxêrin, rất dễ nổ.",
        "Chương trình hot nhất trên mạng.",
        "Lực lượng dân quân luôn sẵn sàng ứng phó với thiên tai.",
        "Đoàn đã đến thăm bản Khuổi Nậm của đồng bào dân tộc.",
    ),
    ocr=SPELLING_ON_OCR,
)
def invalid_syllable(a: Analysis) -> Iterator[Hit]:
    lex = load()
    doc = document(a)
    found, words, keys = doc.runs, doc.words, doc.keys
    marked = [[False] * len(run) for run in words]
    toneless = [[False] * len(run) for run in words]
    unseen = [[False] * len(run) for run in words]
    lm = load_lm()
    for r, run in enumerate(words):
        for i, w in enumerate(run):
            if not w.islower() or lex.knows(w) or len(w) < 2 or _split_part(run, i):
                continue
            if is_valid(w):
                unseen[r][i] = _unseen(lex, run, i, keys[r][i])
                continue
            if not vietnamese_letters(w):
                continue  # "shōnen", "kōura": another language's letters
            if has_diacritics(w):
                marked[r][i] = bool(_replaced(keys[r][i])) or not (candidates(w) or _glued(lex, w) or _loanword(lex, w))
            else:
                toneless[r][i] = _toneless_stop(w) and _vietnamese_around(lex, run, i)
    suggestions = {(x.run, x.index): x.suggestion for x in slips.find(lm, keys, marked, threshold=0.0)}
    reported = {(x.run, x.index): x.suggestion for x in slips.find(lm, keys, toneless, kinds=frozenset({"tone"}))}
    reported |= {(x.run, x.index): x.suggestion for x in slips.find(lm, keys, unseen, threshold=0.0)}
    for r, i in sorted({(r, i) for r, row in enumerate(marked) for i, m in enumerate(row) if m} | set(reported)):
        tok = found[r][i]
        fix = _replaced(keys[r][i]) or suggestions.get((r, i)) or reported.get((r, i))
        fix = _cased(tok.text, fix) if fix else None
        if hit := hit_for(a, tok.start, tok.end, "warning", fix, letters_only=True, token=tok.text):
            yield hit


def _unseen(lex: Lexicon, words: Sequence[str], i: int, lookup: str) -> bool:
    """``words[i]`` (lower case, ``lookup`` its lookup form) is well formed, but neither the word list nor
    the model's 18 million syllables of text write it, and Vietnamese surrounds it: a syllable not in
    use ("giửa", "sẳn"), judged by S004 like a malformed one, and not by S005."""
    return (
        words[i].islower()
        and not lex.knows(lookup)
        and load_lm().count(lookup) < slips.MIN_COUNT
        and _vietnamese_around(lex, words, i)
    )


def _replaced(word: str) -> str:
    """``word`` (invalid, lookup form) with its one tone mark put on the right vowel, when that makes
    a valid syllable ("hịên" → "hiện", "tòan" → "toàn"), else ""."""
    base, tone, _ = split_tone(word)
    placed = put_tone(base, tone, "new") if tone > 0 else ""
    return placed if placed != word and is_valid(placed) else ""


def _vietnamese_around(lex: Lexicon, words: Sequence[str], i: int) -> bool:
    """The neighbours (at least one) are lower-case Vietnamese syllables, one at least with diacritics."""
    near = [*words[max(0, i - 1) : i], *words[i + 1 : i + 2]]
    return all(w.islower() and is_valid(w) for w in near) and any(map(has_diacritics, near))


# --- S005: real words with the wrong diacritic or letter -------------------------------------


def _judge_mask(words: Sequence[str]) -> list[bool]:
    """Which syllables of a run S005 may judge: well-formed, not abbreviations, not
    part of a name (a capitalised syllable next to another capitalised one), and in use
    (a syllable :func:`_unseen` is S004's)."""
    lex = load()
    return [
        _judgeable(w) and (w.islower() or not _name_context(words, i)) and not _unseen(lex, words, i, key(w))
        for i, w in enumerate(words)
    ]


@rule(
    "S005",
    "wrong-diacritic",
    severity="warning",
    message="“{token}” có lẽ gõ nhầm: “{suggestion}”",
    message_en="“{token}” is probably a slip for “{suggestion}”",
    doc=RuleDoc(
        what="Một âm tiết có thật nhưng sai dấu thanh, dấu mũ/móc, hoặc nhầm một chữ (s/x, ch/tr, d/gi/r, l/n, "
        "n/ng, c/t, phím bên cạnh), trong khi âm tiết sửa lại hợp với các âm tiết bên cạnh hơn hẳn "
        "(“Thẻ thao” → “Thể thao”, “tài chinh” → “tài chính”, “nhân dần” → “nhân dân”). Mô hình ngôn ngữ "
        "âm tiết (bộ ba âm tiết) học từ văn bản pháp luật chấm điểm từng khả năng; chỉ báo khi tỷ số hợp lý "
        "vượt ngưỡng đã hiệu chỉnh trên văn bản chưa dùng để học.",
        what_en="A real syllable with the wrong tone or vowel mark, or one letter confused (s/x, ch/tr, d/gi/r, "
        "l/n, n/ng, c/t, a neighbouring key), while the corrected syllable fits its neighbours far better, as "
        "scored by a syllable trigram model of legal text; reported only above a likelihood ratio calibrated "
        "on text the model did not learn from.",
        why="Máy kiểm tra chính tả thông thường bỏ qua lỗi này vì từng âm tiết đều đúng; người đọc mệt cũng dễ bỏ qua.",
        basis=_BASIS,
        example="Sở Văn hoá và Thẻ thao đã tổ chức",
        fix="Sửa âm tiết theo gợi ý.",
    ),
    fires=(
        "Sở Văn hoá và Thẻ thao đã tổ chức, phối hợp tổ chức các hoạt động.",
        "Báo cáo tình hình tài chinh của đơn vị năm 2023.",
        "Ủy ban nhân dần thành phố ban hành kế hoạch.",
        "Tăng cường công tác kiểm tra, giám xát việc thực hiện.",
    ),
    passes=(
        "Sở Văn hoá và Thể thao đã tổ chức các hoạt động.",
        "Cấp thẻ bảo hiểm y tế cho người dân.",
        "Báo cáo tình hình tài chính của đơn vị năm 2023.",
        "Ông Nguyễn Văn Thẻ, Trưởng phòng.",
    ),
    ocr=SPELLING_ON_OCR,
)
def wrong_diacritic(a: Analysis) -> Iterator[Hit]:
    doc = document(a)
    found, words, keys = doc.runs, doc.words, doc.keys
    lex = load()

    def cover(r: int, i: int, syllable: str) -> int:
        return words_covering_with(lex, keys[r], i, syllable)

    for slip in slips.find(load_lm(), keys, [_judge_mask(w) for w in words], cover):
        if _steals_neighbour(lex, keys[slip.run], slip.index, slip.suggestion):
            continue
        tok = found[slip.run][slip.index]
        suggestion = _cased(tok.text, slip.suggestion)
        if hit := hit_for(
            a, tok.start, tok.end, "warning", suggestion, letters_only=True, token=tok.text, suggestion=suggestion
        ):
            yield hit


def _steals_neighbour(lex: Lexicon, words: Sequence[str], i: int, best: str) -> bool:
    """The variant's strongest bond takes a neighbour from a stronger word on the neighbour's other side.

    "nghiệm thu phần công việc": "phân công" (134 in legal text) would take the
    "công" of "công việc" (471); "làm công ăn lương": "công an" (73) would take
    the "công" of "làm công" (198). Breaking a likelier word to make another is
    no evidence of a slip.
    """
    left = lex.pair(words[i - 1], best) if i > 0 else 0
    right = lex.pair(best, words[i + 1]) if i + 1 < len(words) else 0
    if left > right:
        outer = (words[i - 2], words[i - 1]) if i >= 2 else None
    else:
        outer = (words[i + 1], words[i + 2]) if i + 2 < len(words) else None
    return outer is not None and lex.is_word(" ".join(outer)) and lex.pair(*outer) > max(left, right)


def _name_context(words: Sequence[str], i: int) -> bool:
    """A capitalised syllable next to another capitalised one: part of a name."""
    return (i > 0 and words[i - 1][:1].isupper()) or (i + 1 < len(words) and words[i + 1][:1].isupper())


# --- S006 / S007: garbled phrases ------------------------------------------------------------


def _pair_score(lex: Lexicon, a: str, b: str) -> float:
    """How well ``b`` follows ``a``: a known word scores 1, plus log2 of the pair's count."""
    return lex.is_word(f"{a} {b}") + math.log2(1 + lex.pair(a, b))


def _uncovered(lex: Lexicon, seq: Sequence[str], positions: range) -> int:
    """How many of ``positions`` belong to no known word of ``seq``."""
    return sum(words_covering(lex, seq, k) == 0 for k in positions)


#: Log-likelihood gain the syllable model must see in a reordering (planted scrambles in held-out
#: documents, benchmarks/bench_spelling.py, and no false alarm on the real documents).
_REORDER_GAIN = 6.0
#: Scrambles worth reporting move one syllable or word by at most this many places.
_MAX_MOVES = 2


def _inversions(perm: Sequence[int]) -> int:
    return sum(x > y for x, y in itertools.combinations(perm, 2))


def reorder(lex: Lexicon, words: Sequence[str], s: int, size: int) -> list[str] | None:
    """A reordering of ``words[s:s+size]`` that reads far better in its context, or None.

    At least two syllables of the window must belong to no known word, two of them
    side by side as legal text never writes them ("triển tiếp"), every syllable of
    the reordering must belong to a known word, the reordering must score clearly better,
    and among those the one moving the fewest syllables is taken (a tie: silence).
    """
    window = list(words[s : s + size])
    if len({w.lower() for w in window}) < size:
        return None
    left, right = list(words[max(0, s - 1) : s]), list(words[s + size : s + size + 1])
    pool = left + window + right
    partners = _pair_partners()
    keyed = [(y, key(y)) for y in pool]
    for x in window:
        mates = partners.get(key(x))
        if not mates or not any(ky in mates for y, ky in keyed if y != x):
            return None  # some syllable forms a word in no order: no reordering can cover it
    inside = range(len(left), len(left) + size)
    if _uncovered(lex, pool, inside) < 2:
        return None
    if all(_belong_together(lex, x, y) for x, y in itertools.pairwise(window)):
        return None  # legal text writes every neighbour pair of the window: an order of its own
    original = _sequence_score(lex, left + window + right)
    scored = []
    for order in itertools.permutations(range(size)):
        perm = [window[k] for k in order]
        seq = left + perm + right
        if perm == window or _uncovered(lex, seq, inside) > 0:
            continue
        score = _sequence_score(lex, seq)
        if score >= original + 4 and _inversions(order) <= _MAX_MOVES:
            scored.append((_inversions(order), -score, perm))
    if not scored:
        return None
    scored.sort()
    if len(scored) > 1 and scored[1][:2] == scored[0][:2]:
        return None
    return scored[0][2]


@cache
def _pair_partners() -> dict[str, frozenset[str]]:
    """Each syllable (lookup form) to the syllables it makes a two-syllable known word with, in either order."""
    partners: dict[str, set[str]] = {}
    for w in load().words:
        pair = w.split(" ")
        if len(pair) == 2:
            partners.setdefault(pair[0], set()).add(pair[1])
            partners.setdefault(pair[1], set()).add(pair[0])
    return {k: frozenset(v) for k, v in partners.items()}


def _mate_reach(words: Sequence[str], keys: Sequence[str], p: int) -> tuple[int, int]:
    """The nearest positions before and after ``p`` (at most four away; -5 and ``len(words) + 5`` when none)
    of another syllable that makes a two-syllable known word with ``words[p]`` (``keys``: their lookup forms):
    the syllable has a partner in a window's pool (an interval around it) exactly when one of the two is inside."""
    x = words[p]
    left, right = -5, len(words) + 5
    if not (mates := _pair_partners().get(keys[p])):
        return left, right
    for q in range(p - 1, max(-1, p - 5), -1):
        if words[q] != x and keys[q] in mates:
            left = q
            break
    for q in range(p + 1, min(len(words), p + 5)):
        if words[q] != x and keys[q] in mates:
            right = q
            break
    return left, right


def _sequence_score(lex: Lexicon, seq: Sequence[str]) -> float:
    return sum(_pair_score(lex, x, y) for x, y in itertools.pairwise(seq))


@rule(
    "S006",
    "scrambled-order",
    severity="warning",
    message="Trật tự từ bị đảo: “{token}” có lẽ là “{suggestion}”",
    message_en="Scrambled word order: “{token}” is probably “{suggestion}”",
    doc=RuleDoc(
        what="Một cụm âm tiết không thành từ, trong khi sắp xếp lại chính các âm tiết đó thì thành cụm từ "
        "quen thuộc (“triển tiếp tục khai” → “tiếp tục triển khai”).",
        what_en="A run of syllables that forms no known words while a reordering of the same syllables does.",
        why="Dấu vết của thao tác cắt, dán khi sửa câu; câu trở nên vô nghĩa.",
        basis=_BASIS,
        example="việc triển tiếp tục khai thực hiện Đề án",
        fix="Sắp xếp lại các từ theo gợi ý.",
    ),
    fires=(
        "Bên cạnh đó, việc triển tiếp tục khai thực hiện Đề án sân khấu truyền thống.",
        "Các đơn vị cần thực tiếp tục hiện nghiêm túc chỉ đạo.",
    ),
    passes=(
        "Bên cạnh đó, việc tiếp tục triển khai thực hiện Đề án sân khấu truyền thống.",
        "Ông Nguyễn Văn Bình, Trần Thị Hoa, Lê Minh Tuấn.",
        "Nếu xuất khẩu hàng hoá ngoài thời hạn nộp thuế quy định thì đối tượng phải nộp thuế theo đúng quy định.",
        "Ưu tiên phát triển đội tàu vận tải biển thông qua chính sách ưu đãi về thuế.",
        "Số bản vận đơn gốc đã ký phát cho người giao hàng.",
    ),
    ocr=SPELLING_ON_OCR,
)
def scrambled_order(a: Analysis) -> Iterator[Hit]:
    lex = load()
    doc = document(a)
    keys, extra = doc.keys, doc.extra
    for r, run in enumerate(doc.runs):
        words = doc.words[r]
        loose = [c == 0 for c in doc.covers[r]]
        # loose syllables before each position: a window needs two of them (checked below), a cheap skip first
        before = list(itertools.accumulate(loose, initial=0))
        if before[-1] < 2:
            continue
        # syllables before each position that are not lower-case judgeable ones (a window has none)
        barred = list(itertools.accumulate((not (w.islower() and _judgeable(w)) for w in words), initial=0))
        reach: dict[int, tuple[int, int]] = {}  # _mate_reach by position, as needed
        n = len(words)
        free = 0  # the first position past the last window reported
        for i in range(n - 2):  # a window has three syllables at least
            if i < free or before[min(i + 4, n)] - before[i] < 2:
                continue
            fixed = None
            for size in (4, 3):
                if i + size > n or before[i + size] - before[i] < 2:
                    continue  # fewer than two syllables outside known words: nothing to reorder
                if barred[i + size] == barred[i]:
                    for p in range(i, i + size):
                        if p not in reach:
                            reach[p] = _mate_reach(words, keys[r], p)
                    if not all(reach[p][0] >= i - 1 or reach[p][1] <= i + size for p in range(i, i + size)):
                        continue  # a syllable with no partner in the pool: reorder() would say None
                    fixed = reorder(lex, words, i, size)
                    repaired = [key(w) for w in fixed or ()]
                    if fixed and not model_agrees(keys[r], i, i + size, repaired, extra[r][i], _REORDER_GAIN):
                        fixed = None
                    if fixed:
                        break
            if fixed:
                start, end = _span(run, i, i + len(fixed))
                token, suggestion = a.text[start:end], " ".join(fixed)
                if hit := hit_for(a, start, end, "warning", suggestion, token=token, suggestion=suggestion):
                    yield hit
                free = i + len(fixed)


@cache
def document_types() -> tuple[tuple[str, ...], ...]:
    """Names of document types ("Kế hoạch", "Quyết định", …) as syllable tuples, from ``doc_types.json``."""
    names: set[tuple[str, ...]] = set()
    for entry in load_table("doc_types.json")["entries"]:
        for name in [entry.get("type"), *entry.get("aliases", [])]:
            if isinstance(name, str) and len(name.split()) > 1:
                names.add(tuple(key(x) for x in name.split()))
    return tuple(sorted(names, key=len, reverse=True))


def document_type_length(words: Sequence[str], i: int) -> int:
    """Syllables of the capitalised document type name starting at ``words[i]`` (0 if none)."""
    if not words[i][:1].isupper():
        return 0
    following = tuple(key(x) for x in words[i : i + 3])
    return next((len(n) for n in document_types() if following[: len(n)] == n), 0)


def _isolated(lex: Lexicon, words: Sequence[str], i: int) -> bool:
    """``words[i]``, lower case and between two neighbours, forms a word or a counted pair with neither."""
    w = words[i]
    if i == 0 or i + 1 >= len(words) or not _judgeable(w) or not w.islower():
        return False
    return not (
        _belong_together(lex, words[i - 1], w)
        or _belong_together(lex, w, words[i + 1])
        or words_covering(lex, words, i)
    )


def missing_before_type(lex: Lexicon, words: Sequence[str], i: int) -> str | None:
    """The syllable missing after ``words[i]`` before a document type, or None.

    ``words[i]`` must be cut off from both neighbours, and in legal text be
    followed by one partner at least 30% of the time ("ban" → "ban hành").
    """
    if i + 1 >= len(words) or not document_type_length(words, i + 1) or not _isolated(lex, words, i):
        return None  # the cheap test first
    w = words[i]
    follower = lex.best_follower(w)
    total = lex.count(w)
    if follower is None or total == 0:
        return None
    b, n = follower
    if n < 20 or n / total < 0.3 or not lex.is_word(f"{w} {b}"):
        return None
    return b


@cache
def collocations() -> dict[str, tuple[tuple[str, str, str], ...]]:
    """Entries of ``collocations_admin.json`` by the lookup key of their kept syllable:
    ``(kept side, first, second)``."""
    out: dict[str, list[tuple[str, str, str]]] = {}
    for entry in load_table("collocations_admin.json")["entries"]:
        first, second = entry["collocation"].split()
        kept = first if entry["keeps"] == "first" else second
        out.setdefault(key(kept), []).append((entry["keeps"], first, second))
    return {k: tuple(v) for k, v in out.items()}


def missing_partner(lex: Lexicon, words: Sequence[str], i: int) -> tuple[int, int, list[str]] | None:
    """A syllable of an administrative collocation standing alone at ``words[i]``.

    ``words[i]`` (lower case, or capitalised opening the run) must be in no known
    word, be the kept syllable of exactly one entry of ``collocations_admin.json``
    ("triển" of "triển khai"), have no bond on the side of the missing partner,
    and the partner must not stand nearby, misplaced or misspelled. Returns the span (``words[i:i+2]``
    or ``words[i-1:i+1]``) and its repaired words.
    """
    w = words[i]
    sentence_start = i == 0 and w[:1].isupper() and w[1:].islower()
    if not _judgeable(w) or not (w.islower() or sentence_start):
        return None
    if len(found := collocations().get(key(w), ())) != 1 or words_covering(lex, words, i):
        return None
    keeps, first, second = found[0]
    j = i + 1 if keeps == "first" else i - 1
    if not 0 <= j < len(words) or not (_judgeable(words[j]) and words[j].islower()):
        return None  # the partner's side must be ordinary lower-case text: not "Quảng ninh"
    partner = strip_marks(second if keeps == "first" else first)
    if partner in (strip_marks(x) for x in words[max(0, i - 3) : i + 4]):
        return None  # the partner is there, misplaced or misspelled: S002, S005, S006
    if keeps == "first" and not _bonded(lex, w, words[j]):
        return i, i + 2, [w, second, words[j]]
    if keeps == "second" and not _bonded(lex, words[j], w):
        return j, i + 1, [words[j], first, w]
    return None


def _bonded(lex: Lexicon, a: str, b: str) -> bool:
    """A known word, or a pair seen more than once (one sighting may straddle two words)."""
    return lex.is_word(f"{a} {b}") or lex.pair(a, b) > 1


@rule(
    "S007",
    "missing-syllable",
    severity="warning",
    message="Có lẽ thiếu chữ: “{token}” → “{suggestion}”",
    message_en="A syllable seems to be missing: “{token}” → “{suggestion}”",
    doc=RuleDoc(
        what="Một âm tiết đứng trơ trọi, không thành từ với âm tiết nào bên cạnh, trong khi nó hầu như luôn đi "
        "với một âm tiết cố định: trước tên loại văn bản (“ban Kế hoạch” → “ban hành Kế hoạch”), hoặc là nửa "
        "của một cụm từ hành chính cố định trong danh mục collocations_admin.json (“triển thực hiện” → "
        "“triển khai thực hiện”, “đôn các đơn vị” → “đôn đốc các đơn vị”).",
        what_en="A syllable cut off from both neighbours that almost always comes with a fixed partner: before "
        "a document type (“ban Kế hoạch” → “ban hành Kế hoạch”), or as half of a fixed administrative "
        "collocation of collocations_admin.json (“triển thực hiện” → “triển khai thực hiện”).",
        why="Khi sửa câu dễ xoá nhầm một chữ; câu vẫn đọc lướt được nhưng sai nghĩa. Chỉ báo khi âm tiết "
        "còn lại không ghép được với bên cạnh và chỉ có một cách bổ sung.",
        basis=_BASIS,
        example="UBND thành phố ban Kế hoạch tổ chức các hoạt động",
        fix="Bổ sung âm tiết bị thiếu.",
    ),
    fires=(
        "Sở đã tham mưu UBND thành phố ban Kế hoạch tổ chức các hoạt động chào mừng.",
        "Ủy ban nhân dân tỉnh ban Quyết định thành lập Ban Chỉ đạo.",
        "Các sở, ngành triển thực hiện nghiêm túc Kế hoạch này.",
        "Văn phòng theo dõi, đôn các đơn vị thực hiện đúng tiến độ.",
    ),
    passes=(
        "Sở đã tham mưu UBND thành phố ban hành Kế hoạch tổ chức các hoạt động.",
        "Thành lập Ban Chỉ đạo và Ban Tổ chức hội thi.",
        "Ủy ban nhân dân thành phố.",
        "Các sở, ngành triển khai thực hiện nghiêm túc Kế hoạch này; phát triển kinh tế.",
    ),
    ocr=SPELLING_ON_OCR,
)
def missing_syllable_rule(a: Analysis) -> Iterator[Hit]:
    lex = load()
    doc = document(a)
    keys, extra = doc.keys, doc.extra
    for r, run in enumerate(doc.runs):
        words = doc.words[r]
        for i in range(len(words)):
            if doc.covers[r][i]:
                continue  # in a known word: neither check below can fire
            if b := missing_before_type(lex, words, i):
                stop = i + 1 + document_type_length(words, i + 1)
                found: tuple[int, int, list[str]] | None = (i, stop, [words[i], b, *words[i + 1 : stop]])
            else:
                found = missing_partner(lex, words, i)
            if found is None:
                continue
            first, stop, repaired = found
            if not model_agrees(keys[r], first, stop, [key(w) for w in repaired], extra[r][i], threshold=0.0):
                continue
            start, end = _span(run, first, stop)
            token, suggestion = a.text[start:end], " ".join(repaired)
            if hit := hit_for(a, start, end, "warning", suggestion, token=token, suggestion=suggestion):
                yield hit


# --- S011: a word split by extraction ----------------------------------------------------------


@rule(
    "S011",
    "split-syllable",
    severity="info",
    message="“{token}” bị tách thành hai phần, có lẽ do trích xuất văn bản: “{suggestion}”",
    message_en="“{token}” is split in two, probably by text extraction: “{suggestion}”",
    doc=RuleDoc(
        what="Một âm tiết bị chèn dấu cách ở giữa (“Ch ỉ thị”), thường do trích xuất PDF chứ không phải "
        "lỗi của người soạn.",
        what_en="A space inside a syllable (“Ch ỉ thị”), usually left by PDF text extraction, not by the author.",
        why="Chữ bị tách làm sai việc tìm kiếm, trích dẫn và các kiểm tra khác; cần kiểm tra lại bản gốc.",
        basis=_BASIS,
        example="Ch ỉ thị số 15/CT-UBND",
        fix="Kiểm tra bản gốc; nếu bản gốc đúng thì đây là lỗi trích xuất, không cần sửa văn bản.",
    ),
    fires=("Thực hiện Ch ỉ thị số 15/CT-UBND của Ủy ban.", "tổ chức th ực hiện nghiêm túc"),
    passes=("Thực hiện Chỉ thị số 15/CT-UBND.", "điểm a khoản 2 Điều 5", "Ông A Páo, xã Ia Grai."),
    ocr=SPELLING_ON_OCR,
)
def split_syllable(a: Analysis) -> Iterator[Hit]:
    lex = load()
    for run in runs(a.tokens, a.text):
        for x, y in itertools.pairwise(run):
            if y.start != x.end + 1:
                continue
            joined = x.text + y.text
            if not is_valid(joined) or not lex.knows(joined) or (lex.knows(x.text) and lex.knows(y.text)):
                continue
            if hit := hit_for(a, x.start, y.end, "info", joined, token=f"{x.text} {y.text}", suggestion=joined):
                yield hit
