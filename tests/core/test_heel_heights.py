"""commerce/heel_heights.py: a heel's height read from the catalog's words, never guessed
(stranger test 38, docs/nlu/stranger-test-38.md, worst problem 3)."""

from __future__ import annotations

import math

import pytest

from commerce.heel_heights import heel_height_cm


@pytest.mark.parametrize(
    ("kind", "text", "height"),
    [
        ("Heels", "Duchess satin on a slender 9 cm heel with a pointed toe.", 9.0),
        ("Heels", "Smooth leather on a stable 6 cm block heel.", 6.0),
        ("Heels", "A neat 4 cm kitten heel in soft calf leather.", 4.0),
        ("Heels", "Patent platform sandal with a 12 cm heel that feels like 9 cm.", 12.0),
        ("Heels", "A pump on a kitten heel.", 4.0),
        ("Flats", "Soft nappa leather ballet flat with a grosgrain bow.", 0.0),
    ],
)
def test_the_height_the_catalog_gives(kind, text, height):
    assert heel_height_cm(kind, "", text) == height


def test_a_heel_whose_height_is_not_given_comes_last():
    assert math.isinf(heel_height_cm("Heels", "Giselle Bridal Pump", "Silk satin pump."))
