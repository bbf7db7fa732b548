"""Exceptions raised by the symbol validators, one class per kind of mistake."""

from __future__ import annotations

from vnadmin_parse.errors import VnadminError


class SymbolError(VnadminError, ValueError):
    """A document number and symbol ("số, ký hiệu") is not valid."""


class InvalidFormat(SymbolError):
    """The string does not have the shape of a document symbol at all."""


class InvalidYear(SymbolError):
    """The year inside the symbol is not a possible year of issue."""


class InvalidComponent(SymbolError):
    """A part of the symbol (type abbreviation, issuer code) is unknown or written wrongly."""


class NeedsRepair(SymbolError):
    """The symbol is readable but written wrongly; ``repairs`` says what had to be fixed."""

    def __init__(self, message: str, repairs: tuple[str, ...]) -> None:
        super().__init__(message)
        self.repairs = repairs
