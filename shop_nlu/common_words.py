"""Everyday English words (`common_words.txt`): words a typo must not turn into a catalog word and
that never make a product name or a surname on their own.

A module of its own, with no spaCy behind it, so that the action server can use the list without
loading the NLU's language stack (spaCy imports TensorFlow: 3 s and some 430 MB per process).
"""

from __future__ import annotations

from pathlib import Path

COMMON_WORDS = frozenset(
    word
    for line in (Path(__file__).with_name("common_words.txt")).read_text().splitlines()
    if not line.startswith("#")
    for word in line.split()
)
