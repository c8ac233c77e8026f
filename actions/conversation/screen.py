"""What is on the shopper's screen: the list of products shown, the product in focus, the products
compared last, and the bot's last message, whose buttons ("Which colour?") or question the latest
message may answer.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from decimal import Decimal

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet

from commerce.search import SearchResult, parse_price

SHOWN_RESULTS = "shown_results"
CURRENT_PRODUCT = "current_product"
# The products compared last, and the list on screen then (`compared_products`).
COMPARED_PRODUCTS = "compared_products"


# --- the list on screen --------------------------------------------------------------------------


@dataclass
class ShownResults:
    """The products on the shopper's screen, so "the second one" and "cheaper" mean something."""

    handles: list[str] = field(default_factory=list)
    offset: int = 0
    total: int = 0
    lowest_price: str | None = None
    highest_price: str | None = None
    # The query these results came from: the shopper's own, or the relaxed one of alternatives.
    query: dict = field(default_factory=dict)
    # The product in focus that this list (a refinement) left in focus: while it still is,
    # "they" means this list and "it" that product (`list_after_focus`).
    kept_focus: str | None = None
    # The product chosen that these suggestions go with ("what shoes go with it?"): none of them
    # chosen, "a bag to go with it" next goes with that product, not with them.
    goes_with: str | None = None
    # Products listed above this list in the same reply ("The sandals we have: 1..3", then "The
    # nearest we have are flats: 1."): "the second one of those" past this list is the second of
    # them (stranger test 92, B4).
    listed_above: list[str] = field(default_factory=list)

    @classmethod
    def of(
        cls, result: SearchResult, kept_focus: str | None = None, goes_with: str | None = None
    ) -> ShownResults:
        prices = [match.price_from for match in result.matches]
        return cls(
            handles=[match.handle for match in result.matches],
            offset=result.offset,
            total=result.total,
            lowest_price=str(min(prices)) if prices else None,
            highest_price=str(max(prices)) if prices else None,
            query=result.query.to_dict(),
            kept_focus=kept_focus,
            goes_with=goes_with,
        )

    @classmethod
    def from_tracker(cls, tracker: Tracker) -> ShownResults:
        data = tracker.get_slot(SHOWN_RESULTS) or {}
        known = {key: value for key, value in data.items() if key in cls.__dataclass_fields__}
        return cls(**known)

    def slot(self) -> SlotSet:
        return SlotSet(SHOWN_RESULTS, asdict(self))

    def price_bounds(self) -> tuple[Decimal | None, Decimal | None]:
        return parse_price(self.lowest_price), parse_price(self.highest_price)


def list_after_focus(tracker: Tracker) -> bool:
    """Whether the list on screen came after the product in focus was opened (a refinement kept
    it in focus), so that "do they come in 10?" means the products listed, "it" that product."""
    focus = tracker.get_slot(CURRENT_PRODUCT)
    return bool(focus) and ShownResults.from_tracker(tracker).kept_focus == focus


def opened_last(tracker: Tracker) -> bool:
    """Whether the product in focus is what the shopper looked at last: it was opened (or asked
    about) after the latest list was shown, so that "size L" or "navy or charcoal" asks about it,
    not for a search. From the slot events Rasa sends (without them: no)."""
    focus = tracker.get_slot(CURRENT_PRODUCT)
    if not focus:
        return False
    for event in reversed(tracker.events or []):
        if event.get("event") != "slot":
            continue
        if event.get("name") == SHOWN_RESULTS and event.get("value"):
            return False
        if event.get("name") == CURRENT_PRODUCT and event.get("value"):
            return event["value"] == focus
    return False


def compared_products(tracker: Tracker) -> list[str]:
    """The products compared last, while the list on screen then is still on screen ("which one is
    better quality?" after "the first two" means those two); none after a new list."""
    compared = tracker.get_slot(COMPARED_PRODUCTS) or {}
    if compared.get("shown") != ShownResults.from_tracker(tracker).handles:
        return []
    return [str(handle) for handle in compared.get("handles") or []]


def compared_slot(tracker: Tracker, handles: Sequence[str]) -> SlotSet:
    """Remember these products as the ones compared, with the list on screen now."""
    shown = ShownResults.from_tracker(tracker).handles
    return SlotSet(COMPARED_PRODUCTS, {"handles": list(handles), "shown": shown})


# --- the bot's last message: its buttons and its question ----------------------------------------


