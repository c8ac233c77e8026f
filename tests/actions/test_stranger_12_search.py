"""Stranger test 12's search misses (docs/nlu/stranger-test-12.md): "forget shirts. shoes" searches
shoes, and "what about 15" then takes the 15; what the shopper already owns is not searched for;
words the catalog can't serve ("warm", "slush", "not too high", "chinos") are said, never dropped,
and "32 waist" is used; nearest suggestions keep whom they are for."""

from __future__ import annotations

import re

import pytest

from tests.actions.conversation_driver import search


def listed(text: str) -> list[str]:
    return [line for line in text.splitlines() if re.match(r"\s*\d+\. ", line)]


_SHIRTS = re.compile(r"Shirt|Oxford Button")


def shirts_in_xxl(chat, extractor) -> None:
    search(chat, extractor, "show me casual shirts in xxl")
    search(chat, extractor, "nothing fits 😩 what about 3xl", intent="refine_search")


# --- C5: "ok forget shirts. shoes, size 14 wide": shoes, and shirts are let go -------------------


@pytest.mark.parametrize("intent", ["search_products", "refine_search"])
@pytest.mark.parametrize(
    "text",
    [
        "ok forget shirts. shoes, size 14 wide",
        "forget the shirts, shoes in 14 wide",
        "ok forget about shirts, what about shoes size 14",
        "never mind the shirts. shoes? size 14",
        "FORGET SHIRTS. SHOES SIZE 14 WIDE",
        "scrap the shirts, show me shoes in a 14",
    ],
)
def test_forget_one_kind_and_name_another_searches_the_other(chat, extractor, text, intent):
    shirts_in_xxl(chat, extractor)

    turn = search(chat, extractor, text, intent=intent)

    print(turn.text)
    query = chat.slots["search_query"]
    assert query["category"] == "shoes"
    assert query.get("size") == "14"
    assert "shirt" not in turn.text.lower()
    assert not any(_SHIRTS.search(line) for line in listed(turn.text))


@pytest.mark.parametrize(
    "text", ["forget shirts", "forget about the shirts", "never mind shirts", "scrap the shirts"]
)
def test_forget_marks_the_kind_ruled_out(extractor, text):
    kinds = [e for e in extractor.extract(text) if e.entity == "category"]
    assert kinds and all(e.role == "excluded" for e in kinds)


# --- C6: "what about 15" after shoes in 14: the 15 is taken -------------------------------------


@pytest.mark.parametrize(
    "text", ["what about 15", "how about 15?", "what about a 15", "and 15?", "what abt 15",
             "ok what about size 15"],
)  # fmt: skip
def test_what_about_another_number_is_that_size(chat, extractor, text):
    shirts_in_xxl(chat, extractor)
    first = search(chat, extractor, "ok forget shirts. shoes, size 14 wide", intent="refine_search")

    turn = search(chat, extractor, text, intent="refine_search")

    print(turn.text)
    assert chat.slots["search_query"]["category"] == "shoes"
    assert chat.slots["search_query"]["size"] == "15"
    assert turn.text != first.text
    assert "15" in turn.text
    assert "size 14" not in turn.text


@pytest.mark.parametrize(
    "text", ["what about 150", "what about 2 of them", "what about 15 dollars"]
)
def test_what_about_a_price_or_a_count_is_no_size(extractor, text):
    assert not [e for e in extractor.extract(text) if e.entity == "size"]


# --- B1: "I already have an emerald green gown ... I just need everything else" -----------------

_GOWNS = re.compile(r"Gown")


@pytest.mark.parametrize(
    "text",
    [
        "Hi! I already have an emerald green gown for a charity gala on the 12th, I just need "
        "everything else 😅",
        "i already have a green gown, need everything else",
        "ive got an emerald gown for a gala, what else do i need",
        "I have a green gown already. help me with the rest",
        "already own a green gown for black tie, what goes with it",
        "i already have the gown (emerald green), need the rest",
    ],
)
def test_what_the_shopper_owns_is_not_searched_but_matched(chat, extractor, text):
    turn = search(chat, extractor, text)

    print(turn.text)
    lines = listed(turn.text)
    assert lines and not any(_GOWNS.search(line) for line in lines), lines
    assert "go with it" in turn.text
    assert any(re.search(r"Clutch|Bag|Tote", line) for line in lines), lines
    assert any(re.search(r"Pump|Sandal|Heel|Stiletto|Mule|Slingback", line) for line in lines)
    assert "gown" not in (chat.slots.get("search_query") or {}).get("category", "")


def test_a_colour_owned_teaches_the_profile_nothing(chat, extractor):
    search(
        chat, extractor, "I already have an emerald green gown for a charity gala, I need the rest"
    )
    search(chat, extractor, "i already have a green dress too, what goes with it")
    search(chat, extractor, "clutch bag first. gold or silver ideally")

    turn = search(chat, extractor, "ok now heels, womens 7.5")

    print(turn.text)
    assert "green" not in turn.text.lower()


@pytest.mark.parametrize(
    "text",
    ["i already have a gown for the gala, need everything else", "ive got a dress, what goes w it",
     "I already own a suit. what else do i need"],
)  # fmt: skip
def test_a_piece_owned_in_no_colour_said_gets_no_colour_reasons(chat, extractor, text):
    turn = search(chat, extractor, text)

    print(turn.text)
    assert "go with it" in turn.text and listed(turn.text)
    assert not re.search(r"goes with \w+|same \w+", turn.text)


