"""Report → spaCy Doc: tokens are the Report's syllable tokens, results in ``doc.spans``."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Protocol

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from vnadmin_parse.model import DateMention, Document, Event, Finding, Reference
from vnadmin_parse.recognize.tokens import tokenize
from vnadmin_parse.spacy._extensions import register_extensions, user_data_key


class Results(Protocol):
    """What the view reads from a ``Report`` (a protocol, so that report/ and spacy/ do not import each other)."""

    @property
    def text(self) -> str: ...
    @property
    def document(self) -> Document: ...
    @property
    def references(self) -> Sequence[Reference]: ...
    @property
    def dates(self) -> Sequence[DateMention]: ...
    @property
    def events(self) -> Sequence[Event]: ...
    @property
    def findings(self) -> Sequence[Finding]: ...


def blank_vietnamese() -> Language:
    """A blank Vietnamese pipeline that needs no model or pyvi (syllable tokens)."""
    return spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})


def text_to_doc(nlp: Language, text: str) -> Doc:
    """A Doc whose tokens are our syllable tokens, with whitespace preserved."""
    toks = tokenize(text)
    words: list[str] = []
    spaces: list[bool] = []
    pos = 0
    for t in toks:
        if t.start > pos and words:
            spaces[-1] = True
            gap = text[pos : t.start]
            if gap != " ":
                # keep exact text: non-single-space gaps become whitespace tokens
                spaces[-1] = gap.startswith(" ")
                rest = gap[1:] if gap.startswith(" ") else gap
                if rest:
                    words.append(rest)
                    spaces.append(False)
        elif t.start > pos:
            words.append(text[pos : t.start])
            spaces.append(False)
        words.append(t.text)
        spaces.append(False)
        pos = t.end
    if pos < len(text):
        if words and text[pos:] == " ":
            spaces[-1] = True
        else:
            words.append(text[pos:])
            spaces.append(False)
    doc = Doc(nlp.vocab, words=words, spaces=spaces)
    assert doc.text == text
    return doc


def _spans(doc: Doc, items: Iterable[Any], label: Any, group: str) -> list[Span]:
    out: list[Span] = []
    for i, item in enumerate(items, start=1):
        span = doc.char_span(item.start, item.end, label=label(item), alignment_mode="expand", span_id=i)
        if span is not None:
            doc.user_data[user_data_key(group, i)] = item
            out.append(span)
    return out


def fill_doc(doc: Doc, report: Results) -> Doc:
    """Put the Report's results into ``doc.spans`` (the doc's text must be ``report.text``)."""
    register_extensions()
    doc._.vnadmin_report = report
    doc._.vnadmin_document = report.document
    groups: list[tuple[str, Iterable[Any], Any]] = [
        ("vnadmin_references", report.references, lambda r: r.kind.upper()),
        ("vnadmin_dates", report.dates, lambda d: d.kind.upper()),
        ("vnadmin_events", report.events, lambda e: "EVENT"),
        ("vnadmin_findings", report.findings, lambda f: f.code),
        ("vnadmin_structure", report.document.spans, lambda s: s.label.upper()),
    ]
    for group, items, label in groups:
        doc.spans[group] = _spans(doc, items, label, group)
    return doc


def report_to_doc(report: Results, nlp: Language | None = None) -> Doc:
    nlp = nlp or blank_vietnamese()
    return fill_doc(text_to_doc(nlp, report.text), report)


def labels(spans: Sequence[Span]) -> list[str]:
    return [s.label_ for s in spans]
