"""How answers about features of a list read ("anything with good arch support? or cushioned"):
which of the products shown the catalog describes with a feature, that it doesn't say for the
rest (never a yes or a no it doesn't give), and the notes under a list asked for by what no
search can check (measurements, how revealing). Split from search_replies.py along its banner."""

from __future__ import annotations

from actions.reference_replies import one_of_kind
from actions.replies import and_list, describe_query
from actions.search_replies import result_lines
from commerce.search import KIND_ALTERNATIVES, FeaturesOfList, ProductMatch, SearchResult

# --- a feature asked of the list ("anything with good arch support? or cushioned") ---------------

# Features said as what a product has ("with a padded insole"), not what it is ("cushioned").
_PART_FEATURES = ("insole", "sole", "heel", "lapel", "collar", "toe", "buckle", "back")


def _has(feature: str) -> str:
    """ "are cushioned", "have arch support", "have a padded insole", "are slip-on"."""
    if feature.endswith(("ed", "able", "proof", "slip", "resistant", "fit", "weight", "-on")):
        return f"are {feature}"
    return f"have a {feature}" if feature.endswith(_PART_FEATURES) else f"have {feature}"


def _described_with(feature: str) -> str:
    """ "described as cushioned", "described with arch support"."""
    verb, _, rest = _has(feature).partition(" ")
    return f"described as {rest}" if verb == "are" else f"described with {rest}"


def features_of_list_text(answer: FeaturesOfList, contact: str) -> str:
    """Which of the products listed the catalog describes with the features asked; for those it
    describes none of them with, that it doesn't say (never a yes or a no it doesn't give),
    the closest it does say, and how to ask the shop's team (`contact`). The list shown is
    `features_of_list_result`."""
    described = f"{answer.listed_total} {describe_query(answer.listed)}"
    if answer.listed_total == 1:
        described = f"one {describe_query(answer.listed)}"
    lines = []
    if answer.unstated:
        asked = " or ".join(_has(feature) for feature in answer.unstated)
        lines.append(f"The catalog doesn't say which of the {described} {asked}, so I won't guess.")
    shown = features_of_list_result(answer)
    if shown is not None:
        feature = answer.feature_of(shown)
        many = "All" if shown.total == answer.listed_total else f"{shown.total} of the"
        # (said once: after "which of the 15 comfortable shoes ...", "4 of them")
        of_them = f"{shown.total} of them" if answer.unstated else f"{many} {described}"
        if answer.found:
            verb = "is" if shown.total == 1 else "are"
            lines.append(f"{of_them} {verb} {_described_with(feature)}:")
        else:
            lines.append(f"The closest it does say: {shown.total} {_described_with(feature)}:")
        lines.append(result_lines(shown))
        for other in answer.found[1:]:
            lines.append(
                f"({other.total} {_described_with(answer.feature_of(other))}: ask for "
                f'"{answer.feature_of(other)} ones" to see them.)'
            )
    if answer.unstated:
        lines.append(f"Our team can check for you: {contact}.")
    return "\n".join(lines)


def features_of_list_result(answer: FeaturesOfList) -> SearchResult | None:
    """The products shown with the answer: those described with the first feature asked that
    any is, else with the nearest one; None when the catalog says none of them."""
    return answer.found[0] if answer.found else answer.nearest


def all_shown_have_text(count: int, features: tuple[str, ...]) -> str:
    """ "Something with a back on them" of slip-ons that all have one: that they do, with the list
    again, not a new search (stranger test 27)."""
    return f"All {count} of these {and_list([_has(feature) for feature in features])}:"


def which_have_text(asked: int, described: dict[str, list[ProductMatch]], others: list[str]) -> str:
    """ "Which of them are cushioned?" of `asked` products: for each feature, those of them the
    catalog describes with it (`described`), or that it says so of none; then plainly that it
    doesn't say for the rest (`others`, their titles), never a no it doesn't give."""
    lines = []
    for feature, matches in described.items():
        named = and_list([f"the {match.title}" for match in matches])
        if not matches:
            lines.append(f"The catalog doesn't say any of these {asked} {_has(feature)}.")
        elif len(matches) == asked:
            lines.append(f"All {asked} of these are {_described_with(feature)} in our catalog.")
        else:
            verb = "is" if len(matches) == 1 else "are"
            lines.append(
                f"Of these {asked}, {named} {verb} {_described_with(feature)} in our catalog."
            )
    if others and len(others) < asked:
        named = and_list([f"the {title}" for title in others])
        lines.append(f"The catalog doesn't say for the others: {named}.")
    return "\n".join(lines)


def measurements_note(measurements: str) -> str:
    """Under a list asked for with measurements ("maximum 55x40x20 cm"): that no search can check
    them, and how to learn what the catalog says of one product's size (stranger test 25)."""
    return (
        f"I can't search by size in cm or inches, so I don't know which of these fit "
        f'{measurements}. Ask me about one ("how big is the first one?") and I\'ll tell you what '
        f"our catalog says about its size, if it says anything."
    )


# How a currency symbol is said in a sentence.
_CURRENCY_NAMES = {
    "$": "dollars", "€": "euros", "£": "pounds",
    "AUD": "Australian dollars", "CAD": "Canadian dollars", "NZD": "New Zealand dollars",
}  # fmt: skip


def other_currency_note(said: str, shop: str) -> str:
    """Under a list asked for with a budget in another currency than the shop's ("maximum 250
    Euro" in a shop in dollars): that the prices are in the shop's, and the amount was taken as it
    is, unconverted (stranger test 31)."""
    ours = _CURRENCY_NAMES.get(shop, shop)
    return (
        f"Our prices are in {ours}, not {_CURRENCY_NAMES.get(said, said)}: I took your budget as "
        f"the same number in {ours}, without converting it."
    )


def coverage_note(kind: str | None) -> str:
    """Under a list asked for as "nothing too revealing": that the catalog can't tell, and how to
    learn what it says of one product's cut (stranger test 25)."""
    one = "something"
    if kind and KIND_ALTERNATIVES not in kind:
        one = one_of_kind(kind)
        one = f"{'an' if one[0] in 'aeiou' else 'a'} {one}" if one != kind else f"a pair of {kind}"
    return (
        f"I can't filter by how revealing {one} is, so I haven't. Ask me about one (\"is the "
        f"first one long?\") and I'll tell you what our catalog says about its cut and length."
    )


def unsold_kinds_note(unsold: list[str], shown_kind: str) -> str:
    """Under a list of shirts asked for as "long shirt like kurta": that we don't sell kurtas,
    and that what is shown is the nearest we have (stranger test 60)."""
    shown = " or ".join(shown_kind.split(KIND_ALTERNATIVES))
    return f"Sorry, we don't sell {and_list(unsold)}: the {shown} above are the nearest we have."


def unsold_either_note(unsold: list[str]) -> str:
    """Under "Sorry, we don't have jackets for women" for "a little jacket or a wrap": that the
    other way she put it is not sold at all (stranger test 77, B3)."""
    return f"We don't sell {and_list(unsold)} either, for women or men."
