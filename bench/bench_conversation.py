"""Benchmark the shop assistant against Rasa's starter bot (`rasa init`), in the same run.

For each bot: training time (empty training cache), seconds until the server answers a parse,
resident memory, and message latency over the REST channel, first one message at a time (an
otherwise idle server), then open-loop: many conversations whose messages arrive at a fixed total
rate, whatever the replies do (latency counts from the moment a message was due, so queueing shows).
The shop assistant runs with its action server and the SQLite store in the loop. Last, one long
conversation (bench_turns.py): latency and CPU per message around turn 5, 100 and 300.

    .venv/bin/python bench/bench_conversation.py [--rate 15] [--conversations 200]

Prints a table with ratios (shop / starter) and writes reports/bench.json.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp
import requests

from devtools.servers import (
    PROJECT_ROOT,
    base_environment,
    resident_memory_bytes,
    running_assistant,
)

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_turns import SHOP_CYCLE, measure_turns  # noqa: E402

RASA = str(Path(sys.executable).parent / "rasa")

SHOP_SCRIPT = [
    "hi",
    "I need black formal shoes in size 10 for a black-tie party tonight, under $150",
    "in brown instead",
    "what about size 9?",
    "the first one",
    "is it available in 9.5?",
    "how much is it?",
    "thanks!",
]
STARTER_SCRIPT = [
    "hello",
    "I am sad",
    "yes",
    "great",
    "are you a bot?",
    "bye",
    "good morning",
    "no",
]


@dataclass
class BotFigures:
    name: str
    training_seconds: float = 0.0
    ready_seconds: float = 0.0
    rasa_memory_mb: float = 0.0
    action_server_memory_mb: float = 0.0
    parse_ms: list[float] = field(default_factory=list)
    sequential_ms: list[float] = field(default_factory=list)
    open_loop_ms: list[float] = field(default_factory=list)
    open_loop_seconds: float = 0.0
    open_loop_errors: int = 0
    # One long conversation: latency and CPU around turn 5, 100 and 300 (bench_turns.py).
    turns: dict[str, float] = field(default_factory=dict)

    def summary(self) -> dict[str, float]:
        return self.turns | {
            "training time (s)": self.training_seconds,
            "server ready (s)": self.ready_seconds,
            "memory, Rasa server (MB)": self.rasa_memory_mb,
            "memory, action server (MB)": self.action_server_memory_mb,
            "parse alone (NLU, HTTP API): p50 (ms)": percentile(self.parse_ms, 50),
            "parse alone (NLU, HTTP API): p99 (ms)": percentile(self.parse_ms, 99),
            "one at a time: p50 (ms)": percentile(self.sequential_ms, 50),
            "one at a time: p99 (ms)": percentile(self.sequential_ms, 99),
            "open loop: messages/s": len(self.open_loop_ms) / self.open_loop_seconds
            if self.open_loop_seconds
            else 0.0,
            "open loop: p50 (ms)": percentile(self.open_loop_ms, 50),
            "open loop: p99 (ms)": percentile(self.open_loop_ms, 99),
            "open loop: failed messages": float(self.open_loop_errors),
        }


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * len(ordered) + 0.5) - 1))
    return ordered[index]


def progress(text: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {text}", flush=True)


def train(project: Path, out: Path, cache: Path, extra: list[str]) -> float:
    env = base_environment(RASA_CACHE_DIRECTORY=str(cache))
    started = time.monotonic()
    subprocess.run(
        [RASA, "train", "--out", str(out), "--fixed-model-name", "bench", *extra],
        cwd=project, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    return time.monotonic() - started


def measure_sequential(bot, script: list[str], conversations: int) -> list[float]:
    latencies = []
    for number in range(conversations):
        for text in script:
            started = time.perf_counter()
            bot.send(f"seq-{number}", text)
            latencies.append((time.perf_counter() - started) * 1000)
    return latencies


def measure_parse(bot, script: list[str], rounds: int) -> list[float]:
    """Understanding alone: Rasa's /model/parse for each message, the NLU pipeline end to end."""
    latencies = []
    with requests.Session() as http:
        for _ in range(rounds):
            for text in script:
                started = time.perf_counter()
                http.post(
                    f"{bot.rasa_url}/model/parse",
                    params=bot.api_auth,
                    json={"text": text},
                    timeout=30,
                )
                latencies.append((time.perf_counter() - started) * 1000)
    return latencies


async def _open_loop(
    url: str, script: list[str], conversations: int, rate: float, sender_prefix: str = "open"
):
    """Message i of the run is due at i / rate seconds; conversations take turns."""
    # Every conversation sends its first message, then every conversation its second, and so on.
    schedule = [
        (f"{sender_prefix}-{number}", text)
        for text in script[:3]
        for number in range(conversations)
    ]
    latencies: list[float] = []
    errors = 0
    connector = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(connector=connector) as session:
        start = time.perf_counter()

        async def send(index: int, sender: str, text: str) -> None:
            nonlocal errors
            due = start + index / rate
            await asyncio.sleep(max(0.0, due - time.perf_counter()))
            try:
                async with session.post(
                    f"{url}/webhooks/rest/webhook",
                    json={"sender": sender, "message": text},
                    timeout=aiohttp.ClientTimeout(total=120),
                ) as response:
                    await response.read()
                    if response.status != 200:
                        errors += 1
                        return
            except (aiohttp.ClientError, asyncio.TimeoutError):
                errors += 1
                return
            latencies.append((time.perf_counter() - due) * 1000)

        await asyncio.gather(*(send(i, s, t) for i, (s, t) in enumerate(schedule)))
        elapsed = time.perf_counter() - start
    return latencies, elapsed, errors


