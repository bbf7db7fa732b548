"""Annotated Word file: comments anchored on the findings' words, certain fixes as tracked changes."""

from __future__ import annotations

import copy as copying
import difflib
import shutil
import zipfile
from pathlib import Path

import pytest
from lxml import etree
from pypdfium2.raw import FPDF_ANNOT_TEXT

from tests.conftest import CORPUS, TODAY
from vnadmin_parse import check
from vnadmin_parse.annotate import annotate
from vnadmin_parse.annotate.docx import is_certain
from vnadmin_parse.extract.docx import extract_docx
from vnadmin_parse.report.core import Report

SEED_DOCX = CORPUS / "seed" / "bao-cao-ttdn-6-thang-2023.docx"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _xml(path: Path, part: str) -> etree._Element:
    with zipfile.ZipFile(path) as z:
        return etree.fromstring(z.read(part))


def anchored_texts(path: Path) -> dict[str, str]:
    """The text each comment covers (deleted text included, paragraphs joined by newlines), by comment id."""
    open_: dict[str, list[str]] = {}
    out: dict[str, str] = {}
    for el in _xml(path, "word/document.xml").iter():
        if el.tag == W + "commentRangeStart":
            open_[el.get(W + "id")] = []
        elif el.tag == W + "commentRangeEnd":
            out[el.get(W + "id")] = "".join(open_.pop(el.get(W + "id")))
        elif el.tag == W + "p":
            for parts in open_.values():
                if parts:
                    parts.append("\n")
        elif (el.tag == W + "t" and not any(a.tag == W + "ins" for a in el.iterancestors())) or el.tag == W + "delText":
            for parts in open_.values():
                parts.append(el.text or "")
        elif el.tag == W + "tab":  # read as a space
            for parts in open_.values():
                parts.append(" ")
    return out


def resolved(path: Path, folder: Path, accept: bool) -> str:
    """The text of ``path`` with every tracked change accepted (or rejected)."""
    with zipfile.ZipFile(path) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    root = etree.fromstring(parts["word/document.xml"])
    drop, keep = ("del", "ins") if accept else ("ins", "del")
    for el in list(root.iter(W + drop)):
        el.getparent().remove(el)
    for el in list(root.iter(W + keep)):
        for t in el.iter(W + "delText"):
            t.tag = W + "t"
        for child in list(el):
            el.addprevious(copying.deepcopy(child))
        el.getparent().remove(el)
    parts["word/document.xml"] = etree.tostring(root)
    out = folder / ("accepted.docx" if accept else "rejected.docx")
    with zipfile.ZipFile(out, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return extract_docx(out).pages[0].text


@pytest.fixture(scope="module")
def annotated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Report, Path, Path]:
    folder = tmp_path_factory.mktemp("docx")
    original = folder / "du-thao.docx"
    shutil.copyfile(SEED_DOCX, original)
    report = check(original, today=TODAY)
    copy = folder / "du-thao.kiem-tra.docx"
    annotate(report, str(original), str(copy), "en")
    return report, original, copy


def test_a_comment_on_each_finding_anchored_on_its_words(annotated: tuple[Report, Path, Path]) -> None:
    import docx

    report, _, copy = annotated
    raw = report.source.pages[0].text
    comments = list(docx.Document(str(copy)).comments)
    assert len(comments) == len(report.findings) > 20
    anchored = anchored_texts(copy)
    for finding, comment in zip(sorted(report.findings, key=lambda f: (f.start, f.end)), comments, strict=True):
        assert comment.author == "vnadmin-parse"
        assert comment.text.startswith(f"{finding.code} [") and finding.localized("en") in comment.text
        start, end = report.to_raw.source(finding.start), report.to_raw.source(finding.end - 1) + 1
        assert anchored[str(comment.comment_id)] == raw[start:end]


def test_certain_fixes_are_tracked_changes(annotated: tuple[Report, Path, Path], tmp_path: Path) -> None:
    report, original, copy = annotated
    certain = [f for f in report.findings if is_certain(f)]
    assert {f.code for f in certain} >= {"S003", "T005", "R001"}
    revisions = list(_xml(copy, "word/document.xml").iter(W + "ins", W + "del"))
    assert revisions and all(r.get(W + "author") == "vnadmin-parse" for r in revisions)
    raw = report.source.pages[0].text
    assert resolved(copy, tmp_path, accept=False) == raw
    edits = set()  # (start, end, insert) in the raw text; overlapping findings share theirs
    for f in certain:
        start = report.to_raw.source(f.start)
        for op, a, b, c, d in difflib.SequenceMatcher(None, f.text, f.suggestion, autojunk=False).get_opcodes():
            if op != "equal":
                edits.add((start + a, start + b, (f.suggestion or "")[c:d]))
    fixed = raw
    for a, b, insert in sorted(edits, reverse=True):
        fixed = fixed[:a] + insert + fixed[b:]
    assert resolved(copy, tmp_path, accept=True) == fixed
    accepted = check(tmp_path / "accepted.docx", today=TODAY)
    assert not [f for f in accepted.findings if is_certain(f)]
    assert original.read_bytes() == SEED_DOCX.read_bytes()


def test_uncertain_suggestions_are_not_applied() -> None:
    from vnadmin_parse.model import Finding

    assert not is_certain(Finding("S005", "warning", "", 0, 3, "Thẻ", "Thể"))
    assert not is_certain(Finding("R001", "warning", "", 0, 11, "80/2015QH13", "80/2015/QH13"))
    assert is_certain(Finding("S001", "warning", "", 0, 5, "và và", "và"))


def test_a_line_the_walk_does_not_rebuild_gets_no_note_and_the_rest_map() -> None:
    import docx

    from vnadmin_parse.annotate.docx import AnnotateError, _Text

    document = docx.Document()
    for line in ("Dòng một", "Dòng hai", "Dòng ba"):
        document.add_paragraph(line)
    text = _Text(document.element.body, "Dòng một\nHỘP CHỮ\nDòng hai\nDòng ba")
    assert text.where(2) is not None and text.where(10) is None
    paragraph, within = text.where(len("Dòng một\nHỘP CHỮ\nDòng ") + 1) or (None, -1)
    assert paragraph is document.paragraphs[1]._p and within == 6
    assert text.runs(10, 12) == []
    with pytest.raises(AnnotateError):
        _Text(document.element.body, "khác hẳn\nhoàn toàn\nkhông khớp\nchút nào")


def test_word_processor_reads_every_comment(annotated: tuple[Report, Path, Path], tmp_path: Path) -> None:
    """LibreOffice opens the annotated copy and exports each comment as a PDF note with its text."""
    import subprocess

    from tests.annotate.test_pdf import read_annotations

    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        pytest.skip("LibreOffice is not installed (Debian: libreoffice-writer-nogui)")
    report, _, copy = annotated
    export = 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}'
    subprocess.run(
        [office, f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless", "--convert-to", export,
         "--outdir", str(tmp_path), str(copy)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    notes = read_annotations(tmp_path / copy.with_suffix(".pdf").name)
    codes = sorted(contents.split(" ", 1)[0] for _, subtype, contents, _, _ in notes if subtype == FPDF_ANNOT_TEXT)
    assert codes == sorted(f.code for f in report.findings)
