"""Every Doc._/Span._ extension this package declares, in one place.

Span extensions are getters: spaCy keys stored span values by offsets alone, so two
findings on the same words would overwrite each other. Instead each span carries
a ``span_id`` and the object lives in ``doc.user_data`` under ``vnadmin:<group>:<id>``.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span

#: span extension name → the ``doc.spans`` group it reads
SPAN_GROUPS = {
    "vnadmin_reference": "vnadmin_references",
    "vnadmin_date": "vnadmin_dates",
    "vnadmin_event": "vnadmin_events",
    "vnadmin_finding": "vnadmin_findings",
    "vnadmin_structure": "vnadmin_structure",
}


def user_data_key(group: str, span_id: int) -> str:
    return f"vnadmin:{group}:{span_id}"


def _getter(group: str) -> Any:
    def get(span: Span) -> Any:
        return span.doc.user_data.get(user_data_key(group, span.id))

    return get


def register_extensions() -> None:
    """Declare the extensions (idempotent)."""
    for name in ("vnadmin_report", "vnadmin_document"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    for name, group in SPAN_GROUPS.items():
        if not Span.has_extension(name):
            Span.set_extension(name, getter=_getter(group))