def measure_bot(
    figures: BotFigures,
    project: Path,
    model: Path,
    workdir: Path,
    script: list[str],
    args,
    database_url: str | None,
    with_actions: bool,
) -> None:
    with running_assistant(
        model, workdir, database_url=database_url, project_dir=project, with_actions=with_actions
    ) as bot:
        figures.ready_seconds = bot.rasa_ready_seconds
        progress(f"{figures.name}: ready after {bot.rasa_ready_seconds:.1f}s; warming up")
        measure_sequential(bot, script, 1)
        figures.parse_ms = measure_parse(bot, script, args.sequential_conversations)
        figures.sequential_ms = measure_sequential(bot, script, args.sequential_conversations)
        progress(f"{figures.name}: {len(figures.sequential_ms)} messages one at a time done")
        figures.open_loop_ms, figures.open_loop_seconds, figures.open_loop_errors = asyncio.run(
            _open_loop(bot.rasa_url, script, args.conversations, args.rate)
        )
        progress(f"{figures.name}: open loop done ({len(figures.open_loop_ms)} messages)")
        if args.turns:
            cycle = SHOP_CYCLE if with_actions else script
            figures.turns = measure_turns(bot, cycle, args.turns, sender="long-1")
            progress(f"{figures.name}: one conversation of {args.turns} turns done")
        figures.rasa_memory_mb = resident_memory_bytes(bot.rasa.pid) / 2**20
        if bot.action_server is not None:
            figures.action_server_memory_mb = resident_memory_bytes(bot.action_server.pid) / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--rate", type=float, default=15.0, help="open loop: messages per second")
    parser.add_argument("--conversations", type=int, default=200, help="open loop: conversations")
    parser.add_argument("--sequential-conversations", type=int, default=20)
    parser.add_argument(
        "--turns", type=int, default=305, help="one long conversation's turns (0: skip)"
    )
    args = parser.parse_args()
    os.environ["RASA_TELEMETRY_ENABLED"] = "false"
    shop = BotFigures("shop assistant")
    starter = BotFigures("rasa init")

    with tempfile.TemporaryDirectory(prefix="shop-bench-") as temp:
        temp_dir = Path(temp)
        progress("training the shop assistant (empty cache)")
        shop.training_seconds = train(
            PROJECT_ROOT, temp_dir / "shop-models", temp_dir / "shop-cache",
            ["--data", "data", "--config", "config.yml", "--domain", "domain.yml"],
        )  # fmt: skip
        progress(f"shop assistant trained in {shop.training_seconds:.0f}s")

        starter_dir = temp_dir / "starter"
        starter_dir.mkdir()
        progress("creating the starter bot: rasa init --no-prompt (it trains, with an empty cache)")
        started = time.monotonic()
        subprocess.run(
            [RASA, "init", "--no-prompt", "--init-dir", str(starter_dir)],
            cwd=temp_dir, env=base_environment(RASA_CACHE_DIRECTORY=str(temp_dir / "init-cache")),
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        starter.training_seconds = time.monotonic() - started
        starter_model = next((starter_dir / "models").glob("*.tar.gz"))
        progress(f"starter bot trained in {starter.training_seconds:.0f}s")

        store = temp_dir / "shop.db"
        shutil.copy(PROJECT_ROOT / "var" / "shop.db", store)
        measure_bot(shop, PROJECT_ROOT, temp_dir / "shop-models" / "bench.tar.gz",
                    temp_dir / "shop-run", SHOP_SCRIPT, args, f"sqlite:///{store}", True)  # fmt: skip
        measure_bot(starter, starter_dir, starter_model,
                    temp_dir / "starter-run", STARTER_SCRIPT, args, None, False)  # fmt: skip

    print_table(shop, starter, args)


def print_table(shop: BotFigures, starter: BotFigures, args) -> None:
    ours, theirs = shop.summary(), starter.summary()
    print()
    print(
        f"Open loop: {args.conversations} conversations x 3 messages at {args.rate:g} messages/s."
    )
    print(f"Load average (1 min) at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores.")
    print(f"{'':45s} {'shop assistant':>15s} {'rasa init':>12s} {'ratio':>8s}")
    for metric, value in ours.items():
        other = theirs.get(metric, float("nan"))
        ratio = f"{value / other:8.2f}" if other else f"{'-':>8s}"
        print(f"{metric:45s} {value:15.1f} {other:12.1f} {ratio}")
    reports = PROJECT_ROOT / "reports"
    reports.mkdir(exist_ok=True)
    (reports / "bench.json").write_text(
        json.dumps({"args": vars(args), "shop assistant": ours, "rasa init": theirs}, indent=2)
    )
    print(f"\nWritten to {reports / 'bench.json'}")


if __name__ == "__main__":
    main()
