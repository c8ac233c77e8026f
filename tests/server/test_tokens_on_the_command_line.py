"""A secret handed to `rasa run` on its command line reaches Rasa whatever its first character.

`secrets.token_urlsafe` starts with "-" about once in 64 tokens; written as `--auth-token TOKEN`,
Rasa's argument parser takes such a token for an option and refuses to start.
"""

from __future__ import annotations

import argparse
import subprocess

from rasa.cli.arguments.run import add_server_arguments

from commerce.config import PROJECT_ROOT
from devtools.servers import rasa_run_command

TOKEN = "-starts-with-a-dash"


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model")
    add_server_arguments(parser)
    return parser.parse_args(argv)


def test_the_test_servers_pass_a_token_that_starts_with_a_dash(tmp_path):
    command = rasa_run_command(
        tmp_path / "m.tar.gz", tmp_path / "endpoints.yml", 5005, TOKEN, PROJECT_ROOT
    )
    assert command[1] == "run"
    assert _parse(command[2:]).auth_token == TOKEN


def test_make_run_passes_a_token_that_starts_with_a_dash(tmp_path):
    # scripts/rasa_run.sh ends in `exec .venv/bin/rasa run ARGS`; a stand-in `rasa` prints ARGS.
    project = tmp_path / "project"
    (project / "scripts").mkdir(parents=True)
    (project / ".venv" / "bin").mkdir(parents=True)
    script = project / "scripts" / "rasa_run.sh"
    script.write_text((PROJECT_ROOT / "scripts" / "rasa_run.sh").read_text())
    stand_in = project / ".venv" / "bin" / "rasa"
    stand_in.write_text('#!/bin/sh\nfor a in "$@"; do printf "%s\\n" "$a"; done\n')
    stand_in.chmod(0o755)
    printed = subprocess.run(
        ["bash", str(script)], env={"PATH": "/usr/bin:/bin", "SHOP_API_TOKEN": TOKEN},
        capture_output=True, text=True, check=True,
    ).stdout.splitlines()  # fmt: skip
    assert printed[0] == "run"
    assert _parse(printed[1:]).auth_token == TOKEN
