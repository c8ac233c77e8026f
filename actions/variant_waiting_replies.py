"""Wording for purchases asked one at a time (actions/variant_waiting.py)."""

from __future__ import annotations

from decimal import Decimal

from actions.cart_replies import still_waiting_text
from actions.reference_replies import one_of_kind
from actions.replies import and_list

# The first words of a checkout held back for a purchase still waiting (`checkout_held_text`).
CHECKOUT_HELD = "Before I check out your cart:"


def asked_next_text(named: list[str]) -> str:
    """Before the first of several purchase questions: what is asked after it ("the boots")."""
    return f"One thing at a time: I'll ask about {and_list(named)} next."


def checkout_held_text(
    waiting: list[tuple[str, list[tuple[str, Decimal, bool]]]], drop: bool = True
) -> str:
    """ "Check out" while purchases wait for a choice: which, not in the cart yet (as
    `still_waiting_text`), and that "check out" said again goes ahead without them; with `drop`,
    that they can be dropped (only when a Drop button names them: never for "which tie?")."""
    them = "it" if len(waiting) == 1 else "them"
    drop_them = f", or drop {them}" if drop else ""
    return (
        f"{CHECKOUT_HELD}\n{still_waiting_text(waiting)}\n"
        f"Or check out without {them} now{drop_them}: tap below."
    )


def check_out_without_button(waiting: int) -> dict:
    """A checkout held for a pick of several ("which tie?"), no product to name: going ahead."""
    return {
        "title": f"Check out without {'it' if waiting == 1 else 'them'}",
        "payload": "/checkout",
    }


def stuck_text(titles: list[str], choice: str, in_cart: bool, team: str) -> str:
    """The pick asked again turn after turn (stranger test 77, B6-B8): the way past it (with the
    cart: check out without it; else drop it) and the team."""
    title = and_list([f"the {t}" for t in titles])
    them = "it" if len(titles) == 1 else "them"
    unsure = f"Not sure which {choice}?" if choice else "Not sure which to choose?"
    way = f"check out without {them}, or drop {them}" if in_cart else f"drop {them}"
    return f"{unsure} You can {way}: {title} never went into your cart. {team}"


def way_out_buttons(picks: dict[str, str], check_out: bool = True) -> list[dict]:
    """For the purchases waiting (handle -> title): "Check out without the Henley Hopsack Blazer"
    (a checkout that goes ahead, since one was held before; with `check_out`) and "Drop the
    Henley Hopsack Blazer" (a removal naming it)."""
    titles = list(picks.values())
    buttons = [{"title": f"Check out without the {t}", "payload": "/checkout"} for t in titles[:1]]
    return (buttons if check_out else []) + [
        {
            "title": f"Drop the {title}",
            "payload": f'/remove_from_cart{{"product_handle":"{handle}"}}',
        }
        for handle, title in picks.items()
    ]


def _one_named(kind: str) -> str:
    """ "ties" -> "a tie", "heels" -> "a pair of heels", "oxfords" -> "a pair of oxfords"."""
    one = one_of_kind(kind)
    if one == kind.strip().lower() and one.endswith("s"):  # kept plural: a kind in pairs
        return f"a pair of {one}"
    return f"{'an' if one[0] in 'aeiou' else 'a'} {one}"


def checkout_without_text(titles: list[str], kinds: list[str] | None = None) -> str:
    """A checkout asked again while a pick waits: it goes ahead without it (`titles`), or
    without a pick of several of a kind (`kinds`, "ties": "a tie", "" for "the one to pick")."""
    left_out = [f"the {t}" for t in titles] + [
        _one_named(kind) if kind else "the one still to pick" for kind in kinds or []
    ]
    them = "it" if len(left_out) == 1 else "them"
    return f"Going ahead without {and_list(left_out)}: {them} never went into your cart."


def checkout_after_pick_text(picks: list[str]) -> str:
    """ "Add the belt and the tie and let's check out" while the tie waits for its colour: the
    checkout follows the pick (`picks`: "the colour of the Silk Grenadine Tie", "which tie")."""
    return f"I'll check out your cart once you've picked {and_list(picks)}."


def no_checkout_yet_text(picks: list[str]) -> str:
    """The same with nothing in the cart yet: the checkout can't start until then."""
    return (
        f"Once you've picked {and_list(picks)}, I'll add {'it' if len(picks) == 1 else 'them'} "
        "and check out your cart."
    )


def choice_still_open_text(title: str, choice: str, options: list[str]) -> str:
    """Said once at the end of an answer about something else while a purchase waits for its
    colour or size (stranger test 91, B4): "The Orebro Canvas Tote isn't in your cart yet: which
    colour, Navy or Beige?"."""
    named = ", ".join(options[:-1]) + f" or {options[-1]}" if len(options) > 1 else "".join(options)
    return f"The {title} isn't in your cart yet: which {choice}{f', {named}' if named else ''}?"
