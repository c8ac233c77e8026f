"""Rasa custom actions: thin translations between the conversation and the commerce core.

`rasa run actions` imports this package; importing the modules below registers their actions.
"""

from actions import (  # noqa: F401
    after_sales,
    alerts,
    cart,
    cart_adding,
    checkout,
    checkout_details,
    chitchat,
    discovery,
    feedback,
    handoff,
    order_address,
    order_changes,
    order_details,
    picking,
    privacy,
    product_actions,
    product_questions,
    profile,
    recommendations,
    search_results,
    service,
    understanding,
)
