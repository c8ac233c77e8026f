"""Wording for size advice from a body ("5 foot 8 and skinny", "34 waist, 36 inseam"), and for a
letter size said for a kind not made in letter sizes ("a blazer, I'm usually a medium", "between M
and L, chest 41", "add it in L" of a blazer in chest sizes)."""

from __future__ import annotations

import json

from actions.replies import describe_query, sizes_text
from commerce.between_sizes import LARGER, SizeTip
from commerce.faq import faq_answer
from commerce.search import ProductQuery
from commerce.size_advice import Body
from commerce.sizes import display_size, jacket_sizes_of_letter

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


def shoe_size_from_body_text(body: Body, searched: str | None) -> str:
    """ "Im 6'3, what size?" with shoes in view: a height or build gives no shoe size; how to
    measure a foot (the shop's size guide, content/faq.yml), and the size searched, if any."""
    text = (
        f"Your height doesn't tell me your shoe size: for {_said(body)} it could be any. Shoes "
        f"go by the length of your foot. {_foot_measuring()} Our shoes are in US sizes with the "
        "EU size next to them."
    )
    if searched:
        text += (
            f" You searched in size {display_size(searched)}: if that fits you in other shoes, "
            "it's the one to pick, and each product's details say if it runs small or large."
        )
    return text


def _foot_measuring() -> str:
    """The size guide's own words on measuring a foot (content/faq.yml, edited by the shop)."""
    guide = faq_answer("size_guide")
    start = guide.find("To measure your foot")
    if start < 0:  # the shop reworded its guide: no advice rather than stale advice
        return ""
    return guide[start : guide.index(".", start) + 1]


def waist_wanted_text(body: Body, title: str | None) -> str:
    """ "Im 6'3, what size?" with trousers in view: they go by the waist, which a height doesn't
    give; asked for, with the inside leg."""
    what = f"The {title} goes" if title else "Our trousers go"
    return (
        f"{what} by the waist in inches, and your height doesn't tell me that. What's your waist "
        '(say "34 waist", and your inside leg if you know it, "34 waist, 34 inseam")? Then '
        "I'll say which of them come long enough"
        + (f" for {_said(body)}." if body.height_in or body.stature else ".")
    )


def shirt_tag_text(collar: str, sleeve: str) -> str:
    """ "That's a 15.5 collar with a 34/35 sleeve. Our dress shirts are sized by collar only, so
    here they are in 15.5:" (a shirt's tag read, stranger test 54)."""
    return (
        f"That's a {collar} collar with a {sleeve} sleeve. Our dress shirts are sized by collar "
        f"only (no separate sleeve lengths), so here they are in {collar}:"
    )


def not_its_sizes_text(title: str, asked: list[str], sized_in: str, offered: list[str]) -> str:
    """ "32 or 34 waist, which should i get" of a dress in XS to XL: those are no sizes of it; its
    own sizes and where the size guide is."""
    return (
        f"The {title} doesn't come in {' or '.join(asked)}: it comes in {sized_in}, "
        f"{', '.join(offered)}. The size guide has the measurements to find yours: tap Size guide "
        "below, or ask me for it."
    )


def between_sizes_text(
    title: str, smaller: str | None, larger: str | None, tip: SizeTip, contact: str
) -> str:
    """ "Between a small and a medium, which would you go for?": the size the product's own words
    (and the room wanted, where it is cut true to size) point to, and why; honestly none where the
    catalog tips neither way or says nothing; always where the size guide is."""
    guide = (
        "The size guide has the measurements to compare: tap Size guide below, or ask me for it."
    )
    if tip.sentence is None:
        return (
            f"Our catalog doesn't say how the sizing of the {title} comes up, so I can't tell you "
            f"which to pick. {guide} Our team can advise too: {contact}."
        )
    quoted = f"“{tip.sentence}”"
    if tip.way is None:
        if smaller and larger:
            return (
                f"The {title} is {quoted}, so our catalog doesn't tip it between the {smaller} "
                f"and the {larger}: the usual size, by the measurements. {guide}"
            )
        return f"The {title} is {quoted}, so there's no need to size up or down. {guide}"
    chosen = larger if tip.way == LARGER else smaller
    if tip.room:
        why = f"it's {quoted}, so with {tip.room} the {tip.way} size gives more room"
        if smaller:
            why += f"; the {smaller} if a close fit is wanted"
    else:
        why = f"our catalog says of the {title}: {quoted}"
    if chosen:
        return f"I'd go for the {chosen}: {why}. {guide}"
    return f"Take the {tip.way} size: {why}. {guide}"


