"""The JSON of one file is a public interface: these keys must stay."""

from __future__ import annotations

import json

from tests.conftest import SEED, TODAY
from vnadmin_parse import check

TOP = {"source", "pages", "text", "document", "references", "dates", "events", "findings"}
DOCUMENT = {"type", "number", "issuer", "place", "date", "title", "period", "signer"}
REFERENCE = {"text", "start", "end", "type", "number", "canonical", "date", "issuer", "title", "page", "line"}
DATE = {"text", "start", "end", "value", "kind"}
EVENT = {"text", "start", "end", "name", "date", "place"}
FINDING = {"code", "severity", "message", "start", "end", "text", "suggestion", "page", "line"}


def test_seed_report_follows_the_contract() -> None:
    data = json.loads(json.dumps(check(SEED, today=TODAY).to_dict()))
    assert data.keys() >= TOP
    assert data["document"].keys() >= DOCUMENT
    text = data["text"]
    for key, fields in (("references", REFERENCE), ("dates", DATE), ("events", EVENT), ("findings", FINDING)):
        for item in data[key]:
            assert fields <= item.keys(), key
            assert 0 <= item["start"] <= item["end"] <= len(text)
            assert text[item["start"] : item["end"]] == item["text"]
    for f in data["findings"]:
        assert f["severity"] in {"error", "warning", "info"}
        assert f["page"] >= 1 and f["line"] >= 1


def test_finding_points_at_the_source_line(seed_text: str) -> None:
    report = check(SEED, select=["T001"], today=TODAY)
    (finding,) = report.findings
    source_line = seed_text.splitlines()[finding.line - 1]
    assert "”" in source_line


def test_english_messages_on_request() -> None:
    report = check("Ông nói: “Xin chào.", select=["T001"], today=TODAY)
    vi = report.to_dict("vi")["findings"][0]["message"]
    en = report.to_dict("en")["findings"][0]["message"]
    assert "Dấu ngoặc kép" in vi
    assert "quotation mark" in en
