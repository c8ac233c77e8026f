"""The shop's web chat: the embeddable page (index.html, shop-chat.js, shop-chat.css) and its
local server (server.py) with drawn product pictures (placeholders.py)."""
