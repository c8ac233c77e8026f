"""Every statement about stock, sizes, prices and sales is computed from the store at that moment."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from decimal import Decimal

import pytest
import yaml
from sqlalchemy import func, or_, select

from actions import availability_replies, search_replies
from actions.discovery import ActionCheckAvailability, ActionSearchProducts, ActionSelectProduct
from actions.product_questions import ActionAnswerProductQuestion
from actions.recommendations import ActionSuggestOutfit
from commerce.db import get_engine, session_scope
from commerce.models import Product, Variant
from commerce.orders import Contact, place_order
from commerce.products import product_details
from commerce.search import ProductQuery, category_types, find_products
from tests.actions.conversation_driver import ActionConversation, entity_list
from tests.conftest import PROJECT_ROOT
from tests.core.catalog_rows import DEMO_CSV, read_catalog

DEMO = read_catalog(DEMO_CSV)


def claimed_sizes(text: str, offered: tuple[str, ...]) -> dict[str, set[str]]:
    """Colour -> the sizes a stock line says are in stock ("A to B" covers every size the product
    is made in from A to B; "(sold out: ...)" names sizes that are not)."""
    if text.startswith("In stock."):
        return {"": set()}  # a single variant, no size or colour to name
    listed = text.removeprefix("In stock — ").split(". Sold out in")[0].removesuffix(".")
    claims: dict[str, set[str]] = {}
    for part in listed.split("; "):
        colour, _, sizes = part.partition(": ")
        sizes = sizes.split(" (sold out:")[0]
        claimed: set[str] = set()
        for item in filter(None, sizes.split(", ")):
            first, _, last = item.partition(" to ")
            if last:
                run = offered[offered.index(first) : offered.index(last) + 1]
                claimed.update(run)
            else:
                claimed.add(first)
        claims[colour] = claimed
    return claims


@pytest.fixture
def store(demo_store_url):
    engine = get_engine(demo_store_url)
    with session_scope(engine) as session:
        yield session
    engine.dispose()


def test_every_stock_line_of_the_demo_catalog_claims_exactly_the_sizes_in_stock(store):
    checked = 0
    for handle, product in DEMO.items():
        details = product_details(store, handle)
        if details is None or not details.in_stock:
            continue  # drafts are never shown; "sold out" claims nothing
        text = availability_replies.stock_text(details)
        claims = claimed_sizes(text, details.sizes_offered)
        expected: dict[str, set[str]] = {}
        for variant in product.in_stock:
            expected.setdefault(variant.colour or "", set()).update(
                [variant.size] if variant.size else []
            )
        assert claims == expected, (handle, text)
        checked += 1
    assert checked > 150


def test_the_mayfair_card_names_the_brown_sizes_that_are_sold_out(store):
    text = availability_replies.stock_text(product_details(store, "mayfair-double-monk"))
    brown = text.split("Brown: ")[1]
    assert "US 7 / EU 40 to US 13 / EU 46" not in brown
    assert "sold out: US 8.5 / EU 41.5, US 11 / EU 44" in brown


# ---- "What sizes does it come in?" -------------------------------------------------------------


@pytest.fixture
def chat(demo_store_url) -> ActionConversation:
    return ActionConversation()


def _focus(chat: ActionConversation, handle: str) -> None:
    chat.run(ActionSelectProduct(), "select_product", entities=entity_list(product_handle=handle))


def test_what_sizes_lists_every_size_in_stock_per_colour(chat, store):
    _focus(chat, "mayfair-double-monk")
    # The NLU may read "sizes" as size S: the question is still which sizes.
    turn = chat.run(ActionCheckAvailability(), "check_availability",
                    "what sizes does it come in?", entity_list(size="S"))  # fmt: skip

    assert "in stock in S" not in turn.text
    details = product_details(store, "mayfair-double-monk")
    listed = turn.text.split("in stock — ", 1)[1]
    claims = claimed_sizes("In stock — " + listed, details.sizes_offered)
    assert claims == {colour: set(sizes) for colour, sizes in details.stock_by_colour.items()}
    assert "US 8.5 / EU 41.5" in turn.text.split("Brown: ")[1].split("sold out:")[1]


def test_which_sizes_are_left_in_a_colour_lists_that_colour_only(chat, store):
    _focus(chat, "hackney-suede-loafer")
    turn = chat.run(ActionCheckAvailability(), "check_availability",
                    "which sizes are left in olive?", entity_list(colour="olive"))  # fmt: skip

    details = product_details(store, "hackney-suede-loafer")
    olive = next(colour for colour in details.sizes_by_colour if colour.lower() == "olive")
    listed = turn.text.split("in stock — ", 1)[1]
    claims = claimed_sizes("In stock — " + listed, details.sizes_offered)
    assert claims == {olive: set(details.stock_by_colour.get(olive, ()))}
    assert not turn.text.startswith("Yes")


def test_a_size_answer_on_unisex_sneakers_says_they_are_in_mens_sizes(chat):
    # Seen in a stranger test: a woman asked for women's sneakers, then "do they come in 7?",
    # and was told "in stock in US 7 / EU 40" (a men's 7) with no word that the run is men's.
    _focus(chat, "falcon-high-top")
    turn = chat.run(ActionCheckAvailability(), "check_availability",
                    "do they come in 7?", entity_list(size="7"))  # fmt: skip

    assert "US 7 / EU 40" in turn.text
    assert (
        "Sizing, from our catalog: “Unisex sizing in men's US sizes (women usually take 1.5"
        in turn.text
    )


def test_a_size_answer_quotes_no_sizing_note_where_the_catalog_has_none(chat):
    _focus(chat, "windsor-patent-oxford")
    turn = chat.run(ActionCheckAvailability(), "check_availability",
                    "do you have it in a 10?", entity_list(size="10"))  # fmt: skip

    assert "US 10" in turn.text and "sizing" not in turn.text.lower()


# ---- On sale and best sellers ------------------------------------------------------------------


def _variant_ids(session, handle: str, count: int) -> list[int]:
    return list(
        session.scalars(
            select(Variant.id)
            .join(Product)
            .where(Product.handle == handle, Variant.stock > 0)
            .order_by(Variant.position)
            .limit(count)
        )
    )


def _order(session, variant_id: int, quantity: int, key: str, days_ago: int = 1) -> None:
    place_order(
        session,
        owner="someone",
        contact=Contact("Ann Lee", "ann@example.com", "12 Harbour Lane, 02110 Boston"),
        items=[(variant_id, quantity)],
        idempotency_key=key,
        now=datetime.now(timezone.utc) - timedelta(days=days_ago),
    )


def _is_a_dress():
    kinds = category_types("dresses")
    return or_(
        func.lower(Product.product_type).in_(kinds), func.lower(Product.department).in_(kinds)
    )


def test_on_sale_finds_exactly_the_marked_down_products(store):
    result = find_products(store, ProductQuery(category="dresses", on_sale=True), limit=100)
    expected = set(
        store.scalars(
            select(Product.handle)
            .join(Variant)
            .where(_is_a_dress(), Variant.stock > 0)
            .where(Variant.compare_at_price > Variant.price)
        )
    )
    everything = find_products(store, ProductQuery(category="dresses"), limit=100)
    assert expected and {m.handle for m in result.matches} == expected
    assert result.total < everything.total  # not every dress
    assert all(m.compare_at_price > m.price_to for m in result.matches)


def test_best_sellers_are_ranked_by_units_sold_in_the_last_30_days(store):
    oxford, loafer, old = "ashby-cap-toe-oxford", "albany-penny-loafer", "windsor-patent-oxford"
    _order(store, _variant_ids(store, loafer, 1)[0], 3, "a")
    _order(store, _variant_ids(store, oxford, 1)[0], 1, "b")
    _order(store, _variant_ids(store, old, 1)[0], 5, "c", days_ago=45)  # too long ago
    store.commit()

    result = find_products(store, ProductQuery(category="shoes", sort="popular"), limit=3)

    assert [m.handle for m in result.matches][:2] == [loafer, oxford]
    assert result.sales.units[loafer] == 3 and result.sales.units[oxford] == 1
    assert result.sales.units.get(result.matches[2].handle) == 0
    text = search_replies.results_heading(result) + "\n" + search_replies.result_lines(result)
    assert "Best sellers first, by units sold in the last 30 days" in text
    assert "3 sold in the last 30 days" in text and "5 sold" not in text


def _search(chat, monkeypatch, text: str, **entities):
    return chat.run(ActionSearchProducts(), "search_products", text, entity_list(**entities))


def test_best_sellers_without_any_orders_say_there_is_nothing_to_rank_by(chat, monkeypatch):
    turn = _search(chat, monkeypatch, "any best sellers in shoes?",
                   category="shoes", popularity="popular")  # fmt: skip

    assert "no sales history yet to rank by" in turn.text
    assert "sold in the last" not in turn.text and "Best sellers first" not in turn.text


def test_whats_popular_after_a_search_asks_about_the_shops_popular_ones_of_that_kind(
    chat, monkeypatch
):
    # The popular suits, not only the navy ones on screen, nor every product (stranger test 66).
    _search(chat, monkeypatch, "navy suits", category="suits", colour="navy")
    turn = _search(chat, monkeypatch, "whats popular right now", popularity="popular")

    assert "navy suits" not in turn.text.split("\n")[0]  # not "popular among the navy suits"
    assert chat.slots["search_query"].get("category") == "suits"
    assert chat.slots["search_query"].get("colour") is None


def test_which_of_these_sell_best_stays_with_the_results_on_screen(chat, monkeypatch):
    _search(chat, monkeypatch, "navy suits", category="suits", colour="navy")
    _search(chat, monkeypatch, "which of these sell best?", popularity="popular")

    assert chat.slots["search_query"]["category"] == "suits"


def test_any_sale_on_dresses_lists_the_marked_down_ones_with_both_prices(chat, monkeypatch, store):
    turn = _search(chat, monkeypatch, "any sale on dresses?", category="dresses", deal="on_sale")

    marked_down = store.scalar(
        select(func.count(func.distinct(Product.id)))
        .join(Variant)
        .where(_is_a_dress(), Variant.stock > 0)
        .where(Variant.compare_at_price > Variant.price)
    )
    assert f"I found {marked_down} dresses on sale" in turn.text
    for line in turn.text.splitlines()[1:]:
        was, now = re.search(r"on sale: was \$([\d.,]+), now \$([\d.,]+)", line).groups()
        assert Decimal(was.replace(",", "")) > Decimal(now.replace(",", ""))
    assert chat.slots["search_query"]["on_sale"] is True


# ---- Questions the product card does not answer ------------------------------------------------


def test_a_material_question_quotes_the_catalog_sentence(chat):
    _focus(chat, "windsor-patent-oxford")
    turn = chat.run(ActionAnswerProductQuestion(), "ask_product_question", "what is it made of?")

    assert (
        "“Mirror-shine patent calfskin with a sleek plain toe and a slim leather sole.”"
        in turn.text
    )
    assert "In stock" not in turn.text  # not the product card again


def test_fit_is_quoted_and_a_slim_sole_is_not_a_fit(chat):
    _focus(chat, "windsor-patent-oxford")
    turn = chat.run(ActionAnswerProductQuestion(), "ask_product_question", "does it run small?")

    assert "runs true to size" in turn.text and "slim leather sole" not in turn.text


def test_a_material_question_over_a_list_of_suggestions_asks_which_one(chat):
    # Seen in a README run: after "what goes with it?" listed four products, "is it real wool?"
    # got "None of the products on screen fits that", as if "wool" picked one of them.
    _focus(chat, "whitehall-two-piece-suit")
    chat.run(ActionSuggestOutfit(), "ask_what_goes_with", "what goes with it?")
    turn = chat.run(ActionAnswerProductQuestion(), "ask_product_question", "is it real wool?",
                    entity_list(feature="wool"))  # fmt: skip

    # "Which one do you mean: the ...?", a button for each suggestion (stranger test 34).
    assert turn.text.startswith("Which one do you mean: the ") and len(turn.buttons) > 1


def test_what_the_catalog_does_not_say_is_not_guessed(chat, monkeypatch):
    monkeypatch.setenv("SHOP_CONTACT_EMAIL", "team@shop.test")
    _focus(chat, "windsor-patent-oxford")
    turn = chat.run(ActionAnswerProductQuestion(), "ask_product_question", "is it waterproof?")

    assert turn.text.startswith(
        "I don't know from our catalog whether the Windsor Patent Oxford is waterproof."
    )
    assert "team@shop.test" in turn.text


# Questions that used to get the whole product card (product_details): the answer is the catalog
# sentence that says it, not "I don't know", and not the card again.
@pytest.mark.parametrize(
    ("handle", "question", "quoted"),
    [
        ("siena-patent-oxford", "where are these made?", "Made in Italy"),
        ("amalfi-tassel-loafer", "are they handmade", "hand-sewn moccasin toe"),
        ("windsor-patent-oxford", "would these be ok for a wedding?", "formal dinners and weddings"),
        ("striped-repp-tie", "how wide is it", "8 cm width"),
        ("ottilie-shift-dress", "does it have a zip?", "hidden back zip"),
        ("lund-satin-clutch", "is the strap detachable", "detachable chain strap"),
        ("windsor-patent-oxford", "is it goodyear welted", "Goodyear-welted"),
        ("windsor-patent-oxford", "is it vegan?", "patent calfskin"),  # what it is made of
    ],
)  # fmt: skip
def test_a_question_about_one_property_quotes_the_sentence_that_answers_it(
    chat, handle, question, quoted
):
    _focus(chat, handle)
    turn = chat.run(ActionAnswerProductQuestion(), "ask_product_question", question)

    assert quoted in turn.text and "I don't know" not in turn.text
    assert "In stock" not in turn.text  # the answer, not the product card again


def test_how_high_is_the_heel_asks_about_the_boot_in_focus_not_a_heel_on_screen(chat, monkeypatch):
    # "heel" reads as the kind "heels"; no heels are on screen, and the shopper means this boot's.
    _search(chat, monkeypatch, "chelsea boots", category="chelsea boots")
    _focus(chat, "linnet-heeled-chelsea-boot")
    turn = chat.run(ActionAnswerProductQuestion(), "ask_product_question", "how high is the heel?",
                    entity_list(category="heels"))  # fmt: skip

    assert "6 cm block heel" in turn.text
    assert turn.responses != ["utter_none_on_screen_fits"]


def test_a_property_the_catalog_does_not_mention_is_not_guessed(chat, monkeypatch):
    monkeypatch.setenv("SHOP_CONTACT_EMAIL", "team@shop.test")
    _focus(chat, "windsor-patent-oxford")
    turn = chat.run(ActionAnswerProductQuestion(), "ask_product_question", "does it have pockets?")

    assert turn.text.startswith("I don't know from our catalog")
    assert "Windsor Patent Oxford" in turn.text and "team@shop.test" in turn.text
    assert "calfskin" not in turn.text  # no sentence about something else passed off as an answer


def test_where_is_it_made_is_not_answered_by_the_shape_of_its_last(chat):
    # The Windsor is "Goodyear-welted on our classic English last": a shoe shape, not a country.
    _focus(chat, "windsor-patent-oxford")
    turn = chat.run(ActionAnswerProductQuestion(), "ask_product_question", "where is it made?")

    assert turn.text.startswith("I don't know from our catalog where or how the Windsor")
    assert "English last" not in turn.text


def test_the_product_question_examples_are_in_the_domain():
    domain = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text())
    assert "ask_product_question" in domain["intents"]
    assert "action_answer_product_question" in domain["actions"]
    assert {"deal", "popularity"} <= {
        e if isinstance(e, str) else next(iter(e)) for e in domain["entities"]
    }
    nlu = yaml.safe_load((PROJECT_ROOT / "data/nlu/product_questions.yml").read_text())
    examples = [line for line in nlu["nlu"][0]["examples"].splitlines() if line.strip()]
    assert len(examples) >= 30
