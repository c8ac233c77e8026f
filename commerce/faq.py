"""Answers to everyday service questions, from the one file the shop owner edits (content/faq.yml).

The file maps a topic ("shipping_options", "complaint", ...) to its answer. Answers may contain
`{contact_email}` and the other PLACEHOLDERS, filled in from the shop's settings when a shopper
asks, so the contact details live in one place. The file (a few KB) is read on every question and
parsed again only when its bytes changed, so an edit applies to the next question without
retraining or restarting.

A problem in one entry (no answer, a misspelt placeholder or topic) is reported naming the topic and
makes only that topic unanswerable; the others keep working. `python -m commerce.faq` checks the
file and prints every answer as shoppers will see it.
"""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from commerce.config import DEFAULT_FAQ_PATH as DEFAULT_FAQ_PATH  # where the answers are by default
from commerce.config import Settings, load_settings
from commerce.order_rules import MAX_QUANTITY
from commerce.shipping import SHIPPING_METHODS

logger = logging.getLogger(__name__)


# Every topic a shopper can ask about; the assistant's intents map onto these names.
TOPICS = (
    "shipping_options",
    "delivery_times",
    "payment_methods",
    "return_policy",
    "return_shipping",  # return_shipping, return_refunds and exchanges: parts of the returns answer
    "return_refunds",
    "return_amount",  # narrow parts only: "how much will i get back?", "the original packaging?"
    "return_packaging",
    "exchanges",
    "late_or_lost_orders",
    "damaged_or_wrong_items",  # a complaint about what arrived: the returns facts, and the next step
    "damaged_replacement",  # "i want a new pair, not money back" after it: the steps, one by one
    "size_guide",
    "garment_fit",  # "will the sleeves be long enough?": the clothes part of the size guide only
    "contact",
    "account",
    "password",
    "payment_problem",
    "charged_once",  # "will i be charged twice?": a narrower payment question, before paying
    "complaint",
    "newsletter",
    "review",
    "gift_options",
    "gift_recipient",  # part of gift_options, said alone too: "ship it straight to his house"
    "discounts",
    "location",  # location, team_hours and pickup: narrower contact and shipping questions
    "team_hours",
    "pickup",
    "customs_duties",  # customs and import taxes on a delivery: the shop owner's words
    "one_parcel",  # "will it all come in the same box?": no rule on it, so "I don't know"
    "price_match",  # price_match and group_discounts: narrower discount questions
    "group_discounts",
    "bulk_discounts",  # buying many: the shop owner's words, and how many one order takes
    "privacy",  # the shop owner's words on hosting and rights; actions/privacy.py adds the facts
)

# What an answer may refer to in braces. The database URL is deliberately not offered: it can hold
# a password, and an answer is shown to anyone.
SETTINGS_PLACEHOLDERS = (
    "shop_name", "contact_email", "contact_phone", "opening_hours", "ships_to", "email_reply_time",
)  # fmt: skip
# Figures the orders use too (shipping, the return window, how many of one item an order takes):
# the FAQ quotes them from their one place instead of repeating them.
SHIPPING_PLACEHOLDERS = (
    "standard_cost", "standard_free_from", "standard_days", "express_cost", "express_days",
    "return_window_days", "max_quantity",
)  # fmt: skip
# Parts of an answer that are answers of their own: the gift answer quotes `{gift_recipient}`, and
# a delivery question about sending it to someone else quotes that topic alone.
PART_PLACEHOLDERS = ("gift_recipient",)
PLACEHOLDERS = SETTINGS_PLACEHOLDERS + SHIPPING_PLACEHOLDERS + PART_PLACEHOLDERS

_PLACEHOLDER = re.compile(r"\{\s*([A-Za-z_]\w*)\s*\}")
_ENTRY_KEYS = {"answer"}


class FaqError(Exception):
    """The FAQ cannot answer: the file is unreadable, or the topic is missing or malformed."""


@dataclass(frozen=True)
class Faq:
    """The answers of one version of the FAQ file, placeholders not yet filled in."""

    path: Path
    answers: Mapping[str, str]  # topic -> answer template
    problems: Mapping[str, str] = field(default_factory=dict)  # topic -> what is wrong with it

    def answer(self, topic: str, settings: Settings | None = None) -> str:
        """The answer on `topic` with the shop's details filled in; FaqError if there is none."""
        if topic in self.problems:
            raise FaqError(f"{self.path}: topic {topic!r}: {self.problems[topic]}")
        if topic not in self.answers:
            raise FaqError(f"{self.path}: no entry for topic {topic!r}")
        values = placeholder_values(settings or load_settings())
        for part in PART_PLACEHOLDERS:
            if part != topic and part in self.answers:
                values[part] = self.answer(part, settings)
        return _PLACEHOLDER.sub(lambda match: values[match.group(1)], self.answers[topic])


