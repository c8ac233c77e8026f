"""The real servers for a test module: a private copy of the demo store, and the trained model in
`rasa run` with the action server, started once per module (about 10 seconds)."""

from __future__ import annotations

import pytest

from devtools.servers import running_assistant


@pytest.fixture(scope="module")
def store(demo_store_copy):
    return demo_store_copy("server-store")


@pytest.fixture(scope="module")
def assistant(trained_model, store, tmp_path_factory):
    with running_assistant(
        trained_model, tmp_path_factory.mktemp("servers"), database_url=f"sqlite:///{store}"
    ) as running:
        yield running
