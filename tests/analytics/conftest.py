"""A dozen scripted conversations through the real Rasa server and action server, on the REST
channel and on Messenger (the Graph API stand-in), kept in a SQL tracker store in a temporary
SQLite file; and `shop report` run over them as the shop owner runs it."""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from commerce.cli import main as shop
from devtools.servers import RunningAssistant, running_assistant
from tests import messenger_standin
from tests.messenger_standin import messenger_settings

graph_api = messenger_standin.graph_api  # the Graph API stand-in, this package's own


@dataclass
class ReportRun:
    """One `shop report` run: its exit status and its files."""

    status: int
    out: Path

    def csv(self, name: str) -> list[dict[str, str]]:
        with (self.out / f"{name}.csv").open(encoding="utf-8", newline="") as stream:
            return list(csv.DictReader(stream))

    def figure(self, name: str) -> str:
        return {row["figure"]: row["value"] for row in self.csv("summary")}[name]

    def row(self, table: str, column: str, value: str) -> dict[str, str]:
        return next(row for row in self.csv(table) if row[column] == value)

    @property
    def html(self) -> str:
        return (self.out / "report.html").read_text(encoding="utf-8")


@pytest.fixture(scope="package")
def report_store(demo_store_copy) -> Path:
    return demo_store_copy("report-store")


@pytest.fixture(scope="package")
def tracker_file(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("report-conversations") / "conversations.db"


@pytest.fixture(scope="package")
def assistant(
    trained_model, report_store, tracker_file, graph_api, tmp_path_factory
) -> RunningAssistant:
    """`rasa run` (REST and Messenger) and the action server; conversations in `tracker_file`."""
    env = {"SHOP_TRACKER_STORE_URL": f"sqlite:///{tracker_file}", **messenger_settings(graph_api)}
    workdir = tracker_file.parent  # the servers' logs go next to the conversations
    with running_assistant(
        trained_model, workdir, database_url=f"sqlite:///{report_store}", extra_env=env
    ) as running:
        yield running


@pytest.fixture
def report(tmp_path) -> Callable[..., ReportRun]:
    """Runs `shop report --from FIRST --to LAST --out DIR` on a tracker store and a store, each a
    SQLite file or an SQLAlchemy URL."""
    runs = 0

    def run(first: date, last: date, tracker: Path | str, store: Path | str) -> ReportRun:
        nonlocal runs
        runs += 1
        out = tmp_path / f"report-{runs}-{first}-{last}"
        with pytest.MonkeyPatch.context() as env:
            env.setenv("SHOP_TRACKER_STORE_URL", _url(tracker))
            env.setenv("SHOP_TIMEZONE", "UTC")
            status = shop(
                ["--database-url", _url(store), "report", "--from", str(first),
                 "--to", str(last), "--out", str(out), "--quiet"]
            )  # fmt: skip
        return ReportRun(status, out)

    return run


def _url(where: Path | str) -> str:
    return where if isinstance(where, str) else f"sqlite:///{where}"
