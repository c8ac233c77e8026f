"""The computed wording of privacy questions: "do you give my data to other companies?", "where are
your servers? GDPR", "cookies?". Facts come from the settings (commerce/privacy.py `data_sharing`)
and the code's behaviour; where the data is hosted and the shop's legal policy are the shop owner's
words (content/faq.yml, topic `privacy`), never ours."""

from __future__ import annotations

import re

from commerce.privacy import DataSharing

# Channels run by another company, which carries the messages under its own terms.
_PLATFORMS = {"facebook": "Facebook Messenger (Meta)", "slack": "Slack"}


# A narrow question gets only the parts its words ask about (a general one, all of them), so "do
# you use cookies?" right after "do you sell my data?" is not the same block again.
PARTS = ("sharing", "kept", "cookies", "rights")
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
        "them), a size only when you tell me it's yours (\"I'm usually a 9\"), your cart if you "
        "add to it, and your orders if you buy. So search without naming a colour or style and "
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
    asked = tuple(part for part in PARTS if _ASKS_ABOUT[part].search(text))
    return PARTS if not asked or _GENERAL.search(text) else asked


def data_use_text(sharing: DataSharing, channel: str | None, text: str = "") -> str:
    """What is kept, for how long, and who else sees it: every line backed by the code or the
    settings; only the parts `text` asks about."""
    if asked_parts(text) == ("suggestions",):
        return private_suggestions_text()
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
    lines = {
        "sharing": "I don't sell your data or give it to advertisers: this assistant sends "
        "nothing about you to advertising or analytics companies. It passes something on only to "
        "do what you ask: " + "; ".join(passed_on) + ".",
        "kept": "Kept in the shop's records: the sizes, colours and styles you told me or "
        "searched for, the details you agreed to have remembered, your cart, orders, ratings and "
        f"the alerts you asked for (each ends {sharing.alert_days} days after you ask). Our conversations are "
        "kept in the chat history with no set date for deleting them.",
        "cookies": "This chat sets no cookies: the web chat keeps its conversation in your own "
        "browser's storage.",
        "rights": 'Your rights: ask "what do you know about me?" to see it all, and say '
        '"forget me" to have it erased (orders stay for the shop\'s accounts, without your '
        "name, email or address).",
    }
    return "Here's how your data is used:\n• " + "\n• ".join(
        lines[part] for part in asked_parts(text)
    )
