"""Where the note that a size is kept goes ("Got it: size 10 in shoes. I'll search shoes in it and
say so."), stranger test 96 (docs/nlu/stranger-test-96.md, B2 and B10): said before a search's
results, it came between the shopper's question and its answer. It now follows the answer
(`size_notes_last`, after the search, ActionSearchProducts.after_answer), and how to see or erase
what is kept is said once in a conversation (`told_how_to_erase`)."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

# The key that marks the note among a reply's messages (Rasa keeps it as the message's metadata).
SIZE_KEPT = "size_kept"
# How the hint on erasing reads in every note that gives it (actions/profile_replies.py).
ERASE_HINT = '"forget me" to erase it'


def told_how_to_erase(tracker: Tracker, dispatcher: CollectingDispatcher) -> bool:
    """Whether the bot already said how to see or erase what it keeps, in this conversation or
    in this reply."""
    said = [event.get("text") or "" for event in tracker.events if event.get("event") == "bot"]
    said += [message.get("text") or "" for message in dispatcher.messages]
    return any(ERASE_HINT in text for text in said)


def size_notes_last(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    """The notes that a size is kept moved after the rest of the reply (the search's answer)."""
    notes = [message for message in dispatcher.messages if message.get(SIZE_KEPT)]
    if notes:
        rest = [message for message in dispatcher.messages if not message.get(SIZE_KEPT)]
        dispatcher.messages[:] = [*rest, *notes]
