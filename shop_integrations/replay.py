"""Remembering deliveries already handled: Slack and Messenger re-send an event they think we
missed, and each must be acted on once."""

from __future__ import annotations

from collections import OrderedDict


class RecentIds:
    """The last `capacity` ids seen (events, messages), to handle each delivery once even when a
    platform sends it again."""

    def __init__(self, capacity: int = 10_000) -> None:
        self.capacity = capacity
        self._ids: OrderedDict[str, None] = OrderedDict()

    def first_time(self, key: str | None) -> bool:
        """True the first time `key` is seen (and always for no key); remembers it."""
        if not key:
            return True
        if key in self._ids:
            self._ids.move_to_end(key)
            return False
        self._ids[key] = None
        if len(self._ids) > self.capacity:
            self._ids.popitem(last=False)
        return True
