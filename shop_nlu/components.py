"""Rasa NLU components of the shop: thin wrappers over the Rasa-free logic beside them.

In pipeline order (config.yml): LengthCappedTokenizer; CatalogTermFeaturizer (which kinds of shop
term a message names, `shop_nlu.extraction`); SentenceEmbeddingFeaturizer (the pretrained
sentence embedding, `shop_nlu.sentence_encoder`); EmbeddingIntentClassifier (the linear intent
model, `shop_nlu.intent_model`); CatalogEntityExtractor (the entities); and, after Rasa's
FallbackClassifier, ShopIntentResolver (the last word on the intent, `shop_nlu.resolution`).
The two intent components live in `shop_nlu.embedding_components`, the catalog vocabulary they
share in `shop_nlu.catalog_terms`; all are importable from here, the path config.yml names.
"""

from __future__ import annotations

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
from rasa.shared.nlu.constants import (
    ENTITIES,
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RANKING_KEY,
    PREDICTED_CONFIDENCE_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from commerce.db import get_engine, session_scope
from commerce.lexicon import lexicon_digest
from commerce.vocabulary import catalog_version
from shop_nlu.catalog_terms import language_model_words, shared_catalog_terms
from shop_nlu.embedding_components import EmbeddingIntentClassifier, SentenceEmbeddingFeaturizer
from shop_nlu.entity import Entity
from shop_nlu.goods_questions import outside, unknown_product
from shop_nlu.language import detect_language
from shop_nlu.resolution import resolve_intent

# Every component of the pipeline, importable from here: config.yml and the trained models name
# them by this module's path.
__all__ = [
    "CatalogEntityExtractor",
    "CatalogTermFeaturizer",
    "EmbeddingIntentClassifier",
    "LengthCappedTokenizer",
    "SentenceEmbeddingFeaturizer",
    "ShopIntentResolver",
]


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
        "shipping_method", "rating", "deal", "popularity", "feature",
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

    @classmethod
    def fingerprint_addon(cls, config: dict[str, Any]) -> str | None:
        """The features come from the store's catalog and the lexicon, which Rasa's training cache
        cannot see: a new import or lexicon retrains what depends on them."""
        try:
            with session_scope(get_engine()) as session:
                catalog = catalog_version(session)
        except Exception:  # no store yet: the features are empty, and so is this
            catalog = None
        return f"{catalog}-{lexicon_digest()}"

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
                    "confidence_entity": entity.confidence,
                    **({"role": entity.role} if entity.role else {}),
                }
                for entity in self._terms.extract(text)
            ]
            found = self.add_extractor_name(found)
            message.set(ENTITIES, message.get(ENTITIES, []) + found, add_to_output=True)
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class ShopIntentResolver(GraphComponent):
    """Runs last: corrects the classifier's intent from what the message names (see
    `shop_nlu.resolution`), so a message naming the shop's products never falls back and a
    message in another language is recognised as such."""

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
    ) -> ShopIntentResolver:
        return cls(config)

    def __init__(self, config: dict[str, Any]) -> None:
        self._terms = shared_catalog_terms(float(config.get("refresh_seconds", 30)))
        self._is_known_word = language_model_words()

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(TEXT)
            if not isinstance(text, str) or not text.strip() or text.startswith("/"):
                continue  # empty, or a button's payload, which names its intent itself
            intent = message.get(INTENT) or {}
            entities = self._terms.extract(text)
            resolution = resolve_intent(
                intent.get(INTENT_NAME_KEY),
                float(intent.get(PREDICTED_CONFIDENCE_KEY) or 0.0),
                entities,
                text,
                detect_language(text),
                self._is_known_word,
                _runner_up(message),
                _scores(message),
            )
            final = resolution.intent if resolution else intent.get(INTENT_NAME_KEY)
            if name := unknown_product(text, final, entities):
                entities_out = outside(message.get(ENTITIES, []), name) + [_entity_dict(name)]
                message.set(ENTITIES, entities_out, add_to_output=True)
            if resolution is None:
                continue
            message.set(
                INTENT,
                {INTENT_NAME_KEY: resolution.intent, PREDICTED_CONFIDENCE_KEY: 1.0},
                add_to_output=True,
            )
            message.set(
                "intent_resolution",
                {"replaced": intent.get(INTENT_NAME_KEY), "reason": resolution.reason},
                add_to_output=True,
            )
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data


def _scores(message: Message) -> dict[str, float]:
    """The classifier's probability of each intent it ranked (the fallback left out)."""
    return {
        entry[INTENT_NAME_KEY]: float(entry.get(PREDICTED_CONFIDENCE_KEY) or 0.0)
        for entry in message.get(INTENT_RANKING_KEY) or []
        if entry.get(INTENT_NAME_KEY) != "nlu_fallback"
    }


def _entity_dict(entity: Entity) -> dict[str, Any]:
    return {
        "entity": entity.entity,
        "value": entity.value,
        "start": entity.start,
        "end": entity.end,
        "confidence_entity": entity.confidence,
        "extractor": ShopIntentResolver.__name__,
    }


def _runner_up(message: Message) -> tuple[str, float] | None:
    """The classifier's second choice, other than the fallback Rasa may have put first."""
    ranking = [
        entry for entry in message.get(INTENT_RANKING_KEY) or []
        if entry.get(INTENT_NAME_KEY) != "nlu_fallback"
    ]  # fmt: skip
    if len(ranking) < 2:
        return None
    return ranking[1][INTENT_NAME_KEY], float(ranking[1].get(PREDICTED_CONFIDENCE_KEY) or 0.0)
