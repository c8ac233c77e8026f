#!/usr/bin/env bash
# Runs a command (rasa shell or rasa run) with the action server beside it, and stops the action
# server when the command ends. The action server listens on 127.0.0.1 and runs actions only for
# callers with SHOP_ACTION_SERVER_TOKEN, which Rasa sends (endpoints.yml); when it is unset, each
# run makes up its own, so the default is safe without any setup.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p var
if [[ -z "${SHOP_ACTION_SERVER_TOKEN:-}" ]]; then
    SHOP_ACTION_SERVER_TOKEN=$(.venv/bin/python -c 'import secrets; print(secrets.token_urlsafe(32))')
fi
export SHOP_ACTION_SERVER_TOKEN
port=5055  # the action_endpoint in endpoints.yml
health_url="http://127.0.0.1:$port/health"
.venv/bin/python -m actions.server --port "$port" >var/action-server.log 2>&1 &
action_server=$!
trap 'kill $action_server 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
    .venv/bin/python -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=1)' \
        "$health_url" 2>/dev/null && break
    kill -0 $action_server 2>/dev/null || { echo "The action server failed to start; see var/action-server.log" >&2; exit 1; }
    sleep 0.5
done
"$@"
