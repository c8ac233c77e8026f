"""An occasion none of the closest products is tagged with ("cufflinks for a murder mystery
party", stranger test 96, docs/nlu/stranger-test-96.md, A1-A2): the answer never leads with "I
have no silver cufflinks for party" over silver cufflinks. What matches all but the occasion is
shown as what we have (each line says it isn't tagged for it); where nothing matches the rest
either, the "no" names what is missing without the occasion ("no silver cufflinks under $50")."""

from __future__ import annotations

from actions.replies import describe_query
from commerce.search import ProductQuery
from commerce.search.alternatives import Alternatives


def untagged_lead(query: ProductQuery, alternatives: Alternatives) -> str:
    """The first line over the closest when every one of them gave up the occasion asked and
    something else is given up too (one gave up only the occasion: "Here are the silver cufflinks
    I have, and the closest after them:"; none did: "I have no silver cufflinks under $50 in
    stock right now. The closest I have:"); empty otherwise (the occasion alone given up is said
    by the usual lead, "none tagged for that occasion")."""
    matches = alternatives.result.matches
    dropped = set(alternatives.dropped)
    if not (query.occasions and matches and "occasions" in dropped and len(dropped) > 1):
        return ""
    if not all("occasions" in match.gave_up for match in matches):
        return ""
    kind = describe_query(query.updated(occasions=()))
    if all(set(match.gave_up) == {"occasions"} for match in matches):
        return f"Here are the {kind} I have:"
    if any(set(match.gave_up) == {"occasions"} for match in matches):
        return f"Here are the {kind} I have, and the closest after them:"
    return f"I have no {kind} in stock right now. The closest I have:"
