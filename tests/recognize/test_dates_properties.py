"""Property tests: every valid date in every written form comes back with its value."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from vnadmin_parse.isodates import bounds
from vnadmin_parse.recognize.dates import find_dates

_DATES = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))
_SPACE = st.sampled_from(["", " ", "  "])


def _render(day: dt.date, style: int, pad: bool, gap: str) -> str:
    d = f"{day.day:02d}" if pad else str(day.day)
    m = f"{day.month:02d}" if pad else str(day.month)
    if style == 0:
        return f"ngày {d}{gap}/{gap}{m}{gap}/{gap}{day.year}"
    if style == 1:
        return f"{d}-{m}-{day.year}"
    return f"ngày {d}{gap or ' '}tháng {m}{gap or ' '}năm {day.year}"


@settings(max_examples=300, deadline=None)
@given(_DATES, st.integers(0, 2), st.booleans(), _SPACE, st.sampled_from(["", "Hội nghị tổ chức ", "Số liệu đến "]))
def test_every_written_form_round_trips(day: dt.date, style: int, pad: bool, gap: str, prefix: str) -> None:
    written = _render(day, style, pad, gap)
    text = f"{prefix}{written}, báo cáo."
    found = [d for d in find_dates(text) if d.kind == "date"]
    assert len(found) == 1
    assert found[0].value == day.isoformat()
    assert found[0].text.endswith(str(day.year))


@settings(max_examples=200, deadline=None)
@given(_DATES, _DATES)
def test_interval_value_is_start_slash_end(a: dt.date, b: dt.date) -> None:
    text = f"từ ngày {a.day}/{a.month}/{a.year} đến ngày {b.day}/{b.month}/{b.year}"
    interval = next(d for d in find_dates(text) if d.kind == "interval")
    assert interval.value == f"{a.isoformat()}/{b.isoformat()}"
    assert interval.start == 0 and interval.end == len(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789/-. ngàytháđếquýIVXTếGiápThìn()\n")), max_size=60))
def test_offsets_are_consistent_on_any_text(text: str) -> None:
    for d in find_dates(text):
        assert 0 <= d.start < d.end <= len(text)
        assert text[d.start : d.end] == d.text
        if d.value and d.kind not in ("time", "anniversary"):
            assert bounds(d.value) is not None, d
