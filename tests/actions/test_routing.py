"""A message whose words ask something other than the intent it was heard as is answered the same
way whichever action the classifier picked: "would that go with green?" gets the colour pairing
from the search, the availability check, "what goes with it", the product question and the
clarifying question alike, decided in one place (actions/routing.py); and the search no longer
imports the skills that import it from inside its functions."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from actions.discovery import ActionCheckAvailability, ActionSearchProducts
from actions.product_questions import ActionAnswerProductQuestion
from actions.recommendations import ActionSuggestOutfit
from actions.understanding import ActionClarify
from tests.actions.conversation_driver import ActionConversation, say

ACTIONS_DIR = Path(__file__).resolve().parents[2] / "actions"


@pytest.fixture
def chat(demo_store_url) -> ActionConversation:
    return ActionConversation()


@pytest.mark.parametrize(
    "text",
    [
        "would that go with green tho",
        "does it match green?",
        "wud that go w green",
        "will that work with green",
        "would the clutch go well with green?",
        "do they look ok with an emerald dress",
    ],
)
@pytest.mark.parametrize(
    ("intent", "action"),
    [
        ("search_products", ActionSearchProducts),
        ("refine_search", ActionSearchProducts),
        ("check_availability", ActionCheckAvailability),
        ("ask_product_question", ActionAnswerProductQuestion),
        ("ask_what_goes_with", ActionSuggestOutfit),
        ("nlu_fallback", ActionClarify),
    ],
)
def test_goes_with_a_colour_gets_the_pairing_whatever_it_was_heard_as(
    chat, extractor, text, intent, action
):
    shown = say(chat, extractor, ActionSearchProducts(), "search_products",
                "clutch bag first. gold or silver ideally")  # fmt: skip
    assert "Lund Satin Clutch" in shown.text, shown.text

    turn = say(chat, extractor, action(), intent, text)

    assert "I found" not in turn.text, turn.text
    assert "Lund Satin Clutch" in turn.text and "Gold" in turn.text, turn.text
    assert re.search(r"goes with (?:green|emerald)", turn.text), turn.text


def _imports_inside_functions(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            found += [
                f"{path.name}:{inner.lineno}"
                for inner in ast.walk(node)
                if isinstance(inner, ast.Import | ast.ImportFrom)
            ]
    return found


@pytest.mark.parametrize(
    "module",
    [
        "discovery.py",
        "search_refining.py",
        "search_notes.py",
        "search_followups.py",
        "search_results.py",
        "product_actions.py",
        "cart.py",
        "cart_adding.py",
        "adding.py",
        "cart_lines.py",
        "cart_swaps.py",
        "change_of_mind.py",
        "cart_totals.py",
        "cart_arrival.py",
        "waiting_purchases.py",
    ],
)
def test_the_search_imports_the_other_skills_at_the_top(module):
    """No import cycle dodged by importing inside a function: what the search shares with the
    recommendations, the product questions and the service answers lives below all of them, and
    the modules the search and the cart were split into import each other in one direction."""
    assert _imports_inside_functions(ACTIONS_DIR / module) == []
