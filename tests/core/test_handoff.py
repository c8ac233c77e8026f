"""Handoffs to a person: business hours, what the agents are told, the handoff's states, and that a
handoff outlives the process that made it (a real SQLite file, opened again by a new engine)."""

from __future__ import annotations

import shutil
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import create_engine, select

from commerce.cart import add_to_cart
from commerce.config import load_handoff_settings
from commerce.db import get_engine, session_scope
from commerce.handoff import (
    CLOSED,
    HANDED_BACK,
    WAITING,
    WITH_AGENT,
    BusinessHours,
    ShopperContext,
    TranscriptLine,
    active_handoff,
    agent_answered,
    business_hours,
    close,
    hand_back,
    handoff_in_thread,
    new_handoff,
    shopper_context,
    take_message,
    transcript_text,
)
from commerce.models import Product, Variant
from commerce.orders import Contact, place_order

UTC = timezone.utc
BERLIN = ZoneInfo("Europe/Berlin")
# 2026-11-23 is a Monday.
MONDAY_10 = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
WEEKDAYS = BusinessHours.parse("Mon-Fri 09:00-18:00; Sat 10:00-14:00", "UTC")


# -- Business hours ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("moment", "is_open"),
    [
        (datetime(2026, 11, 23, 9, 0, tzinfo=UTC), True),  # Monday, opening minute
        (datetime(2026, 11, 23, 17, 59, tzinfo=UTC), True),
        (datetime(2026, 11, 23, 18, 0, tzinfo=UTC), False),  # closing minute is closed
        (datetime(2026, 11, 23, 8, 59, tzinfo=UTC), False),
        (datetime(2026, 11, 28, 11, 0, tzinfo=UTC), True),  # Saturday's short day
        (datetime(2026, 11, 28, 15, 0, tzinfo=UTC), False),
        (datetime(2026, 11, 29, 12, 0, tzinfo=UTC), False),  # Sunday
    ],
)
def test_open_only_inside_the_windows(moment, is_open):
    assert WEEKDAYS.is_open(moment) is is_open


def test_next_opening_is_none_while_open():
    assert WEEKDAYS.next_opening(MONDAY_10) is None


@pytest.mark.parametrize(
    ("moment", "opening"),
    [
        # Monday evening -> Tuesday morning
        (datetime(2026, 11, 23, 19, 30, tzinfo=UTC), datetime(2026, 11, 24, 9, 0, tzinfo=UTC)),
        # Monday early -> the same morning
        (datetime(2026, 11, 23, 6, 15, tzinfo=UTC), datetime(2026, 11, 23, 9, 0, tzinfo=UTC)),
        # Saturday after closing -> Monday, across the end of the week
        (datetime(2026, 11, 28, 14, 0, tzinfo=UTC), datetime(2026, 11, 30, 9, 0, tzinfo=UTC)),
        # Friday night -> Saturday's later opening
        (datetime(2026, 11, 27, 23, 0, tzinfo=UTC), datetime(2026, 11, 28, 10, 0, tzinfo=UTC)),
    ],
)
def test_next_opening(moment, opening):
    assert WEEKDAYS.next_opening(moment) == opening


def test_hours_are_read_in_the_shops_time_zone_across_daylight_saving():
    hours = BusinessHours.parse("Mon-Fri 09:00-17:00", "Europe/Berlin")
    # Saturday 2026-03-28 evening in Berlin (CET); clocks go forward on Sunday the 29th.
    opening = hours.next_opening(datetime(2026, 3, 28, 19, 0, tzinfo=UTC))

    assert opening == datetime(2026, 3, 30, 9, 0, tzinfo=BERLIN)
    assert opening.astimezone(UTC) == datetime(2026, 3, 30, 7, 0, tzinfo=UTC)  # now CEST
    assert hours.is_open(datetime(2026, 3, 30, 7, 30, tzinfo=UTC))
    assert not hours.is_open(datetime(2026, 3, 30, 15, 30, tzinfo=UTC))  # 17:30 in Berlin


