"""Reading a follow-up to a search: the query it asks for, or a question rather than a new list.

Kinds joined by "or", a kind that narrows the list on screen, "cheaper" against the prices shown,
for whom, the first kind's entities when a message asks for two; ActionSearchProducts
(actions/discovery.py) builds its query from them. Whether a message is a question instead (about
the product picked, or whether one comes in a size or colour) is read here for the pick and the
availability check beside it.
"""

from __future__ import annotations

import re
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session

from actions import availability_replies
from actions.conversation import (
    ShownResults,
    kinds_left_for_later,
    kinds_of_one_wish,
    kinds_said_as_a_pair,
    latest_entities,
    latest_intent,
    opened_products,
    refers_to_focus,
    said_entities,
    second_kind_starts_at,
)
from actions.letter_sizes import letter_size_of_first_kind
from actions.own_department import department_of_kinds_spoken_of, department_of_what_it_goes_over
from actions.picked_by_place import department_of_one_chosen_to_go_with
from actions.sizes_told_together import size_of_kind_searched
from commerce.lexicon import load_lexicon
from commerce.products import genders_of
from commerce.profiles import kind_of_stated_size, size_kind
from commerce.search import (
    KIND_ALTERNATIVES,
    ProductQuery,
    available_sizes,
    category_types,
    find_products,
    kind_within,
    narrower_kind,
    number_forms,
    sells_kind,
)
from commerce.search.on_offer import none_sold
from commerce.search.query import nearest_kinds
from shop_nlu.days_out import day_out_named
from shop_nlu.either_kinds import either_after_another_wish, joined_as_either
from shop_nlu.feature_refinements import features_either
from shop_nlu.heel_height_limits import heel_limit_said, heel_limit_words, no_heel_said

CENT = Decimal("0.01")


# --- the query a follow-up asks for -----------------------------------------------------------


def said_in_words(tracker: Tracker, session: Session) -> dict:
    """The search fields the latest message's words set beyond its entities' values: the kinds it
    joins with "or", either of which will do (`either_kind`), its features so joined ("sparkly or
    velvet": "sparkly|velvet", stranger test 35), and the day out it names for its occasion ("the
    races", for replies to say instead of "formal", stranger test 43); another occasion said
    forgets a day out named before."""
    changes: dict = {}
    entities = said_entities(tracker)
    if any(entity.entity == "occasion" and entity.role is None for entity in entities):
        changes["day_out"] = day_out_named(entities)
    if kind := either_kind(tracker, session):
        changes["category"] = kind
    text = tracker.latest_message.get("text") or ""
    if features := features_either(text, entities):
        changes["features"] = features
    # "nothing higher than a couple of inches": heels no higher (stranger test 90, B1)
    if limit := heel_limit_said(text):
        changes.update(heel_max_cm=limit.cm, heel_max_said=heel_limit_words(limit))
    elif no_heel_said(text):  # "nothing with a heel please": none at all (stranger test 94, B1)
        changes["heel_max_cm"] = 0.0
    # "something comfortable in 11" after returning his loafers: for men, as loafers are.
    if gender := department_of_kinds_spoken_of(tracker, session) or (
        department_of_one_chosen_to_go_with(tracker, session)  # women's boots for her dress
        or department_of_what_it_goes_over(tracker, session)  # her jacket over the dress
    ):
        changes["gender"] = gender
    return changes