def typed_choice(tracker: Tracker) -> tuple[str, dict] | None:
    """When the shopper types the title of a button the bot has just offered ("brown" after "Which
    colour?"), the intent and entities of that button's payload, as if it had been tapped."""
    text = tracker.latest_message.get("text") or ""
    typed = _as_typed(text)
    if not typed or text.lstrip().startswith("/"):
        return None
    seen_current_message = False
    for event in reversed(tracker.events or []):
        if event.get("event") == "user":
            if seen_current_message:
                return None  # the bot said nothing in between
            seen_current_message = True
        elif event.get("event") == "bot":
            for button in (event.get("data") or {}).get("buttons") or []:
                if _as_typed(str(button.get("title", ""))) == typed:
                    return _parse_payload(str(button.get("payload", "")))
            return None
    return None


def _as_typed(text: str) -> str:
    """A message or a button's title as words alone: "yes erase everything" is "Yes, erase
    everything" typed (stranger test 44)."""
    return " ".join(re.sub(r"[^\w\s'-]", " ", text.lower()).split())


def offered_products(tracker: Tracker) -> tuple[str, list[str]] | None:
    """When the latest message answers the bot's "Which one do you mean: ...?" (a button per
    product), the intent of those buttons and the products offered, in order; else None."""
    event = _bot_message_before_this_one(tracker)
    if event is None:
        return None
    parsed = [
        _parse_payload(str(button.get("payload", "")))
        for button in (event.get("data") or {}).get("buttons") or []
    ]
    handles = [p[1]["product_handle"] for p in parsed if p and "product_handle" in p[1]]
    if len(handles) < 2 or not (event.get("text") or "").strip().endswith("?"):
        return None  # a list of results is no question: "size 7" narrows it
    return next(p[0] for p in parsed if p and "product_handle" in p[1]), handles


def bot_answer(tracker: Tracker) -> str:
    """The text of the bot's last message before the latest one of the shopper ("Added ..."),
    "" when it said nothing since their previous message."""
    return str((_bot_message_before_this_one(tracker) or {}).get("text") or "")


def _bot_message_before_this_one(tracker: Tracker) -> dict | None:
    """The bot's last message between the shopper's previous message and this one, if any."""
    seen_current_message = False
    for event in reversed(tracker.events or []):
        if event.get("event") == "user":
            if seen_current_message:
                return None
            seen_current_message = True
        elif event.get("event") == "bot":
            return event
    return None


def _buttons_before_this_one(tracker: Tracker) -> dict | None:
    """The bot's last message with buttons between the shopper's previous message and this one:
    a question asked and then followed by a plain note ("Which colour of the Riviera Linen Suit?",
    then "I haven't shown you a shirt yet") is still the one this message answers (stranger test
    71, docs/nlu/stranger-test-71.md, B5)."""
    seen_current_message = False
    for event in reversed(tracker.events or []):
        if event.get("event") == "user":
            if seen_current_message:
                return None
            seen_current_message = True
        elif event.get("event") == "bot" and (event.get("data") or {}).get("buttons"):
            return event
    return None


def _parse_payload(payload: str) -> tuple[str, dict] | None:
    """'/add_to_cart{"size": "34"}' -> ("add_to_cart", {"size": "34"})."""
    match = re.fullmatch(r"/(\w+)(\{.*\})?", payload.strip(), re.S)
    if not match:
        return None
    try:
        entities = json.loads(match.group(2)) if match.group(2) else {}
    except ValueError:
        return None
    return (match.group(1), entities) if isinstance(entities, dict) else None


def as_tapped(tracker: Tracker, intent: str, entities: dict) -> Tracker:
    """A copy of the tracker whose latest message is the tap of a button."""
    tapped = tracker.copy()
    tapped.latest_message = {
        **tracker.latest_message,
        "intent": {"name": intent, "confidence": 1.0},
        "entities": [{"entity": name, "value": value} for name, value in entities.items()],
    }
    return tapped


# Buttons whose tap goes on with a purchase ("Which size of ...?" in a checkout or a cart add).
_PURCHASE_PAYLOADS = ("/buy", "/add_to_cart")
# "Which size of the ...? US 7.5 is sold out in Black.": a choice asked, a note after it (96, B5).
_WHICH_FIRST = re.compile(r"^which\b[^?]*\?", re.IGNORECASE)


def _asks(text: str) -> bool:
    """Whether a bot message asks a question: it ends in one, or opens with "Which ...?"."""
    return text.endswith("?") or bool(_WHICH_FIRST.match(text))


