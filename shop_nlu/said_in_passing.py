"""What a chatty shopper says around what they want, and does not want found (stranger test 37,
docs/nlu/stranger-test-37.md: "My wife has finally talked me into ballroom dancing lessons ... my
old trainers simply won't do. I need some proper smart shoes" searched sneakers for women).

A kind the words after it rule out ("my trainers won't do", "sneakers are no good") is excluded,
as one ruled out before it is ("not trainers", `shop_nlu.extraction_context`); a partner named as
the one who says or does something ("my wife says", "the wife reckons", "dancing with my wife") is
not whom the goods are for ("shoes for my wife", "my wife's size" are); an evening the feet
swell by is a time of day, not evening wear; "a horrible week at work" is the shopper's working
life, not the office occasion (stranger test 41); "a 42 regular in jackets" said with a suit is
the size, not a second kind (stranger test 46); "on Thursday evening" is when, and "rip the sleeve"
the old garment's story, not a sleeves feature (stranger test 51)."""

from __future__ import annotations

import re
from dataclasses import replace

from shop_nlu.colours_feared import a_colour_feared
from shop_nlu.entity import Entity

# Right after the kind, in the same clause: "won't do", "simply will not do", "are no good",
# "just aren't right", "won't cut it", "have had their day".
_RULED_OUT_AFTER = re.compile(
    r"^(?:\s+(?:are|is|were|was|just|simply|really|now|anymore|any\s+more|definitely|"
    r"apparently|probably|certainly|clearly|obviously))*\s+"
    r"(?:(?:won'?t|wont|will\s+not|would\s*n'?t|would\s+not|don'?t|dont|do\s+not|can'?t|"
    r"cannot|aren'?t|arent|are\s+not|isn'?t|is\s+not)\s+(?:do|cut\s+it|work|be\s+right|"
    r"be\s+suitable|right|suitable|appropriate|allowed|acceptable|good\s+enough)"
    r"|no\s+good|not\s+(?:right|suitable|appropriate|allowed|acceptable|good\s+enough|an\s+option)"
    r"|(?:have|has)\s+had\s+(?:their|its)\s+day|out\s+of\s+the\s+question)\b"
)
# Right after a colour: "navy is a bit boring", "navy's too dull", "navy feels too safe" (stranger
# test 56, Priya #2): a colour tired of, not one asked for.
_DULL_AFTER = re.compile(
    r"^(?:\s+(?:is|was|feels|seems|looks|sounds)|['’]s)"
    r"(?:\s+(?:a\s+bit|a\s+little|kind\s+of|kinda|sort\s+of|so|too|really|very|quite|rather|"
    r"pretty|just|a\s+tad|bit|way\s+too|a\s+bit\s+too|getting|rather\s+too))*\s+"
    r"(?:boring|dull|drab|bland|blah|meh|dreary|predictable|overdone|samey"
    # (only "too" makes these a fault: "navy is safe for a wedding" is approval)
    r"|(?<=too )(?:safe|plain|dark|serious|sombre|somber|gloomy))\b"
)
# Words for a partner (of either gender, lexicon `genders`) who may only be talked about.
_PARTNERS = frozenset(
    {"wife", "wifey", "husband", "hubby", "girlfriend", "boyfriend", "gf", "bf", "partner"}
)
# "my wife says/has talked me into/and I", "the wife reckons": the partner does or says something.
_PARTNER_DOES_AFTER = re.compile(
    r"^\s+(?:has\s+|had\s+|finally\s+|always\s+|just\s+|keeps\s+)*"
    r"(?:says|said|say|reckons|thinks|thought|told|tells|talked|talks|made|makes|got|gets|"
    r"dragged|drags|signed|insists|insisted|wants\s+me|wanted\s+me|is\s+making|booked|"
    r"persuaded|convinced|nagged|nags|suggested|suggests|loves|likes|and\s+i|and\s+me|"
    r"and\s+myself|banned|bans|forbade|forbids|won'?t\s+let|will\s+not\s+let|doesn'?t\s+let)\b"
)
_WITH_PARTNER_BEFORE = re.compile(r"\bwith\s+(?:my|the)\s+$")
_MY_PARTNER_BEFORE = re.compile(r"\b(?:my|the)\s+$")
# What says the goods are for the partner (stranger test 46: else "my wife is thrilled and
# terrified ... I need a suit" is the shopper's own suit): "for my wife", "get my bf", "my wife's
# size", "my wife needs", "she is a size 10", "her size", a gift.
_FOR_PARTNER_BEFORE = re.compile(
    r"\b(?:for|get|getting|buy|buying|gift|gifting|surprise|surprising|treat|treating)\s+"
    r"(?:my|the|our)\s+(?:\w+\s+)?$"
)
_PARTNER_OWNS_AFTER = re.compile(r"^(?:['’]s?|s['’])(?!\w)")
_WANTS = (
    r"(?:needs|wants|wears|would\s+like|'d\s+like|is\s+(?:looking|after|shopping)|has\s+to\s+wear|"
    r"must\s+wear|takes\s+a|is\s+(?:a\s+|an\s+)?(?:size|us|uk|eu|small|medium|large|petite|\d))\b"
    r"(?!\s+(?:me|us|you|u|to\s+(?:know|pay|return|cancel|change))\b)"
)
# "my wife is going to a wedding and needs a dress": in the same sentence after the partner.
_PARTNER_WANTS_AFTER = re.compile(rf"^[^.!?;()]*?\b{_WANTS}")
_FOR_THEM_ANYWHERE = re.compile(
    rf"\b(?:she|he|she'?s|he'?s)\s+(?:also\s+|really\s+|usually\s+)?{_WANTS}"
    r"|\b(?:she|he)'?s\s+(?:a\s+|an\s+)?(?:size\s+)?\d|\b(?:her|his)\s+(?:\w+\s+)?size\b"
    r"|\bfor\s+(?:her|him)\b|\b(?:gift|gifts|present|presents)\b"
)
# "when I told him", "I asked her": a partner spoken to, not whom the goods are for.
_PRONOUNS = frozenset({"him", "her"})
# "going as her plus-one", "my girlfriend's sister is getting married", "it's her family" (stranger
# test 48): the partner's role or relatives, not whom the goods are for (unless "for" says so).
_RELATIVES = (
    r"(?:plus[- ]?one|\+\s?1|date|family|families|folks|parents|relatives|sisters?|brothers?|"
    r"siblings?|mum|mom|mother|dad|father|grandparents|grand(?:ma|mother|pa|father)|cousins?|"
    r"aunts?|uncles?|nieces?|nephews?|friends?|boss|colleagues?)\b"
)
_RELATIVE_AFTER_PRONOUN = re.compile(rf"^\s+{_RELATIVES}")
_RELATIVE_AFTER_PARTNER = re.compile(rf"^(?:['’]s|s['’]?)\s+{_RELATIVES}")
_FOR_BEFORE = re.compile(r"\bfor\s+(?:my\s+|the\s+|our\s+)?(?:\w+\s+)?$")
_TOLD_BEFORE = re.compile(
    r"\b(?:told|tell|tells|telling|asked|ask|showed|promised|married|met|thanked|called|"
    r"texted|rang|phoned)\s+$"
)


