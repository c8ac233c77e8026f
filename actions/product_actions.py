"""The actions about one product: their shared base, its details, its price, its availability.

Picking one from the list and the availability check, which can hand back to the search, are in
actions/picking.py; the answer about one product's availability is here.
"""

from __future__ import annotations

import re
from abc import abstractmethod
from dataclasses import replace
from decimal import Decimal

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions import alert_replies, availability_replies, product_replies, replies, search_replies
from actions.base import Events, ShopAction, perform_action
from actions.cart_totals import answer_price_against, asks_total_of_several, tell_total
from actions.conversation import (
    CURRENT_PRODUCT,
    SEARCH_QUERY,
    ShownResults,
    ask_which_one,
    current_query,
    latest_entities,
    resolve_product,
)
from actions.described_product import asked_size_and_colour as asked
from actions.described_product import products_described, show_described
from actions.eu_dress_sizes import product_dress_size
from actions.nothing_shown import explain_unresolved
from actions.price_with_more import PRICE_ANSWERS
from actions.reach_a_person import contact_details
from actions.reference_replies import said_product_name
from actions.search_results import (
    answer_colour_not_on_screen,
    no_product_by_that_name,
    show_results,
)
from actions.second_of_one import the_one_shown
from actions.shoe_size_replies import is_letter_size, shoe_letter_size_text, shoe_size_buttons
from actions.what_fits_inside import tell_what_fits_inside
from commerce.analytics.markers import UNMET_DEMAND, sold_out_asked
from commerce.config import load_settings
from commerce.product_facts import product_fact
from commerce.products import ProductDetails, check_variant, product_details, similar_products
from commerce.profiles import kind_of_type
from commerce.search import ProductQuery, SearchResult, category_types, find_products, sold_kinds
from commerce.sizes import size_query_key
from shop_nlu.colour_questions import asks_which_sizes
from shop_nlu.prices_of_all import asks_prices_of_all


class ProductAction(ShopAction):
    """An action about one product: the one named, pointed at ("the second one") or in focus."""

    def perform(self, dispatcher, tracker, domain, session) -> Events:
        if answer_price_against(dispatcher, tracker, session):
            return []  # "is it over 100?": its price against the amount
        if asks_total_of_several(tracker):
            return tell_total(dispatcher, tracker, session)  # "the whole outfit": a total
        # "The second one" with only one on screen: that one (stranger test 62).
        reference = the_one_shown(dispatcher, tracker, session, resolve_product(tracker, session))
        if reference.problem == "none" and (described := products_described(tracker, session)):
            if len(described.handles) == 1:  # "the burgundy velvet dress": the one there is
                reference = replace(reference, handle=described.handles[0], problem=None)
            elif self.name() == "action_check_availability":  # "the velvet one in M?": each
                told = availability_of_list_answer(dispatcher, session, described, *asked(tracker))
                return told + show_described(dispatcher, tracker, session)  # to tap and buy
        details = product_details(session, reference.handle) if reference.handle else None
        if details is None and reference.problem == "ambiguous_name":
            # "the kensington": several products are called that; show them to pick from.
            dispatcher.utter_message(text=search_replies.which_of_these_text(reference.name))
            return show_results(dispatcher, session, ProductQuery(product=reference.name))
        if (
            details is None
            and reference.problem == "unknown_name"
            and reference.name
            and "unknown_product" in latest_entities(tracker)
        ):
            # "Is whey protein available?": nothing by that name, so not sold; say what we sell.
            text = search_replies.not_sold_text(reference.name, None, sold_kinds(session))
            dispatcher.utter_message(text=text)
            return []
        named = said_product_name(tracker.latest_message.get("text") or "")
        if details is not None and named and not _of_the_kinds_named(details, tracker):
            details = None  # "called the fenwick jacket": the Fenwick Suede Oxford is no jacket
        if details is None and named:
            # "I think it's called the harrow field jacket": nothing by that name.
            return no_product_by_that_name(dispatcher, tracker, session, named)
        if details is None:
            # "the pink one" under ties none of which is pink: say so, and show pink ties.
            if reference.problem == "no_such_one" and (
                unseen := answer_colour_not_on_screen(dispatcher, tracker, session)
            ):
                return unseen
            # "the black one" when both are black: name them (`ask_which_one`), else explain.
            if not ask_which_one(dispatcher, tracker, session, reference):
                explain_unresolved(dispatcher, tracker, session, reference.problem)
            return []
        return [SlotSet(CURRENT_PRODUCT, details.handle)] + self.answer(
            dispatcher, tracker, session, details
        )

    @abstractmethod
    def answer(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        session: Session,
        details: ProductDetails,
    ) -> Events:
        """Answer about the product, which is now the one in focus; return any further events."""