def test_windows_past_midnight_and_wrapping_day_ranges():
    hours = BusinessHours.parse("Fri-Sun 20:00-02:00", "UTC")

    assert hours.is_open(datetime(2026, 11, 28, 1, 0, tzinfo=UTC))  # Saturday 01:00, from Friday
    assert hours.is_open(datetime(2026, 11, 30, 1, 59, tzinfo=UTC))  # Monday 01:59, from Sunday
    assert not hours.is_open(datetime(2026, 11, 30, 2, 0, tzinfo=UTC))
    assert not hours.is_open(datetime(2026, 11, 26, 21, 0, tzinfo=UTC))  # Thursday
    assert hours.next_opening(datetime(2026, 11, 30, 12, 0, tzinfo=UTC)) == datetime(
        2026, 12, 4, 20, 0, tzinfo=UTC
    )


@pytest.mark.parametrize(
    "spec",
    [
        "Mon–Fri 9:00–18:00",  # the README's own way of writing hours, with en dashes
        "monday - friday 09:00-12:00, 13:00-18:00",
        "Mon, Tue, Wed, Thu, Fri 09:00-18:00",
    ],
)
def test_spellings_shop_owners_use(spec):
    hours = BusinessHours.parse(spec, "UTC")

    assert hours.is_open(datetime(2026, 11, 27, 10, 0, tzinfo=UTC))  # Friday
    assert not hours.is_open(datetime(2026, 11, 28, 10, 0, tzinfo=UTC))  # Saturday


def test_around_the_clock():
    hours = BusinessHours.parse("24/7", "UTC")

    assert hours.is_open(datetime(2026, 11, 29, 3, 0, tzinfo=UTC))
    assert hours.next_opening(datetime(2026, 11, 29, 3, 0, tzinfo=UTC)) is None


@pytest.mark.parametrize(
    ("spec", "problem"),
    [
        ("Mon-Fri", "expected days and times"),
        ("Mo-Fr 9-18", "time range"),
        ("Funday 09:00-18:00", "not a day"),
        ("Mon 25:00-26:00", "not a time of day"),
        ("Mon 09:00-09:00", "empty window"),
        ("", "no opening hours"),
    ],
)
def test_bad_hours_say_what_is_wrong(spec, problem):
    with pytest.raises(ValueError, match=problem):
        BusinessHours.parse(spec, "UTC")


def test_unknown_time_zone_is_refused():
    with pytest.raises(ValueError, match="time zone"):
        BusinessHours.parse("Mon 09:00-10:00", "Mars/Olympus_Mons")


def test_a_bad_setting_falls_back_to_the_default_hours(monkeypatch, caplog):
    monkeypatch.setenv("SHOP_AGENT_HOURS", "weekdays nine to five")
    monkeypatch.setenv("SHOP_TIMEZONE", "Nowhere/Special")

    hours = business_hours(load_handoff_settings())

    assert hours.spec == "Mon-Sat 09:00-18:00" and hours.zone.key == "UTC"
    assert "SHOP_AGENT_HOURS" in caplog.text and "SHOP_TIMEZONE" in caplog.text


def test_settings_are_read_from_the_environment(monkeypatch):
    monkeypatch.setenv("SHOP_AGENT_HOURS", "Tue 10:00-11:00")
    monkeypatch.setenv("SHOP_TIMEZONE", "Europe/Berlin")
    monkeypatch.setenv("SHOP_SLACK_API_URL", "http://127.0.0.1:9/api")

    hours = business_hours(load_handoff_settings())

    assert hours.spec == "Tue 10:00-11:00" and hours.zone.key == "Europe/Berlin"
    assert load_handoff_settings().slack_api_url == "http://127.0.0.1:9/api/"


