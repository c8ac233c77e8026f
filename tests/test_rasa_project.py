"""The Rasa project as a whole: its data validates, the trained model passes the test stories, and
the held-out NLU set (never used for training) is understood well enough.

Each test runs Rasa's own command line on the trained model; the NLU report is kept in
reports/nlu/ as a build artifact.
"""

from __future__ import annotations

import json
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
MIN_INTENT_ACCURACY = 0.90
MIN_INTENT_F1 = 0.75
MIN_OUT_OF_SCOPE_RECALL = 0.85


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


def test_heldout_nlu_is_never_in_the_training_data():
    import yaml

    def examples(path: Path) -> set[str]:
        found = set()
        for block in (yaml.safe_load(path.read_text()) or {}).get("nlu", []):
            for line in block.get("examples", "").splitlines():
                found.add(line.lstrip("- ").strip().lower())
        return found - {""}

    training = set().union(*(examples(path) for path in (PROJECT_ROOT / "data").rglob("*.yml")))
    assert not examples(HELDOUT_NLU) & training


def test_conversation_stories_pass_on_the_trained_model(trained_model, demo_store_url):
    out = REPORTS / "stories"
    result = run_rasa(
        "test", "core", "--model", str(trained_model), "--stories", "tests/conversations",
        "--out", str(out), "--fail-on-prediction-errors",
    )  # fmt: skip
    failed = (out / "failed_test_stories.yml").read_text() if result.returncode else ""
    assert result.returncode == 0, failed or (result.stdout[-4000:] + result.stderr[-4000:])


def test_heldout_nlu_report(trained_model, demo_store_url):
    out = REPORTS / "nlu"
    result = run_rasa(
        "test", "nlu", "--model", str(trained_model), "--nlu", str(HELDOUT_NLU), "--out", str(out),
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    report = json.loads((out / "intent_report.json").read_text())

    weak = {
        intent: round(scores["f1-score"], 2)
        for intent, scores in report.items()
        if isinstance(scores, dict) and "support" in scores and intent not in (
            "macro avg", "weighted avg", "micro avg"
        ) and scores["f1-score"] < MIN_INTENT_F1
    }  # fmt: skip
    assert report["accuracy"] >= MIN_INTENT_ACCURACY, report["accuracy"]
    assert not weak, weak
    assert report["out_of_scope"]["recall"] >= MIN_OUT_OF_SCOPE_RECALL


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
