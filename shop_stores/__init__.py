"""Rasa's stores and broker, chosen by the shop's settings (commerce/config.py).

endpoints.yml names these classes by module path, so one endpoints file serves every set-up: a
SQLite file and in-memory locks with nothing configured, PostgreSQL, Redis and RabbitMQ for
several Rasa instances. Each is Rasa's own engine (SQLTrackerStore, Rasa's ticket lock on Redis,
PikaEventBroker); ours are the choice, the lock's atomic updates, and what keeps conversations and
events whole through faults: the tracker store's behaviour while its database is away, and the
broker's outbox (README, "Faults the assistant survives").
"""