def test_the_agent_desk_needs_a_channel_and_its_own_token(monkeypatch):
    for name in ("SHOP_AGENT_SLACK_CHANNEL", "SHOP_AGENT_SLACK_BOT_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SHOP_SLACK_BOT_TOKEN", "xoxb-shoppers-app")  # not the agents' app
    assert not load_handoff_settings().agent_desk_configured

    monkeypatch.setenv("SHOP_AGENT_SLACK_CHANNEL", "C123")
    assert not load_handoff_settings().agent_desk_configured

    monkeypatch.setenv("SHOP_AGENT_SLACK_BOT_TOKEN", "xoxb-agents")
    settings = load_handoff_settings()
    assert settings.agent_desk_configured and settings.slack_bot_token == "xoxb-agents"


@pytest.mark.parametrize(
    ("opening", "said"),
    [
        (datetime(2026, 11, 23, 14, 0, tzinfo=UTC), "today at 14:00 (UTC)"),
        (datetime(2026, 11, 24, 9, 0, tzinfo=UTC), "tomorrow at 09:00 (UTC)"),
        (datetime(2026, 11, 27, 9, 0, tzinfo=UTC), "on Friday at 09:00 (UTC)"),
    ],
)
def test_when_a_person_answers_in_words(opening, said):
    assert WEEKDAYS.describe(opening, MONDAY_10) == said


def test_other_time_zones_are_named():
    hours = BusinessHours.parse("Mon-Fri 09:00-17:00", "Europe/Berlin")
    opening = hours.next_opening(datetime(2026, 11, 23, 20, 0, tzinfo=UTC))

    assert hours.describe(opening, datetime(2026, 11, 23, 20, 0, tzinfo=UTC)) == (
        "tomorrow at 09:00 (Europe/Berlin time)"
    )


# -- What the agents see -----------------------------------------------------------------------


def test_transcript_keeps_the_latest_lines_and_shortens_long_ones():
    lines = [TranscriptLine("Shopper", f"message {n}") for n in range(50)]
    lines.append(TranscriptLine("Bot", "x" * 2000))
    lines.append(TranscriptLine("Shopper", "   "))  # nothing to read

    text = transcript_text(lines, max_lines=10, max_chars=100).splitlines()

    assert text[0] == "(41 earlier messages not shown)"
    assert text[1] == "Shopper: message 41"
    assert text[-1] == "Bot: " + "x" * 99 + "…"
    assert len(text) == 11


def test_context_says_when_the_bot_knows_nothing():
    assert ShopperContext().text() == "No products viewed, empty cart, no order."


@pytest.fixture
def shop(demo_store_file, tmp_path):
    path = tmp_path / "shop.db"
    shutil.copy(demo_store_file, path)
    engine = get_engine(f"sqlite:///{path}")
    yield engine
    engine.dispose()


def test_context_lists_viewed_products_cart_and_the_order(shop):
    with session_scope(shop, writes=True) as session:
        oxford = session.scalars(
            select(Variant)
            .join(Product)
            .where(Product.handle == "windsor-patent-oxford", Variant.stock >= 3)
        ).first()
        add_to_cart(session, "ann", oxford.id, 2)
        order = place_order(
            session,
            owner="ann",
            contact=Contact("Ann Lee", "ann@example.com", "12 Harbour Lane, 02110 Boston"),
            items=[(oxford.id, 1)],
            idempotency_key="k1",
        )
        number, size, colour = order.number, oxford.size, oxford.colour

    with session_scope(shop) as session:
        context = shopper_context(
            session,
            "ann",
            [
                "albany-penny-loafer",
                "no-such-product",
                "windsor-patent-oxford",
                "albany-penny-loafer",
            ],
            number,
        )

    assert context.viewed == ("Albany Penny Loafer", "Windsor Patent Oxford")
    assert context.cart == (f"2 × Windsor Patent Oxford ({size}, {colour})",)
    assert context.order.startswith(f"{number}: awaiting payment, total $")
    assert context.text().splitlines()[0] == "Viewed: Albany Penny Loafer; Windsor Patent Oxford"


