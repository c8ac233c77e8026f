"""The words of the catalog that the NLU should recognise, read from the store database.

A newly imported catalog brings its own brands, product names, types and colours, so shoppers can
name them without anyone rewriting training data.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from commerce.lexicon import Lexicon, load_lexicon
from commerce.models import Product, Variant
from commerce.search import number_forms

# Kept in commerce.search (whose named kinds are read once per version too); the NLU asks here.
from commerce.search.on_offer import catalog_version as catalog_version

# When one phrase could be two things, the more specific reading wins.
ENTITY_PRIORITY = ("product", "brand", "category", "colour", "occasion", "gender", "feature")


@dataclass(frozen=True)
class CatalogTerm:
    phrase: str  # lowercase, as a shopper may type it
    entity: str  # "brand", "product", "category", "colour", "occasion", "gender" or "feature"
    value: str  # what the search is given


def catalog_vocabulary(session: Session, lexicon: Lexicon | None = None) -> list[CatalogTerm]:
    lexicon = lexicon or load_lexicon()
    terms: dict[str, CatalogTerm] = {}

    def add(phrase: str, entity: str, value: str) -> None:
        phrase = " ".join(phrase.lower().split())
        if len(phrase) < 2:
            return
        current = terms.get(phrase)
        if current is None or ENTITY_PRIORITY.index(entity) < ENTITY_PRIORITY.index(current.entity):
            terms[phrase] = CatalogTerm(phrase, entity, value)

    active = Product.is_active.is_(True)
    for (title,) in session.execute(select(Product.title).where(active).distinct()):
        add(title, "product", title)
    for (brand,) in session.execute(select(Product.brand).where(active).distinct()):
        if brand:
            add(brand, "brand", brand)
            add(brand.replace("&", "and"), "brand", brand)
            first_word = brand.split()[0]
            if len(first_word) >= 4 and first_word.lower() != brand.lower():
                add(first_word, "brand", brand)
    kinds = session.execute(select(Product.product_type, Product.department).where(active))
    for product_type, department in kinds.unique():
        for kind in (product_type, department):
            if kind:
                for form in number_forms(kind.lower()):
                    add(form, "category", kind.lower())
    for group in lexicon.category_groups:
        for form in number_forms(group):
            add(form, "category", group)
    for phrase, canonical in lexicon.category_synonyms.items():
        add(phrase, "category", canonical)
    # Kinds the shop does not sell are still kinds: "hoodie" is a search, answered honestly. The
    # lexicon spells out every form, so that "watches" is a kind and the verb "watch" is not.
    for phrase, canonical in lexicon.not_sold_words.items():
        if phrase not in terms:
            add(phrase, "category", canonical)

    def canonical_colour(phrase: str) -> str:
        return lexicon.colour_synonyms.get(phrase, phrase)

    colours = session.execute(
        select(func.lower(Variant.colour)).join(Product).where(active).distinct()
    )
    for (colour,) in colours:
        if colour:
            add(colour, "colour", canonical_colour(colour))
    for phrase in lexicon.colour_families:
        add(phrase, "colour", canonical_colour(phrase))
    for phrase, colour in lexicon.colour_synonyms.items():
        add(phrase, "colour", colour)
    for phrase, tag in lexicon.occasions.items():
        add(phrase, "occasion", tag)
    for phrase, tags in lexicon.occasion_blends.items():
        add(phrase, "occasion", tags)
    for phrase, gender in lexicon.genders.items():
        add(phrase, "gender", gender)
    for phrase, feature in lexicon.features.items():
        add(phrase, "feature", feature)
    return sorted(terms.values(), key=lambda term: term.phrase)
