"""How the discovery answers read: short lines, prices, and a button for each choice."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from decimal import Decimal

from commerce.config import load_settings
from commerce.lexicon import load_lexicon
from commerce.product_facts import MATERIALS, ProductFact, sizing_note
from commerce.products import ProductDetails, VariantCheck
from commerce.search import (
    KIND_ALTERNATIVES,
    Alternatives,
    ProductMatch,
    ProductQuery,
    SearchResult,
    colour_choices,
    number_forms,
)
from commerce.sizes import display_size

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


def describe_query(query: ProductQuery) -> str:
    """'black formal shoes for black tie or party in size 10 under $150'."""
    styles = [tag for tag in query.occasions if tag in STYLE_TAGS]
    events = [tag.replace("-", " ") for tag in query.occasions if tag not in STYLE_TAGS]
    # "smart casual shoes", not "casual shoes for office"
    if blend := _blend_named(query.occasions):
        styles, events = [blend], []
    colour = " or ".join(colour_choices(query.colour))
    kind = query.product or kind_words(query.category) or "products"
    # "heels with a low heel", not "low heel heels": a feature naming a part of the kind follows it.
    parts = [f for f in query.features if number_forms(f.split()[-1]) & set(kind.split())]
    text = " ".join(
        [*filter(None, [colour]), *(f for f in query.features if f not in parts), *styles, kind]
    )
    if parts:
        text += " with a " + " and a ".join(parts)
    if query.brand:
        text += f" by {query.brand}"
    if query.not_categories:
        text += " other than " + " or ".join(query.not_categories)
    if query.not_colours:
        text += " not in " + " or ".join(query.not_colours)
    if query.not_brands:
        text += " not by " + " or ".join(query.not_brands)
    if query.not_features:
        text += " without " + " or ".join(query.not_features)
    if query.not_occasions:
        text += " not for " + " or ".join(tag.replace("-", " ") for tag in query.not_occasions)
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


def query_problem_text(problem: str) -> str:
    return (
        f'Hmm, {problem}. Try something like "under {money(Decimal(150), True)}" or '
        f'"between {money(Decimal(50), True)} and {money(Decimal(100), True)}".'
    )


def select_payload(handle: str) -> str:
    return "/select_product" + json.dumps({"product_handle": handle})


def buy_payload(handle: str, size: str | None = None, colour: str | None = None) -> str:
    entities = {"product_handle": handle}
    if size:
        entities["size"] = size
    if colour:
        entities["colour"] = colour
    return "/buy" + json.dumps(entities)


def add_to_cart_payload(handle: str, size: str | None = None, colour: str | None = None) -> str:
    return "/add_to_cart" + buy_payload(handle, size, colour).removeprefix("/buy")


def product_cards(result: SearchResult) -> list[dict]:
    """The same results as cards, for channels that can show them (Slack blocks, Messenger
    carousels, the web chat). Channels without cards ignore them and show the text and buttons."""
    return [
        {
            "title": match.title,
            "subtitle": _match_line(match).removeprefix(f"{match.title} "),
            "image_url": match.image_url,
            "buttons": [
                {"title": "Details", "payload": select_payload(match.handle)},
                {"title": "Buy", "payload": buy_payload(match.handle)},
                {"title": "Add to cart", "payload": add_to_cart_payload(match.handle)},
            ],
        }
        for match in result.matches
    ]


def result_lines(result: SearchResult, notes: bool = True) -> str:
    """One numbered line per product; with `notes`, what an alternative gives up of the query and,
    for best sellers, how many were sold."""
    lines = []
    for index, match in enumerate(result.matches, start=1):
        line = f"{index}. {_match_line(match, result.query)}"
        extras = [_gave_up_text(match, result.query)] if notes and match.gave_up else []
        if result.sales is not None and result.sales.units.get(match.handle):
            extras.append(
                f"{result.sales.units[match.handle]} sold in the last {result.sales.window_days} days"
            )
        lines.append(" — ".join([line, *extras]))
    return "\n".join(lines)


def _match_line(match: ProductMatch, query: ProductQuery | None = None) -> str:
    was = match.compare_at_price
    if query is not None and query.on_sale and was is not None and was > match.price_to:
        now = price_text(match.price_from, match.price_to)
        line = f"{match.title} by {match.brand}, on sale: was {money(was)}, now {now}"
    else:
        price = price_text(match.price_from, match.price_to, was)
        line = f"{match.title} by {match.brand}, {price}"
    if match.colours and len(match.colours) <= 4:
        line += f" ({', '.join(match.colours)})"
    return line


def _gave_up_text(match: ProductMatch, query: ProductQuery) -> str:
    """ "not in size M, over your budget": what an alternative does not meet."""
    events = [tag.replace("-", " ") for tag in query.occasions]
    words = {
        "size": f"not in size {display_size(query.size)}" if query.size else "",
        "colour": f"not in {' or '.join(colour_choices(query.colour))}",
        "shade": f"not the exact shade ({query.colour})",
        "price": "over your budget"
        if query.price_max is not None and match.price_from > query.price_max
        else "outside your price range",
        "on_sale": "not on sale",
        "occasions": f"not tagged for {' or '.join(events)}",
        "brand": f"not by {query.brand}",
        "gender": "not for men" if query.gender == "male" else "not for women",
        "product": f'not a "{query.product}"',
        "features": f"not {' or '.join(query.features)}",
    }
    return ", ".join(words.get(name) or f"not {name}" for name in match.gave_up)


def result_buttons(result: SearchResult) -> list[dict]:
    buttons = [
        {"title": f"{index}. {match.title}", "payload": select_payload(match.handle)}
        for index, match in enumerate(result.matches, start=1)
    ]
    if result.has_more:
        buttons.append({"title": "Show more", "payload": "/show_more"})
    return buttons


def results_heading(result: SearchResult) -> str:
    described = describe_query(result.query)
    if result.query.sort == "closest":  # more alternatives: not matches, the nearest to them
        kind = describe_query(ProductQuery(category=result.query.category))
        last = result.offset + len(result.matches)
        return (
            f"More {kind} ({result.offset + 1}–{last} of {found_count(result)}), "
            f"the closest to {described} first:"
        )
    if result.sales is not None:
        return sales_heading(result) + " " + results_heading(replace(result, sales=None))
    if result.offset:
        last = result.offset + len(result.matches)
        return f"More {described} ({result.offset + 1}–{last} of {found_count(result)}):"
    if result.total <= len(result.matches):
        return f"I found {_count(result.total, described)}:"
    return f"I found {found_count(result)} {described}. Here are the first {len(result.matches)}:"


def found_count(result: SearchResult) -> str:
    """How many products fit, as a shopper reads it: "27", or "more than 200" where the search
    stopped counting (commerce.search.fitting.COUNT_CAP: a big catalog is not counted to the
    end)."""
    return f"more than {result.total}" if result.total_capped else str(result.total)


def sales_heading(result: SearchResult) -> str:
    """What a "best sellers" list rests on, said before the list: never a rank we don't have."""
    sales = result.sales
    if sales is None or not sales.shop_units:
        return (
            "The shop has no sales history yet to rank by, so these are in our usual order, "
            "not by popularity."
        )
    if not any(sales.units.get(match.handle) for match in result.matches):
        return f"None of these sold in the last {sales.window_days} days, so they're not ranked."
    return f"Best sellers first, by units sold in the last {sales.window_days} days."


