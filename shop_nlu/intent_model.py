"""The intent classifier: multinomial logistic regression over a message's sentence embedding
(shop_nlu.sentence_encoder), the kinds of shop terms it contains (category, colour, size...), and
the character n-grams of its words (`CharacterGrams`).

Why not DIET: trained on our own examples only, DIET learned our phrasing. Measured on public
phrasing nobody on the team wrote (tests/nlu/public), it understood 72-75% of in-scope messages;
a linear model over a pretrained sentence embedding, trained on the same examples, understood
85%, and 95% of the blind held-out set against 91%. It also trains in seconds and predicts in
microseconds, where DIET needed minutes and milliseconds. The regularisation (C) was chosen by
5-fold cross-validation on the training data alone.

Why character n-grams beside the embedding: the embedding reads meaning but blurs the words that
decide a shop's intents ("refund", "cancel", "human") and is thrown by typos the tokenizer splits
oddly ("reimbursment", "ordr"). The n-grams of the words keep both, as Rasa's own default pipeline
does with its character CountVectorsFeaturizer. 5-fold cross-validation on the training data alone
(`python -m devtools.nlu_cross_validation --gram-weight 0 1`, 2026-11-26): in-scope accuracy
0.848 -> 0.872, unrelated examples falling back 0.939 -> 0.943. In a first run of the same
protocol, weights 0.5 and 2 gave 0.853 and 0.855 in scope against 0.863 for 1, and word 1-2-grams
beside the character ones 0.861. They add about half a millisecond to a parse.
"""

from __future__ import annotations

import io
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import scipy.sparse
from sklearn.linear_model import LogisticRegression

# Chosen by 5-fold cross-validation on the training data (C in 5, 10, 20, 40: 20 gave the best
# in-scope accuracy with the fallback threshold of config.yml).
DEFAULT_C = 20.0
# How much the character n-grams count beside the embedding (their vector has length 1, as the
# embedding has); chosen by the same cross-validation (0.5, 1, 2).
DEFAULT_GRAM_WEIGHT = 1.0


