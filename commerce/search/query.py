"""What the shopper is looking for: `ProductQuery` (its filters, its order, the JSON form kept in
a slot), prices as typed, and the shopper's words for kinds of product, read with the lexicon
(the Types and departments a word covers, its singular and plural, the nearest kind the shop
sells). Nothing here reads the store."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, fields, replace
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal, InvalidOperation

from commerce.lexicon import load_lexicon

# "popular": most units sold in the last POPULAR_WINDOW_DAYS first. "closest": the order of
# `find_alternatives` (see `alternative_distance`), so that "Show more" pages through alternatives.
# "newest": the most recently first-imported products first (new arrivals; unknown dates last).
SORTS = ("price_asc", "price_desc", "popular", "closest", "newest")
# "blue or green" is kept as one colour field, "blue|green": a variant in either fits.
COLOUR_ALTERNATIVES = "|"
# "heels or flats" likewise, "heels|flats": a product of either kind fits.
KIND_ALTERNATIVES = "|"
# "sparkly or velvet" likewise, one feature "sparkly|velvet": a product with either fits.
FEATURE_ALTERNATIVES = "|"
# A price bound beyond this is a typo or a joke, not a budget.
MAX_SENSIBLE_PRICE = Decimal("100000")


@dataclass(frozen=True)
class ProductQuery:
    """What the shopper is looking for. Every field is optional; an empty query means anything."""

    category: str | None = None  # a shopper's word for a kind of product: "oxfords", "shoes"
    colour: str | None = None  # a colour or colour family: "navy", "blue"
    size: str | None = None  # a size key (see commerce.sizes): "10", "eu43", "m", "42r"
    # Catalog tags such as "black-tie", "formal". A product needs one of them; products with more
    # of them come first ("black-tie party" finds black-tie wear, not everything for parties).
    occasions: tuple[str, ...] = ()
    gender: str | None = None  # "male" or "female" (unisex products match both)
    brand: str | None = None
    product: str | None = None  # (part of) a product title
    price_min: Decimal | None = None
    price_max: Decimal | None = None
    sort: str | None = None  # one of SORTS, or None for the shop's own order
    # What the shopper ruled out: "not brown", "anything but loafers", "nothing from Brera".
    not_colours: tuple[str, ...] = ()
    not_categories: tuple[str, ...] = ()
    not_brands: tuple[str, ...] = ()
    # Occasions whose products are left out ("winter" while a summer dress's alternatives are
    # found, commerce/search/closest.py); never a shopper's own filter, never given up.
    not_occasions: tuple[str, ...] = ()
    # Materials, fits and details (catalog/lexicon.yml `features`): "slim fit", "suede"; and the
    # ones ruled out ("without a buckle"). Never given up for alternatives, like the kind.
    features: tuple[str, ...] = ()
    not_features: tuple[str, ...] = ()
    on_sale: bool = False  # only marked-down variants (compare-at price above the price)
    # The shopper's remembered tastes (commerce/profiles.py): products in stock in these colours,
    # or tagged with these styles, come first. They order the results and never filter them.
    prefer_colours: tuple[str, ...] = ()
    prefer_tags: tuple[str, ...] = ()
    # A quiet look asked for ("something plain", a funeral: commerce/search/quiet.py): "plain" or
    # "dark". It orders the results and never filters them.
    quiet: str | None = None
    # A day out the shopper named for its occasion ("the races", searched as `formal`): replies
    # say it in the occasion's place. It never filters.
    day_out: str | None = None
    # With sort="closest": the filters the shopper has just asked for, given up last.
    keep: tuple[str, ...] = ()
    # With sort="closest": cheap ones were asked for ("not too expensive", stranger test 65), so
    # of equally close ones the cheapest first.
    cheap_first: bool = False
    # Filters said loosely ("or maybe a friend's wedding", shop_nlu/hedged_wishes.py): given up
    # before any other, never before the colour she insisted on.
    loose: tuple[str, ...] = ()
    # The budget as said when "could go a little over" loosened `price_max`
    # (commerce/search/budget_margin.py): replies say both.
    budget_said: Decimal | None = None
    # The highest heel the shopper will wear, in cm ("nothing higher than a couple of inches"):
    # heels whose height the catalog gives above it, or doesn't give, are left out
    # (commerce/heel_heights.py); `heel_max_said` is the limit as said ("2 inches").
    heel_max_cm: float | None = None
    heel_max_said: str | None = None

    def problems(self) -> list[str]:
        """Why this query cannot be run, in words for the shopper (empty when it can)."""
        found = []
        for bound in (self.price_min, self.price_max):
            if bound is not None and bound < 0:
                found.append("a price can't be negative")
            elif bound is not None and bound > MAX_SENSIBLE_PRICE:
                found.append(f"{bound:,.0f} is more than anything in the shop costs")
        low, high = self.price_min, self.price_max
        if low is not None and high is not None and low > high:
            found.append("the lowest price is above the highest")
        if self.sort is not None and self.sort not in SORTS:
            found.append(f"I can't sort by '{self.sort}'")
        return found

    def is_empty(self) -> bool:
        # "Any best sellers?" asks for something: the best sellers (or new arrivals) of the shop.
        return self.sort not in ("popular", "newest") and self == ProductQuery(
            sort=self.sort, keep=self.keep, day_out=self.day_out
        )

    def updated(self, **changes) -> ProductQuery:
        return replace(self, **changes)

    def without(self, *names: str) -> ProductQuery:
        """The same query with filters removed ('price' removes both bounds)."""
        changes: dict = {}
        for name in names:
            if name == "price":
                changes.update(price_min=None, price_max=None, budget_said=None)
            elif name in TUPLE_FIELDS:
                changes[name] = ()
            elif name == "on_sale":
                changes[name] = False
            else:
                changes[name] = None
        return replace(self, **changes)

    def active_filters(self) -> list[str]:
        """The filters set in this query: those `without` would change."""
        names = []
        for name in ("size", "colour", "price", "occasions", "brand", "gender", "product",
                     "not_colours", "not_categories", "not_brands", "on_sale", "features",
                     "not_features"):  # fmt: skip
            if name == "price":
                changed = self.price_min is not None or self.price_max is not None
            elif name in TUPLE_FIELDS:
                changed = getattr(self, name) != ()
            elif name == "on_sale":
                changed = self.on_sale is not False
            else:
                changed = getattr(self, name) is not None
            if changed:
                names.append(name)
        return names

    def to_dict(self) -> dict:
        """A JSON-safe form (for a Rasa slot)."""
        data = asdict(self)
        for name in TUPLE_FIELDS:
            data[name] = list(data[name])
        for bound in ("price_min", "price_max", "budget_said"):
            if data[bound] is not None:
                data[bound] = str(data[bound])
        return {key: value for key, value in data.items() if value not in (None, [], False)}

    @classmethod
    def from_dict(cls, data: dict | None) -> ProductQuery:
        data = dict(data or {})
        known = {f.name for f in fields(cls)}
        values = {key: value for key, value in data.items() if key in known}
        for name in TUPLE_FIELDS:
            values[name] = tuple(values.get(name) or ())
        for bound in ("price_min", "price_max", "budget_said"):
            values[bound] = parse_price(values.get(bound))
        values["on_sale"] = values.get("on_sale") is True
        return cls(**values)


TUPLE_FIELDS = (
    "occasions", "not_colours", "not_categories", "not_brands", "keep", "features", "not_features",
    "prefer_colours", "prefer_tags", "not_occasions", "loose",
)  # fmt: skip


def colour_choices(colour: str | None) -> list[str]:
    """The colours a query's colour field accepts: "blue|green" -> ["blue", "green"]."""
    return [part for part in (colour or "").split(COLOUR_ALTERNATIVES) if part.strip()]