def _count(total: int, described: str) -> str:
    return f"one match for {described}" if total == 1 else f"{total} {described}"


def none_with_the_point_text(query: ProductQuery, point: tuple[str, ...]) -> str:
    """ "A rain jacket" with none rainproof: that we have none, and that one without the feature
    that is the kind's whole point (`point`) is no substitute, so none is offered."""
    kind = kind_words(query.category) or "products"
    return (
        f"I have no {describe_query(query)} in stock right now, and I won't suggest {kind} "
        f"that aren't {' or '.join(point)} instead."
    )


def point_asked_of_none_text(query: ProductQuery, asked: str) -> str:
    """ "Is it waterproof?" right after "I have no rainproof jackets": there is none to ask about."""
    kind = kind_words(query.category) or "product"
    return (
        f"I have no {describe_query(query)} in stock right now, so there's no "
        f"{kind.removesuffix('s')} I could tell you is {asked}."
    )


def alternatives_text(
    query: ProductQuery, alternatives: Alternatives, features_given_up: tuple[str, ...] = ()
) -> str:
    """Nothing fits: say so, then the closest, led by what they give up. `features_given_up`:
    the materials or details none of the closest of the kind has ("linen")."""
    lines = [f"I have no {describe_query(query)} in stock right now."]
    if alternatives.sold_out:
        titles = ", ".join(match.title for match in alternatives.sold_out.matches)
        lines.append(
            f"{titles} would fit, but {'they are' if len(alternatives.sold_out.matches) > 1 else 'it is'} sold out in that choice."
        )
    dropped = set(alternatives.dropped)
    # A lead that names one filter given up must be true of every line: never "The closest above
    # your budget" over a $59 flat within it (one of a wider kind, commerce/search/closest.py).
    some_fit = any(not match.gave_up for match in alternatives.result.matches)
    if some_fit and len(dropped) == 1 and not features_given_up:
        lead = "The closest I have"
    elif features_given_up:
        # A feature that is a use reads "not for hiking"; any other "not lightweight".
        given_up = [f"for {name}" if name.endswith("ing") else name for name in features_given_up]
        lead = f"The closest {kind_words(query.category) or 'products'}, though not {' or '.join(given_up)}"
        dropped.discard("features")
    elif dropped == {"size"}:
        lead = "Here is the closest, in other sizes"
        if alternatives.available_sizes:
            lead += f" (in stock: {sizes_text(alternatives.available_sizes)})"
    elif dropped == {"colour"}:
        lead = f"Not in {' or '.join(colour_choices(query.colour))}, but here are the closest in other colours"
    elif dropped == {"shade"}:
        # "Pale blue shirts": plain blue ones, said as such; a navy one is never shown as pale blue.
        near = " or ".join(colour_choices(alternatives.result.query.colour))
        lead = f"The closest are {near}, though not the exact shade ({query.colour})"
    elif dropped == {"price"}:
        lead = "The closest above your budget"
    elif dropped == {"occasions"}:
        lead = "Nothing tagged for that occasion; the closest I have"
    elif dropped == {"brand"}:
        lead = f"Nothing from {query.brand}; similar items from other brands"
    else:
        lead = "The closest I have"
    lines.append(lead + ":")
    # A lead that names one filter given up says it for every line; otherwise each line says.
    notes = bool(dropped) if features_given_up else len(dropped) > 1 or some_fit
    lines.append(result_lines(alternatives.result, notes=notes))
    return "\n".join(lines)


