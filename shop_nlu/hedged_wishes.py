"""Wishes said loosely (stranger test 67, docs/nlu/stranger-test-67.md, B1): "something green
because it's her favourite colour ... she'd wear it to dinner or maybe a friend's wedding. My
budget is around $200, could go a little over if it's really nice."

- An occasion after "maybe", "perhaps", "possibly", "might", "could be" in its own clause is a
  loose wish (role `HEDGED_ROLE`): the search gives it up before any firm one (the colour).
- "could go a little over", "can stretch a bit", "a bit over is fine" beside a budget asks for a
  little room above it: a `BUDGET_MARGIN` entity, whose size is commerce's
  (`commerce.search.budget_margin`)."""

from __future__ import annotations

import re
from dataclasses import replace

from shop_nlu.entity import Entity

HEDGED_ROLE = "hedged"
BUDGET_MARGIN = "budget_margin"

# The hedge, then up to four words before the occasion: "or maybe a friend's", "possibly for a".
_HEDGE_BEFORE = re.compile(
    # ("might this work for a wedding?" asks whether it suits one: no hedge of a wish)
    r"\b(?:maybe|mayb|perhaps|possibly|potentially|might(?!\s+(?:this|these|those|that|it|they)\b)"
    r"|could\s+be|could\s+also|or\s+even)\b"
    r"(?:\s+[\w'’]+){0,4}\s*$"
)
# Where a clause ends: the hedge of another clause says nothing of this one.
_CLAUSE_END = re.compile(r"[.;!?:,(]|\bbut\b|\bbecause\b")

_A_LITTLE = r"(?:a\s+(?:little|lil|bit|tad|touch|smidge)(?:\s+bit)?|slightly|a\s+few\s+(?:dollars|bucks|quid))"
_MARGIN = re.compile(
    # "could go a little over", "happy to go a bit higher", "can spend a tad more"
    rf"\b(?:go|spend|pay|push(?:\s+it)?)\s+{_A_LITTLE}\s+(?:over|above|higher|more|beyond)\b"
    # "could stretch a little", "can stretch the budget a bit" (never "stretch to 250": a ceiling)
    rf"|\bstretch\s+(?:(?:my|the|our)\s+(?:budget|limit)\s+)?{_A_LITTLE}\b(?!\s+to\b)"
    # "a bit over is fine", "a little more is ok", "slightly over would be alright"
    rf"|\b{_A_LITTLE}\s+(?:over|above|more)\s+(?:is|would\s+be|'?s|wouldn'?t\s+hurt)\s*"
    r"(?:fine|ok|okay|alright|all\s+right|no\s+problem|doable)?"
)
_BUDGETS = ("price_max", "price_near")


def mark_hedged(lowered: str, entities: list[Entity]) -> list[Entity]:
    """`entities` with each occasion said after a hedge in its own clause ("or maybe a friend's
    wedding", "possibly for a party") given the role HEDGED_ROLE; a hedge before a kind ("maybe a
    dress for a wedding") hedges the kind, not the occasion."""
    kinds = [e.start for e in entities if e.entity == "category"]
    marked = []
    for entity in entities:
        if entity.entity == "occasion" and entity.role is None:
            before = lowered[max(0, entity.start - 60) : entity.start]
            clause = _CLAUSE_END.split(before)[-1]
            hedge = _HEDGE_BEFORE.search(clause)
            if hedge is not None:
                hedge_at = entity.start - len(clause) + hedge.start()
                if not any(hedge_at < start < entity.start for start in kinds):
                    entity = replace(entity, role=HEDGED_ROLE)
        marked.append(entity)
    return marked


def budget_margins(lowered: str, entities: list[Entity]) -> list[Entity]:
    """A BUDGET_MARGIN entity for "could go a little over" said in a message that gives a
    budget ("around $200, could go a little over"); none without one."""
    if not any(e.entity in _BUDGETS for e in entities):
        return []
    found = _MARGIN.search(lowered)
    if found is None:
        return []
    return [Entity(BUDGET_MARGIN, "a_little", found.start(), found.end(), found.group())]
