"""The discovery actions, driven turn by turn through rasa-sdk's real Tracker and dispatcher."""

from __future__ import annotations

import re
from datetime import datetime, timezone
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from actions.chitchat import ActionOfferHuman
from actions.delivery_replies import day
from actions.discovery import ActionCheckAvailability, ActionSearchProducts, ActionSelectProduct
from actions.product_actions import ActionShowPrice, ActionShowProductDetails
from actions.search_results import ActionShowMore
from commerce.db import get_engine, session_scope
from commerce.models import Product, Variant
from commerce.search import ProductQuery, counting, find_products
from commerce.shipping import SHIPPING_METHODS
from tests.actions.conversation_driver import ActionConversation, entity_list, say

ARTICLE_SEARCH = dict(
    colour="black", occasion=["formal", "black-tie"], category="shoes", size="10", price_max="150"
)


def listed_prices(text: str) -> list[Decimal]:
    return [
        Decimal(price.replace(",", ""))
        for price in re.findall(r"^\d+\..*?\$([\d,]+\.\d\d)", text, re.M)
    ]


def selected_handles(turn) -> list[str]:
    return [re.search(r'"product_handle": "([^"]+)"', b["payload"]).group(1)
            for b in turn.buttons if "product_handle" in b["payload"]]  # fmt: skip


@pytest.fixture
def chat(demo_store_url) -> ActionConversation:
    return ActionConversation()


def test_article_search_lists_black_tie_shoes_in_size_10_under_150(chat, demo_store_url):
    turn = chat.search(**ARTICLE_SEARCH)

    assert "Windsor Patent Oxford" in turn.text
    assert listed_prices(turn.text) and all(p <= 150 for p in listed_prices(turn.text))
    assert "size 10" in turn.text and "$150" in turn.text
    # Every product shown really has a black size-10 pair in stock at that price.
    with session_scope(get_engine(demo_store_url)) as session:
        for handle in selected_handles(turn):
            fitting = session.scalar(
                select(func.count(Variant.id))
                .join(Product)
                .where(Product.handle == handle, Variant.colour_key == "black", Variant.stock > 0,
                       Variant.price <= 150, Variant.size.like("US 10 /%"))
            )  # fmt: skip
            assert fitting, handle


def test_result_buttons_pick_products_and_offer_more(chat):
    turn = chat.search(category="shoes")

    handles = selected_handles(turn)
    assert len(handles) == 3
    assert turn.buttons[-1] == {"title": "Show more", "payload": "/show_more"}


def test_refinement_changes_only_what_the_shopper_changed(chat):
    chat.search(**ARTICLE_SEARCH)
    turn = chat.search(intent="refine_search", colour="brown")

    query = chat.slots["search_query"]
    assert query["colour"] == "brown"
    assert query["size"] == "10" and query["price_max"] == "150" and query["category"] == "shoes"
    assert "brown" in turn.text and "Windsor Patent Oxford" not in turn.text


def test_cheaper_shows_only_cheaper_than_what_was_on_screen(chat):
    first = chat.search(category="shoes", colour="black", size="10")
    cheapest_shown = min(listed_prices(first.text))

    turn = chat.search(intent="refine_search", price_direction="cheaper")

    prices = listed_prices(turn.text)
    assert prices and all(price < cheapest_shown for price in prices)
    assert chat.slots["search_query"]["size"] == "10"


def test_new_search_for_another_category_starts_over(chat):
    chat.search(**ARTICLE_SEARCH)
    chat.search(category="bow ties")

    assert chat.slots["search_query"] == {"category": "bow ties"}


def test_what_about_size_9_keeps_the_rest(chat):
    chat.search(**ARTICLE_SEARCH)
    turn = chat.search(intent="refine_search", size="9")

    assert chat.slots["search_query"]["size"] == "9"
    assert "size 9" in turn.text and "Windsor Patent Oxford" in turn.text


def test_the_second_one_then_it(chat):
    listing = chat.search(**ARTICLE_SEARCH)
    second = selected_handles(listing)[1]

    picked = chat.run(ActionSelectProduct(), "select_product", entities=entity_list(ordinal="2"))
    assert chat.slots["current_product"] == second
    assert "In stock" in picked.text

    price = chat.run(ActionShowPrice(), "ask_price", "how much is it?")
    assert re.search(r"is \$\d+\.\d\d", price.text)
    assert chat.slots["current_product"] == second


