"""Stranger test 8 (docs/nlu/stranger-test-8.md), conversations 2 and 5, through the actions:

- a damaged, faulty or wrong item gets the shop's own answer (content/faq.yml) and a button to
  start the return here; a second complaint in the conversation a short apology and the way
  forward, not the contact block again;
- "swap them for the right colour" gets the exchanges answer, not a refund;
- "Notify me" only where an alert can reach the shopper, and "when is it restocked?" an honest
  "I don't know" instead of shipping times;
- "never mind ... bye" while the bot's question is open is a goodbye, not "nothing is in progress".
"""

from __future__ import annotations

import pytest

from actions.after_sales import ActionReturnOrder
from actions.alerts import ActionCheckAlerts
from actions.checkout import ActionStopCheckout
from actions.discovery import ActionCheckAvailability
from actions.handoff import ActionHandOver
from actions.service import ActionAnswerServiceQuestion
from commerce.faq import faq_answer
from tests.actions.conversation_driver import ActionConversation, Turn, say

EMAIL = "team@shop.test"
START_A_RETURN = {"title": "Start a return", "payload": "/return_order"}
TALK = {"title": "Talk to a person", "payload": "/request_human"}


@pytest.fixture
def no_desk(demo_store_url, monkeypatch):
    monkeypatch.setenv("SHOP_CONTACT_EMAIL", EMAIL)
    for name in ("SHOP_AGENT_SLACK_CHANNEL", "SHOP_AGENT_SLACK_BOT_TOKEN"):
        monkeypatch.delenv(name, raising=False)


def _said(*lines: tuple[str, str]) -> list[dict]:
    """Earlier turns as the tracker holds them: ("user", text) or ("bot", text)."""
    return [{"event": who, "text": text} for who, text in lines]


def _complain(text: str, before: list[dict] = ()) -> Turn:
    events = [*before, {"event": "user", "text": text, "input_channel": "rest"}]
    return ActionConversation(sender="mark").run(ActionHandOver(), "complaint", text, events=events)


# -- A damaged, faulty or wrong item -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "hi my order came today and the box was completely crushed",
        "one of the shoes has a big scuff on the toe, not happy tbh",
        "also they sent me brown when i ordered black??",
        "the heel snapped off the first time i wore them",
        "theres a massive stain on the dress you sent",
        "you sent me the wrong size, it says 9 on the box",
        "the strap on my bag came off after a day, really poor",
    ],
)
def test_a_damaged_or_wrong_item_gets_what_the_shop_does_and_a_return_button(no_desk, text):
    turn = _complain(text)

    assert "prepaid return label" in turn.text and "refund" in turn.text
    assert "replacement" in turn.text and EMAIL in turn.text
    assert turn.buttons == [START_A_RETURN]
    assert "can't bring a person" not in turn.text
    assert turn.events == []  # nothing paused, nothing handed over


def test_the_item_answer_is_the_shop_owners_faq_entry(no_desk):
    turn = _complain("my shoes arrived damaged")

    assert turn.text == faq_answer("damaged_or_wrong_items")


def test_a_second_item_problem_gets_a_short_apology_and_the_way_forward(no_desk):
    first = _complain("hi my order came today and the box was completely crushed")

    again = _complain(
        "also they sent me brown when i ordered black??",
        _said(("user", "hi my order came today and the box was completely crushed"),
              ("bot", first.text)),
    )  # fmt: skip

    assert again.responses == ["utter_item_problem_again"]
    assert again.buttons == [START_A_RETURN]
    assert "prepaid return label" not in again.text and EMAIL not in again.text


def test_a_later_complaint_after_an_item_problem_does_not_repeat_the_contact_block(no_desk):
    first = _complain("one of the shoes has a big scuff on the toe")

    later = _complain(
        "this is the second time this has happened honestly",
        _said(("user", "one of the shoes has a big scuff on the toe"), ("bot", first.text)),
    )

    assert later.responses == ["utter_complaint_again_return"]
    assert later.buttons == [START_A_RETURN]
    assert EMAIL not in later.text


