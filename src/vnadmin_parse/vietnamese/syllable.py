"""Vietnamese syllable phonotactics: onset, glide, nucleus, coda and tone.

A written syllable is split into its tone mark and a toneless base; the base is
valid when an onset from the inventory is followed by a rhyme from the
inventory, the spelling rules for c/k, g/gh and ng/ngh hold, and a stop coda
(p, t, c, ch) carries only the sắc or nặng tone. Both tone placements
("hoá"/"hóa") and any letter case are accepted.

>>> is_valid("Nghiêng"), is_valid("hóa"), is_valid("hoá"), is_valid("ĐẾN"), is_valid("quýt"), is_valid("Quỳnh")
(True, True, True, True, True, True)
>>> is_valid("hoàt"), is_valid("Plieku"), is_valid("Nhf"), is_valid("ka")
(False, False, False, False)
"""

from __future__ import annotations

import itertools
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

#: Combining tone marks, by tone number (1 sắc, 2 huyền, 3 hỏi, 4 ngã, 5 nặng).
TONE_MARKS: dict[str, int] = {"\u0301": 1, "\u0300": 2, "\u0309": 3, "\u0303": 4, "\u0323": 5}
MARK_OF_TONE: dict[int, str] = {v: k for k, v in TONE_MARKS.items()}
TONE_NAMES = ("ngang", "sắc", "huyền", "hỏi", "ngã", "nặng")

VOWELS = frozenset("aăâeêioôơuưy")
ONSETS = (
    "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "th", "tr", "qu",
    "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x",
)  # fmt: skip
_STOP_CODAS = ("p", "t", "c", "ch")

_RHYMES_TEXT = """
a e ê i y o ô ơ u ư ia ya ua ưa oa oe uê uy uơ uya
ai ao au ay âu ây eo êu iu oi ôi ơi ui ưi ưu iêu yêu uôi ươi ươu oai oay oeo uây uyu
am an ang anh ap at ac ach ăm ăn ăng ăp ăt ăc âm ân âng âp ât âc
em en eng ep et ec êm ên ênh êp êt êch im in inh ip it ich
om on ong op ot oc oong ooc ôm ôn ông ôp ôt ôc ơm ơn ơp ơt
um un ung up ut uc ưm ưn ưng ưt ưc
iêm iên iêng iêp iêt iêc yêm yên yêng yêt uôm uôn uông uôt uôc ươm ươn ương ươp ươt ươc
oam oan oang oanh oap oat oac oach oăm oăn oăng oăt oăc oen oem oet uân uâng uât
uênh uêch uyn uynh uyp uyt uych uyên uyêt
"""
#: Every toneless rhyme (glide + nucleus + coda) of standard orthography.
RHYMES = frozenset(_RHYMES_TEXT.split())
_FRONT = ("i", "e", "ê", "y")
Style = Literal["old", "new"]


@dataclass(frozen=True, slots=True)
class Syllable:
    """A syllable split into parts; ``tone_index`` is the position of the tone mark in ``base``."""

    onset: str
    rhyme: str
    tone: int
    tone_index: int | None
    base: str


@lru_cache(maxsize=1 << 16)
def split_tone(word: str) -> tuple[str, int, int | None]:
    """``(base without tone, tone number, index of the toned letter)`` of ``word``.

    >>> split_tone("Việt")
    ('Viêt', 5, 2)
    """
    base: list[str] = []
    tone = 0
    index: int | None = None
    for ch in unicodedata.normalize("NFC", word):
        parts = unicodedata.normalize("NFD", ch)
        kept = "".join(c for c in parts if c not in TONE_MARKS)
        marks = [TONE_MARKS[c] for c in parts if c in TONE_MARKS]
        if marks:
            if tone:  # two tone marks on one syllable
                return word, -1, None
            tone, index = marks[0], len(base)
        base.append(unicodedata.normalize("NFC", kept))
    return "".join(base), tone, index


@lru_cache(maxsize=1 << 16)
def parse(word: str) -> Syllable | None:
    """The parts of ``word`` when it is a valid Vietnamese syllable, else None."""
    base, tone, index = split_tone(word)
    if tone < 0 or not base.isalpha():
        return None
    low = base.lower()
    onset = next((o for o in ONSETS if low.startswith(o) and (len(low) > len(o) or o == "gi")), "")
    rhyme = low[len(onset) :]
    if onset == "gi" and (not rhyme or rhyme[0] not in VOWELS):
        rhyme = "i" + rhyme  # "gì", "gìn": the i is the nucleus
    elif onset == "gi" and rhyme.startswith("ê") and rhyme not in RHYMES:
        rhyme = "i" + rhyme  # "giếng", "tháng Giêng": gi + iêng, the i written once
    written = rhyme
    if onset == "qu" and rhyme not in RHYMES and "u" + rhyme in RHYMES and rhyme.startswith("y"):
        rhyme = "u" + rhyme  # "quýt", "quỳnh": the u of qu is the glide of uyt, uynh
    if rhyme not in RHYMES:
        return None
    if not _spelling_ok(onset, written):
        return None
    if rhyme.endswith(_STOP_CODAS) and tone not in (1, 5):
        return None
    if index is not None and index not in (tone_position(base, "old"), tone_position(base, "new")):
        return None  # a tone mark off the main vowel: "hịên"
    return Syllable(onset, rhyme, tone, index, base)


_SHAPED = frozenset("ăâêôơư")
_SWING = ("oa", "oe", "uy")


