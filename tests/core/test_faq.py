"""The FAQ file (content/faq.yml): the shipped answers, placeholders, mistakes, edits on the fly."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from commerce.config import load_settings
from commerce.faq import (
    DEFAULT_FAQ_PATH,
    TOPICS,
    FaqError,
    faq_answer,
    load_faq,
    main,
)

# Topics a person on the team handles: the answer must say so and how to reach them.
PERSON_TOPICS = ("payment_problem", "complaint", "account")


@pytest.fixture
def contact_settings(monkeypatch):
    monkeypatch.setenv("SHOP_NAME", "Pier Street Shoes")
    monkeypatch.setenv("SHOP_CONTACT_EMAIL", "care@pier.test")
    monkeypatch.setenv("SHOP_CONTACT_PHONE", "+44 20 7946 0000")
    monkeypatch.setenv("SHOP_OPENING_HOURS", "Mon–Fri 8:00–20:00")
    return load_settings()


@pytest.fixture
def faq_file(tmp_path, monkeypatch):
    """write(text): this test's FAQ file, set as the configured one (SHOP_FAQ_PATH)."""
    path = tmp_path / "faq.yml"
    monkeypatch.setenv("SHOP_FAQ_PATH", str(path))

    def write(text: str) -> Path:
        path.write_text(text, encoding="utf-8")
        return path

    return write


def test_the_shipped_file_answers_every_topic_without_a_problem():
    faq = load_faq(DEFAULT_FAQ_PATH)

    assert not faq.problems
    assert set(faq.answers) == set(TOPICS)
    for topic in TOPICS:
        answer = faq.answer(topic)
        assert len(answer) > 60, topic  # a real answer, not a stub
        assert not re.search(r"\{\w+\}", answer), topic  # every placeholder filled


def test_shipped_answers_are_concrete():
    faq = load_faq(DEFAULT_FAQ_PATH)

    shipping = faq.answer("shipping_options")
    assert "$5.95" in shipping and "$100" in shipping and "$14.95" in shipping
    assert "3–5 business days" in faq.answer("delivery_times")
    assert "30 days" in faq.answer("return_policy") and "free" in faq.answer("return_shipping")
    assert "within 30 days of" in faq.answer("exchanges")  # the window from its one setting
    payments = faq.answer("payment_methods")
    assert all(way in payments for way in ("Visa", "PayPal", "Apple Pay", "Google Pay"))
    assert "US 10 = EU 43" in faq.answer("size_guide")


def test_contact_details_come_from_the_settings(contact_settings):
    faq = load_faq(DEFAULT_FAQ_PATH)

    contact = faq.answer("contact", contact_settings)
    assert "Pier Street Shoes" in contact and "care@pier.test" in contact
    assert "+44 20 7946 0000" in contact and "Mon–Fri 8:00–20:00" in contact
    assert "help@harbourlane.example" not in contact


@pytest.mark.parametrize("topic", PERSON_TOPICS)
def test_topics_for_a_person_say_so_and_how_to_reach_one(topic, contact_settings):
    answer = load_faq(DEFAULT_FAQ_PATH).answer(topic, contact_settings)

    assert "a person on our team" in answer.lower()
    assert "care@pier.test" in answer
    # Honest: the bot says it cannot act, and never claims it did.
    assert "I can't" in answer
    assert not re.search(r"\b(I've|I have) (cancelled|refunded|deleted|closed|fixed)", answer)


def test_settings_are_read_when_asked_not_when_loaded(faq_file, monkeypatch):
    faq_file("contact:\n  answer: Write to {contact_email}.\n")
    faq = load_faq()

    monkeypatch.setenv("SHOP_CONTACT_EMAIL", "later@shop.test")

    assert faq.answer("contact") == "Write to later@shop.test."


def test_the_path_comes_from_shop_faq_path(faq_file):
    faq_file("review:\n  answer: Reviews go on the product page.\n")

    assert faq_answer("review") == "Reviews go on the product page."


def test_an_edited_file_is_read_again(faq_file):
    path = faq_file("newsletter:\n  answer: Sign up at the bottom of any page.\n")
    assert faq_answer("newsletter") == "Sign up at the bottom of any page."

    path.write_text("newsletter:\n  answer: Tick the box at checkout.\n", encoding="utf-8")

    assert faq_answer("newsletter") == "Tick the box at checkout."


