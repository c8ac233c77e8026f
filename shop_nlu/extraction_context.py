"""What the words around an entity make of it, once the extractor has found it: terms ruled out
("not brown", "anything but loafers", "M not XL") or owned ("I already have a navy suit"), "black
tie" as a necktie or the dress code, a bag that is the cart, a colour that is a spill ("red
wine"), a school's evening, luggage a bag goes in, a style ruled out rather than its kind, and
blends of two occasions."""

from __future__ import annotations

import re
from dataclasses import replace

from commerce.lexicon import load_lexicon
from shop_nlu.entity import Entity
from shop_nlu.message_readings import SLANG_TAKES

# What can be asked for by its absence, and the words that ask so, right before the term.
NEGATABLE = frozenset({"colour", "category", "brand", "feature", "occasion"})
_NEGATION_BEFORE = re.compile(
    r"(?:\bnot|\bno|n't|\bnothing|\bnone|\banything but|\beverything but|\bexcept(?: for)?|"
    r"\bother than|\bwithout|\binstead of|\brather than|\bapart from|\bbesides|\bavoid|"
    r"\bw/o|\bnthn?g|\bnothin\b|\bnt\b|"  # chat shorthand (stranger tests 64, 86)
    r"\bhate|\bnot a fan of|\bno more|"
    # "ok forget shirts. shoes", "never mind the tie": a kind let go, not asked for.
    r"\bforget(?: about)?|\bnever ?mind(?: about)?|\bscrap|\bscratch|"
    # What hurts or has had its day: "my feet hurt in heels", "sick of black".
    r"\bhurts?(?: me)?(?: in| from)?|\bhurting(?: in)?|\bkill(?:s|ing)? (?:me|my feet)(?: in)?|"
    r"\b(?:tired|sick|fed up|done) (?:of|with)(?: wearing)?|\bcan'?t (?:stand|walk in|wear)|"
    r"\buncomfortable in|\bblisters (?:from|in)|"
    # "not allowed to wear brown", "the wife has banned my brown one" (stranger test 40).
    r"\bnot allowed (?:to )?(?:wear|have|buy|get)?|\bbanned(?: me)?(?: from)?(?: wearing)?|"
    r"\bforbidden(?: to wear)?|\bmustn'?t wear|"
    # "i dont wanna look too formal", "not like im going to the beach".
    r"\bdo ?n'?t (?:want|wanna|need)(?: to)?(?: look| be| go| wear| dress)?(?: like)?"
    # "dont want to look like im going to a job interview": the occasion is what to avoid.
    r"(?: (?:i'?m|im|i am|i'?d be) (?:going|off|heading)(?: off)? to)?|"
    r"\bnot like (?:i'?m|im|i am) (?:going|off) to|"
    # "not for a black tie thing" (but "nothing for the wedding" is still a wish for it).
    r"\bnot (?:for|to)|"
    # "a bit too dressy", "those are too formal": less of it, so not it (stranger test 53); "is it
    # too casual?" asks about it.
    r"(?<!\bis it )(?<!\bis this )(?<!\bis that )(?<!\bare they )(?<!\bare these )"
    r"(?<!\bare those )\btoo)"
    # "not one of those skinny fitted ones" (stranger test 34): the kind pointed at is ruled out.
    r"\s+(?:(?:one|any|some) of (?:those|these|them|the|your)\s+)?"
    r"(?:(?:the|a|an|any|in|from|by|made by|anything|something|too|so|really|more|my|these|"
    r"those|wearing|wear)\s+){0,2}$"  # "i'd rather not wear a dress" (stranger test 61)
)
# Right before the size ruled out of two: "instead of XL", "rather than a large", "not the 10".
_SIZE_RULED_OUT_BEFORE = re.compile(
    r"\b(?:instead of|rather than|not|no longer|swap(?:ped)? (?:out )?(?:the|my|an?)?|"
    r"(?:change|exchange|switch) (?:the|my|an?)?)(?: a| an| the| my| size| sz| in)*\s*$"
)
_SAME_LIST = re.compile(r"^\s*(?:,|/|or|nor|and|,\s*or)\s*$")
# What lets a term go rather than rule it out: after "forget shirts, shoes" a comma starts what is
# wanted instead, so only "and"/"or" carry the letting go on to the next term.
_LET_GO = re.compile(r"\b(?:forget|never ?mind|scrap|scratch)\b")
# "no more dresses, blazers please": of kinds, the one after the comma is wanted (stranger test 61).
_LET_GO_KIND = re.compile(r"\b(?:no more|not an?|rather not(?: wear)?(?: an?)?)\s+$")
_LET_GO_LIST = re.compile(r"^\s*(?:/|or|nor|and|,\s*(?:or|and))\s*$")


