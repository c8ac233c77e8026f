"""CPU per message spent in the shop's own readings of a message, on both sides of a turn.

NLU side: the trained model's pipeline parses each of 200 shopper messages
(`bench/reading_messages.py`) and the CPU time of each of the shop's components (config.yml) is
taken per message: the tokenizer, the catalog term featurizer, the catalog entity extractor and
the intent resolver (the readings), and apart from them the sentence encoder and the linear intent
model. Action side: the action the model's rules pick for the message, run as the action server
runs it (`ShopAction.run`: its `gives_way_to` readings, then `perform`, on a copy of the demo
store), in a conversation where black shoes were just searched for, so that "the first one" or
"in blue?" have something to mean. Messages whose next step is a response or a form are left out
of the action side.

CPU time (`time.thread_time`) rather than wall clock: the machine is shared. After the timed
rounds, one more pass runs under cProfile (only inside the components and actions measured) and
prints the functions that take the most time of their own.

    .venv/bin/python bench/bench_readings.py [--rounds 3] [--top 15] [--profile-dir DIR] [--model models/shop-assistant.tar.gz]
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import logging
import os
import pstats
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from reading_messages import MESSAGES  # noqa: E402

PROJECT_ROOT = Path(__file__).resolve().parent.parent
# The pipeline's components that read the message with the shop's own rules, and the others.
READING_COMPONENTS = (
    "LengthCappedTokenizer",
    "CatalogTermFeaturizer",
    "CatalogEntityExtractor",
    "ShopIntentResolver",
)
MODEL_COMPONENTS = ("SentenceEmbeddingFeaturizer", "EmbeddingIntentClassifier")
# The conversation every message of the action side is said in: a search just shown.
CONTEXT_SEARCH = {"category": "shoes", "colour": "black"}


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * len(ordered) + 0.5) - 1))
    return ordered[index]


def line(name: str, values: list[float]) -> str:
    return (
        f"  {name:<34} CPU p50 {percentile(values, 50):7.2f}  p99 {percentile(values, 99):7.2f}"
        f"  mean {sum(values) / len(values):7.2f} ms  ({len(values)} calls)"
    )


def progress(label: str, done: int, total: int) -> None:
    if done == total or done % 50 == 0:
        print(f"\r  {label}: {done}/{total}", end="\n" if done == total else "", file=sys.stderr)


def top_functions(profile: cProfile.Profile, count: int, dump: Path | None) -> None:
    if dump is not None:  # for pstats or snakeviz
        profile.dump_stats(dump)
        print(f"    (profile written to {dump})")
    stats = pstats.Stats(profile)
    rows = sorted(stats.stats.items(), key=lambda item: item[1][2], reverse=True)  # tottime
    total = sum(row[1][2] for row in rows) or 1.0
    by_area: dict[str, float] = defaultdict(float)
    for (path, _line, _name), row in rows:
        by_area[_area(path)] += row[2]
    print("    where the time goes (own time): " + ", ".join(
        f"{area} {100 * seconds / total:.0f}%"
        for area, seconds in sorted(by_area.items(), key=lambda item: -item[1])
    ))  # fmt: skip
    for (path, line_number, name), (_cc, calls, tottime, cumtime, _callers) in rows[:count]:
        _print_row(path, line_number, name, calls, tottime, cumtime, total)
    # The project's own functions by the time spent in them and below: which readings cost.
    ours = [row for row in rows if _area(row[0][0]) in ("shop_nlu", "actions", "commerce")]
    print("    the project's functions by time inside them (cumulative):")
    for (path, line_number, name), (_cc, calls, tottime, cumtime, _callers) in sorted(
        ours, key=lambda item: -item[1][3]
    )[:count]:
        _print_row(path, line_number, name, calls, tottime, cumtime, total)


def _print_row(path, line_number, name, calls, tottime, cumtime, total) -> None:
    print(
        f"    {100 * tottime / total:5.1f}%  own {1000 * tottime:8.1f} ms"
        f"  cum {1000 * cumtime:8.1f} ms  {calls:7d} calls  {_short(path)}:{line_number} {name}"
    )


def _area(path: str) -> str:
    for area in ("shop_nlu", "actions", "commerce"):
        if f"/{area}/" in path:
            return area
    if "sqlalchemy" in path or "sqlite3" in path:
        return "database"
    if path.startswith("~") or "/re/" in path or "sre_" in path:
        return "builtins and re"
    return "other libraries"


def _short(path: str) -> str:
    root = str(PROJECT_ROOT) + "/"
    if path.startswith(root):
        return path[len(root) :]
    if "site-packages/" in path:
        return path.split("site-packages/", 1)[1]
    return path


# ---------------------------------------------------------------------------------------------
# The NLU side
# ---------------------------------------------------------------------------------------------
class ComponentClock:
    """Wraps each measured component's `process`: CPU milliseconds per call, per component, and
    a profiler that runs only inside the reading components."""

    def __init__(self) -> None:
        self.times: dict[str, list[float]] = defaultdict(list)
        self.profile: cProfile.Profile | None = None

    def wrap(self, component_class: type, reading: bool) -> None:
        process = component_class.process
        name = component_class.__name__

        def timed(component, messages):
            profile = self.profile if reading else None
            start = time.thread_time()
            if profile:
                profile.enable()
            try:
                return process(component, messages)
            finally:
                if profile:
                    profile.disable()
                self.times[name].append((time.thread_time() - start) * 1000)

        component_class.process = timed


def nlu_side(model: Path, rounds: int, top: int, dump: Path | None) -> dict[str, dict]:
    """Time the pipeline's components over the messages; the parse of each message, for the
    action side."""
    from rasa.core.agent import load_agent
    from rasa.utils.log_utils import configure_structlog

    from shop_nlu import components

    configure_structlog(logging.WARNING)
    clock = ComponentClock()
    for name in READING_COMPONENTS:
        clock.wrap(getattr(components, name), reading=True)
    for name in MODEL_COMPONENTS:
        clock.wrap(getattr(components, name), reading=False)

    loop = asyncio.new_event_loop()
    agent = loop.run_until_complete(load_agent(str(model)))
    parses = {}
    for text in MESSAGES:  # warm-up: first-call imports and caches
        parses[text] = loop.run_until_complete(agent.parse_message(text))
    clock.times.clear()
    total = rounds * len(MESSAGES)
    for done in range(total):
        loop.run_until_complete(agent.parse_message(MESSAGES[done % len(MESSAGES)]))
        progress("NLU parses", done + 1, total)

    readings = [
        sum(parts) for parts in zip(*(clock.times[n] for n in READING_COMPONENTS), strict=True)
    ]
    print("\nNLU side: the pipeline's components, CPU per message")
    print(line("the shop's readings, together", readings))
    for name in (*READING_COMPONENTS, *MODEL_COMPONENTS):
        print(line(name, clock.times[name]))

    clock.profile = cProfile.Profile()
    for text in MESSAGES:
        loop.run_until_complete(agent.parse_message(text))
    print(f"  top functions inside the readings (one pass, {len(MESSAGES)} messages, cProfile):")
    top_functions(clock.profile, top, dump and dump / "nlu.prof")
    return {"agent": agent, "loop": loop, "parses": parses}


# ---------------------------------------------------------------------------------------------
# The action side
# ---------------------------------------------------------------------------------------------
def predicted_action(agent, slots: dict, parse: dict) -> str:
    """The action the model's rules pick after `parse`, in a conversation with `slots` set."""
    from rasa.shared.core.events import ActionExecuted, SlotSet, UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    events = [ActionExecuted("action_listen")]
    events += [SlotSet(name, value) for name, value in slots.items()]
    events += [ActionExecuted("action_listen"), UserUttered(parse["text"], parse["intent"],
                                                            parse["entities"], parse)]  # fmt: skip
    tracker = DialogueStateTracker.from_events("bench", events, slots=agent.processor.domain.slots)
    prediction = agent.processor._predict_next_with_tracker(tracker)
    return agent.processor.domain.action_names_or_texts[prediction.max_confidence_index]


