"""The service-question action: each intent gets its topic's answer from the FAQ file."""

from __future__ import annotations

import shutil
from datetime import date, datetime, timezone

import pytest
import yaml

from actions.delivery_replies import day, needed_by_text
from actions.service import ActionAnswerServiceQuestion
from actions.service_topics import INTENT_TOPICS, TOPICS_BY_WORDS
from commerce.faq import DEFAULT_FAQ_PATH, TOPICS
from shop_nlu.dates import needed_by
from tests.actions.conversation_driver import DOMAIN, ActionConversation
from tests.conftest import PROJECT_ROOT

_THURSDAY = date(2026, 11, 26)
# A phrase only the right topic's answer (in content/faq.yml) contains.
EXPECTED = {
    "ask_shipping": "Express shipping is $14.95",
    "ask_delivery_time": "tracking link",
    "ask_payment_methods": "Discover",
    "ask_return_policy": "within 30 days of delivery",
    "ask_size_guide": "US 10 = EU 43",
    "ask_contact": "+1 555 0100",
    "account_help": "guest checkout",
    "password_help": '"Forgot password?"',
    "payment_problem": "card was declined",
    "complaint": "handles every complaint",
    "newsletter": '"Unsubscribe" link',
    "leave_review": '"Write a review"',
    "ask_gift_options": "don't gift-wrap",
    "ask_discounts": "student discount",
}
# Topics whose answer tells the shopper how to write to a person.
WITH_EMAIL = {"return_policy", "contact", "account", "password", "payment_problem", "complaint",
              "newsletter", "review", "gift_options"}  # fmt: skip


@pytest.fixture
def chat(demo_store_url) -> ActionConversation:
    return ActionConversation()


@pytest.fixture
def faq_copy(tmp_path, monkeypatch):
    """A copy of the shipped FAQ file, set as the one the action reads."""
    path = tmp_path / "faq.yml"
    shutil.copy(DEFAULT_FAQ_PATH, path)
    monkeypatch.setenv("SHOP_FAQ_PATH", str(path))
    return path


@pytest.mark.parametrize("intent", sorted(INTENT_TOPICS))
def test_each_intent_gets_its_topics_answer_with_the_shops_email(chat, monkeypatch, intent):
    monkeypatch.setenv("SHOP_CONTACT_EMAIL", "team@shop.test")

    turn = chat.run(ActionAnswerServiceQuestion(), intent, "a service question")

    assert len(turn.messages) == 1
    assert EXPECTED[intent] in turn.text
    assert "{" not in turn.text
    if INTENT_TOPICS[intent] in WITH_EMAIL:
        assert "team@shop.test" in turn.text
    assert "help@harbourlane.example" not in turn.text
    assert turn.events == []


def test_a_service_question_mid_search_leaves_the_search_alone(chat):
    chat.search(category="loafers", colour="brown")
    before = dict(chat.slots)

    turn = chat.run(
        ActionAnswerServiceQuestion(), "ask_return_policy", "what's your return policy?"
    )
    refined = chat.search(intent="refine_search", size="9")

    assert "30 days" in turn.text and turn.events == []
    assert chat.slots["search_query"] == {**before["search_query"], "size": "9"}
    assert "brown loafers" in refined.text


def test_an_edited_faq_file_is_used_without_a_restart(chat, faq_copy):
    action = ActionAnswerServiceQuestion()
    assert "the United States." in chat.run(action, "ask_shipping").text

    faq_copy.write_text(
        faq_copy.read_text(encoding="utf-8").replace(
            "in {ships_to}.", "in the United States and Canada."
        ),
        encoding="utf-8",
    )

    turn = chat.run(action, "ask_shipping")
    assert "the United States and Canada." in turn.text


def test_a_missing_topic_gets_an_apology_not_a_crash(chat, faq_copy):
    faq = yaml.safe_load(faq_copy.read_text(encoding="utf-8"))
    del faq["complaint"]
    faq_copy.write_text(yaml.safe_dump(faq), encoding="utf-8")

    turn = chat.run(ActionAnswerServiceQuestion(), "complaint", "i want to complain")
    assert turn.responses == ["utter_action_failed"]

    # The other topics still answer.
    assert "$14.95" in chat.run(ActionAnswerServiceQuestion(), "ask_shipping").text