class ActionShowProductDetails(ProductAction):
    """Details of one product: price, description, sizes and colours in stock."""

    def name(self) -> str:
        return "action_show_product_details"

    def answer(self, dispatcher, tracker, session, details) -> Events:
        buttons = [
            {"title": "Buy", "payload": replies.buy_payload(details.handle)},
            {"title": "Add to cart", "payload": replies.add_to_cart_payload(details.handle)},
        ]
        dispatcher.utter_message(
            text=product_replies.details_text(details),
            image=details.image_url,
            buttons=buttons
            if details.in_stock
            else alert_replies.notify_buttons(tracker.get_latest_input_channel(), details.handle),
        )
        return tell_what_fits_inside(dispatcher, tracker, session, details)  # "room for keys?"


class ActionShowPrice(ProductAction):
    """ "How much is it?" """

    gives_way_to = PRICE_ANSWERS  # "price incl shipping"; "which is lightest? and its price?"

    def name(self) -> str:
        return "action_show_price"

    def perform(self, dispatcher, tracker, domain, session) -> Events:
        # "My chest is 42 regular. What is the price range please?" with two tuxedos on screen:
        # the price of each in that size, never "which one do you mean?" (stranger test 35).
        shown = ShownResults.from_tracker(tracker)
        if len(shown.handles) > 1 and asks_prices_of_all(tracker.latest_message.get("text") or ""):
            reference = resolve_product(tracker, session)
            if reference.handle is None and reference.problem == "ambiguous":
                return _tell_prices_of_shown(dispatcher, tracker, session, shown)
        return super().perform(dispatcher, tracker, domain, session)

    def answer(self, dispatcher, tracker, session, details) -> Events:
        # Its price depends on the size, and the search is for one it is in stock in: that
        # size's price, as the list showed it (stranger test 30).
        size = current_query(tracker).size if details.price_from != details.price_to else None
        check = check_variant(session, details.handle, size) if size else None
        in_size = (size, list(check.in_stock)) if size and check and check.in_stock else None
        dispatcher.utter_message(text=product_replies.price_answer_text(details, in_size))
        return []


def _tell_prices_of_shown(
    dispatcher: CollectingDispatcher, tracker: Tracker, session: Session, shown: ShownResults
) -> Events:
    """The price of each product on screen, cheapest first, in the size the message says (then
    kept for the search) or else the search's."""
    said = latest_entities(tracker).get("size") or []
    size = (size_query_key(said[0]) if said else None) or current_query(tracker).size
    if (
        not said
        and size
        and not any(check_variant(session, h, size).in_stock for h in shown.handles)
    ):
        size = None  # the closest ones, "in other sizes" than searched: their prices (test 63)
    prices: list[tuple[Decimal, str, str | None]] = []
    for handle in shown.handles:
        details = product_details(session, handle)
        if details is None:
            continue
        check = check_variant(session, handle, size) if size else None
        if check is None:
            low, high = details.price_from, details.price_to
        elif check.in_stock:
            low, high = min(v.price for v in check.in_stock), max(v.price for v in check.in_stock)
        else:
            prices.append((details.price_to, details.title, None))
            continue
        prices.append((low, details.title, replies.price_text(low, high)))
    prices.sort(key=lambda found: found[0])
    text = product_replies.prices_of_shown_text([(t, p) for _, t, p in prices], size)
    dispatcher.utter_message(text=text)
    if not size or size == current_query(tracker).size:
        return []
    return [SlotSet(SEARCH_QUERY, replace(current_query(tracker), size=size).to_dict())]


