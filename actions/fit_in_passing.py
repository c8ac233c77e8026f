"""How the products listed fit, asked in passing in a search: "low block heels in nude, US 7.5,
my feet swell in the heat so if they run small tell me" (stranger test 80, docs/nlu/
stranger-test-80.md, B4) got the heels and no word on fit. Under the list, what the catalog says
of each one's fit ("a true-to-size fit"), or that it says nothing, with who can tell. Which words
ask it: shop_nlu/fit_questions.py `asks_how_they_run`."""

from __future__ import annotations

from sqlalchemy.orm import Session

from actions import product_replies
from actions.reach_a_person import contact_details
from commerce.config import load_settings
from commerce.product_facts import product_fact
from shop_nlu.fit_questions import asks_how_they_run

# The catalog's fit words are found by this question ("true to size", "runs small", "size up").
_FIT_QUESTION = "does it run small or large, true to size?"
# Enough for the top of a list; a longer list keeps its fit for a question of its own.
_AT_MOST = 3


def tell_fit_asked_in_passing(dispatcher, session: Session, text: str, handles: list[str]) -> None:
    """Under a list: what the catalog says of the fit of its first products, when `text` asks
    whether they run small or big; nothing otherwise."""
    if not handles or not asks_how_they_run(text):
        return
    facts = [
        fact
        for handle in handles[:_AT_MOST]
        if (fact := product_fact(session, handle, _FIT_QUESTION)) is not None
    ]
    if facts:
        contact = contact_details(load_settings())
        dispatcher.utter_message(text=product_replies.facts_across_text(facts, contact))