# "a plain black tie", "black tie to go with it": a necktie; "a black tie event", "for a black tie",
# "it's black tie": the dress code.
_NECKTIE_BEFORE = re.compile(
    r"\b(?:a|an|one|plain|simple|skinny|slim|thin|narrow|silk|knit|solid|classic|basic|"
    r"matching|nice|new|cheap|proper|wide|any|some|your|the)\s+$"
)
_DRESS_CODE_BEFORE = re.compile(
    r"\b(?:for|to|at|is|it's|its|was|be|semi|strictly)\s+(?:an?\s+|the\s+)?$"
)
_DRESS_CODE_AFTER = re.compile(
    r"^\s*(?:event|dinner|wedding|gala|affair|do|party|parties|ball|occasion|optional|dress|"
    r"attire|function|evening|night|thing|reception|dance|code|style|look|outfit|suit|tux|"
    r"tuxedo|gown)(?:e?s)?\b"
)
_NECKTIE_AFTER = re.compile(
    r"^\s*(?:to\s+(?:go|wear|match|pair)|that\s+(?:goes|matches)|with\s+(?:it|the|my|this|that)|"
    r"too|as well|also|pls|please|for\s+(?:an?\s+|the\s+|my\s+\w+\s+)?(?:funeral|memorial|wake))\b"
)


# "blazer dark grey and black tie", "grey blazer, black tie" (stranger test 52): the next garment
# of a list; not "a suit for a wedding, black tie", where the list is of something else.
_NEXT_IN_LIST = re.compile(r"(?:\band|&|\+|,|\bplus)\s*$")
_NOT_A_LIST_OF_GARMENTS = re.compile(r"\b(?:for|to|at|is|it'?s|its|was|be)\b|[.!?;]")


def is_a_necktie(before: str, after: str, after_garment: str | None = None) -> bool:
    """Whether "black tie", with these words before and after, is a necktie to wear
    (`after_garment`: the words since the last garment named before it, if one was)."""
    before = before.rstrip() + " " if before.strip() else ""
    if _DRESS_CODE_AFTER.match(after) or _DRESS_CODE_BEFORE.search(before):
        return False
    in_a_list = after_garment is not None and bool(
        _NEXT_IN_LIST.search(after_garment) and not _NOT_A_LIST_OF_GARMENTS.search(after_garment)
    )
    return bool(
        in_a_list or _NECKTIE_AFTER.match(after) or (before and _NECKTIE_BEFORE.search(before))
    )


# "add it to my bag", "whats in my bag", "take it out of my bag": the cart, not a kind of product;
# "add it 2 my bag" too (stranger test 34, Kev #6).
_CART_BEFORE = re.compile(
    r"\b(?:to|2|in|into|inside|from|outta|out of|off)\s+(?:my|the|ur|your)\s+(?:shopping\s+)?$"
)
# "go back to the bag", "back to the bag pls": the bag talked about before, as "back to that bag"
# (stranger test 28); unless something is put back into it ("add it back to the bag").
_BACK_TO_THE = re.compile(r"\bback\s+to\s+the\s+$")
_PUT_INTO = re.compile(r"\b(?:add|put|pop|throw|stick|chuck|toss|move|place)\b[^.,;!?]*$")


def the_cart_called_a_bag(lowered: str, entity: Entity) -> bool:
    """Whether a kind of product found in the message is the shopper's cart called a bag, or
    "bag" the slang verb ("bag me a pair of those brogues")."""
    if entity.entity != "category" or lowered[entity.start : entity.end] != "bag":
        return False
    before = lowered[max(0, entity.start - 30) : entity.start]
    if _BACK_TO_THE.search(before) and not _PUT_INTO.search(before):
        return False
    return bool(_CART_BEFORE.search(before) or SLANG_TAKES.match(lowered[entity.start :]))


# "our dress rehearsal is on the 12th", "dress rehersal": a play's last run-through, not a dress
# (stranger test 46, Gerald #7).
_REHEARSAL_AFTER = re.compile(r"^\s*(?:rehears\w*|rehers\w*|rehearal\w*)")


