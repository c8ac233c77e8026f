"""The wording of a colour asked of products not made in it, and of that colour found in their
kind instead (actions/colour_elsewhere.py; stranger test 87, A3, docs/nlu/stranger-test-87.md)."""

from __future__ import annotations

from actions.replies import and_list


def kind_in_colour_text(described: str, count: int) -> str:
    """ "I do have grey blazers in size 40R (2 found): tap below to see them." after "it doesn't
    come in grey"; `described` is the search the tap makes, as describe_query says it."""
    them = "it" if count == 1 else "them"
    return f"I do have {described} ({count} found): tap below to see {them}."


def none_in_kind_either_text(described: str) -> str:
    """ "I have no grey blazers in size 40R either." """
    return f"I have no {described} either."


def show_kind_in_colour_title(described: str) -> str:
    """The tap that shows them: "Show grey blazers"."""
    return f"Show {described}"


def none_shown_in_colour_text(colour: str, made_in: list[tuple[str, list[str]]]) -> str:
    """ "Does it come in grey" of the products on screen, none opened and none made in grey
    (each title with the colours it comes in): "None of the 3 shown comes in grey: the Henley
    Hopsack Blazer comes in Navy and Blue, the Soho Velvet Blazer in Navy, Burgundy and Green
    and the Regatta Double-Breasted Blazer in Navy." """
    if len(made_in) == 1:
        title, colours = made_in[0]
        made = f"; it comes in {and_list(colours)}" if colours else ""
        return f"The {title} doesn't come in {colour}{made}."
    each = [(title, and_list(colours)) for title, colours in made_in if colours]
    parts = [f"the {t} {'comes ' if at == 0 else ''}in {c}" for at, (t, c) in enumerate(each)]
    made = f": {and_list(parts)}" if parts else ""
    return f"None of the {len(made_in)} shown comes in {colour}{made}."