def action_side(nlu: dict, rounds: int, top: int, dump: Path | None) -> None:
    import yaml
    from rasa_sdk import Tracker
    from rasa_sdk.executor import CollectingDispatcher

    import actions  # noqa: F401 (defines every action)
    from actions.base import shop_action_named
    from actions.discovery import ActionSearchProducts

    domain = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text())

    def tracker_for(sender: str, slots: dict, parse: dict, history: list[dict]) -> Tracker:
        latest = {key: parse.get(key) for key in ("text", "intent", "entities", "intent_ranking")}
        user = {"event": "user", "text": parse["text"], "parse_data": latest}
        return Tracker(sender_id=sender, slots=dict(slots), latest_message=latest,
                       events=[*history, user], paused=False, followup_action=None,
                       active_loop={}, latest_action_name="action_listen")  # fmt: skip

    # The conversation so far: black shoes searched for and shown.
    search_parse = {
        "text": "black shoes",
        "intent": {"name": "search_products", "confidence": 1.0},
        "entities": [{"entity": k, "value": v} for k, v in CONTEXT_SEARCH.items()],
        "intent_ranking": [],
    }
    dispatcher = CollectingDispatcher()
    events = ActionSearchProducts().run(
        dispatcher, tracker_for("bench-context", {}, search_parse, []), domain
    )
    slots = {e["name"]: e["value"] for e in events if e.get("event") == "slot"}
    history = [{"event": "user", "text": "black shoes", "parse_data": search_parse}]
    history += [e for e in events if e.get("event") == "slot"]

    chosen = []
    skipped: dict[str, int] = defaultdict(int)
    for text in MESSAGES:
        name = predicted_action(nlu["agent"], slots, nlu["parses"][text])
        try:
            chosen.append((text, shop_action_named(name)))
        except LookupError:
            skipped[name.split("_")[0] if name.startswith("utter_") else name] += 1
    print(
        f"\nAction side: {len(chosen)} of {len(MESSAGES)} messages run a shop action "
        f"(the rest: {', '.join(f'{n} {c}' for n, c in sorted(skipped.items()))})"
    )

    def run_once(round_number: int, index: int, text: str, action) -> float:
        tracker = tracker_for(f"bench-{round_number}-{index}", slots, nlu["parses"][text], history)
        start = time.thread_time()
        result = action.run(CollectingDispatcher(), tracker, domain)
        if asyncio.iscoroutine(result):
            asyncio.run(result)
        return (time.thread_time() - start) * 1000

    for index, (text, action) in enumerate(chosen):  # warm-up
        run_once(-1, index, text, action)
    times: list[float] = []
    by_action: dict[str, list[float]] = defaultdict(list)
    total = rounds * len(chosen)
    for done in range(total):
        index = done % len(chosen)
        text, action = chosen[index]
        spent = run_once(done // len(chosen), index, text, action)
        times.append(spent)
        by_action[action.name()].append(spent)
        progress("actions run", done + 1, total)
    print(line("the action, whole (CPU per message)", times))
    print("  slowest actions by mean:")
    for name, values in sorted(by_action.items(), key=lambda item: -sum(item[1]) / len(item[1]))[
        :8
    ]:
        print(line(name, values))

    profile = cProfile.Profile()
    for index, (text, action) in enumerate(chosen):
        tracker = tracker_for(f"bench-profile-{index}", slots, nlu["parses"][text], history)
        profile.enable()
        result = action.run(CollectingDispatcher(), tracker, domain)
        if asyncio.iscoroutine(result):
            asyncio.run(result)
        profile.disable()
    print(f"  top functions inside the actions (one pass, {len(chosen)} messages, cProfile):")
    top_functions(profile, top, dump and dump / "actions.prof")


def demo_store(folder: Path) -> str:
    """A SQLite store with the demo catalog, as the tests build it."""
    from commerce.catalog_import import import_shopify_csv
    from commerce.db import create_schema, get_engine, session_scope

    path = folder / "shop.db"
    engine = get_engine(f"sqlite:///{path}")
    create_schema(engine)
    with (
        session_scope(engine) as session,
        (PROJECT_ROOT / "catalog" / "demo_catalog.csv").open(encoding="utf-8") as stream,
    ):
        import_shopify_csv(session, stream)
    return f"sqlite:///{path}"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=3, help="passes over the 200 messages")
    parser.add_argument("--top", type=int, default=15, help="functions listed per side")
    parser.add_argument("--profile-dir", type=Path, help="where to write nlu.prof, actions.prof")
    parser.add_argument(
        "--model", type=Path, default=PROJECT_ROOT / "models" / "shop-assistant.tar.gz"
    )
    args = parser.parse_args()
    os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
    with tempfile.TemporaryDirectory(prefix="bench-readings-") as folder:
        store = Path(folder) / "demo"
        store.mkdir()
        # Before any component reads the settings: the NLU's catalog and the actions' store.
        os.environ["SHOP_DATABASE_URL"] = demo_store(store)
        nlu = nlu_side(args.model, args.rounds, args.top, args.profile_dir)
        action_side(nlu, args.rounds, args.top, args.profile_dir)
        shutil.rmtree(store, ignore_errors=True)
    print(f"load average (1 min) at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