def a_dress_rehearsal(lowered: str, entity: Entity) -> bool:
    """Whether a kind found in the message is the "dress" of "dress rehearsal"."""
    return entity.entity == "category" and bool(
        lowered[entity.start : entity.end].startswith("dress")
        and _REHEARSAL_AFTER.match(lowered[entity.end :])
    )


# "ok for hand luggage?", "is it ok as carry-on?", "will it fit in my luggage": what a bag is used
# as or goes in, not suitcases asked for (stranger tests 25 and 47).
_LUGGAGE_AS_A_USE_BEFORE = re.compile(
    r"\b(?:hand|cabin|(?:in|into|as)(?:\s+(?:my|a|the|your|our))?)\s+$"
)


def luggage_as_a_use(lowered: str, entity: Entity) -> bool:
    """Whether a suitcase word found in the message is luggage a product is used as or goes in."""
    return (
        entity.entity == "category"
        and entity.value == "suitcases"
        and bool(_LUGGAGE_AS_A_USE_BEFORE.search(lowered[: entity.start]))
    )


def a_style_ruled_out(entity: Entity) -> Entity:
    """A kind ruled out in a word that names a style of it ("no stilettos", lexicon `features`):
    that style is ruled out, never the whole kind ("block heel or flats" may still be heels)."""
    if entity.entity != "category" or entity.role != "excluded":
        return entity
    feature = load_lexicon().features.get(entity.text.lower())
    return replace(entity, entity="feature", value=feature) if feature else entity


# What was spilled on the thing to replace ("spilled red wine all over my white shirt", "a red wine
# stain"): its colour is no colour wanted. "a wine red dress", "burgundy or wine" stay colours.
_SPILL_BEFORE = re.compile(
    r"\b(?:spill(?:ed|t)?|spilt|spilling|stain(?:ed)?|splash(?:ed)?|splatter(?:ed)?|got|dropped|"
    r"knocked)\s+(?:\w+\s+)?$"
)
_SPILLED_THINGS = (
    r"(?:wine|coffee|ketchup|tea|juice|sauce|gravy|paint|ink|blood|chocolate|mustard|curry|"
    r"lipstick|nail polish)"
)
_SPILLED_THING = re.compile(rf"^{_SPILLED_THINGS}$")
_SPILLED_THING_AFTER = re.compile(rf"^\s+{_SPILLED_THINGS}\b")
_STAIN_AFTER = re.compile(r"^\s+(?:stain|stains|stained|spill|spilt|spilled|mark|marks)\b")


def blend_parts(entity: Entity) -> list[Entity]:
    """ "Smart casual" (lexicon `occasion_blends`, "office|casual"): each occasion of the blend,
    as if both were said."""
    if entity.entity != "occasion" or "|" not in entity.value:
        return [entity]
    return [replace(entity, value=tag) for tag in entity.value.split("|")]


def without_the_office_of_an_evening(entities: list[Entity]) -> list[Entity]:
    """ "Smart casual, at a nice restaurant", "a work dinner, smart casual": a dress code said of
    an evening out is how dressed up to be there, not office wear (stranger test 49, problem 4), so
    the blend's office part (`blend_parts`: one span, several occasions) is left out."""
    said = [e for e in entities if e.entity == "occasion" and e.role != "excluded"]
    if not any(e.value == "evening" for e in said):
        return entities
    blended = {(e.start, e.end) for e in said for other in said
               if other is not e and (other.start, other.end) == (e.start, e.end)}  # fmt: skip
    return [
        e
        for e in entities
        if not (e in said and e.value == "office" and (e.start, e.end) in blended)
    ]


def without_the_office_of_a_job_on_feet(entities: list[Entity]) -> list[Entity]:
    """ "Comfy work shoes, im a nurse": a job on one's feet said (lexicon `jobs_on_feet`), its
    "work" is shifts on a ward, a floor or in a kitchen, not the office occasion (stranger test 29)."""
    lexicon = load_lexicon()
    if not any(
        entity.entity == "feature" and entity.role != "excluded"
        and entity.value in lexicon.jobs_on_feet
        for entity in entities
    ):  # fmt: skip
        return entities
    return [
        entity
        for entity in entities
        if entity.entity != "occasion" or entity.value not in lexicon.not_jobs_on_feet_occasions
    ]


