"""Annotated PDF: read the annotations back with pdfium, and look at a rendered page."""

from __future__ import annotations

import ctypes
import shutil
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as raw
import pytest
from PIL import ImageStat

from tests.conftest import CORPUS, TODAY
from vnadmin_parse import check
from vnadmin_parse.annotate import annotate
from vnadmin_parse.report.core import Report

SEED_PDF = CORPUS / "seed" / "bao-cao-ttdn-6-thang-2023.pdf"


def _string(annot: ctypes.c_void_p, key: bytes) -> str:
    size = raw.FPDFAnnot_GetStringValue(annot, key, None, 0)
    buffer = (ctypes.c_ushort * (size // 2))()
    raw.FPDFAnnot_GetStringValue(annot, key, buffer, size)
    return bytes(buffer).decode("utf-16-le").rstrip("\x00")


def read_annotations(path: Path) -> list[tuple[int, int, str, tuple[float, float, float, float], str]]:
    """Page, subtype, contents, rectangle and the page's text under the rectangle, of each annotation."""
    out = []
    doc = pdfium.PdfDocument(str(path))
    for number in range(len(doc)):
        page = doc[number]
        text = page.get_textpage()
        for k in range(raw.FPDFPage_GetAnnotCount(page.raw)):
            annot = raw.FPDFPage_GetAnnot(page.raw, k)
            rect = raw.FS_RECTF()
            raw.FPDFAnnot_GetRect(annot, rect)
            box = (rect.left, rect.bottom, rect.right, rect.top)
            under = text.get_text_bounded(*box)
            out.append((number + 1, raw.FPDFAnnot_GetSubtype(annot), _string(annot, b"Contents"), box, under))
            raw.FPDFPage_CloseAnnot(annot)
    doc.close()
    return out


@pytest.fixture(scope="module")
def annotated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Report, Path, Path]:
    folder = tmp_path_factory.mktemp("pdf")
    original = folder / "bao-cao.pdf"
    shutil.copyfile(SEED_PDF, original)
    report = check(original, engine="layout", today=TODAY)
    copy = folder / "bao-cao.kiem-tra.pdf"
    annotate(report, str(original), str(copy), "vi")
    return report, original, copy


def test_every_finding_is_highlighted_over_its_words(annotated: tuple[Report, Path, Path]) -> None:
    report, _, copy = annotated
    ours = [a for a in read_annotations(copy) if a[1] in (raw.FPDF_ANNOT_HIGHLIGHT, raw.FPDF_ANNOT_TEXT)]
    assert report.findings and len(ours) >= len(report.findings)
    for finding in report.findings:
        notes = [a for a in ours if a[2].startswith(f"{finding.code} [") and finding.localized("vi") in a[2]]
        assert notes, finding
        if finding.suggestion:
            assert all(f"Gợi ý: {finding.suggestion}" in a[2] for a in notes)
        words = "".join(finding.text.split())
        under = "".join("".join(a[4] for a in notes).split())
        assert words[:12] in under, (finding.code, finding.text, under)


def test_original_is_untouched_and_kept_byte_for_byte(annotated: tuple[Report, Path, Path]) -> None:
    _, original, copy = annotated
    before = SEED_PDF.read_bytes()
    assert original.read_bytes() == before
    assert copy.read_bytes().startswith(before)  # an incremental update: a signed revision stays as signed
    assert read_annotations(original) == []


def test_rendered_page_shows_the_highlights(annotated: tuple[Report, Path, Path]) -> None:
    _, original, copy = annotated
    first = next(a for a in read_annotations(copy) if a[0] == 1 and a[1] == raw.FPDF_ANNOT_HIGHLIGHT)
    left, bottom, right, top = first[3]

    def mean_blue(path: Path) -> float:
        page = pdfium.PdfDocument(str(path))[0]
        image = page.render(scale=1, draw_annots=True).to_pil().convert("RGB")
        height = page.get_height()
        crop = image.crop((int(left), int(height - top), int(right), int(height - bottom)))
        return float(ImageStat.Stat(crop).mean[2])

    # a highlight tints the white paper under the words (amber and red take blue away; blue adds none)
    assert mean_blue(copy) < mean_blue(original) - 5


def test_refuses_to_write_over_the_original_or_another_type(tmp_path: Path) -> None:
    from vnadmin_parse.cli import main

    assert main(["check", str(SEED_PDF), "--annotate", str(SEED_PDF)]) == 2
    assert main(["check", str(SEED_PDF), "--annotate", str(tmp_path / "x.docx")]) == 2
    assert main(["check", str(SEED_PDF.with_suffix(".txt")), "--annotate", str(tmp_path / "x.txt")]) == 2
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize("name", ["qngai_542_TB-UBND_2024.pdf", "lamdong_CAT_298_TTr-PC04_2025_badocr.pdf"])
def test_a_real_signed_document_gets_every_warning_in_place(name: str, tmp_path: Path) -> None:
    """A signed agency PDF (a text layer; a scan read by OCR, its notes placed from the OCR word boxes): each warning
    and error is highlighted on its page, and the signed bytes stay the first bytes of the copy."""
    original = tmp_path / name
    shutil.copyfile(CORPUS / "real" / name, original)
    report = check(original, today=TODAY)
    serious = [f for f in report.findings if f.severity in ("warning", "error")]
    assert serious, "the real document has warnings a reviewer reads"
    copy = tmp_path / "kiem-tra.pdf"
    annotate(report, str(original), str(copy), "vi")
    assert copy.read_bytes().startswith((CORPUS / "real" / name).read_bytes())
    notes = [a for a in read_annotations(copy) if a[1] == raw.FPDF_ANNOT_HIGHLIGHT]
    for finding in serious:
        placed = [a for a in notes if a[2].startswith(f"{finding.code} [") and a[0] == finding.page]
        assert placed, finding
        left, bottom, right, top = placed[0][3]
        assert 0 <= left < right and 0 <= bottom < top
