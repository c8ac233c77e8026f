"""Wording for the products called by the name of a kind the shop has no Type for ("sandals")
when none fits the rest of the request: each says which wish it fails, from the filters it gave
up (commerce/search/named_kind.py), never "no gold" above gold ones (stranger test 92, B3)."""

from __future__ import annotations

from actions.replies import colour_words, describe_query
from commerce.search import ProductMatch, ProductQuery, SearchResult, colour_choices
from commerce.sizes import display_size


def none_fit_text(asked: ProductQuery, kind: str, named: SearchResult, lines: list[str]) -> str:
    """ "None of our sandals is all of that (tan or gold low heel sandals for women in size US 8).
    The sandals we have:" and each product's line (`lines`, one per match) with what it lacks."""
    noted = [
        f"{line} — {note}" if (note := _missed_text(match, named.query)) else line
        for line, match in zip(lines, named.matches, strict=True)
    ]
    return (
        f"None of our {kind} is all of that ({describe_query(asked)}). The {kind} we have:\n"
        + "\n".join(noted)
    )


def _missed_text(match: ProductMatch, wanted: ProductQuery) -> str:
    """ "in Gold, but not a low heel"; "Gold not in stock in size US 8, not a low heel"."""
    asked = {choice.lower() for choice in colour_choices(wanted.colour)}
    has = [colour for colour in match.colours if colour.lower() in asked]
    size = f"size {display_size(wanted.size)}" if wanted.size else ""
    missed = []
    for name in match.gave_up:
        if name == "colour":
            missed.append(
                f"{' or '.join(has)} not in stock in {size}"
                if has and size and "size" not in match.gave_up
                else f"not in {colour_words(wanted.colour)}"
            )
        elif name == "size":
            missed.append(f"not in stock in {size}")
        elif name == "features":
            missed.extend(_not_feature(feature) for feature in wanted.features)
        elif name == "price":
            missed.append("over your budget")
        elif name == "gender":
            missed.append("not for men" if wanted.gender == "male" else "not for women")
        else:
            missed.append(f"not {name.replace('_', ' ')}")
    if not missed:
        return ""
    kept = f"in {' or '.join(has)}, but " if has and "colour" not in match.gave_up else ""
    return kept + ", ".join(missed)


def _not_feature(feature: str) -> str:
    """ "not a low heel" (a heel the catalog gives higher); "not described as warm": what the
    catalog doesn't say is not denied."""
    said = feature.replace("|", " or ")
    return f"not a {said}" if said.endswith("heel") else f"not described as {said}"
