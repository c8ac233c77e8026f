"""Where a message's CPU goes: the Rasa server and the action server sampled with py-spy.

Starts both servers as `make run` does (REST channel, SQLite store and tracker store, a copy of
var/shop.db), sends the benchmark's shopper conversation several times over while py-spy samples
each process (CPU time only, `--idle` off), and sorts every sample into the phase of the turn it
belongs to: Rasa's processor functions name the phases (parse_message is NLU,
_predict_next_with_tracker the policies, get_tracker the tracker store's load...). Also prints the
CPU seconds each process used per message, from /proc, which the machine's load does not inflate.

    make install   # py-spy is in requirements.lock
    .venv/bin/python bench/profile_message.py [--conversations 15] [--rate 0]

`--rate` > 0 sends the messages open-loop at that rate (several conversations at once, "under
load"); 0 sends them one at a time. Writes the raw stacks to reports/profile-*.txt.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import aiohttp

from devtools.servers import PROJECT_ROOT, running_assistant

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_conversation import SHOP_SCRIPT  # noqa: E402
from bench_turns import cpu_seconds  # noqa: E402

PY_SPY = Path(sys.executable).parent / "py-spy"

# Rasa process: a sample belongs to the first phase (in this order) that has a frame on its stack,
# a frame being (function name, part of its file's path). Rasa's processor functions name them.
RASA_PHASES = (
    ("lock store", [("", "rasa/core/lock_store.py")]),
    ("tracker load (SQL, JSON, replay)", [("get_tracker", "rasa/core/processor.py"),
                                          ("retrieve", "rasa/core/tracker_store.py")]),
    ("tracker save (SQL)", [("save_tracker", "rasa/core/processor.py")]),
    ("NLU pipeline", [("parse_message", "rasa/core/processor.py")]),
    ("policy prediction", [("_predict_next_with_tracker", "rasa/core/processor.py")]),
    ("action call (payload, HTTP, reply check)", [("run", "rasa/core/actions/action.py"),
                                                   # its reply's validation, whose deep
                                                   # recursion py-spy cuts off at the top
                                                   ("", "jsonschema/")]),
    ("running actions: events, bot messages", [("_run_action", "rasa/core/processor.py")]),
    ("shop channel: hand-over check (store)", [("_active_handoff", "shop_channels/")]),
)  # fmt: skip
OTHER_RASA = "REST channel, Sanic, event loop"
# Across the phases: Rasa copying, replaying and serialising the tracker.
TRACKER_WORK = ("shared/core/trackers.py", "shared/core/events.py")
# Action server: the first match from the leaf up names the work.
ACTION_PHASES = (
    ("database (SQLAlchemy, sqlite3)", ("sqlalchemy/", "sqlite3", "psycopg")),
    ("the shop's actions and core", ("/actions/", "/commerce/")),
    ("rasa-sdk: payload to Tracker, events", ("rasa_sdk/",)),
    ("JSON, HTTP, Sanic, event loop", ("",)),
)


def classify_rasa(stack: str) -> str:
    frames = [frame.split(" (", 1) for frame in stack.split(";")]
    for phase, markers in RASA_PHASES:
        for function, path in markers:
            if any(
                len(frame) == 2
                and path in frame[1]
                and (not function or frame[0] == function or frame[0].endswith("." + function))
                for frame in frames
            ):
                return phase
    return OTHER_RASA


def classify_action(stack: str) -> str:
    for frame in reversed(stack.split(";")):
        for phase, markers in ACTION_PHASES[:-1]:
            if any(marker in frame for marker in markers):
                return phase
    return ACTION_PHASES[-1][0]


def read_samples(path: Path) -> Counter:
    """py-spy's raw (collapsed) format: 'frame;frame;... COUNT' per line."""
    samples: Counter = Counter()
    if not path.exists():
        return samples
    for line in path.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        if stack and count.isdigit():
            samples[stack] += int(count)
    return samples


def shares(samples: Counter, classify) -> list[tuple[str, int, float]]:
    phases: Counter = Counter()
    for stack, count in samples.items():
        phases[classify(stack)] += count
    total = sum(phases.values()) or 1
    return [(name, count, 100 * count / total) for name, count in phases.most_common()]


def send_one_at_a_time(url: str, conversations: int) -> int:
    import requests

    sent = 0
    with requests.Session() as http:
        for number in range(conversations):
            for text in SHOP_SCRIPT:
                http.post(
                    f"{url}/webhooks/rest/webhook",
                    json={"sender": f"profile-{number}", "message": text},
                    timeout=60,
                ).raise_for_status()
                sent += 1
    return sent


