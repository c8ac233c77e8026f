"""How the discovery answers read: short lines, prices, and a button for each choice."""

from __future__ import annotations

import json
from decimal import Decimal

from commerce.config import load_settings
from commerce.products import ProductDetails, VariantCheck
from commerce.search import Alternatives, ProductMatch, ProductQuery, SearchResult
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


def sizes_text(sizes: tuple[str, ...] | list[str]) -> str:
    """'US 7 / EU 40, US 8 / EU 41' or, for long runs, 'US 7 / EU 40 to US 13 / EU 46'.

    Long runs are summed up per size system (US, EU, letters), the most common system first.
    """
    sizes = list(sizes)
    if len(sizes) <= MAX_SIZES_LISTED:
        return ", ".join(sizes)
    systems: dict[str, list[str]] = {}
    for size in sizes:
        first_word = size.split()[0].upper()
        systems.setdefault(first_word if first_word in ("US", "EU", "UK") else "", []).append(size)
    ranges = sorted(systems.values(), key=len, reverse=True)
    return "; ".join(f"{run[0]} to {run[-1]}" if len(run) > 1 else run[0] for run in ranges)


# Tags that read as a style ("formal shoes"); any other tag is an occasion ("for a wedding").
STYLE_TAGS = {"formal", "casual", "business", "evening", "summer", "winter", "weekend", "beach"}


def describe_query(query: ProductQuery) -> str:
    """'black formal shoes for black tie or party in size 10 under $150'."""
    styles = [tag for tag in query.occasions if tag in STYLE_TAGS]
    events = [tag.replace("-", " ") for tag in query.occasions if tag not in STYLE_TAGS]
    text = " ".join(
        [*filter(None, [query.colour]), *styles, query.product or query.category or "products"]
    )
    if query.brand:
        text += f" by {query.brand}"
    if query.gender in ("male", "female"):
        text += " for men" if query.gender == "male" else " for women"
    if events:
        text += " for " + " or ".join(events)
    if query.size:
        text += f" in size {display_size(query.size)}"
    if query.price_min is not None and query.price_max is not None:
        text += f" between {money(query.price_min, True)} and {money(query.price_max, True)}"
    elif query.price_max is not None:
        text += f" under {money(query.price_max, True)}"
    elif query.price_min is not None:
        text += f" over {money(query.price_min, True)}"
    return text


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


def result_lines(result: SearchResult) -> str:
    return "\n".join(
        f"{index}. {_match_line(match)}" for index, match in enumerate(result.matches, start=1)
    )


def _match_line(match: ProductMatch) -> str:
    line = f"{match.title} by {match.brand}, {price_text(match.price_from, match.price_to, match.compare_at_price)}"
    if match.colours and len(match.colours) <= 4:
        line += f" ({', '.join(match.colours)})"
    return line


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
    if result.offset:
        last = result.offset + len(result.matches)
        return f"More {described} ({result.offset + 1}–{last} of {result.total}):"
    if result.total <= len(result.matches):
        return f"I found {_count(result.total, described)}:"
    return f"I found {result.total} {described}. Here are the first {len(result.matches)}:"


def _count(total: int, described: str) -> str:
    return f"one match for {described}" if total == 1 else f"{total} {described}"


def alternatives_text(query: ProductQuery, alternatives: Alternatives) -> str:
    lines = [f"I have no {describe_query(query)} in stock right now."]
    if alternatives.sold_out:
        titles = ", ".join(match.title for match in alternatives.sold_out.matches)
        lines.append(
            f"{titles} would fit, but {'they are' if len(alternatives.sold_out.matches) > 1 else 'it is'} sold out in that choice."
        )
    dropped = set(alternatives.dropped)
    if dropped == {"size"}:
        lead = "Here is the closest, in other sizes"
        if alternatives.available_sizes:
            lead += f" (in stock: {sizes_text(alternatives.available_sizes)})"
    elif dropped == {"colour"}:
        lead = f"Not in {query.colour}, but here are the closest in other colours"
    elif dropped == {"price"}:
        lead = "The closest above your budget"
    elif dropped == {"occasions"}:
        lead = "Nothing tagged for that occasion; the closest I have"
    elif dropped == {"brand"}:
        lead = f"Nothing from {query.brand}; similar items from other brands"
    else:
        lead = "The closest I have"
    lines.append(lead + ":")
    lines.append(result_lines(alternatives.result))
    return "\n".join(lines)


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
    parts = []
    for colour, sizes in details.stock_by_colour.items():
        if not sizes:
            parts.append(colour)  # one size: the colour alone says it ("" for a single variant)
        else:
            parts.append(f"{colour}: {sizes_text(sizes)}" if colour else sizes_text(sizes))
    listed = "; ".join(part for part in parts if part)
    text = f"In stock — {listed}." if listed else "In stock."
    if details.sold_out_colours:
        text += f" Sold out in {', '.join(details.sold_out_colours)}."
    return text


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
        if check.size and product.sizes_offered:
            return (
                f"The {product.title} isn't made in size {display_size(check.size)}; "
                f"it comes in {sizes_text(product.sizes_offered)}."
            )
        colours = list(product.stock_by_colour) + list(product.sold_out_colours)
        return f"The {product.title} doesn't come in {wanted}; it comes in {', '.join(c for c in colours if c)}."
    if check.in_stock:
        sizes = list(dict.fromkeys(v.size for v in check.in_stock if v.size))
        colours = list(dict.fromkeys(v.colour for v in check.in_stock if v.colour))
        prices = [v.price for v in check.in_stock]
        label = sizes_text(sizes) or _and_list(colours)
        if sizes and colours:
            label += f" ({_and_list(colours)})"
        left = sum(v.stock for v in check.in_stock)
        hurry = f" Only {left} left." if left <= 3 else ""
        return (
            f"Yes, the {product.title} is in stock in {label} at "
            f"{price_text(min(prices), max(prices))}.{hurry}"
        )
    text = f"Sorry, the {product.title} is sold out in {wanted}."
    if check.other_colours_in_size:
        text += f" In that size it's still in stock in {', '.join(check.other_colours_in_size)}."
    return text
