"""Fixtures shared by every test folder: the demo catalog in a real SQLite store, the model."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from commerce.catalog_import import import_shopify_csv
from commerce.db import create_schema, get_engine, session_scope

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEMO_CATALOG = PROJECT_ROOT / "catalog" / "demo_catalog.csv"
MODEL = PROJECT_ROOT / "models" / "shop-assistant.tar.gz"

os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")


@pytest.fixture(scope="session")
def demo_store_file(tmp_path_factory) -> Path:
    """A SQLite file with the demo catalog imported once; copy it before writing to it."""
    path = tmp_path_factory.mktemp("demo-store") / "shop.db"
    engine = get_engine(f"sqlite:///{path}")
    create_schema(engine)
    with session_scope(engine) as session, DEMO_CATALOG.open(encoding="utf-8") as stream:
        report = import_shopify_csv(session, stream)
    assert not report.problems, report.problems
    engine.dispose()
    return path


@pytest.fixture(scope="session")
def demo_store_copy(demo_store_file, tmp_path_factory) -> Callable[[str], Path]:
    """demo_store_copy(name): a new private copy of the demo store (its path) in a new temporary
    folder named after `name`; for the store behind a package's or a module's servers."""

    def copy(name: str) -> Path:
        path = tmp_path_factory.mktemp(name) / "shop.db"
        shutil.copy(demo_store_file, path)
        return path

    return copy


@pytest.fixture
def demo_store_url(demo_store_file, tmp_path, monkeypatch) -> Iterator[str]:
    """A private copy of the demo store, set as the store the actions and NLU use. The copy goes
    when the test ends: some 10,000 tests make one each, 20 GB if all were kept."""
    path = tmp_path / "shop.db"
    shutil.copy(demo_store_file, path)
    url = f"sqlite:///{path}"
    monkeypatch.setenv("SHOP_DATABASE_URL", url)
    yield url
    for leftover in tmp_path.glob("shop.db*"):  # with its -wal and -shm files
        leftover.unlink()


@pytest.fixture(scope="module")
def extractor(demo_store_file):
    """The shop's entity extractor over the demo catalog (without the language model's words)."""
    from commerce.db import get_engine, session_scope
    from commerce.vocabulary import catalog_vocabulary
    from shop_nlu.extraction import ShopEntityExtractor

    with session_scope(get_engine(f"sqlite:///{demo_store_file}")) as session:
        return ShopEntityExtractor(catalog_vocabulary(session))


@pytest.fixture(scope="session")
def trained_model() -> Path:
    """The trained model, or the one SHOP_TEST_MODEL names (a model trained elsewhere, to try)."""
    model = Path(os.environ.get("SHOP_TEST_MODEL") or MODEL)
    if not model.exists():
        pytest.fail(f"{model} is missing: run `make train` (make test does it first)")
    return model