def test_is_it_available_in_9_for_the_windsor(chat):
    chat.run(ActionSelectProduct(), "select_product",
             entities=entity_list(product="Windsor Patent Oxford"))  # fmt: skip

    turn = chat.run(ActionCheckAvailability(), "check_availability", entities=entity_list(size="9"))

    assert "Yes, the Windsor Patent Oxford is in stock in US 9 / EU 42" in turn.text
    assert "Only 2 left" in turn.text


def test_sold_out_size_says_so_and_offers_similar(chat):
    chat.run(ActionSelectProduct(), "select_product",
             entities=entity_list(product="Windsor Patent Oxford"))  # fmt: skip

    turn = chat.run(
        ActionCheckAvailability(), "check_availability", entities=entity_list(size="13")
    )

    assert "sold out in size 13" in turn.text
    assert "Similar ones in stock" in turn.text and turn.buttons


def test_size_the_product_is_not_made_in(chat):
    chat.run(ActionSelectProduct(), "select_product",
             entities=entity_list(product="Windsor Patent Oxford"))  # fmt: skip

    turn = chat.run(
        ActionCheckAvailability(), "check_availability", entities=entity_list(size="19")
    )

    assert "isn't made in size 19" in turn.text and "US 7" in turn.text


def test_colour_sold_out_points_to_colours_left_in_that_size(chat):
    chat.run(ActionSelectProduct(), "select_product",
             entities=entity_list(product="Ashby Cap-Toe Oxford"))  # fmt: skip

    turn = chat.run(ActionCheckAvailability(), "check_availability",
                    entities=entity_list(size="10", colour="black"))  # fmt: skip

    assert "sold out in black size 10" in turn.text
    assert "still in stock in Brown" in turn.text


def test_is_it_in_stock_uses_the_size_searched_for(chat):
    chat.search(**ARTICLE_SEARCH)
    chat.run(ActionSelectProduct(), "select_product",
             entities=entity_list(product="Windsor Patent Oxford"))  # fmt: skip

    turn = chat.run(ActionCheckAvailability(), "check_availability", "is it in stock?")

    assert "in stock in US 10 / EU 43" in turn.text


def test_it_without_anything_in_focus_asks_which_product(chat):
    chat.search(category="shoes")

    turn = chat.run(ActionShowPrice(), "ask_price", "how much is it?")

    # Named, with a button for each on screen (stranger test 34: never "tap" with nothing to tap).
    assert turn.text.startswith("Which one do you mean: the ")
    assert len(turn.buttons) == len(chat.slots["shown_results"]["handles"]) > 1


def test_ordinal_beyond_the_list(chat):
    chat.search(**ARTICLE_SEARCH)

    turn = chat.run(ActionSelectProduct(), "select_product", entities=entity_list(ordinal="9"))

    assert turn.responses == ["utter_bad_ordinal"]


def test_show_more_pages_through_results_without_repeats(chat):
    first = chat.search(category="oxfords")
    second = chat.run(ActionShowMore(), "show_more")

    assert set(selected_handles(first)).isdisjoint(selected_handles(second))
    assert "More oxfords (4–6 of" in second.text


def test_past_the_count_cap_the_reply_says_more_than_and_show_more_goes_on(
    chat, demo_store_url, monkeypatch
):
    # A big catalog is not counted to the end (commerce.search.counting.COUNT_CAP, here 8 for the
    # small demo catalog): the reply says "more than", and "Show more" still reaches every oxford.
    with session_scope(get_engine(demo_store_url)) as session:
        oxfords = find_products(session, ProductQuery(category="oxfords"), limit=1000).total
    assert oxfords > 12
    monkeypatch.setattr(counting, "COUNT_CAP", 8)

    first = chat.search(category="oxfords")
    assert "I found more than 8 oxfords. Here are the first 3:" in first.text
    second = chat.run(ActionShowMore(), "show_more")
    assert "More oxfords (4–6 of more than 8):" in second.text
    seen, turn = selected_handles(first) + selected_handles(second), second
    while {"title": "Show more", "payload": "/show_more"} in turn.buttons:
        turn = chat.run(ActionShowMore(), "show_more")
        seen += selected_handles(turn)
    assert len(seen) == len(set(seen)) == oxfords
    assert f"of {oxfords}):" in turn.text  # the last page, counted to the end


def test_nothing_matches_offers_the_closest_alternatives(chat):
    turn = chat.search(category="oxfords", colour="teal")

    assert "I have no teal oxfords in stock" in turn.text
    assert "Not in teal" in turn.text and selected_handles(turn)


def test_unknown_size_names_the_sizes_in_stock(chat):
    turn = chat.search(category="oxfords", size="19")

    assert "no oxfords in size 19" in turn.text
    assert "in other sizes (in stock: US" in turn.text


