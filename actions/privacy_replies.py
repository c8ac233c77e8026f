"""The computed wording of privacy questions: "do you give my data to other companies?", "where are
your servers? GDPR", "cookies?", "do you keep my address on file?". Facts come from the settings
(commerce/privacy.py `data_sharing`), the store (`what_is_kept`) and the code's behaviour; where the data is hosted and the shop's legal policy are the shop owner's
words (content/faq.yml, topic `privacy`), never ours."""

from __future__ import annotations

import re

from actions.replies import and_list
from commerce.privacy import DataSharing, KeptAbout
from shop_nlu.privacy_questions import (
    asks_what_is_done_with_what_they_type,
    asks_what_is_kept_about_them,
)

# Channels run by another company, which carries the messages under its own terms.
_PLATFORMS = {"facebook": "Facebook Messenger (Meta)", "slack": "Slack"}


# A narrow question gets only the parts its words ask about (a general one, all of them), so "do
# you use cookies?" right after "do you sell my data?" is not the same block again.
PARTS = ("sharing", "kept", "cookies", "rights")
# "What exactly do you do with the information I type?", "what happens to what I write here?":
# who sees it, what is kept (and what about them is kept right now), and how to see or erase it
# (stranger test 32, docs/nlu/stranger-test-32.md).
WHAT_IS_DONE_PARTS = ("sharing", "kept", "now", "rights")
# What a profile keeps of sizes: only those said to be the shopper's own (commerce/profiles.py
# `says_own_size`), never the size of one search.
SIZE_KEPT_ONLY_IF_YOURS = "a size only when you tell me it's yours (\"I'm usually a 9\")"
_ASKS_ABOUT = {
    "sharing": re.compile(
        r"\b(?:shar\w*|sell\w*|sold|give|gives|giving|pass\w*|send\w*|advertis\w*|ads?|"
        r"marketing|partners?|third|compan\w*|facebook|google|read|see|sees)\b"
    ),
    "kept": re.compile(r"\b(?:how long|keep|kept|stor\w*|record\w*|delet\w*|retention)\b"),
    "cookies": re.compile(r"\b(?:cookies?|track\w*|browser)\b"),
    "rights": re.compile(r"\b(?:gdpr|rights?|copy|access|eu|europe|servers?|country|where)\b"),
}
_GENERAL = re.compile(r"\b(?:polic(?:y|ies)|safe|private|protect\w*|secur\w*)\b")


# "recommend stuff only if nothing gets stored", "suggestions but dont keep my info": what getting
# suggestions keeps. Both halves are needed, so "recommend shoes that keep my feet dry" is a search.
_ASKS_FOR_SUGGESTIONS = re.compile(
    r"\b(?:recc?omm?end\w*|sugg?est\w*|recs|recos?|personali[sz]\w*|what goes with)\b"
)
_ABOUT_KEEPING = re.compile(
    r"\b(?:stor|sav|keep|kept|remember|track|record|log)\w*\s+(?:any(?:thing)?|nothing|"
    r"(?:my|me|your)\s+(?:data|info\w*|details|stuff|history|searches|profile))\b"
    r"|\b(?:any|anything|nothing)\s+(?:\w+\s+)?(?:stored|saved|kept|recorded|tracked|logged|"
    r"remembered)\b"
    r"|\b(?:without|w/o)\s+(?:you\s+)?(?:stor|sav|keep|track|record|remember|profil)\w*"
    r"|\bno\s+profile\b|\bmy\s+(?:data|info\w*|details|privacy)\b"
)


def asks_about_private_suggestions(text: str) -> bool:
    """Whether a message asks what getting suggestions keeps ("recommend without storing")."""
    text = text.lower()
    return bool(_ASKS_FOR_SUGGESTIONS.search(text) and _ABOUT_KEEPING.search(text))


def private_suggestions_text() -> str:
    """What asking for suggestions keeps, as the code does it: the profile grows only from searches
    naming colours or styles (actions/personal_search.py `personalise_search`) and sizes said to be
    the shopper's own; the outfit, best-seller, new-arrival and bought-together answers write
    nothing; the conversation is always kept (Rasa's tracker store)."""
    return (
        'Mostly, yes. Suggestions ("what goes with it?", best sellers, new arrivals, what others '
        "bought with it) are worked out from the catalog, this conversation and any size you've "
        "told me is yours, and add nothing to your profile. What does get kept: the colours and "
        "styles you name in a search (counted, to show those first once you keep asking for "
        f"them), {SIZE_KEPT_ONLY_IF_YOURS}, your cart if you add to it, and your orders if you "
        "buy. So search without naming a colour or style and "
        "nothing goes into your profile. Our conversation itself is always kept, in the chat "
        "history, so I can't promise that nothing at all is stored: ask \"what do you know about "
        'me?" to check, and say "forget me" to erase it all.'
    )


