"""The table of issuing bodies (data/issuers.json): codes and names resolve both ways, every example is a
citation that resolves to its entry, lifetimes and successors hold together, and no entry rests on the corpus."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from vnadmin_parse.data import load_table
from vnadmin_parse.recognize.references import find_references
from vnadmin_parse.symbols import SymbolError, doc_types, issuers, parse_any

ROOT = Path(__file__).resolve().parents[2]
ENTRIES = list(issuers.issuers().values())
EXAMPLES = [(i, ex) for i in ENTRIES for ex in i.examples]


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_issuers", ROOT / "tools" / "build_issuers.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(("entry", "example"), EXAMPLES, ids=lambda v: getattr(v, "code", v))
def test_issuer_examples(entry: issuers.Issuer, example: str) -> None:
    refs = find_references(example, [])
    assert refs and refs[0].canonical, f"nothing recognised in {example!r}"
    r = refs[0]
    try:
        codes = parse_any(r.canonical or "").issuers
    except SymbolError:  # an old shape such as "111-HĐBT": the code is in the symbol as written
        codes = tuple((r.canonical or "").split("-")[-1:])
    assert entry in [issuers.lookup(c) for c in codes]
    start = (r.parts.issuer_span or (len(example), 0))[0]
    if len(codes) == 1 and entry.level != "department":
        assert issuers.by_name(example[start:]) is entry, example


def test_every_code_and_name_resolves_both_ways() -> None:
    for entry in ENTRIES:
        assert issuers.lookup(entry.code) is entry
        for code in entry.codes:
            assert issuers.lookup(code) is entry, code
        for name in entry.names():
            assert issuers.by_name(name) is entry, name
            assert issuers.matches_name(name, entry)
    owners: dict[str, set[str]] = {}
    for entry in ENTRIES:
        for name in entry.names():
            owners.setdefault(issuers.fold(name), set()).add(entry.code)
    assert all(len(codes) == 1 for codes in owners.values()), "a name stands for two bodies"


def test_no_entry_rests_on_the_corpus_alone() -> None:
    for entry in load_table("issuers.json")["entries"]:
        sources = [part.strip() for part in entry["source"].split(";") if part.strip()]
        assert entry["basis"] and not entry["basis"].startswith("corpus/"), entry["code"]
        assert any(not s.startswith("corpus/") for s in sources), f"{entry['code']}: only corpus sources"


def test_lifetimes_and_successors_hold_together() -> None:
    for entry in ENTRIES:
        if entry.valid_from and entry.valid_to:
            assert entry.valid_from <= entry.valid_to, entry.code
        heirs = issuers.successors(entry)
        assert len(heirs) == len(entry.successor), entry.code
        if entry.successor:
            end = entry.valid_to or (entry.gone_by and entry.gone_by - dt.timedelta(days=1))
            assert end, f"{entry.code} has a successor but no end"
            day_after = end + dt.timedelta(days=1)
            assert all(h.existed_on(day_after) for h in heirs), entry.code


def test_document_types_are_known_and_decrees_are_the_governments() -> None:
    known = doc_types.abbreviations()
    for entry in ENTRIES:
        assert set(entry.doc_types) <= known, entry.code
    assert {i.code for i in ENTRIES if "NĐ" in i.doc_types} == {"CP", "HĐBT"}
    assert {i.code for i in ENTRIES if "PL" in i.doc_types} == {"UBTVQH"}
    assert issuers.lookup("TTg").may_issue("QĐ") and not issuers.lookup("BYT").may_issue("NĐ")  # type: ignore[union-attr]


def test_the_2025_restructuring() -> None:
    march = dt.date(2025, 3, 1)
    gone = {"BKHĐT": {"BTC"}, "BNNPTNT": {"BNNMT"}, "BTNMT": {"BNNMT"}, "BGTVT": {"BXD"}, "UBDT": {"BDTTG"}}
    for code, heirs in gone.items():
        body = issuers.lookup(code)
        assert body is not None and not body.existed_on(march) and body.existed_on(march - dt.timedelta(days=1))
        assert {h.code for h in issuers.successors(body)} == heirs
    for code in ("BNNMT", "BDTTG", "BTC", "BXD", "BKHCN", "BNV"):
        assert issuers.lookup(code).existed_on(march), code  # type: ignore[union-attr]


def test_the_table_is_what_the_build_writes() -> None:
    """The hand-written knowledge in tools/build_issuers.py and the shipped table agree field by field."""
    tool = _tool()
    shipped = {e["code"]: e for e in json.loads((ROOT / tool.TABLE.relative_to(tool.REPO)).read_text())["entries"]}
    assert [b.code for b in tool.BODIES] == list(shipped)
    for body in tool.BODIES:
        built = tool.entry(body, [])
        fields = ("name", "aliases", "codes", "part_of", "level", "doc_types", "valid_from", "valid_to", "gone_by")
        for field in fields:
            assert shipped[body.code][field] == built[field], (body.code, field)
        assert shipped[body.code]["successor"] == built["successor"] and shipped[body.code]["basis"] == body.basis
