"""The action server that runs actions only for Rasa: `python -m actions.server --port 5055`.

rasa-sdk's own `rasa run actions` runs any action for anyone who can reach it (it checks no
credentials) and listens on every interface. This is the same server (same app, same options)
with two differences: it listens on SHOP_ACTION_SERVER_HOST (127.0.0.1 unless set), and every
call but `/health` must carry `Authorization: Bearer <SHOP_ACTION_SERVER_TOKEN>`, the header
Rasa sends from endpoints.yml's `action_endpoint`. Without a token it refuses to start.
"""

from __future__ import annotations

import gc
import hmac
import logging
import sys

from rasa_sdk import utils
from rasa_sdk.constants import APPLICATION_ROOT_LOGGER_NAME
from rasa_sdk.endpoint import create_app, create_argument_parser, create_ssl_context
from sanic import Sanic, response
from sanic.request import Request
from sanic.response import HTTPResponse

from commerce.config import load_action_server_settings

logger = logging.getLogger(__name__)

OPEN_PATHS = frozenset({"/health"})  # for readiness checks; it says nothing but "ok"


def require_token(app: Sanic, token: str) -> None:
    """Answer 401 to every request but `OPEN_PATHS` that lacks `Authorization: Bearer <token>`."""
    expected = f"Bearer {token}".encode()

    @app.on_request
    async def check_token(request: Request) -> HTTPResponse | None:
        if request.path in OPEN_PATHS:
            return None
        supplied = request.headers.get("Authorization", "").encode()
        # Constant time, so the answer's timing does not spell out the token.
        if hmac.compare_digest(supplied, expected):
            return None
        return response.json({"error": "Unauthorized"}, status=401)


def freeze_after_start(app: Sanic) -> None:
    """Once started, move everything loaded so far (modules, SQLAlchemy's mappings, the catalog's
    vocabulary) out of the garbage collector's sight: a full collection otherwise walks all of it
    and costs one search in a few hundred 35-90 ms (docs/performance.md, section 3.2)."""

    @app.after_server_start
    async def freeze(app: Sanic, loop) -> None:
        gc.collect()
        gc.freeze()


def main(argv: list[str] | None = None) -> None:
    parser = create_argument_parser()
    parser.set_defaults(actions="actions")
    args = parser.parse_args(argv)
    settings = load_action_server_settings()
    if not settings.token:
        sys.exit(
            "SHOP_ACTION_SERVER_TOKEN is not set: the action server runs actions only for callers "
            "with that secret (Rasa sends it from endpoints.yml). `make run` and `make shell` "
            "make one up for each run."
        )

    utils.configure_colored_logging(args.loglevel)
    utils.configure_file_logging(
        logging.getLogger(APPLICATION_ROOT_LOGGER_NAME),
        args.log_file,
        args.loglevel,
        args.logging_config_file,
    )
    utils.update_sanic_log_level()

    # No CORS origins unless asked for: only Rasa calls this server, never a browser.
    app = create_app(args.actions, cors_origins=args.cors, auto_reload=args.auto_reload)
    require_token(app, settings.token)
    freeze_after_start(app)
    ssl_context = create_ssl_context(args.ssl_certificate, args.ssl_keyfile, args.ssl_password)
    logger.info(f"Action server on {settings.host}:{args.port}, for callers with the token")
    app.run(settings.host, args.port, ssl=ssl_context, workers=utils.number_of_sanic_workers())


if __name__ == "__main__":
    main()
