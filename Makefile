# `make synth` and `make test` bootstrap everything they need on first use: a Python venv
# (.venv) from the pinned requirements and the project-local cdk8s CLI (node_modules).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# jsii prints an end-of-life banner on Node 20; the first name is the one jsii reads today.
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION := 20
export JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION := 1

.PHONY: synth test lint typecheck unit bench clean

synth: $(VENV)/.installed node_modules/.installed
	npx --no-install cdk8s synth --no-check-upgrade

test: lint typecheck unit

lint: $(VENV)/.installed
	$(BIN)/ruff check lib tests main.py scripts examples
	$(BIN)/ruff format --check lib tests main.py scripts examples

typecheck: $(VENV)/.installed
	$(BIN)/mypy --strict lib tests main.py examples scripts

unit: $(VENV)/.installed
	$(BIN)/pytest

bench: $(VENV)/.installed
	$(BIN)/python scripts/bench.py

$(VENV)/.installed: requirements.txt requirements-dev.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

clean:
	rm -rf $(VENV) node_modules .cdk8s.out .pytest_cache .mypy_cache .ruff_cache