def similar_heading(title: str, result: SearchResult) -> str:
    """ "Like the Windsor Patent Oxford: I found 12 oxfords for men in size 8. ..." """
    return f"Like the {title}: {results_heading(result)}"


def nothing_similar_text(title: str, query: ProductQuery) -> str:
    return f"Sorry, I have no other {describe_query(query)} like the {title} in stock right now."


def refinement_not_understood_text(words: list[str]) -> str:
    """A follow-up that changed nothing in the search ("brwn ones?"): say which words weren't
    understood instead of showing the same list again."""
    quoted = _and_list([f"“{word}”" for word in words])
    return (
        f"Sorry, I didn't understand {quoted}, so I haven't changed your search. You can tell me "
        "a colour, size, price or kind, like “in brown”, “size 9” or “under $100”."
    )


def one_kind_at_a_time_text(first: str | None, later: list[str]) -> str:
    """ "A navy suit and brown shoes": said before the first search, so nothing is silently lost."""
    return (
        f"Let's start with the {kind_words(first)}; then ask me for the {_and_list(later)} "
        f'(say "{later[0]}" with the colour and size you want).'
    )


def none_shown_in_colour_text(colour: str, kinds: str) -> str:
    """ "The pink one" under ties none of which is pink."""
    return f"None of the {kinds} shown is {colour}."


def which_of_these_text(name: str | None) -> str:
    return f"Several products are called {name}; which one do you mean?"


