"""Errors raised to callers. Each names the file and says plainly what is wrong."""

from __future__ import annotations


class VnadminError(Exception):
    """Base class of every error this package raises on purpose."""


class InputError(VnadminError):
    """A file could not be read as a document (missing, unsupported, corrupt, encrypted…)."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class UnsupportedFormat(InputError):
    """The file's type is not one this tool reads."""


class ExtractionTimeout(InputError):
    """Extraction took longer than the per-document time limit."""


class TooLarge(InputError):
    """A file would take more memory, or inflate to more data, than a check may use."""


class OutOfMemory(TooLarge):
    """The check of a file went past its memory limit."""


class DataError(VnadminError):
    """A data file (bundled or user-supplied) does not follow its schema."""
