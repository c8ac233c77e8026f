"""Readings of after-sales questions the classifier hears as a near neighbour (issue 8): how
refunds and replacements work in general (`shop_nlu.return_questions`) and how much longer an
order under way takes (`shop_nlu.arrival_questions`); shoes that hurt, sent back
(`shop_nlu.sore_feet`); an order asked for by name (`shop_nlu.order_by_name`); an order called
off in other words ("scrap the order": `shop_nlu.called_off_orders`); an order's address changed
("wrong adress! pls send to ...": `shop_nlu.address_changes`); a cancel that says why ("cancel that,
court got moved": `shop_nlu.plans_called_off`); a shipping method asked about, not chosen
("is standard free?": `shop_nlu.shipping_method_questions`); money back for something bought
(`shop_nlu.money_back`). Thanks with a
promise to come back is `shop_nlu.thanks_words`. No Rasa here; shop_nlu/resolution.py weighs them."""

from __future__ import annotations

from shop_nlu.address_changes import address_change_reading
from shop_nlu.arrival_questions import how_much_longer_reading
from shop_nlu.called_off_orders import called_off_order_reading
from shop_nlu.money_back import money_back_reading
from shop_nlu.order_by_name import order_by_name_reading
from shop_nlu.parcel_questions import one_parcel_reading
from shop_nlu.plans_called_off import plans_called_off_reading
from shop_nlu.return_questions import return_policy_reading
from shop_nlu.shipping_method_questions import shipping_question_reading
from shop_nlu.sore_feet import sore_shoes_return_reading


def service_reading(intent: str | None, text: str) -> tuple[str, str] | None:
    """An after-sales intent, with its reason, for a message heard as `intent`; None to keep it."""
    return (
        return_policy_reading(intent, text)
        or sore_shoes_return_reading(intent, text)
        or how_much_longer_reading(intent, text)
        or order_by_name_reading(intent, text)
        or called_off_order_reading(intent, text)
        or address_change_reading(intent, text)
        or one_parcel_reading(intent, text)  # "will it all come in one parcel?" (stranger 71)
        or plans_called_off_reading(intent, text)  # "cancel that, court got moved" (stranger 81)
        or shipping_question_reading(intent, text)  # "is standard free?" chooses none (stranger 92)
        or money_back_reading(intent, text)  # "it shrank ... I'd like my money back" (stranger 98)
    )
