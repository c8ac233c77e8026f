"""Print a real conversation with the assistant, for the README: `python -m devtools.transcript`.

Starts the servers on the trained model and a fresh copy of the demo store, sends each line of a
script over the REST channel and prints what the bot answered (buttons in brackets).
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("lines", nargs="*", help="what the shopper says (default: the article)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as workdir:
        store = Path(workdir) / "shop.db"
        shutil.copy(PROJECT_ROOT / "var" / "shop.db", store)
        model = PROJECT_ROOT / "models" / "shop-assistant.tar.gz"
        with running_assistant(model, Path(workdir), database_url=f"sqlite:///{store}") as bot:
            for text in args.lines or ARTICLE_SCRIPT:
                print(f"You: {text}")
                print("\n".join(render(bot.send("readme-shopper", text))))
                print()


if __name__ == "__main__":
    main()
