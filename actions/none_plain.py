"""A quiet look asked for when all that fits is loud: "a black leather belt for him, waist 36,
nothing flashy, under $80" listed only the Patent Evening Belt, high-shine patent, with no word
on it (stranger test 81, docs/nlu/stranger-test-81.md, B3). The quiet look only orders a list
(commerce/search/quiet.py); when each product listed is one the catalog calls patterned or shiny,
that is said, with the plainest that fits all but the price, if there is one."""

from __future__ import annotations

from actions.list_order_replies import none_plain_text
from actions.replies import select_payload
from commerce.products import product_details
from commerce.search import DARK, PLAIN, ProductQuery, find_products
from commerce.search.quiet import loud_ones


def tell_none_plain(dispatcher, session, shown: dict) -> None:
    """Under a list kept to a quiet look (`shown`: the shown results' slot value): that each
    listed is shiny or patterned in the catalog's words, and the plainest over the price asked."""
    query = ProductQuery.from_dict(shown.get("query") or {})
    handles = list(shown.get("handles") or [])
    if query.quiet not in (PLAIN, DARK) or not handles:
        return
    loud = loud_ones(session, handles)
    if len(loud) != len(handles):
        return
    titles = [d.title for handle in loud if (d := product_details(session, handle))]
    plainest = None
    buttons = []
    if query.price_max is not None:
        dearer = find_products(session, query.updated(price_max=None, price_min=None), limit=10,
                               exclude_handles=handles)  # fmt: skip
        plain = [m for m in dearer.matches if not loud_ones(session, [m.handle])]
        if plain:
            plainest = (plain[0].title, plain[0].price_from, query.price_max)
            buttons = [{"title": plain[0].title, "payload": select_payload(plain[0].handle)}]
    dispatcher.utter_message(text=none_plain_text(titles, plainest), buttons=buttons)
