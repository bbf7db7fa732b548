"""The rule registry: every check is a Rule with a stable code, a severity,
messages in Vietnamese and English, documentation and its own examples."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from vnadmin_parse.model import Severity

if TYPE_CHECKING:
    from vnadmin_parse.rules.context import Analysis

#: Rule families by code prefix.
FAMILIES: dict[str, tuple[str, str]] = {
    "E": ("Trích xuất và mã hoá", "Extraction and encoding"),
    "F": ("Thể thức văn bản (Nghị định 30/2020/NĐ-CP)", "Document format (Decree 30/2020/ND-CP)"),
    "R": ("Viện dẫn văn bản", "References to documents"),
    "D": ("Ngày tháng, thời gian, sự kiện", "Dates, times and events"),
    "S": ("Chính tả", "Spelling"),
    "T": ("Trình bày, dấu câu", "Typography and punctuation"),
}


#: A confidence above any OCR confidence (0–100): ``note_below=EVERY_OCR`` makes every finding on OCR text a note.
EVERY_OCR = 101.0


@dataclass(frozen=True, slots=True)
class OcrPolicy:
    """How a rule's findings are judged on text read by OCR; the engine applies it to every hit.

    From the lowest OCR confidence (0–100) over the hit's span: below ``drop_below`` the hit is dropped (the text is
    too doubtful to judge), below ``note_below`` it is only a note ("info"). ``unread_as_doubtful``: a hit with no
    OCR character in a document that has OCR pages (an element that may be missing because it was misread) counts
    as confidence 0. The default policy leaves every hit as it is.
    """

    note_below: float = 0.0
    drop_below: float = 0.0
    unread_as_doubtful: bool = False

    def apply(self, hit: Hit, confidence: float | None, scanned: bool) -> Hit | None:
        """``hit`` as this policy judges it, or None when it is dropped."""
        if confidence is None:
            if not (self.unread_as_doubtful and scanned):
                return hit
            confidence = 0.0
        if confidence < self.drop_below:
            return None
        if confidence < self.note_below:
            return replace(hit, severity="info")
        return hit


#: The policy of a rule that judges OCR text as it judges typed text.
AS_TYPED = OcrPolicy()


@dataclass(frozen=True, slots=True)
class Hit:
    """What a rule's check function yields: a span of the normalized text and details."""

    start: int
    end: int
    params: dict[str, Any] = field(default_factory=dict)
    suggestion: str | None = None
    severity: Severity | None = None  # overrides the rule's default
    ocr: OcrPolicy | None = None  # overrides the rule's OCR policy for this hit


@dataclass(frozen=True, slots=True)
class RuleDoc:
    """Documentation of a rule: what it checks, why, the legal basis, an example, the fix."""

    what: str
    why: str
    fix: str
    basis: str = ""
    example: str = ""
    what_en: str = ""


@dataclass(frozen=True, slots=True)
class Rule:
    code: str
    name: str
    severity: Severity
    message: str  # Vietnamese template, str.format(**hit.params)
    message_en: str
    doc: RuleDoc
    check: Callable[[Analysis], Iterable[Hit]]
    fires: tuple[str, ...] = ()  # texts on which the rule must fire
    passes: tuple[str, ...] = ()  # texts on which it must stay silent
    ocr: OcrPolicy = AS_TYPED  # how its findings are judged on text read by OCR
    #: "document": checked on each document; "archive": checked by an audit across its documents
    #: (its examples are archives, documents separated by a form feed; on one document it finds nothing)
    scope: str = "document"

    @property
    def family(self) -> str:
        return self.code.rstrip("0123456789")

    def summary(self, lang: str = "vi", width: int = 110) -> str:
        """What the rule checks, in one line: the first sentence of its documentation.

        >>> get_rule("T005").summary("en")
        'Two or more spaces between words'
        """
        text = self.doc.what_en if lang == "en" and self.doc.what_en else self.doc.what
        for end in _SENTENCE_END.finditer(text):
            head = text[: end.start()]
            if head.count("“") == head.count("”") and head.count("(") == head.count(")"):
                text = head
                break
        text = text.rstrip(".;: ")
        return text if len(text) <= width else text[: width - 1].rstrip() + "…"

    def format(self, hit: Hit, lang: str = "vi") -> str:
        template = self.message_en if lang == "en" else self.message
        try:
            return template.format(**hit.params)
        except (KeyError, IndexError, ValueError):
            return template


_RULES: dict[str, Rule] = {}
#: Where a sentence of a rule's documentation may end (outside quotes and brackets, checked in ``summary``).
_SENTENCE_END = re.compile(r"[.;:](?=\s|$)")


def rule(
    code: str,
    name: str,
    *,
    severity: Severity,
    message: str,
    message_en: str,
    doc: RuleDoc,
    fires: Iterable[str] = (),
    passes: Iterable[str] = (),
    ocr: OcrPolicy = AS_TYPED,
    scope: str = "document",
) -> Callable[[Callable[[Analysis], Iterable[Hit]]], Callable[[Analysis], Iterable[Hit]]]:
    """Register the decorated check function as rule ``code``; ``ocr``: how its findings are judged on OCR text."""
    family = code.rstrip("0123456789")
    if family not in FAMILIES or not code[len(family) :].isdigit():
        raise ValueError(f"rule code {code!r}: expected a family prefix {sorted(FAMILIES)} and digits")

    def register(fn: Callable[[Analysis], Iterable[Hit]]) -> Callable[[Analysis], Iterable[Hit]]:
        if code in _RULES:
            raise ValueError(f"rule code {code} registered twice")
        _RULES[code] = Rule(code, name, severity, message, message_en, doc, fn, tuple(fires), tuple(passes), ocr, scope)
        return fn

    return register


def all_rules() -> list[Rule]:
    """Every registered rule, by code."""
    from vnadmin_parse.rules import load

    load()
    return [_RULES[c] for c in sorted(_RULES)]


def get_rule(code: str) -> Rule:
    for r in all_rules():
        if r.code == code:
            return r
    raise KeyError(code)


def selected(select: Iterable[str] | None = None, ignore: Iterable[str] | None = None) -> Iterator[Rule]:
    """Rules whose code starts with a ``select`` prefix and with no ``ignore`` prefix."""
    sel = tuple(select or ())
    ign = tuple(ignore or ())
    for r in all_rules():
        if sel and not r.code.startswith(sel):
            continue
        if ign and r.code.startswith(ign):
            continue
        yield r
