"""How one product's answers read: its details (title, brand, price, description, stock), and
what our catalog says in answer to a question about it ("is it waterproof?") or across several
("which one is warmer?"): the catalog's own sentences, quoted, or that it does not say; never a
verdict of our own."""

from __future__ import annotations

import re
from dataclasses import replace

from actions.availability_replies import stock_text
from actions.recommendation_replies import DRESS_CODES, OCCASION_WORDS
from actions.replies import and_list, describe_query, price_text
from commerce.included_items import Included
from commerce.material_answers import MaterialAnswer, material_answer
from commerce.product_facts import A_LONG_DAY, MATERIALS, SAYS_OF_A_LONG_DAY, ProductFact
from commerce.products import ProductDetails
from commerce.search import ProductQuery, VariantFacts
from commerce.sizes import display_size
from shop_nlu.occasion_questions import OccasionAsked


def details_text(details: ProductDetails) -> str:
    lines = [
        f"{details.title} by {details.brand}: "
        f"{price_text(details.price_from, details.price_to, details.compare_at_price)}.",
    ]
    if details.description:
        lines.append(details.description)
    lines.append(stock_text(details))
    return "\n".join(lines)


def price_answer_text(
    details: ProductDetails, in_size: tuple[str, list[VariantFacts]] | None = None
) -> str:
    """ "How much is it?": its price, in the size the shopper's search is for when `in_size` gives
    that size and its variants in stock (the price the list showed: "$99.00 in 15.5", stranger
    test 30), else its range, said to depend on the size."""
    if in_size:
        size, variants = in_size
        low, high = min(v.price for v in variants), max(v.price for v in variants)
        was = max((v.compare_at_price or 0 for v in variants), default=0) or None
        text = f"The {details.title} is {price_text(low, high, was)} in {display_size(size)}."
        return text + (" It's on sale right now." if was and was > high else "")
    price = price_text(details.price_from, details.price_to, details.compare_at_price)
    text = f"The {details.title} is {price}."
    if details.price_from != details.price_to:
        text += " The price depends on the size."
    if details.compare_at_price and details.compare_at_price > details.price_to:
        text += " It's on sale right now."
    return text


def prices_of_shown_text(prices: list[tuple[str, str | None]], size: str | None) -> str:
    """ "What is the price range?" of the products on screen (stranger test 35): "In 42R: the
    Monaco Dinner Jacket is $489.95, the Kensington Shawl-Collar Tuxedo $649.00." `prices` are
    (title, price) pairs, price None for one not in stock in the size."""
    parts = [f"the {title} is {price or 'out of stock in that size'}" if not i
             else f"the {title} {price or 'is out of stock in that size'}"
             for i, (title, price) in enumerate(prices)]  # fmt: skip
    text = ", ".join(parts) + "."
    return f"In {display_size(size)}: {text}" if size else text[0].upper() + text[1:]


def product_fact_text(fact: ProductFact, contact: str) -> str:
    """A catalog sentence that answers a product question, quoted; otherwise "I don't know from
    our catalog", and how to ask the shop's team (`contact`)."""
    # "Is it real leather?": yes by its main material, or no when only its sole is (stranger 41).
    said_of = (
        material_answer(fact.title, fact.quotes, fact.asked) if fact.topic == "material" else None
    )
    if said_of is not None and said_of.answers:
        return material_text(said_of, contact)
    # "Is it pure silk?": a material asked for by name, which the catalog may not say.
    material = fact.asked if fact.topic == "material" and fact.asked in MATERIALS else None
    said = " ".join((*fact.quotes, *fact.tags)).lower()
    if material and (fact.quotes or fact.tags) and not re.search(rf"\b{material}", said):
        # It says what it is made of, and that is something else: quote it, never a yes.
        quoted = " ".join(f"“{quote}”" for quote in fact.quotes[:3])
        listed = f" It lists it as {and_list(list(fact.tags))}." if fact.tags else ""
        return (
            f"Our catalog doesn't say the {fact.title} is {material}. "
            + (f"It says: {quoted}" if quoted else "")
            + listed
        ).strip()
    if fact.goes_on:
        # "Are they easy to put on?": how it goes on, by what it is, then its own words.
        quoted = " ".join(f"“{quote}”" for quote in fact.quotes[:2])
        said = f" Our catalog says: {quoted}" if quoted else ""
        return f"The {fact.title} {_GOES_ON[fact.goes_on]}, like all our {fact.kind}.{said}"
    if fact.quotes and fact.topic == "quality":
        quoted = " ".join(f"“{quote}”" for quote in fact.quotes[:3])
        return (
            f"I can't judge quality myself, but here's what our catalog says about how the "
            f"{fact.title} is made: {quoted}"
        )
    if fact.quotes and fact.topic == "alterations" and "unhemmed" in said:
        # "does it need hemming??": that it comes unhemmed, the catalog's own word, then its
        # sentence.
        quoted = " ".join(f"“{quote}”" for quote in fact.quotes[:3])
        return (
            f"The {fact.title} comes unhemmed, to be hemmed to your length. Our catalog says: "
            f"{quoted}"
        )
    if (
        fact.asked in A_LONG_DAY
        and (fact.quotes or fact.tags)
        and not any(SAYS_OF_A_LONG_DAY.search(quote) for quote in fact.quotes)
    ):
        # "r they comfy for standing all day?": what it says on comfort is no answer to that.
        quoted = " ".join(f"“{quote}”" for quote in fact.quotes[:3])
        said = (
            f"What it says: {quoted}" if quoted else f"It lists it as {and_list(list(fact.tags))}."
        )
        return (
            f"Our catalog doesn't say how the {fact.title} is for {fact.asked}. {said} Our "
            f"team can tell you more: {contact}."
        )
    if fact.quotes:
        quoted = " ".join(f"“{quote}”" for quote in fact.quotes[:3])
        return f"Here's what our catalog says about the {fact.title}: {quoted}"
    if fact.tags:
        return f"Our catalog lists the {fact.title} as {and_list(list(fact.tags))}."
    unknown = _not_said(fact, f"the {fact.title}")
    if fact.made_of:
        # "it wrinkle much?": no word on creasing, but its cloth, quoted without a verdict.
        quoted = " ".join(f"“{quote}”" for quote in fact.made_of[:2])
        return (
            f"Our catalog doesn't say {unknown}. It says: {quoted} Our team can tell you more: "
            f"{contact}."
        )
    return f"I don't know from our catalog {unknown}. Our team can tell you: {contact}."