def the_colour_of_a_spill(lowered: str, entity: Entity) -> bool:
    """Whether a colour found in the message is that of something spilled ("red wine")."""
    if entity.entity != "colour":
        return False
    after = lowered[entity.end :]
    thing = _SPILLED_THING_AFTER.match(after)
    if not (thing or _SPILLED_THING.match(lowered[entity.start : entity.end])):
        return False
    after_thing = after[thing.end() :] if thing else after
    before = lowered[max(0, entity.start - 30) : entity.start]
    return bool(_SPILL_BEFORE.search(before) or _STAIN_AFTER.match(after_thing))


# "Parents evening", "open evening", "an evening class": an evening at school or in a class, in
# whatever the shopper wears by day, not evening wear.
_SCHOOL_EVENING_BEFORE = re.compile(
    r"\b(?:parents?'?|parent[- ]teacher|teachers?'?|open|school|prize[- ]giving|careers?|"
    r"options|information|info)\s+$"
)
_SCHOOL_EVENING_AFTER = re.compile(r"^\s+(?:class(?:es)?|course|courses|lessons?|school)\b")


def an_evening_at_school(lowered: str, entity: Entity) -> bool:
    """Whether the occasion "evening" found is a school's or a class's evening, not evening wear."""
    if entity.entity != "occasion" or lowered[entity.start : entity.end] != "evening":
        return False
    before = lowered[max(0, entity.start - 30) : entity.start]
    return bool(
        _SCHOOL_EVENING_BEFORE.search(before) or _SCHOOL_EVENING_AFTER.match(lowered[entity.end :])
    )


# "Good evening.", "evening all", "Evening! I search ...": a greeting, never the occasion (stranger
# test 33, docs/nlu/stranger-test-33.md: "Good evening. I am looking for loafers" found evening
# loafers and dropped the brown he asked for). "Evening." alone may answer "what's the occasion?",
# and "a good evening out" is one: a greeting opens the message, or is followed by a full stop.
_GREETING_OPENS = re.compile(r"^\W*(?:(?:hi|hello|hey|and|ok|okay|oh|well|yes)\W+)*(?:good\s*)?$")
_GREETING_ENDS = re.compile(r"^\s*[.,!;:]+(?:\s*\w|\s*$)")
_GREETING_THEN = re.compile(
    r"^(?:\s*[.,!;:]+\s*\w|\s+(?:all|everyone|everybody|folks|guys|there|to you)\b)"
)


def an_evening_greeting(lowered: str, entity: Entity) -> bool:
    """Whether the occasion "evening" found is a greeting ("good evening", "evening all")."""
    if entity.entity != "occasion" or lowered[entity.start : entity.end] != "evening":
        return False
    before, after = lowered[max(0, entity.start - 30) : entity.start], lowered[entity.end :]
    if re.search(r"\bgood\s*$", before) and (_GREETING_ENDS.match(after) or not after.strip()):
        return True  # "... and good evening.", "good evening"
    return bool(_GREETING_OPENS.search(before) and _GREETING_THEN.match(after))


def mark_exclusions(lowered: str, entities: list[Entity]) -> list[Entity]:
    """Give the role "excluded" to terms the shopper rules out: "not brown", "anything but
    loafers", "no black or navy" (a list after a negation is excluded as a whole)."""
    marked: list[Entity] = []
    for entity in entities:
        excluded = False
        if entity.entity in NEGATABLE:
            # Long enough for "don't want to look like i'm going to a " before the term.
            before = lowered[max(0, entity.start - 60) : entity.start]
            excluded = bool(_NEGATION_BEFORE.search(before))
            previous = marked[-1] if marked else None
            if (
                not excluded
                and previous is not None
                and previous.role == "excluded"
                and previous.entity == entity.entity
                and (
                    _LET_GO_LIST
                    if _LET_GO.search(lowered[max(0, previous.start - 30) : previous.start])
                    or (
                        entity.entity == "category"
                        and _LET_GO_KIND.search(lowered[: previous.start])
                    )
                    else _SAME_LIST
                ).match(lowered[previous.end : entity.start])
            ):
                excluded = True
        elif entity.entity == "size" and sum(e.entity == "size" for e in entities) > 1:
            # "a medium instead of XL", "M not XL": the size wanted is the other one.
            before = lowered[max(0, entity.start - 30) : entity.start]
            excluded = bool(_SIZE_RULED_OUT_BEFORE.search(before))
        # "scratch black, ... black looks like a funeral": said again, still ruled out.
        excluded = excluded or any(
            e.role == "excluded" and (e.entity, e.value) == (entity.entity, entity.value)
            for e in marked
        )
        marked.append(replace(entity, role="excluded") if excluded else entity)
    return marked


