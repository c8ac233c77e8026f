"""How to pay, asked with the total or with a worry about card details in a chat (stranger test
56, docs/nlu/stranger-test-56.md, Priya #6): "What's the total now? And how do I pay — can I use
PayPal or do I need a credit card? I'm a bit nervous about typing card details into a chat." The
ways to pay are the shop owner's words (content/faq.yml); that the chat takes no card details is
the payment link's fact (actions/privacy_replies.py). Which words ask it: shop_nlu/payment_questions.py."""

from __future__ import annotations

from rasa_sdk import Tracker

from actions import payment_method_replies, privacy_replies
from actions.base import Events
from actions.cart_arrival import answer_cart_total_before_ordering
from actions.conversation import latest_intent
from actions.reach_a_person import contact_details
from commerce.config import load_alert_settings, load_handoff_settings, load_settings
from commerce.faq import faq_answer
from commerce.payment_methods import accepted_method, method_name
from commerce.privacy import data_sharing
from shop_nlu.payment_method_names import payment_methods_named
from shop_nlu.payment_questions import (
    asks_how_to_pay,
    pays_with_someone_elses_card,
    worried_about_card_in_chat,
)


def tell_method_named(dispatcher, text: str) -> bool:
    """ "can pay with alipay?": yes or no for each way of paying named, from the shop's own list
    (stranger test 74, A4); False (nothing said) when none is named or the list can't be read."""
    verdicts = {method: accepted_method(method) for method in payment_methods_named(text)}
    if not verdicts or None in verdicts.values():
        return False
    accepted = [method_name(method) for method, taken in verdicts.items() if taken]
    refused = [method_name(method) for method, taken in verdicts.items() if not taken]
    dispatcher.utter_message(text=payment_method_replies.method_verdict_text(accepted, refused))
    return True


def tell_how_to_pay(dispatcher, text: str) -> None:
    """The ways to pay (after a yes or no for a way named), and, to a shopper worried about card
    details in the chat, that it takes none."""
    tell_method_named(dispatcher, text)
    dispatcher.utter_message(text=faq_answer("payment_methods"))
    if worried_about_card_in_chat(text):
        settings = load_settings()
        sharing = data_sharing(settings, load_handoff_settings(), load_alert_settings())
        dispatcher.utter_message(text=privacy_replies.card_details_text(sharing))


def tell_paying_with_someone_elses_card(dispatcher) -> None:
    """ "its my moms card is that ok" (stranger test 57, Kayla #9): where payment happens and the
    ways to pay, as known; whether a card in another person's name is accepted, which nothing the
    shop wrote says, as not known, with who can tell."""
    settings = load_settings()
    sharing = data_sharing(settings, load_handoff_settings(), load_alert_settings())
    dispatcher.utter_message(text=privacy_replies.card_details_text(sharing))
    dispatcher.utter_message(text=faq_answer("payment_methods"))
    dispatcher.utter_message(
        text=privacy_replies.someone_elses_card_text(contact_details(settings))
    )


def answer_total_and_how_to_pay(dispatcher, tracker: Tracker, session) -> Events | None:
    """ "Whats the total now? and how do I pay": the cart's total with shipping and tax (as
    `answer_cart_total_before_ordering`), then how to pay; "can I use PayPal? nervous about card
    details in a chat" heard as the payment question: the ways to pay and that the chat takes no
    card details; "its my moms card is that ok" (heard as gift options, too) as paying with someone
    else's card. Without a word of paying, the total alone, as before; None (nothing said) when
    neither is asked."""
    text = tracker.latest_message.get("text") or ""
    if pays_with_someone_elses_card(text):  # "its my moms card is that ok": not a gift card
        tell_paying_with_someone_elses_card(dispatcher)
        return []
    told = answer_cart_total_before_ordering(dispatcher, tracker, session)
    # "alipay ok?" asked as the payment question: a way of paying named is asked about.
    named = latest_intent(tracker) == "ask_payment_methods" and payment_methods_named(text)
    if not (asks_how_to_pay(text) or named):
        return told
    if told is None and not (
        latest_intent(tracker) == "ask_payment_methods" and worried_about_card_in_chat(text)
    ):
        if named:
            tell_method_named(dispatcher, text)  # the yes or no first
        return None  # the payment answer itself, from the FAQ (and a question open asked again)
    tell_how_to_pay(dispatcher, text)
    return told or []
