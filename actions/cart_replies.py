"""How the cart's totals read: pieces at today's prices, a price against an amount, what waits.

The cart's own lines and changes read as in actions/order_replies.py.
"""

from __future__ import annotations

from decimal import Decimal

from actions import replies
from actions.reference_replies import one_of_kind, which_of_kind_text


def outfit_total_text(
    lines: list[tuple[str, Decimal, bool]],
    total: Decimal,
    varies: bool,
    what: str = "The whole outfit",
    budget: Decimal | None = None,
) -> str:
    """ "The whole outfit comes to $209.00 at today's prices:" and one line per piece; `lines` are
    (what, price, in the cart); `varies` when a price depends on a size not chosen yet; `what` the
    pieces totalled ("The dress and the heels"); with the shopper's `budget` for all of it, the
    total against it (`budget_lines`)."""
    # "The dress and the heels come to", "Both come to"
    verb = "come" if " and " in what or what == "Both" else "comes"
    heading = f"{what} {verb} to {'at least ' if varies else ''}{replies.money(total)}"
    rows = [
        f"• {what}: {replies.money(price)}{' (in your cart)' if in_cart else ''}"
        for what, price, in_cart in lines
    ]
    note = ["Some prices depend on the size; that's the lowest."] if varies else []
    against = budget_lines(lines, [total], budget) if budget is not None else []
    return "\n".join([f"{heading} at today's prices, before shipping:", *rows, *note, *against])


def budget_lines(
    lines: list[tuple[str, Decimal, bool]], totals: list[Decimal], budget: Decimal
) -> list[str]:
    """A total asked with a budget for all of it ("i dont want to go over 250 all in"): the total
    (one of `totals`: the only one, or the lowest of the options) against the budget, and each
    piece that alone is over it."""
    lowest = min(totals)
    if lowest > budget:
        said = "That's" if len(totals) == 1 else "Even the cheapest of those is"
        against = [f"{said} {replies.money(lowest - budget)} over your {replies.money(budget)}."]
    else:
        against = [
            f"That's within your {replies.money(budget)}, with "
            f"{replies.money(budget - lowest)} to spare."
            if len(totals) == 1
            else f"The cheapest of those is within your {replies.money(budget)}."
        ]
    against += [
        f"The {what} alone is {replies.money(price)}, {replies.money(price - budget)} over your "
        f"{replies.money(budget)}."
        for what, price, _ in lines
        if price > budget
    ]
    return against


def price_against_text(
    what: str, price: Decimal, amount: Decimal, above: bool, varies: bool
) -> str:
    """ "Is that over 250??": "Yes: the Carnegie Slim Tuxedo is $1,019.00, $769.00 over $250.00."
    `above` when the shopper asked "over", `varies` when `price` is the lowest of several."""
    verb = "is" if not varies else "starts at"
    if price == amount:
        return f"{what} {verb} exactly {replies.money(amount)}, at today's prices."
    over = price > amount
    answer = "Yes" if over == above else "No"
    gap = replies.money(abs(price - amount))
    side = "over" if over else "under"
    note = " Some prices depend on the size; that's the lowest." if varies else ""
    return (
        f"{answer}: {what[:1].lower() + what[1:]} {verb} "
        f"{replies.money(price)} at today's prices, {gap} {side} {replies.money(amount)}.{note}"
    )


def totals_with_options_text(
    lines: list[tuple[str, Decimal, bool]],
    options: list[tuple[str, Decimal]],
    varies: bool,
    budget: Decimal | None = None,
) -> str:
    """ "The dress and those heels" with two heels on screen: the pieces that are clear (`lines`:
    what, price, in the cart), then a total with each product the shopper may mean for the other
    (`options`: title, price); with the shopper's `budget` for all of it, each total against it
    (`budget_lines`)."""
    base = sum((price for _, price, _ in lines), start=Decimal("0.00"))
    rows = [
        f"• {what}: {replies.money(price)}{' (in your cart)' if in_cart else ''}"
        for what, price, in_cart in lines
    ]
    rows += [
        f"• with the {title} ({replies.money(price)}): {replies.money(base + price)} in all"
        + (_against(base + price, budget) if budget is not None else "")
        for title, price in options
    ]
    note = ["Some prices depend on the size; that's the lowest."] if varies else []
    against = (
        budget_lines(lines, [base + price for _, price in options], budget)
        if budget is not None
        else []
    )
    return "\n".join(["Together, at today's prices, before shipping:", *rows, *note, *against])


