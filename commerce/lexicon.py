"""The shop's words (catalog/lexicon.yml): synonyms, colour families, occasions, genders."""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from commerce.config import PROJECT_ROOT

DEFAULT_LEXICON_PATH = PROJECT_ROOT / "catalog" / "lexicon.yml"


@dataclass(frozen=True)
class Lexicon:
    """Every mapping is keyed by a lowercase phrase."""

    category_groups: dict[str, tuple[str, ...]]  # "boots" -> ("Chelsea Boots", "Chukka Boots")
    category_synonyms: dict[str, str]  # "tux" -> "tuxedos"
    colour_families: dict[str, str]  # "navy" -> "blue"
    colour_synonyms: dict[str, str]  # "gray" -> "grey"
    occasions: dict[str, str]  # "black tie" -> "black-tie"
    genders: dict[str, str]  # "ladies" -> "female"

    def colour_family(self, colour: str | None) -> str | None:
        if not colour:
            return None
        colour = colour.lower()
        return self.colour_families.get(self.colour_synonyms.get(colour, colour))


@lru_cache(maxsize=4)
def load_lexicon(path: Path | None = None) -> Lexicon:
    path = path or Path(os.environ.get("SHOP_LEXICON_PATH", DEFAULT_LEXICON_PATH))
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return Lexicon(
        category_groups={
            term.lower(): tuple(types) for term, types in raw.get("category_groups", {}).items()
        },
        category_synonyms=_invert(raw.get("category_synonyms", {})),
        colour_families=_invert(raw.get("colour_families", {})),
        colour_synonyms=_invert(raw.get("colour_synonyms", {})),
        occasions=_invert(raw.get("occasions", {})),
        genders=_invert(raw.get("genders", {})),
    )


def _invert(groups: dict[str, list[str]]) -> dict[str, str]:
    """{canonical: [phrases]} -> {phrase: canonical}, the canonical word mapping to itself."""
    inverted: dict[str, str] = {}
    for canonical, phrases in groups.items():
        canonical = str(canonical).lower()
        inverted[canonical] = canonical
        for phrase in phrases or []:
            inverted[str(phrase).lower()] = canonical
    return inverted
