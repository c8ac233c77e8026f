"""Stranger test 41 (docs/nlu/stranger-test-41.md, persona Deborah).

Worst problem 1: under a list of tan or cognac boots for women in size 8, "so anything flat-ish?"
searched ballet flats, dropping the boots, the colours and the size. "Flat" said of a list of a
kind that has heels is a refinement of that list: the same boots, flat or low-heeled only.

Worst problem 2: "a truly horrible week at work" made the search "for office". Work told as the
shopper's life is no occasion; "to wear at work" still is."""

from __future__ import annotations

import pytest

from actions.discovery import ActionSelectProduct
from actions.product_questions import ActionAnswerProductQuestion
from tests.actions.conversation_driver import say, search, shown_titles

BOOTS = (
    "Hi there! So I've finally decided to treat myself after a truly horrible week at work, and "
    "I'm after some ankle boots for autumn, something in tan or a nice cognac colour, womens "
    "size 8 please"
)
WREN = "Wren Suede Chelsea Boot"


@pytest.mark.parametrize(
    "text",
    [
        BOOTS,
        "after a long day at work i need ankle boots in tan, womens 8",
        "had a rough week at work so treating myself to some tan ankle boots, women's size 8",
        "Stressful month at work lately! tan boots for women size 8 pls",
        "ankel boots in tan for women size 8, its been a horrible week at work",
    ],
)
def test_a_week_at_work_is_not_an_office_search(chat, extractor, text):
    turn = search(chat, extractor, text)

    print(turn.text)
    assert "office" not in turn.text
    assert "Nothing in stock" not in turn.text
    assert shown_titles(chat)[0] == WREN


@pytest.mark.parametrize(
    "text", ["tan boots for women to wear at work", "womens tan boots for work"]
)
def test_boots_for_work_are_still_for_the_office(chat, extractor, text):
    turn = search(chat, extractor, text)

    print(turn.text)
    assert "office" in turn.text


@pytest.mark.parametrize(
    "text",
    [
        "Oh lovely. Honestly though I can't walk in heels to save my life, my knees aren't what "
        "they were, so anything flat-ish?",
        "anything flatter?",
        "any without a heel",
        "do you have ones with no heel?",
        "flat ones please",
        "anything flat ish",
    ],
)
def test_flat_ish_under_boots_keeps_the_boots(chat, extractor, text):
    search(chat, extractor, BOOTS)

    turn = search(chat, extractor, text)

    print(turn.text)
    titles = shown_titles(chat)
    assert titles and titles[0] == WREN, titles
    assert not any("Flat" in title for title in titles), titles
    assert "Linnet Heeled Chelsea Boot" not in titles
    assert "didn't understand" not in turn.text
    assert WREN in turn.text
    assert "tan" in turn.text.lower()


def test_flats_asked_alone_are_still_flats(chat, extractor):
    search(chat, extractor, BOOTS)

    search(chat, extractor, "actually show me flats for women")

    assert any("Flat" in title for title in shown_titles(chat)), shown_titles(chat)


@pytest.mark.parametrize(
    "text", ["so anything flat-ish?", "no heel please", "anything flatter", "FLAT ONES?"]
)
def test_flat_ish_drops_the_heeled_boot_and_puts_the_flat_one_first(chat, extractor, text):
    search(chat, extractor, "womens ankle boots in size 8")
    assert "Linnet Heeled Chelsea Boot" in shown_titles(chat)

    turn = search(chat, extractor, text)

    print(turn.text)
    titles = shown_titles(chat)
    assert "Linnet Heeled Chelsea Boot" not in titles
    assert titles[0] == WREN, titles
    assert "Heather Chelsea Boot" in titles  # a low stacked heel


@pytest.mark.parametrize(
    "text",
    [
        "Honestly though I can't walk in heels to save my life, my knees aren't what they were, "
        "so anything flat-ish?",
        "any of them flat?",
        "are any without a heel?",
    ],
)
def test_flat_ish_heard_as_a_question_of_the_list_narrows_it(chat, extractor, text):
    search(chat, extractor, "womens ankle boots in size 8")

    turn = say(chat, extractor, ActionAnswerProductQuestion(), "ask_product_question", text)

    print(turn.text)
    titles = shown_titles(chat)
    assert "Linnet Heeled Chelsea Boot" not in titles
    assert titles[0] == WREN, titles


def test_is_it_flat_of_the_boot_opened_is_about_that_boot(chat, extractor):
    search(chat, extractor, "womens ankle boots in size 8")
    say(chat, extractor, ActionSelectProduct(), "product_details", "the linnet heeled chelsea boot")

    turn = say(
        chat, extractor, ActionAnswerProductQuestion(), "ask_product_question", "is it flat?"
    )

    print(turn.text)
    assert "Linnet Heeled Chelsea Boot" in turn.text
    assert "Wren" not in turn.text
