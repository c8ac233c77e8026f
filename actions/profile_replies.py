"""The computed wording of the shopper's profile and privacy: "in your usual size 9", "what do you
know about me?", and what erasing did. Facts come from commerce/profiles.py and privacy.py."""

from __future__ import annotations

from actions.list_order_replies import list_order_words
from actions.replies import money
from actions.search_replies import found_count
from commerce.config import Settings
from commerce.order_rules import describe_status
from commerce.privacy import Erased, KeptAbout
from commerce.profiles import KnownSize
from commerce.search import SearchResult
from commerce.sizes import display_size

# How a size kind is said to a shopper ("your size in shoes").
KIND_WORDS = {
    "shoes": "shoes",
    "suits": "suits and jackets",
    "dress shirts": "dress shirts (collar)",
    "tops": "casual shirts",
    "dresses": "dresses",
    "waist": "trousers and belts (waist)",
    "clothing": "clothing in letter sizes",
}


def kind_words(kind: str) -> str:
    return KIND_WORDS.get(kind, kind)


def usual_size_heading(described: str, size: KnownSize, result: SearchResult) -> str:
    """ "Loafers in your usual size 9 (...)": the profile used visibly, and how to override it."""
    heading = (
        f"{described[:1].upper()}{described[1:]} in your usual size {display_size(size.size_key)}"
    )
    heading += " (say another size if you like)."
    total, shown = result.total, len(result.matches)
    order = list_order_words(result.query)  # ", cheapest first" for "on a budget"
    if result.has_more:
        return f"{heading} I found {found_count(result)}{order}, here are the first {shown}:"
    return f"{heading} I found {total}{order}:" if total > 1 else f"{heading} I found one:"


def preferred_first_text(colours: tuple[str, ...], styles: tuple[str, ...]) -> str:
    """ "Navy first: it's the colour you ask for most": a remembered taste used, said, and how to
    change it."""
    parts = []
    if colours:
        what = " and ".join(colours)
        parts.append(f"{what} ones" + (" (the colours" if len(colours) > 1 else " (the colour"))
    if styles:
        what = " and ".join(style.replace("-", " ") for style in styles)
        parts.append(f"{what} styles" + (" (the styles" if len(styles) > 1 else " (the style"))
    listed = " and ".join(f"{part} you ask for most)" for part in parts)
    return f"I'll show {listed} first. Name a colour or say \"forget me\" if you'd rather I didn't."


def size_remembered_text(
    kind: str, size_key: str, replaced: KnownSize | None, erase_hint: bool = True
) -> str:
    """ "Got it: size 10 in shoes. ...", with how to see or erase it unless said before
    (`erase_hint` False: actions/size_kept_notes.py, stranger test 96)."""
    size = display_size(size_key)
    if replaced is not None and replaced.size_key != size_key:
        said = f"Updated: your size in {kind_words(kind)} is now {size} (it was {display_size(replaced.size_key)})."
    else:
        said = f"Got it: size {size} in {kind_words(kind)}."
    said += f" I'll search {kind_words(kind)} in it and say so."
    if not erase_hint:
        return said
    return (
        said + ' Ask "what do you know about me?" to see what I keep, or "forget me" to erase it.'
    )


def sizes_remembered_text(sizes: dict[str, str]) -> str:
    """Several sizes kept from one message, each in its kind ("42R in suits, 10.5 in shoes")."""
    each = [f"{display_size(size)} in {kind_words(kind)}" for kind, size in sizes.items()]
    told = ", ".join(each[:-1]) + f" and {each[-1]}"
    return (
        f"Got it: your sizes are {told}. I'll search each kind in its size and say so. Ask "
        '"what do you know about me?" to see what I keep, or "forget me" to erase it.'
    )


def same_search_in_size_text(size_key: str) -> str:
    """Said before the list on screen is shown again in the size the shopper just gave."""
    return f"Here's the same search, now in size {display_size(size_key)}:"


