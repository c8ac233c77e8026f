"""Wording for a product opened and added by its kind with a size it isn't in
(actions/opened_one_with_a_pick.py)."""

from __future__ import annotations

import json

from commerce.sizes import display_size


def kind_in_size_button(kind: str, size: str, gender: str | None) -> dict:
    """ "Suits in 38L": a search for that kind in that size, for the same person."""
    entities = {"category": kind, "size": size, **({"gender": gender} if gender else {})}
    return {
        "title": f"{kind[:1].upper()}{kind[1:]} in {display_size(size)}",
        "payload": "/search_products" + json.dumps(entities),
    }
