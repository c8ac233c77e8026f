"""Whether a product is of a material: "Is it real leather or that plasticky stuff?", "it is
wool?" (stranger test 41, docs/nlu/stranger-test-41.md, worst problems 3 and 4). The question's
topic and the catalog sentences that name materials are commerce/product_facts.py's.

The answer turns on the product's main material, the first one its description names that is not
the material of a part: "Pointed satin flat ..." is satin, and "Flexible leather sole" makes its
sole leather, not the shoe. Yes where the main material is the one asked (suede and calf are
leathers, worsted and merino wools), "only its sole" where only a part is, and nothing where the
catalog names neither (the caller then says it doesn't know, and who does)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

# The material asked -> the catalog's words for kinds of it.
_KINDS_OF = {
    "leather": ("leather", "calfskin", "calf", "suede", "nubuck", "patent", "lambskin", "cowhide"),
    "wool": ("wool", "merino", "worsted", "lambswool", "tweed"),
}
# Shoppers' misspellings of a material ("are they leathr or plastic").
_MISSPELT = {"leathr": "leather", "lether": "leather", "leater": "leather", "wol": "wool"}
# Words for the main materials a description may start with, besides those asked about.
_MATERIAL_WORDS = (
    "leather", "calfskin", "calf", "suede", "nubuck", "patent", "lambskin", "cowhide", "wool",
    "merino", "worsted", "lambswool", "cashmere", "tweed", "flannel", "silk", "satin", "velvet",
    "linen", "cotton", "denim", "corduroy", "canvas", "chiffon", "lace", "polyester", "nylon",
    "rubber", "mesh", "knit", "jersey", "crepe", "seersucker", "poplin", "oxford cloth", "twill",
)  # fmt: skip
# A part, right after its material ("leather sole", "crepe sole", "satin-faced lapels",
# "leather-lined"; "leather lined with merino" is leather, its lining merino).
_PART_AFTER = re.compile(
    r"^(?:[\s-]+[a-z]+)?[\s-]+(sole|soles|insole|outsole|midsole|lining|lined(?!\s+(?:with|in)\b)|"
    r"trim|trims|buckle|"
    r"footbed|piping|facings|lapels|collar|laces|heel|strap|straps|tab|panels|patches|band)\b"
)
# A part before its material ("lined with warm merino wool", "trimmed in satin").
_PART_BEFORE = re.compile(
    r"\b(lined|lining|trimmed|trim|piped|faced|soled)\s+(?:in|with)\s+(?:[a-z-]+\s+){0,2}$"
)
# Kinds of a material named with it: "worsted" is worsted wool, "calf" calf leather.
_SAID_WITH_THE_MATERIAL = {"worsted": "wool", "merino": "wool", "calf": "leather",
                           "patent": "leather"}  # fmt: skip
_PART_NAMES = {"soles": "sole", "lined": "lining", "trimmed": "trim", "trims": "trim",
               "piped": "piping", "faced": "facings", "soled": "sole"}  # fmt: skip


@dataclass(frozen=True)
class MaterialAnswer:
    """What the catalog says of whether a product is of a material."""

    title: str
    asked: str  # the material asked about ("leather")
    main: str | None  # the catalog's word for its main material ("satin"), None: not named
    is_it: bool | None  # True: its main material is the one asked; False: another; None: unsaid
    part: str | None  # a part of it of the material asked, when the whole is not ("sole")
    quote: str | None  # the catalog sentence that says so, word for word

    @property
    def main_said(self) -> str | None:
        """Its main material as a shopper reads it: "worsted wool", "calf leather", "suede"."""
        if self.main in _SAID_WITH_THE_MATERIAL:
            return f"{self.main} {self.asked if self.is_it else _SAID_WITH_THE_MATERIAL[self.main]}"
        return self.main

    @property
    def answers(self) -> bool:
        """Whether this is a plain yes, or a no with the part that is of the material."""
        return self.is_it is True or self.part is not None


def asked_material(word: str) -> str | None:
    """The material a question's word names ("leathr" -> leather), None for no material."""
    word = _MISSPELT.get(word.lower(), word.lower())
    return word if word in _MATERIAL_WORDS else None


def _materials_in(sentence: str) -> list[tuple[str, str | None]]:
    """The materials a sentence names, in order, each with the part it is of (None: the whole)."""
    lowered = sentence.lower()
    pattern = r"\b(" + "|".join(map(re.escape, _MATERIAL_WORDS)) + r")\b"
    found = []
    for match in re.finditer(pattern, lowered):
        part = _PART_AFTER.match(lowered[match.end() :]) or _PART_BEFORE.search(
            lowered[max(0, match.start() - 40) : match.start()]
        )
        name = part.group(1) if part else None
        found.append((match.group(1), _PART_NAMES.get(name, name) if name else None))
    return found


def material_answer(title: str, sentences: Iterable[str], asked: str) -> MaterialAnswer | None:
    """Whether the product (`title`, the catalog `sentences` that name its materials) is of the
    material `asked`; None when `asked` names no material."""
    material = asked_material(asked)
    if material is None:
        return None
    kinds = _KINDS_OF.get(material, (material,))
    main = main_quote = part = part_quote = None
    for sentence in sentences:
        for word, of_part in _materials_in(sentence):
            if of_part is None and main is None:
                main, main_quote = word, sentence
            elif of_part and word in kinds and part is None:
                part, part_quote = of_part, sentence
    if main is not None and main in kinds:
        return MaterialAnswer(title, material, main, True, None, main_quote)
    return MaterialAnswer(
        title, material, main, None if main is None else False, part, part_quote or main_quote
    )
