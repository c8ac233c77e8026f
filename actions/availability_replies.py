"""Wording for what is in stock: of one product ("do you have it in a 10?", "what sizes does it
come in?": in stock, sold out, or not made in that size or colour, with the catalog's sizing
note), of a kind ("whats the biggest suit size you carry?", "is a 10 an M?"), and of a list on
screen ("what's in stock in 10?": a line for each product shown, in the size asked and the colour
searched for, saying so plainly when only other colours are left in that size, and how many of
everything found are in stock in that size). Facts come from the store (commerce/products.py
`check_variant`, commerce/search `find_products`); the sentences are here."""

from __future__ import annotations

import json
import re
from dataclasses import replace

from actions.cart_replies import sizes_called
from actions.colour_lists import colours_listed
from actions.replies import (
    and_list,
    colour_words,
    describe_query,
    kind_words,
    price_text,
    sizes_text,
)
from actions.size_advice_replies import roughly_in_jacket_sizes
from commerce.lexicon import load_lexicon
from commerce.product_facts import ProductFact, sizing_note
from commerce.products import ProductDetails, VariantCheck
from commerce.profiles import kind_of_type
from commerce.search import ProductQuery
from commerce.search.size_bounds import SizeBound
from commerce.sizes import LETTER_SIZES, display_size, label_in_both


def _colour_words(colour: str) -> str:
    """ "black|red" (a search for either) -> "black or red"."""
    return colour_words(colour) or colour


def nearest_colour_note(asked: str, colours: list[str]) -> str:
    """ " The nearest it comes in is Green.": after a two-word colour a product is not made in
    ("sage green"), its colours of the same family (lexicon `colour_families`) but those never
    offered for that shade (navy for light blue), said as what they are; "" when it has none."""
    lexicon = load_lexicon()
    family = lexicon.colour_family(asked)
    colours = [c for c in colours if c.lower() not in lexicon.colour_shades.get(asked, ("", ()))[1]]
    near = [c for c in colours if family and lexicon.colour_family(c) == family]
    if not near:
        return ""
    return f" The nearest it comes in is {' or '.join(dict.fromkeys(near))}."


def availability_on_screen_text(checks: list[VariantCheck]) -> str:
    """ "Do they come in 10?" about a list: one line per product, from the store. A product in
    the size but not in the colour asked (or searched for) says so before the colours it is in:
    "not in brown in size 10 (sold out); in stock in Cognac"."""
    lines = []
    for check in checks:
        colour = _colour_words(check.colour) if check.colour else None
        size = f"size {display_size(check.size)}" if check.size else None
        wanted = " ".join(filter(None, [display_size(check.size) if check.size else None, colour]))
        if check.in_stock:
            sizes = list(dict.fromkeys(v.size for v in check.in_stock if v.size))
            colours = list(dict.fromkeys(v.colour for v in check.in_stock if v.colour))
            state = "yes, in stock in " + " ".join(
                filter(None, [and_list(sizes), f"({and_list(colours)})" if colours else None])
            )
        elif colour and size and check.other_colours_in_size:
            why = "sold out" if check.offered else "not made"
            state = (
                f"not in {colour} in {size} ({why}); in stock in "
                f"{and_list(list(check.other_colours_in_size))}"
            )
        elif check.offered:
            state = f"sold out in {wanted}"
        elif check.size in LETTER_SIZES.values() and _sizes_called(check.product):
            # "which have M and L and XL?" of shirts sized by collar: no letter size at all.
            offered = check.product.sizes_offered
            state = f"no letter sizes; it comes in {_sizes_called(check.product)}" + sizes_text(
                offered, offered
            )
        else:
            state = f"not made in {wanted}"
        lines.append(f"• {check.product.title}: {state}")
    return "\n".join(lines)


def all_found_in_size_text(described: str, total: int, in_size: int, size: str) -> str:
    """ "Of all 20 brown shoes for office I found, 14 are in stock in size 10." (`described`: the
    search, as describe_query words it, without the size)."""
    size_words = f"size {display_size(size)}"
    if in_size == 0:
        return f"None of the {total} {described} I found is in stock in {size_words}."
    verb = "is" if in_size == 1 else "are"
    return f"Of all {total} {described} I found, {in_size} {verb} in stock in {size_words}."


def show_in_size_button(size: str, in_size: int) -> dict:
    """A tap that narrows the search on screen to the size (the same search, in `size`)."""
    them = "it" if in_size == 1 else f"all {in_size}"
    return {
        "title": f"Show {them} in size {display_size(size)}",
        "payload": "/refine_search" + json.dumps({"size": size}),
    }


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


