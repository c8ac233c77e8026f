#!/usr/bin/env bash
# `rasa run` as `make run` and `make webchat` start it: listening on this machine only (set
# SHOP_RASA_INTERFACE, e.g. 0.0.0.0 behind a proxy, to change that), with Rasa's HTTP API
# (trackers, events, the model) only when SHOP_API_TOKEN or SHOP_API_JWT_SECRET is set, and then
# only for callers with that token (`?token=`) or a JWT signed with that secret. The channel
# webhooks (/webhooks/...) are always there: shoppers' platforms must reach them.
set -euo pipefail
cd "$(dirname "$0")/.."
args=(--interface "${SHOP_RASA_INTERFACE:-127.0.0.1}")
if [[ -n "${SHOP_API_TOKEN:-}" ]]; then
    # One word: a token starting with "-" would otherwise be read as an option.
    args+=("--auth-token=$SHOP_API_TOKEN")
fi
if [[ -n "${SHOP_API_JWT_SECRET:-}" ]]; then
    args+=(--jwt-secret "$SHOP_API_JWT_SECRET" --jwt-method "${SHOP_API_JWT_METHOD:-HS256}")
fi
if [[ ${#args[@]} -gt 2 ]]; then
    args+=(--enable-api)
fi
# Rasa's own: connections waiting to be accepted. Sanic's 100 resets a burst of 200 shoppers
# tapping at once (tests/robustness/test_concurrent_purchases.py).
export SANIC_BACKLOG="${SANIC_BACKLOG:-1024}"
exec .venv/bin/rasa run "${args[@]}" "$@"
