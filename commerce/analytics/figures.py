"""The report's figures: conversations added one at a time, then the store's orders, ratings and
alert sign-ups, and every figure as a table (the CSV files and the HTML read the same tables).
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from commerce.analytics.conversations import Conversation
from commerce.analytics.grouping import group_messages
from commerce.analytics.markers import NO_MATCH, NOT_SOLD, SOLD_OUT

ALL = "all"
FUNNEL_STEPS = ("searched", "viewed", "cart_or_buy", "ordered")
FUNNEL_NAMES = {
    "searched": "searched",
    "viewed": "viewed a product",
    "cart_or_buy": "added to cart or pressed Buy",
    "ordered": "ordered",
}
RATINGS = (1, 2, 3, 4, 5)

Table = tuple[list[str], list[list]]  # header, rows


@dataclass(frozen=True)
class Period:
    """The days a report covers, first and last included, in the shop's time zone."""

    first: date
    last: date
    zone: ZoneInfo

    @property
    def start(self) -> float:
        return datetime.combine(self.first, time(), self.zone).timestamp()

    @property
    def end(self) -> float:
        return datetime.combine(self.last + timedelta(days=1), time(), self.zone).timestamp()

    @property
    def days(self) -> list[date]:
        return [self.first + timedelta(days=n) for n in range((self.last - self.first).days + 1)]

    def local(self, timestamp: float) -> datetime:
        return datetime.fromtimestamp(timestamp, self.zone)

    def contains(self, timestamp: float) -> bool:
        return self.start <= timestamp < self.end

    def utc_bounds(self) -> tuple[datetime, datetime]:
        """The period as UTC datetimes, for the store's columns (all kept in UTC)."""
        return (
            datetime.fromtimestamp(self.start, timezone.utc),
            datetime.fromtimestamp(self.end, timezone.utc),
        )


@dataclass
class ChannelCounts:
    conversations: int = 0
    messages: int = 0
    searched: int = 0
    viewed: int = 0
    cart_or_buy: int = 0
    ordered: int = 0
    handed_off: int = 0
    reached_person: int = 0
    with_fallback: int = 0


@dataclass(frozen=True)
class Rating:
    """One answer to "how did I do?" (commerce/feedback.py)."""

    asked_at: datetime  # UTC
    owner: str
    rating: int
    comment: str | None


