"""A store brought to one revision of the migrations, as a shop on an older release has it."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine

from commerce.db import MIGRATIONS


def upgrade_store(url: str, revision: str) -> None:
    """Run the migrations on the store at `url` up to `revision` (and no further)."""
    engine = create_engine(url, future=True)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    engine.dispose()
