"""Start the Rasa server and the action server as real processes, and talk to them over HTTP.

Used by the server tests and the benchmarks, so both measure exactly what a shop would run.
"""

from __future__ import annotations

import os
import secrets
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import requests

PROJECT_ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def base_environment(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(RASA_TELEMETRY_ENABLED="false", TF_CPP_MIN_LOG_LEVEL="2", **extra)
    return env


def wait_until_ready(
    url: str, process: subprocess.Popen, timeout: float, log: Path, params: dict | None = None
) -> float:
    """Seconds until `url` answers 200; raises with the log's tail if the process dies first."""
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        if process.poll() is not None:
            raise RuntimeError(f"{url} died on start:\n{_tail(log)}")
        try:
            if requests.get(url, params=params, timeout=2).status_code == 200:
                return time.monotonic() - started
        except requests.RequestException:
            pass
        time.sleep(0.25)
    raise TimeoutError(f"{url} not ready after {timeout:.0f}s:\n{_tail(log)}")


def _tail(path: Path, lines: int = 40) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


def resident_memory_bytes(pid: int) -> int:
    """Resident memory of a process and all its descendants (Linux /proc)."""
    total = 0
    pids = [pid]
    while pids:
        current = pids.pop()
        try:
            for line in Path(f"/proc/{current}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) * 1024
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except OSError:
            continue
        pids.extend(int(child) for child in children)
    return total


@dataclass
class RunningAssistant:
    rasa_url: str
    action_url: str
    rasa: subprocess.Popen
    action_server: subprocess.Popen | None
    rasa_ready_seconds: float
    workdir: Path
    api_token: str  # Rasa's HTTP API answers only with it (`?token=`)
    action_server_token: str  # the action server runs actions only with it (actions/server.py)

    @property
    def api_auth(self) -> dict[str, str]:
        """Query parameters that let a call through to Rasa's HTTP API (trackers, /model/parse...)."""
        return {"token": self.api_token}

    def send(self, sender: str, text: str, timeout: float = 30) -> list[dict]:
        """One message over the REST channel; returns the bot's messages."""
        response = requests.post(
            f"{self.rasa_url}/webhooks/rest/webhook",
            json={"sender": sender, "message": text},
            timeout=timeout,
        )
        response.raise_for_status()
        return response.json()

    def tracker(self, sender: str) -> dict:
        return requests.get(
            f"{self.rasa_url}/conversations/{sender}/tracker", params=self.api_auth, timeout=10
        ).json()


def _start(command: list[str], log: Path, env: dict[str, str], cwd: Path) -> subprocess.Popen:
    return subprocess.Popen(
        command,
        cwd=cwd,
        env=env,
        stdout=log.open("wb"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )


def _stop(process: subprocess.Popen | None) -> None:
    if process is None or process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def rasa_run_command(
    model: Path, endpoints: Path, port: int, api_token: str, project_dir: Path
) -> list[str]:
    """`rasa run` with the REST channel and the HTTP API on 127.0.0.1, behind `api_token`."""
    # `--auth-token=TOKEN`, not `--auth-token TOKEN`: a token may start with "-", which Rasa's
    # argument parser would take for an option.
    return [
        str(BIN / "rasa"), "run", "--enable-api", f"--auth-token={api_token}",
        "--interface", "127.0.0.1", "--model", str(model), "--endpoints", str(endpoints),
        "--port", str(port), "--credentials", str(project_dir / "credentials.yml"),
    ]  # fmt: skip


@contextmanager
def running_assistant(
    model: Path,
    workdir: Path,
    database_url: str | None = None,
    project_dir: Path = PROJECT_ROOT,
    with_actions: bool = True,
    ready_timeout: float = 240,
    extra_env: dict[str, str] | None = None,
) -> Iterator[RunningAssistant]:
    """The Rasa server (REST channel, HTTP API) and, if asked, the action server of `project_dir`,
    both on 127.0.0.1 and each with a fresh token, as `make run` starts them (the README).

    Conversations go to a SQLite tracker store in `workdir` unless `extra_env` names another
    (`SHOP_TRACKER_STORE_URL`, and `SHOP_LOCK_STORE_URL`, `SHOP_EVENT_BROKER_URL` as in
    endpoints.yml); logs are `workdir/*.log`.
    """
    workdir.mkdir(parents=True, exist_ok=True)
    api_token, action_server_token = secrets.token_urlsafe(24), secrets.token_urlsafe(24)
    # Conversations in this run's own SQLite file, unless the caller names other stores.
    stores = {"SHOP_TRACKER_STORE_URL": f"sqlite:///{workdir / 'conversations.db'}"}
    env = base_environment(**{**stores, **(extra_env or {})})
    env.update(SHOP_ACTION_SERVER_TOKEN=action_server_token, SHOP_ACTION_SERVER_HOST="127.0.0.1")
    if database_url:
        env["SHOP_DATABASE_URL"] = database_url
    rasa_port, action_port = free_port(), free_port()
    action_url = f"http://127.0.0.1:{action_port}"
    endpoints = workdir / "endpoints.yml"
    # The token stays in the environment; Rasa expands the variable (unquoted, as in endpoints.yml).
    endpoints.write_text(
        f'action_endpoint:\n  url: "{action_url}/webhook"\n  enable_selective_domain: true\n'
        "  headers:\n    Authorization: Bearer ${SHOP_ACTION_SERVER_TOKEN}\n"
        # The stores as endpoints.yml names them; the settings in `env` choose where they are.
        "tracker_store:\n  type: shop_stores.tracker_store.ShopTrackerStore\n"
        "lock_store:\n  type: shop_stores.lock_store.ShopLockStore\n"
        "event_broker:\n  type: shop_stores.event_broker.ShopEventBroker\n"
    )
    action_server = None
    rasa = None
    try:
        if with_actions:
            action_log = workdir / "action-server.log"
            action_server = _start(
                [sys.executable, "-m", "actions.server", "--port", str(action_port)],
                action_log, env, project_dir,
            )  # fmt: skip
        rasa_log = workdir / "rasa.log"
        started = time.monotonic()
        rasa = _start(
            rasa_run_command(model, endpoints, rasa_port, api_token, project_dir),
            rasa_log, env, project_dir,
        )  # fmt: skip
        rasa_url = f"http://127.0.0.1:{rasa_port}"
        if action_server is not None:
            wait_until_ready(f"{action_url}/health", action_server, ready_timeout, action_log)
        api_auth = {"token": api_token}
        wait_until_ready(f"{rasa_url}/status", rasa, ready_timeout, rasa_log, params=api_auth)
        # /status answers before the model is loaded; a parse proves it is.
        while (
            requests.post(
                f"{rasa_url}/model/parse", params=api_auth, json={"text": "hi"}, timeout=30
            ).status_code
            != 200
        ):
            time.sleep(0.25)
        yield RunningAssistant(
            rasa_url=rasa_url,
            action_url=action_url,
            rasa=rasa,
            action_server=action_server,
            rasa_ready_seconds=time.monotonic() - started,
            workdir=workdir,
            api_token=api_token,
            action_server_token=action_server_token,
        )
    finally:
        _stop(rasa)
        _stop(action_server)