@dataclass
class Figures:
    """Everything the report shows, for one period."""

    period: Period
    placed_orders: frozenset[str] = frozenset()  # the store's order numbers around the period
    by_day_channel: Counter = field(default_factory=Counter)
    by_channel: dict[str, ChannelCounts] = field(default_factory=lambda: defaultdict(ChannelCounts))
    messages_per_conversation: Counter = field(default_factory=Counter)
    messages_by_hour: Counter = field(default_factory=Counter)
    starts_by_hour: Counter = field(default_factory=Counter)
    messages_by_day: Counter = field(default_factory=Counter)
    fallbacks_by_day: Counter = field(default_factory=Counter)
    not_understood: Counter = field(default_factory=Counter)
    handoff_reasons: Counter = field(default_factory=Counter)
    delays_by_day: dict[date, list[float]] = field(default_factory=lambda: defaultdict(list))
    unserved_searches: Counter = field(default_factory=Counter)  # (why, kind, colour, size)
    sold_out: Counter = field(default_factory=Counter)  # (product handle, size, colour)
    channel_of: dict[str, str] = field(default_factory=dict)  # sender -> channel
    ratings: list[Rating] = field(default_factory=list)
    alert_signups: list[tuple] | None = None  # None: the store keeps no alerts (yet)
    product_titles: dict[str, str] = field(default_factory=dict)

    # -- Adding conversations --------------------------------------------------------------------

    def add(self, conversation: Conversation) -> bool:
        """Count `conversation` if it started in the period; True if it did."""
        if conversation.started is None or not self.period.contains(conversation.started):
            return False
        day = self.period.local(conversation.started).date()
        channel = conversation.channel
        self.channel_of[conversation.sender_id] = channel
        self.by_day_channel[(day, channel)] += 1
        messages = len(conversation.message_times)
        self.messages_per_conversation[messages] += 1
        self.starts_by_hour[self.period.local(conversation.started).hour] += 1
        for moment in conversation.message_times:
            local = self.period.local(moment)
            self.messages_by_hour[local.hour] += 1
            self.messages_by_day[local.date()] += 1
        ordered = any(number in self.placed_orders for number in conversation.placed_orders)
        for counts in (self.by_channel[channel], self.by_channel[ALL]):
            counts.conversations += 1
            counts.messages += messages
            counts.searched += conversation.searched
            counts.viewed += conversation.viewed
            counts.cart_or_buy += conversation.cart_or_buy
            counts.ordered += ordered
            counts.handed_off += conversation.handed_off
            counts.reached_person += conversation.reached_person
            counts.with_fallback += bool(conversation.fallback_texts)
        if conversation.fallback_texts:
            self.fallbacks_by_day[day] += len(conversation.fallback_texts)
            self.not_understood.update(conversation.fallback_texts)
        if conversation.handoff_reasons:
            self.handoff_reasons[conversation.handoff_reasons[0]] += 1
        for asked_at, seconds in conversation.reply_delays:
            self.delays_by_day[self.period.local(asked_at).date()].append(seconds)
        for marker in conversation.unmet_demand:
            self._add_unmet(marker)
        return True

    def _add_unmet(self, marker: dict) -> None:
        why = marker.get("why")
        if why in (NO_MATCH, NOT_SOLD):
            query = marker.get("query") or {}
            self.unserved_searches[
                (
                    why,
                    query.get("category") or "",
                    query.get("colour") or "",
                    query.get("size") or "",
                )
            ] += 1
        elif why == SOLD_OUT:
            key = (
                marker.get("product") or "",
                marker.get("size") or "",
                marker.get("colour") or "",
            )
            self.sold_out[key] += 1

    # -- Totals ------------------------------------------------------------------------------------

    @property
    def total(self) -> ChannelCounts:
        return self.by_channel.get(ALL) or ChannelCounts()

    @property
    def channels(self) -> list[str]:
        """The channels shoppers wrote on, busiest first."""
        counts = [(c.conversations, name) for name, c in self.by_channel.items() if name != ALL]
        return [name for _, name in sorted(counts, key=lambda item: (-item[0], item[1]))]

    @property
    def signups(self) -> int:
        return sum(row[-1] for row in self.alert_signups or [])

    def all_delays(self) -> list[float]:
        return [delay for delays in self.delays_by_day.values() for delay in delays]

    def period_ratings(self) -> list[Rating]:
        start, end = self.period.utc_bounds()
        return [r for r in self.ratings if start <= r.asked_at < end]

    # -- Tables --------------------------------------------------------------------------------

    def summary(self) -> Table:
        total = self.total
        fallbacks = sum(self.fallbacks_by_day.values())
        delays = self.all_delays()
        ratings = self.period_ratings()
        rows = [
            ["conversations", total.conversations],
            ["messages", total.messages],
            ["messages_per_conversation_median", _median(self.messages_per_conversation)],
            ["searched", total.searched],
            ["viewed_a_product", total.viewed],
            ["added_to_cart_or_pressed_buy", total.cart_or_buy],
            ["ordered", total.ordered],
            ["contained", total.conversations - total.handed_off],
            ["handed_off", total.handed_off],
            ["reached_a_person", total.reached_person],
            [
                "containment_rate",
                _rate(total.conversations - total.handed_off, total.conversations),
            ],
            ["handoff_rate", _rate(total.handed_off, total.conversations)],
            ["fallback_messages", fallbacks],
            ["fallback_rate", _rate(fallbacks, total.messages)],
            ["conversations_with_fallback", total.with_fallback],
            ["ratings", len(ratings)],
            [
                "rating_average",
                _round(statistics.fmean(r.rating for r in ratings)) if ratings else "",
            ],
            ["comments", sum(1 for r in ratings if r.comment)],
            ["reply_p50_ms", _percentile_ms(delays, 50)],
            ["reply_p95_ms", _percentile_ms(delays, 95)],
            ["unserved_searches", sum(self.unserved_searches.values())],
            ["sold_out_sizes_asked", sum(self.sold_out.values())],
            ["alert_signups", "" if self.alert_signups is None else self.signups],
        ]
        return ["figure", "value"], rows

    def conversations_per_day(self) -> Table:
        channels = self.channels
        rows = [
            [day.isoformat()]
            + [self.by_day_channel[(day, channel)] for channel in channels]
            + [sum(self.by_day_channel[(day, channel)] for channel in channels)]
            for day in self.period.days
        ]
        return ["date", *channels, ALL], rows

    def per_channel(self) -> Table:
        rows = []
        for name in [*self.channels, ALL]:
            c = self.by_channel[name] if name in self.by_channel else ChannelCounts()
            rows.append([
                name, c.conversations, c.messages, _round(c.messages / c.conversations)
                if c.conversations else "", c.handed_off, c.with_fallback,
            ])  # fmt: skip
        header = ["channel", "conversations", "messages", "messages_per_conversation",
                  "handed_off", "with_fallback"]  # fmt: skip
        return header, rows

    def messages_per_conversation_table(self) -> Table:
        rows = [
            [n, self.messages_per_conversation[n]] for n in sorted(self.messages_per_conversation)
        ]
        return ["messages", "conversations"], rows

    def busiest_hours(self) -> Table:
        zone = str(self.period.zone)
        rows = [
            [hour, self.starts_by_hour[hour], self.messages_by_hour[hour]] for hour in range(24)
        ]
        return [f"hour ({zone})", "conversations_started", "messages"], rows

    def funnel(self) -> Table:
        """Each step counts the conversations that did it; conversion is against the step before
        (the first step: against all conversations)."""
        rows = []
        for name in [*self.channels, ALL]:
            c = self.by_channel[name] if name in self.by_channel else ChannelCounts()
            counts = [c.conversations] + [getattr(c, step) for step in FUNNEL_STEPS]
            rates = [_rate(counts[i + 1], counts[i]) for i in range(len(FUNNEL_STEPS))]
            rows.append([name, *counts, *rates])
        header = ["channel", "conversations", *FUNNEL_STEPS,
                  *(f"{step}_conversion" for step in FUNNEL_STEPS)]  # fmt: skip
        return header, rows

    def containment(self) -> Table:
        rows = []
        for name in [*self.channels, ALL]:
            c = self.by_channel[name] if name in self.by_channel else ChannelCounts()
            contained = c.conversations - c.handed_off
            rows.append([
                name, c.conversations, contained, c.handed_off, c.reached_person,
                _rate(contained, c.conversations), _rate(c.handed_off, c.conversations),
            ])  # fmt: skip
        header = ["channel", "conversations", "contained", "handed_off", "reached_a_person",
                  "containment_rate", "handoff_rate"]  # fmt: skip
        return header, rows

    def handoff_reasons_table(self) -> Table:
        total = sum(self.handoff_reasons.values())
        rows = [
            [reason, count, _rate(count, total)]
            for reason, count in sorted(self.handoff_reasons.items(), key=lambda i: (-i[1], i[0]))
        ]
        return ["reason", "conversations", "share"], rows

    def fallbacks(self) -> Table:
        rows = [
            [day.isoformat(), self.messages_by_day[day], self.fallbacks_by_day[day],
             _rate(self.fallbacks_by_day[day], self.messages_by_day[day])]
            for day in self.period.days
        ]  # fmt: skip
        return ["date", "messages", "not_understood", "fallback_rate"], rows

    def not_understood_table(self) -> Table:
        rows = [
            [
                rank,
                group.count,
                group.label,
                " | ".join(f"{text} ({n})" for text, n in group.examples),
            ]
            for rank, group in enumerate(group_messages(self.not_understood), start=1)
        ]
        return ["group", "messages", "wording", "examples (times)"], rows

    def csat(self) -> Table:
        by_day: dict[date, Counter] = defaultdict(Counter)
        for rating in self.period_ratings():
            by_day[self.period.local(rating.asked_at.timestamp()).date()][rating.rating] += 1
        rows = []
        for day in self.period.days:
            counts = by_day.get(day, Counter())
            answered = sum(counts.values())
            average = sum(r * n for r, n in counts.items()) / answered if answered else None
            rows.append([day.isoformat(), *(counts[r] for r in RATINGS), answered,
                         _round(average) if average is not None else ""])  # fmt: skip
        return ["date", *(f"rated_{r}" for r in RATINGS), "ratings", "average"], rows

    def comments(self) -> Table:
        rows = [
            [self.period.local(r.asked_at.timestamp()).strftime("%Y-%m-%d %H:%M"), r.rating,
             self.channel_of.get(r.owner, "unknown"), r.comment]
            for r in sorted(self.period_ratings(), key=lambda r: r.asked_at)
            if r.comment
        ]  # fmt: skip
        return ["when", "rating", "channel", "comment"], rows

    def latency(self) -> Table:
        rows = []
        for day in self.period.days:
            delays = self.delays_by_day.get(day, [])
            rows.append([day.isoformat(), len(delays), _percentile_ms(delays, 50),
                         _percentile_ms(delays, 95)])  # fmt: skip
        return ["date", "replies", "p50_ms", "p95_ms"], rows

    def unserved_searches_table(self) -> Table:
        rows = [
            [kind, colour, size, "not sold" if why == NOT_SOLD else "no match", count]
            for (why, kind, colour, size), count in sorted(
                self.unserved_searches.items(), key=lambda item: (-item[1], item[0][1:])
            )
        ]
        return ["kind", "colour", "size", "why", "searches"], rows

    def unserved_by_attribute(self) -> Table:
        """Searches with no result, counted by each of kind, colour and size on its own."""
        rows = []
        for position, attribute in ((1, "kind"), (2, "colour"), (3, "size")):
            counts: Counter = Counter()
            for key, count in self.unserved_searches.items():
                if key[position]:
                    counts[key[position]] += count
            rows += [[attribute, value, count] for value, count in counts.most_common()]
        return ["attribute", "value", "searches"], rows

    def sold_out_table(self) -> Table:
        rows = [
            [handle, self.product_titles.get(handle, handle), size, colour, count]
            for (handle, size, colour), count in sorted(
                self.sold_out.items(), key=lambda item: (-item[1], item[0])
            )
        ]
        return ["product", "title", "size", "colour", "times_asked"], rows

    def alert_signups_table(self) -> Table:
        return ["product", "size", "colour", "condition", "signups"], list(self.alert_signups or [])

    def tables(self) -> dict[str, Table]:
        """Every table, by the name of its CSV file (without .csv)."""
        return {
            "summary": self.summary(),
            "conversations_per_day": self.conversations_per_day(),
            "channels": self.per_channel(),
            "messages_per_conversation": self.messages_per_conversation_table(),
            "busiest_hours": self.busiest_hours(),
            "funnel": self.funnel(),
            "containment": self.containment(),
            "handoff_reasons": self.handoff_reasons_table(),
            "fallbacks": self.fallbacks(),
            "not_understood": self.not_understood_table(),
            "csat": self.csat(),
            "csat_comments": self.comments(),
            "latency": self.latency(),
            "unserved_searches": self.unserved_searches_table(),
            "unserved_by_attribute": self.unserved_by_attribute(),
            "sold_out_asked": self.sold_out_table(),
            "alert_signups": self.alert_signups_table(),
        }


def _rate(part: int, whole: int) -> float | str:
    return round(part / whole, 4) if whole else ""


def _round(value: float) -> float:
    return round(value, 2)


def _median(histogram: Counter) -> float | str:
    values = sorted(histogram.elements())
    return statistics.median(values) if values else ""


def _percentile_ms(seconds: list[float], percent: int) -> int | str:
    """The `percent` percentile in whole milliseconds (nearest-rank: a delay that happened)."""
    if not seconds:
        return ""
    ordered = sorted(seconds)
    rank = max(1, -(-percent * len(ordered) // 100))  # ceil(p/100 * n)
    return round(ordered[rank - 1] * 1000)
