"""`shop report` on a shop with no conversations yet, and on dates a shop owner mistypes."""

from __future__ import annotations

import shutil
from datetime import date

from commerce.analytics.grouping import group_messages
from commerce.cli import main as shop


def test_no_tracker_store_and_an_empty_store_render_a_report(report, tmp_path):
    run = report(date(2026, 11, 1), date(2026, 11, 30), tmp_path / "none.db", tmp_path / "shop.db")

    assert run.status == 0
    assert "No conversations in this period." in run.html
    assert run.figure("conversations") == "0" and run.figure("ratings") == "0"
    assert len(run.csv("conversations_per_day")) == 30  # one row a day, each 0
    assert {row["all"] for row in run.csv("conversations_per_day")} == {"0"}
    assert run.csv("funnel")[-1]["channel"] == "all" and run.csv("not_understood") == []


def test_a_tracker_store_with_its_table_but_no_events(report, tmp_path, demo_store_file):
    import sqlite3

    tracker = tmp_path / "conversations.db"
    with sqlite3.connect(tracker) as db:  # as Rasa creates it on its first start
        db.execute(
            "CREATE TABLE events (id INTEGER NOT NULL PRIMARY KEY, sender_id VARCHAR(255) NOT "
            "NULL, type_name VARCHAR(255) NOT NULL, timestamp FLOAT, intent_name VARCHAR(255), "
            "action_name VARCHAR(255), data TEXT)"
        )
    store = tmp_path / "shop.db"
    shutil.copy(demo_store_file, store)
    run = report(date(2026, 11, 26), date(2026, 11, 26), tracker, store)
    assert run.status == 0 and "No conversations in this period." in run.html


def test_mistyped_dates_get_a_clear_answer_and_write_nothing(tmp_path, capsys):
    out = tmp_path / "out"
    database = f"sqlite:///{tmp_path / 'shop.db'}"
    assert shop(["--database-url", database, "report", "--from", "2026-11-31", "--to",
                 "2026-12-01", "--out", str(out)]) == 2  # fmt: skip
    assert "dates are YYYY-MM-DD" in capsys.readouterr().err
    assert shop(["--database-url", database, "report", "--from", "2026-12-01", "--to",
                 "2026-11-01", "--out", str(out)]) == 2  # fmt: skip
    assert "--to is before --from" in capsys.readouterr().err
    assert not out.exists()


def test_messages_not_understood_are_grouped_by_their_words_most_frequent_first():
    groups = group_messages(
        ["Where is my parcel??", "where is my parcel", "my parcel where is it", "gift card",
         "gift card balance", "gift card balance", "blorp"]
    )  # fmt: skip
    assert [(g.label, g.count) for g in groups] == [
        (
            "gift card balance",
            3,
        ),  # the most typed wording names it; "gift card" shares 2 of 3 words
        ("where parcel", 3),  # same words, other order and punctuation
        ("blorp", 1),
    ]
    assert groups[0].examples == [("gift card balance", 2), ("gift card", 1)]


def test_a_tracker_store_that_cannot_be_reached_is_said_not_reported_as_empty(
    report, tmp_path, capsys
):
    closed_port = "postgresql://shop:secret@127.0.0.1:9/rasa"  # nothing listens on port 9

    run = report(date(2026, 11, 1), date(2026, 11, 30), closed_port, tmp_path / "shop.db")

    assert run.status == 2
    error = capsys.readouterr().err
    assert "could not read the conversations (postgresql://shop:***@127.0.0.1:9/rasa)" in error
    assert "secret" not in error and not (run.out / "report.html").exists()