def colours_in_stock_text(details: ProductDetails) -> str:
    """ "What colour u have?": "The Chancery Non-Iron Shirt comes in White and Blue.", then the
    sizes in stock in each."""
    colours = [colour for colour in details.sizes_by_colour if colour]
    made_in = f"The {details.title} comes in {and_list(colours)}." if colours else ""
    return "\n".join(filter(None, [made_in, sizes_in_stock_text(details)]))


def colours_and_size_text(details: ProductDetails, check: VariantCheck) -> str:
    """ "Which colours, and is size 40 ok?": "The Soho Velvet Blazer comes in Burgundy, Green,
    Black and Navy. Yes, ... in stock in 40R, 40L (Burgundy) ..." (stranger test 38)."""
    colours = [colour for colour in details.sizes_by_colour if colour]
    made_in = f"The {details.title} comes in {and_list(colours)}. " if colours else ""
    return made_in + availability_text(check)


def also_in_colours_text(check: VariantCheck, every_colour: VariantCheck) -> str:
    """ " In 40R, 40L it's also in stock in Green, Navy and Black." after the answer in the colour
    searched for; "" when no other colour is left in that size."""
    asked = (check.colour or "").lower()
    sizes = list(dict.fromkeys(v.size for v in check.in_stock if v.size))
    by_colour: dict[str, list[str]] = {}
    for variant in every_colour.in_stock:
        if variant.colour and variant.colour.lower() != asked:
            by_colour.setdefault(variant.colour, []).append(variant.size or "")
    if not by_colour:
        return ""
    offered = check.product.sizes_offered
    others = [  # "Black (40L only)" where fewer of those sizes are left in it
        colour if set(left) >= set(sizes) else f"{colour} ({sizes_text(left, offered)} only)"
        for colour, left in by_colour.items()
    ]
    where = f"In {sizes_text(sizes, offered)}" if sizes else "In that size"
    return f" {where} it's also in stock in {and_list(others)}."


def availability_text(check: VariantCheck) -> str:
    product = check.product
    wanted = " ".join(
        part
        for part in (
            check.colour and _colour_words(check.colour),
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
                f"it comes in {_sizes_called(product)}"
                f"{sizes_text(product.sizes_offered, product.sizes_offered)}."
                f"{_lengths_note(display_size(check.size), product.sizes_offered)}"
            )
        colours = [c for c in [*product.stock_by_colour, *product.sold_out_colours] if c]
        listed = and_list(colours_listed(product))  # "Navy, Beige and Olive (sold out)"
        if check.colour and not check.colour_made:
            # "im a medium, does it come in sage?": M is made, sage is what it lacks.
            text = f"The {product.title} doesn't come in {_colour_words(check.colour)}; it comes in {listed}."
            text += nearest_colour_note(check.colour, colours)
            if check.size and check.other_colours_in_size:
                text += (
                    f" In size {display_size(check.size)} it's in stock in "
                    f"{and_list(list(check.other_colours_in_size))}."
                )
            return text
        return f"The {product.title} doesn't come in {wanted}; it comes in {listed}."
    if check.in_stock:
        # a size asked in the other system is named in both ("US 11 / EU 44": stranger test 63)
        sizes = [label_in_both(v.size, v.size_keys) if check.size else v.size
                 for v in check.in_stock if v.size]  # fmt: skip
        sizes = list(dict.fromkeys(sizes))
        colours = list(dict.fromkeys(v.colour for v in check.in_stock if v.colour))
        prices = [v.price for v in check.in_stock]
        label = sizes_text(sizes, product.sizes_offered) or and_list(colours)
        if sizes and colours:
            label += f" ({and_list(colours)})"
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


def only_in_ruled_out_text(check: VariantCheck) -> str:
    """ "Is it in stock in 8.5?" after "not black pls", of a product in stock in that size in
    black only: so, never "sold out" nor black offered as if it were wanted."""
    product = check.product
    colours = and_list(list(dict.fromkeys(v.colour for v in check.in_stock if v.colour)))
    sizes = list(dict.fromkeys(v.size for v in check.in_stock if v.size))
    where = f" in {sizes_text(sizes, product.sizes_offered)}" if sizes else ""
    return f"The {product.title} is in stock{where} only in {colours}, which you ruled out."


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


def each_of_two_text(answers: list[list[VariantCheck]]) -> str:
    """ "Does that one come in both [8 and 8.5]?": of one product, a line for each value; of a
    list, a line for each product ("• Anouk Ballet Flat: in stock in 8 and 8.5", "in stock in 8;
    8.5 sold out")."""
    if len(answers) == 1:
        return availability_of_each_text(answers[0])
    lines = []
    for checks in answers:
        said = [display_size(c.size) if c.size else _colour_words(c.colour or "") for c in checks]
        have = [value for value, check in zip(said, checks, strict=True) if check.in_stock]
        out = [v for v, c in zip(said, checks, strict=True) if not c.in_stock and c.offered]
        unmade = [v for v, c in zip(said, checks, strict=True) if not c.offered]
        parts = [f"in stock in {and_list(have)}"] if have else []
        parts += [f"{and_list(out)} sold out"] if out else []
        parts += [f"not made in {and_list(unmade)}"] if unmade else []
        both = "yes, " if len(have) == len(checks) else ""
        lines.append(f"• {checks[0].product.title}: {both}{'; '.join(parts)}")
    return "\n".join(lines)


# "Size L" of a blazer made in 40R and 40L: the letter may mean its Long (or Short) fitting.
_LENGTHS = {"L": "Long", "S": "Short"}
_FITTINGS = {"R": "regular length", "L": "long", "S": "short"}


def _lengths_note(asked: str, offered: tuple[str, ...]) -> str:
    """ " Its Long fittings are 40L, 42L and 44L.": when a letter size asked ("L"), or the fitting
    of a suit size asked ("48L": stranger test 49), is the length letter of the sizes a product is
    made in; "" otherwise."""
    letter = re.sub(r"^\d+(?=[LS]$)", "", asked.upper())
    chest = [size for size in offered if re.fullmatch(r"\d+[RSL]", size)]
    if asked.lower() in LETTER_SIZES and letter not in _LENGTHS and chest:
        # "in medium" of a blazer made in 36R to 44L (stranger test 79, B4): what they mean.
        return (
            f" Jacket sizes go by the chest in inches and the length ({chest[0]}: a "
            f"{chest[0][:-1]}-inch chest, {_FITTINGS[chest[0][-1]]}), not S, M or L."
        ) + roughly_in_jacket_sizes(asked.lower(), offered, explained=True)
    word = _LENGTHS.get(letter)
    fittings = [size for size in offered if re.fullmatch(rf"\d+{letter}", size)]
    if not word or not fittings:
        return ""
    return f" Its {word} fittings are {and_list(fittings)}."


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
        f"it comes in {_sizes_called(product)}"
        f"{sizes_text(product.sizes_offered, product.sizes_offered)}."
    )


