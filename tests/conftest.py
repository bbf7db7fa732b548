from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SEED = CORPUS / "seed" / "bao-cao-ttdn-6-thang-2023.txt"
#: A fixed "today" so that no test depends on the date it runs.
TODAY = dt.date(2026, 11, 26)


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")
