"""The checkout's slots and clock, below every module that reads them: the checkout
(actions/checkout.py) sets them, and the after-sales, service, privacy, hand-off and totals
modules (which the checkout itself calls on) read them.
"""

from __future__ import annotations

from datetime import datetime, timezone

CHECKOUT_VARIANT = "checkout_variant"  # one product bought with Buy (a variant id) ...
CHECKOUT_QUANTITY = "checkout_quantity"
CHECKOUT_FROM_CART = "checkout_from_cart"  # ... or everything in the cart
CHECKOUT_SHIPPING = "checkout_shipping"
CHECKOUT_KEY = "checkout_key"
LAST_ORDER = "last_order"  # the number of the order placed last in this conversation
NAME, EMAIL, ADDRESS = "customer_name", "customer_email", "customer_address"
CHECKOUT_SLOTS = (
    CHECKOUT_VARIANT, CHECKOUT_QUANTITY, CHECKOUT_FROM_CART, CHECKOUT_SHIPPING, CHECKOUT_KEY,
    NAME, EMAIL, ADDRESS,
)  # fmt: skip


def ordering_time() -> datetime:
    """Now, for an order's delivery dates (one function, so a test can fix the day where it is
    looked up: `monkeypatch.setattr("actions.checkout.ordering_time", ...)`)."""
    return datetime.now(timezone.utc)