def test_negative_price_gets_a_clear_answer_and_changes_nothing(chat):
    chat.search(category="shoes")
    before = dict(chat.slots)

    turn = chat.search(intent="refine_search", price_max="-5")

    assert "a price can't be negative" in turn.text
    assert chat.slots == before and not turn.events


def test_refinement_with_nothing_to_refine_asks_what_to_find(chat):
    turn = chat.run(ActionSearchProducts(), "refine_search", "cheaper")

    assert turn.responses == ["utter_ask_what_to_find"]


def test_details_of_the_product_in_focus(chat):
    chat.run(ActionSelectProduct(), "select_product",
             entities=entity_list(product_handle="ashby-cap-toe-oxford"))  # fmt: skip

    turn = chat.run(ActionShowProductDetails(), "product_details", "tell me more about it")

    assert "Ashby Cap-Toe Oxford by Aldwych & Co: $129.00" in turn.text
    assert "Brown:" in turn.text and turn.messages[0].get("image")
    assert [(b["title"], b["payload"].split("{")[0]) for b in turn.buttons] == [
        ("Buy", "/buy"), ("Add to cart", "/add_to_cart")]  # fmt: skip


def test_results_come_with_cards_for_channels_that_show_them(chat):
    turn = chat.search(category="oxfords", colour="black")

    cards = turn.messages[0]["product_cards"]
    assert [card["title"] for card in cards] == [
        b["title"].split(". ", 1)[1] for b in turn.buttons if b["payload"] != "/show_more"
    ]
    assert all(card["image_url"].startswith("https://") for card in cards)
    assert [b["title"] for b in cards[0]["buttons"]] == ["Details", "Buy", "Add to cart"]
    assert cards[0]["subtitle"].startswith("by ") and "$" in cards[0]["subtitle"]


