"""How the recommendation answers read: outfits with reasons, "also bought", new arrivals and
products side by side. The facts come from commerce/recommend/; the lines and cards reuse the
search results' wording (actions/search_replies.py)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from actions import replies, search_replies
from commerce.recommend import (
    Arrivals,
    ColourPairing,
    Comparison,
    CoPurchases,
    Outfit,
    ProductSide,
    Reason,
)
from commerce.recommend.pairing import CAN_BUT, YES, PairCheck
from commerce.search import ProductQuery, SearchResult, category_types
from commerce.sizes import display_size

# Tags that are a dress code: "matches the black-tie dress code".
DRESS_CODES = {"black-tie", "formal", "cocktail", "business", "casual"}
# How an occasion tag reads after "also for": "also for weddings".
OCCASION_WORDS = {
    "wedding": "weddings", "interview": "interviews", "party": "parties", "office": "the office",
    "prom": "prom", "evening": "evenings out", "weekend": "weekends", "beach": "the beach",
    "summer": "summer", "winter": "winter",
}  # fmt: skip


def reason_text(reason: Reason) -> str:
    """A few words for why a suggestion is there: "matches the black-tie dress code"."""
    if reason.kind == "occasion":
        tag = reason.value
        if tag in DRESS_CODES:
            return f"matches the {tag} dress code"
        return f"also for {OCCASION_WORDS.get(tag, tag.replace('-', ' '))}"
    if reason.kind == "same_colour":
        return f"same {reason.value} {reason.detail}".strip()
    if reason.kind == "colour_goes":
        return f"{reason.value} goes with {reason.detail}"
    if reason.kind == "material":
        return f"also {reason.value}"
    return reason.value


def _lines_with(result: SearchResult, notes: list[str]) -> str:
    """The numbered result lines of a search, each followed by its note."""
    lines = search_replies.result_lines(result, notes=False).split("\n")
    return "\n".join(
        f"{line} — {note}" if note else line for line, note in zip(lines, notes, strict=True)
    )


def _titles(titles: tuple[str, ...]) -> str:
    names = [f"the {title}" for title in titles]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def outfit_lines(outfit: Outfit) -> str:
    notes = [", ".join(map(reason_text, s.reasons)) for s in outfit.suggestions]
    return _lines_with(outfit.as_result(), notes)


def outfit_text(
    outfit: Outfit,
    from_cart: bool = False,
    quiet: str | None = None,
    lowest_heels: bool = False,
    kinds: Sequence[str] = (),
) -> str:
    """ "To go with the Whitehall Two-Piece Suit: 1. ... — matches the business dress code" (with
    a `quiet` look, "not too loud": ", plain ones first (...)" before the list; `lowest_heels`,
    "nothing too high": ", the flattest first (...)")."""
    goes_with = "what's in your cart" if from_cart else _titles(outfit.anchors)
    if not outfit.suggestions:
        if not outfit.known_kind:
            return (
                f"I don't have styling rules for {goes_with} yet, so I won't guess what goes "
                'with it. Tell me what you\'d like to pair it with, e.g. "a belt".'
            )
        missing = f" ({' or '.join(outfit.unfilled)})" if outfit.unfilled else ""
        for_whom = _FOR_WHOM.get(outfit.gender or "", "")
        return f"I have nothing{for_whom} in stock right now to go with {goes_with}{missing}."
    if outfit.widened:
        # The rules' kinds had none in stock for whom it is made: say so, and what was searched.
        for_whom = _FOR_WHOM.get(outfit.gender or "", "")
        whose = _WHOSE.get(outfit.gender or "", "")
        return (
            f"My styling rules pair {goes_with} with {' or '.join(outfit.unfilled)}, and I have "
            f"none{for_whom} in stock, so here are {whose}clothes and shoes that go with it:\n"
            + outfit_lines(outfit)
        )
    order = search_replies.quiet_order_words(quiet)
    if lowest_heels:  # of several kinds asked for ("shoes and a little bag"), the shoes only
        shoes = next((k for k in kinds if "heels" in category_types(k)), "") if kinds[1:] else ""
        order += f", the {shoes} flattest first".replace("  ", " ")
        order += " (by the heel heights our catalog gives)"
    return f"To go with {goes_with}{order}:\n" + outfit_lines(outfit)


def feature_wished_text(feature: str, kind: str, places: list[int]) -> str:
    """ "In velvet: number 4." after the list, or "I have no velvet bow ties to go with it, so
    these are the bow ties that do." when none of them has it (stranger test 89 B3)."""
    if not places:
        return f"I have no {feature} {kind} to go with it, so these are the {kind} that do."
    numbers = " and ".join(str(place) for place in places)
    return f"In {feature}: number {numbers}."