def _sizes_called(product: ProductDetails) -> str:
    """ "collar sizes " before a dress shirt's sizes (asked for an M: stranger test 50), "" where
    the sizes need no name."""
    called = sizes_called(kind_of_type(product.product_type))
    return f"{called} " if called != "sizes" else ""


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
    query: ProductQuery,
    extremes: tuple[str, ...],
    sizes: tuple[str, ...],
    biggest: bool,
    one_size: bool = False,
) -> str:
    """ "Whats the biggest suit size you carry?": the biggest (or smallest) size in stock of the
    kind asked about, and every size in stock of it; that the kind comes in one size (`one_size`:
    in stock, in no sizes, as ties); or that none is in stock."""
    described = describe_query(query)
    if one_size:
        return f"Our {described} come in one size only, so there is no size to pick."
    if not extremes:
        return f"I have no {described} in stock in any size right now."
    which = "biggest" if biggest else "smallest"
    return (
        f"The {which} size I have in stock in {described} is {' or '.join(extremes)}. "
        f"Sizes in stock: {sizes_text(sizes)}."
    )


_FITTING_WORDS = {"l": "long", "r": "regular", "s": "short"}


def size_bound_text(query: ProductQuery, bound: SizeBound) -> str:
    """ "Our shoes go up to US 13.", "Our blazers go up to 46R; in long (L), up to 44L.": how far
    the sizes of the kind asked go, for a size beyond them all (stranger test 49, problem 5)."""
    kind = kind_words(query.category) or "products"
    way = "up" if bound.biggest else "down"
    fitting = (
        f"in {_FITTING_WORDS[bound.fitting]} ({bound.fitting.upper()})" if bound.fitting else ""
    )
    if bound.furthest is None:  # "46L": within the sizes, past its fitting's
        return f"{fitting[:1].upper()}{fitting[1:]}, our {kind} go {way} to {bound.furthest_in_fitting}."
    said = f"Our {kind} go {way} to {bound.furthest}"
    if fitting and bound.furthest_in_fitting:
        said += f"; {fitting}, {way} to {bound.furthest_in_fitting}"
    return said + "."
