"""The bad-input corpus (bad_inputs.yml) over the REST channel and the web chat's socket.io
channel, against the real servers: for every case no server error, a clear reply (no silence, no
stack trace, no internal names, nobody else's data), the store unchanged table by table, and the
server still answering "hi" afterwards."""

from __future__ import annotations

import uuid

import pytest
import requests

from tests.robustness.conftest import (
    BadInput,
    changed_tables,
    load_corpus,
    reply_problems,
    rest_texts,
    store_digest,
    wait_for_answer,
)

pytestmark = [pytest.mark.server, pytest.mark.timeout(1800)]

CORPUS = load_corpus()


def _cases(channel: str) -> list:
    return [pytest.param(case, id=case.id) for case in CORPUS if channel in case.channels]


def test_the_corpus_has_at_least_200_cases_each_with_a_reason():
    assert len(CORPUS) >= 200
    assert len({case.id for case in CORPUS}) == len(CORPUS)
    assert all(case.category and len(case.why) > 5 for case in CORPUS)
    categories = {case.category for case in CORPUS}
    assert {"empty", "size", "encoding", "malformed-json", "wrong-type", "control-characters",
            "emoji", "scripts", "sql-injection", "html-js-injection", "absurd-numbers",
            "forged-payload"} <= categories  # fmt: skip


@pytest.mark.parametrize("case", _cases("rest"))
def test_a_bad_input_over_rest_changes_nothing(case: BadInput, assistant, channel_store, victim):
    sender = f"bad-{uuid.uuid4().hex[:10]}"
    body = case.rest_body(sender, victim)
    before = store_digest(channel_store, sender)

    answer = requests.post(
        f"{assistant.rasa_url}/webhooks/rest/webhook",
        data=body,
        headers={"Content-Type": "application/json"},
        timeout=120,
    )

    assert answer.status_code < 500, answer.text[:500]
    refused = 400 <= answer.status_code < 500
    if case.expect == "refused" or (case.expect == "any" and refused):
        assert refused, f"expected a refusal, got {answer.status_code}: {answer.text[:300]}"
        assert answer.json()["error"], "a refusal says why"
    else:
        assert answer.status_code == 200, answer.text[:500]
        texts = rest_texts(answer.json())
        assert not reply_problems(texts, body.decode(errors="replace"), victim), texts
        if "reply_contains" in case.spec:
            assert case.spec["reply_contains"] in " ".join(texts).lower(), texts
    assert wait_for_answer(assistant)
    assert changed_tables(before, store_digest(channel_store, sender)) == []


@pytest.mark.parametrize("case", _cases("socketio"))
def test_a_bad_input_over_the_web_chat_changes_nothing(
    case: BadInput, web_chat, channel_store, victim
):
    data = case.socket_data(victim)
    if isinstance(data, dict) and "session_id" not in data and "socket_data" not in case.spec:
        data = {**data, "session_id": web_chat.session_id}  # as the page sends it
    before = store_digest(channel_store, web_chat.session_id)

    replies = web_chat.send(data)

    texts = [reply.get("text") or "" for reply in replies]
    assert not reply_problems(texts, repr(data), victim), texts
    if "reply_contains" in case.spec:
        assert case.spec["reply_contains"] in " ".join(texts).lower(), texts
    assert web_chat.says("hi", settle=0.1), "the web chat still answers"
    assert changed_tables(before, store_digest(channel_store, web_chat.session_id)) == []
