# cscbot: two commands for a fresh Debian machine (as root): `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test setup servers lint typecheck bench model clean

# Virtual environment with cscbot and its test tools (re-made when pyproject.toml changes).
$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import ensurepip, venv' 2>/dev/null || \
	  (apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q python3-venv python3-pip)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

# Real Dovecot (IMAP, LMTP) for the adapter and end-to-end tests; a no-op when installed.
servers:
	bash tests/servers/install.sh

demo: setup
	$(BIN)/cscbot demo --dir demo-run

test: setup servers lint typecheck
	$(BIN)/pytest -q

lint: setup
	$(BIN)/ruff check cscbot tests bench

typecheck: setup
	$(BIN)/mypy

bench: setup servers
	@for script in bench/[!_]*.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done

# Refit the model of known kinds of problem (cscbot/data/complaint_kinds.json) on the labelled
# corpora in tests/data/: after a corpus is added or relabelled.  A test checks it is current.
model: setup
	$(BIN)/python -m tests.category_model

clean:
	rm -rf $(VENV) demo-run .pytest_cache .mypy_cache .ruff_cache