@pytest.mark.parametrize(
    "text",
    ["i have a wedding, need a suit", "do you have a green gown", "i have a budget of 200 for shoes",
     "have you got navy ties"],
)  # fmt: skip
def test_having_an_occasion_or_asking_what_the_shop_has_is_no_piece_owned(extractor, text):
    assert not [e for e in extractor.extract(text) if e.role == "owned"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [("ive got a navy suit, need a tie to go with it", "ties"),
     ("i have a black dress. what shoes go with it", "shoes"),
     ("i bought the brown oxfords last week, need a belt", "belts")],
)  # fmt: skip
def test_a_kind_wanted_for_a_piece_owned_is_searched(chat, extractor, text, kind):
    search(chat, extractor, text)

    assert chat.slots["search_query"]["category"] == kind


# --- A2, A7, B5, D1-D3: words the catalog can't serve are said, never silently dropped -----------


@pytest.mark.parametrize(
    "text",
    [
        "need a warm coat, mens, like proper warm not a fashion jacket. budget around 250",
        "a warm coat for men",
        "something warm for winter, a jacket maybe, mens",
        "mens jacket, really warm pls",
        "WARM COAT MENS UNDER 300",
        "need a cosy jacket for the cold, for him",
    ],
)
def test_warm_is_kept_and_summer_cloth_is_not_offered(chat, extractor, text):
    turn = search(chat, extractor, text)

    print(turn.text)
    assert "warm" in turn.text.lower()
    lines = listed(turn.text)
    # The warm one first; summer cloth only after it, saying it is not warm.
    assert lines and "Tweed" in lines[0], lines
    summery = [line for line in lines if re.search(r"Hopsack|Linen|Cotton Blazer", line)]
    assert all("not warm" in line for line in summery), lines
    assert "warm" in chat.slots["search_query"]["features"]


@pytest.mark.parametrize(
    "text",
    ["warm weather shoes", "shoes for warm weather", "hot weather dress"],
)  # fmt: skip
def test_warm_weather_is_summer_not_warm(extractor, text):
    values = {(e.entity, e.value) for e in extractor.extract(text)}
    assert ("occasion", "summer") in values and ("feature", "warm") not in values


@pytest.mark.parametrize(
    "text",
    [
        "also boots. something i can walk in slush with, size 11",
        "boots for the snow, size 11",
        "boots i can wear in slush",
        "any snow boots? mens 11",
        "need boots for snowy streets",
        "boots that wont let in slush, 11",
    ],
)
def test_slush_is_said_as_no_waterproof_boots(chat, extractor, text):
    turn = search(chat, extractor, text)

    print(turn.text)
    assert "I have no waterproof boots" in turn.text
    lines = listed(turn.text)
    assert lines and re.search(r"Ridgeway|Wren|Fell|Thornton|Highgate", lines[0]), lines
    assert not any(re.search(r"Dress Chelsea|Ashcombe", line) for line in lines), lines


@pytest.mark.parametrize(
    "text",
    [
        "ok now heels, womens 7.5, not too high i'll be standing all night",
        "heels but not too high",
        "heels, nothing too high pls",
        "womens heels 7.5 not that high",
        "HEELS NOT TOO HIGH",
        "some heels with a small heel",
    ],
)
def test_not_too_high_heels_are_low_heels_never_stilettos(chat, extractor, text):
    turn = search(chat, extractor, text)

    print(turn.text)
    assert chat.slots["search_query"]["features"] == ["low heel"]
    assert "heels with a low heel" in turn.text
    lines = listed(turn.text)
    assert lines and not any(re.search(r"Stiletto|Platform", line) for line in lines), lines


@pytest.mark.parametrize("text", ["a low budget", "low price pls", "low rise trousers"])
def test_low_alone_is_no_heel(extractor, text):
    assert not [e for e in extractor.extract(text) if e.value == "low heel"]


@pytest.mark.parametrize(
    "text",
    [
        "need to refresh my work wardrobe, mostly chinos and shirts. mens. 32 waist",
        "chinos pls",
        "any chinos in navy",
        "mens chinos 32 waist",
        "CHINOS",
        "beige chino trousers",
    ],
)
def test_chinos_are_the_chinos(chat, extractor, text):
    turn = search(chat, extractor, text)

    print(turn.text)
    lines = listed(turn.text)
    assert lines and all("Chinos" in line for line in lines), lines


@pytest.mark.parametrize(
    "text",
    [
        "need to refresh my work wardrobe, mostly chinos and shirts. mens. 32 waist",
        "trousers and shirts, 32 waist",
        "pants and a shirt, waist 32",
        "chinos and a belt. 32 waist",
        "some trousers and shirts for work, my waist is 32",
    ],
)
def test_a_waist_said_after_a_second_kind_is_the_trousers_size(chat, extractor, text):
    turn = search(chat, extractor, text)

    print(turn.text)
    assert chat.slots["search_query"]["size"] == "32"
    assert "in size 32" in turn.text or "in 32" in turn.text


# --- B8: no jewellery, and men's cufflinks are no suggestion for a woman -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "do you sell earrings or like a statement necklace",
        "any necklaces?",
        "earrings pls",
        "do u have bracelets",
        "JEWELRY?",
        "looking for a nice necklace to wear with it",
    ],
)
def test_jewellery_for_a_woman_offers_no_mens_cufflinks(chat, extractor, text):
    search(chat, extractor, "ok now heels, womens 7.5")

    turn = search(chat, extractor, text)

    print(turn.text)
    assert "we don't sell jewellery" in turn.text
    assert "Cufflinks" not in turn.text and "not for women" not in turn.text
    assert turn.buttons and all(
        "male" not in b["payload"].replace("female", "") for b in turn.buttons
    )


def test_jewellery_for_a_man_still_offers_cufflinks(chat, extractor):
    search(chat, extractor, "mens oxfords")

    turn = search(chat, extractor, "do you sell bracelets")

    print(turn.text)
    assert "we don't sell jewellery" in turn.text
    assert "Cufflinks" in turn.text