# How each size kind is labelled here (commerce/profiles.py SIZE_KINDS), for a size from abroad.
_SIZED_BY = {
    "suits": "goes by chest size in inches plus a length (40R = a 40-inch chest, regular)",
    "waist": "goes by waist size in inches (32 = a 32-inch waist)",
    "dress shirts": "goes by collar size in inches",
    "tops": "comes in US letter sizes",
    "dresses": "comes in US dress sizes",
    "shoes": "comes in US shoe sizes",
}


def sized_here_line(title: str, kind: str, sizes: tuple[str, ...]) -> str:
    """ "The Lancaster Linen Blazer goes by chest size in inches plus a length (...): 36R to 46R." """
    ordered = sorted(sizes, key=_size_order)
    made = f"{ordered[0]} to {ordered[-1]}" if len(ordered) > 1 else ordered[0]
    return f"The {title} {_SIZED_BY.get(kind, 'has its own sizes')}: {made}."


def _size_order(label: str) -> tuple[float, str]:
    number = "".join(ch for ch in label if ch.isdigit() or ch == ".")
    return (float(number) if number.replace(".", "", 1).isdigit() else 0.0, label)


def size_from_abroad_text(asked, lines: list[str], contact: str) -> str:
    """ "In asia i am L, what is US size for me?": no chart from that region's sizes (never a
    guess), how the clothes in view are sized here, and how to find the size from a measurement."""
    opening = (
        f"Our size guide has no chart from sizes in {asked.region} to US sizes, so I can't tell "
        f"you what your {asked.letter} is here, and I won't guess."
    )
    if not lines:
        lines = [
            "Here, suits and blazers go by chest size in inches plus a length (40R), trousers by "
            "waist in inches, dress shirts by collar in inches, and casual wear by S to XXL."
        ]
    closing = (
        "Measure your chest (around the fullest part) and your waist in inches, and pick that "
        f"number; the size guide explains more, and our team can help: {contact}."
    )
    return "\n".join([opening, *lines, closing])


def unsure_of_our_sizes_text(lines: list[str], contact: str) -> str:
    """ "Maybe 32? not sure US size" under the list: how the kinds listed are sized here, and how
    to find the size from a measurement (never a guess at the shopper's size)."""
    closing = (
        "Measure your waist (and your chest, for a jacket) in inches and pick that number; the "
        f"size guide explains more, and our team can help: {contact}."
    )
    return "\n".join(["Here is how our sizes work:", *lines, closing])


def widths_shown_text(
    kind: str, wide: list[str], others: list[str], elsewhere: list[str], elsewhere_kind: str
) -> str:
    """ "Any of these come in wide fit??" under a list (stranger test 77, A2): which of those
    shown (`wide`, `others`: titles) the catalog describes as suiting a wide foot, and, when
    none is, the products of `elsewhere_kind` it does (`elsewhere`). We sell no separate widths."""
    if wide:
        text = f"Our catalog describes {_titles(wide)} as suiting a wide foot"
        text += f"; it says nothing of a wider fit for {_titles(others)}." if others else "."
    else:
        text = (
            f"None of these {kind} is described as a wide fit: our catalog says nothing of a "
            "wider foot for them, and we don't sell separate widths."
        )
        if elsewhere:
            text += (
                f" The {elsewhere_kind} it says suit a medium to wide foot: {_titles(elsewhere)}."
            )
    return text


def _titles(titles: list[str]) -> str:
    return ", ".join(titles[:-1]) + f" and {titles[-1]}" if len(titles) > 1 else "".join(titles)