def test_a_second_complaint_without_an_item_gets_a_short_apology(no_desk):
    first = _complain("your service is a joke")
    assert EMAIL in first.text  # the contact details, the first time

    again = _complain(
        "honestly this is terrible, nobody ever answers",
        _said(("user", "your service is a joke"), ("bot", first.text)),
    )

    assert again.responses == ["utter_complaint_again"]
    assert EMAIL not in again.text


def test_a_parcel_that_never_came_is_not_a_damaged_item(no_desk):
    turn = _complain("my parcel never arrived and the tracking link is broken")

    assert "prepaid return label" not in turn.text
    assert EMAIL in turn.text


def test_with_the_agents_desk_a_damaged_item_also_offers_a_person(demo_store_url, monkeypatch):
    monkeypatch.setenv("SHOP_AGENT_SLACK_CHANNEL", "C0AGENTS")
    monkeypatch.setenv("SHOP_AGENT_SLACK_BOT_TOKEN", "xoxb-agents")

    turn = _complain("the zip broke the first time i wore the dress")

    assert "prepaid return label" in turn.text
    assert turn.buttons == [START_A_RETURN, TALK]
    assert turn.events == []


# -- Exchanges ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "can i just swap them for the right colour",
        "can i exchange these for a size 9",
        "swap em for the black ones pls",
        "i'd like to switch them for a bigger size",
        "can i change them for the colour i actually ordered",
        "can i trade these in for a smaller pair",
        "i'd rather exchange them than get a refund",
        "can i send them back and get the right size",
    ],
)
def test_a_swap_gets_the_exchanges_answer_not_a_refund(demo_store_url, extractor, text):
    chat = ActionConversation()

    turn = say(chat, extractor, ActionReturnOrder(), "return_order", text)

    assert "another size or colour" in turn.text
    assert turn.responses == []  # not "give me the order number" for a refund
    assert "back once it reaches us" not in turn.text
    assert turn.events == []


@pytest.mark.parametrize(
    "text",
    ["i dont want a swap, just a refund", "can i get my money back instead of an exchange",
     "wrong colour, refund please"],
)  # fmt: skip
def test_a_refund_instead_of_a_swap_is_still_a_return(demo_store_url, extractor, text):
    chat = ActionConversation()

    turn = say(chat, extractor, ActionReturnOrder(), "return_order", text)

    assert "another size or colour" not in turn.text
    assert turn.responses == ["utter_ask_order_number_and_email"]


# -- Alerts: Notify me where one can be sent, and "when is it restocked?" ----------------------

SOLD_OUT_8 = "do you have the windsor patent oxford in a size 8"


def _on(channel: str) -> ActionConversation:
    return ActionConversation(sender=f"shopper-{channel}")


def _ask(chat, extractor, action, intent: str, text: str, channel: str) -> Turn:
    """Like `say`, on an input channel (the latest user event carries it, as Rasa's does)."""
    entities = [
        {"entity": e.entity, "value": e.value, **({"role": e.role} if e.role else {})}
        for e in extractor.extract(text)
    ]
    event = {"event": "user", "text": text, "input_channel": channel}
    return chat.run(action, intent, text, entities, events=[event])


def test_on_the_rest_channel_a_sold_out_size_offers_no_notify_me(demo_store_url, extractor):
    chat = _on("rest")

    turn = _ask(chat, extractor, ActionCheckAvailability(), "check_availability", SOLD_OUT_8,
                "rest")  # fmt: skip

    assert "sold out in size 8" in turn.text
    assert "Notify me" not in [button["title"] for button in turn.buttons]


def test_in_the_web_chat_a_sold_out_size_offers_notify_me(demo_store_url, extractor):
    chat = _on("socketio")

    turn = _ask(chat, extractor, ActionCheckAvailability(), "check_availability", SOLD_OUT_8,
                "socketio")  # fmt: skip

    assert "Notify me" in [button["title"] for button in turn.buttons]


