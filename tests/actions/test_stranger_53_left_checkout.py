"""Stranger test 53 (docs/nlu/stranger-test-53.md, persona Linh, worst problem 6): a message asked
for a kind of product at the name prompt left the checkout ("I've left the checkout of the Altus
Leather Low there: nothing is ordered") and searched, but the next turns asked "What name should go
on the parcel?" again.

The search used to run as a follow-up action, after which the policies, finding no rule for it,
fell back; the fallback rewound the turn, and with it the leaving of the checkout. The search now
runs in the same turn and the bot then listens: the checkout stays left."""

from __future__ import annotations

import pytest

from actions.checkout import ActionStartCheckout
from tests.actions.conversation_driver import (
    ActionConversation,
    entity_list,
    said_at_checkout_prompt,
)


@pytest.mark.parametrize(
    ("text", "intent", "entities", "kind"),
    [
        # An exchange of the sandal bought before, not a sandal search (stranger test 61).
        ("actualy my last order the sandal is too big, can change 6.5?", "change_order",
         {"category": "sandals"}, "To exchange your sandals"),
        ("wait do u have sandals", "search_products", {"category": "sandals"}, "Sandal"),
        ("hang on, have you got a brown belt", "search_products",
         {"category": "belts", "colour": "brown"}, "Belt"),
        ("my brother needs a tie for a funeral", "search_products", {"category": "ties"}, "Tie"),
        ("actually show me dresses instead", "change_order", {"category": "dresses"}, "Dress"),
    ],
)  # fmt: skip
def test_leaving_the_checkout_for_a_search_stays_left(demo_store_url, text, intent, entities, kind):
    chat = ActionConversation(sender="linh")
    chat.run(ActionStartCheckout(), "buy",
             entities=entity_list(product_handle="altus-leather-low", size="7", colour="black"))  # fmt: skip
    assert chat.slots.get("checkout_variant") is not None

    turn = said_at_checkout_prompt(chat, "customer_name", text, intent, entity_list(**entities))

    shown, events = turn.text, turn.events
    print(shown)
    assert "nothing is ordered" in shown
    assert kind in shown  # the search's answer, in the same turn
    assert "What name" not in shown
    # Nothing is left for the policies to predict (they fell back, rewinding the leave): the bot
    # listens next, with the checkout's slots cleared and the form inactive.
    followups = [e["name"] for e in events if e["event"] == "followup"]
    assert followups == ["action_listen"]
    assert {"event": "active_loop", "name": None} in [
        {"event": e["event"], "name": e.get("name")} for e in events if e["event"] == "active_loop"
    ]
    cleared = {e["name"] for e in events if e["event"] == "slot" and e["value"] is None}
    assert {"checkout_variant", "customer_name", "requested_slot"} <= cleared
