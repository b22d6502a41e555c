# The README's two commands: `make run` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= bilat.db
SAMPLES ?= $(if $(wildcard ../shared/samples),../shared/samples,src/bilat/samples)
HOST ?= 127.0.0.1
PORT ?= 8765

.PHONY: run test setup browser lint bench clean

$(BIN)/bilat: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $(BIN)/bilat

setup: $(BIN)/bilat

# chromium for the browser tests: Debian's package, installed when missing and when we may, with
# fonts for Thai, Arabic/Persian and Chinese so screenshots show the scripts, not boxes.
BROWSER_PKGS := chromium fonts-noto-core fonts-wqy-zenhei
browser:
	@if ! command -v chromium >/dev/null 2>&1 || ! fc-list :lang=th 2>/dev/null | grep -q .; then \
	  if [ "$$(id -u)" = 0 ]; then { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(BROWSER_PKGS) >/dev/null; } \
	    || echo "warning: could not install $(BROWSER_PKGS); browser tests need chromium"; \
	  else echo "for the browser tests install Debian's packages: $(BROWSER_PKGS)"; fi; fi

run: setup
	$(BIN)/bilat ingest --db $(DB) $(SAMPLES)
	$(BIN)/bilat stats --db $(DB) | head -3
	$(BIN)/bilat serve --db $(DB) --host $(HOST) --port $(PORT)

test: setup browser
	$(BIN)/python -m pytest -q

lint: setup
	$(BIN)/ruff check src tests bench scripts

bench: setup
	$(BIN)/python bench/ingest.py

clean:
	rm -rf $(VENV) $(DB) test-artifacts
