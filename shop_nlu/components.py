"""Rasa NLU components of the shop (thin wrappers; the logic lives in `shop_nlu.extraction`)."""

from __future__ import annotations

import logging
import time
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.nlu.tokenizers.whitespace_tokenizer import WhitespaceTokenizer
from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from commerce.db import get_engine, session_scope
from commerce.vocabulary import catalog_version, catalog_vocabulary
from shop_nlu.extraction import ShopEntityExtractor

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


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=False)
class CatalogEntityExtractor(GraphComponent, EntityExtractorMixin):
    """Finds catalog terms, sizes, prices, ordinals and sorting in messages.

    The vocabulary is read from the store database when the model loads and again whenever the
    catalog has changed (checked at most every `refresh_seconds`), so a new import needs neither
    retraining nor a restart.
    """

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
        self._refresh_seconds = float(config.get("refresh_seconds", 30))
        self._extractor = ShopEntityExtractor([])
        self._version: tuple | None = None
        self._checked_at = float("-inf")
        self._refresh_vocabulary()

    def _refresh_vocabulary(self) -> None:
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
        logger.info("Catalog vocabulary loaded: %d terms", len(vocabulary))

    def process(self, messages: list[Message]) -> list[Message]:
        if time.monotonic() - self._checked_at > self._refresh_seconds:
            self._refresh_vocabulary()
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
                for entity in self._extractor.extract(text)
            ]
            found = self.add_extractor_name(found)
            message.set(ENTITIES, message.get(ENTITIES, []) + found, add_to_output=True)
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data
