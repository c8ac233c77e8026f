"""The action server loads only what its actions need: not the NLU's language stack.

spaCy imports TensorFlow; an action module that reached for a word list through
`shop_nlu.extraction` once made every action server process load both: about 3 s more at start
and some 430 MB more memory per process (`bench/bench_conversation.py` measured the action server
at 534 MB instead of 80). The action server registers the `actions` package as here.
"""

from __future__ import annotations

import os
import subprocess
import sys

from devtools.servers import PROJECT_ROOT

# Resident memory read from /proc, not `ru_maxrss`: Linux carries the peak of the process that
# forked the child (here pytest, with TensorFlow loaded) across exec into the child's figure.
LOAD_THE_ACTIONS = """
import re, sys
from pathlib import Path
from rasa_sdk.executor import ActionExecutor
ActionExecutor().register_package("actions")
heavy = sorted(name for name in ("spacy", "tensorflow", "thinc") if name in sys.modules)
kilobytes = re.search(r"VmRSS:\\s*(\\d+)", Path("/proc/self/status").read_text()).group(1)
print(",".join(heavy) or "-", int(kilobytes) // 1024)
"""


def test_the_action_server_loads_no_language_stack_and_stays_small():
    env = {**os.environ, "RASA_TELEMETRY_ENABLED": "false"}
    run = subprocess.run(
        [sys.executable, "-c", LOAD_THE_ACTIONS],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    heavy, megabytes = run.stdout.split()

    assert heavy == "-"
    assert int(megabytes) < 200