def _against(total: Decimal, budget: Decimal) -> str:
    """ ", $298.00 over your $250.00" after one total of several."""
    if total > budget:
        return f", {replies.money(total - budget)} over your {replies.money(budget)}"
    return f", within your {replies.money(budget)}"


def added_several_text(
    added: list[tuple[str, str, Decimal, int]], count: int, total: Decimal
) -> str:
    """ "Add both": one line per product added, as (title, size and colour, price, quantity):
    "Added Ashby Cap-Toe Oxford (US 10 / EU 43, Brown), $129.00.", then the cart's count and
    total: "Your cart: 2 items, $248.00 before shipping." """
    lines = [
        f"Added {f'{quantity} × ' if quantity > 1 else ''}{title}{f' ({label})' if label else ''}, "
        f"{replies.money(price * quantity)}."
        for title, label, price, quantity in added
    ]
    items = f"{count} item{'s' if count != 1 else ''}"
    return "\n".join([*lines, f"Your cart: {items}, {replies.money(total)} before shipping."])


def cart_empty_but_picked_text() -> str:
    """Before the total of what was picked, when the cart itself is empty."""
    return "Your cart is empty, so nothing is owed yet: what you looked at is not in your cart."


def cart_empty_but_waiting_text(waiting: list[tuple[str, list[tuple[str, Decimal, bool]]]]) -> str:
    """ "Whats the total" with an empty cart while purchases wait for a choice: that nothing is
    in the cart yet, and each purchase waiting, as (what it waits for: "colour", "size" or ""
    for which one, and its products as (title, lowest price, whether the price varies))."""
    return "\n".join(
        [
            "Your cart is empty, so nothing is owed yet. These wait for your choice before I add "
            "them:",
            *_waiting_rows(waiting),
            "Choose below and I'll add them.",
        ]
    )


def still_waiting_text(waiting: list[tuple[str, list[tuple[str, Decimal, bool]]]]) -> str:
    """After a cart or a total: the purchases still waiting for a choice (as
    `cart_empty_but_waiting_text`), said to be not in the cart yet."""
    return "\n".join(
        [
            "Not in your cart yet, waiting for your choice:",
            *_waiting_rows(waiting),
            "Choose below and I'll add them.",
        ]
    )


def _waiting_rows(waiting: list[tuple[str, list[tuple[str, Decimal, bool]]]]) -> list[str]:
    rows = []
    for choice, products in waiting:
        priced = [
            f"{title} ({'from ' if varies else ''}{replies.money(price)})"
            for title, price, varies in products
        ]
        if len(priced) == 1:
            rows.append(f"• {priced[0]}: waiting for the {choice or 'choice'}")
        else:
            rows.append(f"• Which one: {', '.join(priced[:-1])} or {priced[-1]}")
    return rows


def waiting_again_text(question: str, title: str | None, choice: str) -> str:
    """A purchase question asked again: "The Osprey Slip-On is still waiting for a colour: which
    one?" for a colour, size or fit of one product (`title`, `choice`), else the question as it
    was asked ("Which jacket do you mean: ...?")."""
    if title and choice:
        return f"The {title} is still waiting for a {choice}: which one?"
    return question


def details_before_the_choice_text() -> str:
    """An email or address typed while a purchase waits for a choice (asked again after it;
    stranger test 50)."""
    return (
        "I'll ask for your name, email and address when you check out; your purchase needs one "
        "more thing first."
    )


