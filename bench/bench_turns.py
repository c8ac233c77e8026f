"""Does a turn cost more as a conversation grows? Long conversations, turn by turn.

Sends `--conversations` conversations of `--turns` messages each, in turn (a shopper's searches,
refinements and questions, over and over) and reports, around turn 5, 100 and 300, the median
latency and the mean CPU milliseconds the Rasa server and the action server spent on a message
(from /proc, which the machine's load does not inflate the way it inflates wall-clock time; /proc
counts in 10 ms ticks, so a mean over the turns around a mark, not a median). Turn ~5 is measured
alongside each later mark, in new conversations whose turns are sent between the long ones'
(`measure_turns`), and each later mark is also given as a ratio to it: the figure to read.

    .venv/bin/python bench/bench_turns.py [--turns 305] [--conversations 5]
    .venv/bin/python bench/bench_turns.py --postgres   # conversations on PostgreSQL

`--postgres` keeps the conversations (Rasa's tracker store) in a scratch database on
SHOP_BENCH_POSTGRES_URL's server (default postgresql://postgres@127.0.0.1:5432/postgres), dropped
afterwards; the shop's store stays a copy of var/shop.db (its queries do not depend on how long a
conversation is). `make bench` runs the same measurement (bench_conversation.py) next to Rasa's
starter bot.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

import requests
import sqlalchemy as sa
from sqlalchemy.engine import make_url

from devtools.servers import PROJECT_ROOT, running_assistant

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
POSTGRES_URL = os.environ.get(
    "SHOP_BENCH_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres"
)
# A shopper who keeps browsing: searches, refinements, pointing at products, questions about them.
SHOP_CYCLE = [
    "show me oxfords",
    "in brown instead",
    "what about size 9?",
    "the first one",
    "is it available in 9.5?",
    "how much is it?",
    "red dress",
    "the cheapest one",
    "what sizes does it come in?",
    "show me navy suits",
]
# Around these turns the medians are taken (turns counted from 1).
MARKS = (5, 100, 300)
# The turns around a mark: one pass through SHOP_CYCLE (turns 1 to 10, 96 to 105, 296 to 305),
# so each window holds the same messages.
WINDOW = 5


def cpu_seconds(pid: int | None) -> float:
    """User + system CPU seconds of a process and its children so far, from /proc."""
    total = 0.0
    pids = [pid] if pid else []
    while pids:
        current = pids.pop()
        try:
            fields = Path(f"/proc/{current}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / CLOCK_TICKS
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except OSError:
            continue
        pids.extend(int(child) for child in children)
    return total


def measure_turns(
    bot,
    script: list[str],
    turns: int,
    sender: str = "long-1",
    conversations: int = 1,
    samples: list[dict] | None = None,
) -> dict[str, float]:
    """Latency and CPU per turn of `conversations` conversations of `turns` turns, sent in turn
    (each one's turn 1, then each one's turn 2...): median latency and mean CPU around each of
    MARKS, and turn ~100 and ~300 against turn ~5.

    Turn ~5 is measured alongside each later mark: while a long conversation goes through the
    turns around the mark, a new conversation's turns 1 to 10 are sent between its turns, one
    each. Both then see the same machine (its load, which on a shared machine drifts by more than
    the difference looked for) and the same warm server. Every message's figures are appended to
    `samples` when given.
    """
    pids = [bot.rasa.pid, bot.action_server.pid if bot.action_server else None]
    later = [mark for mark in MARKS[1:] if mark + WINDOW <= turns]
    longs = [sender] if conversations == 1 else [f"{sender}.{n}" for n in range(conversations)]
    # turn (0-based) of a long conversation -> (the mark, the new conversation's turn)
    alongside = {
        mark - WINDOW + offset: (mark, offset) for mark in later for offset in range(2 * WINDOW)
    }
    wall: dict[tuple[str, int], float] = {}  # (conversation, turn) -> ms
    cpu: dict[tuple[str, int], float] = {}
    with requests.Session() as http:

        def send(conversation: str, turn: int) -> None:
            before = sum(cpu_seconds(pid) for pid in pids)
            started = time.perf_counter()
            response = http.post(
                f"{bot.rasa_url}/webhooks/rest/webhook",
                json={"sender": conversation, "message": script[turn % len(script)]},
                timeout=60,
            )
            response.raise_for_status()
            wall[conversation, turn] = (time.perf_counter() - started) * 1000
            cpu[conversation, turn] = (sum(cpu_seconds(pid) for pid in pids) - before) * 1000
            if samples is not None:
                samples.append(
                    {"conversation": conversation, "turn": turn + 1,
                     "text": script[turn % len(script)], "latency_ms": wall[conversation, turn],
                     "cpu_ms": cpu[conversation, turn]}
                )  # fmt: skip

        for turn in range(turns):
            for long in longs:
                if turn in alongside:
                    mark, new_turn = alongside[turn]
                    send(f"{long}-new-{mark}", new_turn)
                send(long, turn)

    def window(names: list[str], mark: int) -> tuple[list[float], list[float]]:
        keys = [(n, t) for n in names for t in range(max(0, mark - WINDOW), mark + WINDOW)]
        return [wall[key] for key in keys], [cpu[key] for key in keys]

    figures = {}
    # Turn ~5 of the new conversations (of the long ones' own, if too short for a later mark).
    firsts = [f"{n}-new-{m}" for n in longs for m in later] or longs
    first_wall, first_cpu = window(firsts, MARKS[0])
    figures[f"turn ~{MARKS[0]}: median latency (ms)"] = statistics.median(first_wall)
    figures[f"turn ~{MARKS[0]}: mean CPU, both servers (ms)"] = statistics.mean(first_cpu)
    for mark in later:
        long_wall, long_cpu = window(longs, mark)
        new_wall, new_cpu = window([f"{n}-new-{mark}" for n in longs], MARKS[0])
        figures[f"turn ~{mark}: median latency (ms)"] = statistics.median(long_wall)
        figures[f"turn ~{mark}: mean CPU, both servers (ms)"] = statistics.mean(long_cpu)
        figures[f"turn ~{mark} / ~{MARKS[0]} alongside: latency"] = statistics.median(
            long_wall
        ) / statistics.median(new_wall)
        figures[f"turn ~{mark} / ~{MARKS[0]} alongside: CPU"] = statistics.mean(
            long_cpu
        ) / statistics.mean(new_cpu)
    return figures


@contextmanager
def scratch_postgres(prefix: str) -> Iterator[str]:
    """A new, empty database on POSTGRES_URL's server for the duration: its URL."""
    admin = sa.create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT", future=True)
    name = f"{prefix}_{uuid.uuid4().hex[:8]}"
    try:
        with admin.connect() as connection:
            connection.execute(sa.text(f'create database "{name}"'))
    except sa.exc.OperationalError as error:
        sys.exit(f"PostgreSQL not reachable at {POSTGRES_URL}: {error.__class__.__name__}")
    try:
        yield make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(sa.text(f'drop database if exists "{name}" with (force)'))
        admin.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--turns", type=int, default=MARKS[-1] + WINDOW)
    parser.add_argument("--model", default=str(PROJECT_ROOT / "models" / "shop-assistant.tar.gz"))
    parser.add_argument(
        "--conversations", type=int, default=5, help="long conversations, sent in turn"
    )
    parser.add_argument(
        "--postgres", action="store_true", help="conversations on PostgreSQL, not SQLite"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="shop-turns-") as temp:
        store = Path(temp) / "shop.db"
        shutil.copy(PROJECT_ROOT / "var" / "shop.db", store)
        with ExitStack() as stack:
            stores = {}
            if args.postgres:
                stores["SHOP_TRACKER_STORE_URL"] = stack.enter_context(
                    scratch_postgres("shop_bench_turns")
                )
            bot = stack.enter_context(
                running_assistant(
                    Path(args.model), Path(temp) / "run", f"sqlite:///{store}", extra_env=stores
                )
            )
            bot.send("warm-up", "hi")
            samples: list[dict] = []
            figures = measure_turns(
                bot, SHOP_CYCLE, args.turns, conversations=args.conversations, samples=samples
            )
    where = "PostgreSQL" if args.postgres else "SQLite"
    print(f"\n{args.conversations} conversation(s) of {args.turns} turns, on {where} (load average "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores):")  # fmt: skip
    for name, value in figures.items():
        print(f"  {name:45s} {value:8.2f}" if "/" in name else f"  {name:45s} {value:8.1f}")
    reports = PROJECT_ROOT / "reports"
    reports.mkdir(exist_ok=True)
    (reports / "bench-turns.json").write_text(
        json.dumps({"args": vars(args), "figures": figures, "messages": samples}, indent=1)
    )
    print(f"Every message's figures: {reports / 'bench-turns.json'}")


if __name__ == "__main__":
    main()
