"""Doctests in the package double as documentation: run them all."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import vnadmin_parse

MODULES = sorted(
    info.name
    for info in pkgutil.walk_packages(vnadmin_parse.__path__, "vnadmin_parse.")
    if not info.name.endswith("__main__")
)


@pytest.mark.parametrize("name", MODULES)
def test_doctests(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} doctest(s) failed in {name}"


def test_vnadmin_parse_package_doctest() -> None:
    assert doctest.testmod(vnadmin_parse).failed == 0
