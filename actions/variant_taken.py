"""What the reply to buying or adding says was taken: the product put in focus, and the size and
colour of the variant when the shopper asked for it earlier rather than in this message ("buy it"
after "the windsor in a size 8?"), and a variant's label ("8 (EU 41), Black")."""

from __future__ import annotations

from rasa_sdk import Tracker

from actions.base import Events
from actions.colour_only_asked import chosen_colour
from actions.conversation import (
    CURRENT_PRODUCT,
    colour_asked_about,
    current_query,
    latest_entities,
    size_asked_lately,
)
from actions.variant_asked_before import colour_asked_lately_of_it
from commerce.search import ProductQuery, VariantFacts, colour_choices
from commerce.search.variant_facts import colour_as_asked
from commerce.sizes import label_in_both, size_keys, size_query_key


def size_taken(
    tracker: Tracker, variant: VariantFacts, search: ProductQuery | None = None
) -> str | None:
    """The size key of `variant` when the latest message named no size and the variant is in the
    size asked about earlier or searched for (`search`, as `searched_for_it`; else the current
    one): "buy it" after "the windsor in a size 8?", so the reply can say which size it took; None
    otherwise."""
    if "size" in latest_entities(tracker) or not variant.size:
        return None
    search = search if search is not None else current_query(tracker)
    for said in (size_asked_lately(tracker), search.size):
        key = size_query_key(said or "")
        if key and key in size_keys(variant.size):
            return key
    return None


def chosen_product(events: Events) -> str | None:
    """The product `choose_variant` put in focus (its events), for the reply to name."""
    return next((str(e["value"]) for e in events if e.get("name") == CURRENT_PRODUCT), None)


def colour_taken(
    tracker: Tracker,
    variant: VariantFacts,
    handle: str | None = None,
    search: ProductQuery | None = None,
) -> str | None:
    """The colour of `variant` when the latest message named none and the colour asked about
    lately is this one ("does it come in green?" -> Olive, then "add it"), or the one asked about
    product `handle` a few messages back, or one of the search's (`search`, as `searched_for_it`;
    else the current one), so the reply can say which colour it took; None otherwise."""
    search = search if search is not None else current_query(tracker)
    asked = colour_asked_lately_of_it(tracker, search) or (
        handle and colour_asked_about(tracker, handle)
    )
    asked = chosen_colour(tracker, handle, asked)  # not one only asked about (stranger test 90)
    if not asked and len(colour_choices(search.colour)) > 1:
        asked = search.colour  # "white or pink": the one of them it is in
    if "colour" in latest_entities(tracker) or not variant.colour or not asked:
        return None
    return variant.colour if colour_as_asked(variant, asked, search.colour) else None


def variant_label(variant: VariantFacts) -> str:
    return ", ".join(filter(None, (label_in_both(variant.size, variant.size_keys), variant.colour)))