_FOR_WHOM = {"male": " for men", "female": " for women"}
_WHOSE = {"male": "men's ", "female": "women's "}


def owned_outfit_text(owned: str, outfit: Outfit) -> str:
    """ "Since you have the emerald green gown already, here's what would go with it: 1. ..."."""
    if not outfit.suggestions:
        return f"I have nothing in stock right now to go with your {owned}."
    return f"Since you have the {owned} already, here's what would go with it:\n" + outfit_lines(
        outfit
    )


def bought_together_text(co: CoPurchases, own_picks: Outfit | None = None) -> str:
    """The co-purchases with how many orders had both; or why there are none to show, followed by
    the shop's own picks (`own_picks`) when there are some."""
    if co.items:
        notes = [f"in {_orders(count)} with it" for _, count in co.items]
        matches = [match for match, _ in co.items]
        result = SearchResult(query=ProductQuery(), matches=matches, total=len(matches))
        return f"Shoppers who ordered the {co.title} also ordered:\n" + _lines_with(result, notes)
    if not co.orders:
        why = f"Nobody has ordered the {co.title} yet"
    else:
        why = (
            f"The {co.title} is in {_orders(co.orders)}, but nothing else was bought with it in "
            f"at least {co.floor} of them"
        )
    text = why + ", so I can't say what people buy with it."
    if own_picks is not None and own_picks.suggestions:
        text += " Here's what goes with it by the shop's own styling:\n" + outfit_lines(own_picks)
    return text


def _orders(count: int) -> str:
    return "1 order" if count == 1 else f"{count} orders"


def _day(moment: datetime) -> str:
    return f"{moment:%A} {moment.day} {moment:%B}"


def arrivals_heading(arrivals: Arrivals, described: str) -> str:
    """What a "new arrivals" list rests on: when products were added, never a date we lack."""
    newest = arrivals.newest
    if newest is None:
        return (
            f"I don't know which {described} are new: the shop hasn't recorded when they were "
            "added. Here they are in our usual order:"
        )
    if arrivals.any_recent:
        return f"New {described}, the most recently added first (the newest on {_day(newest)}):"
    return (
        f"Nothing new in {described} in the last {arrivals.window_days} days. "
        f"The most recent, added on {_day(newest)}:"
    )


def arrivals_text(arrivals: Arrivals, described: str) -> str:
    result = arrivals.result
    return arrivals_heading(arrivals, described) + "\n" + search_replies.result_lines(result)


# --- comparisons ------------------------------------------------------------------------------


def _price(side: ProductSide) -> str:
    details = side.details
    return replies.price_text(details.price_from, details.price_to, details.compare_at_price)


def _colours(side: ProductSide) -> str:
    colours = [colour for colour in side.details.stock_by_colour if colour]
    if not side.details.in_stock:
        return "sold out"
    return ", ".join(colours) or "one colour"


def _sizes(side: ProductSide) -> str:
    details = side.details
    if not details.in_stock:
        return "none"
    in_stock = [size for sizes in details.stock_by_colour.values() for size in sizes]
    offered = list(details.sizes_offered)
    ordered = [size for size in offered if size in set(in_stock)]
    return replies.sizes_text(ordered, offered) if ordered else "one size"


def _words(values: tuple[str, ...]) -> str:
    return ", ".join(value.replace("-", " ") for value in values) or "–"


