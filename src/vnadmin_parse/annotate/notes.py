"""What an annotation says and where it goes: shared by the PDF and the Word writers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from vnadmin_parse.model import Box, Finding, Location

AUTHOR = "vnadmin-parse"
_SEVERITY = {
    "vi": {"error": "lỗi", "warning": "cảnh báo", "info": "lưu ý"},
    "en": {"error": "error", "warning": "warning", "info": "info"},
}
_SUGGEST = {"vi": "Gợi ý", "en": "Suggestion"}
#: Highlight colours (RGB) by severity: red, amber, blue.
COLOURS: dict[str, tuple[int, int, int]] = {"error": (255, 92, 92), "warning": (255, 214, 0), "info": (120, 180, 255)}


def note(finding: Finding, lang: str) -> str:
    """The note of ``finding`` in ``lang``: code, severity and message, then the suggestion.

    >>> f = Finding("T005", "info", "Hai dấu cách", 0, 2, "a  b", suggestion="a b", message_en="Two spaces")
    >>> print(note(f, "en"))
    T005 [info] Two spaces
    Suggestion: a b
    """
    lang = lang if lang in _SEVERITY else "vi"
    head = f"{finding.code} [{_SEVERITY[lang][finding.severity]}] {finding.localized(lang)}"
    return f"{head}\n{_SUGGEST[lang]}: {finding.suggestion}" if finding.suggestion else head


@dataclass(frozen=True, slots=True)
class Mark:
    """The boxes of a finding's characters on one page, one box per line of text."""

    page: int  # 1-based
    lines: tuple[Box, ...]


def marks(finding: Finding, text: str, locate: Callable[[int], Location]) -> list[Mark]:
    """Where ``finding``'s words are drawn: per page, the union of its characters' boxes on each line.

    Spaces and characters without a box (synthesised line breaks) are left out; a finding
    of no width (a missing element) is marked at the character it points to.
    """
    end = max(finding.end, finding.start + 1)
    by_line: dict[tuple[int, int], list[Box]] = {}
    for i in range(finding.start, min(end, len(text))):
        if text[i].isspace() and finding.end > finding.start:
            continue
        loc = locate(i)
        if loc.box is not None:
            by_line.setdefault((loc.page, loc.line), []).append(loc.box)
    pages: dict[int, list[Box]] = {}
    for (page, _), boxes in sorted(by_line.items()):
        pages.setdefault(page, []).append(
            Box(
                min(b.x0 for b in boxes),
                min(b.top for b in boxes),
                max(b.x1 for b in boxes),
                max(b.bottom for b in boxes),
            )
        )
    return [Mark(page, tuple(lines)) for page, lines in pages.items()]
