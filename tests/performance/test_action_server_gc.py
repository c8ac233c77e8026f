"""The action server hides what it loaded at start from the garbage collector (actions/server.py)."""

from __future__ import annotations

import asyncio
import gc

from sanic import Sanic

from actions.server import freeze_after_start


def test_after_start_the_loaded_objects_are_frozen():
    app = Sanic("gc_freeze_test")
    freeze_after_start(app)
    (listener,) = [
        future.listener for future in app._future_listeners if future.event == "after_server_start"
    ]
    try:
        asyncio.run(listener(app, None))

        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