# "My feet do swell a touch by the evening", "they ache towards evening": a time of day, never
# evening wear; so is "in the evening" said after a question about the one in focus ("Does it
# come in 11.5 as well? My feet swell in the evening."); "standing on grass all evening", "the
# whole evening" is how long (stranger test 73, B3).
_TIME_OF_DAY_BEFORE = re.compile(
    r"\b(?:by|towards?|until|till|til|later\s+in|come|through(?:out)?|end\s+of|all|whole|every)"
    r"\s+(?:the\s+)?$"
)
_IN_THE_EVENING_BEFORE = re.compile(r"\b(?:in|during)\s+the\s+$")
# "the concert is on Thursday evening", "weds evening", "tomorrow evening": when (stranger test 51),
# as "evening" alone after a day; "a Friday night out" stays an evening out.
_DAY_BEFORE = re.compile(
    r"\b(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?s?|tomorrow|tmrw)"
    r"(?:['’]s)?\s+$"
)
_OF_THE_ONE_IN_FOCUS = re.compile(
    r"\b(?:it|they|them|these|those|this\s+one|that\s+one)\b[^?]*\?[^?]*$"
)


# "a horrible week at work", "a long day at work", "stressed at work", "at work lately": the
# shopper's working life told in passing (stranger test 41, docs/nlu/stranger-test-41.md, worst
# problem 2), never the office occasion that "to wear at work", "for work", "work shoes" are.
_LIFE_AT_WORK_BEFORE = re.compile(
    r"\b(?:week|weeks|day|days|month|months|year|years|shift|shifts|time|times|stress|stressed|"
    r"stressful|busy|tired|exhausted|hectic|rough|mad|crazy|chaos|things|everything|happened|"
    r"going\s+on|promoted|drama|problems|trouble)\s+$"
)
_LIFE_AT_WORK_AFTER = re.compile(
    r"^\s*(?:lately|recently|these\s+days|all\s+week|this\s+week|today|has\s+been|have\s+been|"
    r"was\s+(?:awful|horrible|terrible|rough|hard|hectic|mad|crazy|busy))\b"
)


