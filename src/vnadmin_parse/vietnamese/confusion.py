"""Confusion sets: the syllables a writer may have meant when typing a given one.

Each candidate is a valid syllable (lookup form: lower case, new-style tone
placement) one slip away from the written syllable, tagged with the kind of slip:

- ``tone``: another tone mark ("thẻ" for "thể");
- ``mark``: another vowel mark on one vowel, or d/đ ("tâm" for "tăm", "đo" for "do");
- ``sound``: a confusion of sounds Vietnamese writers really make: onsets s/x,
  ch/tr, d/gi/r/v, l/n; codas n/ng, c/t, ch/t; the vowel i/y alone after a consonant
  ("kì"/"kỳ", "sĩ"/"sỹ", "quí"/"quý");
- ``key``: a keyboard slip: one letter replaced by a neighbouring key, dropped,
  or doubled.

>>> found = dict(candidates("thẻ"))
>>> dict(candidates("kì"))["kỳ"], dict(candidates("quỹ"))["quĩ"], "tay" in dict(candidates("tai"))
('sound', 'sound', False)
>>> found["thé"], found["thể"], dict(candidates("xử"))["sử"], dict(candidates("nam"))["nan"]
('tone', 'mark', 'sound', 'key')
>>> "thich" in dict(candidates("thích")), dict(candidates("thich"))["thích"]
(False, 'tone')
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from vnadmin_parse.vietnamese.syllable import is_valid, split_tone
from vnadmin_parse.vietnamese.tone import put_tone

#: Vowel letters written with the same key and another mark.
_MARKS = ("aăâ", "eê", "oôơ", "uư")
_MARK_OF = {c: group for group in _MARKS for c in group}
_ONSETS = (("s", "x"), ("ch", "tr"), ("d", "gi"), ("d", "r"), ("gi", "r"), ("d", "v"), ("l", "n"))
_CODAS = (("n", "ng"), ("c", "t"), ("ch", "t"), ("nh", "n"))
_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_KEY_AT = {c: (r, k) for r, row in enumerate(_ROWS) for k, c in enumerate(row)}
#: Plain letters of the syllable skeleton a neighbouring-key slip may replace (vowels keep their marks).
_PLAIN = frozenset("bcdghklmnpqrstvxy")
_VOWELS = frozenset("aăâeêioôơuưy")


def _neighbours(c: str) -> str:
    """Letters next to ``c`` on a QWERTY keyboard, on its row."""
    if c not in _KEY_AT:
        return ""
    r, k = _KEY_AT[c]
    row = _ROWS[r]
    return "".join(row[j] for j in (k - 1, k + 1) if 0 <= j < len(row))


def _nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def _toned(base: str, tone: int) -> str:
    return _nfc(put_tone(base, tone, "new"))


def _swap_onset(base: str) -> list[str]:
    out = []
    for x, y in _ONSETS:
        for a, b in ((x, y), (y, x)):
            if base.startswith(a) and not (a == "g" and base.startswith("gi")):
                rest = base[len(a) :]
                out.append(b + rest)
    return out


def _swap_coda(base: str) -> list[str]:
    out = []
    for x, y in _CODAS:
        for a, b in ((x, y), (y, x)):
            if base.endswith(a) and not (a == "n" and base.endswith(("ng", "nh"))):
                if a == "c" and base.endswith("ch"):
                    continue
                out.append(base[: len(base) - len(a)] + b)
    return out


def _swap_i_y(base: str) -> list[str]:
    """The same syllable with its lone vowel i written y or y written i ("ki" → "ky", "quy" → "qui")."""
    head = base[:-1]
    if base[-1:] not in ("i", "y") or not head or (head != "qu" and any(c in _VOWELS for c in head)):
        return []
    return [head + ("y" if base[-1] == "i" else "i")]


def _keyboard(base: str) -> list[str]:
    out: list[str] = []
    for j, c in enumerate(base):
        if c in _PLAIN:
            out.extend(base[:j] + n + base[j + 1 :] for n in _neighbours(c))
        if len(base) > 1:
            out.append(base[:j] + base[j + 1 :])
        out.append(base[:j] + c + base[j:])
    return out


@lru_cache(maxsize=1 << 15)
def candidates(syllable: str) -> tuple[tuple[str, str], ...]:
    """``(candidate, kind)`` pairs for ``syllable`` (lookup form), each a valid syllable
    other than ``syllable``, the first kind found kept for each (tone, mark, sound, key)."""
    base, tone, _ = split_tone(syllable)
    if tone < 0:
        return ()
    found: dict[str, str] = {}

    def add(word: str, kind: str) -> None:
        if word != syllable and word not in found and is_valid(word):
            found[word] = kind

    add(_toned(base, tone), "tone")  # the same tone on the right vowel: "hịên" → "hiện"
    for t in range(6):
        if t != tone:
            add(_toned(base, t), "tone")
    for j, c in enumerate(base):
        for other in _MARK_OF.get(c, ""):
            if other != c:
                add(_toned(base[:j] + other + base[j + 1 :], tone), "mark")
    if "ươ" in base:
        add(_toned(base.replace("ươ", "uô"), tone), "mark")
    if "uô" in base:
        add(_toned(base.replace("uô", "ươ"), tone), "mark")
    if base.startswith(("d", "đ")):
        add(_toned(("đ" if base[0] == "d" else "d") + base[1:], tone), "mark")
    for word in _swap_onset(base) + _swap_coda(base) + _swap_i_y(base):
        add(_toned(word, tone), "sound")
        if not is_valid(_toned(word, tone)):  # c/t and ch/t codas only take sắc or nặng
            for t in (1, 5):
                add(_toned(word, t), "sound")
    for word in _keyboard(base):
        add(_toned(word, tone), "key")
    return tuple(found.items())
