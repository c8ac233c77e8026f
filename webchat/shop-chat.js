/*
 * The shop's web chat: a chat window for the shop's Rasa assistant, embedded with one tag.
 *
 *   <script src="https://your-shop.example/chat/shop-chat.js"
 *           data-rasa-url="https://assistant.your-shop.example" defer></script>
 *
 * The script loads its stylesheet and the vendored socket.io client (vendor/socket.io.min.js)
 * from beside itself, and draws the chat inside a shadow root, so the host page's styles and the
 * chat's never mix. Options, as data- attributes on the tag:
 *   data-rasa-url      the Rasa server with the socket.io channel (default: this host, port 5005)
 *   data-title         the chat's heading (default "Shop assistant")
 *   data-open="true"   start with the chat open
 *   data-storage-key   where the conversation is kept in localStorage (default "shop-chat")
 * The host page can also call window.ShopChat.open(), .close() and .send(text).
 *
 * What it shows: bot messages as sent by shop_channels/webchat.py (text, quick replies, product
 * cards with picture, title, subtitle and buttons, and pictures). A button sends its payload and
 * shows its title as the shopper's message.
 *
 * Kept across page reloads: the Rasa session id (Rasa's socket.io `session_persistence`, so the
 * assistant continues the same conversation) and the transcript, both in localStorage. The
 * transcript is kept by the browser rather than read back from Rasa's HTTP API because that API
 * would have to be open to the public internet (it has no per-shopper access control), and
 * because the history then shows at once, even while the assistant restarts or is unreachable.
 */
