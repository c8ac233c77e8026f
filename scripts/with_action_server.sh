#!/usr/bin/env bash
# Runs a command (rasa shell or rasa run) with the action server beside it, and stops the action
# server when the command ends.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p var
port=${SHOP_ACTION_SERVER_PORT:-5055}
.venv/bin/rasa run actions --actions actions --port "$port" >var/action-server.log 2>&1 &
action_server=$!
trap 'kill $action_server 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$port/health" >/dev/null && break
    kill -0 $action_server 2>/dev/null || { echo "The action server failed to start; see var/action-server.log" >&2; exit 1; }
    sleep 0.5
done
"$@"
