"""ISO 8601 values as the recognizers write them, and dates as messages print them.

- :func:`bounds`: the first and last day an ISO value covers (``2023``, ``2023-05``, ``2023-05-13``, ``a/b``).
- :func:`fmt_date`: a date as Vietnamese documents and every message write it, ``dd/mm/yyyy``.
"""

from __future__ import annotations

import calendar
import datetime as dt

#: Weekday names as Vietnamese documents write them, Monday first (Python's ``weekday()``).
WEEKDAY_NAMES = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")


def bounds(value: str) -> tuple[dt.date, dt.date] | None:
    """First and last day covered by an ISO value (``2023``, ``2023-05``, ``2023-05-13``, ``a/b``, datetimes)."""
    if "/" in value:
        a, b = value.split("/", 1)
        first, last = bounds(a), bounds(b)
        return (first[0], last[1]) if first and last else None
    value = value.split("T", 1)[0]
    try:
        if len(value) == 4:
            y = int(value)
            return dt.date(y, 1, 1), dt.date(y, 12, 31)
        if len(value) == 7:
            y, mo = int(value[:4]), int(value[5:])
            return dt.date(y, mo, 1), dt.date(y, mo, calendar.monthrange(y, mo)[1])
        day = dt.date.fromisoformat(value)
    except ValueError:
        return None
    return day, day


def fmt_date(day: dt.date) -> str:
    """``day`` as messages write it: ``fmt_date(dt.date(2023, 6, 5)) == "05/06/2023"``."""
    return f"{day.day:02d}/{day.month:02d}/{day.year}"
