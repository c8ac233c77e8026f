"""What one line of a result list says after the product: that it is not of the kind searched (a
flat among heels), how many sold (best sellers), and a heel's height where a heel limit was said
("nothing higher than a couple of inches": "5 cm heel (about 2 in)", stranger test 90, B1).
For `result_lines` (actions/search_replies.py)."""

from __future__ import annotations

from actions.replies import kind_words
from commerce.heel_heights import heights_asked
from commerce.search import ProductMatch, SearchResult, of_a_wider_kind
from shop_nlu.heel_height_limits import CM_PER_INCH


def line_notes(match: ProductMatch, result: SearchResult, notes: list[str]) -> list[str]:
    """`notes` (what an alternative gives up) with the rest of what the line says."""
    query = result.query
    notes = list(notes)
    if of_a_wider_kind(match.product_type, query):  # a flat among heels: said
        notes.insert(0, f"not {kind_words(query.category)} ({match.product_type.lower()})")
    if result.sales is not None and result.sales.units.get(match.handle):
        notes.append(
            f"{result.sales.units[match.handle]} sold in the last {result.sales.window_days} days"
        )
    if heights_asked(query) and match.heel_cm is not None:
        notes.append(heel_height_words(match.heel_cm, inches="inch" in (query.heel_max_said or "")))
    return notes


def heel_height_words(cm: float, inches: bool) -> str:
    """ "5 cm heel", with the inches to the nearest half for a limit said in inches: "5 cm heel
    (about 2 in)"."""
    said = f"{cm:g} cm heel"
    return f"{said} (about {round(cm / CM_PER_INCH * 2) / 2:g} in)" if inches else said
