"""Computed wording for asking which product the shopper means ("the black one" when several
products on screen are black, "the shirt" when two shirts were shown, "both")."""

from __future__ import annotations

import re
from decimal import Decimal

from actions.replies import and_list, money


def _either(titles: list[str]) -> str:
    """["A", "B", "C"] -> "the A, the B or the C"."""
    named = [f"the {title}" for title in titles]
    return named[0] if len(named) == 1 else ", ".join(named[:-1]) + f" or {named[-1]}"


def which_one_text(
    titles: list[str],
    colour: str | None = None,
    tied_at: Decimal | None = None,
    sort: str = "price_asc",
) -> str:
    """ "Both come in black: the Classic Leather Dress Belt or the Patent Evening Belt? Tap the
    one you mean."; with `tied_at`, "Both are the cheapest, at $69.00: ..." (stranger test 31)."""
    if tied_at is not None:
        which = "cheapest" if sort == "price_asc" else "priciest"
        every = "Both" if len(titles) == 2 else f"All {len(titles)}"
        return (
            f"{every} are the {which}, at {money(tied_at)}: {_either(titles)}? Tap the one you "
            "mean."
        )
    opening = ""
    if colour:
        opening = f"{'Both' if len(titles) == 2 else f'All {len(titles)}'} come in {colour}: "
        return f"{opening}{_either(titles)}? Tap the one you mean."
    return f"Which one do you mean: {_either(titles)}?"


# Why no one product was found for "it", "the black one", "the 9th" -> the domain response that
# says so. "utter_which_product" only where no product could be offered as a button (those on
# screen are: `ask_which_one`), so it asks by position or name, never "tap" (stranger test 34).
_UNRESOLVED = {
    "unknown_name": "utter_unknown_product",
    "bad_ordinal": "utter_bad_ordinal",
    "ambiguous": "utter_which_product",
    "no_such_one": "utter_none_on_screen_fits",
}


def unresolved_response(problem: str | None) -> str:
    """The response for a product reference that found none (`ProductReference.problem`); with
    nothing on screen or in focus, the question what to find."""
    return _UNRESOLVED.get(problem or "", "utter_ask_what_to_find")


def both_unclear_text(titles: list[str], count: int = 2) -> str:
    """ "Add both" ("all three": `count`) when it isn't clear which: say that nothing was added,
    and offer them."""
    if len(titles) == count:
        return (
            f"I haven't added anything yet. Do you mean {_either(titles).replace(' or ', ' and ')}? "
            "Tap each one to add it."
        )
    which = {2: "two", 3: "three", 4: "four"}.get(count, str(count))
    return f"I haven't added anything yet: I'm not sure which {which} you mean. Tap each one to add it."


def both_of_what_text(title: str, other_kind: str, kind: str) -> str:
    """ "Add both" with one of two on screen picked (`title`) and `other_kind` listed before
    (actions/both_of_what.py): nothing added, the question which two."""
    one = one_of_kind(other_kind)
    if one.endswith("s"):
        one = f"a pair of {one}"
    else:
        one = f"{'an' if one[:1] in 'aeiou' else 'a'} {one}"
    both = f"both {kind.lower()}" if kind else "both of those"
    return (
        f"Both of what? I haven't added anything yet. Do you mean the {title} and {one}, or {both}? "
        f"Tap each one to add it, or “{other_kind.title()}” to see the {other_kind.lower()} again."
    )


# Kinds that come in pairs read better in the plural: "which heels do you mean?".
_PAIRS = frozenset(
    {"shoes", "heels", "flats", "trousers", "jeans", "sneakers", "loafers", "oxfords", "boots",
     "sandals", "derbies", "chinos", "shorts", "mules", "brogues", "pumps"}
)  # fmt: skip


def one_of_kind(kind: str) -> str:
    """ "shirts" -> "shirt", "dresses" -> "dress", "heels" -> "heels": how to name one of a kind."""
    kind = kind.strip().lower()
    if kind in _PAIRS or kind.split()[-1] in _PAIRS or not kind.endswith("s"):
        return kind
    if kind.endswith("es") and kind[:-2].endswith(("ss", "sh", "ch", "x")):
        return kind[:-2]
    return kind[:-1]


