"""Thanks said with a little self-deprecation or praise: "Thank you, you've been very patient with
an old fool.", "thanks, sorry for all the questions", "cheers, youve been a great help" (stranger
test 34, docs/nlu/stranger-test-34.md, where the first got the answer to a complaint). A message
that starts with thanks, or is mainly thanks, and names no problem is thanks. Thanks with a promise
to come back and nothing else ("thanks, will contact later", "cheers, will be in touch") is leaving:
a goodbye (issue 8). No Rasa here; shop_nlu/resolution.py weighs it."""

from __future__ import annotations

import re

from shop_nlu.checkout_now import checkout_now_reading
from shop_nlu.intents import FALLBACK_INTENT, OUT_OF_SCOPE_INTENT

THANK_INTENT = "thank"
GOODBYE_INTENT = "goodbye"
# What thanks with an apology or praise may be heard as.
MAY_BE_THANKS = frozenset({"complaint", FALLBACK_INTENT, OUT_OF_SCOPE_INTENT})
_THANKS = (
    r"(?:thank\s*(?:you|u|ya|yu)|thanks|thanx|thx|thnx|thnks|tnx|ty|cheers|ta|many\s+thanks"
    r"|much\s+appreciated|appreciate\s+it|i\s+appreciate\s+(?:it|that|your\s+help))"
)
_STARTS_WITH_THANKS = re.compile(
    r"^\W*(?:(?:oh|ok|okay|right|well|alright|great|brilliant|lovely|perfect|wonderful|"
    r"excellent|fab|cool|awesome)\W+)*" + _THANKS + r"\b"
)
_ENDS_WITH_THANKS = re.compile(
    r"\b" + _THANKS + r"(?:\s+(?:so|very)\s+much|\s+a\s+lot|\s+again|\s+for\s+\w+(?:\s+\w+)?)?\W*$"
)
# A problem named beside the thanks: a complaint after all ("thanks but it still hasn't come").
_A_PROBLEM = re.compile(
    r"\b(?:but|still|not|n[o']?t|never|no|nothing|yet|broken|broke|damaged|torn|ripped|faulty|"
    r"wrong|missing|late|lost|refund|complain\w*|useless|rubbish|waste|worst|terrible|awful|"
    r"disappoint\w*|annoy\w*|frustrat\w*|ridiculous|unacceptable|arrived|hasn'?t|haven'?t|"
    r"didn'?t|doesn'?t|don'?t|won'?t|can'?t|isn'?t|wasn'?t|for\s+nothing|sarcas\w*)\b"
    r"|\?"
    # ... or something asked for or told: "thanks, now show me belts", "thanks, it's HL-4XK9PZ".
    r"|\b(?:show|find|add|buy|order|need|want|wanna|looking|search|send|change|cancel|check|"
    r"return|size|colou?r|price|how|what|when|where|which|can|could|would|will|do|does|is|are)\b"
    r"|\d|@"
)
# "sorry I'm hopeless with computers", "sorry for all the questions": the shopper's own apology,
# which names no problem with the shop.
_OWN_APOLOGY = re.compile(
    r"\bsorry\s+(?:i'?m|im|i\s+am|for|about\s+(?:all\s+)?(?:the|my|that|this)\s+(?:questions|"
    r"rambling|fuss|bother|trouble|hassle)|to\s+(?:bother|be\s+a\s+pain|ramble|go\s+on))[^.!?]*"
)


def thanks_reading(intent: str | None, text: str) -> tuple[str, str] | None:
    """Thanks, with its reason, for a message heard as `intent` that is thanks naming no problem;
    a goodbye for thanks with a promise to come back; the checkout for thanks and "I'll check out
    now" (stranger test 88, B9); None otherwise."""
    if said := checkout_now_reading(intent, text):
        return said
    if intent in MAY_BE_LEAVING and leaves_with_thanks(text):
        return GOODBYE_INTENT, "thanks with a promise to come back later: leaving"
    if intent in MAY_BE_THANKS and says_thanks(text):
        return THANK_INTENT, "thanks, with praise or an apology of their own, naming no problem"
    return None


def says_thanks(text: str) -> bool:
    """Whether `text` is thanks (with praise or the shopper's own apology) and names no problem."""
    lowered = text.lower().replace("’", "'")
    if not (_STARTS_WITH_THANKS.search(lowered) or _ENDS_WITH_THANKS.search(lowered)):
        return False
    return not _A_PROBLEM.search(_OWN_APOLOGY.sub(" ", lowered))


