"""Whether two products go together (commerce/recommend/pairing.py) on the demo catalog: the
colours by the shop's colour guide, a shared material, the occasions both are tagged for."""

from __future__ import annotations

from commerce.recommend.pairing import CAN_BUT, YES, check_pair

SHOES = "ashby-cap-toe-oxford"  # Black and Brown; formal, office, wedding; leather


def test_a_brown_leather_dress_belt_goes_with_brown_leather_oxfords(demo_session):
    pair = check_pair(demo_session, "classic-leather-dress-belt", SHOES, ("brown", "brown"))

    assert pair.verdict == YES
    assert pair.colours == ("Brown", "Brown") and pair.material == "leather"
    assert pair.occasions == ("formal", "office")


def test_a_black_only_belt_with_brown_shoes_offers_the_shoes_in_black(demo_session):
    pair = check_pair(demo_session, "patent-evening-belt", SHOES, (None, "brown"))

    assert pair.verdict == CAN_BUT and pair.colours_go is False
    assert pair.colours == ("Black", "Brown")
    assert pair.other_colour == (1, "Black")


def test_a_casual_belt_with_formal_oxfords_shares_no_occasion(demo_session):
    pair = check_pair(demo_session, "suede-casual-belt", SHOES, (None, "brown"))

    assert pair.verdict == CAN_BUT and pair.colours_go and not pair.occasions
    assert "casual" in pair.own_occasions[0] and "formal" in pair.own_occasions[1]


def test_a_product_is_not_paired_with_itself_or_an_unknown_one(demo_session):
    assert check_pair(demo_session, SHOES, SHOES) is None
    assert check_pair(demo_session, SHOES, "no-such-product") is None