def test_a_failing_action_apologises_and_changes_nothing(chat, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("database went away")

    monkeypatch.setattr("actions.search_results.find_products", broken)

    turn = chat.search(category="shoes")

    assert turn.responses == ["utter_action_failed"] and turn.events == []
    assert "database went away" not in str(turn.messages)


def test_human_offer_is_honest_and_says_how_to_reach_the_shop(chat, monkeypatch):
    monkeypatch.setenv("SHOP_CONTACT_EMAIL", "team@shop.test")
    # A person is offered only where one can be reached (tests/actions/test_reach_a_person.py).
    monkeypatch.setenv("SHOP_AGENT_SLACK_CHANNEL", "C0AGENTS")
    monkeypatch.setenv("SHOP_AGENT_SLACK_BOT_TOKEN", "xoxb-agents")
    monkeypatch.setenv("SHOP_AGENT_HOURS", "24/7")

    turn = chat.run(ActionOfferHuman(), "bot_challenge", "are you a human?")

    assert "a bot" in turn.text and "team@shop.test" in turn.text
    assert turn.buttons == [{"title": "Talk to a person", "payload": "/request_human"}]


def test_show_more_after_alternatives_pages_the_alternatives(chat):
    first = chat.search(category="loafers", size="99")
    assert "in other sizes" in first.text

    more = chat.run(ActionShowMore(), "show_more")

    assert "More loafers (4–6 of" in more.text
    assert set(selected_handles(first)).isdisjoint(selected_handles(more))


def test_show_more_at_the_end_says_so(chat):
    chat.search(product="Windsor Patent Oxford")

    turn = chat.run(ActionShowMore(), "show_more")

    assert turn.responses == ["utter_no_more_results"]


def test_after_similar_products_the_first_one_means_the_first_similar(chat):
    chat.run(ActionSelectProduct(), "select_product",
             entities=entity_list(product="Windsor Patent Oxford"))  # fmt: skip
    similar = chat.run(
        ActionCheckAvailability(), "check_availability", entities=entity_list(size="13")
    )
    first_similar = selected_handles(similar)[0]

    chat.run(ActionSelectProduct(), "select_product", entities=entity_list(ordinal="1"))

    assert chat.slots["current_product"] == first_similar != "windsor-patent-oxford"


def test_cheaper_and_pricier_use_round_budgets(chat):
    first = chat.search(category="oxfords")
    chat.search(intent="refine_search", price_direction="cheaper")
    cheapest_shown = min(listed_prices(first.text))
    assert chat.slots["search_query"]["price_max"] == str(int(cheapest_shown - Decimal("0.01")))

    second = chat.search(category="oxfords")
    turn = chat.search(intent="refine_search", price_direction="pricier")
    dearest_shown = max(listed_prices(second.text))
    assert Decimal(chat.slots["search_query"]["price_min"]) > dearest_shown
    assert chat.slots["search_query"]["price_min"].isdigit()
    assert all(price > dearest_shown for price in listed_prices(turn.text))


def test_a_one_size_product_simply_says_in_stock(chat):
    turn = chat.run(ActionShowProductDetails(), "product_details",
                    entities=entity_list(product_handle="onyx-silver-cufflinks"))  # fmt: skip

    # (no size to list; its one colour is the one its title names, stranger test 90)
    assert turn.text.endswith("\nIn stock — Silver.")


# --- Stranger test 6: a present ------------------------------------------------------------------


def test_a_gift_for_her_asks_what_kind_of_thing_with_her_kinds(chat, extractor):
    turn = say(chat, extractor, ActionSearchProducts(), "search_products",
               "hey need a gift for my gf, bday on saturday")  # fmt: skip
    assert "for her" in turn.text and "only good at this shop" not in turn.text
    titles = [button["title"] for button in turn.buttons]
    assert {"Dresses", "Heels"} <= set(titles) and "Suits" not in titles
    assert all('"gender": "female"' in button["payload"] for button in turn.buttons)
    # Who it is for is kept for the search that follows.
    turn = say(chat, extractor, ActionSearchProducts(), "search_products", "maybe some heels")
    assert chat.slots["search_query"]["gender"] == "female" and "for women" in turn.text


def red_or_said_not_red(line: str) -> bool:
    colours = re.search(r"\(([^()]*)\)(?: —|$)", line)
    listed = {c.strip().lower() for c in colours.group(1).split(",")} if colours else set()
    return bool(listed & {"red", "burgundy", "maroon", "crimson"}) or "not in red" in line


def test_a_colour_after_a_kind_we_dont_sell_searches_what_we_sell_in_that_colour(chat, extractor):
    say(chat, extractor, ActionSearchProducts(), "search_products",
        "she likes scarves, maybe cashmere? under 100")  # fmt: skip
    turn = say(chat, extractor, ActionSearchProducts(), "refine_search", "anything in red")
    assert "scarves" not in turn.text and "scarves" not in str(chat.slots["search_query"])
    assert chat.slots["search_query"]["colour"] == "red"
    lines = [line for line in turn.text.splitlines() if re.match(r"\d+\. ", line)]
    assert lines and all(red_or_said_not_red(line) for line in lines), lines


def test_the_nearest_kind_never_passes_other_colours_off_as_the_one_asked(chat, extractor):
    turn = say(chat, extractor, ActionSearchProducts(), "search_products",
               "a red cashmere scarf under 100?")  # fmt: skip
    assert "don't sell scarves" in turn.text
    lines = [line for line in turn.text.splitlines() if re.match(r"\d+\. ", line)]
    assert lines and all(red_or_said_not_red(line) for line in lines), lines


def test_a_leather_handbag_not_brown_shows_handbags_not_briefcases(chat, extractor):
    turn = say(chat, extractor, ActionSearchProducts(), "search_products",
               "ok maybe a leather handbag then, not brown")  # fmt: skip
    assert "handbags" in turn.text
    assert "Briefcase" not in turn.text and "Messenger" not in turn.text
    assert "Tote" in turn.text or "Crossbody" in turn.text


def test_a_search_for_tonight_says_delivery_cannot_make_it(chat, extractor):
    turn = say(
        chat, extractor, ActionSearchProducts(), "search_products",
        "I need black formal shoes in size 10 for a black-tie party tonight, under $150",
    )  # fmt: skip

    assert "Windsor Patent Oxford" in turn.messages[0]["text"]
    today = day(datetime.now(timezone.utc).date())
    assert turn.messages[-1]["text"] == (
        f"For {today}: even Express shipping, ordered today, arrives "
        f"{day(SHIPPING_METHODS['express'].arrival(datetime.now(timezone.utc).date())[0])} at the "
        "earliest, so not in time, I'm sorry."
    )


def test_a_search_naming_a_later_day_says_which_shipping_makes_it(chat, extractor):
    turn = say(chat, extractor, ActionSearchProducts(), "search_products",
               "need smart black shoes for next friday, size 11")  # fmt: skip

    assert turn.messages[-1]["text"].startswith("For Friday ")
    assert "shipping, ordered today, arrives" in turn.messages[-1]["text"]


def test_a_search_naming_no_day_has_no_delivery_line(chat, extractor):
    turn = say(chat, extractor, ActionSearchProducts(), "search_products",
               "black oxfords for my sunday best")  # fmt: skip

    assert not any(message["text"].startswith("For ") for message in turn.messages)
