"""Files built to hurt, built small: each inflates to its full size only when read.

The bombs are written at test time (never checked in): a PDF whose page content stream
inflates to hundreds of megabytes of text operators, a DOCX whose document.xml inflates
to a gigabyte of paragraphs.
"""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

OPERATORS = b"BT /F1 12 Tf 72 720 Td (Quyet dinh so 123) Tj ET\n"


def _deflate(unit: bytes, size: int) -> bytes:
    """``unit`` repeated up to ``size`` bytes, deflated without holding the inflated data."""
    packer = zlib.compressobj(6)
    block = unit * ((1 << 20) // len(unit))
    parts = []
    written = 0
    while written < size:
        parts.append(packer.compress(block))
        written += len(block)
    parts.append(packer.flush())
    return b"".join(parts)


def pdf(path: Path, content: bytes, *, filtered: bool = True, pages: int = 1) -> Path:
    """A PDF of ``pages`` pages sharing one content stream (``content``, already deflated
    when ``filtered``), with a correct cross-reference table."""
    kids = " ".join(f"{4 + k} 0 R" for k in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>".encode(),
        f"<< /Length {len(content)}{' /Filter /FlateDecode' if filtered else ''} >>\nstream\n".encode()
        + content
        + b"\nendstream",
    ]
    objects += [
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R"
        b" /Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >>"
    ] * pages
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    path.write_bytes(bytes(out))
    return path


def pdf_bomb(path: Path, inflated: int) -> Path:
    """A one-page PDF whose content stream inflates to ``inflated`` bytes of text operators."""
    return pdf(path, _deflate(OPERATORS, inflated))


PARAGRAPH = b"<w:p><w:r><w:t>Quy\xe1\xba\xbft \xc4\x91\xe1\xbb\x8bnh s\xe1\xbb\x91 123</w:t></w:r></w:p>"


def docx_bomb(path: Path, inflated: int) -> Path:
    """A DOCX whose document.xml holds ``inflated`` bytes of paragraphs (deflated when written)."""
    head = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override '
            'PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'wordprocessingml.document.main+xml"/></Types>',
        )
        z.writestr(
            "_rels/.rels",
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
            'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        )
        with z.open("word/document.xml", "w", force_zip64=True) as fh:
            fh.write(head)
            block = PARAGRAPH * ((1 << 20) // len(PARAGRAPH))
            for _ in range(max(1, inflated // len(block))):
                fh.write(block)
            fh.write(b"</w:body></w:document>")
    return path
