"""Stranger tests 88 and 89 (docs/nlu/stranger-test-88.md B8, docs/nlu/stranger-test-89.md B8):
a long after-sales message asking for a person whose other half was dropped.

- 88 B8, after a lookup that found nothing: "It's been nearly three weeks, honestly I'm getting
  quite frustrated. Can I get my money back if it never arrives, or could I speak to an actual
  person about it?" got only the person part. Right: a word for the frustration, what the team
  does about a lost parcel (traced, a replacement or a full refund), and the way to a person with
  the contact details once.
- 89 B8 "And if the suit doesn't fit him, can he return it after the prom, or does it have to be
  unworn with the tags on? ... someone I can call?" got only the person part. Right: the return
  policy's condition line (unworn and unwashed, tags on), then the way to a person.
"""

from __future__ import annotations

import pytest

from actions.after_sales import ActionOrderStatus
from actions.handoff import ActionHandOver
from tests.actions.conversation_driver import say, say_and_keep

LOOKUP = (
    "Actually, a separate thing, I ordered loafers for my husband and they haven't turned up. "
    "The order number is HL-3MX8PQ and my email is priya.n@example.com"
)
FRUSTRATED_REFUND_OR_PERSON = [
    "It's been nearly three weeks, honestly I'm getting quite frustrated. Can I get my money back "
    "if it never arrives, or could I speak to an actual person about it?",
    "its been 3 weeks im so frustrated. can i get a refund if it never comes or talk to a human",
    "This is really annoying. If it's lost do I get my money back? I'd like to speak to someone.",
    "fed up now. money back if it never turns up? or let me talk to a real person",
    "Honestly so frustrating!! Can I have a refund if the parcel never arrives, or speak to "
    "someone from your team?",
]
EMAIL = "help@harbourlane.example"
LOST_RULE = "sends a replacement or refunds you in full"


@pytest.mark.parametrize("intent", ["request_human", "complaint"])
@pytest.mark.parametrize("text", FRUSTRATED_REFUND_OR_PERSON)
def test_refund_for_a_lost_parcel_and_a_person_are_both_answered(
    chat, extractor, no_desk, text, intent
):
    """docs/nlu/stranger-test-88.md, B8."""
    say_and_keep(chat, extractor, ActionOrderStatus(), "order_status", LOOKUP)
    turn = say(chat, extractor, ActionHandOver(), intent, text)

    print(turn.shown)
    assert "frustrating" in turn.shown
    assert LOST_RULE in turn.shown  # the lost-parcel refund, not only the person
    assert "can't bring a person" in turn.shown
    assert turn.shown.count(EMAIL) == 1  # the contact details once
    assert turn.shown.index("frustrating") < turn.shown.index(LOST_RULE)


def test_a_calm_refund_or_person_gets_no_word_for_frustration(chat, extractor, no_desk):
    say_and_keep(chat, extractor, ActionOrderStatus(), "order_status", LOOKUP)
    turn = say(chat, extractor, ActionHandOver(), "request_human",
               "Can I get a refund if it never arrives, or speak to someone?")  # fmt: skip

    print(turn.shown)
    assert LOST_RULE in turn.shown
    assert "frustrating" not in turn.shown


CONDITION = "if it's unworn and unwashed, with its tags still on"
RETURN_CONDITION_AND_PERSON = [
    "And if the suit doesn't fit him, can he return it after the prom, or does it have to be "
    "unworn with the tags on? Also, is there someone I can call?",
    "can he return it after wearing it once or does it need tags on? id like to talk to someone",
    "do the tags have to still be on to send it back? can i speak to a person",
    "if its been worn can i still return it? put me through to a human pls",
    "Does it have to be unworn? I'd like to call someone about it.",
]


@pytest.mark.parametrize("text", RETURN_CONDITION_AND_PERSON)
def test_the_return_condition_is_answered_with_a_person(chat, extractor, no_desk, text):
    """docs/nlu/stranger-test-89.md, B8."""
    turn = say(chat, extractor, ActionHandOver(), "request_human", text)

    print(turn.shown)
    assert CONDITION in turn.shown
    assert "can't bring a person" in turn.shown and EMAIL in turn.shown
    assert turn.shown.index(CONDITION) < turn.shown.index("can't bring a person")


@pytest.mark.parametrize(
    "text", ["can i talk to a real person please", "I want to speak with a human about my order"]
)
def test_a_plain_request_for_a_person_gets_no_return_condition(chat, extractor, no_desk, text):
    turn = say(chat, extractor, ActionHandOver(), "request_human", text)

    assert "unworn" not in turn.shown and "frustrating" not in turn.shown
    assert EMAIL in turn.shown
