"""Run shop actions the way the action server does, turn after turn, with real rasa-sdk objects."""

from __future__ import annotations

import asyncio
import csv
import re
from dataclasses import dataclass, field
from decimal import Decimal

import yaml
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import select, update

from actions.checkout import ActionPlaceOrder, ActionRememberDetails, ActionStartCheckout
from actions.checkout_details import ValidateCheckoutForm
from actions.discovery import ActionSearchProducts
from actions.picking import ActionCheckAvailability, ActionSelectProduct
from actions.product_questions import ActionAnswerProductQuestion
from commerce.db import get_engine, session_scope
from commerce.models import Product, Variant
from commerce.profiles import known_sizes
from shop_nlu.resolution import resolve_intent
from tests.conftest import PROJECT_ROOT

DOMAIN = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text())


@dataclass
class Turn:
    messages: list[dict]
    events: list[dict]

    @property
    def text(self) -> str:
        return "\n".join(message.get("text") or "" for message in self.messages)

    @property
    def shown(self) -> str:
        """What the shopper reads: domain responses filled in with the values the action passed."""
        return "\n".join(
            DOMAIN["responses"][m["response"]][0]["text"].format(**m) if m.get("response")
            else m.get("text") or ""
            for m in self.messages
        )  # fmt: skip

    @property
    def responses(self) -> list[str]:
        return [message["response"] for message in self.messages if message.get("response")]

    @property
    def buttons(self) -> list[dict]:
        return [button for message in self.messages for button in message.get("buttons") or []]


@dataclass
class ActionConversation:
    """Keeps slots between turns the way Rasa would after each action's SlotSet events."""

    slots: dict = field(default_factory=dict)
    sender: str = "shopper"
    # Rasa sends the action server every event of the conversation; with keep_events the slot
    # events of earlier turns are sent too, for actions that look back ("the shirt" two lists ago).
    keep_events: bool = False
    # With keep_messages, the shopper's messages join the events too (as Rasa sends them, the
    # latest one included), for actions that look back at what was said ("a small?", then "add it").
    keep_messages: bool = False
    history: list[dict] = field(default_factory=list)

    def run(
        self,
        action,
        intent: str,
        text: str = "",
        entities: list[dict] | None = None,
        ranking: list[dict] | None = None,
        events: list[dict] | None = None,
    ) -> Turn:
        if self.keep_messages:
            self.history.append(
                {"event": "user", "text": text,
                 "parse_data": {"intent": {"name": intent}, "entities": entities or []}}
            )  # fmt: skip
        tracker = Tracker(
            sender_id=self.sender,
            slots=dict(self.slots),
            latest_message={
                "text": text,
                "intent": {"name": intent, "confidence": 1.0},
                "entities": entities or [],
                "intent_ranking": ranking or [],
            },
            events=[*self.history, *(events or [])],
            paused=False,
            followup_action=None,
            active_loop={},
            latest_action_name="action_listen",
        )
        dispatcher = CollectingDispatcher()
        events = action.run(dispatcher, tracker, DOMAIN)
        if asyncio.iscoroutine(events):  # an async action (the hand-over)
            events = asyncio.run(events)
        assert_no_none_said(dispatcher.messages)
        for event in events:
            if event.get("event") == "slot":
                self.slots[event["name"]] = event["value"]
        if self.keep_events or self.keep_messages:
            self.history.extend(event for event in events if event.get("event") == "slot")
        return Turn(dispatcher.messages, events)

    def search(self, intent: str = "search_products", **entities) -> Turn:
        return self.run(ActionSearchProducts(), intent, entities=entity_list(**entities))


def buy_and_be_remembered(sender: str, details: dict) -> ActionConversation:
    """A shopper who bought the Windsor Patent Oxford in 10 with `details` (the checkout's
    customer_* slots) and said yes to having them remembered."""
    chat = ActionConversation(sender=sender)
    chat.run(ActionStartCheckout(), "buy",
             entities=entity_list(product_handle="windsor-patent-oxford", size="10"))  # fmt: skip
    chat.slots.update(details)
    chat.run(ActionPlaceOrder(), "place_order")
    chat.run(ActionRememberDetails(), "affirm")
    return chat


