"""The intent side of the NLU pipeline (config.yml names these through shop_nlu.components):
the pretrained sentence embedding as features, and the linear intent model that reads them."""

from __future__ import annotations

from typing import Any

import numpy as np
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.nlu.constants import TOKENS_NAMES
from rasa.nlu.featurizers.dense_featurizer.dense_featurizer import DenseFeaturizer
from rasa.shared.nlu.constants import (
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RANKING_KEY,
    PREDICTED_CONFIDENCE_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from shop_nlu.intent_model import DEFAULT_C, DEFAULT_GRAM_WEIGHT, IntentModel
from shop_nlu.sentence_encoder import encode_many, shared_encoder, weights_digest


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER], is_trainable=False)
class SentenceEmbeddingFeaturizer(DenseFeaturizer, GraphComponent):
    """Gives each message a pretrained sentence embedding (all-MiniLM-L6-v2, run by ONNX Runtime; see
    `shop_nlu.sentence_encoder`), so that phrasing our examples never use still lands near the
    intent it means. Sentence-level only: the intent classifier reads the whole message."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {**DenseFeaturizer.get_default_config()}

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
    ) -> SentenceEmbeddingFeaturizer:
        return cls(config, execution_context.node_name)

    @classmethod
    def fingerprint_addon(cls, config: dict[str, Any]) -> str | None:
        return weights_digest()  # other weights, other features: retrain

    def __init__(self, config: dict[str, Any], name: str) -> None:
        super().__init__(name, config)
        self._encoder = shared_encoder()

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(TEXT)
            if isinstance(text, str) and message.get(TOKENS_NAMES[TEXT]):
                self._add(message, self._encoder.encode(text))
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        messages = [
            message
            for message in training_data.training_examples
            if isinstance(message.get(TEXT), str) and message.get(TOKENS_NAMES[TEXT])
        ]
        vectors = encode_many(self._encoder, [message.get(TEXT) for message in messages])
        for message, vector in zip(messages, vectors, strict=True):
            self._add(message, vector)
        return training_data

    def _add(self, message: Message, vector: np.ndarray) -> None:
        self.add_features_to_message(None, vector.reshape(1, -1), TEXT, message)


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class EmbeddingIntentClassifier(GraphComponent, IntentClassifier):
    """Classifies intents from a message's sentence features (the sentence embedding and the kinds
    of shop terms it names) and the character n-grams of its words, with a linear model (see
    `shop_nlu.intent_model`)."""

    MODEL_FILE = "intent_model.npz"

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {"c": DEFAULT_C, "gram_weight": DEFAULT_GRAM_WEIGHT, "ranking_length": 10}

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> EmbeddingIntentClassifier:
        return cls(config, model_storage, resource)

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> EmbeddingIntentClassifier:
        with model_storage.read_from(resource) as directory:
            model = IntentModel.from_bytes((directory / cls.MODEL_FILE).read_bytes())
        return cls(config, model_storage, resource, model)

    def __init__(
        self,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        model: IntentModel | None = None,
    ) -> None:
        self._config = {**self.get_default_config(), **config}
        self._model_storage = model_storage
        self._resource = resource
        self._model = model

    def train(self, training_data: TrainingData) -> Resource:
        examples = [m for m in training_data.intent_examples if _sentence_features(m) is not None]
        self._model = IntentModel.fit(
            np.stack([_sentence_features(m) for m in examples]),
            [m.get(INTENT) for m in examples],
            c=float(self._config["c"]),
            texts=[m.get(TEXT) for m in examples],
            gram_weight=float(self._config["gram_weight"]),
        )
        with self._model_storage.write_to(self._resource) as directory:
            (directory / self.MODEL_FILE).write_bytes(self._model.to_bytes())
        return self._resource

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            features = _sentence_features(message)
            if self._model is None or features is None:
                continue
            ranking = self._model.ranking(
                features, int(self._config["ranking_length"]), text=message.get(TEXT)
            )
            message.set(
                INTENT,
                {INTENT_NAME_KEY: ranking[0][0], PREDICTED_CONFIDENCE_KEY: ranking[0][1]},
                add_to_output=True,
            )
            message.set(
                INTENT_RANKING_KEY,
                [{INTENT_NAME_KEY: name, PREDICTED_CONFIDENCE_KEY: p} for name, p in ranking],
                add_to_output=True,
            )
        return messages


def _sentence_features(message: Message) -> np.ndarray | None:
    """The message's sentence features, dense and sparse side by side, as one vector."""
    _, dense = message.get_dense_features(TEXT)
    _, sparse = message.get_sparse_features(TEXT)
    parts = []
    if dense is not None:
        parts.append(np.asarray(dense.features).reshape(-1))
    if sparse is not None:
        parts.append(np.asarray(sparse.features.toarray()).reshape(-1))
    return np.concatenate(parts).astype(np.float32) if parts else None
