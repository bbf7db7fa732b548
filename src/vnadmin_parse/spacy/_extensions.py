"""Every Doc._/Span._ extension this package declares, in one place."""

from __future__ import annotations

from spacy.tokens import Doc, Span

SPAN_KEYS = ("vnadmin_references", "vnadmin_dates", "vnadmin_events", "vnadmin_findings", "vnadmin_structure")


def register_extensions() -> None:
    """Declare the extensions (idempotent)."""
    for name, default in (("vnadmin_report", None), ("vnadmin_document", None)):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name in ("vnadmin_reference", "vnadmin_date", "vnadmin_event", "vnadmin_finding"):
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)