def asked_parts(text: str) -> tuple[str, ...]:
    """The parts of the privacy answer a question asks for (all of them for a general one);
    "suggestions" alone for what getting suggestions keeps."""
    text = text.lower()
    if asks_about_private_suggestions(text):
        return ("suggestions",)
    # "What do you keep about me?" (stranger test 51): what is kept right now too.
    if asks_what_is_done_with_what_they_type(text) or asks_what_is_kept_about_them(text):
        return WHAT_IS_DONE_PARTS
    asked = tuple(part for part in PARTS if _ASKS_ABOUT[part].search(text))
    return PARTS if not asked or _GENERAL.search(text) else asked


def sharing_text(sharing: DataSharing, channel: str | None) -> str:
    """Whether the shopper's data is passed on, and what does go where (from the settings)."""
    passed_on = [
        f"the payment page ({sharing.payment_page_host}) gets your order number"
        + (" and total" if sharing.payment_page_gets_total else "")
        + " when you open its link"
    ]
    if sharing.agents_on_slack:
        passed_on.append(
            "if you ask for a person, our conversation is shown to the shop's team in its Slack "
            "workspace"
        )
    platform = _PLATFORMS.get(channel or "")
    if platform:
        passed_on.append(f"you're chatting through {platform}, which carries these messages")
    return (
        "I don't sell your data or give it to advertisers: this assistant sends nothing about you "
        "to advertising or analytics companies. It passes something on only to do what you ask: "
        + "; ".join(passed_on)
        + "."
    )


def data_use_text(
    sharing: DataSharing, channel: str | None, text: str = "", kept_now: list[str] | None = None
) -> str:
    """What is kept, for how long, and who else sees it: every line backed by the code or the
    settings; only the parts `text` asks about. `kept_now` is what the store keeps about the
    shopper at this moment (profile_replies `kept_lines`), for the part "now"."""
    if asked_parts(text) == ("suggestions",):
        return private_suggestions_text()
    lines = {
        "sharing": sharing_text(sharing, channel),
        "kept": f"Kept in the shop's records: {SIZE_KEPT_ONLY_IF_YOURS}, the colours and styles "
        "you search for, your name, email and address only if you say yes when checkout asks to "
        "remember them, your cart, orders, ratings and "
        f"the alerts you asked for (each ends {sharing.alert_days} days after you ask). Our conversations are "
        "kept in the chat history with no set date for deleting them.",
        "now": "Right now I keep: " + " ".join(kept_now)[:1].lower() + " ".join(kept_now)[1:]
        if kept_now
        else "Right now I keep nothing about you besides our conversations.",
        "cookies": "This chat sets no cookies: the web chat keeps its conversation in your own "
        "browser's storage.",
        "rights": 'Your rights: ask "what do you know about me?" to see it all, and say '
        '"forget me" to have it erased (orders stay for the shop\'s accounts, without your '
        "name, email or address).",
    }
    return "Here's how your data is used:\n• " + "\n• ".join(
        lines[part] for part in asked_parts(text)
    )


# --- "do you keep my address on file?": whether a detail is kept, and how not to have it ---------

_KEEP = (
    r"(?:keep|kept|stor\w*|sav(?:e|es|ed|ing)|hold\w*|held|retain\w*|remember\w*|record\w*|log\w*)"
)
# "do you keep my address", "does the shop hold on to my postal address", "is my card stored",
# "what data do you store about me", "do you have my number on file". Not "how long do you keep my
# data" (the privacy answer's part on how long) nor "is my order saved" (no detail named: below).
_ASKS_IF_KEPT = re.compile(
    r"\b(?:do|does|will|would|are|did|can|could)\s+(?:you|u|ya|the shop|this (?:chat|bot|shop))\s+"
    r"(?:\w+\s+){0,2}?" + _KEEP + r"\b.{0,40}?\b(?:my|me)\b"
    r"|\b(?:is|are|will|does|do|was|were)\s+(?:my|me)\b.{0,40}?\b(?:kept|stored|saved|held|"
    r"retained|remembered|recorded|logged|on file)\b"
    r"|\bwhat\s+(?:\w+\s+)?(?:do|does|will)\s+(?:you|u)\s+" + _KEEP + r"\b"
    r"|\b(?:my|me)\b.{0,40}\bon file\b"
)
_HOW_LONG = re.compile(r"\bhow long\b")
# Each detail asked about, by the words for it; "all" for the data as a whole.
_DETAILS = {
    "address": re.compile(r"\baddress(?:es)?\b"),
    "email": re.compile(r"\be-?mails?\b"),
    "name": re.compile(r"\bnames?\b"),
    "card": re.compile(r"\b(?:cards?|credit|debit|payment|bank)\b"),
    "phone": re.compile(
        r"\b(?:phone|mobile|cell|telephone)\b|(?<!order )(?<!card )(?<!tracking )\bnumber\b"
    ),
    "all": re.compile(
        r"\b(?:data|details|info\w*|personal|anything|everything|about me|on me|of me)\b"
        r"|\bwhat\s+(?:do|does|will)\s+(?:you|u)\b"
    ),
}
# "I would rather you did not", "i'd prefer you didn't", "please don't": said with the question.
_RATHER_NOT = re.compile(
    r"\b(?:rather|prefer|please)\b.{0,20}\b(?:not|didn'?t|don'?t|wouldn'?t|wasn'?t)\b"
    r"|\b(?:don'?t|do not|dont)\s+(?:want|like)\b"
)