def open_purchase_question(tracker: Tracker) -> tuple[str, list[dict]] | None:
    """The question a purchase is waiting on ("Which colour of the Chester Tassel Loafer?"), and
    its buttons, when the bot asked it in answer to the shopper's previous message; None when it
    asked nothing, or something else."""
    event = _buttons_before_this_one(tracker)
    question = str((event or {}).get("text") or "").strip()
    buttons = list(((event or {}).get("data") or {}).get("buttons") or [])
    if (
        buttons
        and _asks(question)
        and all(str(b.get("payload", "")).startswith(_PURCHASE_PAYLOADS) for b in buttons)
    ):
        return question, buttons
    return None


def purchase_question_to_repeat(tracker: Tracker) -> tuple[str, list[dict]] | None:
    """The open purchase question (`open_purchase_question`) to ask again under an answer to
    something else ("will i be charged twice?" while "Which colour of ...?" is open): a choice of
    one product's colour or size, asked only once so far; None for a "which one do you mean" of
    several products (asked once, stranger test 24, docs/nlu/stranger-test-24.md: it followed
    three unrelated answers), or a question already asked again (`_turns_asking`)."""
    asked = open_purchase_question(tracker)
    if asked is None:
        return None
    parsed = [_parse_payload(str(button.get("payload", ""))) for button in asked[1]]
    if len({str(p[1].get("product_handle") or "") for p in parsed if p}) > 1:
        return None
    return asked if _turns_asking(tracker, asked[1]) <= 1 else None


def _turns_asking(tracker: Tracker, buttons: list[dict]) -> int:
    """How many of the bot's answers in a row, back from the latest, asked with these buttons,
    however worded ("Which size of the Eton?", then "The Eton is still waiting for a size: which
    one?" under a total): asked again once, it is not asked a third time (stranger test 28,
    docs/nlu/stranger-test-28.md: it followed a discount, a total and a shipping answer)."""
    payloads = [str(button.get("payload", "")) for button in buttons]
    turns, asked_in_answer, messages = 0, False, 0
    for event in reversed(tracker.events or []):
        if event.get("event") == "user":
            messages += 1
            if messages > 1 and not asked_in_answer:
                break
            turns += asked_in_answer
            asked_in_answer = False
        elif event.get("event") == "bot" and messages:
            shown = ((event.get("data") or {}).get("buttons")) or []
            asked_in_answer |= [str(b.get("payload", "")) for b in shown] == payloads
    return turns + asked_in_answer


def purchase_waiting(tracker: Tracker) -> tuple[str, str, str] | None:
    """What an open purchase question waits on (`open_purchase_question`): the intent its buttons
    go on with ("add_to_cart", "buy"), the product, and the question; None when none is open."""
    asked = open_purchase_question(tracker)
    parsed = [_parse_payload(str(button.get("payload", ""))) for button in (asked or ("", []))[1]]
    handles = {str(p[1].get("product_handle") or "") for p in parsed if p}
    if not parsed or not parsed[0] or len(handles) != 1 or "" in handles:
        return None
    return parsed[0][0], handles.pop(), (asked or ("", []))[0]


def purchase_asked_lately(tracker: Tracker, look_back: int = 6) -> tuple[str, str] | None:
    """The product and the question of the newest purchase question among the bot's last
    `look_back` messages ("Which colour of the Wren Suede Chelsea Boot?", then a delivery answer),
    left without a tap of its buttons since; None when there is none."""
    seen = 0
    for event in reversed(tracker.events_after_latest_restart()):
        if event.get("event") == "user" and str(event.get("text") or "").startswith("/"):
            return None  # a button tapped since: the choice may have been made
        if event.get("event") != "bot":
            continue
        if (seen := seen + 1) > look_back:
            return None
        buttons = list((event.get("data") or {}).get("buttons") or [])
        payloads = [str(button.get("payload", "")) for button in buttons]
        if not payloads or not all(p.startswith(_PURCHASE_PAYLOADS) for p in payloads):
            continue
        parsed = [_parse_payload(payload) for payload in payloads]
        handles = {str(p[1].get("product_handle") or "") for p in parsed if p}
        if len(handles) == 1 and "" not in handles:
            return handles.pop(), str(event.get("text") or "")
        return None
    return None


# How many of the shopper's earlier messages, each answered with purchase questions, the questions
# still waiting may reach back over.
_WAITING_LOOK_BACK = 3


def purchases_waiting(tracker: Tracker) -> list[tuple[str, list[str]]]:
    """Every purchase question still open: those the bot asked in answer to the shopper's previous
    message ("Which colour of the Whitehall?", then "Which bow tie do you mean: ...?"), and those
    of the messages before it, as long as each was answered with purchase questions only ("add the
    suit and the shirt", then "collar 16" answered with the shirts in 16: the suit's colour is still
    open). Oldest first, each with the products its buttons go on with (one, or the ones to choose
    from), a product asked about again counted once, at its newest question; [] when none."""
    return [(question, handles) for question, handles, _ in questions_waiting(tracker)]


