"""The pretrained sentence encoder run with numpy, and the intent model over it."""

from __future__ import annotations

import numpy as np
import pytest

from shop_nlu.intent_model import IntentModel
from shop_nlu.sentence_encoder import SentenceEncoder, encode_many


@pytest.fixture(scope="module")
def encoder() -> SentenceEncoder:
    return SentenceEncoder()


def pieces(encoder: SentenceEncoder, text: str) -> list[str]:
    vocabulary = {index: piece for piece, index in encoder.tokenizer.ids.items()}
    return [vocabulary[i] for i in encoder.tokenizer.encode(text)]


def test_wordpiece_tokenizes_as_bert_does(encoder):
    assert pieces(encoder, "Can u check my orders??") == [
        "[CLS]", "can", "u", "check", "my", "orders", "?", "?", "[SEP]"
    ]  # fmt: skip
    assert pieces(encoder, "unaffable") == [
        "[CLS]",
        "una",
        "##ffa",
        "##ble",
        "[SEP]",
    ]  # greedy longest match
    assert pieces(encoder, "Café") == ["[CLS]", "cafe", "[SEP]"]  # accents stripped


def test_a_message_is_a_unit_vector_and_long_ones_are_cut(encoder):
    vector = encoder.encode("where is my order")
    assert vector.shape == (384,) and abs(float(np.linalg.norm(vector)) - 1) < 1e-5
    assert len(encoder.tokenizer.encode("shoes " * 1000)) == 128


def test_paraphrases_are_closer_than_unrelated_text(encoder):
    order, parcel, weather = (
        encoder.encode(text)
        for text in ("where is my order", "has my parcel shipped yet", "will it rain tomorrow")
    )
    assert order @ parcel > order @ weather + 0.2
    refund, reimbursement = encoder.encode("I want a refund"), encoder.encode("reimburse me")
    assert refund @ reimbursement > refund @ weather + 0.2


def test_batched_encoding_equals_one_at_a_time(encoder):
    texts = ["red dress", "can u check my orders?", "hi", "red shoes"]
    assert np.allclose(encode_many(encoder, texts), [encoder.encode(t) for t in texts], atol=1e-5)


def test_the_intent_model_ranks_and_survives_a_round_trip():
    rng = np.random.default_rng(7)
    centres = {"greet": rng.normal(size=8), "order_status": rng.normal(size=8)}
    features = np.array(
        [centres[i] + rng.normal(scale=0.1, size=8) for i in centres for _ in range(10)]
    )
    intents = [intent for intent in centres for _ in range(10)]
    model = IntentModel.fit(features, intents)

    ranking = model.ranking(centres["order_status"])
    assert ranking[0][0] == "order_status" and ranking[0][1] > 0.9
    assert abs(sum(p for _, p in ranking) - 1) < 1e-5
    copy = IntentModel.from_bytes(model.to_bytes())
    assert copy.ranking(centres["greet"]) == model.ranking(centres["greet"])