def in_that_size_text(size: str, others: SearchResult) -> str:
    """ "In size 6 I have:" and the products in stock in it, after one not made in it."""
    return f"In size {display_size(size)} I have:\n" + result_lines(others)


def availability_on_screen_text(checks: list[VariantCheck]) -> str:
    """ "Do they come in 10?" about a list: one line per product, from the store."""
    lines = []
    for check in checks:
        wanted = " ".join(
            filter(None, [display_size(check.size) if check.size else None, check.colour])
        )
        if check.in_stock:
            sizes = list(dict.fromkeys(v.size for v in check.in_stock if v.size))
            colours = list(dict.fromkeys(v.colour for v in check.in_stock if v.colour))
            state = "yes, in stock in " + " ".join(
                filter(None, [_and_list(sizes), f"({_and_list(colours)})" if colours else None])
            )
        elif check.offered:
            state = f"sold out in {wanted}"
        else:
            state = f"not made in {wanted}"
        lines.append(f"• {check.product.title}: {state}")
    return "\n".join(lines)


def not_sold_text(
    kind: str,
    nearest: SearchResult | None,
    departments: list[str],
    wanted: ProductQuery | None = None,
) -> str:
    """ "We don't sell hoodies", then the nearest kind we do sell (saying so when none of it fits
    the rest of the request, `wanted`), or what the shop sells."""
    text = f"Sorry, we don't sell {kind_words(kind) or kind}."
    if nearest is None or not nearest.matches:
        return text + f" We sell {_and_list(departments)}: tell me what you're looking for."
    nearest_kind = kind_words(nearest.query.category) or "products"
    if wanted is not None and nearest.query != wanted:
        text += f" I have no {describe_query(wanted)} either."
    elif wanted is not None:
        # Everything else asked for holds: "flats for women in size 8".
        nearest_kind = describe_query(wanted)
    return text + f" The nearest we have are {nearest_kind}:\n" + result_lines(nearest)


def who_for_text(gender: str) -> str:
    """ "A gift for my gf": who it is for is known, the kind of thing is not; ask, with buttons."""
    who = "her" if gender == "female" else "him"
    return f"Happy to help you find something for {who}! What kind of thing? Tap one, or tell me."


def kind_buttons(kinds: list[str], gender: str | None) -> list[dict]:
    """One button per kind, each a search for that kind for the same person."""
    entities = {"gender": gender} if gender else {}
    return [
        {
            "title": kind.title(),
            "payload": "/search_products" + json.dumps({"category": kind, **entities}),
        }
        for kind in kinds
    ]


def details_text(details: ProductDetails) -> str:
    lines = [
        f"{details.title} by {details.brand}: "
        f"{price_text(details.price_from, details.price_to, details.compare_at_price)}.",
    ]
    if details.description:
        lines.append(details.description)
    lines.append(stock_text(details))
    return "\n".join(lines)


def stock_text(details: ProductDetails) -> str:
    if not details.in_stock:
        return "It is sold out at the moment."
    listed = _stock_by_colour_text(details.stock_by_colour, details)
    text = f"In stock — {listed}." if listed else "In stock."
    if details.sold_out_colours:
        text += f" Sold out in {', '.join(details.sold_out_colours)}."
    return text


def _stock_by_colour_text(stock: dict[str, tuple[str, ...]], details: ProductDetails) -> str:
    """'Brown: US 7 / EU 40 to US 8 / EU 41, ... (sold out: US 8.5 / EU 41.5); Black: ...'."""
    parts = []
    for colour, sizes in stock.items():
        if not sizes:
            parts.append(colour)  # one size: the colour alone says it ("" for a single variant)
            continue
        listed = sizes_text(sizes, details.sizes_offered)
        sold_out = [size for size in details.sizes_by_colour.get(colour, ()) if size not in sizes]
        if sold_out:
            listed += f" (sold out: {', '.join(sold_out)})"
        parts.append(f"{colour}: {listed}" if colour else listed)
    return "; ".join(part for part in parts if part)


