"""Answers to product questions from the catalog's own words: materials, lining, water, fit, care,
origin, measurements, comfort, occasions, and any other detail its description names ("a zip").

The answer is a sentence quoted from the product's description (or its tags and options), or
nothing: a question the catalog does not answer gets no guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from commerce.lexicon import load_lexicon
from commerce.models import Product, Variant
from commerce.search.query import category_types

MATERIALS = (
    "leather", "calfskin", "calf", "suede", "nubuck", "patent", "wool", "merino", "cashmere",
    "tweed", "flannel", "silk", "satin", "velvet", "linen", "cotton", "denim", "corduroy", "canvas",
    "crepe", "chiffon", "sequin", "lace", "polyester", "nylon", "rubber", "mesh", "knit", "jersey",
)  # fmt: skip

# What jewellery and hardware are made of: answers "what's it made of?" ("Gold-plated silver
# knots", stranger test 96, A3), but no material asked by name, so never a colour's "silver?".
METALS = ("silver", "sterling", "gold", "plated", "brass", "steel", "titanium", "rhodium",
          "enamel", "onyx", "mother-of-pearl", "pearl", "metal")  # fmt: skip

# topic -> (words that ask about it, words of a catalog sentence that answers it)
TOPICS: dict[str, tuple[str, tuple[str, ...]]] = {
    "waterproof": (
        r"water|\brain|\bwet\b|puddle|snow|splash|(?<!hot )(?<!warm )weather",
        ("waterproof", "water-resistant", "water resistant", "water-repellent", "weatherproof",
         "rainproof", "gore-tex", "water", "rain"),
    ),
    # "Which one is better quality?": no verdict, but what the catalog says on how it is made:
    # the materials and the construction (a Goodyear-welted sole, oiled leather).
    # "Wich one is most strong, i walk all day" (stranger test 47): strength is how it is made.
    "quality": (
        r"quality|well[- ]made|better[- ]made|made better|durab|sturd|hold(?:s)? up|"
        r"\bstrong(?:er|est)?\b|\btough(?:er|est)?\b|\brobust|hard[- ]?wearing|heavy[- ]duty|"
        r"\blast(?:s)? (?:longer|long|well|for years)|long[- ]lasting|wear(?:s)? (?:well|better|out)|"
        r"craftsmanship|\bconstruct|built to last|cheaply made|fall(?:s)? apart|"
        r"how long (?:will|would|do|does|should|can|might) (?:\w+ ){1,3}last\b",
        MATERIALS + ("goodyear", "welt", "blake", "stitch", "hand-", "handmade", "full-grain",
                     "full grain", "oiled", "waxed", "burnished", "polished", "reinforced",
                     "hard-wearing", "hardwearing", "durable", "resol", "lined", "leather sole",
                     "rubber sole", "commando"),
    ),
    "material": (
        r"made (?:of|from|out)|material|materal|matrial|fabric|what(?:'s| is) it made|sole|"
        r"leathr|lether|"  # "are they leathr or plastic" (commerce/material_answers.py)
        + "|".join(MATERIALS),
        MATERIALS + ("sole", "leather sole", "rubber sole") + METALS,
    ),
    # "Is it leather soled?", "what's the sole made of": only a sentence on the sole answers; one
    # on the upper's leather says nothing of it.
    "sole": (
        r"\b(?:out|mid|cup)?soles?\b|\bsoled\b",
        ("sole", "outsole", "midsole", "cupsole"),
    ),
    "fit": (
        # "run smal", "come up bigg": misspelt too (stranger test 34).
        r"\bfit|true to size|(?:runs?|comes? up) (?:sma?l+|larg|big|narrow|wide)|size (?:up|down)"
        r"|tight|loose|roomy|narrow|wide|between sizes|slim|baggy",
        ("true to size", "fit", "runs small", "runs large", "size up", "size down", "sizes down",
         "sizes up", "sizing", "between sizes", "half a size", "take the smaller",
         "take the larger", "slim cut", "tailored", "relaxed", "roomy", "narrow", "wide"),
    ),
    # Only words that speak of caring for it answer: "a clean three-eyelet derby" and "polished
    # calf" describe the look, and "washed cotton" a finish, not how to wash it; "red washes me
    # out" is a colour on the shopper (stranger test 85).
    "care": (
        r"wash(?!(?:es|ed)? me out)|clean|care|dry ?clean|iron|machine|polish|\bstain|look after|tumble",
        ("machine wash", "machine-wash", "hand wash", "hand-wash", "washable", "the wash",
         "every wash", "washing", "wash it", "wash them", "wash cold", "wash at", "dry clean",
         "dry-clean", "wipe clean", "wipe-clean", "spot clean", "spot-clean", "cleaning",
         "care instructions", "care label", "caring for", "tumble", "ironing", "non-iron",
         "easy-iron", "easy iron", "easy-care", "shoe polish", "re-polish", "polish them",
         "polish it"),
    ),
    # "Does it crease loads?": only a sentence on creasing answers; one saying it is linen doesn't.
    "creasing": (
        r"\bcreas|\bwrinkl|\bcrumpl|\bcrinkl|\bnon[- ]?iron",
        ("crease", "wrinkle", "crumple", "non-iron", "easy-iron", "easy iron", "easy-care"),
    ),
    # Whether it is lined or sheer: a sentence on what it is made of does not answer that.
    "lining": (
        r"\blin(?:ed|ing)\b|\bunlined\b|see[- ]?through|\bsheer\b|transparent|opaque",
        ("lined", "lining", "unlined", "sheer", "see-through", "see through", "opaque",
         "transparent"),
    ),
    "origin": (
        r"\bwhere\b.*\bmade\b|\bmade in\b|\bhand[- ]?(?:made|crafted|stitched|sewn|finished)|"
        r"\bcountry\b|\borigin|\bimported\b|\bmanufactur",
        # Not "Italian" or "English": "Italian calf" is where the leather is from, and an
        # "English last" is a shoe's shape; neither says where it was made.
        ("made in", "handmade", "hand-made", "hand-", "handcrafted", "crafted in"),
    ),
    "sustainability": (
        r"\bvegan|sustainab|recycl|\borganic|\beco[- ]?friendly|\bethical|cruelty",
        ("vegan", "recycled", "organic", "sustainab", "eco-", "responsibly", "certified"),
    ),
    # "Does it need hemming?", "trousers always too long on me": whether it comes hemmed or
    # is left for alterations; only a sentence on the hem or tailoring it answers (stranger
    # test 23, docs/nlu/stranger-test-23.md: the suits' trousers are "left unhemmed").
    "alterations": (
        r"\bhem(?:s|med|ming)?\b|\bunhemmed\b|\balter(?:ed|ing|ations?)?\b|\btailor(?:ing)?\b|"
        r"\b(?:take|taking|taken|took) (?:them |it |the \w+ )?up\b|\bshorten\w*|"
        r"\b(?:trousers?|pants|legs?|sleeves?)\b.{0,30}\btoo (?:long|short)\b|"
        r"\btoo (?:long|short)\b.{0,30}\b(?:trousers?|pants|legs?|sleeves?)\b",
        ("unhemmed", "hemmed", "hem", "alteration", "tailoring", "tailor the", "taken up"),
    ),
    # "Are they easy to put on?", "do they have laces?", "can i just slip them on", "i cant bend
    # down": how it goes on (stranger test 27, docs/nlu/stranger-test-27.md). "lace" alone is a
    # fabric; "laces", "lace-up" and "lacing" are how a shoe ties.
    "fastening": (
        r"\b(?:put|get|slip|pull)(?:ting)?\s+(?:(?:them|it|these|those|they|em|the\s+\w+)\s+)?on\b"
        r"(?!\s+(?:hold|my|your|the|a|an|order|account|card)\b)|"
        r"\b(?:take|get|slip|pull)(?:ting)?\s+(?:them|it|these|those|em)\s+off\b|"
        r"\bslip[- ]?ons?\b|\bslip (?:in|into)\b|\b(?:shoe)?laces\b|\blace[- ]?ups?\b|\blaced\b|"
        r"\blacing\b|\blaceless\b|\bbend(?:ing)?\b|\bkneel|\bfasten",
        ("slip-on", "laceless", "elastic", "gusset", "gores", "pull tab", "lacing", "laces",
         "lace-up", "eyelet", "buckle"),
    ),
    # "How wide is it?" asks for a measurement, not how it fits.
    "measurements": (
        r"\bhow (?:wide|long|tall|high|big|heavy|thick)\b|\b(?:width|length|height|inseam)s?\b|"
        # "does it come longer?", "is there a shorter version": its length (stranger test 93, B2).
        r"\b(?:longer|shorter)\b|\bmeasurements?\b|\bdimensions?\b|\bcm\b|\binch|\bweigh|"
        r"\blight(?:er|est)\b|\bheav(?:ier|iest)\b|"
        # "it fit in the cabin?": a bag's size against an airline's limit (stranger test 25).
        r"\bcabin\b|\bhand[- ]?luggage\b|\bcarry[- ]?on\b|\boverhead\b|\bunder the seat\b",
        ("cm", "mm", "inch", "width", "length", "height", "lightweight", "heavyweight",
         "featherweight", "feather-light", "midi", "mini", "maxi", "square", "cabin",
         "carry-on", "hand luggage"),
    ),
    "comfort": (
        r"\bcomf|cushion|padd|\ball day\b|standing|blister|break(?:ing)? (?:them |it )?in\b|"
        r"\bon (?:my|your|her|his|our|their) feet\b",
        ("comfort", "cushion", "padded", "soft", "flexible", "supple", "insole", "break in",
         "glove-soft", "feather-light"),
    ),
    "grip": (
        r"\bgrip|slipp|\bslip[- ]?(?:resist|proof)|\b(?:non|anti)[- ]?slip|traction|\bicy\b",
        ("grip", "rubber", "studded", "commando", "dainite", "crepe", "lug", "traction",
         "non-slip"),
    ),
    # "Which of the two is warmer?": what the catalog says on warm cloth and cold weather (tweed,
    # "the colder months", a winter tag), and on the opposite ("breathable", linen, summer): "is
    # it breathable enough for a hot July afternoon?" ("breathes in the heat", stranger test 71).
    "warmth": (
        r"\bwarm|\bcold(?:er|est)?\b|\bchill|\bfreez|\binsulat|\bcosy|\bcozy|\bwinter|"
        r"\bbreath|\bin the heat\b|\bheat ?wave|\bhot (?:\w+ )?(?:days?|weather|afternoons?|"
        r"evenings?|summers?|climate)\b",
        ("warm", "winter", "cold", "wool", "tweed", "flannel", "cashmere", "merino", "fleece",
         "shearling", "insulated", "quilted", "padded", "breathable", "breathes", "linen",
         "summer", "lightweight", "in the heat"),
    ),
    # "Is it ok for a wedding?": the catalog's "ideal for ..." and its occasion tags.
    "occasion": (
        r"wedding|\boffice\b|\bwork\b|interview|funeral|church|black[- ]?tie|\bprom\b|part(?:y|ies)|"
        r"\bdate\b|dinner|\bbeach|summer|winter|\bcold\b|holiday|casual|formal|dressy|\bsmart\b|"
        r"occasion|\bevent|christening|baptism|graduation|\bbbq\b|barbecue",
        ("ideal for", "black tie", "business", "casual", "cocktail", "evening", "formal",
         "interview", "office", "party", "prom", "summer", "wedding", "weekend", "winter",
         "beach"),
    ),
}  # fmt: skip

# Materials that come from animals: "is it vegan?" is answered by what it is made of.
ANIMAL_MATERIALS = (
    "leather", "calfskin", "calf", "suede", "nubuck", "patent", "wool", "merino", "cashmere",
    "tweed", "flannel", "silk", "velvet",
)  # fmt: skip

# The most specific first: "where is it made" asks where, not what it is made of; "how wide is it"
# asks for a measurement, not how it fits.
TOPIC_ORDER = (
    "waterproof", "creasing", "care", "origin", "sustainability", "quality", "alterations",
    "fastening", "measurements", "fit", "lining", "comfort", "grip", "warmth", "occasion", "sole", "material",
)  # fmt: skip

# "Is it a slim cut or is there some room?" asks of its shape, which "a gently tapered cut" answers;
# "does it run big?" asks of its sizing, which it does not (stranger tests 12 and 57).
_ASKS_OF_THE_CUT = re.compile(r"slim|skinny|\bcut\b|\broom|tight|loose|baggy|taper")
_CUT_WORDS = ("tapered",)
# "Will it be too long on me or cling?": its words on its length and drape answer too (stranger 66).
_ASKS_OF_THE_LENGTH = re.compile(r"too (?:long|short)|cling")
_LENGTH_WORDS = ("length", "midi", "maxi", "knee", "ankle", "floor", "cling", "drape", "flowing")

# "r they comfy for standing all day?", "on my feet for a whole shift": comfort asked of a long day
# standing (`ProductFact.asked` is then STANDING_ALL_DAY). Only a catalog sentence that speaks of a
# long day answers it ("light enough for all-day wear"); "a cushioned heel" is comfort, not that
# (stranger test 33, docs/nlu/stranger-test-33.md).
STANDING_ALL_DAY = "standing all day"
# "is it comfortable enough for walking all day?": the same long day, on the move (stranger test 94,
# B2: the reply spoke of standing); what the reply says the catalog doesn't tell.
WALKING_ALL_DAY = "walking all day"
A_LONG_DAY = frozenset({STANDING_ALL_DAY, WALKING_ALL_DAY})
_WALKING = re.compile(r"\bwalk(?:s|ing|ed)?\b")
_ASKS_OF_A_LONG_DAY = re.compile(
    r"\ball[- ]day\b|\bstand(?:ing|s)?\b|\bon (?:my|your|her|his|our|their) feet\b|"
    r"\b(?:whole|full|long|entire) (?:day|shift)s?\b|\b\d+\s*(?:hours|hrs)\b|\bfor hours\b"
)
SAYS_OF_A_LONG_DAY = re.compile(
    r"\ball[- ]day\b|\bon (?:your|their) feet\b|\bstand(?:ing)?\b|\blong (?:day|shift)s?\b",
    re.IGNORECASE,
)

# Words that name no property; what is left of a question ("heel", "zip", "strap") is what it asks
# about, when it is none of TOPICS.
_NOT_A_PROPERTY = frozenset((
    "a", "an", "the", "it", "its", "it's", "is", "are", "was", "were", "be", "been", "do", "does",
    "did", "have", "has", "had", "this", "that", "these", "those", "they", "them", "their",
    "there", "here", "one", "ones", "pair", "what", "whats", "what's", "which", "how", "who",
    "where", "when", "why", "will", "would", "could", "can", "should", "may", "might", "i", "i'm",
    "im", "me", "my", "you", "your", "u", "ur", "r", "we", "our", "to", "of", "in", "on", "at",
    "for", "with", "from", "by", "about", "as", "or", "and", "but", "not", "no", "any", "some",
    "much", "many", "very", "so", "too", "really", "actually", "exactly", "just", "quite", "bit",
    "lot", "all", "tell", "know", "like", "get", "got", "pls", "please", "plz", "thanks", "ok",
    "okay", "good", "well", "yes", "either", "kind", "sort", "type", "come", "comes", "day",
    "days", "time", "wear", "wearing", "worn", "look", "looks", "feel", "need", "want", "enough",
    "also", "still", "use", "used", "more", "other", "then", "than", "if", "ive", "i've", "i'd",
    "say", "go", "going", "see", "show", "give", "let", "open", "describe", "info", "information",
    "detail", "details", "full", "everything", "product", "description",
))  # fmt: skip
# How a shoe goes on: lexicon features that some kinds have by what they are (`feature_kind`):
# a loafer or a Chelsea boot slips on, an oxford laces up, a monk strap buckles.
WAYS_ON = ("slip-on", "laces", "buckle")
# A shopper's word -> the catalog's word for the same measure.
_CATALOG_WORD = {"wide": "width", "long": "length", "tall": "height", "high": "height"}


@dataclass(frozen=True)
class ProductFact:
    """What the catalog says about a question on one product."""

    title: str
    topic: str | None  # one of TOPICS, or None when the question is about none of them
    asked: str  # the word the question turns on ("waterproof", "leather", "fit", ...)
    quotes: tuple[str, ...]  # catalog sentences that answer it, word for word
    tags: tuple[str, ...]  # catalog tags that answer it ("leather", "slim-fit")
    # How it goes on, where its kind says so (one of WAYS_ON), and that kind ("loafers").
    goes_on: str | None = None
    kind: str = ""
    # Nothing asked but the product itself ("the linnet heeled chelsea boot"): its details answer.
    names_only: bool = False
    # Of a garment's fit: the sizes in stock in its long (L) fitting ("40L", "42L"), for long arms.
    long_sizes: tuple[str, ...] = ()
    # The occasions its catalog tags list it for ("office", "cocktail"), for "is it ok for church?"
    occasions: tuple[str, ...] = ()
    # Its sentences on what it is made of, where nothing answers a question its cloth bears on
    # ("does it wrinkle?" of Irish linen): quoted as what it says, never as a yes or no.
    made_of: tuple[str, ...] = ()

    @property
    def known(self) -> bool:
        return bool(self.quotes or self.tags or self.goes_on)


def question_topic(question: str) -> tuple[str | None, str]:
    """The topic of a question and the word it turns on: 'is it waterproof?' -> waterproof.
    What a sentence ending in "?" asks comes first: "r they comfy? it always rains there" asks
    about comfort, not rain."""
    lowered = question.lower()
    for part in (*re.findall(r"[^?]+\?", lowered), lowered):
        for topic in TOPIC_ORDER:
            match = re.search(TOPICS[topic][0], part)
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


def _words_asked_about(question: str, product_words: str) -> tuple[str, ...]:
    """The words a question turns on, in the catalog's spelling: "does it have a zip?" -> zip.
    Words of the product's own name ("the tie") say which product, not what about it."""
    named = set(re.findall(r"[a-z]+", product_words.lower()))
    words = []
    for word in re.findall(r"[a-z][a-z'-]*", question.lower()):
        word = _CATALOG_WORD.get(word, word)
        plural = len(word) > 3 and word.endswith("s") and not word.endswith("ss")
        stem = word[:-1] if plural else word  # "pockets" -> pocket, not "dress" -> dres
        if len(stem) > 2 and word not in _NOT_A_PROPERTY and not {word, stem} & named:
            words.append(stem)
    return tuple(dict.fromkeys(words))


