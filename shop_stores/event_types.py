"""Rasa's lookup of an event's class by its type name, remembered instead of searched each time.

Rasa 3.6 turns every stored event back into an object with `Event.resolve_by_type`, which walks
every subclass of `Event` (and asks `inspect.isabstract` of each) for every single event. Loading
a conversation's session does it once per event, twice a turn, so it was the largest part of
the tracker store's load and the largest cost that grows with a session's length: 4-5 ms of CPU
per turn at ~60 events in the session (docs/performance.md, section 2). The answer for a type
name does not change once the classes are imported, so each is looked up once, by Rasa's own
function; an unknown name still gets Rasa's answer (the default, None for "topic", or its error).
"""

from __future__ import annotations

from rasa.shared.core.events import Event

_rasas_resolve_by_type = Event.resolve_by_type
_classes: dict[str, type[Event]] = {}


def resolve_by_type(type_name: str, default: type[Event] | None = None) -> type[Event] | None:
    """`Event.resolve_by_type`, each type name's class found once."""
    found = _classes.get(type_name)
    if found is None:
        found = _rasas_resolve_by_type(type_name, default)
        if found is not None and found.type_name == type_name:  # not the default
            _classes[type_name] = found
    return found


def install() -> None:
    """Use the remembered lookup in this process (the Rasa server loads this with its stores)."""
    Event.resolve_by_type = staticmethod(resolve_by_type)
