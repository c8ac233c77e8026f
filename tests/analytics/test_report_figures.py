"""`shop report` against a dozen scripted conversations, counted by hand.

Eight shoppers write on the REST channel and four on Messenger, each in one conversation, all
today. What each one does is written next to it; the expected figures below are counted from
these scripts, not read from a report.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone

import pytest

from devtools.platform_standins import messenger_postback, messenger_quick_reply, messenger_text
from tests.channels.conftest import MessengerShopper
from tests.server.test_checkout_conversation import Shopper

pytestmark = [pytest.mark.server, pytest.mark.timeout(900)]

WINDSOR = '/select_product{"product_handle": "windsor-patent-oxford"}'
OLD_SENDER = "shopper-from-ten-days-ago"
GIBBERISH = "zxcv qwerty uiop"


def rest_conversations(assistant) -> dict[str, Shopper]:
    """Eight REST shoppers: 22 messages in all."""
    shoppers = {name: Shopper(assistant) for name in
                ("browse", "buy", "cart", "hoodie", "no_match", "misunderstood", "person", "rate")}  # fmt: skip

    browse = shoppers["browse"]  # searched, viewed a product: 2 messages
    browse.says("red dress")
    browse.says("the cheapest one")

    buy = shoppers["buy"]  # searched, viewed, pressed Buy, ordered: 7 messages
    buy.says("I need black formal shoes in size 10 for a black-tie party tonight, under $150")
    buy.taps("1. Windsor Patent Oxford")
    buy.taps("Buy")
    buy.gives_details()  # 3 messages
    assert "Done! Order HL-" in buy.taps("Place order")

    cart = shoppers["cart"]  # searched, viewed, added to the cart: 3 messages
    cart.says("oxfords")
    cart.says("the first one")
    cart.taps("Add to cart")

    # A kind the shop does not sell: searched, 1 message.
    assert "we don't sell hoodies" in shoppers["hoodie"].says("yellow hoodie")
    # Nothing matches: searched, 1 message.
    assert "I have no purple tuxedos in size 60" in shoppers["no_match"].says(
        "purple tuxedo size 60"
    )

    # Two messages not understood (mostly unknown words, shop_nlu/resolution.py), then handed over.
    misunderstood = shoppers["misunderstood"]
    misunderstood.says("asdkjh qwe zzz")
    assert "not getting this right" in misunderstood.says(GIBBERISH)

    person = shoppers["person"]  # asks for a person: 2 messages
    person.says("hi")
    person.says("I want to talk to a person")

    rate = shoppers["rate"]  # rates 4 stars with a comment: 4 messages
    rate.says("hi")
    assert "how did I do" in rate.says("thanks")
    rate.taps("★★★★")
    assert "team reads every comment" in rate.says("great service")
    return shoppers


def messenger_conversations(assistant, graph_api) -> dict[str, MessengerShopper]:
    """Four Messenger shoppers: 8 messages in all."""
    shoppers = {name: MessengerShopper.new(assistant, graph_api)
                for name in ("search", "low_rating", "misunderstood", "sold_out")}  # fmt: skip

    search = shoppers["search"]  # searched, viewed: 2 messages
    search.sends(messenger_text(search.psid, "black formal shoes size 10"))
    search.sends(messenger_postback(search.psid, "Details", WINDSOR))

    low = shoppers["low_rating"]  # rates 2 stars, no comment: 3 messages
    low.sends(messenger_text(low.psid, "thanks"))
    low.sends(messenger_quick_reply(low.psid, "★★", '/rate{"rating": "2"}'))
    low.sends(messenger_text(low.psid, "no"))

    misunderstood = shoppers["misunderstood"]  # one message not understood: 1 message
    misunderstood.sends(messenger_text(misunderstood.psid, GIBBERISH))

    sold_out = shoppers["sold_out"]  # viewed, asks for a sold-out size: 2 messages
    sold_out.sends(messenger_postback(sold_out.psid, "Details", WINDSOR))
    replies = sold_out.sends(messenger_text(sold_out.psid, "is it available in 8?"))
    assert "sold out" in " ".join(m.get("text", "") for m in replies).lower()
    return shoppers


@pytest.fixture(scope="module")
def scripted(assistant, graph_api, tracker_file):
    """Runs the twelve conversations once, then copies the browsing shopper's conversation ten
    days back under another sender (a conversation outside the period)."""
    rest = rest_conversations(assistant)
    messenger = messenger_conversations(assistant, graph_api)
    with sqlite3.connect(tracker_file) as db:
        rows = db.execute(
            "select type_name, timestamp, intent_name, action_name, data from events "
            "where sender_id = ? order by id",
            (rest["browse"].sender,),
        ).fetchall()
        shift = timedelta(days=10).total_seconds()
        db.executemany(
            "insert into events (sender_id, type_name, timestamp, intent_name, action_name, data)"
            " values (?, ?, ?, ?, ?, ?)",
            [(OLD_SENDER, kind, moment - shift, intent, name, data)
             for kind, moment, intent, name, data in rows],
        )  # fmt: skip
    return rest, messenger


@pytest.fixture(scope="module")
def today():
    return datetime.now(timezone.utc).date()


@pytest.fixture
def this_week(scripted, report, tracker_file, report_store, today):
    """The report from yesterday to tomorrow (the scripts ran today, whatever the clock)."""
    run = report(today - timedelta(days=1), today + timedelta(days=1), tracker_file, report_store)
    assert run.status == 0
    return run


def test_conversations_per_channel_and_messages(this_week, today):
    assert this_week.figure("conversations") == "12"
    assert this_week.figure("messages") == "30"  # 22 on REST, 8 on Messenger
    rest = this_week.row("channels", "channel", "rest")
    facebook = this_week.row("channels", "channel", "facebook")
    assert (rest["conversations"], rest["messages"]) == ("8", "22")
    assert (facebook["conversations"], facebook["messages"]) == ("4", "8")
    day = this_week.row("conversations_per_day", "date", today.isoformat())
    assert (day["rest"], day["facebook"], day["all"]) == ("8", "4", "12")
    yesterday = (today - timedelta(days=1)).isoformat()
    assert this_week.row("conversations_per_day", "date", yesterday)["all"] == "0"
    # Messages per conversation: 1 (hoodie, no match, Messenger's misunderstood), 2 (browse,
    # misunderstood, person, Messenger search and sold out), 3 (cart, low rating), 4 (rate),
    # 7 (buy).
    histogram = {row["messages"]: row["conversations"] for row in
                 this_week.csv("messages_per_conversation")}  # fmt: skip
    assert histogram == {"1": "3", "2": "5", "3": "2", "4": "1", "7": "1"}
    hours = this_week.csv("busiest_hours")
    assert sum(int(row["messages"]) for row in hours) == 30
    assert sum(int(row["conversations_started"]) for row in hours) == 12


def test_the_funnel_per_channel(this_week):
    rest = this_week.row("funnel", "channel", "rest")
    assert [rest[s] for s in ("searched", "viewed", "cart_or_buy", "ordered")] == [
        "5",
        "3",
        "2",
        "1",
    ]
    facebook = this_week.row("funnel", "channel", "facebook")
    assert [facebook[s] for s in ("searched", "viewed", "cart_or_buy", "ordered")] == [
        "1",
        "2",
        "0",
        "0",
    ]
    both = this_week.row("funnel", "channel", "all")
    assert [both[s] for s in ("searched", "viewed", "cart_or_buy", "ordered")] == [
        "6",
        "5",
        "2",
        "1",
    ]
    assert both["searched_conversion"] == "0.5"  # 6 of 12 conversations
    assert both["ordered_conversion"] == "0.5"  # 1 of the 2 that pressed Buy or added to cart
    assert rest["cart_or_buy_conversion"] == "0.6667"  # 2 of the 3 REST shoppers who viewed


def test_containment_and_handoffs_with_reasons(this_week):
    assert this_week.figure("handed_off") == "2"
    assert this_week.figure("contained") == "10"
    assert this_week.figure("containment_rate") == "0.8333"
    assert this_week.figure("reached_a_person") == "0"  # no agents' desk here: contact details
    reasons = {row["reason"]: row["conversations"] for row in this_week.csv("handoff_reasons")}
    assert reasons == {"misunderstood": "1", "asked": "1"}
    assert this_week.row("containment", "channel", "facebook")["handed_off"] == "0"


def test_fallbacks_and_what_was_not_understood(this_week, today):
    assert this_week.figure("fallback_messages") == "3"
    assert this_week.figure("fallback_rate") == "0.1"  # 3 of 30 messages
    assert this_week.figure("conversations_with_fallback") == "2"
    groups = this_week.csv("not_understood")
    assert [(g["wording"], g["messages"]) for g in groups] == [
        (GIBBERISH, "2"),  # one on REST, one on Messenger: most frequent first
        ("asdkjh qwe zzz", "1"),
    ]
    assert this_week.row("fallbacks", "date", today.isoformat())["not_understood"] == "3"


def test_ratings_and_comments(this_week, today):
    assert this_week.figure("ratings") == "2"
    assert this_week.figure("rating_average") == "3.0"
    day = this_week.row("csat", "date", today.isoformat())
    assert (day["rated_4"], day["rated_2"], day["ratings"]) == ("1", "1", "2")
    comments = this_week.csv("csat_comments")
    assert [(c["rating"], c["channel"], c["comment"]) for c in comments] == [
        ("4", "rest", "great service")
    ]


def test_reply_latency_per_day(this_week, today):
    day = this_week.row("latency", "date", today.isoformat())
    assert day["replies"] == "30"  # every message got an answer
    assert 0 < int(day["p50_ms"]) <= int(day["p95_ms"]) < 30_000


def test_demand_the_shop_could_not_serve(this_week):
    searches = this_week.csv("unserved_searches")
    assert [(s["kind"], s["colour"], s["size"], s["why"], s["searches"]) for s in searches] == [
        ("hoodies", "yellow", "", "not sold", "1"),
        ("tuxedos", "purple", "60", "no match", "1"),
    ]
    by_attribute = {(r["attribute"], r["value"]): r["searches"] for r in
                    this_week.csv("unserved_by_attribute")}  # fmt: skip
    assert by_attribute == {("kind", "hoodies"): "1", ("kind", "tuxedos"): "1",
                            ("colour", "yellow"): "1", ("colour", "purple"): "1",
                            ("size", "60"): "1"}  # fmt: skip
    (sold_out,) = this_week.csv("sold_out_asked")
    assert (sold_out["title"], sold_out["size"], sold_out["times_asked"]) == (
        "Windsor Patent Oxford",
        "8",
        "1",
    )


def test_the_html_report_is_one_self_contained_page_with_plots(this_week):
    page = this_week.html
    assert page.count('src="data:image/png;base64,') >= 7
    assert "<script" not in page and "http://" not in page and "https://" not in page
    assert "Windsor Patent Oxford" in page and "great service" in page


def test_conversations_outside_the_period_are_left_out(scripted, report, tracker_file,
                                                       report_store, today):  # fmt: skip
    ten_days_ago = today - timedelta(days=10)
    then = report(ten_days_ago, ten_days_ago, tracker_file, report_store)
    assert then.figure("conversations") == "1"  # only the copy moved back in time
    assert then.row("funnel", "channel", "rest")["searched"] == "1"
    # Nor does it count in a period without it (the twelve of today are outside this one).
    before = report(
        today - timedelta(days=30), today - timedelta(days=11), tracker_file, report_store
    )
    assert before.figure("conversations") == "0"
    assert "No conversations in this period." in before.html
