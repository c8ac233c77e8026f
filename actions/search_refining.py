"""How a message refines the search in progress: which search it refines, the query it leaves
(what is kept of the search before and what starts over), a size that names its own kind
("collar 16": shirts), and when a size or colour is asked of the one product opened or picked
rather than searched for. Facts and queries for ActionSearchProducts (actions/discovery.py)."""

from __future__ import annotations

from actions.budget_outfits import within_budget_left
from actions.colour_taste import taste_colour
from actions.conversation import (
    CURRENT_PRODUCT,
    SEARCH_QUERY,
    ShownResults,
    asks_for_similar,
    continues_the_outing,
    latest_intent,
    listed_of_kind,
    opened_last,
    ordinal_of_kind,
    refers_to_focus,
    size_asked_lately,
)
from actions.eu_dress_sizes import read_eu_dress_size
from actions.search_department import department_of_the_kind
from actions.search_followups import (
    NARROWS_SUGGESTIONS,
    all_on_screen,
    apply_price_direction,
    asks_about_the_whole_shop,
    for_whom_opened,
    narrows_list_of_any_kind,
    not_made_in_size,
    says_instead,
    without_needless_exclusions,
)
from actions.sizes_told_together import size_told_earlier
from commerce.heel_heights import flat_or_low_heeled
from commerce.profiles import kind_of_stated_size, size_kind
from commerce.search import (
    ProductQuery,
    category_types,
    find_products,
    kind_within,
    nearest_sold_kind,
    products_named_for_kind,
    sells_kind,
)
from commerce.sizes import size_query_key
from shop_nlu.low_heels import says_flat_of_a_list
from shop_nlu.message_readings import names_a_gift
from shop_nlu.quiet_looks import quiet_look


def asks_of_one_opened_or_picked(tracker, session, entities: dict, text: str) -> bool:
    """Whether a size or colour is asked of one product rather than searched for: "size L",
    "navy or charcoal" right after opening the blazer, "ok the second dress, she is size S, you
    have?" (that dress, not dresses in S that lose the one picked)."""
    # Not a search that drops the one opened ("size L" under a list still narrows the list).
    # "in brown instead" is the search in brown, unless "it" is said ("do you have it in brown
    # instead").
    if (
        opened_last(tracker)
        and entities.keys() & {"size", "colour"}
        and entities.keys() <= {"size", "colour", "not_colours"}
        and not asks_for_similar(text)
        and not (says_instead(text) and not refers_to_focus(text))
    ):
        return True
    # "the first dress is lovely! what ankle boots would go with it? brown or tan": the colour
    # is the boots', the dress only what they go with (shop_nlu/chosen_to_go_with.py).
    return bool(
        entities.keys() & {"size", "colour"}
        and "worn_with_category" not in entities
        and (said := ordinal_of_kind(tracker))
        and listed_of_kind(tracker, session, said[1])
        and not asks_for_similar(text)
    )


def follow_stated_size(
    dispatcher, session, previous: ProductQuery, changes: dict, text: str
) -> None:
    """ "collar 16" while suits are listed: a collar size is a shirt's, so shirts in it (the kind
    goes into `changes`); "in a large pls" while jackets are listed: jackets still, and where
    they are not made in L, the sizes they are made in (said; the size leaves `changes`)."""
    stated = kind_of_stated_size(changes["size"], text) if "size" in changes else None
    if (
        stated
        and "category" not in changes
        and stated != size_kind(session, previous.category)
        and sells_kind(session, stated)
    ):
        if previous.category and category_types(previous.category) & category_types(stated):
            # "in a large pls" while jackets are listed: jackets still, and where jackets
            # are not made in L, the sizes they are made in, not dresses in L instead.
            if not_made_in_size(dispatcher, session, previous, changes["size"]):
                del changes["size"]
        else:
            changes["category"] = stated
    # "a long evening dress ..., size 38 please": an EU dress size, searched in the US one.
    read_eu_dress_size(dispatcher, session, previous, changes)