def fact_beside_text(fact: ProductFact, said: str, contact: str) -> str:
    """The answer to another question asked in the same message, under what is `said` already:
    only the catalog sentences not quoted yet; where all were, that the same line is what it says
    on this too (stranger test 69, worst problem 4: one sentence printed twice); the team's
    contact details only where not given above (stranger test 88, B2)."""
    fresh = tuple(quote for quote in fact.quotes if f"“{quote}”" not in said)
    if fact.quotes and not fresh:
        return f"That same line is what our catalog says on {_not_said(fact, 'it')}."
    text = product_fact_text(replace(fact, quotes=fresh), contact)
    opening = f"Here's what our catalog says about the {fact.title}: "
    if opening in said and text.startswith(opening):  # the opening once (stranger test 96, B3)
        text = "It also says: " + text[len(opening) :]
    return text.replace(f": {contact}", " (details above)") if contact in said else text


def occasion_text(fact: ProductFact, occasion: OccasionAsked) -> str:
    """ "Is it suitable for church?": yes or no by the occasions the catalog tags it for, and
    what it does list it for; never a verdict of our own. Its own line on occasions follows."""
    listed = and_list([_occasion_words(tag) for tag in fact.occasions])
    if occasion.tag in fact.occasions:
        tag = str(occasion.tag)
        text = f"Yes, our catalog lists the {fact.title} for {_occasion_words(tag)}"
        # "a christening": searched as a wedding (catalog/lexicon.yml), so say that is the tag.
        if tag.replace("-", " ").rstrip("s") not in occasion.said:
            text += f", which is what we go by for {occasion.said}"
        text += "."
    elif listed:
        text = f"Our catalog doesn't list the {fact.title} for {occasion.said}; it lists it for {listed}."
    else:
        text = f"Our catalog doesn't list the {fact.title} for {occasion.said}, nor for any other occasion."
    quoted = " ".join(f"“{quote}”" for quote in fact.quotes[:2])
    return f"{text} It says: {quoted}" if quoted else text


def _occasion_words(tag: str) -> str:
    """How an occasion tag reads after "for": "weddings", "the office", "cocktail wear"."""
    return f"{tag.replace('-', ' ')} wear" if tag in DRESS_CODES else OCCASION_WORDS.get(tag, tag)


# How a shoe goes on, as said of its kind (commerce/product_facts.py, WAYS_ON).
_GOES_ON = {
    "slip-on": "slips on, with no laces to tie",
    "laces": "has laces to tie (it doesn't slip on)",
    "buckle": "fastens with buckles, not laces",
}


def described_instead_text(kind: ProductQuery, asked: str, feature: str) -> str:
    """Under "I don't know whether it is waterproof": those of its kind the catalog describes so,
    or with the nearest feature (`feature`) when it describes none of them as `asked`."""
    kinds = describe_query(kind)
    if feature == asked:
        return f"These {kinds} are described as {asked}:"
    return f"None of our {kinds} is described as {asked}; these are described as {feature}:"