def sizes_in_stock_text(details: ProductDetails, check: VariantCheck | None = None) -> str:
    """ "What sizes does it come in?" (`check` for one colour): every size in stock, per colour,
    and the sizes of that colour that are sold out."""
    if check is None:
        if not details.in_stock:
            return f"The {details.title} is sold out at the moment."
        listed = _stock_by_colour_text(details.stock_by_colour, details)
        return f"The {details.title} is in stock — {listed}." if listed else stock_text(details)
    if not check.offered:
        return availability_text(check)
    if not check.in_stock:
        return f"Sorry, the {details.title} is sold out in {check.colour}. {stock_text(details)}"
    by_colour: dict[str, list[str]] = {}
    for variant in check.in_stock:
        by_colour.setdefault(variant.colour or "", []).extend(
            [variant.size] if variant.size else []
        )
    stock = {colour: tuple(sizes) for colour, sizes in by_colour.items()}
    return f"The {details.title} is in stock — {_stock_by_colour_text(stock, details)}."


def _and_list(words: list[str]) -> str:
    return ", ".join(words[:-1]) + f" and {words[-1]}" if len(words) > 1 else "".join(words)


def availability_text(check: VariantCheck) -> str:
    product = check.product
    wanted = " ".join(
        part
        for part in (
            check.colour,
            f"size {display_size(check.size)}" if check.size else None,
        )
        if part
    )
    if not check.offered:
        if check.size and product.sizes_offered and _half_size_of_whole(check.size, product):
            # "Do you have 11.5?" of a shoe made in whole sizes only: why there is no 11.5.
            return (
                f"The {product.title} isn't made in half sizes; it comes in "
                f"{sizes_text(product.sizes_offered, product.sizes_offered)}."
            )
        if check.size and product.sizes_offered and not check.size_made:
            return (
                f"The {product.title} isn't made in size {display_size(check.size)}; "
                f"it comes in {sizes_text(product.sizes_offered, product.sizes_offered)}."
                f"{_lengths_note(display_size(check.size), product.sizes_offered)}"
            )
        colours = [c for c in [*product.stock_by_colour, *product.sold_out_colours] if c]
        if check.colour and not check.colour_made:
            # "im a medium, does it come in sage?": M is made, sage is what it lacks.
            text = f"The {product.title} doesn't come in {check.colour}; it comes in {', '.join(colours)}."
            if check.size and check.other_colours_in_size:
                text += (
                    f" In size {display_size(check.size)} it's in stock in "
                    f"{_and_list(list(check.other_colours_in_size))}."
                )
            return text
        return f"The {product.title} doesn't come in {wanted}; it comes in {', '.join(colours)}."
    if check.in_stock:
        sizes = list(dict.fromkeys(v.size for v in check.in_stock if v.size))
        colours = list(dict.fromkeys(v.colour for v in check.in_stock if v.colour))
        prices = [v.price for v in check.in_stock]
        label = sizes_text(sizes, product.sizes_offered) or _and_list(colours)
        if sizes and colours:
            label += f" ({_and_list(colours)})"
        left = sum(v.stock for v in check.in_stock)
        hurry = f" Only {left} left." if left <= 3 else ""
        return (
            f"Yes, the {product.title} is in stock in {label} at "
            f"{price_text(min(prices), max(prices))}.{hurry}{_sizing_note(check)}"
        )
    text = f"Sorry, the {product.title} is sold out in {wanted}."
    if check.other_colours_in_size:
        text += f" In that size it's still in stock in {', '.join(check.other_colours_in_size)}."
    return text + _sizing_note(check)


def availability_of_each_text(checks: list[VariantCheck]) -> str:
    """ "Navy or charcoal?", "in sage or pink, size M?" of one product: a line for each colour and
    size asked, the colours it isn't made in said once together ("doesn't come in navy or
    charcoal"), first."""
    not_made = [c for c in checks if c.colour and not c.colour_made and not c.offered]
    lines = [availability_text(check) for check in checks if check not in not_made]
    if len(not_made) > 1:
        colours = list(dict.fromkeys(str(check.colour) for check in not_made))
        said = " or ".join([", ".join(colours[:-1]), colours[-1]])
        merged = replace(not_made[0], colour=said)
        return "\n".join([availability_text(merged), *lines])
    return "\n".join([availability_text(check) for check in not_made] + lines)