def nothing_to_check_out_yet_text(
    method_named: bool, buying: bool = False, address_named: bool = False, kept: str = ""
) -> str:
    """ "Checkout" with an empty cart while purchases wait for a choice (asked again after it);
    `buying`: each waits to be bought at once ("bet ill take it", then "ok send it");
    `address_named`: an address was given too ("send it to 400 Euclid Ave", stranger test 66);
    `kept`: how the order will be sent, kept for the checkout (`delivery_kept_text`)."""
    if kept:
        if buying:
            return (
                "Nothing is ordered yet: your purchase needs one more thing first. Choose below "
                f"and I'll take your details; I'll send it {kept} (you can change that at the "
                "review)."
            )
        return (
            "Your cart is empty, so there's nothing to check out yet. Choose below and I'll add "
            f'them; then say "checkout" and I\'ll send it {kept}.'
        )
    address = " I'll ask for the address when you check out." if address_named else ""
    if buying:
        express = "; express shipping can be chosen at the review" if method_named else ""
        return (
            "Nothing is ordered yet: your purchase needs one more thing first. Choose below and "
            f"I'll take your details{express}.{address}"
        )
    express = ' (with "express" for express shipping)' if method_named else ""
    return (
        "Your cart is empty, so there's nothing to check out yet. Choose below and I'll add "
        f'them; then say "checkout"{express}.{address}'
    )


def delivery_kept_text(method_label: str | None, address: str | None) -> str:
    """How a purchase still waiting will be sent, as the shopper asked before choosing: "by
    express to 400 Euclid Ave, Cleveland OH 44115", "by express", "to 12 Oak Street, ..."."""
    by = f"by {method_label.lower()}" if method_label else ""
    to = f"to {address}" if address else ""
    return " ".join(part for part in (by, to) if part)


def total_waits_for_choices_text(decided: list[tuple[str, str]], kinds: list[str]) -> str:
    """ "The suit + shirt + tie" with the suit picked and the shirt and tie not: what is decided
    (`decided`: title, price as said), and that the total waits for which of the others (`kinds`,
    as said: "shirt", "tie"); no total of what wasn't picked."""
    which = " and ".join(f"which {kind}" for kind in kinds)
    if not decided:
        return f"To add them up I need to know {which} you mean:"
    pieces = " and ".join(f"the {title} is {price}" for title, price in decided)
    return f"So far {pieces}. To add up the rest I need to know {which} you mean:"


def list_not_counted_text(kind: str, which: str) -> str:
    """ "The belts just listed aren't counted yet. To count one, which belt ...?" (`which`)."""
    ask = which[0].lower() + which[1:]
    return f"The {kind.lower()} just listed aren't counted yet. To count one, {ask}"


def nothing_to_total_text() -> str:
    return (
        "There's nothing to add up yet. Open the pieces you like (or add them to your cart) and "
        "ask again: I'll total them at today's prices, or say \"what's in my cart\" for your cart."
    )


def not_in_total_text(kind: str) -> str:
    """ "The dress and the bag w express" when no bag was shown: the bag is not in the figures."""
    return (
        f"I haven't shown you a {one_of_kind(kind)} yet, so it isn't in those figures: ask for "
        f"{kind} and I'll add it up once you've picked one."
    )


def kind_not_shown_text(kind: str) -> str:
    """ "The blazer and the shoes together" when no blazer was shown: said before what can be
    totalled, so no other product stands in for it (stranger test 61)."""
    return (
        f"I haven't shown you a {one_of_kind(kind)} yet, so there's none to add up: ask for "
        f"{kind} to see what we have."
    )


def only_one_counted_text(title: str) -> str:
    """ "The dress and the second boots together" with one boot on screen: the one counted."""
    return f"There's only one on screen, the {title}, so that's the one I've counted."