def search_to_refine(
    tracker, session, previous: ProductQuery, changes: dict, entities: dict, shown: ShownResults
) -> tuple[ProductQuery, list[str]]:
    """The search a message without a kind of its own refines, and the products on screen it
    narrows (none: the whole search)."""
    # "so anything flat-ish?" under boots: those boots, flat or low-heeled (not ballet flats).
    text = tracker.latest_message.get("text") or ""
    if (flat_ones := flat_ones_of_the_list(session, text, previous, entities, changes)) is not None:
        return previous, flat_ones
    # After a kind we don't sell ("gloves"), a follow-up without a kind ("any in tan?")
    # refines the nearest kind shown instead ("scarves"), or searches all we sell; after the
    # products called by its name ("sandals": the Seraphina Crystal Sandal), that kind again.
    shown_kind = shown.query.get("category")
    if (
        "category" not in changes
        and previous.category
        and not sells_kind(session, previous.category)
        and (shown_kind or not products_named_for_kind(session, previous.category))
    ):
        previous = previous.updated(
            category=shown_kind if shown_kind and sells_kind(session, shown_kind) else None
        )
    # Right after suggestions of another kind ("what shoes go with it"), a refinement without
    # a kind ("shiny black ones, nothing too expensive") refines that kind, not the old search.
    if (
        "category" not in changes
        and shown_kind
        and shown_kind != previous.category
        and not tracker.get_slot(CURRENT_PRODUCT)
        and entities
    ):
        previous = ProductQuery(category=shown_kind, gender=shown.query.get("gender"))
        # "womens 7.5" right after shoes picked to go with a dress: which of those fit.
        among = all_on_screen(shown) if changes.keys() <= NARROWS_SUGGESTIONS else []
    else:
        among = []
    return previous, among


def gift_for_someone_else(text: str, previous: ProductQuery, changes: dict) -> bool:
    """ "Also need a gift for my gf" after shirts for a grandson's office job: a gift for another
    person, searched afresh (what kind of thing, for her), not the grandson's search narrowed."""
    gender = changes.get("gender")
    return gender is not None and gender != previous.gender and names_a_gift(text, True)


def refined_query(
    tracker,
    session,
    text: str,
    previous: ProductQuery,
    changes: dict,
    entities: dict,
    shown: ShownResults,
    *,
    new_kind: bool,
    narrows_kind: bool,
    teenager: bool,
) -> tuple[ProductQuery, bool, str | None]:
    """The query a message leaves, from the search before and what the message changes:
    (the query, whether it starts over rather than refines, the shopper's taste in colour it
    took on, if any)."""
    # "The penny kind" while loafers are listed, "just the chelsea boots" among boots: a
    # kind within the one listed narrows that list, keeping its colour, size and budget.
    # "Is there a cheaper belt?" with belts listed: cheaper than those, still as said of them (the
    # brown leather in 38; stranger test 68, B5), never any belt under their price.
    cheaper_again = bool(
        "cheaper" in (entities.get("price_direction") or [])
        and previous.category
        and changes.get("category") == previous.category
    )
    starts_over = (
        not narrows_kind
        and not cheaper_again
        and (
            "product" in changes
            or new_kind
            or (latest_intent(tracker) == "search_products" and "category" in changes)
            or asks_about_the_whole_shop(tracker, text, changes)
            or (teenager and not changes.keys() & {"category", "product"})
            or gift_for_someone_else(text, previous, changes)
        )
    )
    # A new search keeps only who the shopper is buying for; a refinement keeps everything.
    base = ProductQuery(gender=previous.gender) if starts_over else previous
    # "whats popular" with blazers on screen: the shop's popular blazers, not every product
    # (stranger test 66, problem 1); only its kind is kept, not its colour, size or budget. With
    # what goes with a suit on screen since, the whole shop's.
    on_screen = not shown.goes_with and shown.query.get("category") == previous.category
    if (
        starts_over
        and previous.category
        and on_screen
        and asks_about_the_whole_shop(tracker, text, changes)
    ):
        base = base.updated(category=previous.category)
    # "ok linen shirt white" after white shirts in L: the same kind again (or one we don't sell
    # whose nearest is of it: "no kurta?"), still in the size said for it (stranger test 60).
    kind = changes.get("category") or ""
    # ... or the nearest of the unsold kind asked before: "dark jeans, maybe 32?", then "what dark
    # pants u have" (stranger test 68, A3)
    nearest_before = nearest_sold_kind(previous.category or "") or ""
    again = (
        kind == previous.category
        or kind_within(nearest_sold_kind(kind) or "", previous.category or "")
        or bool(kind and (kind == nearest_before or kind_within(kind, nearest_before)))
    )
    if starts_over and again and previous.size and not changes.keys() & {"size", "product"}:
        base = base.updated(size=previous.size)
    # "What do you have in stock in my size for the jacket? Navy or black" after jackets for an
    # office job: the same kind again, still for the office (stranger test 79, B2).
    if starts_over and again and previous.occasions and not changes.keys() & {
        "occasions", "not_occasions", "product"
    }:  # fmt: skip
        base = base.updated(occasions=previous.occasions)
    # "got it in 43 ?" asked of the list, then "not white, grey ok": in the size asked about last
    # (stranger test 61, DJ #4), not the one searched before it.
    if not starts_over and "size" not in changes and (asked := _size_asked_of_the_list(tracker)):
        base = base.updated(size=size_query_key(asked) or asked.lower())
    # "he likes black stuff", then "what about a jacket?": his black, for the same person
    # until another colour (or someone else) is named, and counted as asked for now (a
    # black one over budget is nearer than a navy one).
    taste = None
    if (
        starts_over
        and not changes.keys() & {"colour", "not_colours", "product"}
        and changes.get("gender", previous.gender) == previous.gender
        and (taste := taste_colour(tracker, changes.get("category")))
    ):
        base = base.updated(colour=taste)
    # "mens jackets only" after what's on sale, "size M" after velvet things of every kind:
    # a kind that narrows a list of any kind keeps its features and on-sale.
    narrows_any_kind = starts_over and narrows_list_of_any_kind(previous, changes)
    if narrows_any_kind:
        base = base.updated(features=previous.features, on_sale=previous.on_sale)
    # Another kind for the same outing ("ok and a bag?" after a dress for a wedding), or a kind
    # within a search for an occasion ("a shirt" after a gift for an office job), keeps what it
    # is for.
    carries_occasions = (
        (narrows_any_kind or (new_kind and continues_the_outing(text)))
        and "product" not in changes and previous.occasions and "occasions" not in changes
    )  # fmt: skip
    if carries_occasions:
        base = base.updated(occasions=previous.occasions)
    query = without_needless_exclusions(base.updated(**changes))
    # "Something plain", "not too loud", a funeral: plain ones first, until a new search.
    if look := quiet_look(text):
        query = query.updated(quiet=look)
    if "category" in changes and "product" not in changes:
        query = query.updated(product=None)
    query = apply_price_direction(query, entities, shown)
    # "I can spend 250 max on the whole thing", said before: each kind searched since is
    # within what the pieces chosen leave of it, until another price is named.
    query = within_budget_left(tracker, session, query)
    # "I'm a size 8 in dresses and a 7 in shoes", then boots: in the 7 told for them.
    if (
        starts_over
        and query.category
        and not query.size
        and not query.product
        and (told := size_told_earlier(tracker, session, query.category))
    ):
        query = query.updated(size=told)
    # "A belt instead" of winter gloves: a season the new kind is never sold for was not
    # asked for this time; it is let go rather than turn the search into "none".
    if carries_occasions and not find_products(session, query, limit=1).matches:
        query = query.updated(occasions=())
    # "proper shoes too, black, size 11" after opening a men's suit: for the same man (a kind
    # only: "whats popular right now" stays the whole shop's).
    if starts_over and query.category and not query.gender and "gender" not in changes:
        query = for_whom_opened(tracker, session, query)
    # "a suit for my son and a dress for my daughter", then "green dress for 200": her dresses.
    query = department_of_the_kind(tracker, session, query, changes)
    # "Cute but comfy", then "a summer dress, size S, under 80": a feature carried from the
    # list before is given up before anything this message says, so that it never empties
    # the new search nor labels its alternatives "not comfortable".
    carried = [name for name in query.features if name not in changes.get("features", ())]
    if starts_over and carried and not find_products(session, query, limit=1).matches:
        query = query.updated(features=tuple(changes.get("features", ())))
    return query, starts_over, taste