def either_kind(tracker: Tracker, session: Session) -> str | None:
    """The kinds the latest message joins with "or", as one search's kind ("heels|flats"); a
    feature of one kind only stands for its kind ("a low heel or flats": heels or flats). None
    unless two kinds the shop sells are joined so, or two it sells none of that one kind stands
    in for ("gym shorts or joggers": both said not sold, sneakers for both; stranger test 94, A6;
    "a trench coat or a raincoat" is one wish, said as the coat: stranger test 69)."""
    text = (tracker.latest_message.get("text") or "").lower()
    lexicon = load_lexicon()
    said: list[tuple[str, int, int]] = []
    for entity in tracker.latest_message.get("entities") or []:
        start, end = entity.get("start"), entity.get("end")
        if entity.get("role") or start is None or end is None:
            continue
        value = str(entity.get("value") or "").lower()
        kind = {"category": value, "feature": lexicon.feature_kind.get(value)}.get(
            entity.get("entity")
        )
        if kind:
            said.append((kind, int(start), int(end)))
    said.sort(key=lambda thing: thing[1])
    if either_after_another_wish(text, said):  # "a bow tie, and if you have cufflinks or ..."
        return None
    kinds: list[str] = []
    for (first, _, first_end), (second, second_start, _) in zip(said, said[1:], strict=False):
        if first != second and joined_as_either(text[first_end:second_start], (first, second)):
            kinds += [first, second]
    kinds = list(dict.fromkeys(kinds))
    if not (none_sold(session, kinds) and nearest_kinds(KIND_ALTERNATIVES.join(kinds))):
        kinds = [kind for kind in kinds if sells_kind(session, kind)]
    return KIND_ALTERNATIVES.join(kinds) if len(kinds) > 1 else None


def not_made_in_size(
    dispatcher: CollectingDispatcher, session: Session, query: ProductQuery, size: str
) -> bool:
    """Whether no product of the query's kind (for its shopper) is made in `size`; if so, say so
    with the sizes the kind is in stock in: "Jackets aren't made in size L; they come in ..."."""
    kind = ProductQuery(category=query.category, gender=query.gender)
    if find_products(session, kind.updated(size=size), limit=1, in_stock_only=False).total:
        return False
    sizes = available_sizes(session, kind)
    if sizes:
        dispatcher.utter_message(
            text=availability_replies.kind_not_made_in_size_text(kind, size, sizes)
        )
    return bool(sizes)


# What a message may set and still narrow the suggestions on screen: who for, a size, a colour.
NARROWS_SUGGESTIONS = frozenset({"gender", "size", "colour", "not_colours"})


def all_on_screen(shown: ShownResults) -> list[str]:
    """The handles on screen when they are the whole list (suggestions, or one short page)."""
    whole = not shown.offset and shown.total == len(shown.handles)
    return list(shown.handles) if whole else []


def narrows_the_listed_kind(kind: str, listed: str) -> bool:
    """Whether a kind named while another is listed narrows that list: "the penny kind" (penny
    loafers) while loafers are listed, "just the chelsea boots" among boots, or "tassel ones"
    after penny loafers, another style of the same loafers. A kind named as one of the listed
    ("<style> loafers"), not merely within it: "gowns please" after dresses is a new search."""
    if narrower_kind(listed) is not None:  # "tassel ones" after penny loafers: of the loafers
        return any(
            narrows_the_listed_kind(kind, wider)
            for wider in load_lexicon().category_groups.get(listed, ())
        )
    synonyms = load_lexicon().category_synonyms
    kind, listed = (synonyms.get(word.lower(), word.lower()) for word in (kind, listed))
    named_as_one = kind.split()[-1] in number_forms(listed.split()[-1])
    return named_as_one and kind_within(kind, listed)


def narrows_list_of_any_kind(previous: ProductQuery, changes: dict) -> bool:
    """Whether the message names a kind within a search that had none ("anything on sale?", then
    "mens jackets only"; "a present for his first office job", then "perhaps a shirt"), rather
    than another product or a search of the whole shop."""
    return (
        previous.category is None
        and bool(previous.features or previous.on_sale or previous.occasions)
        and "category" in changes
        and "product" not in changes
    )