def feature_choices(feature: str) -> list[str]:
    """The features one of a query's features accepts: "sparkly|velvet" -> ["sparkly", "velvet"]."""
    return [part for part in feature.split(FEATURE_ALTERNATIVES) if part.strip()]


def feature_words(feature: str) -> str:
    """A query's feature as said: "sparkly|velvet" -> "sparkly or velvet"."""
    return " or ".join(feature_choices(feature))


def parse_price(raw) -> Decimal | None:
    """'150', '$150', '150 bucks', '1,200' -> Decimal; None when there is no number."""
    if raw is None or raw == "":
        return None
    if isinstance(raw, (int, float, Decimal)):
        return Decimal(str(raw))
    match = re.search(r"-?\d[\d,]*(?:\.\d+)?", str(raw))
    if not match:
        return None
    try:
        return Decimal(match.group(0).replace(",", ""))
    except InvalidOperation:
        return None


# "Around 200", "about $150", "80ish": a price to be near, searched as this share either side.
PRICE_TARGET_SPREAD = Decimal("0.2")


def price_near(target: Decimal) -> tuple[Decimal, Decimal]:
    """The price range a price target means: 200 -> (160, 240), whole amounts."""
    spread = target * PRICE_TARGET_SPREAD
    return (
        (target - spread).quantize(Decimal(1), rounding=ROUND_FLOOR),
        (target + spread).quantize(Decimal(1), rounding=ROUND_CEILING),
    )


def category_types(term: str) -> set[str]:
    """The lowercase product types and departments that a shopper's category word covers."""
    if KIND_ALTERNATIVES in term:  # "heels|flats": either
        return set().union(*(category_types(part) for part in term.split(KIND_ALTERNATIVES)))
    lexicon = load_lexicon()
    term = term.strip().lower()
    term = lexicon.category_synonyms.get(term, term)
    covered: set[str] = set()
    for form in number_forms(term):
        covered.add(form)
        covered.update(kind.lower() for kind in lexicon.category_groups.get(form, ()))
    return covered