# "I already have an emerald green gown", "ive got a navy suit": what the shopper owns, said to
# find what goes with it, never to search for it again.
# "She has plenty of black heels so nothing like that, maybe a little bag?", "he already has brown
# shoes", "got plenty of ties already" (stranger test 45): the person shopped for, or plenty of.
_PLENTY = (
    r"(?:plenty|loads|lots|heaps|tons|a lot|a load|a bunch|a ton|too many|so many)\s+of"
    r"|(?:more than\s+)?enough(?:\s+of)?"
)
_OWNS = re.compile(
    r"(?:\bi\s+(?:already\s+|do\s+)?(?:have|own|got|bought)|\bi'?ve\s+(?:already\s+)?(?:got|bought)"
    r"|\balready\s+(?:have|own|got|bought)"
    r"|\b(?:she|he|they|we|(?:my|our|his|her)\s+(?:wife|husband|partner|girlfriend|boyfriend|mum|"
    r"mom|mother|dad|father|son|daughter|kids?|fianc(?:é|e)e?))(?:'?s|'?ve)?\s+(?:already\s+(?:has|have|owns?|got)"
    # "his mum bought him a green tie" (stranger test 52): a present someone else already gave
    r"|(?:just\s+|already\s+)?(?:bought|got|gave|gifted)\s+(?:him|her|them|me|us)"
    # ("do they have these in black" asks about the shop: only "already" or plenty of it owns)
    rf"|(?:has|have|owns?|got)(?:\s+got)?(?=\s+(?:{_PLENTY})\b))"
    rf"|(?:^|[.!?,;]\s*)(?:ok(?:ay)?\s+|well\s+|yeah\s+|so\s+)?(?:already\s+)?got(?=\s+(?:{_PLENTY})\b))"
    rf"\s+(?:(?:{_PLENTY})\s+)?(?:(?:a|an|the|my|this|one|some|pair of)\s+)*"
)
# The words between "I have a" and the kind owned: a few describing it ("an emerald green"), no
# stop or linking word ("i have a budget of 200 for shoes" owns no shoes), nor a question to the
# shop ("while i have you - do you have any navy scarves?", stranger test 55).
_OWNED_PHRASE_GAP = re.compile(
    r"^(?![^,.;!?]*\b(?:for|of|to|with|at|on|from|in|and|but|so|needs?|wants?|looking|you|do|any)\b)"
    r"[^,.;!?]{0,40}$"
)
OWNED_ROLE = "owned"
# The colour of the one the shopper has ("my old one is navy", "the current one was grey", "I
# already have a navy one"; stranger test 34): said to tell it apart, never a colour to search.
# "my only other shoes are scuffed black ones", "my only pair is black" (stranger test 48): a word
# or two describing them may come before the colour, but no "not".
_OWNED_ONE_IS = re.compile(
    r"\b(?:my|the)\s+(?:only\s+)?(?:old|current|existing|present|last|previous|other|usual|only)"
    r"\s+(?:one|ones|suit|pair|shirt|jacket|dress|shoes|boots|sneakers|heels|coat)\s+"
    r"(?:is|was|'s|are|were)\s+(?:(?!not\b|no\b|never\b)[a-z-]+\s+){0,2}$"
)
_ONE_AFTER = re.compile(r"^\s+(?:one|ones)\b")
# "what shirt and tie would go with the navy suit", "to wear with my navy suit", "that match my
# grey suit" (stranger test 48): the colour of what it goes with, not of the goods asked for.
_GOES_WITH_THE = re.compile(
    r"\b(?:go(?:es)?|going|wear|worn|pair(?:s|ed)?|match(?:es|ing)?)\s+(?:well\s+)?"
    r"(?:with\s+|w/\s*)?(?:the|my|a|an|this|that|his|her)\s+(?:[a-z-]+\s+)?$"
)
_KIND_AFTER = re.compile(
    r"^\s+(?:suit|suits|tux|tuxedo|dress|gown|jacket|blazer|trousers|pants|skirt|jeans|chinos|"
    r"shoes|boots|coat)\b"
)
# "my old brown suit", "my current navy one": the colour of the one owned, said before its kind.
_MY_OLD_BEFORE = re.compile(r"\bmy\s+(?:old|current|existing|usual|last|previous|present)\s+$")
# ... followed by the thing ("my usual black please" is still a wish for black).
_OWNED_THING_AFTER = re.compile(
    r"^\s+(?:[a-z-]+\s+)?(?:one|ones|pair|suit|shirt|jacket|blazer|dress|gown|shoes|boots|coat|"
    r"tie|trousers|tux|tuxedo|thing|things|outfit|number)\b"  # "my old black thing" (test 85)
)


