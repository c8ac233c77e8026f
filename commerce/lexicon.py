"""The shop's words (catalog/lexicon.yml): synonyms, colour families, occasions, genders."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

import yaml

from commerce.config import load_settings


@dataclass(frozen=True)
class Lexicon:
    """Every mapping is keyed by a lowercase phrase."""

    category_groups: dict[str, tuple[str, ...]]  # "boots" -> ("Chelsea Boots", "Chukka Boots")
    category_synonyms: dict[str, str]  # "tux" -> "tuxedos"
    colour_families: dict[str, str]  # "navy" -> "blue"
    colour_synonyms: dict[str, str]  # "gray" -> "grey"
    occasions: dict[str, str]  # "black tie" -> "black-tie"
    genders: dict[str, str]  # "ladies" -> "female"
    # A style between occasions -> their tags joined by "|" ("smart casual" -> "office|casual"):
    # read as each of those occasions (shop_nlu/extraction_context.py), ranked by how many a
    # product has.
    occasion_blends: dict[str, str] = field(default_factory=dict)
    # Kinds the shop does not sell: every word for one -> its canonical name ("hoodie" -> "hoodies"),
    # and the canonical name -> the nearest kind the shop sells ("hoodies" -> "casual shirts").
    not_sold_words: dict[str, str] = field(default_factory=dict)
    # Materials, fits, details: every word for one -> its name ("skinny" -> "slim fit"; also the
    # words only a shopper uses, "rain" -> "rainproof"), and the name -> the words a product's
    # text may use for it.
    features: dict[str, str] = field(default_factory=dict)
    feature_words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    nearest_kind: dict[str, str | None] = field(default_factory=dict)
    # A kind not sold -> every kind that may stand in for it, nearest first ("gloves" -> scarves,
    # hats): the first the catalog sells is shown, none when it sells none of them.
    nearest_kinds: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # A kind not sold -> the features its stand-in must have to serve the same need ("raincoats"
    # -> rainproof jackets, never any jacket).
    nearest_kind_features: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # A kind not sold -> whom its nearest kind stands in for ("jewellery" -> ("male",): cufflinks
    # are no suggestion for a woman after earrings); absent: for anyone.
    nearest_kind_for: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # A feature -> the kinds and the words of products that claim it but come last when it is
    # asked for ("comfortable" -> heels, "stiletto").
    ranked_last: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = field(default_factory=dict)
    # A feature of one kind only -> that kind ("low heel" -> "heels"), and a feature -> the kinds
    # that have it by what they are ("low heel" -> ("flats",)).
    feature_kind: dict[str, str] = field(default_factory=dict)
    kinds_with_feature: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # A fit that may be ruled out -> the fits that are not it, in tiers, preferred first ("slim
    # fit" -> (("regular fit", ...), ("relaxed fit", ...))).
    fits_instead: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    # A feature no product may have -> the features of the closest shown instead, nearest first
    # ("waterproof" -> ("rainproof", "warm")): said as not what was asked, never passed off as it.
    nearest_features: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # A feature -> the kinds it is the whole point of ("rainproof" -> jackets): without it, one of
    # those kinds is no substitute ("a rain jacket" is never answered with blazers).
    whole_point_features: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # "What goes with this?": a kind -> the places in an outfit it leaves, each a tuple of kinds
    # that fill it ("suits" -> (("dress shirts",), ("ties", "bow ties"), ...)).
    goes_with: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    # A colour or colour family -> the colours that go with it (symmetric, the colour itself too).
    colour_harmony: dict[str, frozenset[str]] = field(default_factory=dict)
    # Kinds narrower than a catalog Type ("handbags" among "Bags") -> the title words that make a
    # product of those Types one. Their Types and words are in `category_groups` and
    # `category_synonyms` too, so everything else reads them as any other kind.
    title_words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # An occasion -> the occasions whose products are no alternative for it ("summer" -> winter).
    opposite_occasions: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # A kind -> the wider kind whose products are the closest alternatives before any not for the
    # shopper's gender ("dress shoes" -> "shoes": the shop's dress shoes are all men's).
    wider_kinds: dict[str, str] = field(default_factory=dict)
    # A shade -> the colour nearest it when nothing is that shade, and the shades never offered
    # for it ("light blue" -> ("blue", ("navy", ...))): a pale blue search never lists navy.
    colour_shades: dict[str, tuple[str, tuple[str, ...]]] = field(default_factory=dict)
    # Occasion phrases that are days out to dress for by themselves ("race day"): a message naming
    # one is a search (shop_nlu/days_out.py).
    days_out: frozenset[str] = frozenset()
    # How long a trip lasts ("long weekend", "weekend away"): no occasion, though it says one
    # (shop_nlu/trip_lengths.py).
    trip_lengths: tuple[str, ...] = ()
    # The catalog tags a teenager's kinds and products come first with (shop_nlu/ages.py): casual
    # wear before suits and oxfords. They order, never filter.
    teen_styles: tuple[str, ...] = ()
    # Uses that are jobs on one's feet ("nursing"), and the occasions that a message naming one
    # never means ("office"): a nurse's "work shoes" are for shifts on a ward (stranger test 29).
    jobs_on_feet: tuple[str, ...] = ()
    not_jobs_on_feet_occasions: tuple[str, ...] = ()

    def colour_words(self, colour: str) -> tuple[str, ...]:
        """A colour and every word that means it ("light blue", "pale blue", "sky blue"...), as a
        catalog may spell its variants' colour."""
        return (colour, *self._words_for_colour.get(colour, ()))

    @cached_property
    def _words_for_colour(self) -> dict[str, tuple[str, ...]]:
        """Each colour's other words, in the lexicon's order: a search asks dozens of times per
        message, each once went through every synonym (docs/performance.md)."""
        words: dict[str, list[str]] = {}
        for word, meant in self.colour_synonyms.items():
            if word != meant:
                words.setdefault(meant, []).append(word)
        return {colour: tuple(others) for colour, others in words.items()}

    def colour_family(self, colour: str | None) -> str | None:
        if not colour:
            return None
        colour = colour.lower()
        return self.colour_families.get(self.colour_synonyms.get(colour, colour))


