"""Days out that are a reason to dress up by themselves: "help me with race day", "need to look
good for race day" ask what to wear, even where the classifier hears small talk (stranger tests
18 and 19, docs/nlu/stranger-test-18.md and -19.md: race day fell back). The phrases are the
lexicon's `days_out`; what they search for is their occasion (`occasions`: formal)."""

from __future__ import annotations

from collections.abc import Iterable

from commerce.lexicon import load_lexicon
from shop_nlu.entity import Entity


def names_a_day_out(entities: Iterable[Entity]) -> bool:
    """Whether the message names a day out to dress for ("race day", "royal ascot"), not ruled out
    ("not for the races")."""
    days_out = load_lexicon().days_out
    return any(
        entity.entity == "occasion"
        and entity.role is None
        and " ".join(entity.text.lower().split()) in days_out
        for entity in entities
    )


def day_out_named(entities: Iterable[Entity]) -> str | None:
    """The day out a message names for its occasion, as a reply may say it ("the races" for
    "races", "race day"); None when it names none (stranger test 43: "going to the races" was
    answered as "formal dresses")."""
    days_out = load_lexicon().days_out
    for entity in entities:
        said = " ".join(entity.text.lower().split())
        if entity.entity == "occasion" and entity.role is None and said in days_out:
            return "the races" if said in ("races", "horse races") else said
    return None
