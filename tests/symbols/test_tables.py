"""The data tables behind the symbols: every entry's examples are recognised as that entry."""

from __future__ import annotations

import pytest

from vnadmin_parse.catalog import default_catalog
from vnadmin_parse.data import load_table
from vnadmin_parse.recognize.references import find_references
from vnadmin_parse.symbols import doc_types

DOC_TYPE_EXAMPLES = [(t, ex) for t in doc_types.doc_types() for ex in t.examples]


@pytest.mark.parametrize(("entry", "example"), DOC_TYPE_EXAMPLES, ids=lambda v: getattr(v, "type", v))
def test_doc_type_examples(entry: doc_types.DocType, example: str) -> None:
    refs = find_references(example, [])
    assert refs, f"nothing recognised in {example!r}"
    r = refs[0]
    assert r.type is not None and r.type.casefold() == entry.type.casefold()
    assert r.abbreviation == entry.abbreviation or (r.kind == "named" and not entry.abbreviation)
    expected_family = {"state-admin": ("administrative", "legal"), "legal": ("legal",), "party": ("party",)}
    if entry.abbreviation or entry.type == "Công văn":
        assert r.kind in expected_family[entry.family]


def test_phu_luc_iii_is_complete() -> None:
    official = {
        "NQ",
        "QĐ",
        "CT",
        "QC",
        "QyĐ",
        "TC",
        "TB",
        "HD",
        "CTr",
        "KH",
        "PA",
        "ĐA",
        "DA",
        "BC",
        "BB",
        "TTr",
        "HĐ",
        "CĐ",
        "BGN",
        "BTT",
        "GUQ",
        "GM",
        "GGT",
        "GNP",
        "PG",
        "PC",
        "PB",
        "SY",
        "TrS",
        "SL",
    }
    assert official <= doc_types.abbreviations("state-admin")


def test_every_table_entry_names_its_source() -> None:
    for name in ("doc_types.json", "issuers.json", "known_documents.json"):
        for entry in load_table(name)["entries"]:
            assert entry["source"], f"{name}: {entry} has no source"
            assert entry["examples"], f"{name}: {entry} has no example"


def test_known_document_examples() -> None:
    catalog = default_catalog()
    for entry in load_table("known_documents.json")["entries"]:
        for example in entry["examples"]:
            refs = find_references(example, [])
            assert refs and refs[0].canonical == entry["canonical"], example
        assert catalog.find(entry["canonical"], entry["date"]) is not None