def kind_left_out_text(kind: str, titles: list[str]) -> str:
    """ "The dress and the bag w express" with several bags shown: which one, left out till then."""
    return f"{which_of_kind_text(kind, titles)} Until you say, it isn't in those figures."


def swapped_out_text(title: str, line: str | None, waited_for: str) -> str:
    """ "Take that out, put the second one in instead": what became of the first product: the
    cart line taken out (`line`: "Carlton Plain Derby (US 9 / EU 42, Black)"), or, when it never
    got into the cart (its size still open: `waited_for`), that there was nothing to take out."""
    if line is not None:
        return f'Took the {line} out of your cart. (Say "put it back" if you change your mind.)'
    waiting = f" (it was still waiting for a {waited_for})" if waited_for else ""
    return (
        f"No problem: the {title} wasn't in your cart yet{waiting}, so there's nothing to take "
        'out. (Say "add it back" if you want it after all.)'
    )


def shipping_if_added_text(subtotal: Decimal, varies: bool, costs: list[tuple[str, str]]) -> str:
    """Under an empty cart's purchases waiting (or products looked at), when shipping was asked:
    what they come to and each shipping method's cost for that ("Standard shipping: free, as
    orders from $100.00 ship free"), as `costs` (label, cost) say."""
    methods = "; ".join(f"{label} shipping: {cost}" for label, cost in costs)
    least = "at least " if varies else ""
    return (
        f"Once in your cart ({least}{replies.money(subtotal)} at today's prices): "
        f"{methods}. Tax is added at checkout."
    )


# --- several sizes, each with its quantity ("add 4 in medium and 4 in large") -------------------

# How a size kind's sizes are called (commerce/profiles.py SIZE_KINDS), so letter sizes asked of
# a shirt sized by collar get "it comes in collar sizes".
_SIZES_CALLED = {"dress shirts": "collar", "waist": "waist", "shoes": "shoe", "suits": "jacket"}


def sizes_called(kind: str | None) -> str:
    """ "collar sizes" for a dress shirt's, "sizes" where there is no better word."""
    return f"{_SIZES_CALLED[kind]} sizes" if kind in _SIZES_CALLED else "sizes"


def sizes_not_made_text(
    title: str, called: str, missing: list[str], made: list[str], quantities: list[int]
) -> str:
    """ "The Eton Oxford Button-Down comes in collar sizes, not M or L: 14.5, 15, ...", and how to
    choose one for each quantity still open (`quantities`: 4 and 4)."""
    each = " and ".join(str(q) for q in quantities)
    example = " and ".join(f"{q} in {size}" for q, size in zip(quantities, made[1:], strict=False))
    tap = (
        f"Tap a size below for each {quantities[0]} (the same one twice for "
        f"{2 * quantities[0]} of one size)"
        if len(set(quantities)) == 1 and len(quantities) > 1
        else "Tap a size below"
    )
    not_made = " or ".join([", ".join(missing[:-1]), missing[-1]] if len(missing) > 1 else missing)
    return (
        f"The {title} comes in {called}, not {not_made}: {', '.join(made)}. "
        f'Nothing added for the {each} yet. {tap}, or tell me like "{example}".'
    )


def which_size_for_text(title: str, called: str, quantities: list[int]) -> str:
    """The question with a button per size: "Which collar size of the ... for the 4 + 4?"."""
    size_word = called.removesuffix("s")
    return f"Which {size_word} of the {title} for the {' + '.join(str(q) for q in quantities)}?"


# A cancel or change of "my order" while a purchase started in this chat was never placed
# (actions/unplaced_purchases.py; stranger test 63).
_EARLIER_ORDER_NOTE = (
    "(Meant an order from before this chat? Tell me its number, like HL-7KQ2XM, and the email you "
    "used.)"
)
NOTHING_ORDERED_TO_CANCEL = "Nothing has been ordered yet, so there's nothing to cancel"


