# The two commands of the README's quick start: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test lint system-deps container-check

run: $(VENV)/.installed
	$(BIN)/strangerchat

test: $(VENV)/.installed-test system-deps lint
	$(BIN)/pytest

lint: $(VENV)/.installed-test
	$(BIN)/ruff format --check strangerchat tests
	$(BIN)/ruff check strangerchat tests
	$(BIN)/mypy

# Builds and runs the Dockerfile with podman (no Docker engine needed) and chats through it.
container-check: $(VENV)/.installed-test
	$(BIN)/hadolint --failure-threshold warning Dockerfile
	scripts/container-check

# Debian packages the tests use for real (redis-server, Chromium); installed once when missing.
system-deps:
	scripts/install-system-deps

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[fast]'
	touch $@

$(VENV)/.installed-test: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[fast,test]'
	touch $@ $(VENV)/.installed
