"""How search answers read: the numbered list of products found, its heading, cards and
buttons; and what is said when nothing fits (the closest alternatives and what they give up),
when the shop does not sell a kind (or has only products called by its name), or when a
follow-up changed nothing. Shared pieces (money, a search as said, button payloads) come from
actions/replies.py; what a list's features are said to be, from actions/list_feature_replies.py."""

from __future__ import annotations

import json
from dataclasses import replace
from decimal import Decimal

from actions.availability_replies import size_bound_text
from actions.collar_size_replies import other_sizes_text
from actions.list_order_replies import list_order_words, quiet_order_words
from actions.named_kind_replies import none_fit_text
from actions.replies import (
    add_to_cart_payload,
    and_list,
    buy_payload,
    colour_words,
    describe_query,
    kind_words,
    money,
    occasion_words,
    price_text,
    select_payload,
)
from actions.result_line_notes import line_notes
from actions.untagged_occasion_replies import untagged_lead as untagged
from commerce.lexicon import load_lexicon
from commerce.search import (
    Alternatives,
    ProductMatch,
    ProductQuery,
    SearchResult,
    colour_choices,
)
from commerce.sizes import display_size


def query_problem_text(problem: str) -> str:
    return (
        f'Hmm, {problem}. Try something like "under {money(Decimal(150), True)}" or '
        f'"between {money(Decimal(50), True)} and {money(Decimal(100), True)}".'
    )


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
        extras = line_notes(match, result, extras)  # a flat among heels, units sold, heel height
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
    events = [tag for said in occasion_words(query) for tag in said]
    words = {
        "size": f"not in size {display_size(query.size)}" if query.size else "",
        "colour": f"not in {colour_words(query.colour)}",
        "shade": f"not the exact shade ({' or '.join(colour_choices(query.colour))})",
        "price": "over your budget"
        if query.price_max is not None and match.price_from > query.price_max
        else "cheaper than you planned",  # never "outside" a range said "around $150"
        "on_sale": "not on sale",
        "occasions": f"not tagged for {' or '.join(events)}",
        "brand": f"not by {query.brand}",
        "gender": "not for men" if query.gender == "male" else "not for women",
        "product": f'not a "{query.product}"',
        "features": f"not {' or '.join(query.features).replace('|', ' or ')}",  # "a|b": either
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
    described += list_order_words(result.query)
    if result.total <= len(result.matches):
        return f"I found {_count(result.total, described)}:"
    return f"I found {found_count(result)} {described}. Here are the first {len(result.matches)}:"


def found_count(result: SearchResult) -> str:
    """How many products fit, as a shopper reads it: "27", or "more than 200" where the search
    stopped counting (commerce.search.counting.COUNT_CAP: a big catalog is not counted to the
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


def _none_fits_text(query: ProductQuery, alternatives: Alternatives) -> str:
    """ "I have no navy formal dresses in size 14 in stock right now.", unless one of the closest
    is in the colour asked: then "no navy" would deny what is listed under it (stranger test 38),
    so it says nothing has all of it at once. Only the size given up ("in other sizes") keeps the
    plain "I have no brown shoes in size 14", which the lead under it explains."""
    in_colour = any(
        not {"colour", "shade"} & set(match.gave_up) for match in alternatives.result.matches
    )
    only_size = set(alternatives.dropped) == {"size"}
    if query.colour and in_colour and not only_size and len(query.active_filters()) > 2:
        return f"Nothing in stock is all of that at once ({describe_query(query)})."
    return f"I have no {describe_query(query)} in stock right now."


def alternatives_text(
    query: ProductQuery, alternatives: Alternatives, features_given_up: tuple[str, ...] = ()
) -> str:
    """Nothing fits: say so, then the closest, led by what they give up (or features: "linen")."""
    made_for = _made_for_none_text(alternatives, features_given_up) or untagged(query, alternatives)
    lines = [made_for or _none_fits_text(query, alternatives)]
    if bound := alternatives.size_bound:  # "shoes in 14": "Our shoes go up to US 13."
        lines.append(size_bound_text(query, bound))
    if alternatives.sold_out:
        titles = ", ".join(match.title for match in alternatives.sold_out.matches)
        lines.append(
            f"{titles} would fit, but {'they are' if len(alternatives.sold_out.matches) > 1 else 'it is'} sold out in that choice."
        )
    dropped = set(alternatives.dropped)
    # A lead that names one filter given up must be true of every line: never "The closest above
    # your budget" over a $59 flat within it (one of a wider kind, commerce/search/closest.py).
    some_fit = any(not match.gave_up for match in alternatives.result.matches)
    # "Around $150" reads $120-$180: a $109 dress is cheaper than it, never "above your budget".
    low = query.price_min
    cheaper = low is not None and any(m.price_to < low for m in alternatives.result.matches)
    if some_fit and len(dropped) == 1 and not features_given_up:
        lead = "The closest I have"
    elif features_given_up:
        # Only what the catalog doesn't say, never "not lightweight" of "airy linen" (test 92, B1).
        given_up = [f"for {name}" if _a_use(name) else name for name in features_given_up]
        lead = f"The closest {kind_words(query.category) or 'products'}, though our catalog doesn't say they're {' or '.join(given_up)}"
        dropped.discard("features")
    elif dropped == {"size"}:
        lead = "Here is the closest, in other sizes"
        if alternatives.available_sizes:
            lead += other_sizes_text(query.size, alternatives.available_sizes)
    elif dropped == {"colour"}:
        lead = f"Not in {colour_words(query.colour)}, but here are the closest in other colours"
    elif dropped == {"shade"}:
        # "Pale blue shirts": plain blue ones, said as such; a navy one is never shown as pale blue.
        near, shade = (
            " or ".join(colour_choices(c)) for c in (alternatives.result.query.colour, query.colour)
        )
        lead = f"The closest are {near}, though not the exact shade ({shade})"
    elif dropped == {"price"} and not cheaper:
        lead = "The closest above your budget"
    elif dropped == {"occasions"} and (kind := describe_query(query.updated(occasions=()))):
        lines[: not made_for], lead = [], f"The closest {kind}, none tagged for that occasion"
    elif dropped == {"brand"}:
        lead = f"Nothing from {query.brand}; similar items from other brands"
    else:
        lead = "The closest I have"
    if not made_for:  # ("not too showy": how the closest are ordered, said)
        lines.append(lead + quiet_order_words(alternatives.result.query.quiet) + ":")
    # A lead that names one filter given up says it for every line; otherwise each line says.
    notes = bool(dropped) if features_given_up else len(dropped) > 1 or some_fit or cheaper
    lines.append(result_lines(alternatives.result, notes=notes))
    return "\n".join(lines)


def _a_use(feature: str) -> bool:
    """A feature that is what a product is for ("hiking", a job on one's feet: "retail work")."""
    return feature.endswith("ing") or feature in load_lexicon().jobs_on_feet


def _made_for_none_text(alternatives: Alternatives, features_given_up: tuple[str, ...]) -> str:
    """ "Comfy work shoes, im a nurse": nothing is made for that use, so the closest are those the
    catalog describes with its nearest features (lexicon `nearest_features`), said in one line and
    never passed off as made for it. Empty unless every feature given up is a use."""
    shown = alternatives.result.query
    described = list(dict.fromkeys(shown.features))
    if not features_given_up or not described or not all(map(_a_use, features_given_up)):
        return ""
    return (
        f"Nothing in our catalog is made for {' or '.join(features_given_up)} specifically; "
        f"these {describe_query(shown.updated(features=()))} are described as "
        f"{and_list(described)}:"
    )


def similar_heading(title: str, result: SearchResult) -> str:
    """ "Like the Windsor Patent Oxford: I found 12 oxfords for men in size 8. ..." """
    return f"Like the {title}: {results_heading(result)}"


def nothing_similar_text(title: str, query: ProductQuery) -> str:
    return f"Sorry, I have no other {describe_query(query)} like the {title} in stock right now."


def refinement_not_understood_text(words: list[str]) -> str:
    """A follow-up that changed nothing in the search ("brwn ones?"): say which words weren't
    understood instead of showing the same list again. A word written in capitals is quoted in
    lowercase: shouted back, it reads as a scolding (stranger test 27)."""
    quoted = and_list([f"“{word.lower() if word.isupper() else word}”" for word in words])
    return (
        f"Sorry, I didn't understand {quoted}, so I haven't changed your search. You can tell me "
        "a colour, size, price or kind, like “in brown”, “size 9” or “under $100”."
    )


def one_kind_at_a_time_text(first: str | None, later: list[str]) -> str:
    """ "A navy suit and brown shoes": said before the first search, so nothing is silently lost."""
    return (
        f"Let's start with the {kind_words(first) or 'ones shown'}; then ask me for the {and_list(later)} "
        f'(say "{later[0]}" with the colour and size you want).'
    )


def none_shown_in_colour_text(colour: str, kinds: str, only: str | None = None) -> str:
    """ "The pink one" ("the striped one") under ties none of which is pink (striped); `only`: the
    title of the one product shown, if one was."""
    return f"The {only} isn't {colour}." if only else f"None of the {kinds} shown is {colour}."


def which_of_these_text(name: str | None) -> str:
    return f"Several products are called {name}; which one do you mean?"


def in_that_size_text(size: str, others: SearchResult) -> str:
    """ "In size 6 I have:" and the products in stock in it, after one not made in it."""
    return f"In size {display_size(size)} I have:\n" + result_lines(others)


def named_kind_text(
    asked: ProductQuery, named: SearchResult, fits: bool, nearest: str | None = None
) -> str:
    """ "Slippers", a kind the shop has no Type for, while products are called that: the ones
    we have (`named`), and, when none of them fits the rest of the request (`fits` False), that
    we have none that does ("no slippers in size 11"), never that we sell none. When they fit,
    the nearest kind the lexicon names (`nearest`, sold) is offered too ("sandals or flats?")."""
    kind = kind_words(asked.category) or asked.category or "products"
    if fits:
        text = f"Here are the {describe_query(asked)} we have:\n" + result_lines(named)
        if nearest:
            text += f"\nWe also sell {kind_words(nearest) or nearest}: tap below, or tell me."
        return text
    if not named.matches:
        return f"The {kind} we have are all sold out just now."
    return none_fit_text(asked, kind, named, result_lines(named, notes=False).splitlines())


def not_sold_text(
    kind: str,
    nearest: SearchResult | None,
    departments: list[str],
    wanted: ProductQuery | None = None,
    opening: str | None = None,
) -> str:
    """ "We don't sell hoodies", then the nearest kind we do sell (saying so when none of it fits
    the rest of the request, `wanted`), or what the shop sells. `opening` takes the place of "we
    don't sell" when the store has products called that (`named_kind_text`)."""
    text = ""
    if nearest is None or not nearest.matches:
        text = f"We sell {and_list(departments)}: tell me what you're looking for."
    else:
        nearest_kind = kind_words(nearest.query.category) or "products"
        if wanted is not None and nearest.query != wanted:
            text = _none_of_the_nearest_text(wanted) + " "
        elif wanted is not None:
            # Everything else asked for holds: "flats for women in size 8".
            nearest_kind = describe_query(wanted)
        text += f"The nearest we have are {nearest_kind}:\n" + result_lines(nearest)
    # After a list of what we have by that name, the rest starts on a line of its own.
    return (
        f"{opening}\n{text}"
        if opening
        else f"Sorry, we don't sell {kind_words(kind) or kind}. {text}"
    )


def _none_of_the_nearest_text(wanted: ProductQuery) -> str:
    """ "I have no navy blazers for men that are warm and for winter, either.": the kind standing
    in named plainly, what it lacks after it, so that the words of the kind not sold ("a warm
    winter coat") are not glued onto it ("warm winter blazers"). Features of two words ("low
    heel") and styles other than seasons read well before the kind and stay there."""
    features = [feature for feature in wanted.features if " " not in feature]
    seasons = [tag for tag in wanted.occasions if tag in ("summer", "winter")]
    plain = wanted.updated(
        features=tuple(f for f in wanted.features if f not in features),
        occasions=tuple(tag for tag in wanted.occasions if tag not in seasons),
    )
    if not (wishes := [*features, *(f"for {season}" for season in seasons)]):
        return f"I have no {describe_query(wanted)} either."
    return f"I have no {describe_query(plain)} that are {and_list(wishes)}, either."


def who_for_text(gender: str | None, casual_first: bool = False, kept: str = "") -> str:
    """ "A gift for my gf": who it is for is known, the kind of thing is not; ask, with buttons
    (for a teenager, `casual_first`: the casual kinds first, said as such; `kept`: what else was
    said, "slim fit products for office", that the search after the tap keeps)."""
    who = {"female": "her", "male": "him"}.get(gender or "", "them")
    if casual_first:
        return (
            f"Happy to help you find something for {who}! What kind of thing? Here are our most "
            "casual kinds first; tap one, or tell me."
        )
    if kept:
        return (
            f"Happy to help you find something for {who}! What kind of thing? Tap one, or tell "
            f"me, and I'll look among {kept}."
        )
    return f"Happy to help you find something for {who}! What kind of thing? Tap one, or tell me."


def size_not_needed_text(gender: str | None, kinds: list[str], return_window_days: int) -> str:
    """ "idk her size", "do you sell gift cards?" (we don't): the kinds in stock that come in no
    size (`kinds`, from the store), and that whoever it's for can exchange a sized one for
    another size (the returns rules: commerce.orders_after_sale, content/faq.yml's gift exchanges)."""
    whose = {"female": "her", "male": "his"}.get(gender or "", "their")
    subject = {"female": "she", "male": "he"}.get(gender or "", "they")
    text = ""
    if kinds:
        text = f"No need to know {whose} size for {and_list(kinds)}: they don't come in sizes. "
    return text + (
        f"And if you pick something with a size, {subject} can exchange it for another size (if "
        f"it's in stock) or return it within {return_window_days} days of delivery, even without "
        "you."
    )


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
