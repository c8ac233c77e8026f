"""docs/nlu/stranger-test-95.md, B9-B10 (worst problem 6, and the question of worst problem 1):
with "Send order HL-FTAQ9E to 7 Beacon Court, 02115 Boston instead of 31 Elm Street, 02134
Boston?" [Yes, change it] [No, keep it] waiting, "Thank you so much, you've been a lifesaver. Is it
still going express to the new address?" got "Sorry, I'm not sure I understood", and the change
was left unconfirmed.

Right: the thanks is answered, "is it still going express?" is answered from the order (No: it
goes by Standard, and when it arrives), and the address question is asked again with its buttons,
so a yes still changes it; thanks alone at that question gets the question again, not a rating."""

from __future__ import annotations

import pytest

from actions.after_sales import ActionSaveOrderAddress
from actions.feedback import ActionAskFeedback
from actions.order_address import ActionCheckOrderAddress
from actions.understanding import ActionClarify
from tests.actions.conversation_driver import keep_bot_messages, say
from tests.actions.test_stranger_95_express_kept import _placed_standard

NEW_ADDRESS = "7 Beacon Court, 02115 Boston"


def asked_again(turn) -> bool:
    """Whether the turn asks the address question again next (its follow-up action)."""
    return any(
        e.get("event") == "followup" and e.get("name") == "action_check_order_address"
        for e in turn.events
    )


THANKS_AND_STILL_EXPRESS = [
    "Thank you so much, you've been a lifesaver. Is it still going express to the new address?",
    "thanks so much!! is it still going express?",
    "Thank you, lifesaver. It's still being sent express, right?",
    "ty!! its still going express right?",
    "Thanks a lot. Will it still be express shipping to the new place?",
]
THANKS_ALONE = [
    "Thank you so much, you've been a lifesaver.",
    "thanks!!",
    "ty so much",
    "cheers, ur a star",
    "Thank you, that's brilliant",
]


def _new_address_waiting(chat, extractor) -> str:
    """B8-B9: the order placed with Standard, and its new address asked back; its number."""
    number = _placed_standard(chat, extractor)
    chat.slots["new_address"] = NEW_ADDRESS
    asked = keep_bot_messages(chat, chat.run(ActionCheckOrderAddress(), "change_order_address"))
    assert f"Send order {number} to {NEW_ADDRESS} instead of" in asked.shown, asked.shown
    return number


def _asked_again_and_yes(chat, number: str) -> None:
    """The address question asked again with its buttons (the follow-up), then the yes saves it."""
    again = keep_bot_messages(chat, chat.run(ActionCheckOrderAddress(), "thank"))
    assert f"Send order {number} to {NEW_ADDRESS}" in again.shown, again.shown
    assert [b["title"] for b in again.buttons] == ["Yes, change it", "No, keep it"]
    saved = chat.run(ActionSaveOrderAddress(), "affirm", "/affirm")
    assert f"Done: order {number} will go to {NEW_ADDRESS}" in saved.shown, saved.shown


@pytest.mark.parametrize("text", THANKS_AND_STILL_EXPRESS)
def test_b10_thanks_and_the_express_question_are_answered_and_the_change_asked_again(
    chat, extractor, text
):
    number = _new_address_waiting(chat, extractor)

    turn = say(chat, extractor, ActionClarify(), "nlu_fallback", text)

    shown = turn.shown
    assert "not sure I understood" not in shown, shown
    assert shown.startswith("You're welcome!"), shown
    assert f"No: order {number} goes by Standard shipping" in shown, shown
    assert asked_again(turn), turn.events
    _asked_again_and_yes(chat, number)


@pytest.mark.parametrize("text", THANKS_ALONE)
def test_thanks_alone_at_the_address_question_gets_it_again(chat, extractor, text):
    number = _new_address_waiting(chat, extractor)

    unsure = say(chat, extractor, ActionClarify(), "nlu_fallback", text)
    assert unsure.shown.startswith("You're welcome!"), unsure.shown
    assert "not sure I understood" not in unsure.shown, unsure.shown
    assert asked_again(unsure), unsure.events

    # Heard as thanks: "You're welcome! ..." (the rule's response), then the question, no rating.
    thanked = say(chat, extractor, ActionAskFeedback(), "thank", text)
    assert asked_again(thanked) and not thanked.buttons, thanked.messages
    _asked_again_and_yes(chat, number)


def test_thanks_with_no_address_waiting_still_asks_for_a_rating(chat, extractor):
    _placed_standard(chat, extractor)

    thanked = say(chat, extractor, ActionAskFeedback(), "thank", "thanks!!")

    assert not asked_again(thanked), thanked.events