def letter_size_not_made_text(
    kind: ProductQuery,
    size: str,
    called: str,
    made: tuple[str, ...],
    *,
    mens_only: bool,
    searched: bool = False,
) -> str:
    """ "Our blazers are all men's and come in jacket sizes 36R to 46R, 40L to 44L, not S, M or L,
    so I haven't searched them in size M.": a letter size said for a kind not made in one; with
    `searched` (the blazers shown for a coat in L, each "not in size L"), "so none is in size L"."""
    kinds = describe_query(ProductQuery(category=kind.category))
    come = "are all men's and come" if mens_only else "come"
    said = display_size(size)
    why = f"none is in size {said}" if searched else f"I haven't searched them in size {said}"
    return (
        f"Our {kinds} {come} in {called} {sizes_text(made, made)}, not S, M or L, so {why}."
        f"{roughly_in_jacket_sizes(size, made)}"
    )


def roughly_in_jacket_sizes(size: str, made: tuple[str, ...], *, explained: bool = False) -> str:
    """ " A men's L is roughly a 42R (the chest in inches, regular length).": what a letter size
    is in the jacket sizes `made` (stranger test 81, A1), without the brackets when `explained`
    already; "" when it is none of them."""
    rough = jacket_sizes_of_letter(size, made)
    if not rough:
        return ""
    either = " or ".join([", ".join(rough[:-1]), rough[-1]] if len(rough) > 1 else rough)
    how = "" if explained else " (the chest in inches, regular length)"
    return f" A men's {display_size(size)} is roughly a {either}{how}."


def letters_in_chest_sizes_text(
    kinds: str,
    title: str,
    letters: tuple[str, ...],
    made: tuple[str, ...],
    chest: int | None,
    taken: str | None,
) -> str:
    """ "im between M and L, chest like 41in" with blazers in view (stranger test 93, A2): how the
    kind goes by chest, what each letter said roughly is in it, and the size `taken` for the
    `chest` measured (or how to measure it, when none was said)."""
    text = (
        f"Our {kinds} go by the chest in inches plus a length (42R: a 42-inch chest, regular), "
        "not S, M or L."
    ) + "".join(roughly_in_jacket_sizes(letter.lower(), made, explained=True) for letter in letters)
    if chest is None or taken is None:
        return text + (
            " Measure around the fullest part of your chest, under the arms: that number in "
            "inches is your size (between two, take the larger)."
        )
    if taken not in made:
        return (
            f"{text} For a {chest}-inch chest you'd want a {taken}: the {title} isn't made in it."
        )
    between = " (between two sizes, the larger)" if chest % 2 else ""
    # "so the L of the two": the letter said that the size taken is in (none for a 43: a 44R).
    of_it = [said for said in letters if taken in jacket_sizes_of_letter(said.lower(), made)]
    which = f", so the {of_it[0]} of the two" if of_it and len(letters) > 1 else ""
    return text + f" For a {chest}-inch chest I'd take the {taken} in the {title}{between}{which}."


def letter_as_jacket_size_text(
    title: str, letter: str, kinds: str, size: str, made: tuple[str, ...]
) -> str:
    """ "The Mortimer Tweed Blazer isn't made in size L: it comes in jacket sizes 36R to 46R, 40L
    to 44L. An L in our blazers is a 42R (the chest in inches, regular length), so I've gone with
    the 42R.": a letter size added of a kind made in chest sizes (stranger test 93, A4)."""
    said = display_size(letter)
    return (
        f"The {title} isn't made in size {said}: it comes in jacket sizes {sizes_text(made, made)}."
        f" An {said} in our {kinds} is a {size} (the chest in inches, regular length), so I've "
        f"gone with the {size}."
    )


def size_not_told_text(kinds: str, called: str) -> str:
    """ "You haven't told me your shoe size for flats yet, ...": "in my size" with none of theirs
    known for the kind (stranger test 79, B2), so the list is in every size."""
    whose = f"your {called.removesuffix('s')}" if called != "sizes" else "your size"
    return (
        f"You haven't told me {whose} for {kinds} yet, so these are in every size: tell me "
        'yours (like "size 9") and I\'ll keep to it.'
    )
