"""Wording for a shade the catalog does not name: "does it come in light blue?" of a dress listed
in Blue (stranger test 87, docs/nlu/stranger-test-87.md, B2). Which shades: commerce/shades.py."""

from __future__ import annotations


def shade_not_named_text(title: str, listed: str) -> str:
    """ "The Harriet Shirt Dress comes in Blue; our catalog doesn't say which shade of blue." """
    return (
        f"The {title} comes in {listed}; our catalog doesn't say which shade of {listed.lower()}."
    )
