"""The real servers, started as `make run` starts them (devtools/servers.py: each with its own
fresh token, both on 127.0.0.1), once for the whole package, on a private copy of the demo store."""

from __future__ import annotations

from pathlib import Path

import pytest

from devtools.servers import RunningAssistant, running_assistant


@pytest.fixture(scope="package")
def assistant(trained_model, demo_store_copy, tmp_path_factory) -> RunningAssistant:
    store = demo_store_copy("security-store")
    with running_assistant(
        trained_model,
        tmp_path_factory.mktemp("security-servers"),
        database_url=f"sqlite:///{store}",
    ) as running:
        yield running


def listening_addresses(port: int) -> set[str]:
    """The local addresses with a TCP socket listening on `port` (Linux's /proc/net/tcp*)."""
    addresses = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            local, state = line.split()[1], line.split()[3]
            address, port_hex = local.rsplit(":", 1)
            if state == "0A" and int(port_hex, 16) == port:  # 0A: LISTEN
                addresses.add(_readable(address))
    return addresses


def _readable(address: str) -> str:
    """/proc/net/tcp's hex address (32-bit words in host order, little-endian here) as text."""
    raw = b"".join(bytes.fromhex(address[i : i + 8])[::-1] for i in range(0, len(address), 8))
    if len(raw) == 4:
        return ".".join(str(byte) for byte in raw)
    if raw[:12] == b"\0" * 10 + b"\xff\xff":  # an IPv4 address in IPv6 form
        return ".".join(str(byte) for byte in raw[12:])
    return ":".join(raw[i : i + 2].hex() for i in range(0, 16, 2))
