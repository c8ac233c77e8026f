"""What a shopper who wants their money back for something that shrank or came apart reads before
the order is asked for (stranger test 98, docs/nlu/stranger-test-98.md, B6): sorry, the shop's
return policy (content/faq.yml `return_policy`, rendered by commerce.faq, the one place the rule
is written), and that whether it counts as a fault is the team's to say, as the policy doesn't.
Used by actions/order_lookup.py when a return waits for its order."""

from __future__ import annotations

from commerce.config import load_settings
from commerce.faq import faq_answer
from shop_nlu.money_back import says_it_was_spoilt


def spoilt_item_return_note(text: str) -> str | None:
    """The return policy for a return of something spoilt since it came ("it shrank in the
    wash"), said before the order is asked for; None for any other return."""
    if not says_it_was_spoilt(text):
        return None
    return (
        f"I'm sorry it's spoilt. {faq_answer('return_policy')} Our policy doesn't say whether "
        "shrinking or coming apart after washing as the label says counts as a fault; our team "
        f"decides that with your return ({load_settings().contact_email})."
    )