# What thanks with a promise to come back may be heard as: unsure, thanks, or how to reach the shop.
MAY_BE_LEAVING = frozenset({THANK_INTENT, "ask_contact", FALLBACK_INTENT, OUT_OF_SCOPE_INTENT})
# "will contact later", "i'll get in touch again soon", "will be in touch", "gonna check back".
_PROMISES_TO_COME_BACK = re.compile(
    r"\b(?:(?:i\s*'?\s*ll|ill|i\s+will|will|i\s+shall|shall|gonna|i'?m\s+gonna|i'?m\s+going\s+to|"
    r"i\s+am\s+going\s+to)\s+(?:contact|reach\s+out|get\s+back|be\s+in\s+touch|get\s+in\s+touch|"
    r"come\s+back|check\s+back|pop\s+back|revert|message|msg|text|call|ring|write|drop\s+by)"
    r"|(?:talk|speak|chat)\s+(?:to\s+(?:you|u|ya)\s+)?(?:later|soon|tomorrow))\b"
)
# All a leaving message may hold besides its thanks and its promise: no question, nothing asked for.
_AROUND_LEAVING = frozenset(
    re.findall(
        r"\S+",
        "ok okay okey k kk alright right sure great cool fine noted perfect lovely got it so and then"
        " oh well i you u ya yu again later soon tomorrow another time day bit in a touch back with"
        " to next week the info information help once decide have had for now bye goodbye cya see"
        " laters all very much lot guys mate dear nice good one",
    )
)
_WORDS = re.compile(r"[a-z]+")
_ANY_THANKS = re.compile(r"\b" + _THANKS + r"\b")


def leaves_with_thanks(text: str) -> bool:
    """Whether `text` is thanks and a promise to come back later, and nothing else ("thanks, will
    contact later"); never a question ("thanks, can i contact you later?")."""
    lowered = text.lower().replace("’", "'")
    if "?" in lowered or not _PROMISES_TO_COME_BACK.search(lowered):
        return False
    if not _ANY_THANKS.search(lowered):
        return False
    rest = _PROMISES_TO_COME_BACK.sub(" ", _ANY_THANKS.sub(" ", lowered))
    return all(word in _AROUND_LEAVING for word in _WORDS.findall(rest))


# Thanks, praise, greetings and small talk, and nothing else: never a name, email or address typed
# into the checkout ("Great, thank you so much, you've been super helpful!" was taken as the name on
# the parcel: stranger test 47, docs/nlu/stranger-test-47.md, problem 1).
_PLEASANT_ANCHORS = re.compile(
    r"\b(?:" + _THANKS + r"|thank|thankyou|thanku|thnk|thnku|tysm|tyvm|tq|helpful|"
    r"(?:god\s+)?bless\s+(?:you|u|ya|yu|your\s+heart)|an\s+angel|"
    r"brilliant|amazing|awesome|fantastic|wonderful|excellent|perfect|legend|lifesaver|star|"
    r"the\s+best|great|lovely|cool|hi|hiya|hello|hey|heya|howdy|morning|evening|afternoon|"
    r"lol|lmao|haha\w*|hehe\w*|how\s+are\s+(?:you|u)|ok|okay|kk)\b"
)
# All such a message may hold besides those: "ty" in "Ty Burrell" is a name, not thanks.
_AROUND_PLEASANTRIES = frozenset(
    re.findall(
        r"\S+",
        "so very much a lot again oh wow you u ya yu you've youve you're youre ur have been are were"
        " was is it this that that's thats such real really super truly totally big great help"
        " all your for the everything time patience good there guys mate dear all and just too"
        " soooo sooo soo x xx xxx doing today day night nice kind ok okay well alright right"
        " yes yeah yep sure fine"
        # Praise with a little self-deprecation: "you've been very patient with an old lady!",
        # "thanks love, so kind" (stranger test 59, docs/nlu/stranger-test-59.md, problem 1).
        " patient ever with an old lady fool me love darling dearie hun honey pet sweet",
    )
)
_WORD_OR_SYMBOL = re.compile(r"[a-z']+|[@\d]")


def only_pleasantries(text: str) -> bool:
    """Whether `text` is only thanks, praise, a greeting or small talk ("thank u, ur the best",
    "hello there!", "lol"): never a detail the shopper gives (no digit, no @, no other word)."""
    lowered = text.lower().replace("’", "'")
    if not _PLEASANT_ANCHORS.search(lowered):
        return False
    rest = _PLEASANT_ANCHORS.sub(" ", lowered)
    return all(word in _AROUND_PLEASANTRIES for word in _WORD_OR_SYMBOL.findall(rest))


_SOME_THANKS = re.compile(
    r"\b(?:" + _THANKS + r"|thank\w*|thnk\w*|tysm|tyvm|tq|helpful|bless|an\s+angel|star)\b"
)


def thanks_in(text: str) -> bool:
    """Whether `text` thanks or praises the shop at all ("you've been super helpful")."""
    return bool(_SOME_THANKS.search(text.lower().replace("’", "'")))
