"""Purchases waiting for a choice, asked one at a time (stranger test 73, docs/nlu/stranger-test-73.md,
worst problem 1): "add the dress and those boots" asks which dress first, says the boots come
next, and asks their colour once the dress is chosen; a colour said then ("burgundy please, to
match the dress") answers the boots' question; and a checkout while one still waits says which,
instead of going ahead without it. The questions put off ride in the metadata of the question
asked (`QUESTIONS_NEXT`, actions/conversation/screen.py), where `questions_waiting` finds them."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet

from actions.base import Events
from actions.checkout_slots import CHECKOUT_FROM_CART, CHECKOUT_QUANTITY, CHECKOUT_VARIANT
from actions.conversation import (
    QUESTIONS_NEXT,
    purchase_asked,
    questions_put_off,
    questions_waiting,
)
from actions.variant_waiting_replies import (
    asked_next_text,
    check_out_without_button,
    checkout_held_text,
    checkout_without_text,
    way_out_buttons,
)
from actions.waiting_purchases import waiting_described
from commerce.cart import cart_items
from commerce.products import product_details

Question = tuple[str, list[str], list[dict]]


def ask_one_at_a_time(
    dispatcher, session, start: int, kinds: list[str], kind_of: dict[str, str]
) -> None:
    """Of the purchase questions said since message `start`, only the first is asked, in the
    order the kinds were said (`kind_of` each product: the kind it was named by); the others are
    said to come next ("the Heather Chelsea Boot", "the bow ties") and put off, kept with the
    question asked."""
    said = dispatcher.messages[start:]
    asked = [(m, purchase_asked(m.get("text") or "", m.get("buttons") or [])) for m in said]
    asked = [(m, handles) for m, handles in asked if handles]
    if len(asked) < 2:
        return
    # "Which shirt do you mean?" before "Which size of the suit?": what is meant comes first (a
    # "collar 16" then answers the shirts, stranger test 9); else in the order the kinds were said.
    order = {kind: at for at, kind in enumerate(kinds)}
    asked.sort(
        key=lambda one: (
            len(one[1]) == 1,
            min(order.get(kind_of.get(h, ""), len(kinds)) for h in one[1]),
        )
    )
    del dispatcher.messages[start:]
    dispatcher.messages.extend(m for m in said if all(m is not q for q, _ in asked))
    names = []
    for _, handles in asked[1:]:
        details = product_details(session, handles[0]) if len(handles) == 1 else None
        names.append(f"the {details.title if details else kind_of.get(handles[0], 'rest')}")
    dispatcher.utter_message(text=asked_next_text(names))
    _ask(dispatcher, [(m["text"], handles, m["buttons"]) for m, handles in asked])


def _ask(dispatcher, questions: list[Question], **more) -> None:
    """The first question asked, with its buttons; the rest put off until it is answered."""
    (text, _, buttons), later = questions[0], questions[1:]
    put_off = [{"text": question, "buttons": asked_with} for question, _, asked_with in later]
    dispatcher.utter_message(
        text=text, buttons=buttons, **({QUESTIONS_NEXT: put_off} if put_off else {}), **more
    )


def _in_cart(tracker: Tracker, session) -> set[str]:
    return {item.variant.product.handle for item in cart_items(session, tracker.sender_id)}


def ask_next_put_off(dispatcher, tracker: Tracker, session) -> None:
    """After an answer to a question that put others off ("Vivienne Velvet Dress" tapped): the
    next of them asked ("Which colour of the Heather Chelsea Boot?"), or, when the reply asks
    something itself, kept with that question for later; none whose product is in the cart."""
    in_cart = _in_cart(tracker, session)
    later = [q for q in questions_put_off(tracker) if not in_cart & set(q[1])]
    if not later:
        return
    last = dispatcher.messages[-1] if dispatcher.messages else {}
    if purchase_asked(last.get("text") or "", last.get("buttons") or []):
        kept = [{"text": question, "buttons": buttons} for question, _, buttons in later]
        last[QUESTIONS_NEXT] = [*(last.get(QUESTIONS_NEXT) or []), *kept]
        return
    if all(b.get("payload") in _CART_PAYLOADS for b in last.get("buttons") or []):
        last["buttons"] = []  # "Added ...": its Check out button only once the boots are chosen
    _ask(dispatcher, later)


# The buttons under "Added ... to your cart" (actions/adding.py).
_CART_PAYLOADS = ("/checkout", "/view_cart")


# Kept with the question asked when a checkout was held back (the products it waited for): a
# checkout asked again while one of them still waits goes ahead, even after her name or email
# came between (stranger test 77, B6-B8: never the same reply to the same request).
_HELD = "checkout_held"


def _held_before(tracker: Tracker, waiting: set[str]) -> bool:
    """Whether the bot held a checkout back in this chat for one of the products `waiting`."""
    for event in tracker.events_after_latest_restart():
        held = (event.get("metadata") or {}).get(_HELD) if event.get("event") == "bot" else None
        if isinstance(held, list) and waiting & set(held):
            return True
    return False


def _kind_of(session, handles: list[str]) -> str:
    """The kind a pick of several is among ("ties"), or "" when they are of several kinds."""
    kinds = {d.product_type for h in handles if (d := product_details(session, h)) is not None}
    return kinds.pop() if len(kinds) == 1 else ""


def hold_checkout_for_waiting(dispatcher, tracker: Tracker, session) -> Events | None:
    """ "Let's check out" while a purchase still waits for its choice (the boots' colour) and
    isn't in the cart: which waits, and its question asked again, instead of a silent checkout
    of the rest; "check out" said again goes ahead without it. None when nothing waits."""
    in_cart = _in_cart(tracker, session)
    waiting = [q for q in questions_waiting(tracker) if not in_cart & set(q[1])]
    held = [handle for _, each, _ in waiting for handle in each]
    if not waiting or not in_cart:
        return None
    picks: dict[str, str] = {}  # the purchases waiting whose product is known: their titles
    for _, handles, _ in waiting:
        if len(handles) == 1 and (details := product_details(session, handles[0])) is not None:
            picks[details.handle] = details.title
    titles = list(picks.values())
    if _held_before(tracker, set(held)):
        # Asked again: the checkout goes ahead, and says what it leaves out (stranger test 77):
        # a pick of several by its kind, "a tie" (stranger test 78, A6).
        kinds = [_kind_of(session, handles) for _, handles, _ in waiting if len(handles) > 1]
        if titles or kinds:
            dispatcher.utter_message(text=checkout_without_text(titles, kinds))
        return None
    described = waiting_described(
        session, [(question, handles) for question, handles, _ in waiting]
    )
    # Only the ways out it has buttons for (stranger test 78, A6): a pick of several ("which
    # tie?") names no product to drop, so it offers to check out without it alone.
    buttons = way_out_buttons(picks) or [check_out_without_button(len(waiting))]
    text = checkout_held_text(described, drop=bool(picks))
    dispatcher.utter_message(text=text, buttons=buttons)
    _ask(dispatcher, waiting, **{_HELD: held})
    return [
        SlotSet(CHECKOUT_FROM_CART, None),
        SlotSet(CHECKOUT_VARIANT, None),
        SlotSet(CHECKOUT_QUANTITY, None),
    ]