def _not_said(fact: ProductFact, name: str) -> str:
    """What the catalog doesn't say about a product (`name`: "the Fell Suede Chelsea Boot" or
    "it"): "whether it is waterproof"."""
    material = fact.asked if fact.topic == "material" and fact.asked in MATERIALS else None
    owner = "its" if name == "it" else f"{name}'s"
    be = "are" if re.search(r"[^s]s$", name) else "is"  # "the Gold Knot Cufflinks are" (96, A3)
    return {
        "waterproof": f"whether {name} {be} waterproof",
        "material": f"whether {name} {be} {material}" if material else f"what {name} {be} made of",
        "fit": f"how {name} fits",
        "care": f"how to care for {name}",
        "creasing": f"whether {name} {'crease' if re.search(r'[^s]s$', name) else 'creases'}",
        "lining": f"whether {name} {be} lined, or how sheer it is",
        "origin": f"where or how {name} {be} made",
        "sustainability": f"whether {name} {be} {fact.asked}"
        if fact.asked in ("vegan", "organic")
        else f"how sustainably {name} {be} made",
        "quality": f"how {name} {be} made",
        "measurements": f"how long {name} is, or whether it comes in another length"
        if re.search(r"long|short|length", fact.asked)
        else f"the measurements of {name}",
        "alterations": f"whether {name} comes hemmed or needs altering",
        "comfort": f"how {name} {be} for {fact.asked}"
        if fact.asked in A_LONG_DAY
        else f"how comfortable {name} {be}",
        "grip": f"how much grip {owner} sole has",
        "sole": f"what {owner} sole is made of",
        "occasion": f"which occasions {name} suits",
        "warmth": f"how warm {name} {be}",
        "fastening": f"how {name} goes on (laces or none)",
    }.get(fact.topic or "", f"the answer to that about {name}" + _says_nothing_on(fact))


def _says_nothing_on(fact: ProductFact) -> str:
    """ ": it says nothing about “sleeve”", for a question of no topic of ours."""
    return f": it says nothing about “{fact.asked}”" if fact.asked and not fact.topic else ""


def facts_across_text(facts: list[ProductFact], contact: str) -> str:
    """A product question asked across several products ("which one would last longer in the
    rain?"): for each, the catalog's own sentences on it, or that it says nothing; never a verdict
    of our own. On quality, first that we can't judge it."""
    if any(fact.topic == "quality" for fact in facts):
        opening = (
            "I can't judge quality myself, but here's what our catalog says about how each is "
            "made (materials and construction):"
        )
    else:
        opening = "Here's what our catalog says about each:"
    lines = [opening]
    for fact in facts:
        if fact.goes_on:
            said = f"{_GOES_ON[fact.goes_on]}, like all our {fact.kind}"
        elif fact.quotes:
            said = " ".join(f"“{quote}”" for quote in fact.quotes[:2])
        elif fact.tags:
            said = f"listed as {and_list(list(fact.tags))}"
        else:
            said = f"our catalog doesn't say {_not_said(fact, 'it')}."
        lines.append(f"• {fact.title}: {said}")
    if not all(fact.known for fact in facts):
        lines.append(f"Our team can tell you more: {contact}.")
    return "\n".join(lines)


def fit_on_them_text(fact: ProductFact, contact: str) -> str:
    """ "I'm 5'2 and pear shaped, will it be too long on me?": the catalog's words on its fit and
    length, quoted, and no verdict on the shopper's body (stranger test 66, problem 3)."""
    quoted = " ".join(f"“{quote}”" for quote in fact.quotes[:3])
    said = f"Here's what our catalog says about the {fact.title}: {quoted} " if quoted else ""
    return f"{said}I don't know how it will fit you; our team can tell you: {contact}."


def garment_fit_text(fact: ProductFact, contact: str) -> str:
    """ "Will the sleeves on the 42 long be long enough?": the catalog lists no sleeve or leg
    lengths, so that, what it does say of the cut and tailoring, and who knows."""
    quoted = " ".join(f"“{quote}”" for quote in fact.quotes[:2])
    said = f" What it says: {quoted}" if quoted else ""
    # A tall shopper's question (stranger test 49, problem 3): its long fitting, when it has one.
    longs = (
        f" It comes in a long (L) fitting ({', '.join(fact.long_sizes)} in stock): with long arms, "
        "try the long in your chest size."
        if fact.long_sizes
        else ""
    )
    return (
        f"Our catalog doesn't give the sleeve or leg length of the {fact.title}.{said}{longs} Our "
        f"team can tell you the measurements: {contact}."
    )