(function () {
  "use strict";

  const script = document.currentScript;
  if (!script || window.ShopChat) return; // loaded twice: the first one wins

  const options = script.dataset;
  const baseUrl = new URL(".", script.src);
  const rasaUrl = options.rasaUrl || `${location.protocol}//${location.hostname}:5005`;
  const storageKey = options.storageKey || "shop-chat";
  const title = options.title || "Shop assistant";
  const MAX_KEPT_MESSAGES = 200; // the transcript kept in the browser: the latest ones
  // The assistant reads the first 1,000 characters; far longer pastes would only risk the
  // socket.io server's 1 MB message limit, which drops the connection.
  const MAX_MESSAGE_LENGTH = 20000;
  const SUGGESTIONS = [
    "I need black formal shoes in size 10",
    "A navy suit for a wedding",
    "What's your return policy?",
  ];

  // ---- What the browser keeps ------------------------------------------------------------

  const memory = {}; // stands in for localStorage where it is unavailable (private modes)

  function readKept() {
    try {
      const kept = JSON.parse(localStorage.getItem(storageKey) || "null");
      if (kept && kept.version === 1 && Array.isArray(kept.messages)) return kept;
    } catch (error) {
      // unreadable or blocked: start afresh below
    }
    return memory.kept || { version: 1, sessionId: null, open: false, messages: [] };
  }

  function keep() {
    state.messages = state.messages.slice(-MAX_KEPT_MESSAGES);
    memory.kept = state;
    try {
      localStorage.setItem(storageKey, JSON.stringify(state));
    } catch (error) {
      // full or blocked: the conversation still works, it just won't survive a reload
    }
  }

  const state = readKept();

  // ---- Building the chat -----------------------------------------------------------------

  function element(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name === "text") node.textContent = value;
      else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
      else node.setAttribute(name, value === true ? "" : value);
    }
    node.append(...children.filter(Boolean));
    return node;
  }

  function icon(pathData) {
    const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("aria-hidden", "true");
    svg.setAttribute("focusable", "false");
    const path = document.createElementNS("http://www.w3.org/2000/svg", "path");
    path.setAttribute("d", pathData);
    svg.append(path);
    return svg;
  }

  const ICONS = {
    chat: "M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z",
    close: "M6.4 5 12 10.6 17.6 5 19 6.4 13.4 12 19 17.6 17.6 19 12 13.4 6.4 19 5 17.6 10.6 12 5 6.4z",
    send: "M3 20.5 21 12 3 3.5v6.6L15 12 3 13.9z",
    restart: "M12 5V1L7 6l5 5V7a5 5 0 1 1-5 5H5a7 7 0 1 0 7-7z",
    picture: "M4 5h16v14H4zM6 17h12l-4-5-3 4-2-2z",
  };

  const host = element("div", { id: "shop-chat", style: "display:none" });
  const root = host.attachShadow({ mode: "open" });
  const stylesheet = element("link", { rel: "stylesheet", href: new URL("shop-chat.css", baseUrl) });
  // Shown once styled, so the shopper never sees the chat unstyled.
  stylesheet.addEventListener("load", () => host.style.removeProperty("display"));

  const launcher = element(
    "button",
    { class: "launcher", type: "button", "aria-controls": "panel", "aria-expanded": "false" },
    icon(ICONS.chat),
    element("span", { text: "Chat with us" }),
  );
  const status = element("p", { class: "status", role: "status", text: "Connecting…" });
  const restartButton = element(
    "button",
    { class: "icon-button", type: "button", "aria-label": "Start a new conversation", title: "Start a new conversation" },
    icon(ICONS.restart),
  );
  const closeButton = element(
    "button",
    { class: "icon-button", type: "button", "aria-label": "Close chat", title: "Close chat" },
    icon(ICONS.close),
  );
  const log = element("ol", {
    class: "log",
    role: "log",
    "aria-live": "polite",
    "aria-label": "Conversation",
    tabindex: "0",
  });
  const welcome = element(
    "div",
    { class: "welcome" },
    element("p", { text: "Hi! I'm the shop's virtual assistant. Ask me for products, sizes, prices, or your order." }),
    element(
      "div",
      { class: "quick-replies", role: "group", "aria-label": "Try asking" },
      ...SUGGESTIONS.map((text) =>
        element("button", { type: "button", class: "chip", text, onclick: () => send(text, text) }),
      ),
    ),
  );
  const typing = element(
    "div",
    { class: "typing", hidden: true },
    element("span", { class: "visually-hidden", text: "The assistant is typing" }),
    element("span", { class: "dot", "aria-hidden": "true" }),
    element("span", { class: "dot", "aria-hidden": "true" }),
    element("span", { class: "dot", "aria-hidden": "true" }),
  );
  const input = element("textarea", {
    id: "message",
    rows: "1",
    placeholder: "Ask about products, sizes, orders…",
    autocomplete: "off",
    enterkeyhint: "send",
  });
  const sendButton = element(
    "button",
    { class: "send", type: "submit", "aria-label": "Send", title: "Send", disabled: true },
    icon(ICONS.send),
  );
  const composer = element(
    "form",
    { class: "composer" },
    element("label", { for: "message", class: "visually-hidden", text: "Your message" }),
    input,
    sendButton,
  );
  const panel = element(
    "section",
    { id: "panel", class: "panel", role: "dialog", "aria-labelledby": "title", hidden: true },
    element(
      "header",
      { class: "header" },
      element("div", { class: "avatar", "aria-hidden": "true" }, icon(ICONS.chat)),
      element("div", { class: "heading" }, element("h2", { id: "title", text: title }), status),
      restartButton,
      closeButton,
    ),
    element("div", { class: "body" }, welcome, log, typing),
    composer,
  );
  root.append(stylesheet, element("div", { class: "chat" }, panel, launcher));

  // ---- Showing messages ------------------------------------------------------------------

  const URL_PATTERN = /https?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]]/g;

  /** Text with its web addresses as links; never parsed as HTML. */
  function richText(text) {
    const paragraph = element("p", { class: "text" });
    let last = 0;
    for (const match of text.matchAll(URL_PATTERN)) {
      paragraph.append(text.slice(last, match.index));
      paragraph.append(element("a", { href: match[0], target: "_blank", rel: "noopener noreferrer", text: match[0] }));
      last = match.index + match[0].length;
    }
    paragraph.append(text.slice(last));
    return paragraph;
  }

  /** A product picture, or a neat stand-in when there is none or it fails to load. */
  function picture(url, label) {
    const frame = element("div", { class: "picture" });
    const standIn = () =>
      element(
        "div",
        { class: "picture-missing", role: "img", "aria-label": `No picture of ${label}` },
        icon(ICONS.picture),
        element("span", { text: "No picture yet" }),
      );
    if (!url) {
      frame.append(standIn());
      return frame;
    }
    const image = element("img", { src: url, alt: label, decoding: "async" });
    image.addEventListener("error", () => image.replaceWith(standIn()), { once: true });
    image.addEventListener("load", followLatest, { once: true }); // it just grew taller
    frame.append(image);
    return frame;
  }

  function productCard(card, index) {
    const titleId = `card-${log.childElementCount}-${index}`;
    return element(
      "li",
      { class: "card-item" },
      element(
        "article",
        { class: "card", "aria-labelledby": titleId },
        picture(card.image_url, card.title),
        element("h3", { id: titleId, class: "card-title", text: card.title }),
        card.subtitle ? element("p", { class: "card-subtitle", text: card.subtitle }) : null,
        element(
          "div",
          { class: "card-actions" },
          ...card.buttons.map((button, position) =>
            element("button", {
              type: "button",
              class: position === 0 ? "secondary" : "primary",
              text: button.title,
              "aria-label": `${button.title} ${card.title}`,
              onclick: () => send(button.payload, `${button.title}: ${card.title}`),
            }),
          ),
        ),
      ),
    );
  }

  function botMessage(message) {
    const item = element("li", { class: "message bot" });
    if (message.text) item.append(element("div", { class: "bubble" }, richText(message.text)));
    const image = message.attachment && message.attachment.type === "image" && message.attachment.payload;
    if (image && image.src) {
      // The details message starts "Title by Brand: price": name the picture after it.
      const label = (message.text || "Product").split(/[:\n]/, 1)[0];
      item.append(element("figure", { class: "image" }, picture(image.src, label)));
    }
    if (Array.isArray(message.product_cards) && message.product_cards.length) {
      item.append(
        element(
          "ul",
          { class: "cards", "aria-label": "Products" },
          ...message.product_cards.map(productCard),
        ),
      );
    }
    if (Array.isArray(message.quick_replies) && message.quick_replies.length) {
      item.append(
        element(
          "div",
          { class: "quick-replies", role: "group", "aria-label": "Replies" },
          ...message.quick_replies.map((reply) =>
            element("button", {
              type: "button",
              class: "chip",
              text: reply.title,
              onclick: () => send(reply.payload, reply.title),
            }),
          ),
        ),
      );
    }
    return item;
  }

  function show(entry) {
    welcome.hidden = true;
    const item =
      entry.from === "user"
        ? element("li", { class: "message user" }, element("div", { class: "bubble" }, richText(entry.text)))
        : botMessage(entry.message);
    const label = element("span", { class: "visually-hidden", text: entry.from === "user" ? "You said: " : "Assistant: " });
    item.prepend(label);
    log.append(item);
    followLatest();
  }

  // The conversation stays scrolled to its latest message, unless the shopper scrolled up to
  // read something earlier.
  const scroller = log.parentElement;
  let followingLatest = true;
  scroller.addEventListener("scroll", () => {
    followingLatest = scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < 48;
  });

  function followLatest() {
    if (followingLatest) scroller.scrollTop = scroller.scrollHeight;
  }

  function showLatest() {
    followingLatest = true;
    followLatest();
  }

  function showAll() {
    log.replaceChildren();
    welcome.hidden = state.messages.length > 0;
    state.messages.forEach(show);
  }

  // ---- Talking to the assistant ----------------------------------------------------------

  let socket = null;
  let sessionReady = false;
  let typingTimer = null;
  const waiting = []; // sent before the session was confirmed; go out once it is

  function setStatus(text) {
    status.textContent = text;
  }

  function setTyping(on) {
    typing.hidden = !on;
    clearTimeout(typingTimer);
    // Rasa answers in well under a second; never leave the dots up forever.
    if (on) typingTimer = setTimeout(() => setTyping(false), 30000);
  }

  function send(payload, shownText) {
    const text = (payload || "").trim().slice(0, MAX_MESSAGE_LENGTH);
    if (!text) return false; // an empty message is never sent
    state.messages.push({ from: "user", text: (shownText || text).trim() });
    keep();
    followingLatest = true; // the shopper wants to see the answer
    show(state.messages[state.messages.length - 1]);
    waiting.push(text);
    setTyping(true);
    flush();
    return true;
  }

  function flush() {
    while (socket && sessionReady && waiting.length) {
      socket.emit("user_uttered", { message: waiting.shift(), session_id: state.sessionId });
    }
  }

  function receive(message) {
    const showable = message && (message.text || message.attachment || message.product_cards || message.quick_replies);
    if (!showable) return;
    setTyping(false);
    state.messages.push({ from: "bot", message });
    keep();
    show(state.messages[state.messages.length - 1]);
  }

  function connect() {
    socket = window.io(rasaUrl, {
      path: "/socket.io",
      // WebSocket first: it needs no CORS; long polling remains for networks that block it.
      transports: ["websocket", "polling"],
      tryAllTransports: true,
    });
    socket.on("connect", () => {
      setStatus("Online");
      // Every (re)connection joins the shopper's session again; the first one gets a new id.
      socket.emit("session_request", { session_id: state.sessionId });
    });
    socket.on("session_confirm", (sessionId) => {
      state.sessionId = typeof sessionId === "string" ? sessionId : state.sessionId;
      keep();
      sessionReady = true;
      flush();
    });
    socket.on("bot_uttered", receive);
    socket.on("disconnect", () => {
      sessionReady = false;
      setStatus("Reconnecting…");
    });
    socket.on("connect_error", () => setStatus("Can't reach the assistant; retrying…"));
  }

  function loadSocketIo() {
    if (window.io) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const loader = element("script", { src: new URL("vendor/socket.io.min.js", baseUrl) });
      loader.addEventListener("load", resolve);
      loader.addEventListener("error", reject);
      document.head.append(loader);
    });
  }

  function restart() {
    state.sessionId = null;
    state.messages = [];
    waiting.length = 0;
    keep();
    showAll();
    setTyping(false);
    if (socket && socket.connected) {
      sessionReady = false;
      socket.emit("session_request", { session_id: null });
    }
    input.focus();
  }

  // ---- Opening, closing, typing ----------------------------------------------------------

  /** Opens or closes the chat; `moveFocus` is false when the page itself does it on load. */
  function setOpen(open, moveFocus = true) {
    panel.hidden = !open;
    launcher.hidden = open;
    launcher.setAttribute("aria-expanded", String(open));
    state.open = open;
    keep();
    if (open) {
      fitInput(); // the box can be measured only once the window shows
      showLatest();
    }
    if (moveFocus) (open ? input : launcher).focus();
  }

  /** Grows the message box with what is typed (up to a few lines); Send only with something. */
  function fitInput() {
    input.style.height = "auto";
    input.style.height = `${Math.min(input.scrollHeight + 2, 140)}px`;
    input.style.overflowY = input.scrollHeight > 140 ? "auto" : "hidden";
    sendButton.disabled = !input.value.trim();
  }

  launcher.addEventListener("click", () => setOpen(true));
  closeButton.addEventListener("click", () => setOpen(false));
  restartButton.addEventListener("click", restart);
  panel.addEventListener("keydown", (event) => {
    if (event.key === "Escape") setOpen(false);
  });
  input.addEventListener("input", fitInput);
  input.addEventListener("keydown", (event) => {
    // Enter sends, Shift+Enter starts a new line; not while an input method is composing.
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      composer.requestSubmit();
    }
  });
  composer.addEventListener("submit", (event) => {
    event.preventDefault();
    if (send(input.value)) {
      input.value = "";
      fitInput();
    }
  });

  window.ShopChat = {
    open: () => setOpen(true),
    close: () => setOpen(false),
    send: (text) => send(text, text),
  };

  function start() {
    document.body.append(host);
    showAll();
    setOpen(Boolean(state.open || options.open === "true"), false);
    loadSocketIo()
      .then(connect)
      .catch(() => setStatus("The chat could not load; please reload the page."));
  }

  // A tag in <head> without `defer` runs before <body> exists.
  if (document.body) start();
  else document.addEventListener("DOMContentLoaded", start, { once: true });
})();