def _of_the_kinds_named(details: ProductDetails, tracker: Tracker) -> bool:
    """Whether the product is of a kind the latest message names, or it names none."""
    kinds = latest_entities(tracker).get("category") or []
    return not kinds or any(details.product_type.lower() in category_types(kind) for kind in kinds)


# --- is it in that size or colour -------------------------------------------------------------


# "my feet are between sizes": the catalog's advice on the fit goes with the answer.
_BETWEEN_SIZES = re.compile(r"\bbetween\s+(?:two\s+)?sizes\b", re.IGNORECASE)


def _each_asked(tracker: Tracker, name: str) -> list[str]:
    """The different values of an entity the message asks about, in order; colours said one after
    another ("blush pink") are one colour, the last word."""
    found: list[tuple[str, int | None, int | None]] = []
    text = tracker.latest_message.get("text") or ""
    for entity in tracker.latest_message.get("entities") or []:
        if entity.get("entity") != name or entity.get("role"):
            continue
        value, start, end = str(entity.get("value")), entity.get("start"), entity.get("end")
        if (
            found
            and start is not None
            and found[-1][2] is not None
            and not text[found[-1][2] : start].strip()
        ):
            found[-1] = (value, start, end)
        else:
            found.append((value, start, end))
    return list(dict.fromkeys(value for value, _, _ in found))


def others_in_size(
    session: Session, search: ProductQuery, handles: list[str], size: str
) -> SearchResult:
    """Products in stock in `size` instead of those not made in it (`handles`): those of the
    search on screen, else the first one's kind for the same person (`similar_products`)."""
    # (in the list's own order: a "closest" list's order would give the size up again)
    in_size = search.updated(size=size, sort=None if search.sort == "closest" else search.sort)
    if search.category:
        found = find_products(session, in_size, exclude_handles=handles)
        if found.matches:
            return found
    # "which of those come in a 6?" under dresses up to $250: within that budget still (stranger
    # test 52, docs/nlu/stranger-test-52.md, problem 4), never $600 gowns.
    return similar_products(session, handles[0], size=size, price_max=search.price_max)


def offer_in_size(
    dispatcher: CollectingDispatcher, text: str, size: str, others: SearchResult
) -> Events:
    """`text` (not made in `size`) followed by what the shop has in that size, one tap each;
    "the first one" then means the first of these."""
    dispatcher.utter_message(
        text=text + "\n" + search_replies.in_that_size_text(size, others),
        buttons=search_replies.result_buttons(others),
        product_cards=search_replies.product_cards(others),
    )
    return [ShownResults.of(others).slot()]


