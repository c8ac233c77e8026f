"""Which variant of a product the shopper means: the size and colour the message names, else the
ones asked about lately (`variant_asked_before`), else the current search's; a size said for the
other gender read in the product's own size system; "Which size / colour of the ...?" with a
button each (`variant_questions`) when several are left. Buying (actions/checkout.py) and adding to
the cart (actions/cart_adding.py) settle the variant here, the quantity in
actions/quantity_choice.py, and what the reply says was taken in actions/variant_taken.py.
"""

from __future__ import annotations

import re

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet

from actions import availability_replies, order_replies
from actions.base import Events
from actions.colour_only_asked import chosen_colour
from actions.conversation import (
    CURRENT_PRODUCT,
    ProductReference,
    ShownResults,
    ask_which_one,
    colour_asked_about,
    latest_entities,
    resolve_product,
    said_lately,
    size_asked_lately,
)
from actions.eu_dress_sizes import product_dress_size
from actions.jacket_sizes_of_letters import jacket_size_of_letter, likely_first
from actions.kind_not_sold_to_add import tell_kind_not_sold_to_add
from actions.only_colour_left import tell_only_colour_left
from actions.reference_replies import unresolved_response
from actions.size_with_its_kind import said_of_it_ends
from actions.variant_asked_before import (
    colour_asked_lately_of_it,
    colours_for_earlier,
    search_of_another_kind,
    searched_for_it,
)
from actions.variant_questions import PayloadFor, ask_colour, ask_size
from commerce.products import VariantCheck, check_variant, product_details
from commerce.search import ProductQuery, VariantFacts, colour_choices
from commerce.search.alternatives import nearest_shade_query
from commerce.sizes import size_query_key, size_system
from shop_nlu.size_if_needed import size_only_if_needed