def which_kind_text(size_key: str) -> str:
    return (
        f"Is {display_size(size_key)} your size in shoes, suits, dresses, shirts or trousers? "
        f'Tell me like this: "I\'m a {display_size(size_key)} in shoes".'
    )


def _size_line(size: KnownSize) -> str:
    how = "you told me" if size.source == "said" else f"from your order {size.order_number}"
    return f"{kind_words(size.kind)} {display_size(size.size_key)} ({how})"


def what_i_know_text(kept: KeptAbout, settings: Settings) -> str:
    """Everything stored about the shopper, in plain words, from the store right now."""
    lines = kept_lines(kept)
    conversation = (
        "Our conversations are kept too, in the chat history, with no set date for deleting them."
    )
    if not lines:
        return (
            "I keep nothing about you in the shop's records: no sizes, colours or styles, no saved "
            f'details, no cart and no orders. {conversation} Say "forget me" to erase them.'
        )
    return (
        "Here's everything I keep about you:\n• "
        + "\n• ".join(lines + [conversation])
        + '\nSay "forget me" to erase all of it (orders stay for the shop\'s accounts, without '
        "your name, email or address)."
    )


def kept_lines(kept: KeptAbout) -> list[str]:
    """What the store keeps about the shopper, a sentence per kind of data ("Your sizes: shoes 10
    (you told me)."); empty when nothing is kept."""
    lines: list[str] = []
    if kept.sizes:
        lines.append("Your sizes: " + "; ".join(_size_line(s) for s in kept.sizes.values()) + ".")
    colours = [t for t in kept.tastes if t.facet == "colour"]
    styles = [t for t in kept.tastes if t.facet == "style"]
    for label, found in (("Colours", colours), ("Styles", styles)):
        if found:
            said = ", ".join(
                t.value + (f" ({t.times} times)" if t.times > 1 else "") for t in found
            )
            lines.append(f"{label} you searched for: {said}.")
    if kept.contact is not None:
        c = kept.contact
        lines.append(f"For one-tap checkout, as you agreed: {c.name}, {c.email}, {c.address}.")
    if kept.cart:
        items = ", ".join(
            f"{line.quantity} × {line.title}" + (f" ({line.options})" if line.options else "")
            for line in kept.cart
        )
        lines.append(f"Your cart: {items}.")
    if kept.orders:
        orders = "; ".join(
            f"{o.number} ({', '.join(o.titles)}, {money(o.total)}, {describe_status(o.status)}, "
            f"{o.placed_at:%d %B %Y})"
            for o in kept.orders
        )
        lines.append(f"Your orders: {orders}.")
    if kept.alerts:
        lines.append("Alerts you asked for: " + ", ".join(kept.alerts) + ".")
    if kept.ratings:
        lines.append(f"Ratings you gave me: {kept.ratings}.")
    if kept.channels > 1:
        lines.append(
            f"These come from your {kept.channels} chats (on different channels) that paid for "
            "orders with the same email."
        )
    return lines


def erasure_question_text(kept: KeptAbout) -> str:
    """What "yes" will erase, asked before anything is."""
    orders = ""
    if kept.orders:
        count = len(kept.orders)
        orders = (
            f" Your {count} order{'s' if count > 1 else ''} stay{'' if count > 1 else 's'} in the "
            "shop's accounts, with no name, email or address."
        )
    return (
        "This erases everything I keep about you: your sizes, colours and styles, saved details, "
        f"cart, alert sign-ups and our conversations.{orders} It can't be undone. Erase it all?"
    )


def erased_text(erased: Erased, settings: Settings) -> str:
    """What erasing did, from its counts."""
    said = (
        "Done: I've erased your profile, saved details, cart, alert sign-ups and our conversations."
    )
    if erased.orders_anonymised:
        count = erased.orders_anonymised
        said += (
            f" Your {count} order{'s are' if count > 1 else ' is'} kept for the shop's accounts "
            "with no name, email or address."
        )
    return said + " From your next message I start afresh, knowing nothing about you."