def narrower_kind(term: str) -> tuple[set[str], tuple[str, ...]] | None:
    """For a kind narrower than the catalog Types it is found among ("handbags": the bags whose
    title says tote, clutch...; lexicon `narrower_kinds`): the Types or departments named for the
    kind itself, and the title words that make a product of its other Types one. None otherwise."""
    lexicon = load_lexicon()
    term = term.strip().lower()
    term = lexicon.category_synonyms.get(term, term)
    for form in number_forms(term):
        if form in lexicon.title_words:
            return number_forms(form), lexicon.title_words[form]
    return None


def kind_within(kind: str, wider: str) -> bool:
    """Whether the kind a shopper names is part of a wider one, and not that kind again: "penny
    loafers" (the loafers whose title says penny) or "horsebit" within "loafers", "chelsea
    boots" within "boots", "dress shoes" within "shoes"."""
    if KIND_ALTERNATIVES in kind:
        return False
    lowered = (word.strip().lower() for word in (kind, wider))
    term, wide = (load_lexicon().category_synonyms.get(word, word) for word in lowered)
    own = number_forms(term)
    if own & number_forms(wide):
        return False
    covered = category_types(wide)
    if narrower_kind(wide) is not None:  # of its Types, only those named for it are all of it
        covered &= number_forms(wide)
    listed = category_types(term) - own  # the Types its group or narrower kind names
    if narrower_kind(term) is not None:
        return bool(listed) and listed <= covered
    if listed:
        return listed <= covered and listed != covered - number_forms(wide)
    return bool(own & covered)


def narrowest_kind(kinds: list[str]) -> str:
    """The kind a message searches, of the kinds it names: the first ("a navy suit and brown
    shoes": the suit), unless a later one is part of it ("shoes are safer ... black trainers?":
    the sneakers, not every shoe)."""
    chosen = kinds[0]
    for kind in kinds[1:]:
        if kind_within(kind, chosen):
            chosen = kind
    return chosen


def nearest_sold_kind(term: str) -> str | None:
    """The shop's nearest kind to one it does not sell ("hoodies" -> "casual shirts"), if any."""
    return next(iter(nearest_kinds(term)), None)


def nearest_kinds(term: str) -> tuple[str, ...]:
    """Every kind the lexicon says may stand in for one the shop does not sell, nearest first
    ("gloves" -> scarves, hats); whether the catalog sells any is `on_offer.nearest_kind_on_sale`.
    Of kinds said as either ("gym shorts or joggers"), those that stand in for every one of them."""
    if KIND_ALTERNATIVES in term:
        each = [nearest_kinds(part) for part in term.split(KIND_ALTERNATIVES)]
        return tuple(kind for kind in each[0] if all(kind in others for others in each[1:]))
    lexicon = load_lexicon()
    for form in number_forms(not_sold_kind(term)):
        if form in lexicon.nearest_kinds:
            return lexicon.nearest_kinds[form]
    return ()


def not_sold_kind(term: str) -> str:
    """The lexicon's name for a kind the shop does not sell ("raincoat" -> "raincoats")."""
    term = term.strip().lower()
    return load_lexicon().not_sold_words.get(term, term)


def nearest_kind_features(term: str) -> tuple[str, ...]:
    """The features a stand-in for a kind not sold must have to serve the same need
    ("raincoats" -> ("rainproof",)): the lexicon's `nearest_with`; of kinds said as either, each's."""
    if KIND_ALTERNATIVES in term:
        parts = term.split(KIND_ALTERNATIVES)
        return tuple(dict.fromkeys(f for part in parts for f in nearest_kind_features(part)))
    lexicon = load_lexicon()
    for form in number_forms(not_sold_kind(term)):
        if form in lexicon.nearest_kind_features:
            return lexicon.nearest_kind_features[form]
    return ()


def number_forms(word: str) -> set[str]:
    """The word and its singular or plural: 'derbies' <-> 'derby', 'dresses' <-> 'dress'."""
    forms = {word}
    if word.endswith("ies"):
        forms.add(word[:-3] + "y")
        if len(word) > 5:  # "derbys", the plural as often typed (never "tys" for ties)
            forms.add(word[:-3] + "ys")
    elif len(word) > 1 and word.endswith("y") and word[-2] not in "aeiou":
        forms.add(word[:-1] + "ies")
        return forms
    if word.endswith(("ses", "xes", "ches", "shes")):
        forms.add(word[:-2])
    elif word.endswith("s"):
        forms.add(word[:-1])
    if word.endswith(("s", "x", "ch", "sh")):
        forms.add(word + "es")
    else:
        forms.add(word + "s")
    return forms
