"""The service-question action: each intent gets its topic's answer from the FAQ file."""

from __future__ import annotations

import shutil

import pytest
import yaml

from actions.service import INTENT_TOPICS, ActionAnswerServiceQuestion
from commerce.faq import DEFAULT_FAQ_PATH, TOPICS
from tests.actions.conversation_driver import DOMAIN, ActionConversation
from tests.conftest import PROJECT_ROOT

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
            "the United States.", "the United States and Canada."
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
    assert set(INTENT_TOPICS.values()) == set(TOPICS)
    assert set(INTENT_TOPICS) <= set(DOMAIN["intents"])
    assert "action_answer_service_question" in DOMAIN["actions"]
