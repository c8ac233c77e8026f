"""Print a real conversation with the assistant, for the README: `python -m devtools.transcript`.

Starts the servers on the trained model and a fresh copy of the demo store, sends each line of a
script over the REST channel and prints what the bot answered (buttons in brackets). A line
"tap: TITLE" taps that button of the bot's last answer, as a shopper would.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path

from devtools.servers import PROJECT_ROOT, running_assistant

ARTICLE_SCRIPT = [
    "hi",
    "I need black formal shoes in size 10 for a black-tie party tonight, under $150",
    "in brown instead",
    "cheaper ones",
    "what about size 9?",
    "the second one",
    "is it available in 9.5?",
    "how much is it?",
    "are you a human?",
    "thanks!",
]

# The article's shopper buys the shoes in one tap and asks "when does it arrive?".
BUY_SCRIPT = [
    "I need black formal shoes in size 10 for a black-tie party tonight, under $150",
    "tap: 1. Windsor Patent Oxford",
    "tap: Buy",
    "Ann Lee",
    "ann@example.com",
    "12 Harbour Lane, 02110 Boston",
    "tap: Express shipping ($14.95, 1–2 business days)",
    "tap: Place order",
    "tap: Yes, remember me",
    "tap: ★★★★★",
    "no",
    "when does it arrive?",
]
# A shopper typing the way people do: short, ruling things out, kinds the shop does not sell,
# another language, and a message the assistant is unsure of.
UNDERSTOOD_SCRIPT = [
    "red dress",
    "the cheapest one",
    "what sizes does it come in?",
    "oxfords",
    "not black",
    "do they come in 10?",
    "yellow hoodie",
    "necesito zapatos negros talla 42",
    "i need to sort out my parcel",
]
# A shopper's size remembered and used (visibly), changed, "what do you know about me?", and
# "forget me" (actions/profile.py, actions/privacy.py).
PROFILE_SCRIPT = [
    "I'm usually a 9 in shoes",
    "show me loafers",
    "not my size anymore, I'm a 10 now",
    "brown oxfords",
    "what do you know about me?",
    "forget me",
    "tap: Yes, erase everything",
    "what do you know about me?",
]
SCRIPTS = {
    "article": ARTICLE_SCRIPT, "buy": BUY_SCRIPT, "understood": UNDERSTOOD_SCRIPT,
    "profile": PROFILE_SCRIPT,
}  # fmt: skip


def render(messages: list[dict]) -> list[str]:
    lines = []
    for message in messages:
        lines += [f"Bot: {line}" if i == 0 else f"     {line}"
                  for i, line in enumerate((message.get("text") or "").splitlines())]  # fmt: skip
        if buttons := message.get("buttons"):
            lines.append("     " + " ".join(f"[{button['title']}]" for button in buttons))
        if message.get("image"):
            lines.append(f"     (image: {message['image']})")
    return lines


def tapped_text(answer: list[dict], title: str) -> tuple[str | None, str | None]:
    """What tapping [title] in the bot's last answer sends, or None and a line saying it isn't shown."""
    buttons = [b for m in answer for b in m.get("buttons") or []]
    for button in buttons:
        if button["title"] == title:
            return button["payload"], None
    shown = " ".join(f"[{b['title']}]" for b in buttons) or "no buttons"
    return None, f"(no [{title}] button in the last answer, so nothing was tapped; shown: {shown})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("lines", nargs="*", help="what the shopper says (default: a script)")
    parser.add_argument("--script", choices=sorted(SCRIPTS), default="article")
    parser.add_argument(
        "--model", type=Path, default=PROJECT_ROOT / "models" / "shop-assistant.tar.gz",
        help="the trained model to talk to (default: the one `make train` builds)",
    )  # fmt: skip
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as workdir:
        store = Path(workdir) / "shop.db"
        shutil.copy(PROJECT_ROOT / "var" / "shop.db", store)
        with running_assistant(
            args.model.resolve(), Path(workdir), database_url=f"sqlite:///{store}"
        ) as bot:
            answer: list[dict] = []
            for line in args.lines or SCRIPTS[args.script]:
                print(f"You: {line}")
                text: str | None = line
                if line.startswith("tap: "):
                    text, missing = tapped_text(answer, line.removeprefix("tap: "))
                    if text is None:
                        print(f"{missing}\n")
                        continue  # the last answer stays the one to tap in
                answer = bot.send("readme-shopper", text)
                print("\n".join(render(answer)))
                print()


if __name__ == "__main__":
    main()
