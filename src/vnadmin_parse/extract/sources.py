"""A Source from decoded text: typed text, or a file read as one page (RTF, Word .doc)."""

from __future__ import annotations

from vnadmin_parse.extract.legacy import Decoded, conversion_note, decode_lines, encoding_name
from vnadmin_parse.extract.quality import is_garbage
from vnadmin_parse.model import Furniture, Page, Source


def from_text(text: str, name: str = "<text>", kind: str = "txt") -> Source:
    """A Source for text given directly (pages split on form feeds).

    Text typed in a legacy encoding (TCVN3, VNI, VISCII) is converted to Unicode
    and the Source records the encoding; garbled text is noted in its metadata.
    """
    pages: list[Page] = []
    found: set[str] = set()
    notes: list[str] = []
    metadata: dict[str, str] = {}
    for i, chunk in enumerate(text.split("\f")):
        decoded = decode_lines(chunk)
        found |= decoded.encodings
        pages.append(Page(number=i + 1, text=decoded.text, method="text"))
        if is_garbage(decoded.text):
            metadata["garbled_pages"] = ",".join(filter(None, [metadata.get("garbled_pages", ""), str(i + 1)]))
            notes.append(f"Trang {i + 1}: chữ bị lỗi mã (không đọc được)")
    encoding = encoding_name(found)
    if encoding != "unicode":
        notes.append(conversion_note(encoding))
    return Source(path=name, kind=kind, pages=tuple(pages), encoding=encoding, notes=tuple(notes), metadata=metadata)


def one_page_source(name: str, kind: str, decoded: Decoded, furniture: tuple[Furniture, ...] = ()) -> Source:
    """The Source of a file read as one page (RTF, Word .doc), its legacy conversion noted."""
    encoding = encoding_name(decoded.encodings)
    legacy = encoding != "unicode"
    return Source(
        path=name,
        kind=kind,
        pages=(Page(number=1, text=decoded.text, method=kind),),
        furniture=furniture,
        encoding=encoding,
        notes=(conversion_note(encoding),) if legacy else (),
        metadata={"legacy_pages": "1"} if legacy else {},
    )