async def send_open_loop(url: str, conversations: int, rate: float) -> int:
    schedule = [(f"profile-{n}", text) for text in SHOP_SCRIPT for n in range(conversations)]
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as session:
        start = time.perf_counter()
        locks = {sender: asyncio.Lock() for sender, _ in schedule}

        async def send(index: int, sender: str, text: str) -> None:
            await asyncio.sleep(max(0.0, start + index / rate - time.perf_counter()))
            # One conversation's messages stay in order.
            async with (
                locks[sender],
                session.post(
                    f"{url}/webhooks/rest/webhook", json={"sender": sender, "message": text}
                ) as response,
            ):
                await response.read()

        await asyncio.gather(*(send(i, s, t) for i, (s, t) in enumerate(schedule)))
    return len(schedule)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--conversations", type=int, default=15)
    parser.add_argument("--rate", type=float, default=0.0, help="0: one message at a time")
    parser.add_argument("--model", default=str(PROJECT_ROOT / "models" / "shop-assistant.tar.gz"))
    args = parser.parse_args()
    if not PY_SPY.exists():
        sys.exit(f"{PY_SPY} is missing: run `make install` (py-spy is in requirements.lock)")
    reports = PROJECT_ROOT / "reports"
    reports.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="shop-profile-") as temp:
        store = Path(temp) / "shop.db"
        shutil.copy(PROJECT_ROOT / "var" / "shop.db", store)
        with running_assistant(Path(args.model), Path(temp) / "run", f"sqlite:///{store}") as bot:
            send_one_at_a_time(bot.rasa_url, 1)  # warm-up: caches, first-call imports
            spies = []
            outputs = {}
            for name, process in (("rasa", bot.rasa), ("actions", bot.action_server)):
                outputs[name] = reports / f"profile-{name}.txt"
                spies.append(
                    subprocess.Popen(
                        [
                            str(PY_SPY),
                            "record",
                            "--pid",
                            str(process.pid),
                            "--format",
                            "raw",
                            "--rate",
                            "250",
                            "--subprocesses",
                            "--nonblocking",
                            "--output",
                            str(outputs[name]),
                        ],
                        stdout=subprocess.DEVNULL,
                        stderr=subprocess.DEVNULL,
                    )  # fmt: skip
                )
            time.sleep(2)  # py-spy attaches
            cpu_before = {n: cpu_seconds(p.pid) for n, p in (("rasa", bot.rasa),
                                                            ("actions", bot.action_server))}  # fmt: skip
            started = time.perf_counter()
            if args.rate > 0:
                sent = asyncio.run(send_open_loop(bot.rasa_url, args.conversations, args.rate))
            else:
                sent = send_one_at_a_time(bot.rasa_url, args.conversations)
            wall = time.perf_counter() - started
            cpu = {
                "rasa": cpu_seconds(bot.rasa.pid) - cpu_before["rasa"],
                "actions": cpu_seconds(bot.action_server.pid) - cpu_before["actions"],
            }
            for spy in spies:
                spy.send_signal(signal.SIGINT)
            for spy in spies:
                spy.wait(timeout=60)
    load = os.getloadavg()
    print(f"\n{sent} messages in {wall:.1f}s wall clock (load average {load[0]:.1f}, "
          f"{os.cpu_count()} cores); CPU per message: Rasa {1000 * cpu['rasa'] / sent:.1f} ms, "
          f"action server {1000 * cpu['actions'] / sent:.1f} ms (py-spy's own sampling included)")  # fmt: skip
    total_cpu = cpu["rasa"] + cpu["actions"]
    for name, classify in (("rasa", classify_rasa), ("actions", classify_action)):
        samples = read_samples(outputs[name])
        process_share = cpu[name] / total_cpu if total_cpu else 0
        print(f"\n{'Rasa server' if name == 'rasa' else 'Action server'}: "
              f"{sum(samples.values())} samples, {100 * process_share:.0f}% of the CPU")  # fmt: skip
        for phase, _count, share in shares(samples, classify):
            ms = share / 100 * 1000 * cpu[name] / sent
            print(f"  {phase:44s} {share:5.1f}%  {ms:6.2f} ms/message")
        if name == "rasa":
            replay = sum(c for s, c in samples.items() if any(m in s for m in TRACKER_WORK))
            replay_share = 100 * replay / max(1, sum(samples.values()))
            print(f"  (across phases: tracker copy/replay/serialise {replay_share:.1f}%)")
    print(f"\nRaw stacks: {outputs['rasa']}, {outputs['actions']}")


if __name__ == "__main__":
    main()