@pytest.mark.parametrize(
    ("intent", "text"),
    [
        ("ask_delivery_time", "how long does restock usually take"),
        ("ask_delivery_time", "how long till you restock?"),
        ("check_availability", "when will it be back in stock"),
        ("check_availability", "any idea when the 8s are getting restocked"),
        ("check_availability", "will you be getting more in soon?"),
        ("check_availability", "when do you expect new stock?"),
        ("check_availability", "how often do you restock"),
    ],
)
@pytest.mark.parametrize("channel", ["rest", "socketio"])
def test_when_is_it_restocked_is_an_honest_i_dont_know(
    demo_store_url, extractor, intent, text, channel
):
    chat = _on(channel)
    _ask(chat, extractor, ActionCheckAvailability(), "check_availability", SOLD_OUT_8, channel)
    if intent == "check_availability":
        action = ActionCheckAvailability()
    else:
        action = ActionAnswerServiceQuestion()

    turn = _ask(chat, extractor, action, intent, text, channel)

    assert "I don't know when the Windsor Patent Oxford in US 8" in turn.text, turn.text
    assert "business days" not in turn.text  # not the shipping times
    titles = [button["title"] for button in turn.buttons]
    if channel == "socketio":
        assert titles == ["Notify me"] and '"size": "8"' in turn.buttons[0]["payload"]
        assert 'tap "Notify me"' in turn.text
    else:
        assert titles == [] and "can't send alerts on this chat" in turn.text


def test_is_it_back_in_stock_is_still_answered_from_the_stock(demo_store_url, extractor):
    chat = _on("rest")
    _ask(chat, extractor, ActionCheckAvailability(), "check_availability", SOLD_OUT_8, "rest")

    turn = _ask(chat, extractor, ActionCheckAvailability(), "check_availability",
                "is it back in stock in 8 yet?", "rest")  # fmt: skip

    assert "I don't know" not in turn.text and "sold out in size 8" in turn.text


def test_on_the_rest_channel_no_alerts_says_none_can_be_sent_here(demo_store_url):
    event = {"event": "user", "text": "what alerts have i got", "input_channel": "rest"}

    turn = _on("rest").run(ActionCheckAlerts(), "check_alerts", "what alerts have i got",
                           events=[event])  # fmt: skip

    assert "You have no alerts" in turn.text
    assert "Notify me" not in turn.text and "can't send alerts on this chat" in turn.text


# -- "Never mind ... bye" while a question is open -----------------------------------------------

WHICH_SIZE = {
    "event": "bot",
    "text": "Which size of the Savile Plain-Toe Oxford?",
    "data": {"buttons": [{"title": "US 8 / EU 41", "payload": "/buy{}"}]},
}


def _stop(text: str, question: bool = True) -> Turn:
    events = [{"event": "user", "text": "buy it"}] + ([WHICH_SIZE] if question else [])
    events.append({"event": "user", "text": text})
    return ActionConversation().run(ActionStopCheckout(), "stop", text, events=events)


@pytest.mark.parametrize(
    "text",
    ["never mind, i'll think about it. bye", "nah forget it, bye", "no thanks, cya",
     "actually leave it, see you later", "ok never mind. goodbye"],
)  # fmt: skip
def test_never_mind_and_bye_to_an_open_question_is_a_goodbye(demo_store_url, text):
    turn = _stop(text)

    assert turn.responses == ["utter_goodbye"]


@pytest.mark.parametrize("text", ["never mind", "forget it", "nah leave it", "actually no"])
def test_never_mind_to_an_open_question_drops_it(demo_store_url, text):
    turn = _stop(text)

    assert turn.responses == ["utter_left_it_there"]


def test_never_mind_with_nothing_asked_still_says_nothing_is_in_progress(demo_store_url):
    assert _stop("never mind", question=False).responses == ["utter_nothing_to_stop"]


@pytest.mark.parametrize("intent", ["goodbye", "stop"])
def test_never_mind_and_bye_during_checkout_stops_it_and_says_goodbye(demo_store_url, intent):
    text = "never mind, i'll think about it. bye"
    chat = ActionConversation(slots={"checkout_variant": "ALD-SAV-BLK-8"})

    turn = chat.run(ActionStopCheckout(), intent, text)

    assert turn.responses == ["utter_checkout_stopped_bye"]
    assert chat.slots["checkout_variant"] is None