def test_an_edit_that_keeps_size_and_time_is_still_noticed(faq_file):
    # Saving twice within one clock tick: same modification time, same size, other words.
    path = faq_file("newsletter:\n  answer: Sign up here.\n")
    before = path.stat()
    assert faq_answer("newsletter") == "Sign up here."

    path.write_text("newsletter:\n  answer: Opt out here.\n", encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))

    assert faq_answer("newsletter") == "Opt out here."


def test_an_unchanged_file_is_not_parsed_again(faq_file):
    faq_file("contact:\n  answer: Call us.\n")

    assert load_faq() is load_faq()


def test_a_bad_entry_names_its_topic_and_the_others_still_answer(faq_file):
    faq_file(
        "shipping_options:\n  answer: Standard is $5.95.\n"
        "complaint:\n  anwser: Sorry!\n"
    )  # fmt: skip
    faq = load_faq()

    assert faq.answer("shipping_options") == "Standard is $5.95."
    with pytest.raises(FaqError, match=r"topic 'complaint': unknown field 'anwser'"):
        faq.answer("complaint")


@pytest.mark.parametrize(
    ("entry", "problem"),
    [
        ("complaint: Sorry to hear that.\n", "expected `answer:`"),
        ("complaint:\n  answer: ''\n", "`answer:` is missing or empty"),
        ("complaint:\n  answer:\n    - a list\n", "`answer:` is missing or empty"),
        ("complaint:\n", "expected `answer:`"),
        ("complaint:\n  answer: Email {contact_mail}.\n", r"unknown placeholder \{contact_mail\}"),
        ("complaint:\n  answer: Our db is {database_url}.\n", "unknown placeholder"),
    ],
)
def test_malformed_entries_are_reported_with_the_topic(faq_file, entry, problem):
    faq_file(entry)

    faq = load_faq()

    assert "complaint" in faq.problems
    with pytest.raises(FaqError, match=rf"topic 'complaint': {problem}"):
        faq.answer("complaint")


def test_a_misspelt_topic_is_reported_and_the_real_one_is_missing(faq_file):
    faq_file("shiping_options:\n  answer: Free over $100.\n")
    faq = load_faq()

    assert "unknown topic" in faq.problems["shiping_options"]
    with pytest.raises(FaqError, match="no entry for topic 'shipping_options'"):
        faq.answer("shipping_options")


def test_braces_that_are_not_placeholders_stay_as_written(faq_file):
    faq_file("size_guide:\n  answer: 'Sizes {US / EU} and { } are both shown.'\n")

    assert faq_answer("size_guide") == "Sizes {US / EU} and { } are both shown."


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("contact: [unclosed\n", "not valid YAML"),
        ("- contact\n- review\n", "at the top level"),
    ],
)
def test_a_broken_file_fails_as_a_whole_naming_the_file(faq_file, text, problem):
    path = faq_file(text)

    with pytest.raises(FaqError, match=problem) as raised:
        load_faq()
    assert str(path) in str(raised.value)


def test_a_file_that_is_not_utf8_is_a_clear_error(faq_file):
    faq_file("").write_bytes(b"contact:\n  answer: caf\xe9\n")  # Latin-1, not UTF-8

    with pytest.raises(FaqError, match="not UTF-8 text"):
        faq_answer("contact")


def test_a_missing_file_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setenv("SHOP_FAQ_PATH", str(tmp_path / "nowhere.yml"))

    with pytest.raises(FaqError, match="cannot read the FAQ file"):
        faq_answer("contact")


def test_the_check_command_prints_answers_or_problems(faq_file, capsys, contact_settings):
    assert main([str(DEFAULT_FAQ_PATH)]) == 0
    out = capsys.readouterr().out
    assert "[return_policy]" in out and "care@pier.test" in out

    path = faq_file("contact:\n  answer: Email {contact_mail}.\nrefunds:\n  answer: Soon.\n")
    assert main([str(path)]) == 1
    err = capsys.readouterr().err
    assert "topic 'contact': unknown placeholder {contact_mail}" in err
    assert "topic 'refunds': unknown topic" in err
    assert "no entry for topic 'shipping_options'" in err


def test_shipping_figures_come_from_the_shipping_methods_and_settings(monkeypatch):
    from commerce.faq import load_faq

    monkeypatch.setenv("SHOP_RETURN_WINDOW_DAYS", "45")
    faq = load_faq()

    assert "$5.95" in faq.answer("shipping_options") and "$14.95" in faq.answer("shipping_options")
    assert "within 45 days" in faq.answer("return_policy")
