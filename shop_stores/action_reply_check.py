"""Rasa's check of the action server's replies, with its JSON schema compiled once.

Rasa 3.6 checks every reply of the action server against `RemoteAction.action_response_format_spec`
with `jsonschema.validate`, which first checks the (large) events schema itself, then builds a
validator, on every call: 15 ms of CPU per custom action here, a quarter of a message's CPU in the
Rasa server (docs/performance.md). The same schema and the same check, with the validator built
once, cost 1 ms. A reply that breaks the schema is refused exactly as before, with Rasa's message.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from jsonschema import ValidationError
from jsonschema.validators import validator_for
from rasa.core.actions.action import RemoteAction
from rasa.shared.constants import DOCS_BASE_URL


@lru_cache(maxsize=1)
def _validator():
    schema = RemoteAction.action_response_format_spec()
    validator_class = validator_for(schema)
    validator_class.check_schema(schema)  # what `jsonschema.validate` checks each time, once
    return validator_class(schema)


def validate_action_result(self: RemoteAction, result: dict[str, Any]) -> bool:
    """`RemoteAction._validate_action_result`, with the validator built once."""
    try:
        _validator().validate(result)
        return True
    except ValidationError as error:
        error.message += (
            ". Failed to validate Action server response from API, "
            "make sure your response from the Action endpoint is valid. "
            f"For more information about the format visit {DOCS_BASE_URL}/custom-actions"
        )
        raise error


def install() -> None:
    """Use the compiled check in this process (the Rasa server loads this with its stores)."""
    RemoteAction._validate_action_result = validate_action_result
