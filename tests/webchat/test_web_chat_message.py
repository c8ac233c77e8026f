"""What the web chat channel sends for each kind of bot message (shop_channels/webchat.py)."""

from __future__ import annotations

from actions.replies import buy_payload, select_payload
from shop_channels.webchat import displayed_image_url, web_chat_message

LOCAL_IMAGES = "http://localhost:8080/images"


def search_result() -> dict:
    """A search result as the action server sends it (see actions/discovery.py)."""
    handles = ["windsor-patent-oxford", "belmont-patent-opera-oxford"]
    return {
        "text": "I found 13 black formal shoes in size 10. Here are the first 2:\n"
        "1. Windsor Patent Oxford by Aldwych & Co, $139.00 (Black)\n"
        "2. Belmont Patent Opera Oxford by Aldwych & Co, $109.00 (Black)",
        "buttons": [
            {"title": "1. Windsor Patent Oxford", "payload": select_payload(handles[0])},
            {"title": "2. Belmont Patent Opera Oxford", "payload": select_payload(handles[1])},
            {"title": "Show more", "payload": "/show_more"},
        ],
        "product_cards": [
            {
                "title": title,
                "subtitle": "by Aldwych & Co",
                "image_url": f"https://shop.example.com/images/{handle}.jpg",
                "buttons": [
                    {"title": "Details", "payload": select_payload(handle)},
                    {"title": "Buy", "payload": buy_payload(handle)},
                ],
            }
            for handle, title in zip(
                handles, ["Windsor Patent Oxford", "Belmont Patent Opera Oxford"], strict=True
            )
        ],
        "timestamp": 1_700_000_000.0,
    }


def test_a_search_result_is_its_heading_the_cards_and_the_buttons_the_cards_lack():
    event = web_chat_message(search_result(), LOCAL_IMAGES)

    assert event["text"] == "I found 13 black formal shoes in size 10. Here are the first 2:"
    assert event["quick_replies"] == [
        {"content_type": "text", "title": "Show more", "payload": "/show_more"}
    ]
    first = event["product_cards"][0]
    assert first["title"] == "Windsor Patent Oxford"
    assert first["image_url"] == f"{LOCAL_IMAGES}/windsor-patent-oxford.jpg"
    assert [button["title"] for button in first["buttons"]] == ["Details", "Buy"]
    assert set(event) == {"text", "quick_replies", "product_cards"}


def test_product_details_come_with_their_picture_and_buy_button():
    event = web_chat_message(
        {
            "text": "Windsor Patent Oxford by Aldwych & Co: $139.00.\nIn stock",
            "image": "https://shop.example.com/images/windsor-patent-oxford.jpg",
            "buttons": [{"title": "Buy", "payload": buy_payload("windsor-patent-oxford")}],
        },
        LOCAL_IMAGES,
    )

    assert event["text"] == "Windsor Patent Oxford by Aldwych & Co: $139.00.\nIn stock"
    assert event["attachment"] == {
        "type": "image",
        "payload": {"src": f"{LOCAL_IMAGES}/windsor-patent-oxford.jpg"},
    }
    assert [reply["title"] for reply in event["quick_replies"]] == ["Buy"]


def test_a_message_with_nothing_for_the_web_chat_sends_nothing():
    assert web_chat_message({"custom": {"blocks": []}}) == {}
    assert web_chat_message({"text": "Hi!"}) == {"text": "Hi!"}


def test_image_urls_move_only_when_a_base_url_is_set(monkeypatch):
    url = "https://shop.example.com/images/albany-penny-loafer.jpg?v=2"
    monkeypatch.delenv("SHOP_IMAGE_BASE_URL", raising=False)
    assert displayed_image_url(url) == url
    assert displayed_image_url(None) is None

    monkeypatch.setenv("SHOP_IMAGE_BASE_URL", "http://127.0.0.1:9000/pictures/")
    assert displayed_image_url(url) == "http://127.0.0.1:9000/pictures/albany-penny-loafer.jpg"
