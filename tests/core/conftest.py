"""Fixtures for the commerce core tests: real SQLite store files in temporary directories.

Read-only tests share one store with the demo catalog imported once (`demo_session`); tests that
write get a store of their own (`new_store`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

import pytest

from commerce.db import create_schema, get_engine, session_scope

from .catalog_rows import DEMO_CSV, CsvProduct, import_file, read_catalog, write_csv


def _store(path: Path):
    engine = get_engine(f"sqlite:///{path}")
    create_schema(engine)
    return engine


@pytest.fixture
def new_store(tmp_path: Path):
    """An empty store (schema only) of this test's own."""
    engine = _store(tmp_path / "shop.db")
    yield engine
    engine.dispose()


@pytest.fixture(scope="session")
def demo_import(tmp_path_factory: pytest.TempPathFactory):
    engine = _store(tmp_path_factory.mktemp("demo") / "shop.db")
    report = import_file(engine, DEMO_CSV)
    yield engine, report
    engine.dispose()


@pytest.fixture(scope="session")
def demo_engine(demo_import):
    """The shared store with the demo catalog: tests must not write to it."""
    return demo_import[0]


@pytest.fixture(scope="session")
def demo_report(demo_import):
    return demo_import[1]


@pytest.fixture
def demo_session(demo_engine):
    with session_scope(demo_engine) as session:
        yield session


@pytest.fixture(scope="session")
def demo_catalog() -> dict[str, CsvProduct]:
    """The demo catalog as its CSV spells it out (handle -> product, in file order)."""
    return read_catalog(DEMO_CSV)


@pytest.fixture
def write_catalog(tmp_path: Path) -> Callable[..., Path]:
    """write_catalog(rows, name="catalog.csv"): a Shopify CSV file in this test's directory."""

    def write(rows: Iterable[dict[str, str] | str], name: str = "catalog.csv") -> Path:
        return write_csv(tmp_path / name, rows)

    return write