# "Size L" of a blazer made in 40R and 40L: the letter may mean its Long (or Short) fitting.
_LENGTHS = {"L": "Long", "S": "Short"}


def _lengths_note(asked: str, offered: tuple[str, ...]) -> str:
    """ " Its Long fittings are 40L, 42L and 44L.": when a letter size asked ("L") is the length
    letter of the sizes a product is made in; "" otherwise."""
    word = _LENGTHS.get(asked.upper())
    fittings = [size for size in offered if re.fullmatch(rf"\d+{asked.upper()}", size)]
    if not word or not fittings:
        return ""
    return f" Its {word} fittings are {_and_list(fittings)}."


def fit_advice_text(fact: ProductFact | None) -> str:
    """After a size answer to a shopper "between sizes": the catalog's words on the fit, quoted;
    "" when it says nothing on it."""
    if fact is None or not fact.quotes:
        return ""
    return f"\nOn the fit, our catalog says: “{fact.quotes[0]}”"


_HALF = re.compile(r"\d(?:[.,]5|½)")


def _half_size_of_whole(size: str, product: ProductDetails) -> bool:
    """Whether a half size ("11.5") is asked of a product made in whole sizes only."""
    return bool(_HALF.search(display_size(size))) and not any(
        _HALF.search(offered) for offered in product.sizes_offered
    )


def not_made_in_text(checks: list[VariantCheck]) -> str:
    """ "The X isn't made in size S or M; it comes in 36R to 46R.": the sizes asked about (one
    product's checks) that it is not made in, said before answering anything else; "" if none."""
    missing = [check for check in checks if check.size and not check.size_made]
    if not missing or not missing[0].product.sizes_offered:
        return ""
    product = missing[0].product
    asked = list(dict.fromkeys(display_size(check.size) for check in missing))
    said = " or ".join([", ".join(asked[:-1]), asked[-1]] if len(asked) > 1 else asked)
    return (
        f"The {product.title} isn't made in size {said}; "
        f"it comes in {sizes_text(product.sizes_offered, product.sizes_offered)}."
    )


def kind_not_made_in_size_text(kind: ProductQuery, size: str, sizes: tuple[str, ...]) -> str:
    """ "In a large" while jackets are listed, and no jacket is made in L: the sizes they are in
    stock in (`sizes`), said before the jackets are shown again."""
    described = describe_query(ProductQuery(category=kind.category))
    return (
        f"{described[:1].upper()}{described[1:]} aren't made in size {display_size(size)}; "
        f"they come in {sizes_text(sizes, sizes)}."
    )


def _sizing_note(check: VariantCheck) -> str:
    """After an answer about a size, the catalog's note on the size system, quoted, if any."""
    note = sizing_note(check.product.description) if check.size else None
    if not note:
        return ""
    return f" Sizing, from our catalog: “{note.rstrip('.')}.”"


def product_fact_text(fact: ProductFact, contact: str) -> str:
    """A catalog sentence that answers a product question, quoted; otherwise "I don't know from
    our catalog", and how to ask the shop's team (`contact`)."""
    # "Is it pure silk?": a material asked for by name, which the catalog may not say.
    material = fact.asked if fact.topic == "material" and fact.asked in MATERIALS else None
    said = " ".join((*fact.quotes, *fact.tags)).lower()
    if material and (fact.quotes or fact.tags) and not re.search(rf"\b{material}", said):
        # It says what it is made of, and that is something else: quote it, never a yes.
        quoted = " ".join(f"“{quote}”" for quote in fact.quotes[:3])
        listed = f" It lists it as {_and_list(list(fact.tags))}." if fact.tags else ""
        return (
            f"Our catalog doesn't say the {fact.title} is {material}. "
            + (f"It says: {quoted}" if quoted else "")
            + listed
        ).strip()
    if fact.quotes and fact.topic == "quality":
        quoted = " ".join(f"“{quote}”" for quote in fact.quotes[:3])
        return (
            f"I can't judge quality myself, but here's what our catalog says about how the "
            f"{fact.title} is made: {quoted}"
        )
    if fact.quotes:
        quoted = " ".join(f"“{quote}”" for quote in fact.quotes[:3])
        return f"Here's what our catalog says about the {fact.title}: {quoted}"
    if fact.tags:
        return f"Our catalog lists the {fact.title} as {_and_list(list(fact.tags))}."
    unknown = _not_said(fact, f"the {fact.title}")
    return f"I don't know from our catalog {unknown}. Our team can tell you: {contact}."