def without_needless_exclusions(query: ProductQuery) -> ProductQuery:
    """ "Something flat instead, my feet hurt in heels": flats are never heels, so the search is
    for flats, not "flats other than heels"; "shoes but no heels" keeps its exclusion. "A low heel
    or flats? she cant walk in heels": heels are one of the kinds asked for (those with a low
    heel), so they are not ruled out as well. "A skirt, not a dress": a kind we don't sell keeps
    ruled out what would stand in for it (stranger test 45)."""
    if not query.category or not query.not_categories:
        return query
    covered = category_types(query.category)
    asked = set(query.category.split(KIND_ALTERNATIVES))
    stand_ins = nearest_kinds(query.category)
    kept = tuple(
        kind for kind in query.not_categories
        if (category_types(kind) & covered or kind in stand_ins)
        and not (len(asked) > 1 and kind in asked)
    )  # fmt: skip
    return query.updated(not_categories=kept)


def apply_price_direction(
    query: ProductQuery, entities: dict[str, list[str]], shown: ShownResults
) -> ProductQuery:
    """ "Cheaper" means below the cheapest on screen, closest first; "pricier" the other way.

    Bounds are rounded to whole amounts, as a person would say them. An amount the shopper names
    ("too pricey, anything under 100?") is their budget: it wins over the prices on screen.
    """
    direction = (entities.get("price_direction") or [None])[-1]
    lowest, highest = shown.price_bounds()
    if direction == "cheaper" and "price_max" in entities:
        return query.updated(sort="price_desc")
    if direction == "pricier" and "price_min" in entities:
        return query.updated(sort="price_asc")
    if direction == "cheaper":
        bound = (lowest - CENT).to_integral_value(ROUND_FLOOR) if lowest is not None else None
        return query.updated(
            price_max=bound, price_min=None, sort="price_desc" if bound else "price_asc"
        )
    if direction == "pricier":
        bound = (highest + CENT).to_integral_value(ROUND_CEILING) if highest is not None else None
        return query.updated(
            price_min=bound, price_max=None, sort="price_asc" if bound else "price_desc"
        )
    return query


def for_whom_opened(tracker: Tracker, session: Session, query: ProductQuery) -> ProductQuery:
    """The query for whom every product opened in this conversation is made, by the catalog's
    gender of them (unisex ones say nothing), when they agree and the query still finds some."""
    genders = genders_of(session, opened_products(tracker))
    if len(genders) != 1:
        return query
    for_them = query.updated(gender=genders.pop())
    return for_them if find_products(session, for_them, limit=1).matches else query


def asks_about_the_whole_shop(tracker: Tracker, text: str, changes: dict) -> bool:
    """ "What's popular right now?", "anything on sale?" after a search: the shop's best sellers or
    sale (of the kind listed, in actions/search_refining.py), not only those among the results."""
    shop_wide = changes.get("sort") in {"popular", "newest"} or changes.get("on_sale")
    return (
        latest_intent(tracker) == "search_products"
        and bool(shop_wide)
        and changes.keys() <= {"sort", "on_sale"}  # "cheapest first" re-sorts what is shown
        and not refers_to_focus(text)
    )


# Words that make a price said anywhere in a message a budget for all it asks for.
_A_BUDGET = re.compile(
    r"\b(?:budget\w*|total|altogether|all in|for everything|for (?:it )?all|in all|overall|spend)\b"
)


