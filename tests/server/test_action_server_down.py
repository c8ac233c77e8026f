"""When the action server is unreachable, the shopper still gets an answer, not silence."""

from __future__ import annotations

import pytest

from devtools.servers import running_assistant

pytestmark = [pytest.mark.server, pytest.mark.timeout(600)]


@pytest.fixture(scope="module")
def assistant_without_actions(trained_model, demo_store_file, tmp_path_factory):
    with running_assistant(
        trained_model,
        tmp_path_factory.mktemp("no-actions"),
        database_url=f"sqlite:///{demo_store_file}",
        with_actions=False,
        extra_env={"SHOP_CONTACT_EMAIL": "team@shop.test"},
    ) as running:
        yield running


def test_search_without_action_server_apologises_and_says_how_to_get_help(
    assistant_without_actions,
):
    replies = assistant_without_actions.send("ann", "show me black oxfords in size 10")

    assert len(replies) == 1
    assert "Sorry" in replies[0]["text"] and "team@shop.test" in replies[0]["text"]


def test_answers_that_need_no_action_server_still_work(assistant_without_actions):
    replies = assistant_without_actions.send("bob", "hello")

    assert "virtual assistant" in replies[0]["text"]