def which_of_kind_text(kind: str, titles: list[str], size: str | None = None) -> str:
    """ "Which shirt do you mean: the A or the B?"; with a size that all of them come in: "All 4
    come in 16: which shirt do you mean ...?" """
    opening = ""
    if size:
        opening = f"{'Both' if len(titles) == 2 else f'All {len(titles)}'} come in {size}: "
    which = f"which {one_of_kind(kind)} do you mean: {_either(titles)}?"
    return opening + (which if opening else which[0].upper() + which[1:])


def nothing_of_kind_text(kind: str, sold: bool = True, nearest: str | None = None) -> str:
    """ "Add the suit and the tie" when no tie was shown: nothing to add for it yet. A kind the
    catalog doesn't sell is said so, with the nearest it does ("the first polo": stranger test 72)."""
    if not sold:
        instead = f" The nearest we have are {nearest}: ask for {nearest} and tap the one you like."
        return f"We don't sell {kind}, so I haven't added one.{instead if nearest else ''}"
    return (
        f"I haven't shown you a {one_of_kind(kind)} yet, so I haven't added one: ask for "
        f"{kind} and tap the one you like."
    )


def none_in_size_text(size: str) -> str:
    """A size answering "which one?" that none of those offered is in stock in."""
    return f"None of them is in stock in {size} right now."


# "i think its called the harrow field jacket or something", "the name was the aspen parka":
# the product name the shopper remembers, as said; never "my name is Gillian Hartley" (stranger
# test 64).
_CALLED = re.compile(
    r"\b(?:called|named|(?<!my )(?:the )?name (?:is|was|said))\s+(?:the\s+|a\s+|an\s+)?"
    r"(?P<name>[a-z][a-z0-9'’ -]{2,40}?)"
    r"(?=\s*(?:$|[,.?!;]|\bor (?:something|smth|sth|so|whatever)\b|\bi think\b|\bmaybe\b"
    r"|\bi'?m not sure\b|\bim not sure\b|\bor\b|\bin\b|\bfrom\b))"
)


def said_product_name(text: str) -> str | None:
    """The name in "it's called the X" ("Harrow Field Jacket"), or None."""
    match = _CALLED.search(text.lower())
    if not match:
        return None
    return " ".join(word.capitalize() for word in match.group("name").split())


def cannot_find_named_text(name: str, kind: str | None) -> str:
    """ "I can't find a Harrow Field Jacket in our catalog. Here are our navy jackets:" """
    text = f"I can't find a {name} in our catalog."
    return text + (
        f" Here's what we have that's close, {kind}:"
        if kind
        else " Tell me what it looks like, or tap one of the products above."
    )


def nothing_shown_to_pick_text(asked: str, before: str | None, kinds_offered: bool = True) -> str:
    """ "The first one" when the latest search listed nothing (`asked`: "coats for women in size
    M"); `before`: the kind of a list still on screen from an earlier search ("blazers");
    `kinds_offered`: whether the kinds the shop has were offered as buttons instead."""
    text = f"I haven't shown you any {asked}, so there's no first one of them to tell you about."
    if before:
        return text + f" If you mean one of the {before} listed before, tap it above."
    if not kinds_offered:  # "waterproof jacket": none, and none in its place (stranger test 77)
        return text + " Tell me what to change in that search, or what else you're looking for."
    return text + " Tell me what you're looking for, or tap one of the kinds above."


def _or_list(words: list[str]) -> str:
    """["a", "b", "c"] -> "a, b or c"."""
    return ", ".join(words[:-1]) + f" or {words[-1]}" if len(words) > 1 else "".join(words)


def none_in_colour_text(kind: str, colour: str, made_in: list[tuple[str, list[str]]]) -> str:
    """ "The navy dress" with the dresses shown (each title with the colours it comes in) none in
    navy: said so, with their colours; nothing added (stranger test 82, B#5)."""
    look = f"or I can look for {colour} {kind.lower()}"
    if len(made_in) == 1:
        title, colours = made_in[0]
        made = f": it comes in {_or_list(colours)}" if colours else ""
        return (
            f"The {title} doesn't come in {colour}{made}. I haven't added it: tap it to pick "
            f"another colour, {look}."
        )
    each = [(title, _or_list(colours)) for title, colours in made_in if colours]
    parts = [f"the {t} {'comes ' if at == 0 else ''}in {c}" for at, (t, c) in enumerate(each)]
    made = f": {and_list(parts)}" if parts else ""
    return (
        f"None of the {len(made_in)} {kind.lower()} I showed you comes in {colour}{made}. I "
        f"haven't added one: tap the one you meant, {look}."
    )
