"""Understanding time alone, in one process: the sentence encoder and the trained model's parse.

Times `SentenceEncoder.encode` and the trained model's `agent.parse_message` (the whole NLU
pipeline, no HTTP) on 50 chat messages of 3 to 24 words, warm, one message at a time, and prints
p50 / p99 of wall-clock time and of the thread's CPU time (the machine is shared: CPU time is what
the load does not inflate).

    .venv/bin/python bench/bench_nlu.py [--rounds 5] [--model models/shop-assistant.tar.gz]
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import time
from pathlib import Path

from commerce.config import PROJECT_ROOT

# What shoppers write: greetings, searches with sizes and budgets, orders, returns, small talk.
MESSAGES = [
    "hi there, anyone around?",
    "good morning, can you help me?",
    "I need black formal shoes in size 10 for a black-tie party tonight, under $150",
    "show me red dresses",
    "do you have this in blue?",
    "what about size 9?",
    "the first one please",
    "is it available in 9.5?",
    "how much is it?",
    "thanks, that's all",
    "where is my order?",
    "can u check my orders?",
    "I want to return the jacket I bought last week because it is too small",
    "where do I get a reimbursement?",
    "my parcel never arrived and the tracking page has not changed in five days",
    "cancel my last order",
    "change the delivery address to 12 Baker Street",
    "I'd like to speak to a person",
    "what goes with a navy blazer?",
    "anything cheaper than that?",
    "show me the cheaper one",
    "do you sell suede loafers in brown, size 11, for less than 120 dollars?",
    "I'm looking for a summer dress for a beach wedding in July",
    "what are your best sellers right now?",
    "sort them by price, lowest first",
    "add it to my cart, and then tell me if there is a matching belt in the same brown leather for under fifty dollars",
    "I want to check out",
    "my email is jane.doe@example.com",
    "what is your return policy for sale items?",
    "do you ship to Canada and how long does it take?",
    "is this jacket waterproof enough for hiking in the rain?",
    "not that one, the second one",
    "I changed my mind, show me sneakers instead",
    "are you a bot?",
    "will it rain tomorrow?",
    "tell me a joke, I have been shopping for hours and I am tired of looking at shoes and bags",
    "ok bye for now",
    "do you have wool sweaters for men in XL?",
    "which colours does the windsor oxford come in?",
    "let me know when the white sneakers are back in stock in size 8",
    "I ordered two shirts but only one came in the box, what should I do now?",
    "can I pay with PayPal or only with a credit card?",
    "please recommend something for a job interview, smart but not too formal, under 200",
    "what sizes are left?",
    "hola, ¿hablas español?",
    "that's too expensive",
    "great, I'll take it",
    "no thanks, just browsing",
    "I want a refund for order 1042, the zip broke after wearing the boots twice in the snow",
    "show me everything in size M from the new collection that would suit an autumn weekend away",
]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * len(ordered) + 0.5) - 1))
    return ordered[index]


def timed(call, rounds: int) -> tuple[list[float], list[float]]:
    """Wall and CPU milliseconds of `call(text)` for every message, `rounds` times, after a warm-up."""
    for text in MESSAGES:
        call(text)
    wall, cpu = [], []
    for _ in range(rounds):
        for text in MESSAGES:
            start_wall, start_cpu = time.perf_counter(), time.thread_time()
            call(text)
            cpu.append((time.thread_time() - start_cpu) * 1000)
            wall.append((time.perf_counter() - start_wall) * 1000)
    return wall, cpu


def report(name: str, wall: list[float], cpu: list[float]) -> None:
    print(
        f"{name:<32} wall p50 {percentile(wall, 50):6.2f} p99 {percentile(wall, 99):6.2f} ms"
        f" | CPU p50 {percentile(cpu, 50):6.2f} p99 {percentile(cpu, 99):6.2f} ms"
        f"  ({len(wall)} calls)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=5, help="passes over the 50 messages")
    parser.add_argument(
        "--model", type=Path, default=PROJECT_ROOT / "models" / "shop-assistant.tar.gz"
    )
    parser.add_argument(
        "--encoder-only", action="store_true", help="skip the trained model's parse"
    )
    args = parser.parse_args()

    from shop_nlu.sentence_encoder import shared_encoder

    encoder = shared_encoder()
    report("SentenceEncoder.encode", *timed(encoder.encode, args.rounds))

    if not args.encoder_only:
        from rasa.core.agent import load_agent
        from rasa.utils.log_utils import configure_structlog

        configure_structlog(logging.WARNING)  # Rasa's debug lines would be timed too

        loop = asyncio.new_event_loop()
        agent = loop.run_until_complete(load_agent(str(args.model)))

        def parse(text: str) -> None:
            loop.run_until_complete(agent.parse_message(text))

        report("agent.parse_message (whole NLU)", *timed(parse, args.rounds))
    print(f"load average (1 min) at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