def nucleus(base: str) -> tuple[list[int], bool]:
    """Positions of the vowel letters carrying the rhyme, and whether a coda follows."""
    low = base.lower()
    i = 0
    while i < len(low) and low[i] not in VOWELS:
        i += 1
    if low.startswith(("qu", "gi")) and len(low) > 2 and low[2] in VOWELS:
        i = 2
    j = i
    while j < len(low) and low[j] in VOWELS:
        j += 1
    return list(range(i, j)), j < len(low)


def tone_position(base: str, style: Style = "old") -> int | None:
    """Index in ``base`` of the letter that takes the tone mark, or None without a vowel."""
    cluster, coda = nucleus(base)
    if not cluster:
        return None
    low = base.lower()
    shaped = [i for i in cluster if low[i] in _SHAPED]
    if shaped:
        return shaped[-1]
    if len(cluster) == 1:
        return cluster[0]
    if coda:
        return cluster[-1]
    if len(cluster) == 3:
        return cluster[1]
    if "".join(low[i] for i in cluster) in _SWING:
        return cluster[0] if style == "old" else cluster[1]
    return cluster[0]


def _spelling_ok(onset: str, rhyme: str) -> bool:
    front = rhyme.startswith(_FRONT)
    if onset in ("k", "gh", "ngh"):
        return front
    if onset in ("c", "g", "ng"):
        return not front
    if onset == "qu":
        return not rhyme.startswith(("u", "o"))
    return True


def is_valid(word: str) -> bool:
    """True if ``word`` is a well-formed Vietnamese syllable (any case, either tone placement)."""
    return parse(word) is not None


@lru_cache(maxsize=1 << 16)
def strip_marks(word: str) -> str:
    """``word`` lower-cased with every diacritic removed and đ→d: its keyboard skeleton.

    >>> strip_marks("Thể")
    'the'
    """
    return word.lower().translate(_SKELETON)


class _Skeletons(dict[int, str]):
    """A ``str.translate`` table: each character to its skeleton (NFD, marks dropped, đ→d), filled as met.

    Character by character is the same as over the whole word: decomposition works per
    character, and canonical reordering moves only the marks, which are dropped.
    """

    def __missing__(self, code: int) -> str:
        decomposed = unicodedata.normalize("NFD", chr(code)).replace("đ", "d")
        self[code] = skeleton = "".join(c for c in decomposed if not unicodedata.combining(c))
        return skeleton


_SKELETON = _Skeletons()


def has_diacritics(word: str) -> bool:
    """True if ``word`` carries a Vietnamese diacritic or đ."""
    return strip_marks(word) != word.lower()


#: Onsets a Vietnamised loanword may use besides the native ones ("glyxêrin", "clo", "brôm").
_LOAN_ONSETS = tuple(
    sorted(
        {
            *ONSETS,
            "bl",
            "cl",
            "fl",
            "gl",
            "pl",
            "br",
            "cr",
            "dr",
            "fr",
            "gr",
            "pr",
            "kl",
            "kr",
            "tl",
            "f",
            "j",
            "w",
            "z",
        },
        key=len,
        reverse=True,
    )
)


@lru_cache(maxsize=1 << 14)
def _loan_piece(piece: str) -> bool:
    base, tone, _ = split_tone(piece)
    if tone < 0 or not base.isalpha():
        return False
    onset = next((o for o in _LOAN_ONSETS if base.startswith(o)), "")
    rhyme = base[len(onset) :]
    return rhyme in RHYMES and (tone in (0, 1, 5) or not rhyme.endswith(_STOP_CODAS))


@lru_cache(maxsize=1 << 14)
def is_loanword_shape(word: str) -> bool:
    """True if ``word`` (lower case) is a Vietnamised loanword written as one word: two or
    more pieces, each an onset (native, or a cluster such as gl, tr, br) and a valid rhyme,
    with its own tone mark or none, the way "nitrôglyxêrin" and "glyxêrin" are written.

    >>> is_loanword_shape("nitrôglyxêrin"), is_loanword_shape("glyxêrin"), is_loanword_shape("điatôn")
    (True, True, True)
    >>> is_loanword_shape("đôngj"), is_loanword_shape("nghiêmm"), is_loanword_shape("tôt"), is_loanword_shape("tưưọng")
    (False, False, False, False)
    """
    word = unicodedata.normalize("NFC", word)
    letters = split_tone(word)[0] if split_tone(word)[1] >= 0 else word
    if any(x == y and x != "o" for x, y in itertools.pairwise(letters)):
        return False  # a doubled letter is a typing slip ("tưưọng", "nghiêmm"), never a loanword
    ok = [False] * (len(word) + 1)
    pieces = [0] * (len(word) + 1)
    ok[0] = True
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - 7), end):
            if ok[start] and _loan_piece(word[start:end]) and (not ok[end] or pieces[start] + 1 > pieces[end]):
                ok[end], pieces[end] = True, pieces[start] + 1
    return ok[len(word)] and pieces[len(word)] >= 2


#: Combining marks of Vietnamese spelling: the five tones, circumflex, breve and horn.
_VIETNAMESE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b")


def vietnamese_letters(word: str) -> bool:
    """True if every letter of ``word`` belongs to the Vietnamese alphabet (no "ō", "ñ", "ü", "ç").

    >>> vietnamese_letters("nghiêmm"), vietnamese_letters("shōnen"), vietnamese_letters("Đắk")
    (True, False, True)
    """
    for c in unicodedata.normalize("NFD", word.lower()):
        if not (("a" <= c <= "z") or c == "đ" or c in _VIETNAMESE_MARKS):
            return False
    return True
