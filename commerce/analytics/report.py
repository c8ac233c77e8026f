"""`shop report`: one period's conversations and store figures, as an HTML page and CSV files."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy.engine import Engine

from commerce.analytics import store_facts
from commerce.analytics.conversations import MAX_SILENCE, conversations
from commerce.analytics.events import count_events, stream_events
from commerce.analytics.figures import Figures, Period
from commerce.analytics.render import render_html, write_csv_files
from commerce.conversation_store import tracker_store_engine
from commerce.db import get_engine, session_scope

# Events are read a little beyond the period, so a conversation that began just before it is
# seen whole (and left out), and one that began on its last evening is seen to its end.
MARGIN_SECONDS = 24 * 3600.0 + MAX_SILENCE
HTML_NAME = "report.html"


@dataclass(frozen=True)
class ReportFiles:
    html: Path
    csv_files: list[Path]
    conversations: int
    events_read: int
    seconds: float


def build_figures(
    period: Period,
    tracker: Engine,
    store: Engine,
    progress: Callable[[int], None] | None = None,
) -> tuple[Figures, int]:
    """The figures of `period`, and how many events were read."""
    placed, ratings = store_facts.load_store_facts(store, period)
    figures = Figures(period=period, placed_orders=placed, ratings=ratings)
    read = 0

    def counted(rows: int) -> None:
        nonlocal read
        read += rows
        if progress:
            progress(rows)

    events = stream_events(
        tracker, period.start - MARGIN_SECONDS, period.end + MARGIN_SECONDS, counted
    )
    for conversation in conversations(events):
        figures.add(conversation)
    with session_scope(store) as session:
        figures.product_titles = store_facts.product_titles(
            session, {handle for handle, _, _ in figures.sold_out}
        )
        figures.alert_signups = store_facts.alert_signups(session, period)
    return figures, read


def make_report(
    first: date,
    last: date,
    out_dir: Path,
    tracker_store_url: str,
    database_url: str | None = None,
    zone: str = "UTC",
    shop_name: str = "The shop",
    show_progress: bool = False,
) -> ReportFiles:
    """Write `report.html` and the CSV files for the days `first`..`last` into `out_dir`."""
    started = time.monotonic()
    period = Period(first, last, ZoneInfo(zone))
    tracker = tracker_store_engine(tracker_store_url)
    try:
        if show_progress:
            from tqdm import tqdm  # only the command line shows progress

            total = count_events(
                tracker, period.start - MARGIN_SECONDS, period.end + MARGIN_SECONDS
            )
            with tqdm(total=total, unit=" events", desc="Reading conversations") as bar:
                figures, read = build_figures(period, tracker, get_engine(database_url), bar.update)
        else:
            figures, read = build_figures(period, tracker, get_engine(database_url))
    finally:
        tracker.dispose()
    out_dir.mkdir(parents=True, exist_ok=True)
    tables = figures.tables()
    csv_files = write_csv_files(tables, out_dir)
    html_path = out_dir / HTML_NAME
    html_path.write_text(render_html(figures, tables, shop_name), encoding="utf-8")
    return ReportFiles(
        html=html_path,
        csv_files=csv_files,
        conversations=figures.total.conversations,
        events_read=read,
        seconds=time.monotonic() - started,
    )
