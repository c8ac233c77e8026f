"""The entity the shop's extractor finds in a message: what it is, its value, where it stands in
the text, the role the words around it give it and how sure the extractor is of it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Entity:
    entity: str
    value: str
    start: int
    end: int
    text: str
    # "excluded" for "not brown", "anything but loafers"; "owned" for "I already have a gown";
    # "sized" for the jackets of "a suit, I'm a 42R in jackets"
    role: str | None = None
    # 1.0 for a term as the catalog spells it; less for a typo forgiven or a product named by
    # one word of its title, which may also be an ordinary word in another sentence.
    confidence: float = 1.0
