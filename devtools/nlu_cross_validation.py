"""k-fold cross-validation of the intent model on the training data alone (data/), to choose its
settings without looking at any evaluation set.

The examples are featurized once by the pipeline's own components (tokenizer, catalog terms,
sentence embedding: the catalog of the store in var/), then for each setting the intent model of
config.yml (`shop_nlu.intent_model.IntentModel`) is fitted on k-1 folds and scored on the last:
in-scope accuracy, a message below the fallback threshold counting as a miss; and the share of
out_of_scope examples that fall back or are read as out_of_scope. Intents that lead to one action
count as one, as in devtools.public_nlu_eval. The intent resolver is not applied, so the figures
sit a little under the trained assistant's.

    python -m devtools.nlu_cross_validation --c 20 --gram-weight 0 1 2 [--folds 5]

About 5 minutes of CPU per setting on this project's 2-core machine, with progress.
"""

from __future__ import annotations

import argparse
import itertools
import os
import time

import numpy as np
from sklearn.model_selection import StratifiedKFold

from devtools.public_nlu_eval import scored_label
from shop_nlu.intent_model import IntentModel

FALLBACK_THRESHOLD = 0.4  # config.yml's FallbackClassifier


def featurized_examples() -> tuple[np.ndarray, list[str], list[str]]:
    """(features, intents, texts) of every intent example under data/."""
    from rasa.shared.importers.importer import TrainingDataImporter
    from rasa.shared.nlu.training_data.training_data import TrainingData

    from shop_nlu.components import CatalogTermFeaturizer, LengthCappedTokenizer
    from shop_nlu.embedding_components import SentenceEmbeddingFeaturizer, _sentence_features

    importer = TrainingDataImporter.load_from_dict(
        config_path="config.yml", domain_path="domain.yml", training_data_paths=["data"]
    )
    examples = list(importer.get_nlu_data().intent_examples)
    data = TrainingData(examples)
    LengthCappedTokenizer(LengthCappedTokenizer.get_default_config()).process_training_data(data)
    for featurizer in (
        CatalogTermFeaturizer(CatalogTermFeaturizer.get_default_config(), "catalog_terms"),
        SentenceEmbeddingFeaturizer(SentenceEmbeddingFeaturizer.get_default_config(), "embedding"),
    ):
        featurizer.process_training_data(data)
    features = np.stack([_sentence_features(example) for example in examples])
    return features, [e.get("intent") for e in examples], [e.get("text") for e in examples]


def cross_validate(
    features: np.ndarray, intents: list[str], texts: list[str], c: float, gram_weight: float,
    folds: int,
) -> tuple[float, float]:  # fmt: skip
    """(in-scope accuracy, unrelated examples handled) over `folds` folds."""
    labels = np.array(intents)
    predicted = np.empty(len(labels), dtype=object)
    for number, (train, test) in enumerate(
        StratifiedKFold(folds, shuffle=True, random_state=0).split(features, labels), start=1
    ):
        model = IntentModel.fit(
            features[train], list(labels[train]), c=c, texts=[texts[i] for i in train],
            gram_weight=gram_weight,
        )  # fmt: skip
        probabilities = model.probabilities(features[test], [texts[i] for i in test])
        best = probabilities.argmax(axis=1)
        for row, index in enumerate(test):
            confident = probabilities[row, best[row]] >= FALLBACK_THRESHOLD
            predicted[index] = model.intents[best[row]] if confident else "nlu_fallback"
        print(f"  fold {number}/{folds} done ({time.strftime('%H:%M:%S')})", flush=True)
    expected = [scored_label(intent) for intent in labels]
    got = [scored_label(intent) for intent in predicted]
    in_scope = [e == g for e, g in zip(expected, got, strict=True) if e != "out_of_scope"]
    unrelated = [e == g for e, g in zip(expected, got, strict=True) if e == "out_of_scope"]
    return float(np.mean(in_scope)), float(np.mean(unrelated))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--c", type=float, nargs="+", default=[20.0])
    parser.add_argument("--gram-weight", type=float, nargs="+", default=[1.0])
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()
    os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
    print("featurizing the training data...", flush=True)
    features, intents, texts = featurized_examples()
    print(f"{len(intents)} examples, {len(set(intents))} intents", flush=True)
    rows = []
    for c, weight in itertools.product(args.c, args.gram_weight):
        print(f"C={c:g}, gram weight {weight:g}:", flush=True)
        rows.append((c, weight, *cross_validate(features, intents, texts, c, weight, args.folds)))
    print(
        "\n| C | gram weight | in-scope accuracy | unrelated handled |\n| ---: | ---: | ---: | ---: |"
    )
    for c, weight, in_scope, unrelated in rows:
        print(f"| {c:g} | {weight:g} | {in_scope:.3f} | {unrelated:.3f} |")


if __name__ == "__main__":
    main()