def _not_said(fact: ProductFact, name: str) -> str:
    """What the catalog doesn't say about a product (`name`: "the Fell Suede Chelsea Boot" or
    "it"): "whether it is waterproof"."""
    material = fact.asked if fact.topic == "material" and fact.asked in MATERIALS else None
    owner = "its" if name == "it" else f"{name}'s"
    return {
        "waterproof": f"whether {name} is waterproof",
        "material": f"whether {name} is {material}" if material else f"what {name} is made of",
        "fit": f"how {name} fits",
        "care": f"how to care for {name}",
        "creasing": f"whether {name} creases",
        "lining": f"whether {name} is lined, or how sheer it is",
        "origin": f"where or how {name} is made",
        "sustainability": f"whether {name} is {fact.asked}"
        if fact.asked in ("vegan", "organic")
        else f"how sustainably {name} is made",
        "quality": f"how {name} is made",
        "measurements": f"the measurements of {name}",
        "comfort": f"how comfortable {name} is",
        "grip": f"how much grip {owner} sole has",
        "sole": f"what {owner} sole is made of",
        "occasion": f"which occasions {name} suits",
        "warmth": f"how warm {name} is",
    }.get(fact.topic or "", f"the answer to that about {name}")


def facts_across_text(facts: list[ProductFact], contact: str) -> str:
    """A product question asked across several products ("which one would last longer in the
    rain?"): for each, the catalog's own sentences on it, or that it says nothing; never a verdict
    of our own. On quality, first that we can't judge it."""
    if any(fact.topic == "quality" for fact in facts):
        opening = (
            "I can't judge quality myself, but here's what our catalog says about how each is "
            "made (materials and construction):"
        )
    else:
        opening = "Here's what our catalog says about each:"
    lines = [opening]
    for fact in facts:
        if fact.quotes:
            said = " ".join(f"“{quote}”" for quote in fact.quotes[:2])
        elif fact.tags:
            said = f"listed as {_and_list(list(fact.tags))}"
        else:
            said = f"our catalog doesn't say {_not_said(fact, 'it')}."
        lines.append(f"• {fact.title}: {said}")
    if not all(fact.known for fact in facts):
        lines.append(f"Our team can tell you more: {contact}.")
    return "\n".join(lines)


def size_conversion_unknown_text(
    said: str, kind: str, letters: list[str], numbers: list[str]
) -> str:
    """ "Is a 10 an M?" of a kind sold in letter sizes, with no size chart in the catalog: that we
    can't tell, never a guess, and the sizes the kind comes in, to look at either."""
    come_in = [f"letter sizes ({letters[0]} to {letters[-1]})"]
    if numbers:
        come_in.append(f"numbers ({numbers[0]} to {numbers[-1]})")
    return (
        f"{size_mapping_unknown_text(said)} Our {kind} come in "
        f"{' and in '.join(come_in)}. Tap one to see them."
    )


def size_mapping_unknown_text(said: str) -> str:
    """That the catalog has no chart from a number ("a UK 10") to our letter sizes: never a guess."""
    return (
        f"I can't tell from our catalog how {said} maps to our letter sizes: our size guide has "
        f"no chart from numbers to letters, so I won't guess."
    )


def size_range_text(
    query: ProductQuery, extremes: tuple[str, ...], sizes: tuple[str, ...], biggest: bool
) -> str:
    """ "Whats the biggest suit size you carry?": the biggest (or smallest) size in stock of the
    kind asked about, and every size in stock of it; or that none is in stock."""
    described = describe_query(query)
    if not extremes:
        return f"I have no {described} in stock in any size right now."
    which = "biggest" if biggest else "smallest"
    return (
        f"The {which} size I have in stock in {described} is {' or '.join(extremes)}. "
        f"Sizes in stock: {sizes_text(sizes)}."
    )
