"""The store's catalog vocabulary as the NLU components read it: one entity extractor per store,
shared by every component in the process and re-read when the catalog changes (no Rasa here)."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from commerce.config import load_settings
from commerce.db import get_engine, session_scope
from commerce.vocabulary import catalog_version, catalog_vocabulary
from shop_nlu.entity import Entity
from shop_nlu.extraction import ShopEntityExtractor
from shop_nlu.sentence_encoder import shared_encoder

logger = logging.getLogger(__name__)


class CatalogTerms:
    """The entity extractor over the store's current catalog vocabulary, re-read whenever the
    catalog has changed (checked at most every `refresh_seconds`), so a new import needs neither
    retraining nor a restart."""

    def __init__(self, refresh_seconds: float) -> None:
        self._refresh_seconds = refresh_seconds
        self._extractor = ShopEntityExtractor([])
        self._version: tuple | None = None
        self._checked_at = float("-inf")
        # The featurizer and the extractor both ask about each message: match it once.
        self._last: tuple[str, list[Entity]] | None = None
        self._refresh()

    def extract(self, text: str) -> list[Entity]:
        if time.monotonic() - self._checked_at > self._refresh_seconds:
            self._refresh()
        if self._last is None or self._last[0] != text:
            self._last = (text, self._extractor.extract(text))
        return self._last[1]

    def _refresh(self) -> None:
        self._checked_at = time.monotonic()
        try:
            engine = get_engine()
            with session_scope(engine) as session:
                version = catalog_version(session)
                if version == self._version:
                    return
                vocabulary = catalog_vocabulary(session)
        except Exception as error:  # the catalog may not be imported yet; try again later
            logger.warning("Catalog vocabulary not loaded from the store: %s", error)
            return
        self._extractor = ShopEntityExtractor(vocabulary, language_model_words())
        self._version = version
        self._last = None
        logger.info("Catalog vocabulary loaded: %d terms", len(vocabulary))


def language_model_words() -> Callable[[str], bool]:
    """Whether a word is one the sentence model knows whole: an English word, not a typo. The
    model is loaded at the first question (the pipeline loads it anyway)."""
    return lambda word: word in shared_encoder().tokenizer.ids


_SHARED_TERMS: dict[tuple[str, float], CatalogTerms] = {}


def shared_catalog_terms(refresh_seconds: float) -> CatalogTerms:
    """One vocabulary per store for every component in the process: loaded and refreshed once."""
    key = (load_settings().database_url, refresh_seconds)
    if key not in _SHARED_TERMS:
        _SHARED_TERMS[key] = CatalogTerms(refresh_seconds)
    return _SHARED_TERMS[key]
