"""Find the shop's entities in a message: catalog terms, sizes, prices, ordinals, sorting, and the
quantities, shipping methods and ratings of checkout and feedback.

Catalog terms (brands, product names, types, colours, occasions, genders) come from the store's
vocabulary and are matched with a spaCy PhraseMatcher on a blank English pipeline, with one typo
forgiven on longer words, and on shorter ones ("brwn", "blakc") when the word is no English word.
Sizes, prices and ordinals follow patterns that need no training data
(`shop_nlu.extraction_patterns`); what the words around a term make of it is
`shop_nlu.extraction_context`, the typos forgiven `shop_nlu.typos`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace

import spacy
from spacy.matcher import PhraseMatcher

from commerce.lexicon import load_lexicon
from commerce.search import category_types, number_forms
from commerce.vocabulary import CatalogTerm
from shop_nlu.chosen_to_go_with import mark_chosen_to_go_with
from shop_nlu.colour_swaps import mark_colour_swaps
from shop_nlu.common_words import COMMON_WORDS
from shop_nlu.dark_words import waist_said_alone
from shop_nlu.entity import Entity
from shop_nlu.events_worked import without_events_worked
from shop_nlu.extraction_context import (
    a_style_ruled_out,
    blend_parts,
    is_a_necktie,
    mark_exclusions,
    mark_owned,
    without_the_office_of_a_job_on_feet,
    without_the_office_of_an_evening,
)
from shop_nlu.extraction_patterns import FOR_BOTH, pattern_candidates
from shop_nlu.farewell_gifts import an_office_left, recipient_by_pronoun
from shop_nlu.goods_questions import thing_asked_if_sold
from shop_nlu.hedged_wishes import budget_margins, mark_hedged
from shop_nlu.kind_for_an_amount import kind_for_an_amount
from shop_nlu.kind_in_feature_words import kind_said_in_feature_words
from shop_nlu.left_at_home import mark_left_at_home
from shop_nlu.low_heels import low_heels_as_shoes
from shop_nlu.names_alone import a_surname
from shop_nlu.not_wishes import a_marked_word_not_wished, a_word_not_wished
from shop_nlu.plain_kind_ruled_out import mark_plain_kind_ruled_out
from shop_nlu.said_in_passing import (
    a_partner_in_passing,
    mark_ruled_out_after,
    mark_size_kinds,
    mark_worn_with,
)
from shop_nlu.sizes_told_together import mark_kinds_told_with_sizes
from shop_nlu.typos import (
    consonants,
    deletions,
    key_word_meant,
    next_key_slip,
    one_edit_apart,
    part_of_a_longer_word,
    slip_of_the_finger,
    without_some_vowels,
)
from shop_nlu.unsold_kinds import asked_if_sold
from shop_nlu.wishes_said_plainly import plain_wish_candidates
from shop_nlu.womens_kinds import womens_kinds
from shop_nlu.work_wear import work_wear_spans
from shop_nlu.worn_already import (
    mark_colour_it_goes_with,
    mark_colours_of_what_it_goes_with,
    mark_worn_already,
)

# One typo is forgiven in longer words. In short ones it often turns an everyday word into a catalog
# word ("sold" -> "gold", "feels" -> "heels", "bot" -> "boots"): there a typo ("blakc", "pnik") or
# dropped vowels ("brwn", "blck") are forgiven only in a word the language model does not know
# (the extractor's `is_known_word`), and only for the words that describe what to find.
MIN_TYPO_LENGTH = 6
MIN_SHORT_TYPO_LENGTH = 4
SHORT_TYPO_KINDS = frozenset({"colour", "category", "feature", "brand"})
TYPO_CONFIDENCE = 0.8
_SORT_OF_SUPERLATIVE = {"cheapest": "price_asc", "priciest": "price_desc"}
INFLECTIONS = ("s", "es", "ed", "ing")
PARTIAL_NAME_CONFIDENCE = 0.6


class ShopEntityExtractor:
    """Extracts entities from text with a vocabulary of catalog terms.

    `is_known_word` says whether a word is an English word the language model knows whole; given
    it, short catalog words forgive a typo or dropped vowels in words it does not know.
    """

    def __init__(
        self,
        vocabulary: Iterable[CatalogTerm],
        is_known_word: Callable[[str], bool] | None = None,
    ) -> None:
        vocabulary = list(vocabulary)
        partial = partial_product_names(vocabulary)
        self._partial = {term.phrase for term in partial}
        vocabulary += partial
        self._nlp = spacy.blank("en")
        self._matcher = PhraseMatcher(self._nlp.vocab, attr="LOWER")
        self._terms: dict[str, CatalogTerm] = {}
        self._typo_index: dict[str, set[str]] = {}
        # Short words: the same index for words of 4 or 5 letters (and for a 6-letter word with a
        # letter left out: "jaket", stranger test 46), and one by consonants alone.
        self._is_known_word = is_known_word
        self._short_typo_index: dict[str, set[str]] = {}
        self._consonant_index: dict[str, set[str]] = {}
        for term in vocabulary:
            self._terms[term.phrase] = term
            self._matcher.add(term.phrase, [self._nlp.make_doc(term.phrase)])
            if " " in term.phrase:
                continue
            if len(term.phrase) >= MIN_TYPO_LENGTH:
                for variant in deletions(term.phrase) | {term.phrase}:
                    self._typo_index.setdefault(variant, set()).add(term.phrase)
            if (
                term.phrase.isalpha()
                and term.entity in SHORT_TYPO_KINDS
                and term.phrase not in self._partial
                and len(term.phrase) >= MIN_SHORT_TYPO_LENGTH
                # the word itself, not a synonym or a misspelling the lexicon lists ("heals")
                and term.phrase in number_forms(term.value.lower())
            ):
                self._consonant_index.setdefault(consonants(term.phrase), set()).add(term.phrase)
                if len(term.phrase) <= MIN_TYPO_LENGTH:
                    for variant in deletions(term.phrase) | {term.phrase}:
                        self._short_typo_index.setdefault(variant, set()).add(term.phrase)

    def extract(self, text: str) -> list[Entity]:
        """Entities in `text`, left to right, none overlapping (longer matches win)."""
        lowered = text.lower()
        candidates = [
            *self._catalog_candidates(text), *pattern_candidates(lowered, text),
            *self._for_work(lowered, text), *plain_wish_candidates(lowered, text),
        ]  # fmt: skip
        chosen: list[Entity] = []
        taken: list[tuple[int, int]] = []
        # Longest first; on a tie the pattern-based reading (sizes, prices) comes last.
        for entity in sorted(candidates, key=lambda e: (-(e.end - e.start), e.start)):
            if all(entity.end <= start or entity.start >= end for start, end in taken):
                chosen.append(entity)
                taken.append((entity.start, entity.end))
        typo_fixes = self._typo_candidates(text, taken)
        chosen = [entity for entity in chosen if not a_word_not_wished(lowered, entity, chosen)]
        chosen = [
            part for entity in chosen for part in self._necktie_parts(lowered, text, entity, chosen)
        ]
        chosen += self._uses_before_kinds(lowered, text, chosen + typo_fixes)
        # "for me and my girlfriend": not only for her.
        both = [match.span() for match in FOR_BOTH.finditer(lowered)]
        chosen = [entity for entity in chosen + typo_fixes
                  if entity.entity != "gender" or not any(a <= entity.start < b for a, b in both)]  # fmt: skip
        chosen = [entity for entity in chosen if not a_partner_in_passing(lowered, entity)
                  and not an_office_left(lowered, entity)]  # fmt: skip
        chosen += recipient_by_pronoun(lowered, text, chosen)  # "gift for colegue he leave ..."
        marked = mark_exclusions(lowered, sorted(chosen, key=lambda e: e.start))
        marked = mark_size_kinds(lowered, mark_ruled_out_after(lowered, marked))
        marked = mark_kinds_told_with_sizes(lowered, marked)  # "a suit. jacket 44R, shoes 11"
        marked = mark_colour_swaps(lowered, marked)  # "not white, grey ok"
        marked = mark_plain_kind_ruled_out(lowered, marked)  # "not a normal tie"
        marked = mark_chosen_to_go_with(lowered, mark_worn_with(lowered, marked))
        marked = [asked_if_sold(lowered, a_style_ruled_out(entity)) for entity in marked]
        marked = mark_owned(
            lowered, mark_worn_already(lowered, mark_left_at_home(lowered, marked))
        )  # "he wears grey suits"
        marked = mark_colours_of_what_it_goes_with(lowered, marked)
        marked = mark_colour_it_goes_with(lowered, marked)  # "goes with red"
        parts = [
            part
            for entity in marked
            if not a_marked_word_not_wished(lowered, entity)
            for part in blend_parts(entity)
        ]
        found = without_the_office_of_a_job_on_feet(without_the_office_of_an_evening(parts))
        found = [e for e in found if not a_surname(text, e, found, COMMON_WORDS)]  # "Jo Hartley"
        found = mark_hedged(lowered, found)  # "or maybe a friend's wedding"
        found = without_events_worked(lowered, found)  # "shooting weddings": his work
        found = [*found, *budget_margins(lowered, found), *waist_said_alone(lowered, text, found)]
        found = kind_for_an_amount(lowered, found)  # "green dress for 200"
        found = sorted(found, key=lambda e: e.start)
        found = low_heels_as_shoes(lowered, found)  # "low heels": heels with a low heel
        found = kind_said_in_feature_words(text, goods_a_feature_word_names(text, found))
        found = the_kind_a_feature_is_of(found)  # ("a shoulder bag": bags worn there)
        return womens_kinds(lowered, found)  # "a skirt suit", "a blouse": hers

    def _necktie_parts(
        self, lowered: str, text: str, entity: Entity, chosen: list[Entity]
    ) -> list[Entity]:
        """ "A plain black tie to go with it", "blazer dark grey and black tie": the colour black
        and a tie, not the black-tie dress code (which "a black tie event", "black-tie", "it's
        black tie" stay)."""
        colour, kind = self._terms.get("black"), self._terms.get("tie")
        if (
            entity.entity != "occasion"
            or lowered[entity.start : entity.end] != "black tie"
            or colour is None
            or kind is None
        ):
            return [entity]
        garment_end = max(
            (e.end for e in chosen if e.entity == "category" and e.end <= entity.start),
            default=None,
        )
        after_garment = None if garment_end is None else lowered[garment_end : entity.start]
        if not is_a_necktie(lowered[: entity.start], lowered[entity.end :], after_garment):
            return [entity]
        tie_start = entity.end - len("tie")
        return [
            Entity(colour.entity, colour.value, entity.start, entity.start + len("black"),
                   text[entity.start : entity.start + len("black")]),
            Entity(kind.entity, kind.value, tie_start, entity.end, text[tie_start : entity.end]),
        ]  # fmt: skip

    def _for_work(self, lowered: str, text: str) -> list[Entity]:
        """ "For husband work", "4 work": what the lexicon's "for work" names (shop_nlu/work_wear.py)."""
        term = self._terms.get("for work")
        if term is None:
            return []
        return [
            Entity(term.entity, term.value, start, end, text[start:end])
            for start, end in work_wear_spans(lowered)
        ]

    def _uses_before_kinds(self, lowered: str, text: str, chosen: list[Entity]) -> list[Entity]:
        """ "Work shoes", "rain jackets": a word right before a kind that names an occasion or a
        feature only with "for" ("for work", "for rain" in the lexicon), because alone it is a verb
        or the weather ("does it work", "will it rain"). It means what "for <word>" means."""
        found = []
        for entity in chosen:
            if entity.entity != "category":
                continue
            before = re.search(r"(?<![\w'’-])([a-z]+)\s+$", lowered[: entity.start])
            if before is None or before.group(1) in self._terms:
                continue
            term = self._terms.get(f"for {before.group(1)}")
            start, end = before.span(1)
            if (
                term is not None
                and term.entity in ("occasion", "feature")
                and all(end <= other.start or start >= other.end for other in chosen)
            ):
                found.append(Entity(term.entity, term.value, start, end, text[start:end]))
        return found

    def _catalog_candidates(self, text: str) -> list[Entity]:
        # Tokenised in lowercase, as the phrases were: spaCy splits "dont" into "do" "nt" but keeps
        # "DONT" whole, so a message in capitals missed "dont fall off" (stranger test 27).
        lowered = text.lower()
        doc = self._nlp.make_doc(lowered if len(lowered) == len(text) else text)
        found = []
        for match_id, start, end in self._matcher(doc):
            span = doc[start:end]
            term = self._terms[self._nlp.vocab.strings[match_id]]
            confidence = PARTIAL_NAME_CONFIDENCE if term.phrase in self._partial else 1.0
            found.append(
                Entity(
                    term.entity, term.value, span.start_char, span.end_char,
                    text[span.start_char : span.end_char], confidence=confidence,
                )
            )  # fmt: skip
        return found

    def _typo_candidates(self, text: str, taken: list[tuple[int, int]]) -> list[Entity]:
        found = []
        for match in re.finditer(r"[a-zA-Z]{4,}", text):
            word = match.group(0).lower()
            if word in COMMON_WORDS or word in self._terms:
                continue
            if len(word) < MIN_TYPO_LENGTH and part_of_a_longer_word(text, *match.span()):
                continue  # "doesn't", "e-mail": not a word of its own
            if any(match.start() < end and match.end() > start for start, end in taken):
                continue
            meant = {self._terms[phrase] for phrase in self._corrections(word)}
            # An ambiguous typo is better left alone ("grey" and "gray" are one colour).
            if len({(term.entity, term.value) for term in meant}) == 1:
                term = next(iter(meant))
                found.append(
                    Entity(
                        term.entity, term.value, match.start(), match.end(), match.group(0),
                        confidence=TYPO_CONFIDENCE,
                    )
                )  # fmt: skip
            elif sort := _SORT_OF_SUPERLATIVE.get(
                key_word_meant(word, tuple(_SORT_OF_SUPERLATIVE)) or ""
            ):
                # "wich is cheepest" (stranger test 34): the cheapest, mistyped.
                found.append(
                    Entity("sort", sort, *match.span(), match.group(0), confidence=TYPO_CONFIDENCE)
                )
        return found

    def _an_english_word(self, word: str) -> bool:
        """Whether the language model knows `word`, or the word it inflects ("shifts" -> "shift"),
        whole: a word of its own, not a typo. An inflected catalog word ("dresss") is no proof."""
        if self._is_known_word is None:
            return False
        return self._is_known_word(word) or any(
            word.endswith(ending)
            and word[: -len(ending)] not in self._terms
            and self._is_known_word(word[: -len(ending)])
            for ending in INFLECTIONS
        )

    def _corrections(self, word: str) -> set[str]:
        """The catalog phrases `word` may be a misspelling of."""
        if self._an_english_word(word):
            return set()  # "are these comfy for long shifts": shifts, not shirts
        if len(word) >= MIN_TYPO_LENGTH:
            candidates = set()
            for variant in deletions(word) | {word}:
                candidates |= self._typo_index.get(variant, set())
            long_ones = {phrase for phrase in candidates if one_edit_apart(word, phrase)}
            if long_ones:
                return long_ones
        if self._is_known_word is None or len(word) < MIN_SHORT_TYPO_LENGTH:
            return set()
        likely = {
            phrase
            for phrase in self._consonant_index.get(consonants(word), set())
            if without_some_vowels(phrase, word)
        }
        others = set()
        if len(word) <= MIN_TYPO_LENGTH:
            candidates = set()
            for variant in deletions(word) | {word}:
                candidates |= self._short_typo_index.get(variant, set())
            for phrase in candidates:
                if slip_of_the_finger(word, phrase):
                    likely.add(phrase)
                elif len(word) > MIN_SHORT_TYPO_LENGTH and next_key_slip(word, phrase):
                    others.add(phrase)  # "blsck": a wrong letter, in a word of five or more
        # Left-out vowels, swapped, missing or doubled letters are likelier than a wrong letter:
        # "gren" is green, not grey; "slik" is silk, not slim.
        return likely or others


def goods_a_feature_word_names(text: str, entities: list[Entity]) -> list[Entity]:
    """ "Do you sell laces?": a feature word (how a shoe fastens) asked for by itself names goods,
    the kind not sold that the lexicon's phrases end with it ("shoe laces": shoelaces), so the
    search says we don't sell them instead of listing lace-ups. "Shoes with laces" is unchanged."""
    span = thing_asked_if_sold(text)
    if span is None or any(entity.entity == "category" for entity in entities):
        return entities
    not_sold = load_lexicon().not_sold_words
    found = []
    for entity in entities:
        word = text[entity.start : entity.end].lower()
        kinds = {kind for phrase, kind in not_sold.items() if phrase.split()[-1] == word}
        # (the last word of what is asked for: "spare laces for them" asks about the pair on screen)
        asked = span[0] <= entity.start and not text[entity.end : span[1]].strip()
        if entity.entity == "feature" and asked and len(kinds) == 1:
            entity = replace(entity, entity="category", value=kinds.pop())
        found.append(entity)
    return found


def the_kind_a_feature_is_of(entities: list[Entity]) -> list[Entity]:
    """ "Shoes for jogging", "running shoes": the one kind of shoe a feature is of (lexicon
    `feature_kind`, running: sneakers) in place of the broader kind said, which it covers; a
    feature that other kinds have too ("low heel": flats as well) leaves the kind as said."""
    lexicon = load_lexicon()
    owns = {
        lexicon.feature_kind[entity.value]
        for entity in entities
        if entity.entity == "feature"
        and entity.value in lexicon.feature_kind
        and not lexicon.kinds_with_feature.get(entity.value)
    }
    if len(owns) != 1:
        return entities
    (own,) = owns
    return [
        replace(entity, value=own)
        if entity.entity == "category"
        and entity.value != own
        and own in category_types(entity.value)
        else entity
        for entity in entities
    ]


def partial_product_names(vocabulary: list[CatalogTerm]) -> list[CatalogTerm]:
    """A product's own name word stands for the product: "the Windsor" is the Windsor Patent
    Oxford, "mayfair monk" the Mayfair Double Monk. That is the first word of its title, when it
    means nothing else to the shop or in everyday English ("Classic", "Slim" are left alone)."""
    taken = {term.phrase for term in vocabulary}
    first_words: dict[str, list[CatalogTerm]] = {}
    for term in vocabulary:
        if term.entity == "product" and " " in term.phrase:
            first_words.setdefault(term.phrase.split()[0], []).append(term)
    # A word that starts several titles ("Kensington" jacket and trousers) names them all: the
    # value is the word itself, and the product actions ask which one (or use the kind said).
    return [
        CatalogTerm(word, "product", terms[0].value if len(terms) == 1 else word.title())
        for word, terms in sorted(first_words.items())
        if len(word) >= 4 and word.isalpha()
        and word not in taken and word not in COMMON_WORDS and word not in GENERIC_NAME_WORDS
    ]  # fmt: skip


# Words that start product titles without naming one product: materials and finishes describe,
# they do not name; everyday words, common first names and places that happen to start a title
# would turn ordinary sentences ("help me find a doctor, Clara") into product requests.
GENERIC_NAME_WORDS = frozenset(
    re.findall(
        r"[a-z]+",
        """classic slim essential everyday signature premium luxe modern vintage heritage original
        tailored relaxed cropped pleated fitted soft plain textured striped printed
        canvas patent suede velvet woven skinny reversible leather linen silk wool cotton tweed
        knit knitted denim satin corduroy cashmere mohair grosgrain
        fell bond swift kite heather sterling iris belle wren swallow falcon clara lucia nadia
        margot celeste aurora calla como parma capri monaco soho eton chester richmond""",
    )
)
