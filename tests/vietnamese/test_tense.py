"""How a clause tells its event (vietnamese/tense.py): planned, done, reported."""

from __future__ import annotations

import pytest

from vnadmin_parse.vietnamese.tense import tense


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("Ngày 15/9/2023, Sở đã tổ chức hội nghị", "done"),
        ("Hội nghị đã được tổ chức vào ngày 20/12/2024", "done"),
        ("Đoàn vừa kiểm tra 12 cơ sở", "done"),
        ("Hội nghị sơ kết hoàn thành tốt các nội dung", "reported"),
        ("Chương trình diễn ra thành công", "reported"),
        ("Hội nghị được tổ chức vào ngày 20/12/2024", "planned"),
        ("Dự kiến ngày 15/9/2023 sẽ tổ chức", "planned"),
        ("Sở chuẩn bị tổ chức hội nghị", "planned"),
        ("Theo kế hoạch, hội nghị tổng kết ngày 20/12/2024", "planned"),
        ("Kết quả được báo cáo trước ngày 31/12/2024", "planned"),
        ("Hội nghị được tổ chức ngày 20/12/2024", None),
    ],
)
def test_tense(clause: str, expected: str | None) -> None:
    assert tense(clause) == expected
