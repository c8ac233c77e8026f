"""`devtools.transcript`: a "tap: X" line when no [X] button is shown (docs/nlu/stranger-test-72.md, problem 7, B11)."""

from __future__ import annotations

from devtools.transcript import tapped_text

ANSWER = [
    {"text": "Your cart is empty.", "buttons": [{"title": "View cart", "payload": "/view_cart"}]},
    {"text": "Still no checkout open, so I haven't kept that."},
]


def test_a_shown_button_is_tapped_by_its_payload():
    assert tapped_text(ANSWER, "View cart") == ("/view_cart", None)


def test_a_button_not_shown_is_named_and_skipped_instead_of_crashing():
    for title in ["Place order", "place order ", "Checkout", "★★★★★", "1. Windsor Patent Oxford"]:
        text, note = tapped_text(ANSWER, title)
        assert text is None
        assert f"[{title}]" in note and "no" in note.lower()
        assert "[View cart]" in note  # says what could be tapped


def test_no_buttons_at_all_says_so():
    text, note = tapped_text([{"text": "hi"}], "Place order")
    assert text is None
    assert "no buttons" in note.lower()