def test_a_broken_faq_file_gets_an_apology(chat, faq_copy):
    faq_copy.write_text("shipping_options: [not closed\n", encoding="utf-8")

    turn = chat.run(ActionAnswerServiceQuestion(), "ask_shipping")

    assert turn.responses == ["utter_action_failed"]


def test_an_intent_without_a_topic_gets_an_apology(chat):
    turn = chat.run(ActionAnswerServiceQuestion(), "search_products")

    assert turn.responses == ["utter_action_failed"]


def test_every_service_intent_has_a_topic_a_rule_and_a_domain_entry():
    nlu = yaml.safe_load((PROJECT_ROOT / "data" / "nlu" / "service.yml").read_text())
    rules = yaml.safe_load((PROJECT_ROOT / "data" / "rules" / "service.yml").read_text())
    trained = {block["intent"] for block in nlu["nlu"]} - {"out_of_scope"}
    ruled = {
        rule["steps"][0]["intent"]
        for rule in rules["rules"]
        if rule["steps"][1] == {"action": "action_answer_service_question"}
    }

    handoff = yaml.safe_load((PROJECT_ROOT / "data" / "rules" / "handoff.yml").read_text())
    handed_over = {
        rule["steps"][0]["intent"]
        for rule in handoff["rules"]
        if "intent" in rule["steps"][0] and rule["steps"][1] == {"action": "action_hand_over"}
    }

    # A complaint goes to a person (data/rules/handoff.yml); its FAQ answer stays for the action.
    assert handed_over & trained == {"complaint"}
    assert trained == ruled | {"complaint"} == set(INTENT_TOPICS) == set(EXPECTED)
    # The privacy topic is the shop owner's part of actions/privacy.py's answer.
    assert set(INTENT_TOPICS.values()) | set(TOPICS_BY_WORDS) | {"privacy"} == set(TOPICS)
    assert set(INTENT_TOPICS) <= set(DOMAIN["intents"])
    assert "action_answer_service_question" in DOMAIN["actions"]


def user_said(*texts: str) -> list[dict]:
    """Earlier turns of the conversation, as the tracker holds them."""
    return [{"event": "user", "text": text} for text in texts]


# Stranger test 6, conversation 3: a present.
def test_a_gift_note_question_is_told_honestly_that_the_order_cannot_carry_one(chat, monkeypatch):
    monkeypatch.setenv("SHOP_CONTACT_EMAIL", "team@shop.test")

    turn = chat.run(ActionAnswerServiceQuestion(), "ask_gift_options", "can i add a note")

    assert "gift note" in turn.text and "can't add one" in turn.text
    assert "gift-receipt" in turn.text
    assert "team@shop.test" in turn.text  # the way to ask a person instead


def test_a_colour_exchange_for_a_gift_says_what_happens_and_who_may_return_it(chat, monkeypatch):
    monkeypatch.setenv("SHOP_RETURN_WINDOW_DAYS", "45")

    turn = chat.run(ActionAnswerServiceQuestion(), "ask_return_policy",
                    "what if it's the wrong colour can she exchange it")  # fmt: skip

    assert "another size or colour" in turn.text
    assert "within 45 days" in turn.text  # the window from its one place, the settings
    assert "The person it was sent to can return or exchange it" in turn.text
    assert "prepaid return label" not in turn.text  # only the part asked about


# Stranger test 6, conversation 2: a late order, then three returns questions in a row.
def test_narrow_returns_questions_get_their_own_part_not_the_same_block_three_times(chat):
    action = ActionAnswerServiceQuestion()

    policy = chat.run(action, "ask_return_policy", "whats ur return policy")
    postage = chat.run(action, "ask_return_policy", "who pays for return shipping")
    refund = chat.run(action, "ask_return_policy", "how long does a refund take to show on my card")

    assert "within 30 days of delivery" in policy.text and "prepaid return label" in policy.text
    assert "another size or colour" in policy.text and "5 business days" in policy.text
    assert "prepaid return label" in postage.text and "within 30 days" not in postage.text
    assert "5 business days" in refund.text and "prepaid return label" not in refund.text
    assert len({policy.text, postage.text, refund.text}) == 3
    assert len(postage.text) < len(policy.text) / 2