def said_at_checkout_prompt(
    chat: ActionConversation,
    asked: str,
    text: str,
    intent: str,
    entities=(),
    *,
    taken: bool = True,
    action=None,
) -> Turn:
    """`text` typed in `chat` (its checkout started) when the checkout form asked for `asked`
    (customer_name, customer_email or customer_address), heard as `intent`, as Rasa hands it to the
    form's validation: taken as that detail by the slot's mapping, or (`taken=False`) not, when the
    classifier heard a question the mapping leaves to the rules ("where are you located?"). The
    validation's turn, or that of `action` run during the form instead (the rules' answer to a
    question); `chat` is left as it was."""
    events = [{"event": "user", "text": text, "parse_data": {"intent": {"name": intent}}}]
    if taken:
        events.append({"event": "slot", "name": asked, "value": text})
    tracker = Tracker(
        sender_id=chat.sender,
        slots={**chat.slots, "requested_slot": asked, asked: text if taken else None},
        latest_message={"text": text, "intent": {"name": intent, "confidence": 1.0},
                        "entities": list(entities), "intent_ranking": []},
        events=events,
        paused=False,
        followup_action=None,
        active_loop={"name": "checkout_form"},
        latest_action_name="action_listen",
    )  # fmt: skip
    dispatcher = CollectingDispatcher()
    events = (action or ValidateCheckoutForm()).run(dispatcher, tracker, DOMAIN)
    if asyncio.iscoroutine(events):
        events = asyncio.run(events)
    return Turn(dispatcher.messages, events)


# "Let's start with the None" (stranger test 89, B4): a missing value written into a reply.
# "None of the ties shown is pink" is English.
_NONE_SAID = re.compile(r"\bNone\b(?!\s+of\b)")


def assert_no_none_said(messages: list[dict]) -> None:
    """Every action test checks that no reply says "None" (or "the None" in a button)."""
    for message in messages:
        said = [
            message.get("text") or "",
            *(b.get("title") or "" for b in message.get("buttons") or []),
        ]
        leaked = [text for text in said if _NONE_SAID.search(text)]
        assert not leaked, f"a reply says None: {leaked}"


def entity_list(**entities) -> list[dict]:
    """entity_list(colour="black", occasion=["formal", "black-tie"]) -> Rasa entity dicts."""
    found = []
    for name, values in entities.items():
        for value in values if isinstance(values, list) else [values]:
            found.append({"entity": name, "value": value})
    return found


def say(chat: ActionConversation, extractor, action, intent: str, text: str):
    """Run `action` on `text` with the entities the shop's extractor finds in it (roles too)."""
    entities = [
        {"entity": e.entity, "value": e.value, "start": e.start, "end": e.end,
         **({"role": e.role} if e.role else {})}
        for e in extractor.extract(text)
    ]  # fmt: skip
    return chat.run(action, intent, text, entities)


# What a question about one product on screen may be heard as, and the action each runs
# (`say_as_heard`): a search, a look at one, its stock, or a question about it.
QUESTION_OF_ONE_ACTIONS = {
    "search_products": ActionSearchProducts,
    "refine_search": ActionSearchProducts,
    "check_availability": ActionCheckAvailability,
    "select_product": ActionSelectProduct,
    "ask_product_question": ActionAnswerProductQuestion,
}


def say_as_heard(
    chat: ActionConversation,
    extractor,
    actions: dict,
    heard: str,
    text: str,
    *,
    confidence: float = 0.4,
    keep: bool = False,
):
    """A message the classifier heard as `heard` (at `confidence`), read on by the intent
    resolver as the assistant reads it, and run by that intent's action in `actions`; `keep`
    keeps the bot's messages in the tracker (`say_and_keep`)."""
    resolution = resolve_intent(heard, confidence, extractor.extract(text), text, None)
    intent = resolution.intent if resolution is not None else heard
    assert intent in actions, (heard, intent)
    return (say_and_keep if keep else say)(chat, extractor, actions[intent](), intent, text)


