"""A size written in brackets after what it is of: "black pumps (7.5)", "loafers (10)", "heels
(7.5 US)", "a shirt (M)", "belt (34)" (docs/nlu/stranger-test-81.md). Only a number a shoe,
waist or chest comes in, or a letter size, alone in its brackets (or after "size"), after a word
that is no count, budget or list number ("option (4)", "budget (80)", "2 (two) pairs" are none).
`shop_nlu.size_patterns` tries it with the other size patterns."""

from __future__ import annotations

import re

# Shoes 4 to 15 (halves too), waists and chests 26 to 48; "us 8", "7.5 us", "42R", letters.
_NUMBER = r"(?:1[0-5]|[4-9]|2[6-9]|3\d|4[0-8])(?:[.,]5)?"
_VALUE = (
    rf"(?:(?:us|uk|eu)\s?{_NUMBER}|{_NUMBER}(?:\s?(?:us|uk|eu))?|\d{{2}}\s?[rls]"
    r"|xxs|xs|s|m|l|xl|xxl|xxxl|small|medium|large)"
)
# Words after which a number in brackets is something else: a list number, a budget, a count.
_NOT_SIZED = (
    r"option|options|item|items|number|no|nr|num|under|over|below|above|budget|max|price|prices"
    r"|qty|quantity|pairs?|of|the|a|an|and|or|x|step|page|day|days|week|weeks|order|orders"
)

BRACKETED_SIZE = re.compile(
    rf"\b(?!(?:{_NOT_SIZED})\b)[a-z]+\s+[(\[]\s*(?:(?:size|sz)\s*[:.]?\s*)?(?P<value>{_VALUE})"
    r"\s*[)\]]"
)
