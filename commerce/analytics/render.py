"""Writing the report: CSV files, plots as PNG embedded in one self-contained HTML file (no
scripts, nothing loaded from elsewhere), so it can be mailed or opened offline."""

from __future__ import annotations

import base64
import csv
import html
import io
from datetime import datetime, timezone
from pathlib import Path

from commerce.analytics.figures import FUNNEL_NAMES, FUNNEL_STEPS, RATINGS, Figures, Table

NO_CONVERSATIONS = "No conversations in this period."
ROWS_SHOWN = 25  # longer tables are cut in the HTML (the CSV files have every row)


def write_csv_files(tables: dict[str, Table], out_dir: Path) -> list[Path]:
    written = []
    for name, (header, rows) in tables.items():
        path = out_dir / f"{name}.csv"
        with path.open("w", newline="", encoding="utf-8") as stream:
            writer = csv.writer(stream)
            writer.writerow(header)
            writer.writerows(rows)
        written.append(path)
    return written


# -- Plots -----------------------------------------------------------------------------------------


def _figure(width: float = 9, height: float = 3.2):
    import matplotlib

    matplotlib.use("Agg")  # no display; before pyplot is imported
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(width, height), dpi=100)
    ax.spines[["top", "right"]].set_visible(False)
    return plt, fig, ax