# "nothing to wear that isn't either jeans or my work trousers", "all i have is jeans", "i only own
# trainers" (stranger test 53, Rachel): the kinds in that list are what the shopper owns, not
# the wish, up to the end of the clause.
_ONLY_OWNS = re.compile(
    r"\bnothing\s+(?:to\s+wear|in\s+my\s+(?:wardrobe|closet))\s+(?:that|which)?\s*"
    r"(?:isn'?t|is\s+not|aren'?t|are\s+not|but|except|apart\s+from|other\s+than|besides)\s+"
    r"|\ball\s+(?:i'?ve\s+got|i\s+(?:have|own|got))\s+(?:is|are)\s+"
    r"|\bi\s+(?:only\s+(?:have|own|got)|have\s+only|own\s+only)\s+"
)
# ... ("i only have $100 for shoes", "all i have is 2 days to find a dress": no list of clothes)
_CLAUSE_END = re.compile(
    r"[,.;!?$\d]|\b(?:so|but|and\s+i|i'?m|looking|need|want|for|to|of|under|budget|time)\b"
)


def _only_owned(lowered: str, entities: list[Entity]) -> set[int]:
    """The kinds (and what describes them) in "nothing to wear but jeans or trousers"."""
    owned: set[int] = set()
    for match in _ONLY_OWNS.finditer(lowered):
        end = _CLAUSE_END.search(lowered, match.end())
        stop = end.start() if end else len(lowered)
        span = {
            index for index, entity in enumerate(entities)
            if match.end() <= entity.start < stop and entity.entity in NEGATABLE
            and not entity.role
        }  # fmt: skip
        if any(entities[index].entity == "category" for index in span):
            owned |= span
    return owned


def mark_owned(lowered: str, entities: list[Entity]) -> list[Entity]:
    """Give the role "owned" to what the shopper says they have: the kind after "I already have
    a" and the colours, materials and brands said with it ("an emerald green gown")."""
    owned: set[int] = set()
    for match in _OWNS.finditer(lowered):
        owned |= {
            index for index, entity in enumerate(entities)
            if entity.entity == "colour" and not entity.role
            and entity.start >= match.end() and _ONE_AFTER.match(lowered[entity.end :])
            and _OWNED_PHRASE_GAP.match(lowered[match.end() : entity.start])
        }  # fmt: skip
        kind = next(
            (
                index for index, entity in enumerate(entities)
                if entity.entity == "category" and entity.start >= match.end()
            ),
            None,
        )  # fmt: skip
        if kind is None or not _OWNED_PHRASE_GAP.match(lowered[match.end() : entities[kind].start]):
            continue
        owned |= {
            index for index, entity in enumerate(entities[: kind + 1])
            if entity.start >= match.end() and entity.entity in NEGATABLE and not entity.role
        }  # fmt: skip
        # ... and "him" of "bought him a", whom it was given to, not whom the goods are for
        owned |= {
            index for index, entity in enumerate(entities)
            if entity.entity == "gender" and match.start() <= entity.start < match.end()
        }  # fmt: skip
    owned |= _only_owned(lowered, entities)
    owned |= {
        index for index, entity in enumerate(entities)
        if entity.entity == "colour" and not entity.role
        and (
            _OWNED_ONE_IS.search(lowered[max(0, entity.start - 40) : entity.start])
            or (
                _MY_OLD_BEFORE.search(lowered[max(0, entity.start - 20) : entity.start])
                and _OWNED_THING_AFTER.match(lowered[entity.end :])
            )
            or (
                _GOES_WITH_THE.search(lowered[max(0, entity.start - 40) : entity.start])
                and _KIND_AFTER.match(lowered[entity.end :])
            )
        )
    }  # fmt: skip
    return [
        replace(entity, role=OWNED_ROLE) if index in owned else entity
        for index, entity in enumerate(entities)
    ]
