from __future__ import annotations

from pathlib import Path

from tests.conftest import SEED
from vnadmin_parse.extract import extract, from_text


def test_seed_is_unicode() -> None:
    source = extract(SEED)
    assert source.encoding == "unicode"
    assert source.pages[0].text == SEED.read_text(encoding="utf-8")


def test_legacy_text_file(tmp_path: Path) -> None:
    path = tmp_path / "cu.txt"
    path.write_bytes("QuyÕt ®Þnh cña Thñ t\xadíng ChÝnh phñ".encode("latin-1"))
    source = extract(path)
    assert source.encoding == "tcvn3"
    assert source.pages[0].text == "Quyết định của Thủ tướng Chính phủ"


def test_garbled_text_is_noted() -> None:
    source = from_text("CØNG HOÀXÃ HØI CHæNGH(AVIÆT NAM \x10Ùc l-p - Tå do - H¡nh phúc tñ nguyÇn t¡i gia \x11ình")
    assert source.metadata["garbled_pages"] == "1"
    assert source.encoding == "unicode"