def nothing_ordered_to_cancel_text(titles: list[str]) -> str:
    """ "Cancel my order" with the purchases `titles` waiting and none placed: dropped."""
    dropped = f" I've dropped the {replies.and_list(titles)} you'd started." if titles else ""
    return (
        f"{NOTHING_ORDERED_TO_CANCEL} and you haven't been charged.{dropped} {_EARLIER_ORDER_NOTE}"
    )


def still_nothing_ordered_text() -> str:
    """ "Cancel it" again after `nothing_ordered_to_cancel_text`: the same fact, in fewer words."""
    return (
        "Nothing was ordered in this chat, so there's still nothing to cancel and you haven't been "
        "charged. " + _EARLIER_ORDER_NOTE
    )


def nothing_ordered_to_change_text() -> str:
    """ "Change the size on my order" while the purchase waits (not placed): nothing to change."""
    return "Nothing has been ordered yet, so there's no order to change: choose below to carry on."


def colour_before_ordering_text(title: str, colours: list[str], wanted: str | None) -> str:
    """ "Change the colour on the order I just made" while the `title` waits (not placed): it can
    still be chosen; `wanted`, when named, said to be one of its `colours` or not."""
    text = "Nothing has been ordered yet, so you can still choose the colour"
    if wanted and wanted.lower() not in (c.lower() for c in colours):
        only = "only " if len(colours) < 3 else ""
        return f"{text}, but the {title} comes {only}in {replies.and_list(colours)}, not {wanted}."
    if wanted:
        return f"{text}: the {title} comes in {wanted.lower()} too, so tap it below."
    return f"{text} of the {title}."


def within_budget_text(budget: Decimal, spent: Decimal) -> str:
    """ "Yes: your cart comes to $299.00, so $101.00 of your $400 is left (before shipping and
    tax)." or "No: your cart comes to $450.00, $50.00 over your $400." """
    said, total = replies.money(budget, whole=True), replies.money(spent)
    if not spent:
        return f"Yes: nothing is in your cart yet, so all of your {said} is left."
    if spent <= budget:
        left = replies.money(budget - spent)
        return (
            f"Yes: your cart comes to {total}, so {left} of your {said} is left "
            "(before shipping and tax)."
        )
    return f"No: your cart comes to {total}, {replies.money(spent - budget)} over your {said}."


def within_budget_once_added_text(
    budget: Decimal, spent: Decimal, waiting: list[tuple[str, Decimal]]
) -> str:
    """ "With the Noemi Kitten Heel ($209.95), your cart will come to $318.95: still under your
    $400, with $81.05 left": products whose question is still open, counted as if added."""
    price = sum((each for _, each in waiting), Decimal(0))
    said, total = replies.money(budget, whole=True), replies.money(spent + price)
    named = replies.and_list([f"the {title} ({replies.money(each)})" for title, each in waiting])
    with_it = f"With {named}, your cart will come to {total}"
    if spent + price <= budget:
        left = replies.money(budget - spent - price)
        return f"{with_it}: still under your {said}, with {left} left (before shipping and tax)."
    return f"{with_it}: {replies.money(spent + price - budget)} over your {said}."


def never_added_text(title: str, missing: str) -> str:
    """ "Take the shoes out" while their colour was never picked: they never went in."""
    why = f" (no {missing} was picked)" if missing else ""
    return (f"The {title} never went into your cart{why}, so there's nothing to take out: "
            "your cart is empty.")  # fmt: skip


def kind_not_in_cart_text(kind: str) -> str:
    """ "Take the shoes out" with an empty cart and nothing asked about them."""
    return f"There are no {kind} in your cart, so there's nothing to take out: your cart is empty."


def kept_kind_not_in_cart_text(kind: str, sold: bool) -> str:
    """ "Take the shoes out ... Just the coat." with no coat ever added: none is there to keep."""
    if not sold:
        return f"There are no {kind} in your cart to keep either: we don't sell {kind}."
    return f"There are no {kind} in your cart to keep either: none was added."
