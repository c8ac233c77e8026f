"""docs/nlu/stranger-test-96.md, A1-A2 (worst problem 5): "hi need cuflinks for a 1920s murder
mystery party, silver ish" got "I have no silver cufflinks for party in stock right now", then two
silver cufflinks: no cufflinks are tagged for parties in the catalog, so the opening read as false.
"anything undr 50" then got "I have no silver cufflinks for party under $50".

Right: an occasion none of the kind is tagged with never turns a good answer into a "no": the
silver cufflinks are shown as what we have (each line may say it isn't tagged for party); where
nothing fits the rest either, the "no" names what is missing (under $50), not the party."""

from __future__ import annotations

import pytest

from actions.discovery import ActionSearchProducts
from tests.actions.conversation_driver import listed, say_and_keep

SILVER = ["Onyx Silver Cufflinks", "Engine-Turned Silver Cufflinks"]
FOR_A_PARTY = [
    "hi need cuflinks for a 1920s murder mystery party, silver ish",  # the doc's
    "silver cufflinks for a party please",
    "any silver cufflinks? its for a murder mystery party",
    "I need some silver-ish cufflinks for a 1920s themed party",
    "cufflinks in silver for a party thx",
    "got any silvery cufflinks for a fancy dress party",
]


@pytest.mark.parametrize("text", FOR_A_PARTY)
def test_silver_cufflinks_are_never_said_missing_for_a_party(chat, extractor, text):
    turn = say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", text)
    shown = turn.shown

    assert "I have no" not in shown and "Nothing in stock" not in shown, shown
    assert [line for line in listed(shown) if any(title in line for title in SILVER)], shown
    first = listed(shown)[0]
    assert any(title in first for title in SILVER), shown  # the silver ones lead


@pytest.mark.parametrize("text", FOR_A_PARTY[:5])
@pytest.mark.parametrize("cheaper", ["anything undr 50", "anything under $50?", "under 50 pls"])
def test_under_a_budget_the_no_is_about_the_budget(chat, extractor, text, cheaper):
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", text)

    turn = say_and_keep(chat, extractor, ActionSearchProducts(), "refine_search", cheaper)
    shown = turn.shown

    no = [line for line in shown.splitlines() if line.startswith("I have no")]
    assert no and "party" not in no[0] and "$50" in no[0], shown
    assert listed(shown), shown  # the closest still shown
