"""Rasa NLU components of the shop (thin wrappers; the logic lives in `shop_nlu.extraction`)."""

from __future__ import annotations

import logging
import time
from typing import Any

import numpy as np
import scipy.sparse
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.constants import TOKENS_NAMES
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.nlu.featurizers.sparse_featurizer.sparse_featurizer import SparseFeaturizer
from rasa.nlu.tokenizers.whitespace_tokenizer import WhitespaceTokenizer
from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from commerce.config import load_settings
from commerce.db import get_engine, session_scope
from commerce.vocabulary import catalog_version, catalog_vocabulary
from shop_nlu.extraction import Entity, ShopEntityExtractor

logger = logging.getLogger(__name__)


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.MESSAGE_TOKENIZER], is_trainable=False)
class LengthCappedTokenizer(WhitespaceTokenizer):
    """Rasa's whitespace tokenizer that reads at most `max_characters` of a message.

    A 100 KB message would otherwise cost seconds in the featurizers; nobody types that much to a
    shop, so the rest is ignored rather than understood slowly.
    """

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {**WhitespaceTokenizer.get_default_config(), "max_characters": 1000}

    def process(self, messages: list[Message]) -> list[Message]:
        limit = self._config["max_characters"]
        for message in messages:
            text = message.get(TEXT)
            if isinstance(text, str) and len(text) > limit:
                message.set(TEXT, text[:limit])
        return super().process(messages)


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
        self._extractor = ShopEntityExtractor(vocabulary)
        self._version = version
        self._last = None
        logger.info("Catalog vocabulary loaded: %d terms", len(vocabulary))


_SHARED_TERMS: dict[tuple[str, float], CatalogTerms] = {}


def shared_catalog_terms(refresh_seconds: float) -> CatalogTerms:
    """One vocabulary per store for every component in the process: loaded and refreshed once."""
    key = (load_settings().database_url, refresh_seconds)
    if key not in _SHARED_TERMS:
        _SHARED_TERMS[key] = CatalogTerms(refresh_seconds)
    return _SHARED_TERMS[key]


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER], is_trainable=False)
class CatalogTermFeaturizer(SparseFeaturizer, GraphComponent):
    """Marks each token with the kind of shop term it is part of (category, colour, size, ...).

    The intent classifier then learns "show me <a category>" rather than "show me pocket
    squares": a product word it never saw in training (a new catalog's, or a rare one) still reads
    as a product word, because the features come from the store's vocabulary at run time.
    """

    KINDS = (
        "category", "colour", "size", "occasion", "gender", "brand", "product", "price_min",
        "price_max", "ordinal", "sort", "price_direction", "order_number", "email", "quantity",
        "shipping_method", "rating",
    )  # fmt: skip

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {**SparseFeaturizer.get_default_config(), "refresh_seconds": 30}

    @classmethod
    def validate_config(cls, config: dict[str, Any]) -> None:
        pass

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> CatalogTermFeaturizer:
        return cls(config, execution_context.node_name)

    def __init__(self, config: dict[str, Any], name: str) -> None:
        super().__init__(name, config)
        self._terms = shared_catalog_terms(float(config.get("refresh_seconds", 30)))

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            self._featurize(message)
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        for message in training_data.training_examples:
            self._featurize(message)
        return training_data

    def _featurize(self, message: Message) -> None:
        tokens = message.get(TOKENS_NAMES[TEXT])
        text = message.get(TEXT)
        if not tokens or not isinstance(text, str):
            return
        column = {kind: index for index, kind in enumerate(self.KINDS)}
        sequence = np.zeros((len(tokens), len(self.KINDS)), dtype=np.float32)
        for entity in self._terms.extract(text):
            if entity.entity not in column:
                continue
            for row, token in enumerate(tokens):
                if token.start < entity.end and token.end > entity.start:
                    sequence[row, column[entity.entity]] = 1.0
        sentence = sequence.max(axis=0, keepdims=True)
        self.add_features_to_message(
            scipy.sparse.coo_matrix(sequence), scipy.sparse.coo_matrix(sentence), TEXT, message
        )


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=False)
class CatalogEntityExtractor(GraphComponent, EntityExtractorMixin):
    """Finds catalog terms, sizes, prices, ordinals and sorting in messages (see CatalogTerms)."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {"refresh_seconds": 30}

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> CatalogEntityExtractor:
        return cls(config)

    def __init__(self, config: dict[str, Any]) -> None:
        self._terms = shared_catalog_terms(float(config.get("refresh_seconds", 30)))

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(TEXT)
            if not isinstance(text, str) or not text.strip():
                continue
            found = [
                {
                    "entity": entity.entity,
                    "value": entity.value,
                    "start": entity.start,
                    "end": entity.end,
                    "confidence_entity": 1.0,
                }
                for entity in self._terms.extract(text)
            ]
            found = self.add_extractor_name(found)
            message.set(ENTITIES, message.get(ENTITIES, []) + found, add_to_output=True)
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data
