"""The names of the intents that the resolver reads from the classifier and gives instead, and
the intents that never take a product, a kind of product or a brand."""

FALLBACK_INTENT = "nlu_fallback"
OUT_OF_SCOPE_INTENT = "out_of_scope"
OTHER_LANGUAGE_INTENT = "other_language"
SEARCH_INTENT = "search_products"
INFORM_INTENT = "inform"
DETAILS_INTENT = "product_details"

# Intents that never take a product, a kind of product or a brand: when the classifier picks one
# of them with less than this confidence for a message that names one, the message is a search.
NOT_ABOUT_PRODUCTS = frozenset({
    "greet", "goodbye", "bot_capabilities", "bot_challenge", "show_more", "view_cart",
    "checkout", "place_order", "affirm", "deny", "stop", "rate", "newsletter", "ask_contact",
    "account_help", "password_help", "out_of_scope", FALLBACK_INTENT, OTHER_LANGUAGE_INTENT,
})  # fmt: skip