def entities_of_first_kind(tracker: Tracker, text: str, session: Session) -> dict[str, list[str]]:
    """The message's entities; for "a navy suit in 42R and brown shoes in 11", the colour and
    size of the first kind only (the rest is for when the shopper asks for the shoes)."""
    entities = latest_entities(tracker)
    # "a trench coat or some sort of raincoat, and shoes": the coat is one wish, then the shoes.
    if either := kinds_of_one_wish(tracker):
        entities["category"] = [kind for kind in entities["category"] if kind not in either]
    if kinds_left_for_later(entities, text):
        first = latest_entities(tracker, before=second_kind_starts_at(tracker))
        first["category"] = entities["category"]
        # "shirt n tie for my sis wedding. blue or navy": said after the pair, of both (stranger 78).
        if kinds_said_as_a_pair(tracker):
            for name in ("colour", "occasion"):
                first.setdefault(name, entities.get(name) or [])
            first = {name: values for name, values in first.items() if values}
        if "worn_with_category" in entities:  # "... to go with the navy suit": not one of them
            first["worn_with_category"] = entities["worn_with_category"]
        # "what shirt and tie go with it? White shirt probably": a colour said again with the
        # first kind is its colour (stranger test 48).
        if "colour" not in first and (again := _colour_with_kind(tracker, first["category"][0])):
            first["colour"] = [again]
        # "chinos and shirts. 32 waist": a size whose form is the first kind's sizing is its;
        # so is "collar 15.5" after "shirt and tie" (a dress shirt is a shirt; stranger test 48).
        stated = kind_of_stated_size(entities["size"][-1], text) if "size" in entities else None
        kind = entities["category"][0]
        if (
            "size" not in first
            and stated
            and (stated == size_kind(session, kind) or stated in category_types(kind))
        ):
            first["size"] = entities["size"]
        elif "size" not in first and (letter := letter_size_of_first_kind(session, entities)):
            first["size"] = letter  # "white shirt and dark trouser. size M, waist 30" (stranger 72)
        # "white shirt and dark trouser ... not expensive pls im student": for each kind too.
        if "sort" not in first and (entities.get("sort") or [None])[-1] == "price_asc":
            first["sort"] = entities["sort"][-1:]
        # "a dress, and my budget is 300 for everything": a budget is for each kind.
        if _A_BUDGET.search(text.lower()):
            for bound in ("price_max", "price_min"):
                if bound in entities and bound not in first:
                    first[bound] = entities[bound]
        return size_of_kind_searched(tracker, session, first)
    # "a suit, I'm a 42R in the jacket, 34 waist and a 10.5 in shoes": the suit's size is 42R.
    return size_of_kind_searched(tracker, session, entities)


def _colour_with_kind(tracker: Tracker, kind: str) -> str | None:
    """The colour said right before `kind` is named again later in the message ("White shirt")."""
    said = [e for e in tracker.latest_message.get("entities") or [] if not e.get("role")]
    for colour, named in zip(said, said[1:], strict=False):
        if (
            colour.get("entity") == "colour"
            and named.get("entity") == "category"
            and named.get("value") == kind
        ):
            return str(colour["value"])
    return None


# --- a question rather than a new list --------------------------------------------------------


# "does the cheaper one come in grey", "do you have the first one in a 40R": asks about a colour
# or size of the product the words pick.
_ASKS_IN = re.compile(
    r"\b(?:comes?|available|in stock)\b|\b(?:do|does|is|are|have|got)\b.*\bin\s+(?:an?\s+)?\w",
    re.IGNORECASE,
)


def asks_colour_or_size_of_one(tracker: Tracker) -> bool:
    """Whether the latest message asks if one product, picked by place or price ("the cheaper
    one", "the first one"), comes in a colour or size: a yes or no, as "does it come in grey"."""
    entities = latest_entities(tracker)
    return bool(
        entities.keys() & {"colour", "size"}
        and entities.keys() & {"price_direction", "ordinal", "sort"}
        and _ASKS_IN.search(tracker.latest_message.get("text") or "")
    )


def names_a_kind_not_on_screen(
    tracker: Tracker, session: Session, in_focus: str | None = None
) -> bool:
    """Whether the latest message names one kind, and neither a product nor a place on screen
    ("the first one. does it come with the trousers" picks the first), and none on screen (nor
    the product `in_focus`, "flats to go with it") is of that kind. A kind the shop doesn't sell
    names `in_focus` itself (`resolve_product` took "the coat" for the blazer opened)."""
    entities = latest_entities(tracker)
    # ("flats ... totally flat": one kind said twice, stranger test 62)
    kinds = list(dict.fromkeys(entities.get("category") or []))
    handles = ShownResults.from_tracker(tracker).handles
    if len(kinds) != 1 or entities.keys() & {"product", "product_handle", "ordinal"} or not handles:
        return False
    if in_focus and not sells_kind(session, kinds[0]):
        return False  # "ill take the coat" (no coats sold): the blazer opened, `in_focus`, is it
    of_kind = ProductQuery(category=kinds[0])
    on_screen = find_products(
        session, of_kind, limit=0, in_stock_only=False,
        only_handles=list(handles) + ([in_focus] if in_focus else []),
    )  # fmt: skip
    return not on_screen.total


