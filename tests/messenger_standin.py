"""Facebook's Graph API stand-in (devtools/platform_standins.py) for the test packages that run the
assistant with its Messenger channel on, and the settings that point the assistant at it.

`graph_api` is package-scoped and lives here, not in tests/conftest.py: there pytest would make it
one stand-in for every package (a package-scoped fixture belongs to the package that defines it),
and one package's Send API calls would be waiting in the next one's. A package that needs it
names it in its own conftest.py (`graph_api = messenger_standin.graph_api`) and gets a stand-in of
its own.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from devtools.platform_standins import FacebookStandIn

FACEBOOK_APP_SECRET = "stand-in-facebook-app-secret"
FACEBOOK_VERIFY_TOKEN = "stand-in-verify-token"


@pytest.fixture(scope="package")
def graph_api() -> Iterator[FacebookStandIn]:
    """The Graph API's Send API on 127.0.0.1, one for each package that imports this fixture."""
    with FacebookStandIn() as stand_in:
        yield stand_in


def messenger_settings(graph_api: FacebookStandIn) -> dict[str, str]:
    """The assistant's Messenger settings (credentials.yml), pointing at the stand-in."""
    return {
        "SHOP_FACEBOOK_PAGE_ACCESS_TOKEN": graph_api.page_access_token,
        "SHOP_FACEBOOK_APP_SECRET": FACEBOOK_APP_SECRET,
        "SHOP_FACEBOOK_VERIFY_TOKEN": FACEBOOK_VERIFY_TOKEN,
        "SHOP_FACEBOOK_GRAPH_URL": graph_api.graph_url,
    }
