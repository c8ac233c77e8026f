"""How well the trained model understands phrasing the team did not write.

Reads the public-phrasing evaluation set in tests/nlu/public/ (real people's messages from public
corpora, see its SOURCES.md; never trained on), parses every message with the trained model, and
reports:
- in-scope intent accuracy, with per-intent precision / recall / F1;
- the share of unrelated messages that reach the fallback (`nlu_fallback`, `out_of_scope`, or
  `other_language`, whose reply says the assistant understands English only);
- the share of real search-box queries read as a search with the kind of product they name.

Two pairs of intents lead to the same action and count as one: search_products / refine_search
(the search action decides from the entities whether to start over) and product_details /
select_product (both show the product).

Usage: python -m devtools.public_nlu_eval [MODEL] [--out reports/nlu-public]
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import json
import logging
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import yaml

from commerce.config import PROJECT_ROOT

PUBLIC_DIR = PROJECT_ROOT / "tests" / "nlu" / "public"
INTENTS_FILE = PUBLIC_DIR / "intents.yml"
SEARCH_QUERIES_FILE = PUBLIC_DIR / "search_queries.csv"
DEFAULT_MODEL = PROJECT_ROOT / "models" / "shop-assistant.tar.gz"
DEFAULT_OUT = PROJECT_ROOT / "reports" / "nlu-public"

SAME_ACTION = {"refine_search": "search_products", "select_product": "product_details"}
# Not acting on a message: the fallback, out_of_scope, or the honest "I only understand English".
FALLBACKS = {"nlu_fallback", "out_of_scope", "other_language"}
SEARCHES = {"search_products", "refine_search"}


@dataclass(frozen=True)
class Parsed:
    text: str
    intent: str
    entities: list[dict]


def load_labelled() -> list[tuple[str, str]]:
    """(text, intent) pairs of the public intents file."""
    data = yaml.safe_load(INTENTS_FILE.read_text(encoding="utf-8")) or {}
    pairs = []
    for block in data.get("nlu", []):
        for line in (block.get("examples") or "").splitlines():
            text = line.strip().removeprefix("- ").strip()
            if text:
                pairs.append((text, block["intent"]))
    return pairs


def load_search_queries() -> list[tuple[str, str]]:
    """(query, kind word as written in it) pairs."""
    with SEARCH_QUERIES_FILE.open(encoding="utf-8", newline="") as handle:
        return [(row["query"], row["kind"]) for row in csv.DictReader(handle)]


async def _parse_all(model: Path, texts: list[str]) -> list[Parsed]:
    from rasa.core.agent import Agent

    agent = Agent.load(str(model))
    parsed = []
    for text in texts:
        result = await agent.parse_message(text)
        parsed.append(Parsed(text, result["intent"]["name"], result.get("entities") or []))
    return parsed


def parse_all(model: Path, texts: list[str]) -> list[Parsed]:
    return asyncio.run(_parse_all(model, texts))


def scored_label(intent: str) -> str:
    """The label an intent is scored as: fallbacks as out_of_scope, same-action pairs as one."""
    if intent in FALLBACKS:
        return "out_of_scope"
    return SAME_ACTION.get(intent, intent)


def names_kind(parsed: Parsed, kind: str) -> bool:
    """Whether a category entity (not an excluded one) covers the kind word of the query."""
    start = parsed.text.lower().find(kind.lower())
    if start < 0:
        return False
    end = start + len(kind)
    return any(
        entity.get("entity") == "category"
        and not entity.get("role")
        and entity["start"] < end
        and entity["end"] > start
        for entity in parsed.entities
    )


def evaluate(model: Path) -> dict:
    """Every figure of the report, as a JSON-safe dict."""
    from sklearn.metrics import classification_report

    labelled = load_labelled()
    queries = load_search_queries()
    parsed = parse_all(model, [text for text, _ in labelled] + [query for query, _ in queries])
    on_labelled, on_queries = parsed[: len(labelled)], parsed[len(labelled) :]

    truth = [scored_label(intent) for _, intent in labelled]
    predicted = [scored_label(p.intent) for p in on_labelled]
    in_scope = [(t, p) for t, p in zip(truth, predicted, strict=True) if t != "out_of_scope"]
    unrelated = [(t, p) for t, p in zip(truth, predicted, strict=True) if t == "out_of_scope"]
    per_intent = classification_report(truth, predicted, output_dict=True, zero_division=0)
    misses = [
        {"text": text, "expected": intent, "predicted": p.intent}
        for (text, intent), p in zip(labelled, on_labelled, strict=True)
        if scored_label(intent) != scored_label(p.intent)
    ]
    searches = [p.intent in SEARCHES for p in on_queries]
    with_kind = [
        p.intent in SEARCHES and names_kind(p, kind)
        for p, (_, kind) in zip(on_queries, queries, strict=True)
    ]
    query_misses = [
        {"query": query, "kind": kind, "predicted": p.intent,
         "categories": [e.get("value") for e in p.entities if e.get("entity") == "category"]}
        for p, (query, kind), ok in zip(on_queries, queries, with_kind, strict=True) if not ok
    ]  # fmt: skip
    return {
        "in_scope_messages": len(in_scope),
        "in_scope_accuracy": _share(t == p for t, p in in_scope),
        "unrelated_messages": len(unrelated),
        "unrelated_to_fallback": _share(p == "out_of_scope" for _, p in unrelated),
        "search_queries": len(queries),
        "queries_read_as_search": _share(searches),
        "queries_as_search_with_kind": _share(with_kind),
        "per_intent": {
            label: scores for label, scores in per_intent.items() if isinstance(scores, dict)
        },
        "predicted_as": dict(Counter(p.intent for p in on_labelled)),
        "misses": misses,
        "query_misses": query_misses,
    }


def _share(values) -> float:
    values = list(values)
    return round(sum(values) / len(values), 4) if values else 0.0


def markdown(report: dict) -> str:
    """The README's tables."""
    lines = [
        f"- in-scope intent accuracy: **{report['in_scope_accuracy']:.3f}** "
        f"({report['in_scope_messages']} messages)",
        f"- unrelated messages to the fallback: **{report['unrelated_to_fallback']:.3f}** "
        f"({report['unrelated_messages']} messages)",
        f"- search queries read as a search: **{report['queries_read_as_search']:.3f}**, "
        f"and naming the right kind of product: **{report['queries_as_search_with_kind']:.3f}** "
        f"({report['search_queries']} queries)",
        "",
        "| intent | precision | recall | F1 | examples |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for label, scores in sorted(report["per_intent"].items()):
        if label in ("macro avg", "weighted avg", "micro avg"):
            continue
        lines.append(
            f"| {label} | {scores['precision']:.2f} | {scores['recall']:.2f} | "
            f"{scores['f1-score']:.2f} | {int(scores['support'])} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("model", nargs="?", type=Path, default=DEFAULT_MODEL)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    report = evaluate(args.model)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "report.json").write_text(json.dumps(report, indent=2), encoding="utf-8")
    (args.out / "report.md").write_text(markdown(report) + "\n", encoding="utf-8")
    print(markdown(report))


if __name__ == "__main__":
    main()
