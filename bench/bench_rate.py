"""The highest message rate each bot holds, stepped up, and how it grows with Sanic workers.

For each configuration the open loop of bench_conversation.py runs at rising rates (new
conversations at each step, 3 messages each, latency counted from when a message was due); a rate
is held when no message fails and p99 stays at or under 250 ms. The steps stop at the first rate
not held. Configurations: the shop assistant (trained model in models/, its action server, a copy
of the demo store) with 1, 2, ... Rasa Sanic workers sharing a Redis lock store, as
`SANIC_WORKERS=n SHOP_LOCK_STORE_URL=redis://...` sets it up for `make run`; and Rasa's starter bot
(`rasa init`) with the same workers and lock store, in the same run.

    .venv/bin/python bench/bench_rate.py [--workers 1 2] [--rates 10 15 20 ...] [--postgres]

Needs Redis on 127.0.0.1:6379 for more than one worker (skipped, with a word, otherwise); with
--postgres the conversations are kept in PostgreSQL (127.0.0.1:5432) instead of a SQLite file,
which several workers write at once. Prints a table and writes reports/bench-rate.json.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_conversation import (  # noqa: E402
    RASA,
    SHOP_SCRIPT,
    STARTER_SCRIPT,
    _open_loop,
    percentile,
    progress,
)

from devtools.servers import PROJECT_ROOT, base_environment, running_assistant  # noqa: E402

P99_LIMIT_MS = 250.0
DEFAULT_RATES = [10, 15, 20, 25, 30, 40, 50, 60, 80, 100]
REDIS = ("127.0.0.1", 6379)


def redis_is_up() -> bool:
    try:
        with socket.create_connection(REDIS, timeout=1):
            return True
    except OSError:
        return False


def step_up(url: str, script: list[str], rates: list[float], conversations: int, name: str):
    """Each rate's p50, p99 and failures, up to and including the first rate not held."""
    steps = []
    for number, rate in enumerate(rates):
        # Fresh conversations at each step: a rate is not helped by what the last one warmed up.
        latencies, elapsed, errors = asyncio.run(
            _open_loop(url, script, conversations, rate, sender_prefix=f"step{number}")
        )
        step = {
            "rate": rate,
            "achieved": len(latencies) / elapsed if elapsed else 0.0,
            "p50": percentile(latencies, 50),
            "p99": percentile(latencies, 99),
            "failed": errors,
        }
        step["held"] = errors == 0 and step["p99"] <= P99_LIMIT_MS
        steps.append(step)
        progress(
            f"{name}: {rate:g} msg/s -> p50 {step['p50']:.0f} ms, p99 {step['p99']:.0f} ms, "
            f"{errors} failed: {'held' if step['held'] else 'not held'}"
        )
        if not step["held"]:
            break
    return steps


def highest_held(steps: list[dict]) -> float:
    return max((step["rate"] for step in steps if step["held"]), default=0.0)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--rates", type=float, nargs="+", default=DEFAULT_RATES)
    parser.add_argument("--conversations", type=int, default=100, help="per step")
    parser.add_argument("--postgres", action="store_true", help="conversations in PostgreSQL")
    parser.add_argument("--skip-starter", action="store_true")
    args = parser.parse_args()
    os.environ["RASA_TELEMETRY_ENABLED"] = "false"
    model = PROJECT_ROOT / "models" / "shop-assistant.tar.gz"
    if not model.exists():
        sys.exit(f"{model} is missing: run `make train` first")
    workers = [n for n in args.workers if n == 1 or redis_is_up()]
    if workers != args.workers:
        print("Redis is not running on 127.0.0.1:6379: only one worker is measured.")

    results: dict[str, dict[int, list[dict]]] = {"shop assistant": {}, "rasa init": {}}
    with tempfile.TemporaryDirectory(prefix="shop-bench-rate-") as temp:
        temp_dir = Path(temp)
        starter_model = None
        if not args.skip_starter:
            starter_dir = temp_dir / "starter"
            starter_dir.mkdir()
            progress("creating the starter bot: rasa init --no-prompt (it trains)")
            subprocess.run(
                [RASA, "init", "--no-prompt", "--init-dir", str(starter_dir)],
                cwd=temp_dir, env=base_environment(RASA_CACHE_DIRECTORY=str(temp_dir / "cache")),
                check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            )  # fmt: skip
            starter_model = next((starter_dir / "models").glob("*.tar.gz"))

        for count in workers:
            stores = {"SANIC_WORKERS": str(count), "ACTION_SERVER_SANIC_WORKERS": str(count)}
            if count > 1:
                stores["SHOP_LOCK_STORE_URL"] = f"redis://{REDIS[0]}:{REDIS[1]}/3"
            if args.postgres:
                stores["SHOP_TRACKER_STORE_URL"] = "postgresql://postgres@127.0.0.1:5432/test"
            store = temp_dir / f"shop-{count}.db"
            shutil.copy(PROJECT_ROOT / "var" / "shop.db", store)
            bots = [("shop assistant", PROJECT_ROOT, model, SHOP_SCRIPT, True)]
            if starter_model is not None:
                bots.append(("rasa init", starter_dir, starter_model, STARTER_SCRIPT, False))
            for name, project, bot_model, script, with_actions in bots:
                run_dir = temp_dir / f"{name.split()[0]}-{count}"
                with running_assistant(
                    bot_model, run_dir, database_url=f"sqlite:///{store}", project_dir=project,
                    with_actions=with_actions, extra_env=stores,
                ) as bot:  # fmt: skip
                    progress(f"{name}, {count} worker(s): ready; warming up")
                    for number in range(4 * count):  # every worker loads its model lazily
                        for text in script:
                            bot.send(f"warm-up-{number}", text)
                    results[name][count] = step_up(
                        bot.rasa_url, script, args.rates, args.conversations, f"{name} x{count}"
                    )
                time.sleep(2)  # the ports and the machine settle between bots

    print_table(results, args)


def print_table(results: dict[str, dict[int, list[dict]]], args) -> None:
    print()
    print(
        f"Open loop stepped up ({args.conversations} new conversations x 3 messages per step); "
        f"held: no failure and p99 <= {P99_LIMIT_MS:g} ms."
    )
    print(f"Load average (1 min) at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores.")
    print(f"{'Sanic workers':>14s} {'shop assistant':>15s} {'rasa init':>10s} {'ratio':>6s}")
    shop, starter = results["shop assistant"], results["rasa init"]
    for count in shop:
        ours = highest_held(shop[count])
        theirs = highest_held(starter.get(count, []))
        ratio = f"{ours / theirs:6.2f}" if theirs else f"{'-':>6s}"
        print(f"{count:14d} {ours:15g} {theirs:10g} {ratio}")
    reports = PROJECT_ROOT / "reports"
    reports.mkdir(exist_ok=True)
    (reports / "bench-rate.json").write_text(
        json.dumps({"args": vars(args), "steps": results}, indent=2)
    )
    print(f"\nWritten to {reports / 'bench-rate.json'}")


if __name__ == "__main__":
    main()