# "I'm somewhere between a 44 and a 46": two suit sizes (chests) the shopper falls between.
_BETWEEN_TWO_CHESTS = re.compile(
    r"\bbetween\s+(?:an?\s+)?(?:size\s+)?(3\d|4\d|5\d)\s?[rls]?\s+(?:and|&|or|-)\s+"
    r"(?:an?\s+)?(?:size\s+)?(3\d|4\d|5\d)\b"
)


def between_two_chests(text: str) -> bool:
    """Whether a message says the shopper falls between two suit sizes ("between a 44 and a 46")."""
    return bool(_BETWEEN_TWO_CHESTS.search(text.lower()))


# After the pick ("first one", "the 2nd one"), a question about it: "real wool?", "is it lined".
_A_QUESTION = re.compile(r"\?|^(?:is|are|does|do|did|has|have|can|will|would|what|how|real)\b")
# "The first one looks gorgeous, tell me more about it?": the card asked for, no other question.
_MORE_OF_IT = re.compile(
    r"\b(?:tell me|tell us|show me|give me|gimme|i'?d like|can i (?:see|get)|let'?s see|see)\s+"
    r"(?:a (?:bit|little) |some )?(?:more|details|the details|info|everything)\b"
    r"|\bmore (?:about|on|info|information|details)\b|^details\b"
)


def asks_beside_the_pick(tracker: Tracker) -> bool:
    """Whether the words after the position picked ("first one. real wool?") ask a question."""
    text = tracker.latest_message.get("text") or ""
    ends = [
        int(entity["end"])
        for entity in tracker.latest_message.get("entities") or []
        if entity.get("entity") == "ordinal" and entity.get("end") is not None
    ]
    if not ends:
        return False
    rest = re.sub(r"^\s*one\b", "", text[max(ends) :].lower()).strip(" .,;:!-\u2013\u2014")
    return bool(_A_QUESTION.search(rest)) and not _MORE_OF_IT.search(rest)


# "in brown instead", "other colours?": the search changed, not a question about the one open.
_INSTEAD = re.compile(r"\b(?:instead|rather|other ones?|others|different ones?)\b")


def says_instead(text: str) -> bool:
    """Whether a message says the search changed ("in brown instead", "other colours?")."""
    return bool(_INSTEAD.search(text.lower()))


# "is 11 in stock", "10.5 still available?": a bare number the extractor reads as no size (it
# wants "size" or "in" before one), but asked of stock it can only be a size. Not "are there 2
# left" or "any 3 available": a count.
_BARE_SIZE_IN_STOCK = re.compile(
    r"(?:^|\b(?:is|are|the|a|an|size|sz)\s+)(\d{1,2}(?:\.5)?)s?\s+(?:still\s+)?"
    r"(?:in stock|available|avail)\b"
)


def bare_size_in_stock(text: str) -> str | None:
    """The size in "is 11 in stock", "10.5 still available?" (a bare number asked of stock), if
    the message asks so."""
    bare = _BARE_SIZE_IN_STOCK.search(text.lower())
    return bare.group(1) if bare else None


# The shape of a question ("do they come in 42R?", "any in navy", "is the 10 in stock").
_ASKS = re.compile(
    r"\?|(?:^|[,.;!]\s*|\b(?:and|but|so|ok|okay|then)\s+)(?:do|does|did|is|are|can|could|will|"
    r"would|have|has|got|any|u got|you got)\b|\b(?:come|comes|available|availability|stock|left|"
    r"which|what|how|whether|if)\b"
)


def shaped_as_a_question(text: str) -> bool:
    """Whether a message has the shape of a question ("do they come in 42R?", "any in navy")."""
    return bool(_ASKS.search(text.lower()))
