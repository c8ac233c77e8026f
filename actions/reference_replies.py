"""Computed wording for asking which product the shopper means ("the black one" when several
products on screen are black, "the shirt" when two shirts were shown, "both")."""

from __future__ import annotations


def _either(titles: list[str]) -> str:
    """["A", "B", "C"] -> "the A, the B or the C"."""
    named = [f"the {title}" for title in titles]
    return named[0] if len(named) == 1 else ", ".join(named[:-1]) + f" or {named[-1]}"


def which_one_text(titles: list[str], colour: str | None = None) -> str:
    """ "Both come in black: the Classic Leather Dress Belt or the Patent Evening Belt? Tap the
    one you mean." """
    opening = ""
    if colour:
        opening = f"{'Both' if len(titles) == 2 else f'All {len(titles)}'} come in {colour}: "
        return f"{opening}{_either(titles)}? Tap the one you mean."
    return f"Which one do you mean: {_either(titles)}?"


def both_unclear_text(titles: list[str]) -> str:
    """ "Add both" when it isn't clear which two: say that nothing was added, and offer them."""
    if len(titles) == 2:
        return (
            f"I haven't added anything yet. Do you mean {_either(titles).replace(' or ', ' and ')}? "
            "Tap each one to add it."
        )
    return "I haven't added anything yet: I'm not sure which two you mean. Tap each one to add it."