def questions_waiting(tracker: Tracker) -> list[tuple[str, list[str], list[dict]]]:
    """`purchases_waiting`, each with the buttons it was asked with, to ask it again."""
    asked: list[tuple[str, list[str], list[dict]]] = []
    asked_of: set[str] = set()
    answer: list[tuple[str, list[str], list[dict]]] = []  # the answer's questions, newest first
    messages = 0
    for event in reversed(tracker.events or []):
        if event.get("event") == "user":
            messages += 1
            if messages == 1:
                continue  # the latest message: the bot's answers before it come next
            if not answer:
                break
            for question, handles, buttons in answer:
                if not asked_of & set(handles):
                    asked.insert(0, (question, handles, buttons))
                    asked_of |= set(handles)
            if messages > _WAITING_LOOK_BACK:
                break
            answer = []
        elif event.get("event") == "bot" and messages:
            if (question := _purchase_question(event)) is not None:
                answer.append(question)
            answer.extend(_put_off(event))
    return asked


# A purchase question asked while others wait their turn (one question at a time: "add the dress
# and the boots", the dress asked first; stranger test 73) carries those others in the bot
# message's metadata under this key, each as {"text": ..., "buttons": [...]}.
QUESTIONS_NEXT = "questions_next"


def _put_off(event: dict) -> list[tuple[str, list[str], list[dict]]]:
    """The purchase questions a bot message puts off until it is answered (`QUESTIONS_NEXT`)."""
    later = (event.get("metadata") or {}).get(QUESTIONS_NEXT) or []
    asked = (
        _purchase_question({"text": one.get("text"), "data": {"buttons": one.get("buttons")}})
        for one in later
        if isinstance(one, dict)
    )
    return [question for question in asked if question is not None]


def purchase_asked(text: str, buttons: list[dict]) -> list[str]:
    """The products a message of the bot asks a purchase question about (its buttons go on with
    them), [] when it asks none."""
    question = _purchase_question({"text": text, "data": {"buttons": buttons}})
    return question[1] if question is not None else []


def questions_put_off(tracker: Tracker) -> list[tuple[str, list[str], list[dict]]]:
    """The purchase questions the bot's answer to the shopper's previous message put off until
    its own question was answered (`QUESTIONS_NEXT`), in their turn; [] when none."""
    seen_current_message = False
    for event in reversed(tracker.events or []):
        if event.get("event") == "user":
            if seen_current_message:
                return []
            seen_current_message = True
        elif event.get("event") == "bot" and (later := _put_off(event)):
            return later
    return []


def _purchase_question(event: dict) -> tuple[str, list[str], list[dict]] | None:
    """A bot message's purchase question (its text ends in "?" and each button goes on with a
    purchase) with the products its buttons name, and the buttons; None for any other message."""
    text = str(event.get("text") or "").strip()
    buttons = list((event.get("data") or {}).get("buttons") or [])
    payloads = [str(button.get("payload", "")) for button in buttons]
    if not (buttons and _asks(text)) or not all(
        payload.startswith(_PURCHASE_PAYLOADS) for payload in payloads
    ):
        return None
    parsed = [_parse_payload(payload) for payload in payloads]
    handles = [str(p[1].get("product_handle") or "") for p in parsed if p]
    return (text, list(dict.fromkeys(handles)), buttons) if handles and all(handles) else None


def purchase_kept(tracker: Tracker) -> dict[str, str]:
    """What every button of the open purchase question carries (`purchase_waiting`): the product,
    and the size or colour already chosen ("Which colour?" in S: the size S); {} when none is
    open. A change said now ("make it a medium") replaces one of them."""
    asked = open_purchase_question(tracker)
    parsed = [_parse_payload(str(button.get("payload", ""))) for button in (asked or ("", []))[1]]
    if not parsed or not all(parsed):
        return {}
    first = parsed[0][1]  # type: ignore[index]
    return {
        name: str(value)
        for name, value in first.items()
        if value is not None and all(p[1].get(name) == value for p in parsed)  # type: ignore[index]
    }


def open_question(tracker: Tracker) -> str | None:
    """The question the bot asked in answer to the shopper's previous message, with buttons to
    answer it ("Which size of the Savile Plain-Toe Oxford?"), if this message is the reply to it;
    None when the bot's last answer asked nothing."""
    event = _bot_message_before_this_one(tracker)
    if event is None:
        return None
    text = (event.get("text") or "").strip()
    buttons = (event.get("data") or {}).get("buttons")
    return text if buttons and _asks(text) else None