def test_another_shoppers_cart_is_not_shown(shop):
    with session_scope(shop, writes=True) as session:
        variant = session.scalars(select(Variant)).first()
        add_to_cart(session, "bob", variant.id, 1)

    with session_scope(shop) as session:
        assert shopper_context(session, "ann", [], None).cart == ()


# -- A handoff's life --------------------------------------------------------------------------


def _handoff(now=MONDAY_10, hours=WEEKDAYS, conversation="ann"):
    return new_handoff(
        conversation_id=conversation,
        shopper_channel="facebook",
        shopper_address={"page": "1"},
        reason="asked",
        transcript="Shopper: a person please",
        context="No products viewed, empty cart, no order.",
        hours=hours,
        now=now,
    )


def test_in_hours_a_handoff_waits_for_a_person(shop):
    handoff = _handoff()

    assert handoff.state == WAITING and handoff.is_active
    assert not handoff.out_of_hours and handoff.answer_from is None
    assert handoff.address == {"page": "1"} and handoff.reason_text == "asked for a person"


def test_out_of_hours_it_knows_when_a_person_answers_and_takes_one_message():
    handoff = _handoff(now=datetime(2026, 11, 23, 20, 0, tzinfo=UTC))

    assert handoff.out_of_hours
    assert handoff.answer_from_utc == datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
    assert take_message(handoff) is True
    assert take_message(handoff) is False  # thanked once, not for every line


def test_in_hours_there_is_no_message_to_take():
    assert take_message(_handoff()) is False


def test_unknown_reason_is_refused():
    with pytest.raises(ValueError):
        new_handoff(
            conversation_id="ann",
            shopper_channel="rest",
            shopper_address=None,
            reason="bored",
            transcript="",
            context="",
            hours=WEEKDAYS,
        )


def test_states_from_waiting_to_handed_back_and_found_again_after_a_restart(shop, tmp_path):
    with session_scope(shop) as session:
        handoff = _handoff()
        handoff.agent_channel, handoff.agent_thread_ts = "C_AGENTS", "1700000000.000100"
        session.add(handoff)
    # A new engine on the same file, as a restarted process would make.
    shop.dispose()
    restarted = create_engine(shop.url, future=True)

    with session_scope(restarted) as session:
        found = active_handoff(session, "ann")
        assert found is not None and found.state == WAITING
        assert handoff_in_thread(session, "C_AGENTS", "1700000000.000100").id == found.id
        assert handoff_in_thread(session, "C_OTHER", "1700000000.000100") is None
        assert agent_answered(found, "U_SAM") is True
    with session_scope(restarted) as session:
        found = active_handoff(session, "ann")
        assert found.state == WITH_AGENT and found.agent_user == "U_SAM"
        assert hand_back(found, "U_SAM") is True
        assert hand_back(found, "U_SAM") is False  # a double tap hands back once
        assert agent_answered(found, "U_SAM") is False  # too late: it is the bot's again
    with session_scope(restarted) as session:
        assert active_handoff(session, "ann") is None
        ended = handoff_in_thread(session, "C_AGENTS", "1700000000.000100")
        assert ended.state == HANDED_BACK and ended.ended_at is not None


def test_a_closed_handoff_is_no_longer_active(shop):
    with session_scope(shop) as session:
        handoff = _handoff()
        session.add(handoff)
        session.flush()
        assert close(handoff) is True and handoff.state == CLOSED
        assert close(handoff) is False
        assert active_handoff(session, "ann") is None


def test_each_conversation_has_its_own_handoff(shop):
    with session_scope(shop) as session:
        session.add(_handoff(conversation="ann"))
        session.add(_handoff(conversation="bob"))
    with session_scope(shop) as session:
        ann, bob = active_handoff(session, "ann"), active_handoff(session, "bob")
        assert ann.id != bob.id and active_handoff(session, "carol") is None
