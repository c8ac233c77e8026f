"""The pretrained sentence encoder run with ONNX Runtime, and the intent model over it."""

from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path

import numpy as np
import pytest
import yaml
from scipy.special import erf
from sklearn.feature_extraction.text import TfidfVectorizer

from shop_nlu.intent_model import CharacterGrams, IntentModel
from shop_nlu.sentence_encoder import SentenceEncoder, encode_many, model_directory
from shop_nlu.sentence_graph import load_safetensors, write_graph

HELDOUT = Path(__file__).parent / "heldout_nlu.yml"


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


def test_character_grams_are_counted_and_weighted_as_sklearn_does():
    assert CharacterGrams.grams("Red") == [
        " r", "re", "ed", "d ", " re", "red", "ed ", " red", "red ",
    ]  # fmt: skip
    analyzer = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4)).build_analyzer()
    for text in ("a", "Do U sell perfume??", "wheres my   order", "我需要一双黑色的皮鞋 42码"):
        assert CharacterGrams.grams(text) == analyzer(text)
    texts = ["red dress", "a red belt", "red red shoes", "blue dress", "where is my order"]
    reference = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), sublinear_tf=True, min_df=2)
    expected = reference.fit_transform(texts).toarray()
    grams = CharacterGrams.fit(texts)
    assert sorted(grams.index, key=grams.index.get) == list(reference.get_feature_names_out())
    assert np.allclose(grams.matrix(texts).toarray(), expected, atol=1e-6)


def test_the_spelling_of_a_word_the_embedding_blurs_decides_the_intent():
    """Two intents whose messages mean much the same to the embedding (the same features here),
    told apart by their words; a misspelt word still counts."""
    texts = ["i want a refund", "refund me please", "need my refund", "refund now"] + [
        "i want a person",
        "person please",
        "need a real person",
        "a person now",
    ]
    intents = ["ask_refund"] * 4 + ["request_human"] * 4
    features = np.ones((len(texts), 4))
    model = IntentModel.fit(features, intents, texts=texts)

    assert model.ranking(np.ones(4), text="can i get a refnd")[0][0] == "ask_refund"
    assert model.ranking(np.ones(4), text="real persn pls")[0][0] == "request_human"
    copy = IntentModel.from_bytes(model.to_bytes())
    assert copy.ranking(np.ones(4), text="refund?") == model.ranking(np.ones(4), text="refund?")


# --- The ONNX graph against the model's definition ------------------------------------------------


@lru_cache(maxsize=2)
def weights(directory: Path) -> dict[str, np.ndarray]:
    return load_safetensors(directory / "model.safetensors")


def reference_embeddings(directory: Path, ids: np.ndarray) -> np.ndarray:
    """BERT's forward pass and mean pooling written out with numpy from the safetensors weights,
    operation by operation (what shop_nlu ran before ONNX Runtime): the graph must agree with it,
    so that models trained on its features stay valid."""
    config = json.loads((directory / "config.json").read_text())
    w = weights(directory)
    heads, eps = config["num_attention_heads"], config["layer_norm_eps"]

    def norm(x, prefix):
        mean = x.mean(-1, keepdims=True)
        x = (x - mean) / np.sqrt(((x - mean) ** 2).mean(-1, keepdims=True) + eps)
        return x * w[f"{prefix}.weight"] + w[f"{prefix}.bias"]

    def linear(x, prefix):
        return x @ w[f"{prefix}.weight"].T + w[f"{prefix}.bias"]

    batch, length = ids.shape
    x = (
        w["embeddings.word_embeddings.weight"][ids]
        + w["embeddings.position_embeddings.weight"][:length]
    )
    x = norm(x + w["embeddings.token_type_embeddings.weight"][0], "embeddings.LayerNorm")
    for index in range(config["num_hidden_layers"]):
        p = f"encoder.layer.{index}."
        q, k, v = (
            linear(x, f"{p}attention.self.{part}")
            .reshape(batch, length, heads, -1)
            .transpose(0, 2, 1, 3)
            for part in ("query", "key", "value")
        )
        scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(q.shape[-1])
        scores = np.exp(scores - scores.max(-1, keepdims=True))
        attended = (scores / scores.sum(-1, keepdims=True)) @ v
        attended = attended.transpose(0, 2, 1, 3).reshape(batch, length, -1)
        x = norm(
            x + linear(attended, f"{p}attention.output.dense"), f"{p}attention.output.LayerNorm"
        )
        up = linear(x, f"{p}intermediate.dense")
        up = 0.5 * up * (1 + erf(up / np.sqrt(2)))
        x = norm(x + linear(up, f"{p}output.dense"), f"{p}output.LayerNorm")
    pooled = x.mean(1)
    return pooled / np.linalg.norm(pooled, axis=1, keepdims=True)


def heldout_messages() -> list[str]:
    data = yaml.safe_load(HELDOUT.read_text(encoding="utf-8"))
    return [
        line.strip().removeprefix("- ").strip()
        for block in data["nlu"]
        for line in block["examples"].splitlines()
        if line.strip()
    ]


def test_the_graph_gives_the_numbers_of_the_models_definition(encoder):
    """Every held-out message (541, one to dozens of wordpieces), a long one cut at 128 wordpieces
    and an empty one: one at a time and batched, within 1e-4 of the numpy forward pass."""
    texts = heldout_messages() + ["shoes and bags " * 60, "", "Café? 你好!!"]
    batched = encode_many(encoder, texts)
    ids = [encoder.tokenizer.encode(text) for text in texts]
    for length in sorted({len(pieces) for pieces in ids}):
        rows = [i for i, pieces in enumerate(ids) if len(pieces) == length]
        expected = reference_embeddings(model_directory(), np.array([ids[i] for i in rows]))
        assert np.abs(batched[rows] - expected).max() < 1e-4, f"{length} wordpieces"
        alone = np.array([encoder.encode(texts[i]) for i in rows[:5]])
        assert np.abs(alone - expected[:5]).max() < 1e-4, f"{length} wordpieces, one at a time"


def test_the_graph_is_made_once_remade_when_missing_and_a_stale_one_refused(tmp_path):
    import onnx  # build time only, like shop_nlu.sentence_graph

    for name in ("config.json", "vocab.txt", "model.safetensors"):
        os.symlink(model_directory() / name, tmp_path / name)
    with pytest.raises(FileNotFoundError, match="fetch_sentence_model.sh"):
        SentenceEncoder(tmp_path)

    graph = write_graph(tmp_path)
    built = graph.stat().st_mtime_ns
    assert write_graph(tmp_path) == graph and graph.stat().st_mtime_ns == built  # current: kept
    encoder = SentenceEncoder(tmp_path)
    ids = np.array([encoder.tokenizer.encode("red shoes")])
    assert np.abs(encoder.encode_ids(ids) - reference_embeddings(tmp_path, ids)).max() < 1e-4

    stale = onnx.load(str(graph))
    for prop in stale.metadata_props:
        if prop.key == "shop_nlu.graph_version":
            prop.value = "0"  # as if written by an older shop_nlu/sentence_graph.py
    onnx.save(stale, str(graph))
    with pytest.raises(FileNotFoundError, match="another version"):
        SentenceEncoder(tmp_path)
    write_graph(tmp_path)  # what scripts/fetch_sentence_model.sh runs
    assert graph.stat().st_mtime_ns != built
    SentenceEncoder(tmp_path)
