"""What every shop action shares: a database session, and an apology instead of silence."""

from __future__ import annotations

import logging
from abc import ABC, abstractmethod
from collections.abc import Callable
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions.choice_left_open import remind_choice_left_open
from actions.conversation.leaning import focus_on_the_one_leant_towards
from commerce.db import session_scope

logger = logging.getLogger(__name__)

Events = list[dict[str, Any]]
# An answer a message's words call for whichever intent it was heard as (actions/routing.py):
# the events, or None when the message asks no such thing and nothing was said.
Answer = Callable[[CollectingDispatcher, Tracker, Session], Events | None]


class ShopAction(Action, ABC):
    """An action whose failures reach the shopper as an apology and a way forward.

    Subclasses implement `perform`, which gets an open database session; the session commits when
    `perform` returns and rolls back if it raises, so a failed action changes nothing. Actions that
    change stock or orders set `writes_to_store`. Answers the message's words call for, whichever
    intent picked the action ("would that go with green?" heard as a search), are listed in
    `gives_way_to` (from actions/routing.py) and tried in order before `perform`. A product
    the message leans towards in passing ("i like the green one") comes into focus whatever the
    action (actions/conversation/leaning.py).
    """

    writes_to_store = False
    gives_way_to: tuple[Answer, ...] = ()
    # Said before whichever answer is given ("Both are $109.00" for "which is cheapest, and in
    # green?"); each says nothing when the message doesn't call for it.
    before_answer: tuple[Callable[[CollectingDispatcher, Tracker, Session], None], ...] = ()
    # Said after whichever answer was given ("... is there someone I can call?"), each with that
    # answer's messages in the dispatcher; each says nothing when the message doesn't call for it.
    after_answer: tuple[Callable[[CollectingDispatcher, Tracker], None], ...] = ()

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> Events:
        try:
            with session_scope(writes=self.writes_to_store) as session:
                events = None
                for before in self.before_answer:
                    before(dispatcher, tracker, session)
                for answer in self.gives_way_to:
                    if (events := answer(dispatcher, tracker, session)) is not None:
                        break
                if events is None:
                    events = self.perform(dispatcher, tracker, domain, session)
                for after in self.after_answer:
                    after(dispatcher, tracker)
                # "Which colour of the tote?" left for something else: asked again, once (91, B4).
                remind_choice_left_open(dispatcher, tracker, session)
                # "I'm leaning towards the wrap one, what's your return policy?": the answer, and
                # the wrap one in focus, so that "I'll take it" next means it.
                return [*events, *focus_on_the_one_leant_towards(tracker, session, events)]
        except Exception:
            # The intent, never the text: a message may hold a name, an email or an address.
            intent = (tracker.latest_message.get("intent") or {}).get("name")
            logger.exception("Action %s failed (intent %s)", self.name(), intent)
            dispatcher.messages.clear()  # drop half-finished replies
            dispatcher.utter_message(response="utter_action_failed")
            return []

    @abstractmethod
    def perform(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: dict[str, Any],
        session: Session,
    ) -> Events:
        """Answer the shopper; return the events that update the conversation."""


def perform_action(
    name: str, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict, session: Session
) -> Events:
    """Hand this turn to the shop action called `name`, in the same session.

    For two actions that call on each other: the buy hands a new kind ("i want boots for the
    mud") to the search, whose module imports the buy's. Rasa's own way, a FollowupAction, costs
    another round trip to this server. Every action is defined once `actions` is imported (its
    `__init__` imports them all), so the name is always found."""
    return shop_action_named(name).perform(dispatcher, tracker, domain, session)


def shop_action_named(name: str) -> ShopAction:
    """The shop action called `name` (see `perform_action`)."""
    pending = list(ShopAction.__subclasses__())
    while pending:
        action_class = pending.pop()
        pending.extend(action_class.__subclasses__())
        if not getattr(action_class, "__abstractmethods__", None) and action_class().name() == name:
            return action_class()
    raise LookupError(f"no shop action called {name}")
