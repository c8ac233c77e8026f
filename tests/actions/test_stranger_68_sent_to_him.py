"""Stranger test 68 (docs/nlu/stranger-test-68.md, persona Linda, message B7, worst problem 7).

"Can you ship it straight to his house in Ohio instead of mine, and will it get there before next
Friday?" got only the delivery dates. Sending it to someone else's address is answered too: give
their name and address at checkout, in the words the gift answer uses (content/faq.yml)."""

from __future__ import annotations

import pytest

from actions.service import ActionAnswerServiceQuestion
from commerce.faq import faq_answer
from tests.actions.conversation_driver import say, say_and_keep

TO_SOMEONE_ELSE = [
    "Can you ship it straight to his house in Ohio instead of mine, and will it get there before "
    "next Friday?",
    "can u send it directly to my dad's place? will it arrive before friday",
    "Could you deliver it to her address instead, by next Friday?",
    "I want it shipped to my mom in Texas, will it be there before friday?",
    "pls ship to his house not mine, does it get there by next friday",
]
TO_THEMSELVES = [
    "will it get to me before next Friday?",
    "can you ship it to my house by friday?",
    "will it arrive before friday if i order today",
]


@pytest.mark.parametrize("text", TO_SOMEONE_ELSE)
def test_sending_it_to_someone_else_says_how(chat, extractor, text):
    turn = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_delivery_time", text)

    print(turn.shown)
    assert "Ordered today, for " in turn.shown  # the dates, as before
    assert faq_answer("gift_recipient") in turn.shown
    assert "give their name and address at checkout" in turn.shown


@pytest.mark.parametrize("text", TO_THEMSELVES)
def test_sending_it_home_says_only_the_dates(chat, extractor, text):
    turn = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_delivery_time", text)

    assert "Ordered today, for " in turn.shown
    assert "name and address" not in turn.shown


def test_the_gift_answer_still_says_it(chat, extractor):
    turn = say(
        chat, extractor, ActionAnswerServiceQuestion(), "ask_gift_options",
        "Could you also put in a little gift note?",
    )  # fmt: skip

    assert "give their name and address at checkout" in turn.shown
    assert "{" not in turn.shown


GIFT_NOTES = [
    "Could you also put in a little gift note saying happy retirement from all of us?",
    "can u add a gift note?",
    "is gift wrapping possible? and a card with a message",
    "Could you include a gift message in the parcel",
    "can you put a note in the box for him",
]


@pytest.mark.parametrize("text", GIFT_NOTES)
def test_the_gift_answer_right_after_says_it_only_once(chat, extractor, text):
    """docs/nlu/stranger-test-68.md, messages B7 then B8: the gift-note answer repeated "give
    their name and address at checkout", said in the reply just before."""
    say_and_keep(chat, extractor, ActionAnswerServiceQuestion(), "ask_delivery_time",
                 TO_SOMEONE_ELSE[0])  # fmt: skip
    turn = say(chat, extractor, ActionAnswerServiceQuestion(), "ask_gift_options", text)

    print(turn.shown)
    assert "gift note" in turn.shown
    assert "name and address" not in turn.shown
    assert "  " not in turn.shown
