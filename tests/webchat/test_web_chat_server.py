"""webchat/server.py over HTTP: the widget's files and nothing else, the demo page pointed at the
assistant, and a drawn picture for every product of the store (404 for one it does not have)."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree

import requests

from webchat.placeholders import colour_hex


def test_a_product_picture_is_drawn_from_the_store(web_chat):
    response = requests.get(f"{web_chat.base_url}/images/windsor-patent-oxford.jpg", timeout=10)

    assert response.status_code == 200
    assert response.headers["Content-Type"] == "image/svg+xml"
    picture = ElementTree.fromstring(response.text)  # well-formed SVG
    assert picture.get("aria-label") == "Windsor Patent Oxford"
    texts = [node.text for node in picture.iter("{http://www.w3.org/2000/svg}text")]
    assert texts == ["OXFORDS", "Windsor Patent Oxford"]
    assert colour_hex("Black") in response.text  # the shoe is drawn in its colour


def test_a_product_the_store_does_not_have_has_no_picture(web_chat):
    for path in ("/images/no-such-product.jpg", "/images/../shop.db", "/images/"):
        assert requests.get(f"{web_chat.base_url}{path}", timeout=10).status_code == 404, path


def test_only_the_widgets_own_files_are_served(web_chat):
    script = requests.get(f"{web_chat.base_url}/shop-chat.js", timeout=10)
    client = requests.get(f"{web_chat.base_url}/vendor/socket.io.min.js", timeout=10)

    assert script.status_code == 200 and "window.ShopChat" in script.text
    assert client.status_code == 200 and client.text.startswith("/*!\n * Socket.IO v4.8.4")
    for path in ("/server.py", "/placeholders.py", "/__init__.py", "/../README.md"):
        assert requests.get(f"{web_chat.base_url}{path}", timeout=10).status_code == 404, path


def test_the_demo_page_talks_to_the_assistant_it_is_told(web_chat):
    web_chat.rasa_url = "http://assistant.test:5005"

    page = requests.get(f"{web_chat.base_url}/", timeout=10).text

    assert page.count("<script") == 1
    assert 'src="shop-chat.js" data-rasa-url="http://assistant.test:5005"' in page
