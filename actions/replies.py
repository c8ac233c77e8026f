"""Wording shared by every skill's replies: money and prices, lists of sizes and of words, a
search as the shopper would say it ("black formal shoes in size 10 under $150"), and the payloads
of the buttons that open, buy or add a product. The answers themselves live in each skill's
wording module (actions/search_replies.py, actions/availability_replies.py,
actions/product_replies.py, ...)."""

from __future__ import annotations

import json
from decimal import Decimal

from commerce.config import load_settings
from commerce.lexicon import load_lexicon
from commerce.search import (
    COLOUR_ALTERNATIVES,
    KIND_ALTERNATIVES,
    ProductQuery,
    colour_choices,
    feature_words,
    number_forms,
)
from commerce.sizes import display_size, size_query_key

MAX_SIZES_LISTED = 8


def money(amount: Decimal | None, whole: bool = False) -> str:
    """'$139.00'; with `whole`, a round budget reads '$150'."""
    if amount is None:
        return ""
    symbol = load_settings().currency_symbol
    if whole and amount == amount.to_integral_value():
        return f"{symbol}{amount:,.0f}"
    return f"{symbol}{amount:,.2f}"


def price_text(low: Decimal, high: Decimal, was: Decimal | None = None) -> str:
    text = money(low) if low == high else f"{money(low)}–{money(high)}"
    if was is not None and was > high:
        text += f" (was {money(was)})"
    return text


def sizes_text(
    sizes: tuple[str, ...] | list[str], offered: tuple[str, ...] | list[str] | None = None
) -> str:
    """Exactly `sizes`: 'US 7 / EU 40, US 8 / EU 41', or for long lists runs of consecutive sizes,
    'US 7 / EU 40 to US 8 / EU 41, US 9 / EU 42 to US 13 / EU 46'.

    A run "A to B" is written only when every size from A to B of `offered` (all the sizes the
    product is made in, in the catalog's order) is in `sizes`; without `offered`, every size is
    named.
    """
    sizes = list(dict.fromkeys(sizes))
    if len(sizes) <= MAX_SIZES_LISTED:
        return ", ".join(sizes)
    if offered is None:  # all of them, per size system (US, EU, letters), the most common first
        systems: dict[str, list[str]] = {}
        for size in sizes:
            first_word = size.split()[0].upper()
            systems.setdefault(first_word if first_word in ("US", "EU", "UK") else "", []).append(
                size
            )
        return "; ".join(", ".join(run) for run in sorted(systems.values(), key=len, reverse=True))
    wanted = set(sizes)
    runs: list[list[str]] = [[]]
    for size in offered:
        if size in wanted:
            runs[-1].append(size)
        elif runs[-1]:
            runs.append([])
    parts = [f"{run[0]} to {run[-1]}" if len(run) > 2 else ", ".join(run) for run in runs if run]
    parts += [size for size in sizes if size not in offered]  # not in the list: named alone
    return ", ".join(parts)


# Tags that read as a style ("formal shoes"); any other tag is an occasion ("for a wedding").
STYLE_TAGS = {"formal", "casual", "business", "evening", "summer", "winter", "weekend", "beach"}
# Features that are parts a product has, said after the kind ("dresses with sleeves").
_HAD_PARTS = frozenset({"sleeves"})


def colour_group(colour: str | None) -> str | None:
    """The shopper's word for a group of colours the lexicon names as one ("light colours" for
    "white|ivory|...", "dark colours" for "black|navy|charcoal"), or None."""
    if not colour or COLOUR_ALTERNATIVES not in colour:
        return None
    synonyms = load_lexicon().colour_synonyms
    return next((word for word, meant in synonyms.items() if meant == colour != word), None)


def colours_ruled_out_said(query: ProductQuery) -> list[str]:
    """The ruled-out colours worth saying of a search: those of the colour searched's own family
    ("blue shirts not in navy"); never "grey sneakers not in white", which grey never is
    (stranger test 61, DJ #4)."""
    if not query.colour:
        return list(query.not_colours)
    lexicon = load_lexicon()
    chosen = [colour.lower() for colour in colour_choices(query.colour)]
    families = {*chosen, *(lexicon.colour_family(colour) for colour in chosen)}
    return [c for c in query.not_colours if (lexicon.colour_family(c) or c.lower()) in families]


