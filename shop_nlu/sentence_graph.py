"""Writes all-MiniLM-L6-v2 as an ONNX graph, from its safetensors weights, for ONNX Runtime.

Run once after the weights are unpacked (scripts/fetch_sentence_model.sh does it):

    .venv/bin/python -m shop_nlu.sentence_graph

The graph is the model's forward pass as sentence-transformers runs it: wordpiece, position and
token-type (always 0) embeddings, LayerNorm, six encoder layers (12-head self-attention, exact erf
GELU, post-LayerNorm), then the mean of the token outputs, unit length. Its input is `input_ids`
(batch, length) int64 and its output `embedding` (batch, 384) float32. There is no attention mask:
every batch holds sequences of one length (`encode_many` groups them so), as a single message is.

It is written with the `onnx` package's helper API rather than exported from PyTorch, so that
neither PyTorch nor transformers is needed at any step; `onnx` is used here only, never at run time.
Idempotent: a graph stamped with this GRAPH_VERSION and the same weights is left as it is
(`--force` writes it anyway); shop_nlu.sentence_encoder refuses any other.
"""

from __future__ import annotations

import json
import mmap
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from shop_nlu.sentence_encoder import (
    GRAPH_FILE,
    GRAPH_VERSION,
    graph_stamp,
    model_directory,
    weights_digest,
)

if TYPE_CHECKING:
    import onnx

OPSET = 17  # the first with LayerNormalization; ONNX Runtime 1.20 runs up to 21
IR_VERSION = 8  # opset 17's


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


