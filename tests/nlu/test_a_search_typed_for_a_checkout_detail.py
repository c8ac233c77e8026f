"""Session 13's last shopper try (closing note on issue 8): asked "What name should go on the
parcel?", a shopper typed "my brother needs a tie for a funeral, something plain", and it was kept
as the name on the parcel. A kind of product asked for at a checkout prompt is a search; a name or
an address that holds catalog words stays the detail it is."""

from __future__ import annotations

import pytest

from shop_nlu.message_readings import asks_for_products_instead


@pytest.mark.parametrize(
    "text",
    [
        "my brother needs a tie for a funeral, something plain",
        "actually do you have black belts",
        "wait i also need a belt to go with it",
        "show me navy ties",
        "do u have any loafers in a 10",
        "hang on, have you got a brown belt",
        "plain black silk tie for a funeral",
    ],
)
def test_a_kind_asked_for_is_a_search(extractor, text):
    assert asks_for_products_instead(text, extractor.extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "Chelsea Brown",
        "chelsea brown",
        "Ruby Black",
        "my name is Chelsea Brown",
        "Flat 3, 12 Oxford Road, London W1 4AB",
        "12 Oxford Street, Manchester",
        "chelsea.brown@example.com",
        "send it to 4 Derby Lane, Leeds",
        "Jordan Taylor",
    ],
)
def test_a_name_an_email_or_an_address_stays_one(extractor, text):
    assert not asks_for_products_instead(text, extractor.extract(text))
