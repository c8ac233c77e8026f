"""The kind an after-sales message speaks of (stranger test 90, B6, docs/nlu/stranger-test-90.md):
"I bought a pair of boots from you last month, order HL-9PX3KD ... swap for a half size up?",
with heels on screen, is about the boots. The extractor marks a kind the shopper says they have
as owned ("I bought a pair of boots": shop_nlu/extraction_context.py), and in a return or an
exchange that is the very thing spoken of. Read by the notes said before a return's order is
asked for (actions/exchange_requests.py, actions/misfit_returns.py)."""

from __future__ import annotations

from rasa_sdk import Tracker

from shop_nlu.extraction_context import OWNED_ROLE


def kind_bought(tracker: Tracker) -> str | None:
    """The kind the latest message names for the thing bought: the first said plainly ("the jeans
    i got"), else the first said as owned ("I bought a pair of boots"); None when the shopper
    names none (the reply then says "it", never the product on screen)."""
    said = [
        entity for entity in tracker.latest_message.get("entities") or []
        if entity.get("entity") == "category" and str(entity.get("value") or "").strip()
    ]  # fmt: skip
    for role in (None, OWNED_ROLE):
        kinds = sorted(
            (entity for entity in said if entity.get("role") == role),
            key=lambda entity: entity.get("start") or 0,
        )
        if kinds:
            return str(kinds[0]["value"]).strip()
    return None