def material_text(answer: MaterialAnswer, contact: str) -> str:
    """ "Is it real leather?": yes by its main material ("Yes, the Linnet Heeled Chelsea Boot is
    calf leather."), or no when only a part is ("only its sole is leather"), with the line that
    says so (stranger test 41, worst problems 3 and 4)."""
    title, asked, main, quote = answer.title, answer.asked, answer.main_said, answer.quote
    said = f"Our catalog says: “{quote}”"
    if answer.is_it:  # "is worsted wool", "is calf leather", "is leather (suede)"
        named = main if main.endswith(asked) else f"{asked} ({main})"
        return f"Yes, the {title} is {named}. {said}"
    if main:
        return f"No, the {title} is {main}, not {asked}: only its {answer.part} is {asked}. {said}"
    return (
        f"Only the {answer.part} of the {title} is {asked}, as our catalog says: “{quote}” It "
        f"doesn't say what the rest is made of; our team can tell you: {contact}."
    )


def included_text(included: Included, contact: str) -> str:
    """ "Does it come with the trousers?": yes or no from the catalog, with the sentence that says
    so, or that it doesn't say and who can tell (stranger test 35, worst problem 4)."""
    title, item = included.title, included.item
    if included.comes_with is None:
        return (
            f"Our catalog doesn't say whether the {title} comes with the {item}. Our team can "
            f"tell you: {contact}."
        )
    answer = (
        f"Yes, the {title} comes with the {item}."
        if included.comes_with
        else f"No, the {item} {'are' if item.endswith('s') else 'is'} sold separately from the "
        f"{title}."
    )
    return f"{answer} Our catalog says: “{included.quote}”"


def included_across_text(answers: list[Included], contact: str) -> str:
    """ "Are the trousers included?" of the list on screen: yes or no for each, with the line
    that says so, or that the catalog doesn't say (and who can tell)."""
    item = answers[0].item if answers else ""
    lines = [f"Whether each comes with the {item}:"]
    for answer in answers:
        if answer.comes_with is None:
            lines.append(f"• {answer.title}: our catalog doesn't say.")
        else:
            said = "yes" if answer.comes_with else "no, sold separately"
            lines.append(f"• {answer.title}: {said}. “{answer.quote}”")
    if any(answer.comes_with is None for answer in answers):
        lines.append(f"Our team can tell you more: {contact}.")
    return "\n".join(lines)


def fit_of_one_text(fact: ProductFact, contact: str = "") -> str:
    """ "Does the second one run small?" beside a question about them all: the catalog's words
    on that product's fit (its size), or that it doesn't say, and who knows (never a guess)."""
    quoted = " ".join(f"“{quote}”" for quote in fact.quotes[:2]) if fact.known else ""
    if quoted and _ON_SIZING.search(quoted.lower()):
        return f"On size and fit, our catalog says of the {fact.title}: {quoted}"
    team = f" Our team can tell you: {contact}." if contact else ""
    said = f"our catalog doesn't say whether the {fact.title} runs small or large"
    # "suits a medium to wide foot": its width, said as such, never taken for its length.
    return f"On size and fit: {said}{f'; it says {quoted}' if quoted else '.'}{team}"


# Catalog words on how a size comes out ("cut true to size", "if between sizes, size down").
_ON_SIZING = re.compile(r"true to size|runs? (?:small|large|big)|size (?:up|down)|between sizes")


def only_one_shown_text(title: str) -> str:
    """ "The second one" with one product on screen: that one, said before answering about it."""
    return f"There's only one on screen, the {title}. About it:"


def nothing_inside_text(details: ProductDetails, kind: str, things: str, bags: list[str]) -> str:
    """ "Does it fit my phone?" about a shoe: it carries nothing; "Did you mean the bag?" when
    bags were looked at (`bags`, their titles)."""
    text = f"The {details.title} is {'an' if kind[:1] in 'aeiou' else 'a'} {kind}, so it won't carry {things}."
    if len(bags) == 1:
        return f"{text} Did you mean the {bags[0]}?"
    return f"{text} Did you mean one of the bags you looked at?" if bags else text


def carried_inside_text(fact: ProductFact, things: str, contact: str) -> str:
    """ "Is it big enough for a phone and a wallet?" (stranger test 76, B2): the catalog's own
    words on its size, quoted, or that it gives no measurements; never a yes or no of ours."""
    quoted = " ".join(f"“{quote}”" for quote in fact.quotes[:2])
    if quoted and re.search(r"\d\s*(?:cm|mm|in\b|inch|\")", quoted):
        return f"Our catalog gives the {fact.title}'s size: {quoted} Check it against {things}."
    head = f"Our catalog doesn't give the measurements of the {fact.title}"
    if quoted:
        return f"{head}, so I can't promise {things} will fit. What it says of its size: {quoted}"
    return (
        f"{head} or say what fits inside, so I can't tell whether {things} will fit. Our team "
        f"can tell you: {contact}."
    )