def test_a_refund_for_an_order_that_never_came_is_not_answered_with_the_returns_policy(
    chat, monkeypatch
):
    monkeypatch.setenv("SHOP_CONTACT_EMAIL", "team@shop.test")
    earlier = user_said(
        "wheres my order?? its been 2 weeks", "HL-7QK2MX", "jane.doe@gmail.com",
        "this is ridiculous, it was supposed to come last week", "who pays for return shipping",
    )  # fmt: skip

    turn = chat.run(ActionAnswerServiceQuestion(), "ask_return_policy",
                    "can i get a refund to my card", events=earlier)  # fmt: skip

    assert "hasn't reached you" in turn.text and "refund you in full" in turn.text
    assert "you don't need to send anything back" in turn.text
    assert "team@shop.test" in turn.text
    assert "prepaid return label" not in turn.text and "unworn" not in turn.text


def test_a_refund_question_without_a_missing_order_gets_the_refunds_part(chat):
    turn = chat.run(ActionAnswerServiceQuestion(), "ask_return_policy",
                    "can i get a refund to my card", events=user_said("show me brown loafers"))  # fmt: skip

    assert "goes back to the payment method you used" in turn.text
    assert "hasn't reached you" not in turn.text


def test_a_missing_order_offers_a_person_when_the_desk_is_there(chat, monkeypatch):
    monkeypatch.setattr("actions.service.person_reachable", lambda: True)

    turn = chat.run(ActionAnswerServiceQuestion(), "ask_return_policy",
                    "my parcel never arrived, can i get my money back")  # fmt: skip

    assert "hasn't reached you" in turn.text
    assert [button["payload"] for button in turn.buttons] == ["/request_human"]


# Stranger test 7, conversation C: a student on a budget.
def test_any_student_discount_gets_an_honest_answer_and_the_way_to_sale_items(chat):
    turn = chat.run(ActionAnswerServiceQuestion(), "ask_discounts", "any student discount")

    assert "don't have a student discount" in turn.text
    assert "anything on sale?" in turn.text
    assert "Which one do you mean" not in turn.text


def test_by_a_named_day_each_shipping_method_says_whether_it_makes_it(chat):
    saturday = needed_by("saturday", datetime.now(timezone.utc).date())

    turn = chat.run(
        ActionAnswerServiceQuestion(), "ask_delivery_time",
        "will it get here by saturday if i order today",
    )  # fmt: skip

    assert turn.text.startswith(f"Ordered today, for {day(saturday)}:")
    assert "• Express ($14.95): arrives" in turn.text
    assert "• Standard ($5.95, free from $100): arrives" in turn.text
    assert "We deliver on working days only" in turn.text
    assert turn.events == []


def test_nothing_is_promised_for_tonight(chat):
    turn = chat.run(ActionAnswerServiceQuestion(), "ask_shipping", "can i have them tonight")

    assert turn.text.count("too late I'm afraid") == 2
    assert "in time" not in turn.text


def test_a_day_between_first_and_last_is_not_promised():
    text = needed_by_text(date(2026, 11, 28), _THURSDAY)

    assert text.splitlines() == [
        "Ordered today, for Saturday 28 November:",
        "• Standard ($5.95, free from $100): arrives Tuesday 01 December at the earliest, too late "
        "I'm afraid.",
        "• Express ($14.95): arrives between Friday 27 November and Monday 30 November, so it may "
        "make it, but I can't promise it.",
        "We deliver on working days only (Monday to Friday).",
    ]


def test_a_day_after_the_last_is_in_time():
    text = needed_by_text(date(2026, 12, 4), _THURSDAY)

    assert "• Express ($14.95): arrives by Monday 30 November, in time." in text
    assert "• Standard ($5.95, free from $100): arrives by Thursday 03 December, in time." in text
    assert "working days only" not in text
