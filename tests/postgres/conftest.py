"""PostgreSQL for the store's tests.

Needs a PostgreSQL server: SHOP_TEST_POSTGRES_URL (default postgresql://postgres@127.0.0.1:5432/
postgres, trust auth as on the CI machine). Each module creates and drops its own database. Where
no server answers, the tests are skipped and say so; CI has one and runs them.
"""

from __future__ import annotations

import os
import uuid

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from commerce.catalog_import import import_shopify_csv
from commerce.db import create_schema, get_engine, session_scope
from tests.conftest import DEMO_CATALOG

ADMIN_URL = os.environ.get(
    "SHOP_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres"
)


@pytest.fixture(scope="module")
def postgres_url():
    admin = create_engine(ADMIN_URL, isolation_level="AUTOCOMMIT", future=True)
    try:
        with admin.connect() as connection:
            connection.execute(text("select 1"))
    except Exception as error:  # no server here: say so instead of failing obscurely
        pytest.skip(f"PostgreSQL not reachable at {ADMIN_URL}: {error.__class__.__name__}")
    name = f"shop_test_{uuid.uuid4().hex[:10]}"
    with admin.connect() as connection:
        connection.execute(text(f'create database "{name}"'))
    url = make_url(ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    try:
        yield url
    finally:
        get_engine(url).dispose()
        with admin.connect() as connection:
            connection.execute(text(f'drop database if exists "{name}" with (force)'))
        admin.dispose()


@pytest.fixture(scope="module")
def engine(postgres_url):
    """The demo catalog on a fresh PostgreSQL database."""
    engine = get_engine(postgres_url)
    create_schema(engine)
    with session_scope(engine) as session, DEMO_CATALOG.open(encoding="utf-8") as stream:
        report = import_shopify_csv(session, stream)
    assert not report.problems
    return engine
