"""A real browser (Debian's chromium, headless, through Selenium and chromium-driver) uses the page."""

from __future__ import annotations

import io
import shutil
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import docx
import pytest

from tests.conftest import CORPUS

CHROMIUM = shutil.which("chromium")
DRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(
    not (CHROMIUM and DRIVER),
    reason="Debian's chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)",
)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (pip install selenium)")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=webdriver.ChromeService(executable_path=str(DRIVER)), options=options)
    yield driver
    driver.quit()


def test_upload_a_docx_see_the_report_and_download_the_copy(browser: Any, base_url: str, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait

    draft = tmp_path / "du-thao.docx"
    shutil.copyfile(CORPUS / "seed" / "bao-cao-ttdn-6-thang-2023.docx", draft)
    browser.get(f"{base_url}/?lang=en")
    assert "Check an administrative document" in browser.title
    browser.find_element(By.ID, "file").send_keys(str(draft))
    browser.find_element(By.ID, "submit").click()
    WebDriverWait(browser, 300).until(expected_conditions.presence_of_element_located((By.ID, "report")))
    href = browser.find_element(By.ID, "download").get_attribute("href")
    browser.switch_to.frame(browser.find_element(By.ID, "report"))
    marks = browser.find_elements(By.TAG_NAME, "mark")
    assert len(marks) > 20
    assert any(m.get_attribute("class") == "error" and m.is_displayed() for m in marks)
    assert "S003" in browser.find_element(By.TAG_NAME, "aside").text
    browser.switch_to.default_content()
    shot = tmp_path / "page.png"
    browser.save_screenshot(str(shot))
    assert shot.stat().st_size > 10_000
    with urllib.request.urlopen(href, timeout=60) as answer:
        copy = docx.Document(io.BytesIO(answer.read()))
    assert len(list(copy.comments)) > 20
