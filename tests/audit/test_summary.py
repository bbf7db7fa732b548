"""`vnadmin-parse summary`: the page an audit team reads, and the tables for pandas, DuckDB or a BI tool."""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import SEED
from tests.serve.test_browser import CHROMIUM, DRIVER, browser  # noqa: F401 (the browser fixture)
from vnadmin_parse.audit import audit
from vnadmin_parse.cli import main
from vnadmin_parse.rules.registry import get_rule


@pytest.fixture(scope="module")
def audited(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small archive audited once: the seed report, the R013 example archive, a broken PDF."""
    root = tmp_path_factory.mktemp("summary")
    archive = root / "archive"
    archive.mkdir()
    (archive / "seed.txt").write_bytes(SEED.read_bytes())
    for i, text in enumerate(get_rule("R013").fires[0].split("\f")):
        (archive / f"plan-{i}.txt").write_text(text, encoding="utf-8")
    (archive / "broken.pdf").write_bytes(b"%PDF-1.4\nnot really")
    audit([archive], root / "audit.sqlite", jobs=2)
    return root


def test_summary_writes_a_page_csv_and_parquet(audited: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = audited / "out"
    db = str(audited / "audit.sqlite")
    args = ["summary", db, "--html", str(out / "summary.html"), "--csv", str(out / "csv")]
    assert main([*args, "--parquet", str(out / "pq")]) == 0
    assert capsys.readouterr().out.startswith("4 văn bản, 3 đọc được, 3 trang;")
    with (out / "csv" / "by_rule.csv").open(encoding="utf-8") as fh:
        by_rule = {row["code"]: row for row in csv.DictReader(fh)}
    assert by_rule["R013"]["documents"] == "1" and by_rule["R013"]["name"] == "archive-copy-mismatch"
    with (out / "csv" / "unreadable.csv").open(encoding="utf-8") as fh:
        (row,) = csv.DictReader(fh)
    assert row["reason"] == "unreadable" and row["path"].endswith("broken.pdf")
    pq = pytest.importorskip("pyarrow.parquet")
    table = pq.read_table(out / "pq" / "by_rule.parquet").to_pylist()
    assert {r["code"]: r["findings"] for r in table} == {k: int(v["findings"]) for k, v in by_rule.items()}


def test_the_page_is_self_contained_and_links_the_worst_documents_to_their_reports(audited: Path) -> None:
    page = audited / "page" / "summary.html"
    assert main(["summary", str(audited / "audit.sqlite"), "--html", str(page), "--lang", "en"]) == 0
    text = page.read_text(encoding="utf-8")
    assert "<script" not in text and "<link" not in text and not re.search(r'(src|href)="https?:', text)
    assert text.count("<svg") >= 6 and "Findings by rule" in text
    links = re.findall(r'<a href="([^"]+)">([^<]+)</a>', text)
    assert Path(links[0][1]).name == "seed.txt"  # the worst document first
    report = (page.parent / links[0][0]).read_text(encoding="utf-8")
    assert "<mark" in report and "T005" in report


def test_parquet_without_pyarrow_is_a_one_line_error(
    audited: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    assert main(["summary", str(audited / "audit.sqlite"), "--parquet", str(audited / "pq2")]) == 2
    assert capsys.readouterr().err.strip() == (
        "vnadmin-parse: --parquet cần gói pyarrow: pip install 'vnadmin-parse[parquet]' (pyarrow is not installed)"
    )


def test_summary_of_a_missing_database_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["summary", str(tmp_path / "none.sqlite"), "--html", str(tmp_path / "x.html")]) == 2
    assert "không tìm thấy cơ sở dữ liệu" in capsys.readouterr().err


@pytest.mark.skipif(
    not (CHROMIUM and DRIVER),
    reason="Debian's chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)",
)
def test_the_page_renders_its_plots_in_a_browser(audited: Path, browser: Any) -> None:  # noqa: F811
    from selenium.webdriver.common.by import By

    page = audited / "browser" / "summary.html"
    assert main(["summary", str(audited / "audit.sqlite"), "--html", str(page)]) == 0
    browser.get(page.as_uri())
    assert browser.title == "Tổng hợp kiểm tra hàng loạt"
    charts = browser.find_elements(By.TAG_NAME, "svg")
    assert len(charts) >= 6 and all(c.size["width"] > 100 and c.size["height"] > 20 for c in charts)
    bars = browser.find_elements(By.CSS_SELECTOR, "#s-by_rule svg rect")
    assert len(bars) >= 5 and all(b.size["width"] >= 1 for b in bars)
    shot = audited / "browser" / "summary.png"
    browser.save_screenshot(str(shot))
    assert shot.stat().st_size > 10_000
    browser.find_element(By.CSS_SELECTOR, "#worst a").click()
    assert browser.find_elements(By.TAG_NAME, "mark")  # the highlighted report of the worst document