def availability_of_list_answer(
    dispatcher: CollectingDispatcher,
    session: Session,
    shown: ShownResults,
    size: str | None,
    colour: str | None,
) -> Events:
    """ "Do they come in 10?", "whats in stock in 10" of the list on screen: a line for each
    product shown, in the colour asked or else the colour searched for ("brown shoes": whether
    each is in brown in 10, and which colours are when brown isn't); when more were found than
    shown, how many of all of them are in stock in that size, with a tap to see them."""
    searched = ProductQuery.from_dict(shown.query)
    # A colour said of the list ("in tan?") is not the search's: what was found says nothing of it.
    of_the_search = colour is None or colour == searched.colour
    if size and colour is None:
        colour = searched.colour  # "whats in stock in 10" under brown shoes: brown ones in 10
    checks = [check_variant(session, h, size=size, colour=colour) for h in shown.handles]
    checks = [c for c in checks if c]
    text = availability_replies.availability_on_screen_text(checks)
    if size and checks and not any(c.offered for c in checks):
        # "do u have that one in a medium?" of three not made in M: what is, if any.
        others = others_in_size(session, searched, list(shown.handles), size)
        if others.matches:
            return offer_in_size(dispatcher, text, size, others)
    buttons = []
    if size and of_the_search and shown.total > len(shown.handles) and searched.category:
        # Three of 20 shown: the other 17 count too. In the search's own colours (a brown
        # search takes its tan and cognac), as the tap below lists them.
        in_size = find_products(session, searched.updated(size=size), limit=1).total
        described = replies.describe_query(searched.without("size"))
        text += "\n" + availability_replies.all_found_in_size_text(
            described, shown.total, in_size, size
        )
        if in_size:
            buttons = [availability_replies.show_in_size_button(size, in_size)]
    dispatcher.utter_message(text=text, buttons=buttons)
    return []


# "wich colour it have and is size 40 ok?": which colours, with a size (not "what sizes").
_ASKS_COLOURS = re.compile(r"\bcolou?rs?\b(?!.*\bsizes\b)", re.IGNORECASE)


def _colour_chosen(search: ProductQuery, details: ProductDetails) -> str | None:
    """The one colour searched for, when the product is made in it ("in burgundy?"), else None."""
    made = {colour.lower() for colour in details.sizes_by_colour}
    if search.colour and search.colour.lower() in made:
        return search.colour
    return None


