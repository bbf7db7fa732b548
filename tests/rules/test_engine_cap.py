"""A rule reports its first MAX_PER_RULE findings in a document, then one summary finding."""

from __future__ import annotations

import pytest

from vnadmin_parse import check
from vnadmin_parse.rules import engine


@pytest.fixture
def cap(monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(engine, "MAX_PER_RULE", 20)
    return 20


def test_findings_capped_with_a_summary(cap: int) -> None:
    findings = check("Văn bản k\ufffdm theo. " * (cap + 250), select=["E003"]).findings
    assert len(findings) == cap + 1
    summary = findings[-1]
    assert summary.severity == "info" and summary.code == "E003"
    assert (
        summary.message
        == f"Còn 250 phát hiện E003 khác trong văn bản, không liệt kê (mỗi quy tắc chỉ báo {cap} phát hiện đầu tiên)"
    )
    assert "250 more E003" in (summary.message_en or "")
    assert summary.start > findings[-2].start


def test_no_summary_under_the_cap(cap: int) -> None:
    findings = check("Văn bản k\ufffdm theo. " * cap, select=["E003"]).findings
    assert [f.severity for f in findings] == ["warning"] * cap


def test_a_capped_rule_stops_early(cap: int, monkeypatch: pytest.MonkeyPatch) -> None:
    # Past MAX_COUNTED hits the rule is asked for no more, and the summary says "at least".
    monkeypatch.setattr(engine, "MAX_COUNTED", 1000)
    findings = check("k\ufffdm " * 3000, select=["E003"]).findings
    assert len(findings) == cap + 1 and "1,000+" in findings[-1].message
