"""The Report (result of a check) and its renderers. Renderers compute nothing."""

from vnadmin_parse.report.core import Report

__all__ = ["Report"]