def details_asked_if_kept(text: str) -> tuple[str, ...] | None:
    """The details a message asks whether the shop keeps ("address", "card", "phone"... or "all"
    for the data as a whole); None when it asks no such thing."""
    text = text.lower()
    if not _ASKS_IF_KEPT.search(text) or _HOW_LONG.search(text):
        return None
    asked = tuple(detail for detail, words in _DETAILS.items() if words.search(text))
    specific = tuple(detail for detail in asked if detail != "all")
    return specific or (asked or None)


def rather_not_kept(text: str) -> bool:
    """Whether the shopper says they would rather it were not kept ("I would rather you did not")."""
    return bool(_RATHER_NOT.search(text.lower()))


def how_not_to_keep_text(remembered: bool, rather_not: bool, details_asked: bool = True) -> str:
    """How not to have details kept, or have them erased: what the chat itself can do (with no
    checkout detail asked about, a card or a phone number, only how to erase what is kept)."""
    if not (remembered or details_asked):
        return 'Say "forget me" to erase everything I do keep (sizes, cart, our conversations).'
    opening = "As you'd rather it wasn't kept: " if rather_not else "To have it erased: "
    if remembered:
        return (
            f'{opening}say "forget my details" and I delete them now (your next checkout asks '
            'again), or "forget me" to erase everything I keep, our conversations too.'
        )
    opening = "As you'd rather it wasn't kept: " if rather_not else "If you'd rather it wasn't: "
    return (
        f"{opening}say no when checkout asks to remember your details, and nothing is saved for "
        'next time. Say "forget me" to erase everything I do keep (sizes, cart, our conversations).'
    )


def card_details_text(sharing: DataSharing) -> str:
    """That the chat takes no card details: payment is on the payment page an order's link opens."""
    return (
        "I never see or keep card details: you pay on the payment page "
        f"({sharing.payment_page_host}) that your order's link opens, not in this chat."
    )


def details_kept_text(
    asked: tuple[str, ...],
    kept: KeptAbout,
    remembered_details: tuple[str, ...],
    sharing: DataSharing,
    contact_email: str,
    rather_not: bool,
) -> str:
    """Whether each detail asked about is kept right now (`kept`, from the store), where it is,
    and how not to have it kept: every line backed by the store, the code or the settings."""
    lines: list[str] = []
    contact = [detail for detail in asked if detail in remembered_details]
    if contact:
        what = and_list(contact)
        if kept.contact is not None:
            values = ", ".join(getattr(kept.contact, detail) for detail in contact)
            lines.append(
                f"Yes: as you agreed at checkout, I keep your {what} for a one-tap checkout "
                f"({values})."
            )
        else:
            verb = "are" if len(contact) > 1 else "is"
            lines.append(
                f"No {what} of yours {verb} kept for next time: I remember a "
                f"{and_list(list(remembered_details))} only when you say yes as checkout asks."
            )
        if kept.orders:
            count = len(kept.orders)
            orders = "order keeps" if count == 1 else f"{count} orders keep"
            lines.append(
                f"Your {orders} the details given for {'it' if count == 1 else 'them'}: the shop "
                "must keep orders for its accounts (erasing takes your name, email and address "
                "out of them)."
            )
    if "phone" in asked and "phone" not in remembered_details:
        lines.append("I never ask for a phone number, so none is kept.")
    if "card" in asked:
        lines.append(card_details_text(sharing))
    lines.append("Our conversation itself is kept in the chat history.")
    if contact:
        lines.append(
            "An account on our website, if you made one, is separate and I can't see it: email "
            f"{contact_email} to have it deleted."
        )
    lines.append(how_not_to_keep_text(kept.contact is not None, rather_not, bool(contact)))
    return " ".join(lines)


def someone_elses_card_text(contact: str) -> str:
    """Whether a card in another person's name is accepted, which nothing the shop wrote says, as
    not known, with who can tell (`contact`: how to reach the team)."""
    return (
        "Whether a card in someone else's name is fine, I don't know: nothing I have from "
        "the shop says. Whoever owns the card should agree to the payment. Our team can tell you "
        f"for sure: {contact}."
    )