def choose_variant(
    dispatcher, tracker: Tracker, session, payload_for: PayloadFor
) -> tuple[Events, VariantFacts | None, str]:
    """The variant the shopper means (size and colour from the message, else the size they asked
    about since the list on screen was shown, else the search's).

    Returns the events to apply, the variant (None when a question or a problem was said instead),
    and the product's title. Buttons for a missing size or colour carry `payload_for`'s payloads, so
    a tap continues whatever the shopper was doing (buying, adding to the cart).
    """
    focus = resolve_product(tracker, session)
    # "I'll take them in a 10! Oh and ... jeans in a 32 waist": the 32 is the jeans' (stranger 96)
    entities = latest_entities(tracker, before=said_of_it_ends(tracker, session, focus.handle))
    size = size_query_key(entities["size"][-1]) if "size" in entities else None
    colour = entities["colour"][-1] if "colour" in entities else None
    asked = None if size else size_query_key(size_asked_lately(tracker) or "")
    reference = the_one_that_fits(tracker, session, focus, size or asked, colour)
    if reference.handle is None:
        # "the black one" when both are black: name them, a tap goes on with the purchase.
        # "add the gloves too": we don't sell them, never "none on screen fits" (93, A6).
        if not tell_kind_not_sold_to_add(dispatcher, tracker, session) and not ask_which_one(
            dispatcher, tracker, session, reference
        ):
            dispatcher.utter_message(response=unresolved_response(reference.problem))
        return [], None, ""
    search = searched_for_it(tracker, session, reference.handle)
    # "Put the dress in a 12" of a dress made in letters: the L a US 12 is, said (stranger test 80).
    if size and (details := product_details(session, reference.handle)):
        size = product_dress_size(dispatcher, details, size)
        # "The first one in L" of a blazer: the 42R an L is (stranger test 93, A4).
        size = jacket_size_of_letter(dispatcher, details, size)
        # "size M if it needs a size" of a one-size bag: it needs none (stranger test 91, B5).
        text = tracker.latest_message.get("text") or ""
        size = None if size_only_if_needed(text) and not details.sizes_offered else size
    # "Add the suit" with shirts on screen: the size and colour of the suits' search, as asked
    # (unless a size it is made in was asked lately: "does the suit come in 44R?").
    earlier = search_of_another_kind(tracker, session, reference.handle)
    if earlier is not None and earlier.size and not size:
        made = check_variant(session, reference.handle, asked) if asked else None
        asked = asked if made is not None and made.offered else earlier.size
    # "Womens 8.5" on a shoe made in men's sizes: the size its catalog says that is, or a question.
    sized = in_the_products_sizes(
        dispatcher, tracker, session, reference.handle, (size, asked, search), colour, payload_for
    )
    if sized is None:
        return [SlotSet(CURRENT_PRODUCT, reference.handle)], None, ""
    size, asked, search = sized
    check = None
    said_colour = colour
    asked_colour = None
    if colour is None:
        asked_colour = colour_asked_lately_of_it(tracker, search) or colour_asked_about(
            tracker, reference.handle
        )
        # "Does it come in black as well?" of heels searched in tan: no choice (stranger 90).
        asked_colour = chosen_colour(tracker, reference.handle, asked_colour)
    # "Does it come in green?" ("Yes ... Olive"), then "add it": the green one, when it is in
    # stock in it; else the question which colour, as if none had been asked. Shoes to go with
    # it in between, then "add the dress": still the green dress. "Charcoal suits", then white
    # shirts, then "add the suit": the charcoal suit (the white asked was of the shirts).
    for meant in (asked_colour, *colours_for_earlier(tracker, reference.handle, earlier, colour)):
        if meant and check is None and chosen_colour(tracker, reference.handle, meant):
            check = _check_as_asked(session, reference.handle, search, size, asked, meant)
            check = check if check is not None and check.in_stock else None
            asked_colour = meant if check is not None else asked_colour
    if check is None:
        check = _check_as_asked(session, reference.handle, search, size, asked, colour)
    if check is None:
        dispatcher.utter_message(response="utter_unknown_product")
        return [], None, ""
    size, colour = check.size, check.colour
    product = check.product
    events: Events = [SlotSet(CURRENT_PRODUCT, product.handle)]
    if said_colour is None and not asked_colour and (size is not None or _sizeless(check)):
        # "White or light blue" searched, then "i take it": which of them, when it is in stock
        # in more than one; the one that is, said as taken (stranger test 32). A tie has no
        # size: "burgundy or navy" asks "Burgundy or Navy?", never Black (stranger test 74).
        among = _alternatives_in_stock(session, product.handle, size, search.colour)
        if len(among) > 1:
            ask_colour(dispatcher, product, size, [v.colour for v in among], payload_for,
                       named=True)  # fmt: skip
            return events, None, product.title
        if among:
            return events, among[0], product.title
    if not check.in_stock:
        dispatcher.utter_message(text=availability_replies.availability_text(check))
        in_size = check_variant(session, product.handle, kept := size or asked or search.size)
        if colour and not check.colour_made and in_size is not None and in_size.in_stock:
            # "is there a sage one, im a M": no sage at all; the colours left in M, one tap each.
            colours = list(dict.fromkeys(v.colour for v in in_size.in_stock if v.colour))
            ask_colour(dispatcher, product, kept, colours, payload_for)
            return events, None, product.title
        if size is not None:
            # Sold out in the size asked for: the sizes it is still in stock in, one tap each.
            others = check_variant(session, product.handle, None, colour)
            if others is None or not others.in_stock:
                others = check_variant(session, product.handle)
            # A one-size bag has no size to ask for (stranger test 91, B5).
            if others is not None and any(v.size for v in others.in_stock):
                # "in M" of a blazer: its 38R and 40R first (stranger test 93, A4).
                first = likely_first(size, others.in_stock, product.sizes_offered)
                ask_size(dispatcher, product.handle, product.title, first, None,
                         payload_for, named=tuple(product.sizes_offered),
                         named_in=others.in_stock[0].colour if others.colour else None)  # fmt: skip
        return events, None, product.title
    sizes = list(dict.fromkeys(v.size for v in check.in_stock if v.size))
    colours = list(dict.fromkeys(v.colour for v in check.in_stock if v.colour))
    if len(sizes) > 1:
        ask_size(dispatcher, product.handle, product.title, check.in_stock, colour, payload_for,
                 asked or search.size)  # fmt: skip
        return events, None, product.title
    if len(colours) > 1:
        ask_colour(dispatcher, product, size, colours, payload_for)
        return events, None, product.title
    if said_colour is None and not asked_colour:  # Navy sold out in 46R: Blue, said (98, B3)
        tell_only_colour_left(dispatcher, product, check.in_stock[0])
    return events, check.in_stock[0], product.title


def _sizeless(check: VariantCheck) -> bool:
    """Whether the product comes in no sizes (a tie): its colour is all there is to choose."""
    return bool(check.in_stock) and not any(v.size for v in check.in_stock)


def _alternatives_in_stock(
    session, handle: str, size: str, searched: str | None
) -> list[VariantFacts]:
    """A variant in stock in `size` per colour of the search's alternatives ("white or light
    blue"), each alternative the product is not made in read as its nearest colour (lexicon
    `colour_shades`: light blue -> Blue, never Navy); empty when the search named no alternatives
    or the product is in stock in none of them."""
    choices = colour_choices(searched)
    if len(choices) < 2:
        return []
    found: dict[str, VariantFacts] = {}
    for choice in choices:
        check = check_variant(session, handle, size, choice)
        if check is not None and not check.offered:
            near = nearest_shade_query(ProductQuery(colour=choice))
            if near is not None and near.colour:
                check = check_variant(session, handle, size, near.colour, near.not_colours)
        for variant in check.in_stock if check is not None else ():
            found.setdefault(variant.colour or "", variant)
    return [variant for colour, variant in found.items() if colour]


