""" "Forget my details", and "forget me" / "delete my data": the bot does what it promised after
checkout, and erases everything when asked to, after a yes (commerce/privacy.py).

Erasing the conversation itself needs care: Rasa saves a turn's events after its actions have
run, and writes back the whole session it holds in memory when the rows are gone. So the erasing
action ends the session (`SessionStarted`: what Rasa loads from then on holds nothing said before)
and a background thread deletes every row of the conversation once Rasa has saved this turn.
"""

from __future__ import annotations

import logging
import re
import threading

from rasa_sdk.events import FollowupAction, SessionStarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import privacy_replies, profile_replies
from actions.base import Events, ShopAction
from actions.checkout_slots import ADDRESS, EMAIL, NAME
from actions.conversation import typed_choice
from commerce.config import (
    Settings,
    load_alert_settings,
    load_handoff_settings,
    load_settings,
)
from commerce.faq import faq_answer
from commerce.privacy import (
    REMEMBERED_DETAILS,
    Forgotten,
    data_sharing,
    erase_conversation_after_turn,
    erase_conversations,
    erase_shopper,
    forget_shopper_details,
    what_is_kept,
)
from commerce.profiles import linked_owners
from shop_nlu.privacy_questions import asks_if_passed_on, asks_to_erase_it_all

logger = logging.getLogger(__name__)

ERASURE_PENDING = "erasure_pending"  # "forget me" asked "Erase it all?"; a yes erases
ERASE_ACTION = "action_erase_my_data"
PRIVACY_TOPIC = "privacy"  # the shop owner's words on where the data is and how to ask for it

# "Forget me", "delete my data", "erase everything": all of it. "Forget my details" (or my
# address, my email) is the remembered checkout details only, as promised after checkout.
_EVERYTHING = re.compile(
    r"\bforget\s+(?:about\s+)?me\b|\berase\s+me\b|\bdelete\s+me\b|\bremove\s+me\b|\bdata\b"
    r"|\beverything\b|\ball\s+(?:my|of\s+my|about\s+me|you\s+know)\b|\bprofile\b|\bhistory\b"
    r"|\bconversations?\b|\bchats?\b|\bgdpr\b|\bright\s+to\s+be\s+forgotten\b|\bsizes?\b"
    # "delete all what you know from me", "erase what you have on me": all of it, in any English.
    r"|\bwhat\s+(?:you\s+|u\s+)?(?:know|have|keep|hold|store|stored|saved?)\b"
    r"|\b(?:about|from|on|of)\s+me\b|\ball\s+(?:what|that|the|info\w*|information)\b",
    re.IGNORECASE,
)


def asks_to_erase_everything(text: str) -> bool:
    """Whether a request to forget is about everything kept, not just the checkout details."""
    # "Can you delete it all?", "get rid of my info" (stranger test 51).
    return bool(_EVERYTHING.search(text or "")) or asks_to_erase_it_all(text)


def answer_what_is_kept(dispatcher: CollectingDispatcher, tracker, session) -> Events | None:
    """ "Do you keep my address on file? I would rather you did not.", "is my card stored",
    "what do you keep about me", whichever intent the classifier heard (the account FAQ, contact
    details, not sure): whether it is kept, from the store and the settings right now
    (`what_is_kept`, `data_sharing`), and how not to have it kept; None (nothing said) when the
    message asks no such thing (stranger test 28, docs/nlu/stranger-test-28.md)."""
    text = tracker.latest_message.get("text") or ""
    asked = privacy_replies.details_asked_if_kept(text)
    if asked is None or privacy_replies.asks_about_private_suggestions(text):
        return None
    kept = what_is_kept(session, tracker.sender_id)
    settings = load_settings()
    rather_not = privacy_replies.rather_not_kept(text)
    if asked == ("all",):
        said = profile_replies.what_i_know_text(kept, settings)
        # "Will you remember me? And do you share my info?": both answered (stranger test 66).
        if asks_if_passed_on(text):
            sharing = data_sharing(settings, load_handoff_settings(), load_alert_settings())
            channel = tracker.get_latest_input_channel()
            said += "\n" + privacy_replies.sharing_text(sharing, channel)
        if rather_not:
            said += "\n" + privacy_replies.how_not_to_keep_text(kept.contact is not None, True)
    else:
        sharing = data_sharing(settings, load_handoff_settings(), load_alert_settings())
        said = privacy_replies.details_kept_text(
            asked, kept, REMEMBERED_DETAILS, sharing, settings.contact_email, rather_not
        )
    dispatcher.utter_message(text=said)
    return []


