"""A probe of R006 over the whole table of central issuing bodies.

For every pair of central bodies alive on the same day (by the table's lifetimes, from 1993), a citation with
one body's code in its symbol and the other's official name after "của" must be reported by R006, and the same
citation with the matching name must draw no finding at all on the name."""

from __future__ import annotations

import datetime as dt
from functools import cache
from itertools import product

from vnadmin_parse import check
from vnadmin_parse.model import Finding
from vnadmin_parse.symbols import issuers

TODAY = dt.date(2026, 7, 1)
FIRST = dt.date(1993, 1, 1)  # before, the table does not claim to know which bodies lived
#: Bodies known by pattern (a provincial Party committee, a People's Committee…) are not central.
CENTRAL = ("central", "ministry", "agency", "judicial", "audit", "party", "mass")
PATTERN = frozenset({"TU", "HU", "ĐU"})
BODIES = [i for i in issuers.issuers().values() if i.level in CENTRAL and i.code not in PATTERN]


def _life(body: issuers.Issuer) -> tuple[dt.date, dt.date]:
    end = body.valid_to or (body.gone_by and body.gone_by - dt.timedelta(days=366)) or TODAY
    return max(body.valid_from or FIRST, FIRST), min(end, TODAY)


def _common_day(a: issuers.Issuer, b: issuers.Issuer) -> dt.date | None:
    start = max(_life(a)[0], _life(b)[0])
    end = min(_life(a)[1], _life(b)[1])
    return start + (end - start) / 2 if start <= end else None


def _citation(body: issuers.Issuer, number: int, day: dt.date) -> str:
    y = day.year
    if body.level == "party":
        kind, abbreviation = ("Nghị quyết", "NQ") if body.code == "TW" else ("Hướng dẫn", "HD")
        return f"{kind} số {number}-{abbreviation}/{body.code}"
    if body.code in ("QH", "UBTVQH"):
        return f"Nghị quyết số {number}/{y}/NQ-{body.code}13"
    if "NĐ" in body.doc_types:
        return f"Nghị định số {number}/{y}/NĐ-{body.code}"
    if "TT" in body.doc_types:
        return f"Thông tư số {number}/{y}/TT-{body.code}"
    if body.code == "HĐTP":
        return f"Nghị quyết số {number}/{y}/NQ-{body.code}"
    return f"Quyết định số {number}/QĐ-{body.code}"


def _stands_for(named: issuers.Issuer, coded: issuers.Issuer) -> bool:
    """Whether the name may rightly stand for the code's body (a council cited by its court's name)."""
    return named is coded or named.code in coded.part_of


@cache
def _probe() -> tuple[str, list[tuple[str, str, int, int]], tuple[Finding, ...]]:
    """One text of every pair: (coded, named, start, end of the name) for each line, and the findings."""
    lines: list[str] = []
    spans: list[tuple[str, str, int, int]] = []
    offset = 0
    for number, (coded, named) in enumerate(product(BODIES, BODIES), start=1):
        day = _common_day(coded, named)
        if day is None:
            continue
        head = f"{len(lines) + 1}. Căn cứ {_citation(coded, number, day)} ngày {day:%d/%m/%Y} của "
        line = f"{head}{named.name} về việc thực hiện nhiệm vụ năm {day.year};"
        spans.append((coded.code, named.code, offset + len(head), offset + len(head) + len(named.name)))
        lines.append(line)
        offset += len(line) + 1
    text = "\n".join(lines)
    return text, spans, check(text, today=TODAY).findings


def test_every_pair_of_central_bodies() -> None:
    _, spans, findings = _probe()
    by_start: dict[int, list[Finding]] = {}
    for f in findings:
        by_start.setdefault(f.start, []).append(f)
    missed, false_alarms = [], []
    for coded, named, start, end in spans:
        here = [f for s in range(start, end) for f in by_start.get(s, [])]
        right = _stands_for(issuers.issuers()[named], issuers.issuers()[coded])
        if right and here:
            false_alarms.append((coded, named, [(f.code, f.message) for f in here]))
        if not right and not any(f.code == "R006" for f in here):
            missed.append((coded, named))
    pairs = sum(1 for c, n, _, _ in spans if c != n)
    assert pairs > 1500  # the probe covers the table, not a sample
    assert not missed, f"{len(missed)} of {pairs} mismatched pairs not reported: {missed[:20]}"
    assert not false_alarms, f"findings on right names: {false_alarms[:20]}"
