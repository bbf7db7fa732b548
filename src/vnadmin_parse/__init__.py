"""vnadmin-parse: read Vietnamese administrative documents and say what is wrong before signing.

>>> import vnadmin_parse
>>> report = vnadmin_parse.check("Ông nói: “Xin chào.")
>>> [f.code for f in report.findings]
['T001']
"""

from vnadmin_parse.model import DateMention, Document, Event, Finding, Page, Reference, Span
from vnadmin_parse.pipeline import check, parse
from vnadmin_parse.report.core import Report

__version__ = "0.1.0"

__all__ = [
    "DateMention",
    "Document",
    "Event",
    "Finding",
    "Page",
    "Reference",
    "Report",
    "Span",
    "check",
    "parse",
]