def _png(plt, fig) -> str:
    buffer = io.BytesIO()
    fig.tight_layout()
    fig.savefig(buffer, format="png")
    plt.close(fig)
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def _date_axis(ax, labels: list[str]) -> None:
    step = max(1, len(labels) // 12)
    ax.set_xticks(range(0, len(labels), step))
    ax.set_xticklabels([labels[i][5:] for i in range(0, len(labels), step)], rotation=0)


def _legend_above(ax, entries: int) -> None:
    """A one-line legend above the plot, where it hides no bar."""
    ax.legend(frameon=False, fontsize=8, ncol=max(1, entries), loc="lower center",
              bbox_to_anchor=(0.5, 1.0))  # fmt: skip


def plot_conversations(figures: Figures) -> str:
    header, rows = figures.conversations_per_day()
    plt, fig, ax = _figure()
    labels = [row[0] for row in rows]
    bottom = [0] * len(rows)
    for column, channel in enumerate(header[1:-1], start=1):
        values = [row[column] for row in rows]
        ax.bar(range(len(rows)), values, bottom=bottom, label=channel)
        bottom = [b + v for b, v in zip(bottom, values, strict=True)]
    _date_axis(ax, labels)
    ax.set_ylabel("conversations")
    _legend_above(ax, len(header) - 2)
    return _png(plt, fig)


def plot_hours(figures: Figures) -> str:
    _, rows = figures.busiest_hours()
    plt, fig, ax = _figure(height=2.8)
    ax.bar([row[0] for row in rows], [row[2] for row in rows], color="#4c72b0")
    ax.set_xticks(range(0, 24, 2))
    ax.set_xlabel(f"hour of the day ({figures.period.zone})")
    ax.set_ylabel("messages")
    return _png(plt, fig)


def plot_messages_per_conversation(figures: Figures) -> str:
    _, rows = figures.messages_per_conversation_table()
    plt, fig, ax = _figure(height=2.8)
    ax.bar([row[0] for row in rows], [row[1] for row in rows], color="#55a868")
    ax.set_xlabel("shopper's messages in the conversation")
    ax.set_ylabel("conversations")
    return _png(plt, fig)


def plot_funnel(figures: Figures) -> str:
    header, rows = figures.funnel()
    plt, fig, ax = _figure(height=3.4)
    steps = ["conversations", *FUNNEL_STEPS]
    width = 0.8 / max(1, len(rows))
    for index, row in enumerate(rows):
        values = row[1 : 1 + len(steps)]
        share = [v / values[0] * 100 if values[0] else 0 for v in values]
        ax.bar([s + index * width for s in range(len(steps))], share, width, label=row[0])
    ax.set_xticks([s + width * (len(rows) - 1) / 2 for s in range(len(steps))])
    ax.set_xticklabels(["conversations", *(FUNNEL_NAMES[s] for s in FUNNEL_STEPS)], fontsize=8)
    ax.set_ylabel("% of conversations")
    _legend_above(ax, len(rows))
    return _png(plt, fig)


def plot_fallbacks(figures: Figures) -> str:
    _, rows = figures.fallbacks()
    plt, fig, ax = _figure(height=2.8)
    ax.plot(range(len(rows)), [(row[3] or 0) * 100 for row in rows], marker=".", color="#c44e52")
    _date_axis(ax, [row[0] for row in rows])
    ax.set_ylabel("% of messages not understood")
    ax.set_ylim(bottom=0)
    return _png(plt, fig)


def plot_csat(figures: Figures) -> str:
    _, rows = figures.csat()
    plt, fig, ax = _figure(height=2.8)
    colours = ["#c44e52", "#dd8452", "#cccc66", "#8fbf6f", "#55a868"]
    bottom = [0] * len(rows)
    for rating, colour in zip(RATINGS, colours, strict=True):
        values = [row[rating] for row in rows]
        ax.bar(range(len(rows)), values, bottom=bottom, color=colour, label=f"{rating}★")
        bottom = [b + v for b, v in zip(bottom, values, strict=True)]
    _date_axis(ax, [row[0] for row in rows])
    ax.set_ylabel("ratings")
    ax.legend(frameon=False, fontsize=8, ncol=5)
    return _png(plt, fig)


def plot_latency(figures: Figures) -> str:
    _, rows = figures.latency()
    plt, fig, ax = _figure(height=2.8)
    days = range(len(rows))
    for column, label in ((2, "p50"), (3, "p95")):
        ax.plot(days, [row[column] if row[column] != "" else float("nan") for row in rows],
                marker=".", label=label)  # fmt: skip
    _date_axis(ax, [row[0] for row in rows])
    ax.set_ylabel("ms to the bot's reply")
    ax.set_ylim(bottom=0)
    ax.legend(frameon=False, fontsize=8)
    return _png(plt, fig)


def plot_unserved(figures: Figures) -> str | None:
    _, rows = figures.unserved_by_attribute()
    if not rows:
        return None
    top = sorted(rows, key=lambda row: -row[2])[:15][::-1]
    plt, fig, ax = _figure(height=max(2.4, 0.28 * len(top) + 0.8))
    ax.barh([f"{row[0]}: {row[1]}" for row in top], [row[2] for row in top], color="#8172b2")
    ax.set_xlabel("searches with no result")
    return _png(plt, fig)


# -- HTML ------------------------------------------------------------------------------------------

STYLE = """
body { font: 15px/1.45 system-ui, sans-serif; margin: 2rem auto; max-width: 980px; color: #222;
       padding: 0 1rem; }
h1 { margin-bottom: .2rem; } h2 { margin-top: 2.2rem; border-bottom: 1px solid #ddd; }
.meta { color: #666; } img { max-width: 100%; }
.cards { display: flex; flex-wrap: wrap; gap: .8rem; margin: 1rem 0; }
.card { border: 1px solid #ddd; border-radius: 8px; padding: .6rem .9rem; min-width: 9rem; }
.card b { display: block; font-size: 1.5rem; }
table { border-collapse: collapse; margin: .6rem 0; font-size: 13px; }
th, td { border-bottom: 1px solid #eee; padding: .25rem .6rem; text-align: left; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.note { color: #666; font-size: 13px; } .wide { overflow-x: auto; }
"""


def _table(table: Table, limit: int = ROWS_SHOWN) -> str:
    header, rows = table
    if not rows:
        return '<p class="note">None in this period.</p>'
    percent = [name.endswith(PERCENT_COLUMNS) for name in header]
    head = "".join(f"<th>{html.escape(str(h))}</th>" for h in header)
    body = "".join(
        "<tr>"
        + "".join(
            f'<td class="n">{_cell(value, as_percent)}</td>'
            if isinstance(value, int | float)
            else f"<td>{_cell(value)}</td>"
            for value, as_percent in zip(row, percent, strict=True)
        )
        + "</tr>"
        for row in rows[:limit]
    )
    more = ""
    if len(rows) > limit:
        more = f'<p class="note">{len(rows) - limit} more rows in the CSV file.</p>'
    return f'<div class="wide"><table><tr>{head}</tr>{body}</table></div>{more}'


PERCENT_COLUMNS = ("conversion", "rate", "share")


def _funnel_table(table: Table) -> str:
    """The funnel CSV, narrower: each step's count with its conversion beside it."""
    _, rows = table
    steps = len(FUNNEL_STEPS)
    narrow = [
        [row[0], row[1]]
        + [f"{row[2 + i]} ({_cell(row[2 + steps + i], True) or '–'})" for i in range(steps)]
        for row in rows
    ]
    header = ["channel", "conversations", *(FUNNEL_NAMES[step] for step in FUNNEL_STEPS)]
    return _table((header, narrow), 50)


def _cell(value, as_percent: bool = False) -> str:
    if as_percent and isinstance(value, int | float):
        return f"{value:.1%}"
    return html.escape("" if value is None else str(value))


def _img(png: str | None, alt: str) -> str:
    if png is None:
        return ""
    return f'<img alt="{html.escape(alt)}" src="data:image/png;base64,{png}">'


PERCENT_CARDS = ("contained", "not understood")


def _cards(figures: Figures) -> str:
    summary = dict(figures.summary()[1])
    cards = [
        ("conversations", summary["conversations"]),
        ("ordered", summary["ordered"]),
        ("contained", summary["containment_rate"]),
        ("not understood", summary["fallback_rate"]),
        ("average rating", summary["rating_average"] or "–"),
        ("reply p95", f"{summary['reply_p95_ms']} ms" if summary["reply_p95_ms"] != "" else "–"),
    ]
    return (
        '<div class="cards">'
        + "".join(
            f'<div class="card"><b>{_cell(value, label in PERCENT_CARDS)}</b>'
            f"{html.escape(label)}</div>"
            for label, value in cards
        )
        + "</div>"
    )


def render_html(figures: Figures, tables: dict[str, Table], shop_name: str) -> str:
    """The report as one HTML page; `tables` are `figures.tables()`, computed once."""
    period = figures.period
    title = f"{shop_name}: conversations {period.first} to {period.last}"
    made = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    parts = [
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{html.escape(title)}"
        f"</title><style>{STYLE}</style></head><body>",
        f"<h1>{html.escape(title)}</h1><p class='meta'>Days in {period.zone}; made {made}. "
        "Every figure is also in a CSV file next to this page.</p>",
    ]
    if figures.total.conversations == 0:
        parts.append(f"<p><b>{NO_CONVERSATIONS}</b></p>")
    else:
        parts += _conversation_sections(figures, tables)
    parts += _store_sections(figures, tables)
    parts.append("</body></html>")
    return "\n".join(parts)


def _conversation_sections(figures: Figures, tables: dict[str, Table]) -> list[str]:
    latency_header, latency_rows = tables["latency"]
    return [
        _cards(figures),
        "<h2>Conversations</h2><p>Per day and channel. A conversation is one Rasa session (a "
        "new one starts after the silence of <code>session_expiration_time</code> in "
        "domain.yml).</p>",
        _img(plot_conversations(figures), "conversations per day"),
        _table(tables["channels"], 50),
        "<h3>Messages per conversation</h3>",
        _img(plot_messages_per_conversation(figures), "messages per conversation"),
        "<h3>Busiest hours</h3>",
        _img(plot_hours(figures), "messages by hour"),
        "<h2>Funnel</h2><p>Conversations that searched, viewed a product, added to the cart or "
        "pressed Buy, and ordered; each conversion is against the step before.</p>",
        _img(plot_funnel(figures), "funnel per channel"),
        _funnel_table(tables["funnel"]),
        "<h2>Containment and hand-offs</h2><p>Contained: ended without the bot handing over. A "
        "hand-off reached a person when the agents' desk took the conversation; otherwise the "
        "shopper was given the team's contact details.</p>",
        _table(tables["containment"], 50),
        _table(tables["handoff_reasons"]),
        "<h2>Not understood</h2><p>The share of messages the bot did not understand, and those "
        "messages grouped by similarity, most frequent first: the to-do list for training "
        "data.</p>",
        _img(plot_fallbacks(figures), "fallback rate per day"),
        _table(tables["not_understood"]),
        "<h2>Bot response time</h2><p>From a shopper's message to the bot's first reply.</p>",
        _img(plot_latency(figures), "reply latency per day"),
        _table((latency_header, [row for row in latency_rows if row[1]])),
        "<h2>Demand the shop could not serve</h2><p>What to stock next: searches that found "
        "nothing (including kinds the shop does not sell) and sizes asked for that were sold "
        "out.</p>",
        _img(plot_unserved(figures), "searches with no result by kind, colour and size"),
        _table(tables["unserved_searches"]),
        "<h3>Sold-out sizes asked for</h3>",
        _table(tables["sold_out_asked"]),
    ]


def _store_sections(figures: Figures, tables: dict[str, Table]) -> list[str]:
    parts = ["<h2>Customer satisfaction</h2>"]
    if figures.period_ratings():
        csat = tables["csat"]
        parts += [
            _img(plot_csat(figures), "ratings per day"),
            _table((csat[0], [row for row in csat[1] if row[6]])),
            "<h3>Comments</h3>",
            _table(tables["csat_comments"], 30),
        ]
    else:
        parts.append('<p class="note">No ratings in this period.</p>')
    parts.append("<h3>Alert sign-ups</h3>")
    if figures.alert_signups is None:
        parts.append('<p class="note">The shop does not keep alerts yet.</p>')
    else:
        parts.append(_table(tables["alert_signups"]))
    return parts
