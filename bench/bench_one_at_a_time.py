"""One message at a time on an otherwise idle server: latency and CPU per message, nothing else.

`bench_conversation.py`'s "one at a time" figure (the same shopper script, the same client, both
servers as `make run` starts them, a copy of var/shop.db) without training both bots first, so a
change can be measured in a minute. Prints p50 / p90 / p99 latency and each server's CPU
milliseconds per message (from /proc), with the load average; `--project` runs the servers from
another copy of the tree (the same model), so two versions can be measured in alternation:

    .venv/bin/python bench/bench_one_at_a_time.py [--rounds 3] [--conversations 20]
    .venv/bin/python bench/bench_one_at_a_time.py --project /tmp/old-tree --project .
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from devtools.servers import PROJECT_ROOT, running_assistant

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_conversation import SHOP_SCRIPT, measure_sequential, percentile  # noqa: E402
from bench_turns import cpu_seconds  # noqa: E402


def measure(model: Path, project: Path, conversations: int) -> str:
    """One run: a fresh pair of servers from `project`, one warm-up conversation, then
    `conversations` times the shopper script, one message at a time; a line of figures."""
    with tempfile.TemporaryDirectory(prefix="shop-one-at-a-time-") as temp:
        store = Path(temp) / "shop.db"
        shutil.copy(PROJECT_ROOT / "var" / "shop.db", store)
        with running_assistant(
            model, Path(temp) / "run", f"sqlite:///{store}", project_dir=project
        ) as bot:
            measure_sequential(bot, SHOP_SCRIPT, 1)  # warm-up: caches, first-call imports
            rasa, actions = cpu_seconds(bot.rasa.pid), cpu_seconds(bot.action_server.pid)
            latencies = measure_sequential(bot, SHOP_SCRIPT, conversations)
            rasa = 1000 * (cpu_seconds(bot.rasa.pid) - rasa) / len(latencies)
            actions = 1000 * (cpu_seconds(bot.action_server.pid) - actions) / len(latencies)
    return (
        f"{time.strftime('%H:%M:%S')} {str(project):24s} {len(latencies)} messages: "
        f"p50 {percentile(latencies, 50):5.1f}  p90 {percentile(latencies, 90):5.1f}  "
        f"p99 {percentile(latencies, 99):5.1f} ms; CPU per message: Rasa {rasa:4.1f} ms, "
        f"action server {actions:4.1f} ms (load average {os.getloadavg()[0]:.1f})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--model", default=str(PROJECT_ROOT / "models" / "shop-assistant.tar.gz"))
    parser.add_argument(
        "--project",
        action="append",
        type=Path,
        help="a copy of the tree to run the servers from (repeat to alternate; default: this one)",
    )
    parser.add_argument("--rounds", type=int, default=2, help="runs of each project, alternated")
    parser.add_argument("--conversations", type=int, default=20, help="scripts per run")
    args = parser.parse_args()
    projects = [project.resolve() for project in args.project or [PROJECT_ROOT]]
    for _ in range(args.rounds):
        for project in projects:
            print(measure(Path(args.model), project, args.conversations), flush=True)


if __name__ == "__main__":
    main()