def colour_words(colour: str | None) -> str:
    """A query's colour as said: "blue|green" -> "blue or green", a named group by its name."""
    return colour_group(colour) or " or ".join(colour_choices(colour))


def occasion_words(query: ProductQuery) -> tuple[list[str], list[str]]:
    """A query's occasions as said: the styles ("formal" shoes) and the events (shoes "for black
    tie"); a day out named for its occasion is said in its place ("for the races", never
    "formal", stranger test 43)."""
    dressed_for = load_lexicon().occasions.get(query.day_out or "")
    styles = [tag for tag in query.occasions if tag in STYLE_TAGS and tag != dressed_for]
    events = [tag.replace("-", " ") for tag in query.occasions if tag not in STYLE_TAGS]
    if dressed_for in query.occasions:
        events = [tag for tag in events if tag != dressed_for] + [str(query.day_out)]
    return styles, events


def describe_query(query: ProductQuery) -> str:
    """'black formal shoes for black tie or party in size 10 under $150'."""
    styles, events = occasion_words(query)
    # "smart casual shoes", not "casual shoes for office"
    if blend := _blend_named(query.occasions):
        styles, events = [blend], []
    group = colour_group(query.colour)  # "in light colours", after the kind
    colour = "" if group else colour_words(query.colour)
    kind = query.product or kind_words(query.category) or "products"
    # "heels with a low heel", not "low heel heels": a feature naming a part of the kind follows it.
    parts = [f for f in query.features if number_forms(f.split()[-1]) & set(kind.split())]
    said: list[str] = []  # features said in the kind itself
    # Of kinds either of which will do, the one the feature names takes it: "low heels or flats",
    # not "heels or flats with a low heel" (the flats have no heel to speak of).
    kinds = (query.category or "").split(KIND_ALTERNATIVES)
    if not query.product and len(kinds) > 1:
        for feature in list(parts):
            *words, part = feature.split()
            if named := [k for k in kinds if " " not in k and k in number_forms(part)]:
                kinds[kinds.index(named[0])] = " ".join([*words, named[0]])
                parts.remove(feature)
                said.append(feature)
        kind = " or ".join(kinds)
    # "dresses with sleeves", not "sleeves dresses": a part a product has, after the kind.
    had = [f for f in query.features if f in _HAD_PARTS and f not in parts]
    before = [feature_words(f) for f in query.features if f not in [*parts, *said, *had]]
    text = " ".join([*filter(None, [colour]), *before, *styles, kind])
    if parts:
        text += " with a " + " and a ".join(parts)
    if had:
        text += " with " + " and ".join(had)
    if query.heel_max_said:  # "heels of 2 inches or lower" (stranger test 90, B1)
        text += f"{'' if 'heel' in kind else ' with heels'} of {query.heel_max_said} or lower"
    elif query.heel_max_cm == 0 and kind != "flats":  # "with no heel" (stranger test 94, B1)
        text += " with no heel"
    if group:
        text += f" in {group}"
    if query.brand:
        text += f" by {query.brand}"
    # "shoes with no heel", not "... other than heels" besides (stranger test 94, B1)
    if others := [k for k in query.not_categories if k != "heels" or query.heel_max_cm != 0]:
        text += " other than " + " or ".join(others)
    if ruled_out := colours_ruled_out_said(query):
        text += " not in " + " or ".join(ruled_out)
    if query.not_brands:
        text += " not by " + " or ".join(query.not_brands)
    if query.not_features:
        text += " without " + " or ".join(query.not_features)
    if query.not_occasions:
        # "not formal" (a style, "too dressy"), "not for black tie" (an event).
        not_styles = [tag for tag in query.not_occasions if tag in STYLE_TAGS]
        not_events = [t.replace("-", " ") for t in query.not_occasions if t not in STYLE_TAGS]
        text += "".join(f" not {tag}" for tag in not_styles)
        text += " not for " + " or ".join(not_events) if not_events else ""
    if query.gender in ("male", "female"):
        text += " for men" if query.gender == "male" else " for women"
    if events:
        text += " for " + " or ".join(events)
    if query.on_sale:
        text += " on sale"
    if query.size:
        text += f" in size {display_size(query.size)}"
    if query.price_min is not None and query.price_max is not None:
        text += f" between {money(query.price_min, True)} and {money(query.price_max, True)}"
    elif query.price_max is not None and query.budget_said is not None:
        # "around $200, could go a little over" (commerce/search/budget_margin.py)
        text += f" up to about {money(query.price_max, True)}, a little over your "
        text += money(query.budget_said, True)
    elif query.price_max is not None:
        text += f" under {money(query.price_max, True)}"
    elif query.price_min is not None:
        text += f" over {money(query.price_min, True)}"
    return text


