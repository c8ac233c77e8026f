"""Which of those on screen is the cheapest, when two or more share the lowest price (stranger test
85, docs/nlu/stranger-test-85.md, B2): "which of them is the cheapest, and does it come in green?"
under two dresses at $109 answered only the green one, as if it were the cheapest. Now the tie is
said first ("Both are $109.00"), then the rest of the answer; no one of them is called the
cheapest."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions import cheaper_replies
from actions.conversation import ShownResults, resolve_product
from commerce.products import product_details
from shop_nlu.cheaper_of_those import asks_which_is_cheaper


@dataclass(frozen=True)
class CheapestTie:
    """The products on screen that share the lowest price, and how many are on screen."""

    titles: tuple[str, ...]
    price: Decimal
    shown: int

    @property
    def text(self) -> str:
        return cheaper_replies.cheapest_tie_text(list(self.titles), self.price, self.shown)


def cheapest_tie(session: Session, handles: list[str]) -> CheapestTie | None:
    """The products of `handles` at the lowest price of them, when two or more are; else None."""
    on_screen = [details for h in handles if (details := product_details(session, h))]
    if len(on_screen) < 2:
        return None
    lowest = min(details.price_from for details in on_screen)
    tied = tuple(details.title for details in on_screen if details.price_from == lowest)
    return CheapestTie(tied, lowest, len(on_screen)) if len(tied) > 1 else None


def cheapest_tie_asked(tracker: Tracker, session: Session) -> CheapestTie | None:
    """The tie at the lowest price on screen, when the latest message asks which is cheapest."""
    if not asks_which_is_cheaper(tracker.latest_message.get("text") or ""):
        return None
    return cheapest_tie(session, ShownResults.from_tracker(tracker).handles)


def say_a_cheapest_tie(
    dispatcher: CollectingDispatcher, tracker: Tracker, session: Session
) -> None:
    """Before the answer (`ShopAction.before_answer`): the tie, when the message asks which is
    cheapest and something else it says ("in green") picks the one answered about. Nothing when
    the price alone picks: the answer asks which of the tied is meant, saying the tie itself
    (`ask_which_one`)."""
    tie = cheapest_tie_asked(tracker, session)
    if tie is not None and resolve_product(tracker, session).tied_at is None:
        dispatcher.utter_message(text=tie.text)
