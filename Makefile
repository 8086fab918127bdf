# `make synth` and `make test` bootstrap everything they need on first use: a Python venv
# (.venv) from the pinned requirements and the project-local cdk8s CLI (node_modules).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# jsii prints an end-of-life banner on Node 20; the first name is the one jsii reads today.
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION := 20
export JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION := 1

CHECKOV_ENV := .tools/checkov

.PHONY: synth test lint typecheck scan unit bench verify secrets imports speech-sample clean

synth: $(VENV)/.installed node_modules/.installed
	@# Byte-compile the package once: with PYTHONDONTWRITEBYTECODE set, every synth would recompile it.
	$(BIN)/python -m compileall -q lib imports > /dev/null
	npx --no-install cdk8s synth --no-check-upgrade

# pytest runs last, so its summary is the run's closing line.
test: lint typecheck scan unit

lint: $(VENV)/.installed
	$(BIN)/ruff check lib tests main.py scripts examples
	$(BIN)/ruff format --check lib tests main.py scripts examples

typecheck: $(VENV)/.installed
	$(BIN)/mypy --strict lib tests main.py examples scripts

scan: $(VENV)/.installed $(CHECKOV_ENV)/.installed
	$(BIN)/python scripts/scan.py

# One pytest worker per core (PYTEST_WORKERS=0 runs them in this process). The tests are split
# between the workers and an idle worker takes over part of a busy one's queue (worksteal): test
# files differ up to tenfold in length, and a whole file per worker left a core idle. The alert
# rules are checked with promtool and the speech sample regenerated with espeak-ng (Debian:
# apt-get install prometheus espeak-ng): without them those tests are skipped here, and fail in
# CI, whose .ci/run installs them.
PYTEST_WORKERS ?= auto
unit: $(VENV)/.installed node_modules/.installed
	@command -v promtool > /dev/null || echo "note: promtool is missing, the alert rule tests are skipped (apt-get install prometheus)"
	$(BIN)/pytest -n $(PYTEST_WORKERS) --dist worksteal

bench: $(VENV)/.installed
	$(BIN)/python scripts/bench.py

# Checks the cluster of the current kubectl context against dist/ and runs the in-cluster checks
# now (README, Verify a deploy). Options: make verify ARGS="--skip-apps --json --context=... --timeout=600"
verify: $(VENV)/.installed
	$(BIN)/python -m homelab_ai.verify --root . $(ARGS)

$(VENV)/.installed: requirements.txt requirements-dev.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $@

# checkov pins old dependencies: it gets its own environment, never the runtime's.
$(CHECKOV_ENV)/.installed: requirements-checkov.txt
	test -x $(CHECKOV_ENV)/bin/python || $(PYTHON) -m venv $(CHECKOV_ENV)
	$(CHECKOV_ENV)/bin/pip install --quiet --disable-pip-version-check -r requirements-checkov.txt
	touch $@

# Regenerates imports/ from the CRDs vendored in crds/ (see crds/README.md); offline.
imports: node_modules/.installed
	rm -rf imports
	npx --no-install cdk8s import --language python

# Regenerates the verify checks' speech sample with espeak-ng (apt-get install -y espeak-ng).
speech-sample:
	$(PYTHON) scripts/speech_sample.py

secrets: $(VENV)/.installed
	$(BIN)/python scripts/new_secret.py open-webui
	$(BIN)/python scripts/new_secret.py stable-diffusion

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

clean:
	rm -rf $(VENV) $(CHECKOV_ENV) node_modules .cdk8s.out .pytest_cache .mypy_cache .ruff_cache