def _blend_named(occasions: tuple[str, ...]) -> str | None:
    """The shopper's name for a style between occasions (lexicon `occasion_blends`) when the
    occasions are exactly its own: ("office", "casual") -> "smart casual"."""
    asked = {tag.lower() for tag in occasions}
    for phrase, blend in load_lexicon().occasion_blends.items():
        if len(asked) > 1 and asked == set(blend.split("|")):
            return phrase
    return None


def kind_words(category: str | None) -> str | None:
    """A search's kind as said: "heels|flats" -> "heels or flats"."""
    return " or ".join(category.split(KIND_ALTERNATIVES)) if category else None


def select_payload(handle: str) -> str:
    return "/select_product" + json.dumps({"product_handle": handle})


def buy_payload(
    handle: str, size: str | None = None, colour: str | None = None, quantity: int | None = None
) -> str:
    entities: dict[str, str | int] = {"product_handle": handle}
    if size:
        entities["size"] = size
    if colour:
        entities["colour"] = colour
    if quantity and quantity > 1:  # "4 in medium": a tap keeps the 4
        entities["quantity"] = quantity
    return "/buy" + json.dumps(entities)


def add_to_cart_payload(
    handle: str, size: str | None = None, colour: str | None = None, quantity: int | None = None
) -> str:
    return "/add_to_cart" + buy_payload(handle, size, colour, quantity).removeprefix("/buy")


def and_list(words: list[str]) -> str:
    """["a", "b", "c"] -> "a, b and c"."""
    return ", ".join(words[:-1]) + f" and {words[-1]}" if len(words) > 1 else "".join(words)


def colours_kept_for_later_text(kind: str, colours: list[str], size: str | None = None) -> str:
    """The colours (and size) said with the kind left for later, kept for it (stranger tests 78,
    B1, and 87, B1)."""
    said = [" or ".join(colours)] if colours else []
    if size:
        said.append(f"size {display_size(size_query_key(size) or size)}")
    return f"For the {kind.lower()} I'll keep to {' in '.join(said)}, as you said."


def kinds_asked_too_text(later: list[str]) -> str:
    """The other kinds a message asked for, when the first one is a kind we don't sell ("a
    raincoat ... and also comfy shoes"): kept for next, never "let's start with the raincoats"."""
    return (
        f"You asked for {and_list(later)} too: tap “{later[0].title()}” for them when you're "
        f'ready, or say "{later[0]}" with the colour and size you want.'
    )


def stand_ins_to_tap_text(button: str) -> str:
    """After "we don't sell scarves; the nearest we have are accessories", when the first kind
    asked for is one we don't sell either: the button that shows them (its title), never "you
    asked for accessories too" (stranger test 93, A5)."""
    return f"Tap “{button}” to see them when you're ready."


def kinds_not_sold_text(instead: dict[str, str | None]) -> str:
    """Kinds asked for besides the first that the catalog doesn't sell, each with the nearest it
    does (None: none near): "We don't sell polo shirts; the nearest we have are casual shirts."."""
    return " ".join(
        f"We don't sell {kind}; the nearest we have are {nearest}." if nearest
        else f"We don't sell {kind}."
        for kind, nearest in instead.items()
    )  # fmt: skip