def placeholder_values(settings: Settings) -> dict[str, str]:
    """What each placeholder stands for, read from the settings at the time of asking."""
    values = {name: str(getattr(settings, name)) for name in SETTINGS_PLACEHOLDERS}
    standard, express = SHIPPING_METHODS["standard"], SHIPPING_METHODS["express"]

    def money(amount) -> str:
        return f"{settings.currency_symbol}{amount:,.2f}".replace(".00", "")

    values.update(
        standard_cost=money(standard.cost),
        standard_free_from=money(standard.free_from),
        standard_days=f"{standard.min_business_days}–{standard.max_business_days}",
        express_cost=money(express.cost),
        express_days=f"{express.min_business_days}–{express.max_business_days}",
        return_window_days=str(settings.return_window_days),
        max_quantity=str(MAX_QUANTITY),
    )
    return values


_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# "Mon–Sat 9:00–18:00", "Mon-Fri 9am-5pm": a range of days, then the hours.
_HOURS = re.compile(
    r"^\s*(mon|tue|wed|thu|fri|sat|sun)\w*\s*[–-]\s*(mon|tue|wed|thu|fri|sat|sun)\w*\s+(\S.*)$"
)


def team_hours_on(weekday: int, opening_hours: str) -> str | None:
    """The team's hours on `weekday` (0 = Monday) from the opening hours setting: "9:00–18:00",
    "" when the team does not work that day, None when the setting is not a day range with hours."""
    match = _HOURS.match(opening_hours.lower())
    if not match:
        return None
    first, last = _DAYS.index(match.group(1)), _DAYS.index(match.group(2))
    works = first <= weekday <= last if first <= last else weekday >= first or weekday <= last
    return opening_hours[match.start(3) :].strip() if works else ""


def faq_path() -> Path:
    return load_settings().faq_path


# path -> (the file's bytes when last parsed, what they said). Comparing the bytes rather than the
# modification time also catches two saves within one tick of the file system's clock.
_cache: dict[Path, tuple[bytes, Faq]] = {}


def load_faq(path: Path | None = None) -> Faq:
    """The FAQ as the file says now (parsed again only when the file changed).

    Raises FaqError when the file cannot be read or is not a mapping of topics; problems within
    single entries are kept in `Faq.problems` (and logged once per version of the file).
    """
    path = Path(path or faq_path())
    try:
        content = path.read_bytes()
    except OSError as error:
        raise FaqError(f"{path}: cannot read the FAQ file ({error.strerror})") from error
    cached = _cache.get(path)
    if cached and cached[0] == content:
        return cached[1]
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError as error:
        raise FaqError(f"{path}: not UTF-8 text ({error.reason} at byte {error.start})") from error
    faq = parse_faq(text, path)
    for topic, problem in faq.problems.items():
        logger.warning("%s: topic %r: %s", path, topic, problem)
    _cache[path] = (content, faq)
    return faq


def faq_answer(topic: str, settings: Settings | None = None, path: Path | None = None) -> str:
    """The current answer on `topic`, from the configured file (SHOP_FAQ_PATH)."""
    return load_faq(path).answer(topic, settings)


def parse_faq(text: str, path: Path) -> Faq:
    """Read the FAQ file's text; each entry is checked on its own (see `Faq.problems`)."""
    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise FaqError(f"{path}: not valid YAML: {error}") from error
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        raise FaqError(f"{path}: expected topics, each with an `answer:`, at the top level")

    answers: dict[str, str] = {}
    problems: dict[str, str] = {}
    for topic, entry in raw.items():
        topic = str(topic)
        if topic not in TOPICS:
            problems[topic] = f"unknown topic (the topics are: {', '.join(TOPICS)})"
            continue
        try:
            answers[topic] = _checked_answer(entry)
        except ValueError as error:
            problems[topic] = str(error)
    return Faq(path=path, answers=answers, problems=problems)


def _checked_answer(entry: object) -> str:
    """The entry's answer text, or ValueError saying what is wrong with the entry."""
    if not isinstance(entry, dict):
        raise ValueError("expected `answer:` with the answer's text under the topic")
    unknown = sorted(str(key) for key in entry if key not in _ENTRY_KEYS)
    if unknown:
        raise ValueError(f"unknown field {unknown[0]!r} (an entry has only `answer:`)")
    answer = entry.get("answer")
    if not isinstance(answer, str) or not answer.strip():
        raise ValueError("`answer:` is missing or empty")
    for name in _PLACEHOLDER.findall(answer):
        if name not in PLACEHOLDERS:
            known = ", ".join("{" + known + "}" for known in PLACEHOLDERS)
            raise ValueError(f"unknown placeholder {{{name}}} (the placeholders are: {known})")
    return answer.strip()


def main(argv: list[str] | None = None) -> int:
    """Check the FAQ file: print every answer as shoppers see it, or what is wrong (exit 1)."""
    args = sys.argv[1:] if argv is None else argv
    path = Path(args[0]) if args else faq_path()
    try:
        faq = load_faq(path)
    except FaqError as error:
        print(error, file=sys.stderr)
        return 1
    failed = False
    for topic in TOPICS:
        try:
            print(f"[{topic}]\n{faq.answer(topic)}\n")
        except FaqError as error:
            print(error, file=sys.stderr)
            failed = True
    for topic, problem in faq.problems.items():
        if topic not in TOPICS:
            print(f"{path}: topic {topic!r}: {problem}", file=sys.stderr)
            failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
