"""Decode Telex and VNI keystroke residue: letters typed while the input method was off.

Only tokens that spell no Vietnamese syllable are decoded, and only decodings
that are valid syllables are returned; case is preserved. A tone key typed with
no vowel ("Nhf": the "a" of "Nhaf" lost) yields one candidate per vowel, and a
decoding without a tone key also offers its tone variants ("ddeen": "đên",
"đến", …): the caller chooses among them by context.

>>> [decode(t) for t in ("Nhaf", "ddeens", "cuar", "Vieejt", "tie61ng", "Ddoongf")]
['Nhà', 'đến', 'của', 'Việt', 'tiếng', 'Đồng']
>>> "Nhà" in candidates("Nhf"), "đến" in candidates("ddeen")
(True, True)
>>> decode("online"), decode("nhà"), decode("UBND"), decode("VIEEJT")
(None, None, None, 'VIỆT')
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from vnadmin_parse.vietnamese.syllable import VOWELS, is_valid, split_tone
from vnadmin_parse.vietnamese.tone import put_tone

_TELEX_TONES = {"s": 1, "f": 2, "r": 3, "x": 4, "j": 5}
_VNI_TONES = {"1": 1, "2": 2, "3": 3, "4": 4, "5": 5}
_CIRCUMFLEX = {"a": "â", "e": "ê", "o": "ô"}
_HORN = {"o": "ơ", "u": "ư"}
_BREVE = {"a": "ă"}


def _modify(letters: list[str], table: dict[str, str]) -> bool:
    """Apply a vowel modifier to the last vowel it fits (and "uo" → "ươ" for the horn)."""
    for i in range(len(letters) - 1, -1, -1):
        if letters[i] in table:
            letters[i] = table[letters[i]]
            if table is _HORN and letters[i] == "ơ" and i > 0 and letters[i - 1] == "u":
                letters[i - 1] = "ư"
            return True
        if letters[i] in VOWELS:
            return False
    return False


def _apply_key(ch: str, letters: list[str], tone: int) -> int | None:
    """Interpret ``ch`` as a keystroke: the new tone, or None if it is an ordinary letter."""
    seen_vowel = any(c in VOWELS for c in letters)
    if not tone and (ch in "fj" or (seen_vowel and (ch in _TELEX_TONES or ch in _VNI_TONES))):
        return _TELEX_TONES.get(ch) or _VNI_TONES[ch]
    if (ch == "d" and letters == ["d"]) or (ch == "9" and letters[:1] == ["d"]):
        letters[0] = "đ"
        return tone
    if ch in _CIRCUMFLEX and letters and letters[-1] == ch:
        letters[-1] = _CIRCUMFLEX[ch]
        return tone
    modified = (
        (ch == "6" and _modify(letters, _CIRCUMFLEX))
        or (ch in "w7" and _modify(letters, _HORN))
        or (ch in "w8" and _modify(letters, _BREVE))
    )
    return tone if modified else None


def _keystrokes(token: str) -> tuple[str, int] | None:
    """Lower-case letters and tone after interpreting keystrokes, or None if none were used."""
    letters: list[str] = []
    tone = 0
    used = False
    for ch in token.lower():
        new_tone = _apply_key(ch, letters, tone)
        if new_tone is not None:
            tone, used = new_tone, True
        elif ch.isalpha() and ch not in "fjwz":
            letters.append(ch)
        else:
            return None
    return ("".join(letters), tone) if used else None


_FILL_VOWELS = "aăâeêioôơuưy"


def keys_used(token: str) -> int:
    """How many of ``token``'s characters read as Telex/VNI keys ("Vest" 1, "Vieejt" 2, "Viet" 0)."""
    decoded = _keystrokes(token)
    return len(token) - len(decoded[0]) if decoded else 0


@lru_cache(maxsize=1 << 14)
def candidates(token: str, *, even_if_valid: bool = False) -> tuple[str, ...]:
    """Valid syllables ``token`` may have been typed for, the literal decoding first (cached: a
    document repeats its tokens). A token that is itself a well-formed syllable ("khoong": the rhyme of
    "xoong") is decoded only when ``even_if_valid`` (its caller knows nobody writes it)."""
    if (is_valid(token) and not even_if_valid) or not token.isalnum() or token.isdigit() or len(token) < 2:
        return ()
    decoded = _keystrokes(token)
    if decoded is None:
        return ()
    base, tone = decoded
    if not any(c in VOWELS for c in base):
        # "Nhf": a tone key right after the onset, the vowel lost.
        words = [put_tone(base + v, tone) for v in _FILL_VOWELS] if tone else []
    else:
        tones = (tone,) if tone else range(6)
        # One Telex "w" horns both letters of "uo"; "thuở" keeps the u plain.
        bases = [base, base.replace("ươ", "uơ")] if "ươ" in base else [base]
        words = [put_tone(b, t) for b in bases for t in tones]
    out = [unicodedata.normalize("NFC", w) for w in words]
    return tuple(_case_like(token, w) for w in out if is_valid(w))


def decode(token: str, *, even_if_valid: bool = False) -> str | None:
    """The literal decoding of ``token`` when it is Telex/VNI keystroke residue (a level tone when no
    tone key was typed: "tuyeen" is "tuyên")."""
    if (decoded := _keystrokes(token)) is None or not any(c in VOWELS for c in decoded[0]):
        return None
    found = candidates(token, even_if_valid=even_if_valid)
    return found[0] if found else None


def _case_like(token: str, word: str) -> str:
    if token.isupper():
        return word.upper()
    return word[0].upper() + word[1:] if token[0].isupper() else word


_TELEX_TONE_KEY = {v: k for k, v in _TELEX_TONES.items()}
_TELEX_LETTER = {"â": "aa", "ê": "ee", "ô": "oo", "ă": "aw", "ơ": "ow", "ư": "uw", "đ": "dd"}
_VNI_LETTER = {"â": "a6", "ê": "e6", "ô": "o6", "ă": "a8", "ơ": "o7", "ư": "u7", "đ": "d9"}


def encode(word: str, scheme: str = "telex") -> str:
    """The keystrokes that type ``word`` in ``scheme`` ("telex" or "vni"), tone key last.

    >>> encode("Người"), encode("tiếng", "vni"), encode("Đồng")
    ('Nguowif', 'tie6ng1', 'Ddoongf')
    """
    base, tone, _ = split_tone(unicodedata.normalize("NFC", word))
    table = _TELEX_LETTER if scheme == "telex" else _VNI_LETTER
    keys = ""
    for ch in base:
        typed = table.get(ch.lower(), ch.lower())
        keys += typed[0].upper() + typed[1:] if ch.isupper() else typed
    if scheme == "telex":
        keys = keys.replace("uwow", "uow").replace("Uwow", "Uow")  # one w horns both letters of "ươ"
    if tone:
        keys += _TELEX_TONE_KEY[tone] if scheme == "telex" else str(tone)
    return keys
