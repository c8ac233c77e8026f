"""Does a turn cost more as a conversation grows? One long conversation, turn by turn.

Sends one conversation of `--turns` messages (a shopper's searches, refinements and questions,
over and over) and reports, around turn 5, 100 and 300, the median latency and the mean CPU
milliseconds the Rasa server and the action server spent on a message (from /proc, which the
machine's load does not inflate the way it inflates wall-clock time; /proc counts in 10 ms ticks,
so a mean over the turns around a mark, not a median).

    .venv/bin/python bench/bench_turns.py [--turns 305] [--model models/shop-assistant.tar.gz]

`make bench` runs the same measurement (bench_conversation.py) next to Rasa's starter bot.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

import requests

from devtools.servers import PROJECT_ROOT, running_assistant

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
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


def measure_turns(bot, script: list[str], turns: int, sender: str = "long-1") -> dict[str, float]:
    """Latency and CPU per turn of one conversation: median latency and mean CPU around each
    of MARKS."""
    wall: list[float] = []
    cpu: list[float] = []
    pids = [bot.rasa.pid, bot.action_server.pid if bot.action_server else None]
    with requests.Session() as http:
        for turn in range(turns):
            text = script[turn % len(script)]
            before = sum(cpu_seconds(pid) for pid in pids)
            started = time.perf_counter()
            response = http.post(
                f"{bot.rasa_url}/webhooks/rest/webhook",
                json={"sender": sender, "message": text},
                timeout=60,
            )
            response.raise_for_status()
            wall.append((time.perf_counter() - started) * 1000)
            cpu.append((sum(cpu_seconds(pid) for pid in pids) - before) * 1000)
    figures = {}
    for mark in MARKS:
        if mark + WINDOW > turns:
            continue
        around = slice(max(0, mark - WINDOW), mark + WINDOW)
        figures[f"turn ~{mark}: median latency (ms)"] = statistics.median(wall[around])
        figures[f"turn ~{mark}: mean CPU, both servers (ms)"] = statistics.mean(cpu[around])
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--turns", type=int, default=MARKS[-1] + WINDOW)
    parser.add_argument("--model", default=str(PROJECT_ROOT / "models" / "shop-assistant.tar.gz"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="shop-turns-") as temp:
        store = Path(temp) / "shop.db"
        shutil.copy(PROJECT_ROOT / "var" / "shop.db", store)
        with running_assistant(Path(args.model), Path(temp) / "run", f"sqlite:///{store}") as bot:
            bot.send("warm-up", "hi")
            figures = measure_turns(bot, SHOP_CYCLE, args.turns)
    print(f"\nOne conversation of {args.turns} turns (load average {os.getloadavg()[0]:.1f} "
          f"on {os.cpu_count()} cores):")  # fmt: skip
    for name, value in figures.items():
        print(f"  {name:45s} {value:8.1f}")


if __name__ == "__main__":
    main()
