"""Stranger test 59 (docs/nlu/stranger-test-59.md, persona Margaret, worst problem 1).

At the checkout's name question, "Thank you so much, you've been very patient with an old lady!"
was taken as the name on the parcel (the review read "To Thank you so much, you've been very patient
with an old lady, 14 Elm Street..."). Thanks with praise of the shop or a little self-deprecation is
never a name: the form says you're welcome and asks again; a real name still goes through."""

from __future__ import annotations

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.checkout_details import ValidateCheckoutForm
from tests.actions.conversation_driver import DOMAIN

THANKS = [
    "Thank you so much, you've been very patient with an old lady!",
    "Thanks so much dear, you've been ever so patient with me",
    "bless you dear",
    "thanks love, so kind",
    "you're a star, thank you",
    "Oh thank you, you're an angel, so patient with an old fool",
    "God bless you, you've been lovely",
]


def _shown(dispatcher: CollectingDispatcher) -> str:
    return " ".join(
        DOMAIN["responses"][m["response"]][0]["text"] if m.get("response") else m.get("text") or ""
        for m in dispatcher.messages
    )


@pytest.mark.parametrize("text", THANKS)
def test_thanks_with_praise_is_never_the_name_on_the_parcel(text):
    dispatcher = CollectingDispatcher()

    kept = ValidateCheckoutForm().validate_customer_name(text, dispatcher, None, DOMAIN)

    assert kept == {"customer_name": None}
    shown = _shown(dispatcher)
    assert "doesn't look like" not in shown
    assert "not placed yet" in shown


@pytest.mark.parametrize(
    "name", ["Margaret O'Brien", "Margaret Doyle", "Patience Kind", "Angel Lopez", "Star Jones"]
)
def test_a_real_name_is_still_the_name(name):
    assert ValidateCheckoutForm().validate_customer_name(
        name, CollectingDispatcher(), None, DOMAIN
    ) == {"customer_name": name}
