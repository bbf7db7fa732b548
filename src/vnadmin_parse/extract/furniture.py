"""Page furniture: digital-signature stamps, page numbers, running heads."""

from __future__ import annotations

import regex

from vnadmin_parse.model import Furniture

_STAMP_KEY = regex.compile(
    r"^\s*(?:Ký bởi|Người ký|Signed by|Signature valid|Thời gian ký|Ngày ký|Signing time|Cơ quan|Chức vụ|Email)\s*:",
    regex.IGNORECASE | regex.MULTILINE,
)
_SIGNER = regex.compile(r"(?:Ký bởi|Người ký|Signed by)\s*:\s*(.+)", regex.IGNORECASE)
_ORG = regex.compile(r"Cơ quan\s*:\s*(.+)", regex.IGNORECASE)
_EMAIL = regex.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_TIME = regex.compile(
    r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([+-]\d{2}):?(\d{2}))?"
)
_PAGE_NUMBER = regex.compile(
    r"^\s*(?:[-–]\s*)?(?:Trang\s+)?(\d{1,4})(?:\s*/\s*\d{1,4})?(?:\s*[-–])?\s*$", regex.IGNORECASE
)


def is_stamp(text: str) -> bool:
    """Whether ``text`` reads like a digital-signature stamp ("Ký bởi: …", "Thời gian ký: …")."""
    return len(_STAMP_KEY.findall(text)) >= 1 and (bool(_TIME.search(text)) or bool(_SIGNER.search(text)))


def stamp_data(text: str) -> dict[str, str]:
    """Signer, organisation, e-mail and signing time (ISO 8601) read from a stamp."""
    data: dict[str, str] = {}
    if m := _SIGNER.search(text):
        data["signer"] = m.group(1).strip()
    if m := _ORG.search(text):
        data["organization"] = m.group(1).strip()
    if m := _EMAIL.search(text):
        data["email"] = m.group(0)
    if m := _TIME.search(text):
        day, month, year, hour, minute, second, tzh, tzm = m.groups()
        iso = f"{year}-{int(month):02d}-{int(day):02d}T{int(hour):02d}:{minute}:{second or '00'}"
        if tzh:
            iso += f"{tzh}:{tzm}"
        data["time"] = iso
    return data


def stamp(page: int, text: str) -> Furniture:
    """A signature Furniture for ``text``."""
    return Furniture(kind="signature", page=page, text=text, data=stamp_data(text))


def page_number(text: str) -> int | None:
    """The page number a line such as "2", "- 2 -", "Trang 2" or "2/5" gives, else None."""
    m = _PAGE_NUMBER.match(text)
    return int(m.group(1)) if m else None