def work_as_the_shoppers_life(lowered: str, entity: Entity) -> bool:
    """Whether the office occasion found is "at work" told of the shopper's life ("after a
    truly horrible week at work"), not what the goods are for."""
    if entity.entity != "occasion" or lowered[entity.start : entity.end] != "at work":
        return False
    before = lowered[max(0, entity.start - 30) : entity.start]
    return bool(
        _LIFE_AT_WORK_BEFORE.search(before) or _LIFE_AT_WORK_AFTER.match(lowered[entity.end :])
    )


# "rip the sleeve", "a hole in the sleeve", "torn sleeve", "the sleeve ripped" (stranger test 51):
# the damage to the old garment, told in passing, never a feature wished for in the new one.
_DAMAGED_BEFORE = re.compile(
    r"\b(?:rip(?:s|ped)?|tor[en]|tears?|split|burn(?:s|t|ed)?|stained|frayed|ruin(?:s|ed)?|"
    r"damaged?|snagged|wrecked|holes?)\s+(?:(?:in|on|at|through|of|off)\s+)?"
    r"(?:(?:the|his|her|my|a|an|one|its|their|your|both|left|right)\s+){0,2}$"
)
# Parts of a garment a feature may be named by ("long sleeve"); "my slip-ons have holes" stays.
_GARMENT_PART = re.compile(
    r"\b(?:sleeves?|sleeved|collars?|cuffs?|hoods?|pockets?|linings?|zips?|zippers?|straps?|"
    r"hems?|soles?)$"
)
_DAMAGED_AFTER = re.compile(
    r"^\s+(?:(?:is|was|has|have|had|got|gets|just|been|now|completely|totally|all|badly)\s+)*"
    r"(?:ripped|torn|tore|split|frayed|ruined|damaged|burnt|burned|stained|snagged|"
    r"(?:came|come|coming|fell|falling)\s+(?:off|apart)|a\s+(?:hole|rip|tear)|holes?)\b"
)


def a_damaged_part(lowered: str, entity: Entity) -> bool:
    """Whether the feature found is a part of the old garment told as damaged ("he ripped the
    sleeve of his shirt", "the sleeve is torn"), not wished for in the new one."""
    if entity.entity != "feature" or not _GARMENT_PART.search(lowered[entity.start : entity.end]):
        return False
    before = lowered[max(0, entity.start - 40) : entity.start]
    return bool(_DAMAGED_BEFORE.search(before) or _DAMAGED_AFTER.match(lowered[entity.end :]))


