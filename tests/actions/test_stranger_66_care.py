"""Stranger test 66 (docs/nlu/stranger-test-66.md, persona B Claire, worst problem 5): "what's the
second one made of? And can I just throw it in the washing machine or is it dry clean only?" got
only the material. A care question asked beside another is answered too: the catalog's care words
quoted if any, else that the catalog doesn't say how to care for it (never invented)."""

from __future__ import annotations

import pytest

from actions.discovery import ActionSearchProducts
from actions.product_questions import ActionAnswerProductQuestion
from tests.actions.conversation_driver import say, say_and_keep

CLAIRE_1 = (
    "Hi there! So my mother-in-law got us tickets to the opera next month (first time ever for "
    "me, eek!) and I need a dress that's smart enough for that but that I could also wear to the "
    "office afterwards. I'm usually a size 10, a bit wider in the hips, and I'd like to stay under "
    "$200 if I can. Any ideas?"
)

CLAIRE_2 = (
    "Ooh, what's the second one made of? And can I just throw it in the washing machine or is it "
    "dry clean only? I have two kids, I don't do dry cleaning lol"
)
BESIDE = [
    "what's it made of? And can I just throw it in the washing machine or is it dry clean only?",
    "what fabric is it? can i machine wash it",
    "is it cotton? and is it dry clean only?",
    "whats it made of?? can it go in the washer",
    "What material is this? how do I wash it",
]


@pytest.mark.parametrize("text", BESIDE)
def test_a_care_question_beside_another_is_answered_too(chat, extractor, text):
    chat.slots["current_product"] = "harriet-shirt-dress"
    turn = say(chat, extractor, ActionAnswerProductQuestion(), "ask_product_question", text)

    print(turn.text)
    assert "Crisp cotton poplin" in turn.text  # the material, as before
    assert "I don't know from our catalog how to care for the Harriet Shirt Dress" in turn.text


def test_claires_second_one_gets_its_material_and_its_care(chat, extractor):
    say_and_keep(chat, extractor, ActionSearchProducts(), "search_products", CLAIRE_1)
    turn = say_and_keep(
        chat, extractor, ActionAnswerProductQuestion(), "ask_product_question", CLAIRE_2
    )

    assert "Harriet Shirt Dress" in turn.shown
    assert "how to care for the Harriet Shirt Dress" in turn.shown
