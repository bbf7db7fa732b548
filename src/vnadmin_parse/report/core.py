"""Report: everything one check found, with offsets that map back to the source."""

from __future__ import annotations

import bisect
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from vnadmin_parse.model import (
    DateMention,
    Document,
    Event,
    Finding,
    Location,
    Reference,
    Source,
    Span,
)
from vnadmin_parse.normalize.offsets import OffsetMap

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


@dataclass(frozen=True, slots=True)
class SourceIndex:
    """Maps offsets of the raw extracted text (pages joined by form feeds) to page/line/box."""

    source: Source
    page_starts: tuple[int, ...]
    line_starts: tuple[tuple[int, ...], ...]

    @classmethod
    def build(cls, source: Source) -> SourceIndex:
        page_starts: list[int] = []
        line_starts: list[tuple[int, ...]] = []
        pos = 0
        for page in source.pages:
            page_starts.append(pos)
            starts = [0]
            starts.extend(i + 1 for i, ch in enumerate(page.text) if ch == "\n")
            line_starts.append(tuple(starts))
            pos += len(page.text) + 1
        return cls(source, tuple(page_starts), tuple(line_starts))

    def locate(self, raw_offset: int) -> Location:
        if not self.page_starts:
            return Location(page=1, line=1, column=1)
        p = max(0, bisect.bisect_right(self.page_starts, raw_offset) - 1)
        page = self.source.pages[p]
        within = min(max(0, raw_offset - self.page_starts[p]), max(0, len(page.text) - 1))
        starts = self.line_starts[p]
        ln = bisect.bisect_right(starts, within) - 1
        box = page.boxes[within] if page.boxes and within < len(page.boxes) else None
        conf = page.confidences[within] if page.confidences and within < len(page.confidences) else None
        return Location(page=page.number, line=ln + 1, column=within - starts[ln] + 1, box=box, confidence=conf)


@dataclass(slots=True)
class Report:
    """The result of checking one document."""

    source: Source
    text: str
    to_raw: OffsetMap
    document: Document = field(default_factory=Document)
    references: list[Reference] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    tokens: list[Span] = field(default_factory=list)
    _index: SourceIndex | None = None

    @property
    def index(self) -> SourceIndex:
        if self._index is None:
            self._index = SourceIndex.build(self.source)
        return self._index

    def locate(self, offset: int) -> Location:
        """Page, line, column (1-based) and box of normalized-text ``offset``."""
        return self.index.locate(self.to_raw.source(offset))

    @property
    def has_errors(self) -> bool:
        return any(f.severity == "error" for f in self.findings)

    def page_spans(self) -> list[dict[str, Any]]:
        """Each page's number, extraction method and its range in ``text``."""
        out: list[dict[str, Any]] = []
        start = 0
        pages = self.source.pages
        for i, chunk in enumerate(self.text.split("\f")):
            page = pages[i] if i < len(pages) else None
            out.append(
                {
                    "number": page.number if page else i + 1,
                    "method": page.method if page else "text",
                    "start": start,
                    "end": start + len(chunk),
                }
            )
            start += len(chunk) + 1
        return out

    def to_dict(self, lang: str = "vi") -> dict[str, Any]:
        """The JSON contract (see README): plain types only."""

        def where(start: int) -> tuple[int, int]:
            loc = self.locate(start)
            return loc.page, loc.line

        refs = []
        for r in self.references:
            page, line = where(r.start)
            d = asdict(r)
            d.update(parts=r.parts.to_dict(), page=page, line=line)
            refs.append(d)
        findings = []
        for f in self.findings:
            findings.append(
                {
                    "code": f.code,
                    "severity": f.severity,
                    "message": f.localized(lang),
                    "start": f.start,
                    "end": f.end,
                    "text": f.text,
                    "suggestion": f.suggestion,
                    "page": f.page,
                    "line": f.line,
                    "family": f.family,
                }
            )
        doc = self.document
        return {
            "source": self.source.path,
            "kind": self.source.kind,
            "encoding": self.source.encoding,
            "pages": self.page_spans(),
            "text": self.text,
            "document": {
                "type": doc.type,
                "number": doc.number,
                "issuer": doc.issuer,
                "place": doc.place,
                "date": doc.date,
                "title": doc.title,
                "period": doc.period,
                "signer": doc.signer,
                "fields": doc.fields.to_dict(),
            },
            "references": refs,
            "dates": [asdict(d) for d in self.dates],
            "events": [asdict(e) for e in self.events],
            "findings": findings,
            "furniture": [asdict(f) for f in self.source.furniture],
            "notes": list(self.source.notes),
        }

    def to_spacy(self, nlp: Language | None = None) -> Doc:
        """A spaCy ``Doc`` over ``text`` with results in ``doc.spans`` (a view, not a copy)."""
        from vnadmin_parse.spacy.convert import report_to_doc

        return report_to_doc(self, nlp)
