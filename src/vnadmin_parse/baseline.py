"""Baselines: accepted findings, keyed by document hash and finding fingerprint.

A signed PDF cannot carry an inline suppression, so a reviewer who accepts a
finding records it in a baseline file; later checks of the same document hide
it, and entries that no longer match anything are reported as unused.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from vnadmin_parse.errors import DataError
from vnadmin_parse.model import Finding


def fingerprint(code: str, text: str) -> str:
    """A finding's identity that survives re-extraction: its rule and its whitespace-normalized evidence."""
    return hashlib.sha1(f"{code}\0{' '.join(text.split())}".encode()).hexdigest()[:16]


def document_key(path: str | Path | None, text: str) -> str:
    """SHA-1 of the file's bytes, or of the text when there is no file."""
    if path is not None and Path(path).is_file():
        return hashlib.sha1(Path(path).read_bytes()).hexdigest()
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


@dataclass
class Baseline:
    """``{document sha1: {fingerprint: {"code", "text"}}}`` stored as JSON."""

    entries: dict[str, dict[str, dict[str, str]]] = field(default_factory=dict)

    @classmethod
    def load(cls, path: str | Path) -> Baseline:
        p = Path(path)
        if not p.exists():
            return cls()
        try:
            data = json.loads(p.read_text(encoding="utf-8"))
            return cls(entries=dict(data["documents"]))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise DataError(f"{p}: tệp baseline không hợp lệ ({exc})") from exc

    def save(self, path: str | Path) -> None:
        payload = {"version": 1, "documents": self.entries}
        Path(path).write_text(json.dumps(payload, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")

    def record(self, key: str, findings: list[Finding]) -> None:
        self.entries[key] = {fingerprint(f.code, f.text): {"code": f.code, "text": f.text} for f in findings}

    def apply(self, key: str, findings: list[Finding]) -> tuple[list[Finding], list[dict[str, str]]]:
        """Findings not in the baseline, and baseline entries of this document that matched nothing."""
        accepted = self.entries.get(key, {})
        seen: set[str] = set()
        kept: list[Finding] = []
        for f in findings:
            fp = fingerprint(f.code, f.text)
            if fp in accepted:
                seen.add(fp)
            else:
                kept.append(f)
        unused = [entry for fp, entry in accepted.items() if fp not in seen]
        return kept, unused
