"""A rule's code says where it lives: each family's rules are in the modules named after it."""

from __future__ import annotations

from vnadmin_parse.rules.registry import FAMILIES, all_rules

#: Family letter → the name its rule modules start with (rules/NAME.py, rules/NAME_topic.py).
MODULES = {
    "E": "extraction",
    "F": "format",
    "R": "references",
    "D": "dates",
    "S": "spelling",
    "T": "typography",
}


def test_every_family_has_its_modules() -> None:
    assert MODULES.keys() == FAMILIES.keys()


def test_each_rule_lives_in_its_familys_modules() -> None:
    for r in all_rules():
        module = r.check.__module__.removeprefix("vnadmin_parse.rules.")
        assert module == MODULES[r.family] or module.startswith(MODULES[r.family] + "_"), (r.code, module)