def an_evening_as_a_time(lowered: str, entity: Entity) -> bool:
    """Whether the occasion "evening" found is a time of day ("my feet swell by the evening")."""
    if entity.entity != "occasion" or entity.value != "evening":
        return False
    before = lowered[max(0, entity.start - 30) : entity.start]
    if _TIME_OF_DAY_BEFORE.search(before):
        return True
    if lowered[entity.start : entity.end] == "evening" and _DAY_BEFORE.search(before):
        return True
    return bool(
        _IN_THE_EVENING_BEFORE.search(before)
        and _OF_THE_ONE_IN_FOCUS.search(lowered[: entity.start])
    )


def mark_ruled_out_after(lowered: str, entities: list[Entity]) -> list[Entity]:
    """Give the role "excluded" to a kind or colour the words right after it rule out ("my
    trainers won't do"), or a colour they call dull ("navy is a bit boring") or fear on the shopper
    ("red might clash with my hair", `shop_nlu.colours_feared`)."""
    return [
        replace(entity, role="excluded")
        if entity.entity in ("category", "colour")
        and entity.role is None
        and (
            _RULED_OUT_AFTER.match(lowered[entity.end :])
            or (entity.entity == "colour" and _DULL_AFTER.match(lowered[entity.end :]))
            or (entity.entity == "colour" and a_colour_feared(lowered[entity.end :]))
        )
        else entity
        for entity in entities
    ]


# "I'm a 42 regular in jackets", "a 10.5 in shoes": between a size and the kind it is told in.
_SIZE_IN_KIND = re.compile(r"^\s*(?:in|for)\s+(?:my\s+|your\s+|the\s+|a\s+|an\s+)?$")
# The role of a kind named only as the one a size is told in (stranger test 46).
SIZED_ROLE = "sized"


def mark_size_kinds(lowered: str, entities: list[Entity]) -> list[Entity]:
    """Give the role "sized" to a kind named only as the one the size before it is told in ("I
    need a suit ... I'm a 42 regular in jackets": his size, not a second request for jackets),
    when the message asks for another kind; alone ("I'm a 9 in shoes") it stays the kind."""
    sized = {
        index
        for index, entity in enumerate(entities)
        if entity.entity == "category"
        and entity.role is None
        and any(
            size.entity == "size"
            and size.end <= entity.start
            and _SIZE_IN_KIND.match(lowered[size.end : entity.start])
            for size in entities
        )
    }
    if not any(
        e.entity == "category" and e.role is None and i not in sized for i, e in enumerate(entities)
    ):
        return entities
    return [
        replace(entity, role=SIZED_ROLE) if index in sized else entity
        for index, entity in enumerate(entities)
    ]


def sizes_by_kind(lowered: str, entities: list[Entity]) -> dict[str, str]:
    """Each size told in a kind, by that kind ("a medium in dresses and a size 8 in shoes":
    dresses M, shoes 8), so that each piece of an outfit keeps its own (stranger test 65)."""
    sizes: dict[str, str] = {}
    for size in (e for e in entities if e.entity == "size"):
        kinds = [
            e for e in entities
            if e.entity == "category" and e.start >= size.end
            and _SIZE_IN_KIND.match(lowered[size.end : e.start])
        ]  # fmt: skip
        if kinds:
            sizes.setdefault(kinds[0].value, size.value)
    return sizes