def _size_asked_of_the_list(tracker) -> str | None:
    """The size asked of the list on screen since it was shown (`size_asked_lately`) by a message
    that searched nothing ("got it in 43 ?"); None when a search was made since the size was
    named (that search took it, as it was meant: "size 38" is a US 6 in dresses)."""
    asked = size_asked_lately(tracker)
    searched = False
    for event in reversed(tracker.events or []):
        if event.get("event") == "slot" and event.get("name") == SEARCH_QUERY:
            searched = True
        elif event.get("event") == "user" and searched:
            return None
        elif event.get("event") == "user" and asked:
            said = (event.get("parse_data") or {}).get("entities") or []
            if any(
                e.get("entity") == "size" and str(e.get("value")).strip() == asked for e in said
            ):
                return asked
    return None


def flat_ones_of_the_list(
    session, text: str, previous: ProductQuery, entities: dict, changes: dict
) -> list[str] | None:
    """ "So anything flat-ish?" under tan boots (stranger test 41, docs/nlu/stranger-test-41.md,
    worst problem 1): those boots, the flat and low-heeled ones only, flattest first. The kind
    "flats" and the "heels" ruled out that the message was heard with are dropped from `entities`
    and `changes`, since the kind stays that of the list. None when the message says no such thing
    of a list of a kind that has heels; an empty list when the search finds nothing."""
    heeled = category_types("shoes") - category_types("flats") - category_types("sneakers")
    if (
        not says_flat_of_a_list(text)
        or changes.get("category") not in (None, "flats")
        or not category_types(previous.category or "") & heeled
    ):
        return None
    entities.pop("category", None)
    changes.pop("category", None)
    if set(entities.get("not_category", ())) <= {"heels"}:
        entities.pop("not_category", None)
        changes.pop("not_categories", None)
    found = [match.handle for match in find_products(session, previous, limit=60).matches]
    # None flat enough: all of them, as the search was (never the "didn't understand" reply).
    return flat_or_low_heeled(session, found) or found