def in_the_products_sizes(
    dispatcher,
    tracker: Tracker,
    session,
    handle: str,
    sizes: tuple[str | None, str | None, ProductQuery],
    colour: str | None,
    payload_for: PayloadFor,
) -> tuple[str | None, str | None, ProductQuery] | None:
    """The sizes in use (`sizes`: the message's, the one asked lately, the search) in the
    product's own size system: a women's 8.5 on a sneaker made in men's US sizes is the men's US 7
    its catalog text gives ("women usually take 1.5 sizes down"), said so. None, after saying it
    is sized for the other gender and asking which size, when the catalog gives no rule."""
    size, asked, search = sizes
    said_for, said = _size_said_for(tracker, size, asked, search)
    if not (said_for and said and re.fullmatch(r"(?:us)?[\d.]+", said)):
        return sizes  # no gender said with it, or no US-style size (EU and letters are shared)
    details = product_details(session, handle)
    system = size_system(details.description) if details else None
    if system is None or said_for == system.sized_for:
        return sizes
    converted = system.converted(said)
    if converted is None:
        dispatcher.utter_message(
            text=order_replies.sized_for_other_text(details.title, system, said)
        )
        in_colour = check_variant(session, handle, None, colour)
        if in_colour is None or not in_colour.in_stock:
            in_colour = check_variant(session, handle)
        if in_colour is not None and in_colour.in_stock:
            ask_size(dispatcher, handle, details.title, in_colour.in_stock, colour, payload_for)
        return None
    dispatcher.utter_message(
        text=order_replies.converted_size_text(details.title, system, said, converted)
    )
    if size:
        return converted, asked, search
    if asked:
        return size, converted, search
    return size, asked, search.updated(size=converted)


def _size_said_for(
    tracker: Tracker, size: str | None, asked: str | None, search: ProductQuery
) -> tuple[str | None, str | None]:
    """The gender the size in use was said for ("womens 8.5": female) and that size key: the one
    in the latest message, else the one asked about lately, else the search's."""
    if size:
        return (latest_entities(tracker).get("gender") or [None])[-1], size
    if asked:
        return (said_lately(tracker, "size").get("gender") or [None])[-1], asked
    return search.gender, search.size


def _check_as_asked(
    session,
    handle: str,
    search: ProductQuery,
    size: str | None,
    asked: str | None,
    colour: str | None,
) -> VariantCheck | None:
    """The product's variants in the size and colour said (`check_as_searched`), the size asked
    about lately (`asked`) first: "a small?" then "add it" is in S, when it is made in S."""
    if asked:
        check = check_as_searched(session, handle, search.updated(size=asked), None, colour)
        if check is not None and check.size == asked:
            return check
    return check_as_searched(session, handle, search, size, colour)


def the_one_that_fits(
    tracker: Tracker, session, reference: ProductReference, size: str | None, colour: str | None
) -> ProductReference:
    """ "Add it" when several products are on screen and the shopper asked about a size: the only
    one in stock in it ("does that come in a small?" answered for each), or the question narrowed
    to those that are. Any other reference is kept."""
    if reference.handle is not None or size is None or reference.problem != "ambiguous":
        return reference
    candidates = reference.candidates or tuple(ShownResults.from_tracker(tracker).handles)
    fitting = []
    for handle in candidates:
        check = check_variant(session, handle, size, colour)
        if check is not None and check.in_stock:
            fitting.append(handle)
    if len(fitting) == 1:
        return ProductReference(fitting[0])
    if 1 < len(fitting) < len(candidates):
        return ProductReference(None, "ambiguous", candidates=tuple(fitting))
    return reference


def check_as_searched(
    session, handle: str, search: ProductQuery, size: str | None, colour: str | None
) -> VariantCheck | None:
    """The product's variants in the size and colour the message names and, where it names
    none, in what the current search asked for: the shopper said it once ("black shoes in size
    10" -> "add the second one" is the black pair in 10; "a leather bag, not brown" -> "add the
    first one" offers no brown).

    The search's size and colour count only for a product made in them (a bow tie bought after a
    search for shoes in size 10 has no size 10); the colours it ruled out, only while another
    colour is left in stock.
    """
    searched_size = search.size if size is None else size
    searched_colour = search.colour if colour is None else colour
    ruled_out = search.not_colours if colour is None else ()
    if ruled_out:
        narrowed = check_variant(session, handle, searched_size, searched_colour, ruled_out)
        if narrowed is not None and narrowed.in_stock:
            return narrowed
    if (searched_size, searched_colour) != (size, colour):
        searched = check_variant(session, handle, searched_size, searched_colour)
        if searched is not None and searched.offered:
            return searched
        if searched_size != size and searched_colour != colour:
            # Navy suits searched, then "the chester loafer in 10?" and "buy it": no navy loafer,
            # but the size still counts.
            sized = check_variant(session, handle, searched_size, colour)
            if sized is not None and sized.offered:
                return sized
    return check_variant(session, handle, size, colour)