def comparison_text(comparison: Comparison, asked: str | None = None) -> str:
    """The products side by side; `asked` ("cheaper", "pricier") answers that question first."""
    sides = comparison.sides
    lines = []
    cheapest, dearest = comparison.cheapest, comparison.dearest
    if asked == "cheaper" or asked == "pricier":
        pick = cheapest if asked == "cheaper" else dearest
        if pick is None:
            lines.append(f"They cost the same: {_price(sides[0])}.")
        else:
            others = [side for side in sides if side is not pick]
            against = ", ".join(f"{_price(side)} for the {side.details.title}" for side in others)
            word = "cheaper" if asked == "cheaper" else "pricier"
            if len(sides) > 2:
                word = "cheapest" if asked == "cheaper" else "priciest"
            lines.append(f"The {pick.details.title} is {word}: {_price(pick)}, against {against}.")
    lines.append(" vs ".join(side.details.title for side in sides) + ":")
    rows = [
        ("Price", _price),
        ("Colours in stock", _colours),
        ("Sizes in stock", _sizes),
        ("Made of", lambda side: _words(side.materials)),
        ("Details", lambda side: _words(side.features)),
        ("For", lambda side: _words(side.occasions)),
    ]
    for label, value in rows:
        values = [value(side) for side in sides]
        if label == "Details" and all(v == "–" for v in values):
            continue
        lines.append(f"• {label}: " + " | ".join(values))
    if asked is None and cheapest is not None and comparison.price_gap:
        lines.append(_cheapest_line(cheapest, [side for side in sides if side is not cheapest]))
    return "\n".join(lines)


def _cheapest_line(cheapest: ProductSide, others: list[ProductSide]) -> str:
    """ "The Ashby is $10.00 cheaper." of two; of three, how much less than each of the others
    ("... is the cheapest: $10.00 less than the Marsden and $16.00 less than the Mayfair";
    docs/nlu/stranger-test-73.md, A3), so no gap is read as the one to the wrong product."""
    price = cheapest.details.price_from
    if len(others) == 1:
        gap = others[0].details.price_from - price
        return f"The {cheapest.details.title} is {replies.money(gap)} cheaper."
    gaps = " and ".join(
        f"{replies.money(side.details.price_from - price)} less than the {side.details.title}"
        for side in sorted(others, key=lambda side: side.details.price_from)
    )
    return f"The {cheapest.details.title} is the cheapest: {gaps}."


def comparison_buttons(comparison: Comparison) -> list[dict]:
    return [
        {
            "title": f"{index}. {side.details.title}",
            "payload": replies.select_payload(side.details.handle),
        }
        for index, side in enumerate(comparison.sides, start=1)
    ]


def pick_text(title: str, price: str, units: int, window_days: int) -> str:
    """ "Just pick one for me": the pick and why, never a taste we don't have: the best seller of
    those shown (`units` sold in the window), or the first in our usual order when none sold."""
    if units:
        why = f"the best seller of these, with {units} sold in the last {window_days} days"
    else:
        why = (
            "the first of these in our usual order: I have no sales figures to rank them by, and "
            "I can't judge taste for you"
        )
    return f"My pick: the {title} ({price}), {why}. Tap another if you'd rather."


def pick_fits_text(searched: ProductQuery | None) -> str:
    """Under the pick: what the list it was picked from was searched for, so true of it too (in
    stock in the size, within the budget); nothing when it kept neither."""
    kept = []
    if searched is not None and searched.size:
        kept.append(f"in stock in {display_size(searched.size)}")
    if searched is not None and searched.price_max is not None:
        kept.append(f"within your {replies.money(searched.price_max)}")
    return f" It's {' and '.join(kept)}, as you asked." if kept else ""


