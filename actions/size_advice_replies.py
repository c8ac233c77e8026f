"""Wording for size advice from a body ("5 foot 8 and skinny", "34 waist, 36 inseam")."""

from __future__ import annotations

import json

from commerce.size_advice import Body

MAX_SIZE_BUTTONS = 4


def _said(body: Body) -> str:
    """What the shopper told, back in plain words: "about 5'8" and slim"."""
    parts = []
    if body.height_in:
        parts.append(f"about {body.height_in // 12}'{body.height_in % 12}\"")
    elif body.stature:
        parts.append(body.stature)
    if body.weight_kg:
        parts.append(f"about {body.weight_kg} kg")
    if body.chest_in:
        parts.append(f"a {body.chest_in}-inch chest")
    if body.build:
        parts.append(body.build)
    return " and ".join(parts) or "what you told me"


def _either(labels: list[str]) -> str:
    return labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " or " + labels[-1]


def suit_advice_text(title: str | None, body: Body, likely: list[str], length: str) -> str:
    """ "For about 5'8" and slim I'd try 36R or 38R in the Soho Velvet Blazer ...", with the size
    guide's rule and what it can't know."""
    where = f" in the {title}" if title else ""
    lengths = {"S": "short (S, under 5'8\")", "R": "regular (R)", "L": "long (L, over 6'1\")"}
    text = (
        f"Our suits and jackets go by chest in inches plus a length. For {_said(body)}, "
        f"I'd try {_either(likely)}{where}: {lengths[length]} length."
        if likely
        else f"Our suits and jackets go by chest in inches plus a length. For {_said(body)} I'd "
        f"look at a {lengths[length]} length, but none in a likely size is in stock{where} "
        "right now."
    )
    if body.chest_in is None:
        text += (
            " That's a guess: I can't see the fit, and the chest decides it. Measure around the "
            "fullest part of the chest, under the arms: that number in inches is the size."
        )
    return text


def letter_advice_text(title: str | None, body: Body, likely: list[str]) -> str:
    where = f" in the {title}" if title else ""
    if not likely:
        return f"For {_said(body)} none of the likely sizes is in stock{where} right now."
    return (
        f"For {_said(body)}, I'd try {_either(likely)}{where}. That's a guess from the build "
        "you describe: I can't see the fit, so check the product's details for how it runs."
    )


def waist_advice_text(
    waist: int,
    inseam: int | None,
    long_legs: bool,
    unhemmed: list[str],
    fixed: list[tuple[str, int]],
    long_suits: list[str],
) -> str:
    """A waist (and inside leg) against the trousers and suits in stock in that waist."""
    lines = [f"Noted: a {waist} waist, for trousers and belts. Our trousers are sold by waist."]
    leg = f"a {inseam} in inside leg" if inseam else "long legs"
    if unhemmed:
        lines.append(
            f"In a {waist} waist, these come with an unhemmed leg, so they can be finished to "
            f"{leg}: {', '.join(unhemmed)}."
        )
    if fixed and (inseam or long_legs):
        short = [title for title, length in fixed if not inseam or length < inseam]
        if short:
            length = fixed[0][1]
            lines.append(f"These have a finished {length} in inside leg, too short for you: "
                         f"{', '.join(short)}.")  # fmt: skip
    if not unhemmed and not fixed:
        lines.append(f"None of our trousers is in stock in a {waist} waist right now.")
    if long_suits:
        lines.append(
            "Our suits come in long lengths (L) too, with trousers left unhemmed: in stock in "
            f"{', '.join(long_suits)}."
        )
    return "\n".join(lines)


def size_buttons(handle: str | None, labels: list[str]) -> list[dict]:
    """One tap per likely size: is it in stock in that size."""
    return [
        {
            "title": label,
            "payload": "/check_availability"
            + json.dumps({**({"product_handle": handle} if handle else {}), "size": label}),
        }
        for label in labels[:MAX_SIZE_BUTTONS]
    ]


def waist_buttons(waist: int) -> list[dict]:
    return [
        {
            "title": f"Trousers in a {waist} waist",
            "payload": "/search_products"
            + json.dumps({"category": "trousers", "size": str(waist)}),
        },
    ]