class ActionForgetDetails(ShopAction):
    """ "Forget my details": deletes the remembered name, email and address and says what is
    kept. "Forget me" / "delete my data": asks before erasing everything."""

    writes_to_store = True

    def name(self) -> str:
        return "action_forget_details"

    def perform(self, dispatcher: CollectingDispatcher, tracker, domain, session) -> Events:
        # "Yes, erase everything" typed under "Erase it all?": the button's yes, as if tapped
        # (stranger test 44: it asked the same question again, and nothing was erased).
        choice = typed_choice(tracker) if tracker.get_slot(ERASURE_PENDING) else None
        if choice and choice[0] == "affirm":
            return [FollowupAction(ERASE_ACTION)]
        if asks_to_erase_everything(tracker.latest_message.get("text") or ""):
            kept = what_is_kept(session, tracker.sender_id)
            dispatcher.utter_message(
                text=profile_replies.erasure_question_text(kept),
                buttons=[
                    {"title": "Yes, erase everything", "payload": "/affirm"},
                    {"title": "No, keep it", "payload": "/deny"},
                ],
            )
            return [SlotSet(ERASURE_PENDING, True)]
        forgotten = forget_shopper_details(session, tracker.sender_id)
        dispatcher.utter_message(text=forgotten_text(forgotten, load_settings()))
        # The details typed in this conversation go too, so the next checkout asks again.
        return [SlotSet(NAME, None), SlotSet(EMAIL, None), SlotSet(ADDRESS, None)]


class ActionAnswerPrivacyQuestion(ShopAction):
    """ "Do you give my data to other companies?", "where are your servers? GDPR", "cookies?": what
    is kept and who else sees it (from the settings), then the shop owner's words on where the
    data is and how to make a request (content/faq.yml, topic `privacy`)."""

    # "Do you keep my address on file?": that detail, from the store.
    gives_way_to = (answer_what_is_kept,)

    def name(self) -> str:
        return "action_answer_privacy_question"

    def perform(self, dispatcher: CollectingDispatcher, tracker, domain, session) -> Events:
        settings = load_settings()
        sharing = data_sharing(settings, load_handoff_settings(), load_alert_settings())
        text = tracker.latest_message.get("text") or ""
        asked = privacy_replies.asked_parts(text)
        # "What do you do with what I type?": what the store keeps about them at this moment too.
        kept_now = (
            profile_replies.kept_lines(what_is_kept(session, tracker.sender_id))
            if "now" in asked
            else None
        )
        facts = privacy_replies.data_use_text(
            sharing, tracker.get_latest_input_channel(), text, kept_now
        )
        answer = [facts]
        # Where the data is and how to make a request: the shop owner's words, never ours (not
        # for "what do you do with what I type?", which asks about neither).
        if "rights" in asked and "now" not in asked:
            answer.append(faq_answer(PRIVACY_TOPIC, settings))
        dispatcher.utter_message(text="\n".join(answer))
        return []


class ActionEraseMyData(ShopAction):
    """The yes to "Erase it all?": erases the shopper (every linked channel) from the store and
    Rasa's tracker store, then starts the conversation afresh."""

    writes_to_store = True

    def name(self) -> str:
        return ERASE_ACTION

    def perform(self, dispatcher: CollectingDispatcher, tracker, domain, session) -> Events:
        if not tracker.get_slot(ERASURE_PENDING):
            dispatcher.utter_message(response="utter_no_erasure_pending")
            return []
        owner = tracker.sender_id
        owners = linked_owners(session, owner)
        erased = erase_shopper(session, owners)
        url = load_settings().tracker_store_url
        # The other channels' conversations are not in a turn now: they go at once.
        erase_conversations(url, [o for o in owners if o != owner])
        _erase_this_conversation_after_the_turn(url, owner)
        dispatcher.utter_message(text=profile_replies.erased_text(erased, load_settings()))
        # A new session: Rasa loads nothing said before it, even before the rows are gone.
        return [SessionStarted()]


def _erase_this_conversation_after_the_turn(url: str, owner: str) -> None:
    def erase() -> None:
        try:
            deleted = erase_conversation_after_turn(url, owner, ERASE_ACTION)
        except Exception:  # a thread's failure would otherwise vanish silently
            logger.exception("Erasing a conversation after the turn failed")
            return
        if not deleted:
            logger.error("A conversation to erase was not saved within the time allowed")

    threading.Thread(target=erase, name="erase-conversation", daemon=True).start()


class ActionKeepMyData(ShopAction):
    """The no to "Erase it all?": nothing is erased."""

    def name(self) -> str:
        return "action_keep_my_data"

    def perform(self, dispatcher: CollectingDispatcher, tracker, domain, session) -> Events:
        dispatcher.utter_message(response="utter_erasure_cancelled")
        return [SlotSet(ERASURE_PENDING, None)]


def forgotten_text(forgotten: Forgotten, settings: Settings) -> str:
    """What was deleted and what is still kept, in the shopper's words."""
    if forgotten.details_deleted:
        said = (
            "Done: I've deleted the name, email and address I remembered for you, and your "
            "OK to remember them. Your next checkout asks for them again."
        )
    else:
        said = "I had no name, email or address remembered for you, so there was nothing to delete."
    if forgotten.orders_kept:
        orders = "order keeps" if forgotten.orders_kept == 1 else "orders keep"
        said += (
            f" Your {orders} the name, email and address given for "
            f"{'it' if forgotten.orders_kept == 1 else 'them'}: the shop must keep orders for its "
            "accounts."
        )
    return (
        f"{said} Our conversation itself is still kept. To have everything erased, say "
        f'"forget me", or email {settings.contact_email} or call {settings.contact_phone} '
        f"({settings.opening_hours})."
    )
