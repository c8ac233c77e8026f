"""What the conversation is about: what the shopper just said, what is on their screen, which
product a message means, and what was shown and said earlier.

These helpers read and write the slots the discovery actions share, and turn the latest message's
entities into changes of the search. What was opened or listed before the current screen ("the
shirt" after a shoe list) comes from the slot events Rasa sends with the tracker
(`earlier_products`), so no slot of its own keeps that history.

- `said`: the latest message (intent, entities, the search changes it makes) and the search.
- `screen`: the list on screen, the product in focus, the bot's last buttons and question.
- `history`: products opened or listed earlier; sizes, colour, day and budget said earlier.
- `pointing`: how a message's words point at products ("the black one", "it", "they").
- `compared`: which of the products compared last a message picks ("the cheaper one then").
- `picking`: one product picked by name, title words, a description or position.
- `of_a_kind`: products of a kind named ("the shirt") opened or listed before the screen.
- `reference`: which product a message means.
- `which_one`: asking which one, by name with a button each, when that is unclear.
- `several`: the products a message about several means; questions across them.
- `leaning`: the product a message leans towards in passing ("i like the wrap one"), put in focus
  whatever the action (`ShopAction.run`).

Each module imports only those above it in this list. New code may import from the module itself;
this package re-exports every public name.
"""

from actions.conversation.compared import pick_among_compared
from actions.conversation.history import (
    budget_amount,
    budget_for_everything,
    budget_said_before,
    colour_asked_about,
    colour_asked_lately,
    day_asked_for,
    day_meant,
    earlier_products,
    opened_lately,
    opened_products,
    own_gender_said,
    pointed_at_earlier,
    said_lately,
    search_that_listed,
    size_asked_lately,
    sizes_said,
)
from actions.conversation.of_a_kind import (
    ORDINAL_OF_KIND,
    listed_of_kind,
    ordinal_of_kind,
    picked_of_kind,
)
from actions.conversation.picking import DESCRIBERS, ProductReference
from actions.conversation.pointing import (
    asks_for_similar,
    points_at_a_product,
    points_at_shown,
    refers_to_focus,
    speaks_of_one,
)
from actions.conversation.reference import resolve_product
from actions.conversation.said import (
    EXCLUSIONS,
    SEARCH_QUERY,
    continues_the_outing,
    current_query,
    kinds_left_for_later,
    kinds_of_one_wish,
    kinds_said_as_a_pair,
    latest_entities,
    latest_intent,
    query_changes,
    said_entities,
    second_kind_starts_at,
    several_meant,
    words_not_understood,
)
from actions.conversation.screen import (
    COMPARED_PRODUCTS,
    CURRENT_PRODUCT,
    QUESTIONS_NEXT,
    SHOWN_RESULTS,
    ShownResults,
    as_tapped,
    bot_answer,
    compared_products,
    compared_slot,
    list_after_focus,
    offered_products,
    open_purchase_question,
    open_question,
    opened_last,
    purchase_asked,
    purchase_asked_lately,
    purchase_kept,
    purchase_question_to_repeat,
    purchase_waiting,
    purchases_waiting,
    questions_put_off,
    questions_waiting,
    typed_choice,
)
from actions.conversation.several import (
    asks_across,
    asks_of_the_list,
    both_meant,
    products_asked_about,
    resolve_products,
    the_several,
    the_two,
    they_of_the_focus,
    weighs_up,
)
from actions.conversation.which_one import ask_which_one, which_one_buttons

__all__ = [
    "COMPARED_PRODUCTS", "CURRENT_PRODUCT", "QUESTIONS_NEXT", "DESCRIBERS", "EXCLUSIONS", "ORDINAL_OF_KIND",
    "SEARCH_QUERY", "SHOWN_RESULTS", "ProductReference", "ShownResults", "as_tapped",
    "ask_which_one", "asks_across", "both_meant", "asks_for_similar", "asks_of_the_list", "bot_answer",
    "budget_amount", "budget_for_everything", "budget_said_before", "colour_asked_about", "colour_asked_lately", "compared_products",
    "compared_slot", "continues_the_outing", "current_query", "day_asked_for", "day_meant",
    "earlier_products", "kinds_left_for_later", "latest_entities", "latest_intent",
    "list_after_focus", "listed_of_kind", "offered_products", "open_purchase_question",
    "open_question", "opened_last", "opened_lately", "opened_products", "ordinal_of_kind",
    "own_gender_said", "pick_among_compared", "pointed_at_earlier", "questions_put_off", "picked_of_kind", "points_at_a_product",
    "points_at_shown", "products_asked_about", "purchase_kept", "purchase_question_to_repeat",
    "purchase_asked", "purchase_asked_lately",
    "purchase_waiting",
    "purchases_waiting", "query_changes", "questions_waiting", "refers_to_focus", "resolve_product",
    "resolve_products", "said_entities", "said_lately", "search_that_listed",
    "kinds_of_one_wish", "kinds_said_as_a_pair", "second_kind_starts_at", "several_meant", "size_asked_lately", "sizes_said", "speaks_of_one", "the_several", "the_two",
    "they_of_the_focus", "typed_choice", "weighs_up", "which_one_buttons", "words_not_understood",
]  # fmt: skip
