"""Answers to product questions from the catalog's own words: materials, lining, water, fit and
care.

The answer is a sentence quoted from the product's description (or its tags and options), or
nothing: a question the catalog does not answer gets no guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from commerce.models import Product

MATERIALS = (
    "leather", "calfskin", "calf", "suede", "nubuck", "patent", "wool", "merino", "cashmere",
    "tweed", "flannel", "silk", "satin", "velvet", "linen", "cotton", "denim", "corduroy", "canvas",
    "crepe", "chiffon", "sequin", "lace", "polyester", "nylon", "rubber", "mesh", "knit", "jersey",
)  # fmt: skip

# topic -> (words that ask about it, words of a catalog sentence that answers it)
TOPICS: dict[str, tuple[str, tuple[str, ...]]] = {
    "waterproof": (
        r"water|rain|wet|puddle|snow|splash|weather",
        ("waterproof", "water-resistant", "water resistant", "water-repellent", "weatherproof",
         "rainproof", "gore-tex", "water"),
    ),
    "material": (
        r"made (?:of|from|out)|material|fabric|what(?:'s| is) it made|sole|"
        + "|".join(MATERIALS),
        MATERIALS + ("sole", "leather sole", "rubber sole"),
    ),
    "fit": (
        r"\bfit|true to size|run(?:s)? (?:small|large|big|narrow|wide)|size (?:up|down)|tight|"
        r"loose|roomy|narrow|wide|between sizes|slim|baggy",
        ("true to size", "fit", "runs small", "runs large", "size up", "size down", "sizes down",
         "sizes up", "sizing", "between sizes", "half a size", "take the smaller",
         "take the larger", "slim cut", "tailored", "relaxed", "roomy", "narrow", "wide"),
    ),
    "care": (
        r"wash|clean|care|dry ?clean|iron|machine|polish|stain|look after|tumble",
        ("wash", "dry clean", "dry-clean", "care", "polish", "iron", "tumble", "clean"),
    ),
    # Whether it is lined or sheer: a sentence on what it is made of does not answer that.
    "lining": (
        r"\blin(?:ed|ing)\b|\bunlined\b|see[- ]?through|\bsheer\b|transparent|opaque",
        ("lined", "lining", "unlined", "sheer", "see-through", "see through", "opaque",
         "transparent"),
    ),
}  # fmt: skip


@dataclass(frozen=True)
class ProductFact:
    """What the catalog says about a question on one product."""

    title: str
    topic: str | None  # one of TOPICS, or None when the question is about none of them
    asked: str  # the word the question turns on ("waterproof", "leather", "fit", ...)
    quotes: tuple[str, ...]  # catalog sentences that answer it, word for word
    tags: tuple[str, ...]  # catalog tags that answer it ("leather", "slim-fit")

    @property
    def known(self) -> bool:
        return bool(self.quotes or self.tags)


def question_topic(question: str) -> tuple[str | None, str]:
    """The topic of a question and the word it turns on: 'is it waterproof?' -> waterproof."""
    lowered = question.lower()
    for topic in ("waterproof", "care", "fit", "lining", "material"):  # the most specific first
        match = re.search(TOPICS[topic][0], lowered)
        if match:
            asked = match.group(0)
            return topic, "waterproof" if topic == "waterproof" else asked
    return None, ""


def _sentences(text: str) -> list[str]:
    text = re.sub(r"<[^>]+>", " ", text or "")
    text = re.sub(r"\s+", " ", text).strip()
    return [part.strip() for part in re.split(r"(?<=[.!?])\s+", text) if part.strip()]


def _mentions(text: str, words: tuple[str, ...]) -> bool:
    lowered = text.lower()
    return any(re.search(rf"\b{re.escape(word)}", lowered) for word in words)


# A description sentence that says which size system a product uses ("Unisex sizing in men's US
# sizes", "sized in EU sizes only"): a size answer quotes it, since "a 7" means different things.
SIZING_NOTE = re.compile(r"\bsizing\b|\bsized in\b|\b(?:men|women)'s \w+ sizes\b", re.IGNORECASE)


def sizing_note(description: str) -> str | None:
    """The catalog's own sentence on the product's size system, word for word, if it has one."""
    return next((s for s in _sentences(description) if SIZING_NOTE.search(s)), None)


def product_fact(session: Session, handle: str, question: str) -> ProductFact | None:
    """What the product's description, tags and options say on `question` (None: no product)."""
    product = session.scalar(
        select(Product).where(Product.handle == handle, Product.is_active.is_(True))
    )
    if product is None:
        return None
    topic, asked = question_topic(question)
    if topic is None:
        return ProductFact(product.title, None, "", (), ())
    answer_words = TOPICS[topic][1]
    if topic == "material" and asked in MATERIALS:
        # "Is it leather?": a sentence naming leather answers yes; one naming what it is made
        # of instead answers too (suede, not leather).
        answer_words = (asked, *MATERIALS)
    options = [variant.extra_option for variant in product.variants if variant.extra_option]
    quotes = [s for s in _sentences(product.description) if _mentions(s, answer_words)]
    quotes += [o for o in dict.fromkeys(options) if _mentions(o, answer_words)]
    tags = [tag for tag in product.tag_names if _mentions(tag.replace("-", " "), answer_words)]
    return ProductFact(product.title, topic, asked, tuple(quotes), tuple(tags))