def availability_answer(
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    session: Session,
    details: ProductDetails,
) -> Events:
    """ActionCheckAvailability's answer about one product: the sizes it comes in, whether it is
    in the size and colour asked (or searched for), with similar ones in stock and a way to be
    told when a sold-out size is back."""
    entities = latest_entities(tracker)
    # "Would you have some nude or tan heels that go with it?" with a gown open: heels to look
    # for, never whether the gown comes in tan (stranger test 52, docs/nlu/stranger-test-52.md).
    kinds = entities.get("category") or []
    if kinds and not any(details.product_type.lower() in category_types(k) for k in kinds):
        return perform_action("action_search_products", dispatcher, tracker, {}, session)
    search = current_query(tracker)
    size = size_query_key(entities["size"][-1]) if "size" in entities else None
    if size is not None:
        size = product_dress_size(dispatcher, details, size)  # "in 38?" of a gown: US 6, said
    colour = entities["colour"][-1] if "colour" in entities else None
    if asks_which_sizes(tracker.latest_message.get("text") or ""):
        if size is not None and _ASKS_COLOURS.search(tracker.latest_message.get("text") or ""):
            # "wich colour it have and is size 40 ok?" after "in burgundy?": its colours, and
            # size 40 (40R, 40L) in the colour chosen (stranger test 38).
            chosen = colour or _colour_chosen(search, details)
            check = check_variant(session, details.handle, size=size, colour=chosen)
            text = availability_replies.colours_and_size_text(details, check)
            said = tracker.latest_message.get("text") or ""
            comfort = product_fact(session, details.handle, said)
            if comfort and comfort.topic == "comfort":  # "is it comfortable ... ?" (test 58)
                contact = contact_details(load_settings())
                text += "\n" + product_replies.product_fact_text(comfort, contact)
            dispatcher.utter_message(text=text)
            return []
        # "What sizes does it come in?", "which sizes are left in olive?": the exact list, not
        # a yes for a size that "sizes" was misread as.
        check = check_variant(session, details.handle, colour=colour) if colour else None
        dispatcher.utter_message(text=availability_replies.sizes_in_stock_text(details, check))
        return []
    # "Does it come in navy or a blush pink?", "in 10 or 11?": an answer for each.
    colours, sizes = _each_asked(tracker, "colour"), _each_asked(tracker, "size")
    if len(colours) > 1 or len(sizes) > 1:
        checks = [
            check_variant(session, details.handle, size=size_query_key(one_size) if one_size
                          else None, colour=one_colour)
            for one_colour in colours or [None]
            for one_size in sizes or [None]
        ]  # fmt: skip
        dispatcher.utter_message(
            text=availability_replies.availability_of_each_text(
                [check for check in checks if check]
            )
        )
        return []
    others = None  # the size in every colour, when the colour answered for is the one searched
    if size is None and colour is None:
        # "Is it in stock?" right after a search means in the size and colour searched for.
        size, colour = search.size, search.colour
    elif colour is None and (chosen := _colour_chosen(search, details)):
        # "is size 40 ok?" after "in burgundy?": in burgundy, and the others left in 40 after.
        colour, others = chosen, check_variant(session, details.handle, size=size)
    if size is None and colour is None:
        dispatcher.utter_message(
            text=f"The {details.title}: {availability_replies.stock_text(details)}"
        )
        return []
    check = check_variant(session, details.handle, size=size, colour=colour)
    # "not black pls", then "is the cheaper one in stock in 8.5?": the colours ruled out are not
    # offered; where it is in stock in those only, that is said, never that it is sold out.
    ruled_out = tuple(search.not_colours) if colour is None and check.in_stock else ()
    allowed = (
        check_variant(session, details.handle, size=size, not_colours=ruled_out)
        if ruled_out
        else None
    )
    if allowed is not None and allowed.in_stock:
        check = allowed
    if (
        not check.size_made
        and is_letter_size(size)
        and kind_of_type(details.product_type) == "shoes"
    ):
        # "do u have that one in a medium?" of shoes: their numbered sizes in stock, and a tap each.
        dispatcher.utter_message(
            text=shoe_letter_size_text(details, size), buttons=shoe_size_buttons(details)
        )
        return []
    text = availability_replies.availability_text(check)
    if others is not None and check.in_stock:
        text += availability_replies.also_in_colours_text(check, others)
    if allowed is not None and not allowed.in_stock:
        text = availability_replies.only_in_ruled_out_text(check)
    if size and not check.offered and not check.size_made:
        # "Is it in a 6?" of a loafer made from 7 up: what the shop has in a 6, not a dead end.
        others = others_in_size(session, search, [details.handle], size)
        if others.matches:
            # "The first one" now means the first of these; "it" is still this product.
            return offer_in_size(dispatcher, text, size, others)
    # "do u have 11.5, my feet are between sizes": the catalog's advice on the fit, too.
    if _BETWEEN_SIZES.search(tracker.latest_message.get("text") or ""):
        fit = product_fact(session, details.handle, "how does it fit")
        if fit and fit.quotes and fit.quotes[0].rstrip(".") not in text:  # not quoted yet
            text += availability_replies.fit_advice_text(fit)
    # A sold-out size offers an opt-in alert, "Notify me" (actions/alerts.py), where one can be sent.
    notify = []
    if check.offered and not check.in_stock:
        channel = tracker.get_latest_input_channel()
        notify = alert_replies.notify_buttons(channel, details.handle, size, colour)
    # A size or colour it is made in but sold out: counted in the shop owner's report.
    demand: Events = []
    if check.offered and not check.in_stock:
        demand = [SlotSet(UNMET_DEMAND, sold_out_asked(details.handle, size, colour))]
    if check.offered and not check.in_stock and not check.other_colours_in_size:
        similar = similar_products(session, details.handle, size=size, colour=colour)
        if similar.matches:
            text += "\nSimilar ones in stock:\n" + search_replies.result_lines(similar)
            dispatcher.utter_message(
                text=text,
                buttons=search_replies.result_buttons(similar) + notify,
                product_cards=search_replies.product_cards(similar),
            )
            # "The first one" now means the first of these; "it" is still this product.
            return [ShownResults.of(similar).slot()] + demand
    dispatcher.utter_message(text=text, buttons=notify)
    return demand
