"""commerce/material_answers.py: the main material against a part's (stranger test 41,
docs/nlu/stranger-test-41.md, worst problems 3 and 4)."""

from __future__ import annotations

import pytest

from commerce.material_answers import material_answer

THORNTON = "Waxed leather lined with warm merino wool for the coldest days."
MOORLAND = "Brushed suede with a cushioned leather insole and a crepe sole."
ELODIE = ("Pointed satin flat with a crystal buckle.", "Flexible leather sole and a true fit.")


@pytest.mark.parametrize(
    ("sentences", "asked", "is_it", "main", "part"),
    [
        ((THORNTON,), "wool", False, "leather", "lining"),
        ((THORNTON,), "leather", True, "leather", None),
        ((MOORLAND,), "leather", True, "suede", None),
        ((MOORLAND,), "rubber", False, "suede", None),
        (ELODIE, "leather", False, "satin", "sole"),
        (ELODIE, "Leathr", False, "satin", "sole"),
        (("Flexible leather sole.",), "leather", None, None, "sole"),
        (("A roomy fit.",), "silk", None, None, None),
    ],
)
def test_the_main_material_answers_and_a_part_is_told_apart(sentences, asked, is_it, main, part):
    answer = material_answer("A shoe", sentences, asked)

    assert (answer.is_it, answer.main, answer.part) == (is_it, main, part)


def test_a_word_that_is_no_material_is_no_material_question():
    assert material_answer("A shoe", (THORNTON,), "made of") is None