def product_fact(session: Session, handle: str, question: str) -> ProductFact | None:
    """What the product's description, tags and options say on `question` (None: no product)."""
    product = session.scalar(
        select(Product).where(Product.handle == handle, Product.is_active.is_(True))
    )
    if product is None:
        return None
    topic, asked = question_topic(question)
    if topic is None:
        words = _words_asked_about(question, f"{product.title} {product.product_type or ''}")
        quotes = tuple(s for s in _sentences(product.description) if _mentions(s, words))
        # "does it have sleeves?": the words asked, to say the catalog says nothing on them.
        return ProductFact(product.title, None, " ".join(words), quotes, (), names_only=not words,
                           occasions=_occasion_tags(product))  # fmt: skip
    answer_words = TOPICS[topic][1]
    if topic == "comfort" and _ASKS_OF_A_LONG_DAY.search(question.lower()):
        asked = WALKING_ALL_DAY if _WALKING.search(question.lower()) else STANDING_ALL_DAY
    if topic == "material" and asked in MATERIALS:
        # "Is it leather?": a sentence naming leather answers yes; one naming what it is made
        # of instead answers too (suede, not leather).
        answer_words = (asked, *MATERIALS)
    if topic == "measurements":
        # "How high is the heel?": the sentence giving the heel's height, whatever its unit.
        words = _words_asked_about(question, f"{product.title} {product.product_type or ''}")
        answer_words = (*answer_words, *words)
    if topic == "fit" and _ASKS_OF_THE_CUT.search(question.lower()):
        answer_words = (*answer_words, *_CUT_WORDS)  # "is it a slim cut?": "a tapered cut"
    if topic == "fit" and _ASKS_OF_THE_LENGTH.search(question.lower()):
        answer_words = (*answer_words, *_LENGTH_WORDS)
    if topic == "alterations" and re.search(TOPICS["fit"][0], question.lower()):
        # "how's the fit, are the trousers hemmed?": "a tapered cut … left unhemmed" (stranger 57)
        answer_words = (*answer_words, *TOPICS["fit"][1], *_CUT_WORDS)
    if topic == "sustainability" and asked.startswith("vegan"):
        answer_words = (*answer_words, *ANIMAL_MATERIALS)  # "calfskin" answers "is it vegan?"
    options = [variant.extra_option for variant in product.variants if variant.extra_option]
    quotes = [s for s in _sentences(product.description) if _mentions(s, answer_words)]
    quotes += [o for o in dict.fromkeys(options) if _mentions(o, answer_words)]
    tags = [tag for tag in product.tag_names if _mentions(tag.replace("-", " "), answer_words)]
    goes_on, kind = way_on(product.product_type) if topic == "fastening" else (None, "")
    made_of = ()
    if topic == "creasing" and not (quotes or tags):
        made_of = tuple(s for s in _sentences(product.description) if _mentions(s, MATERIALS))
    return ProductFact(product.title, topic, asked, tuple(quotes), tuple(tags), goes_on, kind,
                       occasions=_occasion_tags(product), made_of=made_of)  # fmt: skip


