from __future__ import annotations

import spacy

from tests.conftest import SEED, TODAY
from vnadmin_parse import check
from vnadmin_parse.spacy.convert import blank_vietnamese


def test_report_to_spacy_keeps_text_and_puts_results_in_spans() -> None:
    report = check(SEED, today=TODAY)
    doc = report.to_spacy()
    assert doc.text == report.text
    findings = doc.spans["vnadmin_findings"]
    assert len(findings) == len(report.findings)
    for span, finding in zip(findings, report.findings, strict=True):
        assert span.label_ == finding.code
        assert span._.vnadmin_finding is finding
    assert doc._.vnadmin_report is report


def test_blank_vietnamese_needs_no_model() -> None:
    nlp = blank_vietnamese()
    doc = nlp("Kế hoạch số 29/KH-UBND")
    assert len(doc) >= 3


def test_components_registered_through_entry_points() -> None:
    nlp = blank_vietnamese()
    for name in ("vnadmin_dates", "vnadmin_references", "vnadmin_events", "vnadmin_structure", "vnadmin_check"):
        assert name in spacy.registry.factories.get_all() or nlp.has_factory(name)
    nlp.add_pipe("vnadmin_references")
    nlp.add_pipe("vnadmin_check")
    doc = nlp("Ông nói: “Xin chào.")
    assert "vnadmin_references" in doc.spans
    assert [s.label_ for s in doc.spans["vnadmin_findings"]] == ["T001"]


def test_each_recognizer_component_fills_its_span_group() -> None:
    nlp = blank_vietnamese()
    for name in ("vnadmin_dates", "vnadmin_structure", "vnadmin_events", "vnadmin_references"):
        nlp.add_pipe(name)
    doc = nlp(
        "BÁO CÁO\nThực hiện Nghị định số 72/2015/NĐ-CP ngày 07/9/2015 của Chính phủ, tối ngày 13/5/2023 "
        "Lễ hội Hoa Phượng đỏ diễn ra tại Quảng trường Nhà hát thành phố."
    )
    assert doc.spans["vnadmin_references"][0].text.startswith("Nghị định số 72/2015/NĐ-CP")
    assert doc.spans["vnadmin_references"][0]._.vnadmin_reference.canonical == "72/2015/NĐ-CP"
    assert any(s.text.endswith("13/5/2023") for s in doc.spans["vnadmin_dates"])
    assert [s.label_ for s in doc.spans["vnadmin_events"]] == ["EVENT"]
    assert "BÁO CÁO" in [s.text for s in doc.spans["vnadmin_structure"]]
