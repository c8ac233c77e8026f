"""The Rasa project as a whole: its data validates, the trained model passes the test stories, and
the held-out NLU set (never used for training) is understood well enough.

Each test runs Rasa's own command line on the trained model; the NLU report is kept in
reports/nlu/ as a build artifact.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PROJECT_ROOT

RASA = str(Path(sys.executable).parent / "rasa")
REPORTS = PROJECT_ROOT / "reports"
HELDOUT_NLU = PROJECT_ROOT / "tests" / "nlu" / "heldout_nlu.yml"

# The held-out set is written the way shoppers type (typos, slang, fragments). These floors are
# what the current model reaches with a margin; lowering them needs a reason in the commit.
MIN_INTENT_ACCURACY = 0.93  # 0.948 measured on 2026-11-26 (553 messages; 0.937 before)
MIN_INTENT_F1 = 0.75
MIN_OUT_OF_SCOPE_RECALL = 0.90  # 0.944 measured (36 messages: one message is 0.028)


def run_rasa(*args: str, timeout: int = 900) -> subprocess.CompletedProcess:
    return subprocess.run(
        [RASA, *args],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**__import__("os").environ, "RASA_TELEMETRY_ENABLED": "false"},
    )


def test_training_data_and_domain_validate():
    result = run_rasa(
        "data", "validate", "--data", "data", "--domain", "domain.yml", "--config", "config.yml",
        "--fail-on-warnings",
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]


def _examples(path: Path) -> set[str]:
    import yaml

    found = set()
    for block in (yaml.safe_load(path.read_text()) or {}).get("nlu", []):
        for line in block.get("examples", "").splitlines():
            text = re.sub(r"\[([^\]]*)\](?:\([^)]*\)|\{[^}]*\})", r"\1", line)  # annotations off
            found.add(text.lstrip("- ").strip().lower())
    return found - {""}


def _training_examples() -> set[str]:
    return set().union(*(_examples(path) for path in (PROJECT_ROOT / "data").rglob("*.yml")))


def _normalised(texts) -> set[str]:
    """Case, punctuation and spacing ignored: "Where is my order?" is "where is my order"."""
    return {" ".join(re.sub(r"[^a-z0-9]+", " ", text.lower()).split()) for text in texts} - {""}


def test_heldout_nlu_is_never_in_the_training_data():
    # Not even in other case, punctuation, emoji or spacing ("hi :)" is "hi").
    assert not _normalised(_examples(HELDOUT_NLU)) & _normalised(_training_examples())


def test_conversation_stories_pass_on_the_trained_model(trained_model, demo_store_url):
    out = REPORTS / "stories"
    result = run_rasa(
        "test", "core", "--model", str(trained_model), "--stories", "tests/conversations",
        "--out", str(out), "--fail-on-prediction-errors",
    )  # fmt: skip
    failed = (out / "failed_test_stories.yml").read_text() if result.returncode else ""
    assert result.returncode == 0, failed or (result.stdout[-4000:] + result.stderr[-4000:])


def _f1_by_action(pairs: list[tuple[str, str]]) -> dict[str, float]:
    """F1 per intent over (expected, predicted) pairs, scored as the public-phrasing evaluation
    scores them: intents that lead to one action as one, the fallbacks as out_of_scope."""
    from devtools.public_nlu_eval import scored_label

    merged = [(scored_label(expected), scored_label(predicted)) for expected, predicted in pairs]
    scores = {}
    for intent in {expected for expected, _ in merged}:
        hits = sum(1 for e, p in merged if e == p == intent)
        predicted = sum(1 for _, p in merged if p == intent)
        expected = sum(1 for e, _ in merged if e == intent)
        scores[intent] = 2 * hits / (predicted + expected)
    return scores


def test_heldout_nlu_report(trained_model, demo_store_url):
    out = REPORTS / "nlu"
    result = run_rasa(
        "test", "nlu", "--model", str(trained_model), "--nlu", str(HELDOUT_NLU), "--out", str(out),
        "--successes",
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    report = json.loads((out / "intent_report.json").read_text())
    errors = json.loads((out / "intent_errors.json").read_text())
    successes = json.loads((out / "intent_successes.json").read_text())

    assert report["accuracy"] >= MIN_INTENT_ACCURACY, report["accuracy"]
    # Per intent, two intents that lead to the same action count as one, as in the public-phrasing
    # evaluation: "open the listing for the last one" shows the product whether it is heard as
    # select_product or product_details (Rasa's own report, in reports/nlu, keeps them apart, and
    # its accuracy above counts them apart).
    f1 = _f1_by_action([(e["intent"], e["intent_prediction"]["name"]) for e in errors + successes])
    weak = {intent: round(score, 2) for intent, score in f1.items() if score < MIN_INTENT_F1}
    assert not weak, weak
    # Unrelated text that reaches the fallback, or in another language gets the honest "I only
    # understand English" (other_language), is handled as well as out_of_scope: none acts on it
    # (the mission counts the fallback too); Rasa's report counts only out_of_scope.
    to_fallback = sum(
        1
        for error in errors
        if error["intent"] == "out_of_scope"
        and error["intent_prediction"]["name"] in ("nlu_fallback", "other_language")
    )
    unrelated = report["out_of_scope"]
    handled = unrelated["recall"] + to_fallback / unrelated["support"]
    assert handled >= MIN_OUT_OF_SCOPE_RECALL, handled


# The public-phrasing set (tests/nlu/public, real people's messages from public corpora; see its
# SOURCES.md). These floors sit a little under what the current model reaches, so a change that
# makes the assistant understand real customers worse fails CI. The mission's targets (0.95 in
# scope, 0.90 unrelated to the fallback, 0.95 of search queries read as searches) are reported
# next to them in the README; the in-scope one is not met yet.
# Measured on 2026-11-26, with the imported public training data (data/nlu/public): 0.853, 0.974
# and 0.932; later that day, with examples in customers' style for the weakest intents: 0.888,
# 0.955 and 0.977; with the character n-grams in the intent model: 0.920, 0.981 and 0.977;
# session 7 (stranger tests 8-10, 223 more customer-style examples): 0.920, 0.974 and 0.977.
MIN_PUBLIC_IN_SCOPE_ACCURACY = 0.90
MIN_PUBLIC_UNRELATED_TO_FALLBACK = 0.96
MIN_PUBLIC_QUERIES_AS_SEARCH = 0.95


def test_public_phrasing_is_never_in_the_training_data():
    from devtools.public_nlu_eval import load_labelled, load_search_queries

    training = _training_examples()
    public = {text.lower() for text, _ in load_labelled()}
    public |= {query.lower() for query, _ in load_search_queries()}
    # Not even in other case, punctuation, emoji or spacing ("Ok, bye." is "ok bye"); the
    # corpora of data/nlu/public share sources with this set, and their near-copies were removed.
    assert not _normalised(public) & _normalised(training)


def test_public_phrasing_report(trained_model, demo_store_url):
    from devtools.public_nlu_eval import markdown

    out = REPORTS / "nlu-public"
    result = subprocess.run(
        [sys.executable, "-m", "devtools.public_nlu_eval", str(trained_model), "--out", str(out)],
        cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=900,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    report = json.loads((out / "report.json").read_text())
    summary = markdown(report).split("\n\n")[0]
    assert report["in_scope_accuracy"] >= MIN_PUBLIC_IN_SCOPE_ACCURACY, summary
    assert report["unrelated_to_fallback"] >= MIN_PUBLIC_UNRELATED_TO_FALLBACK, summary
    assert report["queries_read_as_search"] >= MIN_PUBLIC_QUERIES_AS_SEARCH, summary


@pytest.mark.parametrize(
    "path",
    ["commerce", "actions", "shop_nlu", "shop_channels", "devtools", "tests", "bench", "catalog"],
)
def test_code_is_lint_clean(path):
    result = subprocess.run(
        [str(Path(sys.executable).parent / "ruff"), "check", path],
        cwd=PROJECT_ROOT, capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout
