"""The pipeline: extract → normalize → recognize → check → report."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from vnadmin_parse.extract import extract, from_text
from vnadmin_parse.extract.limits import MAX_TEXT_CHARS, Deadline, memory_limit, time_limit, too_large
from vnadmin_parse.model import Source
from vnadmin_parse.normalize import STEPS, Step, normalize
from vnadmin_parse.recognize.agencies import mentions as agency_mentions
from vnadmin_parse.recognize.dates import find_dates
from vnadmin_parse.recognize.events import find_events
from vnadmin_parse.recognize.period import reporting_period, stated_periods
from vnadmin_parse.recognize.references import find_references
from vnadmin_parse.recognize.structure import parse_structure
from vnadmin_parse.recognize.tokens import tokenize
from vnadmin_parse.report.core import Report
from vnadmin_parse.rules.context import Analysis
from vnadmin_parse.rules.engine import run_rules
from vnadmin_parse.rules.registry import selected


def analyse(source: Source, steps: tuple[tuple[str, Step], ...] = STEPS, deadline: Deadline | None = None) -> Report:
    """Normalize (with ``steps``) and recognize: a Report with everything but findings.

    Past ``deadline`` (checked between stages) the time-limit error is raised.
    """
    raw = "\f".join(page.text for page in source.pages)
    if len(raw) > MAX_TEXT_CHARS:
        raise too_large(source.path, f"{len(raw):,} ký tự > {MAX_TEXT_CHARS:,}")
    tick = deadline.check if deadline else _no_deadline
    norm = normalize(raw, steps)
    text = norm.text
    report = Report(source=source, text=text, to_raw=norm.to_raw)
    tick()
    report.tokens = tokenize(text)
    report.dates = find_dates(text)
    tick()
    report.document = parse_structure(text, source, report.locate)
    tick()
    report.references = find_references(text, report.dates, report.document.date)
    report.events = find_events(text, report.dates, report.tokens)
    tick()
    return report


def _no_deadline() -> None:
    """No time limit to check."""


def check_source(
    source: Source,
    *,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    today: dt.date | None = None,
    options: dict[str, Any] | None = None,
    steps: tuple[tuple[str, Step], ...] = STEPS,
    deadline: Deadline | None = None,
) -> Report:
    """Analyse ``source`` and run the selected rules over it (checking ``deadline`` between stages and rules)."""
    report = analyse(source, steps, deadline)
    period = reporting_period(report.document, report.text)
    analysis = Analysis(
        text=report.text,
        source=source,
        document=report.document,
        references=tuple(report.references),
        dates=tuple(report.dates),
        events=tuple(report.events),
        tokens=tuple(report.tokens),
        today=today or dt.date.today(),
        locate=report.locate,
        options=dict(options or {}),
        agencies=agency_mentions(report.text),
        reporting_period=period,
        stated_periods=tuple(stated_periods(report.text, period)),
    )
    report.findings = run_rules(analysis, selected(select, ignore), deadline.check if deadline else None)
    return report


def _looks_like_path(value: str) -> bool:
    return (
        "\n" not in value
        and len(value) < 4096
        and Path(value).suffix.lower() in {".txt", ".pdf", ".docx", ".doc", ".rtf"}
    )


def _name(path_or_text: str | Path | Source) -> str:
    if isinstance(path_or_text, Source):
        return path_or_text.path
    return str(path_or_text) if isinstance(path_or_text, Path) or _looks_like_path(path_or_text) else "<text>"


def _source(path_or_text: str | Path | Source, engine: str, timeout: float) -> Source:
    if isinstance(path_or_text, Source):
        return path_or_text
    if isinstance(path_or_text, Path) or _looks_like_path(path_or_text):
        return extract(path_or_text, engine=engine, timeout=timeout)
    return from_text(str(path_or_text))


def check(
    path_or_text: str | Path | Source,
    *,
    engine: str = "auto",
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    today: dt.date | None = None,
    timeout: float = 120.0,
    memory_limit_mb: float | None = None,
    **options: Any,
) -> Report:
    """Check a document (a path, the text itself, or a Source already read) and return its Report.

    A one-line string ending in a document suffix (".pdf", ".txt"…) is taken as a path; to check
    such a line as text, pass ``from_text(line)``.

    ``select``/``ignore`` take rule codes or prefixes ("T", "R003");
    ``today`` fixes the date used by "later than today" checks. The whole check
    (reading and analysis) must end within ``timeout`` seconds (0: no limit) and,
    when ``memory_limit_mb`` is given, allocate at most that many more megabytes;
    past either, an InputError (ExtractionTimeout, TooLarge) names the file.
    """
    name = _name(path_or_text)
    deadline = Deadline(name, timeout)
    _load_before_limit(memory_limit_mb)
    with time_limit(name, timeout), memory_limit(name, memory_limit_mb):
        source = _source(path_or_text, engine, timeout)
        return check_source(source, select=select, ignore=ignore, today=today, options=options, deadline=deadline)


def _load_before_limit(memory_limit_mb: float | None) -> None:
    """Under a memory limit, load the syllable model first: its numpy import reserves address space
    for BLAS threads (and OpenBLAS exits the process when that fails), which is the tool's own
    start-up, not the document's cost."""
    if memory_limit_mb:
        from vnadmin_parse.vietnamese import lm  # numpy: imported only when a run needs it

        lm.load()


def parse(
    path_or_text: str | Path | Source,
    *,
    engine: str = "auto",
    timeout: float = 120.0,
    memory_limit_mb: float | None = None,
) -> Report:
    """Extract, normalize and recognize, without running rules (bounded as ``check`` is)."""
    name = _name(path_or_text)
    deadline = Deadline(name, timeout)
    with time_limit(name, timeout), memory_limit(name, memory_limit_mb):
        return analyse(_source(path_or_text, engine, timeout), deadline=deadline)