@dataclass(frozen=True)
class CharacterGrams:
    """A message's spelling as TF-IDF over the character 2- to 4-grams of its words, each word
    padded with a space ("red" -> " r", "re", "ed", "d ", " re", "red", "ed ", " red", "red "), as
    sklearn's `char_wb` analyzer counts them. Counts are damped (1 + log), weighted by how rare the
    n-gram is in the training examples, and the vector scaled to length 1. Written out rather
    than taken from sklearn because sklearn's vectorizer spends about 4 ms per message on its
    checks; this is a dictionary lookup per n-gram."""

    index: dict[str, int]
    idf: np.ndarray  # (grams,)

    SIZES = (2, 3, 4)
    MIN_EXAMPLES = 2  # an n-gram in one example only is that example's, not the intent's

    @staticmethod
    def grams(text: str) -> list[str]:
        found = []
        for word in text.lower().split():
            padded = f" {word} "
            for size in CharacterGrams.SIZES:
                found.extend(padded[i : i + size] for i in range(max(1, len(padded) - size + 1)))
                if len(padded) <= size:
                    break  # a short word counts once, whole
        return found

    @classmethod
    def fit(cls, texts: Sequence[str]) -> CharacterGrams:
        document_counts = Counter(gram for text in texts for gram in set(cls.grams(text)))
        kept = sorted(gram for gram, count in document_counts.items() if count >= cls.MIN_EXAMPLES)
        # sklearn's smoothed idf: as if one more example held every n-gram.
        idf = [math.log((1 + len(texts)) / (1 + document_counts[gram])) + 1 for gram in kept]
        return cls({gram: i for i, gram in enumerate(kept)}, np.array(idf, dtype=np.float32))

    def vector(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """The message's non-zero n-grams: their indices and values."""
        counts = Counter(gram for gram in self.grams(text) if gram in self.index)
        indices = np.fromiter((self.index[g] for g in counts), dtype=np.int64, count=len(counts))
        values = np.fromiter((1 + math.log(n) for n in counts.values()), np.float32, len(counts))
        values *= self.idf[indices]
        norm = float(np.linalg.norm(values))
        return indices, values / norm if norm else values

    def matrix(self, texts: Sequence[str]) -> scipy.sparse.csr_matrix:
        rows = [self.vector(text) for text in texts]
        return scipy.sparse.csr_matrix(
            (
                np.concatenate([values for _, values in rows] or [np.zeros(0, np.float32)]),
                np.concatenate([indices for indices, _ in rows] or [np.zeros(0, np.int64)]),
                np.cumsum([0] + [len(indices) for indices, _ in rows]),
            ),
            shape=(len(texts), len(self.index)),
        )


@dataclass(frozen=True)
class IntentModel:
    intents: tuple[str, ...]
    weights: np.ndarray  # (features, intents)
    bias: np.ndarray  # (intents,)
    grams: CharacterGrams | None = None
    gram_weights: np.ndarray | None = None  # (grams, intents), already scaled by the gram weight

    @classmethod
    def fit(
        cls,
        features: np.ndarray,
        intents: list[str],
        c: float = DEFAULT_C,
        texts: Sequence[str] | None = None,
        gram_weight: float = DEFAULT_GRAM_WEIGHT,
    ) -> IntentModel:
        """Fits on the sentence features and, given the examples' texts and a gram weight, on
        their character n-grams too."""
        grams = CharacterGrams.fit(texts) if texts is not None and gram_weight > 0 else None
        inputs = scipy.sparse.csr_matrix(features)
        if grams is not None:
            inputs = scipy.sparse.hstack([inputs, grams.matrix(texts) * gram_weight]).tocsr()
        model = LogisticRegression(C=c, max_iter=3000).fit(inputs, intents)
        coef, intercept = model.coef_, model.intercept_
        if len(model.classes_) == 2:  # sklearn keeps one row for two classes
            coef, intercept = np.vstack([-coef, coef]), np.concatenate([-intercept, intercept])
        weights = coef.T.astype(np.float32)
        dense = features.shape[1]
        return cls(
            tuple(model.classes_),
            weights[:dense],
            intercept.astype(np.float32),
            grams,
            weights[dense:] * gram_weight if grams is not None else None,
        )

    def probabilities(self, features: np.ndarray, texts: Sequence[str] | None = None) -> np.ndarray:
        """(messages, intents) probabilities; a softmax, as in the regression itself."""
        scores = features @ self.weights + self.bias
        if self.grams is not None and self.gram_weights is not None:
            if texts is None:
                raise ValueError("this model reads the messages' texts too")
            for row, text in enumerate(texts):
                indices, values = self.grams.vector(text)
                scores[row] += values @ self.gram_weights[indices]
        scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
        return scores / scores.sum(axis=-1, keepdims=True)

    def ranking(
        self, feature: np.ndarray, top: int = 10, text: str | None = None
    ) -> list[tuple[str, float]]:
        """The likeliest intents for one message, best first."""
        texts = None if text is None else [text]
        probabilities = self.probabilities(feature.reshape(1, -1), texts)[0]
        order = np.argsort(-probabilities)[:top]
        return [(self.intents[i], float(probabilities[i])) for i in order]

    def to_bytes(self) -> bytes:
        buffer = io.BytesIO()
        arrays = {"intents": np.array(self.intents), "weights": self.weights, "bias": self.bias}
        if self.grams is not None and self.gram_weights is not None:
            arrays |= {
                "grams": np.array(sorted(self.grams.index, key=self.grams.index.get)),
                "idf": self.grams.idf,
                "gram_weights": self.gram_weights,
            }
        np.savez(buffer, **arrays)
        return buffer.getvalue()

    @classmethod
    def from_bytes(cls, data: bytes) -> IntentModel:
        stored = np.load(io.BytesIO(data), allow_pickle=False)
        grams = gram_weights = None
        if "grams" in stored:
            grams = CharacterGrams(
                {str(gram): i for i, gram in enumerate(stored["grams"])}, stored["idf"]
            )
            gram_weights = stored["gram_weights"]
        intents = tuple(str(i) for i in stored["intents"])
        return cls(intents, stored["weights"], stored["bias"], grams, gram_weights)
