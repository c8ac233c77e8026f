"""Domain responses as Rasa renders them: slot placeholders are filled in text and button payloads,
so a payload's JSON braces must not read as a placeholder (Rasa logs a KeyError and falls back)."""

from __future__ import annotations

import json

import pytest
import structlog.testing
from rasa.core.nlg import TemplatedNaturalLanguageGenerator
from rasa.shared.core.domain import Domain

from tests.conftest import PROJECT_ROOT

DOMAIN = Domain.load(PROJECT_ROOT / "domain.yml")
# Every slot as Rasa passes them on a real turn (most are empty).
SLOTS = {slot.name: None for slot in DOMAIN.slots}
WITH_BUTTONS = sorted(
    name
    for name, variants in DOMAIN.responses.items()
    if any(variant.get("buttons") for variant in variants)
)


def render(name: str) -> tuple[dict, list[dict]]:
    nlg = TemplatedNaturalLanguageGenerator(DOMAIN.responses)
    with structlog.testing.capture_logs() as logs:
        rendered = nlg.generate_from_slots(name, SLOTS, "rest")
    return rendered, logs


def test_what_i_can_do_renders_its_search_buttons_without_a_key_error():
    rendered, logs = render("utter_capabilities")

    assert not [log for log in logs if log.get("log_level") in ("error", "exception")], logs
    payloads = [button["payload"] for button in rendered["buttons"]]
    assert '/search_products{"category": "shoes", "occasion": "formal"}' in payloads
    assert '/search_products{"occasion": "black-tie"}' in payloads


@pytest.mark.parametrize("name", WITH_BUTTONS)
def test_every_button_payload_survives_rendering(name):
    rendered, logs = render(name)

    assert not [log for log in logs if log.get("log_level") in ("error", "exception")], logs
    for button in rendered["buttons"]:
        payload = button["payload"]
        assert payload.startswith("/")
        if "{" in payload:  # /intent{"entity": "value"}: the entities must be JSON
            assert isinstance(json.loads(payload[payload.index("{") :]), dict), payload
