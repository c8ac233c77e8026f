"""Rasa's ticket lock, in Redis when `SHOP_LOCK_STORE_URL` is set, else in the process's memory.

Rasa handles each message of a conversation inside a ticket lock (`Agent.handle_message`): tickets
are issued in arrival order and served one at a time. Its `RedisLockStore` reads the lock, changes it
in Python and writes it back, so two Rasa processes issuing tickets for one conversation at the same
moment can both get the same number and handle two messages at once (rasa issue #9213; four
threads issuing 100 tickets got 46 distinct numbers here). This store keeps Rasa's lock and its
Redis layout and makes each read-change-write atomic with a short Redis mutex per conversation.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext, suppress

import redis
from rasa.core.lock import TicketLock
from rasa.core.lock_store import (
    DEFAULT_REDIS_LOCK_STORE_KEY_PREFIX,
    LOCK_LIFETIME,
    LockError,
    LockStore,
)
from rasa.utils.endpoints import EndpointConfig

from commerce.config import load_rasa_store_settings

# The mutex guards a GET and a SET: held for milliseconds, given up after a few seconds if its
# holder died (then the next caller may proceed).
_MUTEX_TIMEOUT_S = 5.0


class WorkersNeedSharedLocks(LockError):
    """SANIC_WORKERS > 1 with locks in memory: each worker would lock on its own."""


class ShopLockStore(LockStore):
    """Rasa's `TicketLock` per conversation, kept in Redis (shared by every Rasa process) when
    `SHOP_LOCK_STORE_URL` is set, else in this process's memory (one Rasa process, one worker).

    Rasa counts any lock store named by module path as fit for several Sanic workers, so this one
    refuses to start with SANIC_WORKERS > 1 and locks in memory, instead of letting each worker lock
    the same conversation on its own.
    """

    def __init__(self, endpoint_config: EndpointConfig | None = None) -> None:
        settings = load_rasa_store_settings()
        self.key_prefix = DEFAULT_REDIS_LOCK_STORE_KEY_PREFIX  # Rasa's own: "lock:<conversation>"
        self._memory: dict[str, TicketLock] = {}
        self.red: redis.Redis | None = None
        if settings.lock_store_url:
            self.red = redis.Redis.from_url(settings.lock_store_url, socket_timeout=10)
        elif settings.sanic_workers > 1:
            raise WorkersNeedSharedLocks(
                f"SANIC_WORKERS={settings.sanic_workers} needs a lock store the workers share: "
                "set SHOP_LOCK_STORE_URL (Redis, e.g. redis://127.0.0.1:6379/1), or run one worker."
            )
        super().__init__()

    @property
    def is_shared(self) -> bool:
        """True when the locks are in Redis, shared by every Rasa process that uses it."""
        return self.red is not None

    # ---------------------------------------------------------------- storage (Rasa's interface)

    def get_lock(self, conversation_id: str) -> TicketLock | None:
        """The conversation's lock as stored now, or None."""
        if self.red is None:
            return self._memory.get(conversation_id)
        serialised = self.red.get(self.key_prefix + conversation_id)
        return TicketLock.from_dict(json.loads(serialised)) if serialised else None

    def delete_lock(self, conversation_id: str) -> None:
        """Forget the conversation's lock."""
        if self.red is None:
            deleted = self._memory.pop(conversation_id, None) is not None
        else:
            deleted = bool(self.red.delete(self.key_prefix + conversation_id))
        self._log_deletion(conversation_id, deletion_successful=deleted)

    def save_lock(self, lock: TicketLock) -> None:
        """Store the lock as it is now."""
        if self.red is None:
            self._memory[lock.conversation_id] = lock
        else:
            self.red.set(self.key_prefix + lock.conversation_id, lock.dumps())

    # ------------------------------------------------ read-change-write, atomic across processes

    def issue_ticket(self, conversation_id: str, lock_lifetime: float = LOCK_LIFETIME) -> int:
        """A new ticket for the conversation, numbered after every ticket issued before it."""
        with self._mutex(conversation_id):
            return super().issue_ticket(conversation_id, lock_lifetime)

    def update_lock(self, conversation_id: str) -> None:
        """Drop the conversation's expired tickets."""
        with self._mutex(conversation_id):
            super().update_lock(conversation_id)

    def finish_serving(self, conversation_id: str, ticket_number: int) -> None:
        """Remove the ticket, letting the next one in."""
        with self._mutex(conversation_id):
            super().finish_serving(conversation_id, ticket_number)

    def cleanup(self, conversation_id: str, ticket_number: int) -> None:
        """Remove the ticket; delete the lock only if no other ticket is waiting on it."""
        # One step: Rasa's finish-then-check-then-delete could delete a ticket issued in between.
        with self._mutex(conversation_id):
            lock = self.get_lock(conversation_id)
            if lock is None:
                return
            lock.remove_ticket_for(ticket_number)
            if lock.is_someone_waiting():
                self.save_lock(lock)
            else:
                self.delete_lock(conversation_id)

    def _mutex(self, conversation_id: str) -> AbstractContextManager[object]:
        if self.red is None:
            return nullcontext()  # one process, one event loop: nothing runs in between
        return _redis_mutex(self.red, f"{self.key_prefix}{conversation_id}:mutex")


@contextmanager
def _redis_mutex(red: redis.Redis, name: str) -> Iterator[None]:
    mutex = red.lock(name, timeout=_MUTEX_TIMEOUT_S, sleep=0.002, blocking_timeout=_MUTEX_TIMEOUT_S)
    if not mutex.acquire():
        raise LockError(f"Could not update the lock '{name}' within {_MUTEX_TIMEOUT_S:.0f} s.")
    try:
        yield
    finally:
        # Expired while held: the change above is written either way.
        with suppress(redis.exceptions.LockNotOwnedError):
            mutex.release()
