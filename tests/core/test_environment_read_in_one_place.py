"""The environment is read in one module, commerce/config.py: everyone else asks it.

Tests, and the tools that start the servers for tests and benchmarks (devtools/, bench/: they hand
the servers an environment and read no setting), are left out."""

from __future__ import annotations

import re

from tests.conftest import PROJECT_ROOT

SETTINGS_MODULE = PROJECT_ROOT / "commerce" / "config.py"
LEFT_OUT = {"tests", "devtools", "bench", ".venv", "models", "var", "node_modules"}
READS_ENVIRONMENT = re.compile(r"\bos\.environ\b|\bgetenv\b|\benviron\b|\bputenv\b")


def _python_files():
    for path in sorted(PROJECT_ROOT.rglob("*.py")):
        relative = path.relative_to(PROJECT_ROOT)
        if relative.parts[0] in LEFT_OUT or relative.parts[0].startswith("."):
            continue
        yield path


def test_only_the_settings_module_reads_the_environment():
    readers = [
        f"{path.relative_to(PROJECT_ROOT)}:{number}: {line.strip()}"
        for path in _python_files()
        if path != SETTINGS_MODULE
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if READS_ENVIRONMENT.search(line)
    ]

    assert readers == [], "read settings through commerce/config.py:\n" + "\n".join(readers)


def test_the_check_finds_a_reader():
    # The pattern must see each way of reading the environment (so the test above can fail).
    for line in ('os.environ.get("X")', 'os.getenv("X")', "from os import environ"):
        assert READS_ENVIRONMENT.search(line), line
    assert not READS_ENVIRONMENT.search('"""configured from the environment"""')
