"""Every real document goes through check() without a crash (OCR switched off to stay fast)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import CORPUS, TODAY
from vnadmin_parse.extract import ocr
from vnadmin_parse.pipeline import check

FILES = sorted(p for p in (CORPUS / "real").iterdir() if p.suffix in {".pdf", ".docx"}) + sorted(
    (CORPUS / "legacy" / "files").glob("*.pdf")
)


@pytest.fixture(autouse=True)
def _no_ocr(monkeypatch: pytest.MonkeyPatch) -> None:
    def unavailable() -> str:
        raise ocr.OcrUnavailable("OCR off in this test")

    monkeypatch.setattr(ocr, "tesseract_path", unavailable)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_check_does_not_crash(path: Path) -> None:
    report = check(path, today=TODAY)
    assert report.source.pages
    if path.parent.name == "files":
        assert "E001" in {f.code for f in report.findings}


@pytest.mark.parametrize("path", sorted((CORPUS / "legacy" / "files").glob("*.rtf")), ids=lambda p: p.name)
def test_legacy_rtf_is_read_and_flagged(path: Path) -> None:
    report = check(path, today=TODAY, select=["E"])
    assert report.source.encoding == "tcvn3"
    assert [f.code for f in report.findings] == ["E001"]


@pytest.mark.parametrize("path", sorted((CORPUS / "legacy" / "files").glob("*.doc")), ids=lambda p: p.name)
def test_legacy_doc_is_read_and_flagged(path: Path) -> None:
    report = check(path, today=TODAY, select=["E"])
    assert report.source.encoding in {"tcvn3", "vni"}
    assert [f.code for f in report.findings] == ["E001"]


@pytest.mark.parametrize("path", [p for p in FILES if p.suffix == ".pdf"], ids=lambda p: p.name)
def test_engines_give_the_same_normalized_text(path: Path) -> None:
    """Fast and layout engines agree page by page, except on a garbled text layer (which is OCR'd)."""
    from vnadmin_parse.extract.pdf import extract_pdf
    from vnadmin_parse.normalize import normalize

    fast = extract_pdf(path, engine="fast", ocr=False)
    layout = extract_pdf(path, engine="layout", ocr=False)
    garbled = set(fast.metadata.get("garbled_pages", "").split(","))
    assert garbled == set(layout.metadata.get("garbled_pages", "").split(","))
    for a, b in zip(fast.pages, layout.pages, strict=True):
        if str(a.number) not in garbled:
            assert normalize(a.text).text == normalize(b.text).text, a.number
