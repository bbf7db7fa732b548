"""A check imports what it needs: spaCy only when a spaCy component or ``Report.to_spacy`` is used."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SEED = Path(__file__).resolve().parent.parent / "corpus" / "seed" / "bao-cao-ttdn-6-thang-2023.txt"


def _modules_after(code: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", f"{code}\nimport sys\nprint('\\n'.join(sys.modules))"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return set(out.split())


def test_check_does_not_import_spacy() -> None:
    modules = _modules_after(
        f"from vnadmin_parse.cli import main\nmain(['check', '--exit-zero', '--format', 'json', {str(SEED)!r}])"
    )
    assert "vnadmin_parse.recognize.events" in modules
    assert not {m for m in modules if m == "spacy" or m.startswith("spacy.")}


def test_spacy_component_still_finds_events() -> None:
    import spacy

    nlp = spacy.blank("xx")
    nlp.add_pipe("vnadmin_events")
    doc = nlp("Lễ hội Hoa Phượng Đỏ diễn ra ngày 20/5/2026 tại quảng trường Nhà hát Thành phố.")
    assert [span.text.startswith("Lễ hội Hoa Phượng Đỏ") for span in doc.spans["vnadmin_events"]] == [True]
