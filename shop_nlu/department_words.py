"""Whether who a search is for was said as a department of the shop ("womens red dresses", "mens
loafers", "warm sweater for woman") or as a person ("a dress for my daughter", "a suit for my son",
"something for my husband"). The shopper's own department carries to the next kind asked for;
a person's does not carry to a kind the shop sells only for the other department ("a suit for my
son and a dress for my daughter", then "green dress for 200": her dresses, never "no dresses for
men"; stranger session in the fixQ brief, tests/actions/test_stranger_71_kind_for_the_other_department.py)."""

from __future__ import annotations

import re

# The departments' own names, as the lexicon's `genders` lists them (catalog/lexicon.yml); every
# other word it reads a gender from ("him", "wife", "daughter", "my son") names a person.
_DEPARTMENT_WORDS = frozenset({
    "men", "mens", "men's", "man", "male", "guys", "guy", "gents", "gentlemen", "gentleman",
    "women", "womens", "women's", "woman", "female", "ladies", "lady", "ladys", "ladies'",
})  # fmt: skip


def said_as_a_department(words: str) -> bool:
    """Whether the words a gender was read from name a department ("womens", "for men", "ladies
    size 8"), not a person ("my daughter", "him", "my gf")."""
    said = re.findall(r"[a-z][a-z']*", words.lower())
    return bool(said) and all(word in _DEPARTMENT_WORDS for word in said[-1:])
