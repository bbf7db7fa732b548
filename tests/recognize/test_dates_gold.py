"""Precision and recall of date mentions on hand-checked documents (the seed and three real ones).

Gold lists every date expression of each text, outermost form, in order, with
its ISO value; it was built by reading each normalized text (every digit group
of it checked: the uncovered ones are document symbols such as 4643/UBND-KGVX).
"""

from __future__ import annotations

from collections import Counter

import pytest

from tests.conftest import CORPUS
from vnadmin_parse.model import DateMention
from vnadmin_parse.pipeline import parse

SEED = [
    ("06 tháng đầu năm 2023", "2023-01/2023-06"),
    ("ngày 30/01/2023", "2023-01-30"),
    ("năm 2022", "2022"),
    ("năm 2022", "2022"),
    ("ngày 30/01/2023", "2023-01-30"),
    ("năm 2023", "2023"),
    ("năm 2023", "2023"),
    ("ngày 19/10/2016", "2016-10-19"),
    ("ngày 07/9/2015", "2015-09-07"),
    ("ngày 28/12/2018", "2018-12-28"),
    ("ngày 30/01/2023", "2023-01-30"),
    ("năm 2022", "2022"),
    ("ngày 20/12/2022", "2022-12-20"),
    ("Xuân Quý Mão – 2023", "2023"),
    ("ngày 20/12/2022", "2022-12-20"),
    ("Tết Nguyên đán Quý Mão – 2023", "2023"),
    ("Tết Nguyên đán Quý Mão - 2023", "2023"),
    ("từ 20 giờ 30 ngày 31/12/2023 đến 0 giờ 10 phút ngày 01/01/2023", "2023-12-31T20:30/2023-01-01T00:10"),
    ("Xuân Quý Mão", "2023"),
    ("từ ngày 03 đến 05 Tết Nguyên đán", "2023-01-24/2023-01-26"),
    ("ngày 25/3/2020", "2020-03-25"),
    ("ngày 24/01/2019", "2019-01-24"),
    ("tháng 5/2023", "2023-05"),
    ("tháng 5 năm 2023", "2023-05"),
    ("ngày 13/5/2023", "2023-05-13"),
    ("30/4/1975-30/4/2023", "1975-04-30/2023-04-30"),
    ("07/5/1954 -07/5/2023", "1954-05-07/2023-05-07"),
    ("19/5/1890 -19/5/2023", "1890-05-19/2023-05-19"),
    ("tháng 5", "2023-05"),
    ("tháng 5", "2023-05"),
    ("tháng 5", "2023-05"),
    ("6 tháng cuối năm 2023", "2023-07/2023-12"),
    ("06 tháng cuối năm 2023", "2023-07/2023-12"),
]
QNGAI_542 = [
    ("ngày 06 tháng 11 năm 2024", "2024-11-06"),
    ("giai đoạn 2021 – 2030", "2021/2030"),
    ("ngày 01/11/2024", "2024-11-01"),
    ("giai đoạn 2021 - 2030", "2021/2030"),
    ("08 giờ 00 phút, ngày 09/11/2024", "2024-11-09T08:00"),
    ("ngày 07/11/2024", "2024-11-07"),
]
QNGAI_565 = [
    ("ngày 15 tháng 11 năm 2024", "2024-11-15"),
    ("Ngày 12/11/2024", "2024-11-12"),
    ("ngày 03/01/2024", "2024-01-03"),
    ("năm 2024", "2024"),
    ("ngày 23/01/2024", "2024-01-23"),
    ("năm 2024", "2024"),
    ("ngày 28/8/2024", "2024-08-28"),
    ("ngày 17/09/2024", "2024-09-17"),
    ("ngày 10/10/2024", "2024-10-10"),
    ("ngày 13/11/2024", "2024-11-13"),
    ("năm 2025", "2025"),
    ("năm 2024", "2024"),
    ("năm 2025", "2025"),
    ("ngày 17/9/2024", "2024-09-17"),
    ("ngày 06/9/2024", "2024-09-06"),
    ("30/11/2024", "2024-11-30"),
]
LAMDONG_3980 = [
    ("tháng 9 năm 2025", "2025-09"),  # a draft: "ngày     tháng 9 năm 2025", the day left blank
    ("ngày 28/8/2025", "2025-08-28"),
    ("năm 2030", "2030"),
    ("ngày 28/8/2025", "2025-08-28"),
]
GOLD = {
    "seed/bao-cao-ttdn-6-thang-2023.txt": SEED,
    "real/qngai_542_TB-UBND_2024.pdf": QNGAI_542,
    "real/qngai_565_TB-UBND_2024.pdf": QNGAI_565,
    "real/lamdong_draft_UBND-NC_CV3980.docx": LAMDONG_3980,
}


def _outermost(dates: list[DateMention]) -> list[DateMention]:
    ds = [d for d in dates if d.kind != "anniversary"]
    return [
        d
        for d in ds
        if not any(
            o is not d and o.start <= d.start and d.end <= o.end and o.end - o.start > d.end - d.start for o in ds
        )
    ]


def _score(gold: list[tuple[str, str]], found: list[tuple[str, str | None]], by_value: bool) -> tuple[int, int, int]:
    key = (lambda item: item) if by_value else (lambda item: item[0])
    g, p = Counter(map(key, gold)), Counter(map(key, found))
    tp = sum((g & p).values())
    return tp, sum(p.values()) - tp, sum(g.values()) - tp


@pytest.mark.parametrize("name", sorted(GOLD))
def test_gold(name: str) -> None:
    path = CORPUS / name
    if not path.exists():
        pytest.skip(f"{name} not in this checkout")
    found = [(" ".join(d.text.split()), d.value) for d in _outermost(parse(str(path)).dates)]
    gold = [(" ".join(t.split()), v) for t, v in GOLD[name]]
    for by_value in (False, True):
        tp, fp, fn = _score(gold, found, by_value)
        precision, recall = tp / max(1, tp + fp), tp / max(1, tp + fn)
        assert precision >= 0.95 and recall >= 0.95, (name, by_value, set(found) ^ set(gold))