def _occasion_tags(product: Product) -> tuple[str, ...]:
    """The product's tags that are occasions of the shop's lexicon, in the catalog's order."""
    occasions = set(load_lexicon().occasions.values())
    return tuple(tag for tag in product.tag_names if tag in occasions)


def fit_on_them_fact(session: Session, handle: str) -> ProductFact | None:
    """ "I'm 5'2, will it be too long on me?": what the catalog says of its fit and length."""
    return product_fact(session, handle, "how does it fit, too long or clingy?")


def garment_fit_fact(session: Session, handle: str) -> ProductFact | None:
    """ "Will the sleeves be long enough?": the catalog lists no sleeve or leg lengths, so what it
    says of the garment's fit, cut and tailoring ("Regular fit", "left unhemmed for tailoring")."""
    facts = [product_fact(session, handle, q) for q in ("how does it fit", "tailoring")]
    if not all(facts):
        return None
    quotes = tuple(dict.fromkeys(quote for fact in facts for quote in fact.quotes))
    return replace(facts[0], quotes=quotes, long_sizes=_long_sizes_in_stock(session, handle))


_LONG_FITTING = re.compile(r"^\s*\d{2,3}\s*L\s*$", re.IGNORECASE)  # "44L", never "L" or "XL"


def _long_sizes_in_stock(session: Session, handle: str) -> tuple[str, ...]:
    """The product's sizes in stock in a long fitting ("40L", "42L"), smallest first."""
    labels = session.scalars(
        select(Variant.size)
        .join(Product, Product.id == Variant.product_id)
        .where(Product.handle == handle, Variant.stock > 0)
        .distinct()
    )
    longs = {label.strip().upper() for label in labels if label and _LONG_FITTING.match(label)}
    return tuple(sorted(longs, key=lambda label: float(label[:-1])))


def way_on(product_type: str | None) -> tuple[str | None, str]:
    """How a product of this catalog Type goes on by what it is ("Loafers" -> slip-on, loafers),
    or (None, "") where its kind says nothing of it (a sneaker may have laces or none)."""
    kinds_with = load_lexicon().kinds_with_feature
    of_type = (product_type or "").strip().lower()
    for way in WAYS_ON:
        for kind in kinds_with.get(way, ()):
            if of_type and of_type in category_types(kind):
                return way, kind
    return None, ""
