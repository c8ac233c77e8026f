"""The journeys in journeys/, typed over the REST channel to the real Rasa server and action server.

They are written as tests/server's journeys are (say / tap / expect / expect_not / expect_match,
one shopper's conversation per file) and run by the same runner; they sit here, beside the test
stories, because each replays a conversation a tester had with the assistant (docs/nlu/).

The model is the trained one (`make train`), or the one SHOP_TEST_MODEL names, for a model
trained elsewhere from this tree (`rasa train ... --out /tmp/models`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.server import test_journeys
from tests.server.conftest import assistant, store  # noqa: F401  (the servers, once per module)

pytestmark = [pytest.mark.server, pytest.mark.timeout(900)]

JOURNEYS = sorted((Path(__file__).parent / "journeys").glob("*.yml"))


@pytest.mark.parametrize("journey", JOURNEYS, ids=[path.stem for path in JOURNEYS])
def test_journey(journey, assistant, store):  # noqa: F811
    test_journeys.test_journey(journey, assistant, store)
