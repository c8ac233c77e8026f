"""Wording for an exchange of something bought for another size, said before its order is asked
for (stranger test 82, A#8, docs/nlu/stranger-test-82.md): how exchanges work, in the shop's own
words, and whether the kind comes in the size asked. Used by actions/exchange_requests.py."""

from __future__ import annotations

from actions.availability_replies import kind_not_made_in_size_text
from actions.replies import describe_query
from commerce.faq import faq_answer
from commerce.products import VariantCheck
from commerce.search import ProductQuery
from commerce.sizes import display_size


def how_exchanges_work() -> str:
    """The shop's exchanges answer (content/faq.yml `exchanges`) without its paragraph on gifts,
    which nobody asked about (stranger test 80)."""
    return faq_answer("exchanges").split("\n")[0]


def size_made_text(kind: ProductQuery, size: str, sizes: tuple[str, ...] | None) -> str:
    """ "Our shirts do come in size 16.5." (`sizes` None: some of the kind are made in it), or
    "Jackets aren't made in size L; they come in 36R, ..." (`sizes`: those the kind is made in):
    said of the kind, as which one the shopper has is not known yet."""
    if sizes:
        return kind_not_made_in_size_text(kind, size, sizes)
    described = describe_query(ProductQuery(category=kind.category))
    return f"Our {described} do come in size {display_size(size)}."


def misfit_return_text(item: str | None, bigger: bool | None) -> str:
    """ "Sorry the blazer is too tight: you can return it for a refund, or exchange it for a bigger
    size instead." and the shop's returns line with its window (content/faq.yml `return_policy`,
    its first sentence): a return of something that doesn't fit, said back before its order is
    asked for (stranger test 87, A9). `bigger`: None when the message says neither way."""
    plural = bool(item) and item.endswith("s") and not item.endswith("ss")
    what = f"the {item}" if item else "it"
    verb = "are" if plural else "is"
    it = "them" if plural else "it"
    fit = {True: f"{verb} too tight", False: f"{verb} too big"}.get(bigger)
    if fit is None:
        fit = f"{'do' if plural else 'does'}n't fit" if item else "doesn't fit"
    size = {True: "a bigger size", False: "a smaller size"}.get(bigger, "another size")
    policy = faq_answer("return_policy").split(". ")[0].rstrip(".") + "."
    return (
        f"Sorry {what} {fit}: you can return {it} for a refund, or exchange {it} for {size} "
        f"instead.\n{policy}"
    )


def swap_size_stock_text(title: str, size: str, colour: str | None, check: VariantCheck) -> str:
    """ "Heads-up: the Ashby Cap-Toe Oxford in US 10 / EU 43 is sold out in Black right now (in
    stock in Brown)." or "... is in stock in US 10 / EU 43 in Black right now." (stranger test 89
    A9); "isn't made in" when it never comes in that size."""
    in_colour = f" in {colour}" if colour else ""
    if not check.size_made:
        return f"The {title} isn't made in {size}."
    if check.in_stock:
        return f"Right now the {title} is in stock in {size}{in_colour}."
    others = (
        f" (in stock in {', '.join(check.other_colours_in_size)})"
        if check.other_colours_in_size
        else ""
    )
    return f"Heads-up: the {title} in {size} is sold out{in_colour} right now{others}."