# "to wear with my chinos", "also with jeans", "that goes with jeans", "to pair with a suit": the
# kind right after is what the goods are worn with (stranger test 50), not the kind wanted.
_WORN_WITH_BEFORE = re.compile(
    r"(?:\b(?:wear|wearing|worn|go|goes|going|match|matches|matching|pair|paired|pairs|team|"
    r"style|also|and|or|both)\s+(?:\w+\s+){0,2}?with|\bwith\s+(?=my\s|your\s)"
    # "a blazer i could wear over trousers", "to go over a skirt" (stranger test 61)
    r"|\b(?:wear|wearing|worn|go|goes|going|layer|throw)\s+(?:\w+\s+){0,2}?(?:over|under|on top of)"
    r"|\b(?:over|on top of)(?=\s+(?:my|your|some|a|an|the)\s)"
    # "a shirt and tie that match my navy suit" (stranger test 48)
    r"|\bmatch(?:es|ing)?(?=\s+(?:my|your|the)\s))\s+"
    r"(?:my|your|some|a|an|the|a\s+pair\s+of|pair\s+of)?\s*(?:[a-z-]+\s+)?$"
)
# The role of a kind the goods are only worn with.
WORN_WITH_ROLE = "worn_with"
# The roles of a kind that names goods of the conversation to pair ("does the belt go with the
# shoes", "what bag would go with the dress"): said plainly, or as what the others go with.
PAIRED_KIND_ROLES = (None, WORN_WITH_ROLE)


def mark_worn_with(lowered: str, entities: list[Entity]) -> list[Entity]:
    """Give the role "worn_with" to a kind named only as what the goods are worn with ("brown
    brogues ... also with jeans", "shoes to wear with my chinos"), when the message asks for
    something else: another kind, or a feature that is of a kind ("brogues"). Alone ("what goes
    with jeans?") it stays the kind."""
    worn = {
        index
        for index, entity in enumerate(entities)
        if entity.entity == "category"
        and entity.role is None
        and _WORN_WITH_BEFORE.search(clause_before(lowered, entity.start))
    }
    if not worn or not any(
        (e.entity == "category" and e.role is None and i not in worn)
        or (e.entity == "feature" and e.start < min(entities[w].start for w in worn))
        for i, e in enumerate(entities)
    ):
        return entities
    return [
        replace(entity, role=WORN_WITH_ROLE) if index in worn else entity
        for index, entity in enumerate(entities)
    ]


def clause_before(lowered: str, start: int) -> str:
    """The words of the clause before character `start` (from the last stop or comma, 60 at
    most)."""
    before = lowered[max(0, start - 60) : start]
    return re.split(r"[.!?;,]", before)[-1]


def a_partner_in_passing(lowered: str, entity: Entity) -> bool:
    """Whether the gender found is a partner only talked about ("my wife says", "dancing with my
    wife", "my wife is thrilled", "when I told him"), not whom the goods are for: the goods are
    the shopper's own unless the message says they are the partner's ("for my wife", "my wife's
    size", "my wife needs", "she needs", a gift)."""
    if entity.entity != "gender":
        return False
    word = lowered[entity.start : entity.end]
    before = lowered[max(0, entity.start - 20) : entity.start]
    after = lowered[entity.end :]
    if word in _PRONOUNS:
        return bool(_TOLD_BEFORE.search(before)) or bool(
            _RELATIVE_AFTER_PRONOUN.match(after) and not _FOR_BEFORE.search(before)
        )
    if word not in _PARTNERS:
        return False
    if _WITH_PARTNER_BEFORE.search(before) or (
        _RELATIVE_AFTER_PARTNER.match(after) and not _FOR_BEFORE.search(before)
    ):
        return True
    if not _MY_PARTNER_BEFORE.search(before):
        return False
    if (
        _FOR_PARTNER_BEFORE.search(lowered[max(0, entity.start - 40) : entity.start])
        or _PARTNER_OWNS_AFTER.match(after)
        or _FOR_THEM_ANYWHERE.search(lowered)
    ):
        return False
    # "my wife says the suit needs to be cream": what she says, not what she needs.
    return bool(_PARTNER_DOES_AFTER.match(after)) or not _PARTNER_WANTS_AFTER.match(after)
