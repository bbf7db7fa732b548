"""Batch audits: many documents, in parallel, resumable, results in SQLite."""

from vnadmin_parse.audit.runner import AuditSummary, audit, discover

__all__ = ["AuditSummary", "audit", "discover"]