def say_and_keep(chat: ActionConversation, extractor, action, intent: str, text: str):
    """`say`, and the bot's messages kept in the conversation (with their buttons), as Rasa's
    tracker has them: for actions that look back at what the bot asked."""
    return keep_bot_messages(chat, say(chat, extractor, action, intent, text))


# The parts of a message Rasa keeps as the bot event's text and data; the rest is its metadata.
_BOT_MESSAGE_PARTS = frozenset(
    {"text", "buttons", "elements", "quick_replies", "attachment", "image", "custom", "response",
     "template"}
)  # fmt: skip


def keep_bot_messages(chat: ActionConversation, turn):
    """`turn`'s bot messages kept in the conversation (with their buttons), as Rasa's tracker has
    them; the turn, printed."""
    chat.history.extend(
        {"event": "bot", "text": m.get("text"), "data": {"buttons": m.get("buttons") or []},
         # Rasa keeps the name of a domain response the bot said here, and what else the action
         # passed with the message (rasa.shared.core.events.create_bot_utterance).
         "metadata": {**{k: v for k, v in m.items() if v and k not in _BOT_MESSAGE_PARTS},
                      **({"utter_action": m["response"]} if m.get("response") else {})}}
        for m in turn.messages
    )  # fmt: skip
    print(turn.shown)
    return turn


def search(chat: ActionConversation, extractor, text: str, intent: str = "search_products"):
    """`text` said to the search (as `say`), heard as `intent`."""
    return say(chat, extractor, ActionSearchProducts(), intent, text)


def listed(text: str) -> list[str]:
    """The numbered lines of a reply ("1. Oxford Shirt, $59.00"): the list it showed."""
    return [line for line in text.splitlines() if re.match(r"\s*\d+\. ", line)]


def prices_listed(text: str) -> list[Decimal]:
    """The prices of the numbered lines of a reply (each line's first price), in their order."""
    return [
        Decimal(m.replace(",", ""))
        for m in re.findall(r"^\s*\d+\. .*?\$(\d[\d,]*\.\d\d)", text, flags=re.MULTILINE)
    ]


def _demo_titles() -> dict[str, str]:
    with (PROJECT_ROOT / "catalog" / "demo_catalog.csv").open(encoding="utf-8") as file:
        return {row["Handle"]: row["Title"] for row in csv.DictReader(file) if row["Title"]}


# The demo catalog's product titles by handle, to read what a list showed.
DEMO_TITLES = _demo_titles()


def shown_titles(chat: ActionConversation) -> list[str]:
    """The titles of the products on screen after the latest turn, in their order."""
    handles = (chat.slots.get("shown_results") or {}).get("handles") or []
    return [DEMO_TITLES[handle] for handle in handles]


def searched(turn: Turn) -> dict:
    """The search the turn ran: the value it set the `search_query` slot to."""
    return next(e["value"] for e in turn.events if e.get("name") == "search_query")


def sizes_kept(url: str, owner: str = "shopper") -> dict[str, str]:
    """The sizes the store at `url` keeps for `owner`, by kind ("shoes": "9")."""
    with session_scope(get_engine(url)) as session:
        return {kind: s.size_key for kind, s in known_sizes(session, owner).items()}


def without_grams(url: str, *handles: str) -> None:
    """The catalog giving no weight for these products (all of them, with none named)."""
    chosen = select(Product.id).where(Product.handle.in_(handles))
    unweighed = update(Variant).values(grams=None).execution_options(synchronize_session=False)
    with session_scope(get_engine(url)) as session:
        session.execute(unweighed.where(Variant.product_id.in_(chosen)) if handles else unweighed)