def lexicon_digest(path: Path | None = None) -> str:
    """Changes whenever the lexicon file does (for caches of what was computed from it)."""
    path = path or load_settings().lexicon_path
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


@lru_cache(maxsize=4)
def load_lexicon(path: Path | None = None) -> Lexicon:
    path = path or load_settings().lexicon_path
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    narrower = {
        str(kind).lower(): entry for kind, entry in (raw.get("narrower_kinds") or {}).items()
    }
    return Lexicon(
        category_groups={
            **{
                term.lower(): tuple(types) for term, types in raw.get("category_groups", {}).items()
            },
            **{kind: tuple(entry.get("types") or ()) for kind, entry in narrower.items()},
        },
        category_synonyms=_invert(
            {
                **raw.get("category_synonyms", {}),
                **{kind: entry.get("words") for kind, entry in narrower.items()},
            }
        ),
        colour_families=_invert(raw.get("colour_families", {})),
        colour_synonyms=_invert(raw.get("colour_synonyms", {})),
        occasions=_invert(raw.get("occasions", {})),
        occasion_blends={
            phrase: blend
            for phrase, blend in _invert(raw.get("occasion_blends") or {}).items()
            if phrase != blend  # (the key itself, "office|casual", is no shopper's phrase)
        },
        genders=_invert(raw.get("genders", {})),
        not_sold_words=_invert(
            {kind: entry.get("words") for kind, entry in (raw.get("not_sold") or {}).items()}
        ),
        features={
            **_invert(raw.get("features") or {}),
            **_invert(raw.get("feature_asked_as") or {}),
            # A feature's own name means that feature, though a broader one lists it among the
            # words its products may say ("cushioned": cushioned, not every comfortable shoe).
            **{str(name).lower(): str(name).lower() for name in raw.get("features") or {}},
        },
        feature_words={
            str(name).lower(): tuple(dict.fromkeys([str(name).lower(), *map(str.lower, words)]))
            for name, words in (raw.get("features") or {}).items()
        },
        ranked_last={
            str(name).lower(): (
                tuple(str(kind).lower() for kind in entry.get("kinds") or ()),
                tuple(str(word).lower() for word in entry.get("words") or ()),
            )
            for name, entry in (raw.get("ranked_last") or {}).items()
        },
        feature_kind={
            str(name).lower(): str(entry["kind"]).lower()
            for name, entry in (raw.get("feature_kind") or {}).items()
            if entry.get("kind")
        },
        kinds_with_feature={
            str(name).lower(): tuple(str(kind).lower() for kind in entry.get("also") or ())
            for name, entry in (raw.get("feature_kind") or {}).items()
            if entry.get("also")
        },
        nearest_kind_for={
            str(kind).lower(): tuple(str(who).lower() for who in entry.get("nearest_for") or ())
            for kind, entry in (raw.get("not_sold") or {}).items()
            if entry.get("nearest_for")
        },
        nearest_features={
            str(name).lower(): tuple(str(other).lower() for other in others or ())
            for name, others in (raw.get("nearest_features") or {}).items()
        },
        fits_instead={
            str(fit).lower(): tuple(_listed(tier) for tier in tiers or ())
            for fit, tiers in (raw.get("fits_instead") or {}).items()
        },
        whole_point_features={
            str(name).lower(): tuple(str(kind).lower() for kind in kinds or ())
            for name, kinds in (raw.get("whole_point_features") or {}).items()
        },
        nearest_kind={
            str(kind).lower(): (next(iter(_listed(entry.get("nearest"))), None))
            for kind, entry in (raw.get("not_sold") or {}).items()
        },
        nearest_kinds={
            str(kind).lower(): _listed(entry.get("nearest"))
            for kind, entry in (raw.get("not_sold") or {}).items()
        },
        nearest_kind_features={
            str(kind).lower(): _listed(entry.get("nearest_with"))
            for kind, entry in (raw.get("not_sold") or {}).items()
            if entry.get("nearest_with")
        },
        goes_with={
            str(kind).lower(): tuple(
                tuple(str(k).lower() for k in (place if isinstance(place, list) else [place]))
                for place in places or []
            )
            for kind, places in (raw.get("goes_with") or {}).items()
        },
        colour_harmony=_harmony(raw.get("colours_that_go_together") or {}),
        title_words={
            kind: tuple(str(word).lower() for word in entry.get("titles") or ())
            for kind, entry in narrower.items()
        },
        opposite_occasions={
            str(tag).lower(): tuple(str(other).lower() for other in others or ())
            for tag, others in (raw.get("opposite_occasions") or {}).items()
        },
        wider_kinds={
            str(kind).lower(): str(wider).lower()
            for kind, wider in (raw.get("wider_kinds") or {}).items()
        },
        colour_shades={
            str(shade).lower(): (
                str(entry.get("near") or "").lower(),
                tuple(str(other).lower() for other in entry.get("never") or ()),
            )
            for shade, entry in (raw.get("colour_shades") or {}).items()
        },
        days_out=frozenset(" ".join(str(p).lower().split()) for p in raw.get("days_out") or ()),
        trip_lengths=_listed(raw.get("trip_lengths")),
        teen_styles=_listed(raw.get("teen_styles")),
        jobs_on_feet=_listed((raw.get("jobs_on_feet") or {}).get("uses")),
        not_jobs_on_feet_occasions=_listed((raw.get("jobs_on_feet") or {}).get("not_occasions")),
    )


def _listed(value) -> tuple[str, ...]:
    """A lexicon value written as one word or a list of them -> a tuple of lowercase words."""
    if not value:
        return ()
    return tuple(str(word).lower() for word in (value if isinstance(value, list) else [value]))


def _harmony(table: dict[str, list[str]]) -> dict[str, frozenset[str]]:
    """{colour: [colours]} made symmetric (if navy goes with brown, brown goes with navy)."""
    pairs: dict[str, set[str]] = {}
    for colour, partners in table.items():
        colour = str(colour).lower()
        pairs.setdefault(colour, {colour})
        for partner in partners or []:
            partner = str(partner).lower()
            pairs[colour].add(partner)
            pairs.setdefault(partner, {partner}).add(colour)
    return {colour: frozenset(partners) for colour, partners in pairs.items()}


def _invert(groups: dict[str, list[str]]) -> dict[str, str]:
    """{canonical: [phrases]} -> {phrase: canonical}, the canonical word mapping to itself."""
    inverted: dict[str, str] = {}
    for canonical, phrases in groups.items():
        canonical = str(canonical).lower()
        inverted[canonical] = canonical
        for phrase in phrases or []:
            inverted[str(phrase).lower()] = canonical
    return inverted
