"""Whether a message says that what arrived is damaged, faulty or not what was ordered ("the box
was crushed", "they sent me brown when i ordered black", "you have sent me a brown jacket, whereas
I had ordered the navy one"), and whether it says an order has not arrived at all. A complaint
about the item, whatever intent the classifier heard (stranger test 28: the formal wording was
taken for "where is my order?"); what the shop does about it is answered in actions/service.py.
"""

from __future__ import annotations

import re

# "It never came", "my parcel is late": nothing arrived, so nothing to send back.
ORDER_NOT_ARRIVED = re.compile(
    r"\b(?:never (?:came|come|arrived|got here|turned up|showed up|received|got it)"
    r"|(?:has|have|did|does)n'?t (?:arrived?|come|turned up|shown up|got here)"
    r"|not (?:arrived|come|here|received) yet|still (?:not|waiting|hasn'?t)"
    r"|(?:supposed|meant|due|expected) to (?:come|arrive|be here|get here|be delivered)"
    r"|(?:is|was|it'?s|its|so|very|running|days?|weeks?) late"
    # "ive been waiting over a week", "still nothing" (not "i waited a week and it came torn")
    r"|waiting (?:for )?(?:over |more than |almost |nearly |about )?(?:a|an|one|two|three"
    r"|four|five|six|\d+|a few|few) (?:days?|weeks?|months?)|still nothing"
    r"|late (?:order|delivery|parcel|package)|lost (?:in the post|parcel|package|order)"
    r"|(?:order|parcel|package|delivery) (?:is|was|got|gets|has been) lost|overdue|delayed"
    r"|been \w+ (?:days|weeks))\b"
)
# Asked for, chosen or paid for: what the shopper meant to get.
_ORDERED = (  # "when I'd definitely ordered the navy one" (stranger test 89, B7)
    r"i(?: had| have|'d|'ve)?(?: (?:definitely|clearly|actually|specifically|deffo|def))?"
    r" (?:ordered|order|asked for|paid for|chose|choose|picked)"
)
# Damaged or faulty ("the box was crushed", "the heel snapped off").
_DAMAGE_WORDS = (
    r"damag\w*|crush\w*|smash\w*|squash\w*|dent(?:ed|s)?|broke|broken|snapp\w*|scuff\w*"
    # "scratched", "a scratch on it"; not "scratch that", "scratch black" (a change of mind)
    r"|scratch(?:ed|es|y)|scratch(?! (?:that|this|it|the|those|these|my|black|white|navy|grey"
    r"|gray|brown|blue|red|green|pink)\b)"
    r"|torn|tear|rip|ripped|stain\w*|faulty|defect\w*|hole in|ruined|peel\w*"
    r"|(?:came|come|coming|fell|falling) (?:apart|off|undone|loose)"
)
# Not what was ordered ("they sent me brown when i ordered black", "i ordered M and come L").
_WRONG_ITEM_WORDS = (
    r"wrong (?:size|colou?r|item|items|product|one|ones|shoes?|thing|style|pair|model|order)"
    r"|not what i (?:ordered|asked for|bought|wanted)|isn'?t what i ordered"
    # "but I ordered black", "whereas I had ordered the navy one", "although I'd asked for a medium"
    rf"|(?:when|but|whereas|while|though|although|yet) {_ORDERED}"
    # "instead of the navy ones I ordered", "not the one I ordered"
    rf"|(?:instead of|not) (?:the |a |an |my )?(?:[\w.-]+ ){{0,2}}{_ORDERED}"
    r"|someone else'?s order|(?:sent|got|received|delivered) the wrong"
    # "the size is wrong", "the size come wrong", "size is not correct": said of what came.
    r"|(?:size|colou?r|item|product|model|style) (?:is|was|are|were|come|came|comes|arrived?)"
    r" (?:wrong|not (?:right|correct))"
    # "i ordered M and come L", "i choose a medium and it came large": one asked for, another came.
    rf"|{_ORDERED} (?:a |an |the |size )?[\w.-]+(?: size)?"
    r" (?:and|but) (?:it |they |i )?(?:came|come|comes|got|get|received?|arrived?|sent|send)"
    # "i ordered the navy blazer but received a brown one"
    rf"|{_ORDERED} (?:a |an |the )?(?:[\w.-]+ ){{1,3}}but (?:i )?(?:received|was sent|(?:you|they)"
    r"(?: have|'ve)? sent|it came|they came)"
    # "i get L not M", "they send me the L, not the M": what came, and not what was ordered.
    r"|(?:i (?:get|got|receive|received)|(?:they|you) (?:sent|send) me) (?:a |an |the |size )?"
    r"[\w.-]+,? not (?:a |an |the |size )?[\w.-]+"
    # "ordered M, got L"; "it came in L not M", "the label says L, not M", "came late and in L
    # instead of M"; "its a large, i ordered medium" (stranger test 64)
    r"|ordered (?:a |an |the |size )?[\w.-]+, (?:i )?(?:got|received|was sent|came)"
    r"|(?:came|arrived|delivered|turned up|label (?:says|said)|tag (?:says|said))(?: [\w']+){0,4}?"
    r" (?:in )?(?:a |an |size )?[\w.-]+,? (?:not|instead of|rather than) (?:a |an |the |size )?\w"
    rf"|(?:it'?s|it is|they'?re) (?:a |an |size )?[\w.-]+,? (?:and |but |yet )?{_ORDERED}"
)
# "It only turned up yesterday, four days later than you said": late, but it came.
ARRIVED_LATE = re.compile(
    r"\b(?:came|arrived|turned up|showed up|got here|delivered)\b[^.!?]{0,30}?\blater?\b"
)
_ITEM_PROBLEM_WORDS = re.compile(rf"\b(?:{_DAMAGE_WORDS}|{_WRONG_ITEM_WORDS})\b")
_WRONG_ITEM = re.compile(rf"\b(?:{_WRONG_ITEM_WORDS})\b")
# Something that never came is not a return (the late or lost orders answer covers it).
_NOTHING_CAME = re.compile(r"\b(?:missing|never (?:came|arrived)|not in the (?:box|parcel))\b")
# Said of what came: without it, "im broke" or "i always order the wrong size" is no complaint.
_ARRIVED = re.compile(
    r"\b(?:sent|send|received?|receiving|arrived?|came|come|delivered|got|get|parcel|package"
    r"|delivery|box|opened)\b"
)
# "Where is it?", "when will it come?": a question about the order's journey, whatever else it says.
_ASKS_WHERE_IT_IS = re.compile(
    r"\b(?:where(?:'s| is| are)|when (?:will|would|does|do|is|can|should)|track\w*|eta|status)\b"
)


def complains_of_what_arrived(text: str, wrong_item_only: bool = False) -> bool:
    """Whether a message is a complaint about an item that arrived (damaged or faulty, or only,
    with `wrong_item_only`, not what was ordered), asking nothing about where an order is: "you
    have sent me a brown jacket, whereas I had ordered the navy one" (not "when i ordered it, it
    said 3 days: where is it?", nor "need an outfit but im broke")."""
    lowered = text.lower()
    return (
        speaks_of_an_item_problem(text)
        and (not wrong_item_only or bool(_WRONG_ITEM.search(lowered)))
        and bool(_ARRIVED.search(lowered))
        and not _ASKS_WHERE_IT_IS.search(lowered)
    )


def speaks_of_an_item_problem(text: str) -> bool:
    """Whether a message says an item arrived damaged, faulty or not what was ordered."""
    text = text.lower()
    return bool(
        _ITEM_PROBLEM_WORDS.search(text)
        and not _NOTHING_CAME.search(text)
        and (not ORDER_NOT_ARRIVED.search(text) or ARRIVED_LATE.search(text))
    )
