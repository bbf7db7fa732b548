"""Small tests on strings of Vietnamese text: all in capitals, one edit apart."""

from __future__ import annotations


def is_upper_text(value: str, minimum: int = 2) -> bool:
    """True when ``value`` has at least ``minimum`` letters and all of them are capitals."""
    letters = [c for c in value if c.isalpha()]
    return len(letters) >= minimum and all(c.isupper() for c in letters)


def one_edit(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by at most one inserted, deleted or replaced character."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + 1 :] == b[i + 1 :] if len(a) == len(b) else a[i:] == b[i + 1 :]
