"""Words that say nothing about what to find: "Oh those are lovely ... My arms aren't what they
were!" (stranger test 38, docs/nlu/stranger-test-38.md). A reply that quotes back the words it did
not understand ("Sorry, I didn't understand “brwn”") leaves these out: quoted back, "Oh",
"lovely" and "My" read as if the shopper had said something wrong. The one list of them."""

from __future__ import annotations

import re

STOP_WORDS = frozenset(
    re.findall(
        r"\S+",
        # Articles, pronouns, prepositions, conjunctions.
        "a an the any some one ones it its it's them they those these this that there here in on "
        "of for with without to from at by as into about over under and or but so if then than "
        "i i'm im i've ive i'd id me my mine myself we us our you u ur your yours he him his she "
        "her hers their theirs who whom whose which what whats what's when where why how "
        # Verbs that carry no wish, with their contractions.
        "is isn't isnt are aren't arent am was wasn't wasnt were weren't werent be been being "
        "do does did don't dont doesn't doesnt didn't didnt have has had haven't havent hasn't "
        "hasnt can can't cant could couldn't couldnt will won't wont would wouldn't wouldnt "
        "shall should shouldn't shouldnt may might must got get gets "
        "want wants need needs like likes see show let let's lets looking look "
        # Chat: greetings, thanks, agreement, hesitation, politeness, praise.
        "oh ooh ah ahh aw hi hello hey dear darling love yes yeah yep no nah ok okay k well "
        "hmm um umm er erm please pls plz thanks thank thx cheers sorry just maybe really very "
        "quite rather too also so much more less again instead now still even only anyway "
        "lovely nice great good cute gorgeous beautiful pretty perfect wonderful brilliant "
        "lol haha mind "
        # Vague nouns.
        "something anything nothing stuff thing things other others all both either",
    )
)


def says_nothing(word: str) -> bool:
    """Whether a word says nothing about what to find ("Oh", "aren't", "lovely", "My")."""
    return word.lower().replace("’", "'") in STOP_WORDS
