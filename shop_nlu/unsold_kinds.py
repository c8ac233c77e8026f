"""Kinds the shop does not sell (lexicon `not_sold`) as shoppers bring them up beside what we do
sell: "no kurta?" asks whether we sell kurtas, it rules nothing out; "long shirt like kurta"
names kurtas as a likeness of the shirt wanted (stranger test 60, Hamza #5-#6)."""

from __future__ import annotations

import re
from dataclasses import replace

from commerce.lexicon import load_lexicon
from shop_nlu.entity import Entity

# "no kurta?", "so no kaftans at all?", "you have no abaya?": "no" right before the kind, and the
# question mark after it (a few words at most): asked, not ruled out ("no kurtas please" is).
_NO_BEFORE = re.compile(r"(?:^|[.!?,;]|\b(?:so|ok|okay|oh|hmm|have|got|sell|stock|carry))\s*no\s+$")
_ASKED_AFTER = re.compile(r"^\s*(?:at all|then|here|in (?:the )?(?:shop|store))?\s*\?")


def asked_if_sold(lowered: str, entity: Entity) -> Entity:
    """A kind we don't sell "ruled out" in "no kurta?": a question whether we sell it, so the
    search says we don't (the role "excluded" dropped)."""
    if (
        entity.entity == "category"
        and entity.role == "excluded"
        and entity.value in unsold_kinds()
        and _NO_BEFORE.search(lowered[max(0, entity.start - 20) : entity.start])
        and _ASKED_AFTER.match(lowered[entity.end :])
    ):
        return replace(entity, role=None)
    return entity


def unsold_kinds() -> set[str]:
    """The kinds the lexicon says the shop does not sell ("kurtas", "hoodies")."""
    return set(load_lexicon().nearest_kind)


def unsold_kinds_named(entities: dict[str, list[str]]) -> list[str]:
    """The kinds we don't sell among the kinds a message names ("long shirt like kurta":
    kurtas), in its order."""
    unsold = unsold_kinds()
    return [kind for kind in dict.fromkeys(entities.get("category") or ()) if kind in unsold]
