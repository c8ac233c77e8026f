"""The Rasa server's check of the action server's replies (shop_stores/action_reply_check.py):
built once instead of on every call, it accepts and refuses exactly what Rasa's own check does."""

from __future__ import annotations

import jsonschema
import pytest
from rasa.core.actions.action import RemoteAction

import shop_stores.tracker_store  # noqa: F401  (installs the check, as the Rasa server does)
from shop_stores.action_reply_check import validate_action_result

GOOD = {
    "events": [{"event": "slot", "name": "current_product", "value": "windsor", "timestamp": None}],
    "responses": [{"text": "I found 13 oxfords.", "buttons": [{"title": "1", "payload": "/x"}]}],
}
BAD = [
    {"events": [{"event": "slot"}]},  # a slot event without its name
    {"events": [{"event": "no-such-event"}]},
    {"events": "not a list"},
    {"responses": [1, 2]},
]


def test_the_rasa_server_uses_the_compiled_check():
    assert RemoteAction._validate_action_result is validate_action_result


def test_a_good_reply_passes_both_checks():
    schema = RemoteAction.action_response_format_spec()
    jsonschema.validate(GOOD, schema)  # Rasa's own
    assert RemoteAction("action_search_products", None)._validate_action_result(GOOD)


@pytest.mark.parametrize("reply", BAD)
def test_a_reply_rasa_refuses_is_refused_with_rasas_message(reply):
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(reply, RemoteAction.action_response_format_spec())
    with pytest.raises(jsonschema.ValidationError, match="Failed to validate Action server"):
        RemoteAction("action_search_products", None)._validate_action_result(reply)