def build_graph(directory: Path) -> onnx.ModelProto:
    """The model as an `onnx.ModelProto` (built in memory; `write_graph` saves it)."""
    from onnx import TensorProto, helper, numpy_helper

    config = json.loads((directory / "config.json").read_text())
    weights = load_safetensors(directory / "model.safetensors")
    heads, width = config["num_attention_heads"], config["hidden_size"]
    head_width, eps = width // heads, float(config["layer_norm_eps"])
    nodes, initializers = [], []

    def constant(name: str, value) -> str:
        initializers.append(numpy_helper.from_array(np.asarray(value), name))
        return name

    def node(op: str, inputs: list[str], output: str, **attributes) -> str:
        nodes.append(helper.make_node(op, inputs, [output], name=output, **attributes))
        return output

    def linear(x: str, prefix: str, output: str) -> str:
        """x @ W.T + b, W stored transposed once here (PyTorch keeps Linear weights (out, in))."""
        w = constant(f"{prefix}.weight_t", np.ascontiguousarray(weights[f"{prefix}.weight"].T))
        b = constant(f"{prefix}.bias", weights[f"{prefix}.bias"])
        return node("Add", [node("MatMul", [x, w], f"{output}_matmul"), b], output)

    def layer_norm(x: str, prefix: str, output: str) -> str:
        scale = constant(f"{prefix}.weight", weights[f"{prefix}.weight"])
        bias = constant(f"{prefix}.bias", weights[f"{prefix}.bias"])
        return node("LayerNormalization", [x, scale, bias], output, axis=-1, epsilon=eps)

    # Embeddings: wordpiece + position (the first `length` rows) + token type 0.
    word_table = constant("word_embeddings", weights["embeddings.word_embeddings.weight"])
    position_table = constant(
        "position_embeddings", weights["embeddings.position_embeddings.weight"]
    )
    token_type = constant("token_type_0", weights["embeddings.token_type_embeddings.weight"][0])
    axis_0 = constant("axis_0", np.array([0], np.int64))
    length = node("Shape", ["input_ids"], "length", start=1, end=2)  # (1,) int64
    positions = node("Slice", [position_table, axis_0, length, axis_0], "positions")
    words = node("Gather", [word_table, "input_ids"], "words")
    hidden = node("Add", [words, positions], "words_positions")
    hidden = node("Add", [hidden, token_type], "embedded")
    hidden = layer_norm(hidden, "embeddings.LayerNorm", "embeddings_normed")

    # (batch, length, width) <-> (batch, heads, length, head_width)
    split_heads = constant("split_heads", np.array([0, 0, heads, head_width], np.int64))
    merge_heads = constant("merge_heads", np.array([0, 0, width], np.int64))
    attention_scale = constant("attention_scale", np.float32(np.sqrt(head_width)))
    sqrt2 = constant("sqrt2", np.float32(np.sqrt(2.0)))
    one, half = constant("one", np.float32(1.0)), constant("half", np.float32(0.5))

    for index in range(config["num_hidden_layers"]):
        p, n, x = f"encoder.layer.{index}.", f"l{index}_", hidden

        heads_of = {}
        # The key's heads come transposed, for q @ k.
        for part, perm in (("query", [0, 2, 1, 3]), ("key", [0, 2, 3, 1]), ("value", [0, 2, 1, 3])):
            projected = linear(x, f"{p}attention.self.{part}", n + part)
            split = node("Reshape", [projected, split_heads], n + part + "_split")
            heads_of[part] = node("Transpose", [split], n + part + "_heads", perm=perm)
        q, k, v = heads_of["query"], heads_of["key"], heads_of["value"]
        scores = node("Div", [node("MatMul", [q, k], n + "qk"), attention_scale], n + "scores")
        attention = node("Softmax", [scores], n + "attention", axis=-1)
        attended = node("MatMul", [attention, v], n + "attended_heads")
        attended = node("Transpose", [attended], n + "attended_t", perm=[0, 2, 1, 3])
        attended = node("Reshape", [attended, merge_heads], n + "attended")
        attended = linear(attended, f"{p}attention.output.dense", n + "attention_out")
        x = node("Add", [x, attended], n + "residual1")
        x = layer_norm(x, f"{p}attention.output.LayerNorm", n + "normed1")

        up = linear(x, f"{p}intermediate.dense", n + "up")
        # BERT's exact GELU, x * 0.5 * (1 + erf(x / sqrt 2)): ONNX Runtime fuses it with the bias.
        erf = node("Erf", [node("Div", [up, sqrt2], n + "up_scaled")], n + "erf")
        gelu = node("Mul", [up, node("Add", [erf, one], n + "erf_plus_1")], n + "gelu2")
        gelu = node("Mul", [gelu, half], n + "gelu")
        down = linear(gelu, f"{p}output.dense", n + "down")
        x = node("Add", [x, down], n + "residual2")
        hidden = layer_norm(x, f"{p}output.LayerNorm", n + "out")

    # Mean of the token outputs, then unit length (a zero vector stays zero).
    pooled = node("ReduceMean", [hidden], "pooled", axes=[1], keepdims=0)
    norm = node("ReduceL2", [pooled], "norm", axes=[1], keepdims=1)
    norm = node("Max", [norm, constant("tiny", np.float32(1e-30))], "norm_safe")
    node("Div", [pooled, norm], "embedding")

    graph = helper.make_graph(
        nodes,
        "all-MiniLM-L6-v2",
        [helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["batch", "length"])],
        [helper.make_tensor_value_info("embedding", TensorProto.FLOAT, ["batch", width])],
        initializers,
    )
    model = helper.make_model(
        graph,
        opset_imports=[helper.make_opsetid("", OPSET)],
        producer_name="shop_nlu.sentence_graph",
        ir_version=IR_VERSION,
    )
    helper.set_model_props(model, graph_stamp(weights_digest(directory)))
    return model


def write_graph(directory: Path | None = None, force: bool = False) -> Path:
    """Writes `directory`/model.onnx unless a current one is there; returns its path."""
    import onnx

    directory = directory or model_directory()
    target = directory / GRAPH_FILE
    if not force and target.exists():
        existing = onnx.load(str(target), load_external_data=False)
        stamp = {prop.key: prop.value for prop in existing.metadata_props}
        if stamp == graph_stamp(weights_digest(directory)):
            return target
    model = build_graph(directory)
    onnx.checker.check_model(model)
    partial = target.with_suffix(".onnx.partial")
    onnx.save(model, str(partial))
    partial.replace(target)
    return target


if __name__ == "__main__":
    path = write_graph(force="--force" in sys.argv[1:])
    print(f"sentence graph: {path} (version {GRAPH_VERSION})")