def colour_pairing_text(pairing: ColourPairing) -> str:
    """ "Would that go with green?": which of the product's colours in stock go with it by the
    shop's colour guide; without a verdict where the guide says nothing about that colour."""
    colours = [*pairing.going, *pairing.others]
    if not colours:
        return f"The {pairing.title} isn't in stock in any colour right now."
    comes_in = f"The {pairing.title} comes in {_listed(colours)}."
    if not pairing.known:
        return (
            f"I can't judge that: our colour guide says nothing about {pairing.colour}. {comes_in}"
        )
    if not pairing.going:
        return (
            f"Our colour guide doesn't pair {pairing.colour} with any colour the {pairing.title} "
            f"comes in ({_listed(colours)})."
        )
    text = (
        f"By our colour guide, the {pairing.title} in {_listed(list(pairing.going), 'or')} "
        f"goes with {pairing.colour}."
    )
    if pairing.others:
        text += (
            f" It also comes in {_listed(list(pairing.others))}, which the guide doesn't pair "
            f"with {pairing.colour}."
        )
    return text


def _listed(words: list[str], joiner: str = "and") -> str:
    """ "Black, Gold and Silver"; "Gold or Silver" with joiner "or"."""
    return ", ".join(words[:-1]) + f" {joiner} {words[-1]}" if len(words) > 1 else "".join(words)


def _occasions_text(tags: tuple[str, ...]) -> str:
    """ "formal wear and the office" for the tags ("formal", "office")."""
    words = [
        f"{tag.replace('-', ' ')} wear" if tag in DRESS_CODES else OCCASION_WORDS.get(tag, tag)
        for tag in tags[:3]
    ]
    return _listed(words)


def goes_together_text(pair: PairCheck) -> str:
    """ "Does the belt match the shoes?": yes, they can but, or can't tell, with the catalog's
    reasons (colours by the shop's colour guide, a shared material, the occasions of each)."""
    first, second = pair.titles
    a, b = pair.colours
    both = f"the {first} and the {second}"
    if a and b and a.lower() == b.lower():
        colours = f"both {a.lower()}{' ' + pair.material if pair.material else ''}"
    elif pair.colours_go:
        colours = f"{a} and {b} go together by our colour guide"
        colours += f", both {pair.material}" if pair.material else ""
    else:
        colours = f"both {pair.material}" if pair.material else ""
    shared = f"both for {_occasions_text(pair.occasions)}" if pair.occasions else ""
    if pair.verdict == YES:
        return f"Yes, {both} go together: " + ", and ".join(filter(None, [colours, shared])) + "."
    if pair.verdict == CAN_BUT and pair.colours_go is False:
        text = f"They can, but our colour guide doesn't pair {a} with {b}"
        if pair.other_colour is not None:
            side, colour = pair.other_colour
            title = pair.titles[side]
            text += f"; the {title} also comes in {colour}, which goes"
        text += "."
        return text + (f" They are {shared}." if shared else "")
    if pair.verdict == CAN_BUT:
        own_a, own_b = pair.own_occasions
        return (
            f"They can, but they're made for different things: the {first} is for "
            f"{_occasions_text(own_a)}, the {second} for {_occasions_text(own_b)}"
            + (f" ({colours})." if colours else ".")
        )
    text = f"I can't tell from our catalog whether {both} go together"
    if a and b:
        text += f": our colour guide says nothing about {a} with {b}"
    return text + (f". They are {shared}." if shared else ".")


def goes_together_each_text(kind: str, checks: list[tuple[str, PairCheck]]) -> str:
    """ "Does the belt match the shoes?" with three shoes listed and none opened: the answer for
    each of them (its title, then `goes_together_text`), none guessed."""
    lines = [f"{at}. {title}: {goes_together_text(check)}" for at, (title, check) in
             enumerate(checks, start=1)]  # fmt: skip
    return f"For each of the {kind} shown:\n" + "\n".join(lines)


def cold_weather_text(gender: str | None) -> str:
    """Before the warm things shown for a cold winter ahead: no word on the weather there."""
    whom = {"male": " for men", "female": " for women"}.get(gender or "", "")
    return (
        f"I can't tell you what the weather will be, but here's what we have{whom} that keeps "
        "you warm. Tell me what you need most (boots, a blazer, a warm shirt) and your size, "
        "and I'll narrow it down."
    )
