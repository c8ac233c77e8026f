"""The Rasa NLU components, run as Rasa runs them: on Message objects."""

from __future__ import annotations

from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message

from commerce.catalog_import import import_shopify_csv
from commerce.db import get_engine, session_scope
from shop_nlu.components import (
    CatalogEntityExtractor,
    CatalogTermFeaturizer,
    LengthCappedTokenizer,
)
from shop_nlu.extraction import ShopEntityExtractor


def test_extractor_adds_entities_with_its_name(demo_store_url):
    component = CatalogEntityExtractor({"refresh_seconds": 30})
    message = Message({TEXT: "brown ashby cap-toe oxford in a 10"})

    component.process([message])

    entities = {(e["entity"], e["value"], e["extractor"]) for e in message.get(ENTITIES)}
    assert entities == {
        ("colour", "brown", "CatalogEntityExtractor"),
        ("product", "Ashby Cap-Toe Oxford", "CatalogEntityExtractor"),
        ("size", "10", "CatalogEntityExtractor"),
    }


def test_extractor_picks_up_a_new_import_while_running(demo_store_url):
    component = CatalogEntityExtractor({"refresh_seconds": 0})
    csv_text = (
        "Handle,Title,Vendor,Type,Variant Price,Option1 Name,Option1 Value\n"
        "orla-slingback,Orla Slingback,Quillon,Heels,89.00,Color,Black\n"
    )
    with session_scope(get_engine(demo_store_url)) as session:
        import_shopify_csv(session, csv_text.splitlines(keepends=True))
    message = Message({TEXT: "anything from quillon"})

    component.process([message])

    assert ("brand", "Quillon") in {(e["entity"], e["value"]) for e in message.get(ENTITIES)}


def test_extractor_without_a_store_still_runs(monkeypatch, tmp_path):
    monkeypatch.setenv("SHOP_DATABASE_URL", "postgresql://nobody@127.0.0.1:1/none")
    component = CatalogEntityExtractor({})
    message = Message({TEXT: "size 10 under $100"})

    component.process([message])

    assert {e["entity"] for e in message.get(ENTITIES)} == {"size", "price_max"}


def test_tokenizer_reads_at_most_the_configured_length():
    tokenizer = LengthCappedTokenizer(
        {**LengthCappedTokenizer.get_default_config(), "max_characters": 50}
    )
    message = Message({TEXT: "shoes " * 20_000})

    tokenizer.process([message])

    assert len(message.get(TEXT)) == 50
    assert len(message.get("text_tokens")) <= 9


def _term_features(text: str, refresh_seconds: float = 30) -> tuple[list[str], dict[str, list]]:
    """Token -> the kinds of shop term the featurizer marks it as."""
    tokenizer = LengthCappedTokenizer(LengthCappedTokenizer.get_default_config())
    featurizer = CatalogTermFeaturizer(
        {**CatalogTermFeaturizer.get_default_config(), "refresh_seconds": refresh_seconds},
        "CatalogTermFeaturizer",
    )
    message = Message({TEXT: text})
    tokenizer.process([message])
    featurizer.process([message])
    sequence, sentence = message.get_sparse_features(TEXT)
    kinds = CatalogTermFeaturizer.KINDS
    rows = sequence.features.toarray()
    tokens = [token.text for token in message.get("text_tokens")]
    marked = {
        token: [kinds[i] for i, on in enumerate(row) if on]
        for token, row in zip(tokens, rows, strict=True)
    }
    assert sentence.features.toarray().tolist() == [rows.max(axis=0).tolist()]
    return tokens, marked


def test_featurizer_marks_catalog_terms_sizes_and_prices(demo_store_url):
    _, marked = _term_features("show me pocket squares in navy under $50")

    assert marked["pocket"] == marked["squares"] == ["category"]
    assert marked["navy"] == ["colour"] and marked["$50"] == ["price_max"]
    assert marked["show"] == marked["me"] == []


def test_featurizer_marks_a_term_imported_after_training(demo_store_url):
    csv_text = (
        "Handle,Title,Vendor,Type,Variant Price,Option1 Name,Option1 Value\n"
        "orla-slingback,Orla Slingback,Quillon,Slingbacks,89.00,Color,Black\n"
    )
    with session_scope(get_engine(demo_store_url)) as session:
        import_shopify_csv(session, csv_text.splitlines(keepends=True))

    _, marked = _term_features("show me slingbacks from quillon", refresh_seconds=0)

    assert marked["slingbacks"] == ["category"] and marked["quillon"] == ["brand"]


def test_featurizer_and_extractor_match_each_message_once(demo_store_url, monkeypatch):
    calls = []
    original = ShopEntityExtractor.extract
    monkeypatch.setattr(
        ShopEntityExtractor,
        "extract",
        lambda self, text: calls.append(text) or original(self, text),
    )
    tokenizer = LengthCappedTokenizer(LengthCappedTokenizer.get_default_config())
    featurizer = CatalogTermFeaturizer(CatalogTermFeaturizer.get_default_config(), "terms")
    extractor = CatalogEntityExtractor(CatalogEntityExtractor.get_default_config())
    message = Message({TEXT: "navy pocket squares under $50"})

    for component in (tokenizer, featurizer, extractor):
        component.process([message])

    assert calls == ["navy pocket squares under $50"]
    assert {e["entity"] for e in message.get(ENTITIES)} == {"colour", "category", "price_max"}
