"""The action server killed mid-conversation: the shopper is told sorry (not silence); once a new
action server is up the conversation goes on where it was, and no event of it is lost."""

from __future__ import annotations

import pytest

from tests.faults.conftest import SEARCH, Shopper, is_apology

pytestmark = [pytest.mark.server, pytest.mark.postgres, pytest.mark.timeout(600)]


def test_a_search_survives_the_action_server_being_killed(shop):
    shopper = Shopper(shop, "ann")
    assert shopper.says(SEARCH).startswith("I found")
    second = shopper.second_result()

    shop.kill_action_server()
    down = shopper.says("the second one")
    assert is_apology(down), down
    assert shopper.seconds[-1] < 5  # told at once, not left waiting

    shop.start_action_server()
    assert shopper.says("the second one").startswith(f"{second} by ")  # the results still there
    assert shopper.says("how much is it?").startswith(f"The {second} is $")
    assert shopper.said == [SEARCH, "the second one", "the second one", "how much is it?"]
    assert shop.stored_user_texts(shopper.sender) == shopper.said  # none lost


def test_a_checkout_survives_the_action_server_being_killed(shop):
    shopper = Shopper(shop, "bob")
    shopper.says(SEARCH)
    second = shopper.second_result()
    shopper.says("the second one")
    assert "name" in shopper.taps("Buy")

    shop.kill_action_server()
    down = shopper.says("Bob Hale")
    assert is_apology(down), down

    shop.start_action_server()
    assert "email" in shopper.says("Bob Hale").lower()  # the checkout asks on where it stopped
    shopper.says("bob@example.com")
    review = shopper.says("3 Quay Street, 02110 Boston")
    assert f"{second} (US 10 / EU 43, Black)" in review
    assert "To Bob Hale, 3 Quay Street, 02110 Boston (bob@example.com)" in review
    placed = shopper.taps("Place order")
    assert placed.startswith("Done! Order ")
    assert len(shop.orders_of(shopper.sender)) == 1
    # Every message is in the conversation, the one answered with an apology too.
    assert shop.stored_user_texts(shopper.sender) == shopper.said
