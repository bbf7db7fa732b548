"""spaCy components (``nlp.add_pipe("vnadmin_references")`` …), registered under the
``vnadmin_`` prefix and exposed through the ``spacy_factories`` entry point.

Each component runs our recognizer on ``doc.text`` and writes ``doc.spans[...]``;
``vnadmin_check`` runs the whole check and attaches the Report.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc

from vnadmin_parse.extract import from_text
from vnadmin_parse.normalize.offsets import OffsetMap
from vnadmin_parse.recognize.dates import find_dates
from vnadmin_parse.recognize.events import find_events
from vnadmin_parse.recognize.references import find_references
from vnadmin_parse.recognize.structure import parse_structure
from vnadmin_parse.report.core import Report
from vnadmin_parse.spacy._extensions import register_extensions
from vnadmin_parse.spacy.convert import fill_doc

Component = Callable[[Doc], Doc]


def _report_of(doc: Doc) -> Report:
    register_extensions()
    report: Report | None = doc._.vnadmin_report
    if report is None or report.text != doc.text:
        report = Report(source=from_text(doc.text), text=doc.text, to_raw=OffsetMap.identity(len(doc.text)))
        doc._.vnadmin_report = report
    return report


def _with_dates(doc: Doc) -> Report:
    """The doc's Report, its dates recognized (the references and events recognizers use them)."""
    report = _report_of(doc)
    if not report.dates:
        report.dates = find_dates(doc.text)
    return report


def _component(recognize: Callable[[Doc, Report], None]) -> Component:
    """A pipeline component that runs ``recognize`` on the doc's Report and fills ``doc.spans``."""

    def component(doc: Doc) -> Doc:
        report = _with_dates(doc)
        recognize(doc, report)
        return fill_doc(doc, report)

    return component


@Language.factory("vnadmin_dates")
def make_dates(nlp: Language, name: str) -> Component:
    return _component(lambda doc, report: None)


@Language.factory("vnadmin_references")
def make_references(nlp: Language, name: str) -> Component:
    def recognize(doc: Doc, report: Report) -> None:
        report.references = find_references(doc.text, report.dates)

    return _component(recognize)


@Language.factory("vnadmin_events")
def make_events(nlp: Language, name: str) -> Component:
    def recognize(doc: Doc, report: Report) -> None:
        report.events = find_events(doc.text, report.dates)

    return _component(recognize)


@Language.factory("vnadmin_structure")
def make_structure(nlp: Language, name: str) -> Component:
    def recognize(doc: Doc, report: Report) -> None:
        report.document = parse_structure(doc.text, report.source, report.locate)

    return _component(recognize)


@Language.factory("vnadmin_check")
def make_check(nlp: Language, name: str) -> Component:
    def component(doc: Doc) -> Doc:
        from vnadmin_parse.pipeline import check_source

        report = check_source(from_text(doc.text), steps=())
        return fill_doc(doc, report)

    return component
