# The two commands a newcomer needs: `make demo` and `make test`. Everything else is setup they call.
# Python 3.12 (on PATH or under pyenv), else python3 (3.11 or newer). Under CPython 3.11.7 the
# web server crashed (a segfault freeing objects after ~50 search pages, reproduced without our
# C-level code); 3.12 runs the same load cleanly and the whole suite passes on it (as it does
# on 3.13.0, which is no faster here).
PYTHON ?= $(shell for p in python3.12; do $$p -c '' >/dev/null 2>&1 && { command -v $$p; exit 0; }; done; \
	for p in "$${PYENV_ROOT:-$$HOME/.pyenv}"/versions/3.12*/bin/python3; do \
	  "$$p" -c '' >/dev/null 2>&1 && { echo "$$p"; exit 0; }; done; echo python3)
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
PYTEST_ARGS ?=

.PHONY: demo test test-meili setup venv node assets translations libreoffice-memory english-words lexicon chromium lint format serve clean

demo: setup
	$(BIN)/catalogue demo --host $(HOST) --port $(PORT)

# Browser tests run apart: Playwright's sync API keeps an event loop in its worker, which breaks
# tests that call asyncio.run() in the same process.
test: setup chromium
	$(BIN)/python -m pytest -n 2 -m 'not browser' $(PYTEST_ARGS)
	$(BIN)/python -m pytest -n 2 -m browser $(PYTEST_ARGS)

# The search contract and relevance suites against the Meilisearch at MEILI_URL (key in
# MEILI_MASTER_KEY): only their Meilisearch cases run, and an unreachable server fails them.
# Uses .venv's Python when there is one, else python3 (a container with the project installed).
TEST_PYTHON ?= $(if $(wildcard $(BIN)/python),$(BIN)/python,python3)
test-meili: export MEILI_URL := $(MEILI_URL)
test-meili: export MEILI_MASTER_KEY := $(MEILI_MASTER_KEY)
test-meili:
	@[ -n "$$MEILI_URL" ] || { echo "make test-meili: set MEILI_URL to a Meilisearch server, e.g. MEILI_URL=http://127.0.0.1:7700 (and MEILI_MASTER_KEY)" >&2; exit 2; }
	$(TEST_PYTHON) -m pytest -p no:cacheprovider -m meili $(PYTEST_ARGS) tests/contract/search tests/relevance

setup: venv node assets translations lexicon

PY_VERSION := $(shell $(PYTHON) -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null)

venv: $(VENV)/.installed-$(PY_VERSION)
$(VENV)/.installed-$(PY_VERSION): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit("Python 3.11 or newer is needed") if sys.version_info < (3, 11) else None'
	@# A venv made by another Python version is rebuilt, not patched.
	@if [ -x $(BIN)/python ] && [ "$$($(BIN)/python -c 'import sys; print(sys.version_info[:2])')" != "$$($(PYTHON) -c 'import sys; print(sys.version_info[:2])')" ]; then \
	  echo "Rebuilding $(VENV) for $$($(PYTHON) --version)"; rm -rf $(VENV); fi
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	rm -f $(VENV)/.installed-*
	touch $@

node: node_modules/.installed
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --ignore-scripts
	touch $@

assets: web/static/manifest.json
web/static/manifest.json: node_modules/.installed web/assets/build.py $(wildcard web/assets/*.scss web/assets/*.mjs)
	$(BIN)/python web/assets/build.py

# The Welsh translations also teach search words no dictionary holds (search/memory.py).
translations: venv
	$(BIN)/pybabel -q compile -d web/locales -D messages
	$(BIN)/python -m search.memory web/locales/cy/LC_MESSAGES/messages.po > search/data/translation_memory.tsv

# LibreOffice's Welsh interface teaches search the words of software in general (search/memory.py).
# The pairs are kept in the repository; this fetches Debian's package and makes them again.
LIBREOFFICE_DIR := var/libreoffice
LIBREOFFICE_MO := $(LIBREOFFICE_DIR)/usr/lib/libreoffice/program/resource/cy/LC_MESSAGES
libreoffice-memory: venv
	rm -rf $(LIBREOFFICE_DIR) && mkdir -p $(LIBREOFFICE_DIR)
	cd $(LIBREOFFICE_DIR) && apt-get download -qq libreoffice-l10n-cy
	dpkg-deb -x $(LIBREOFFICE_DIR)/libreoffice-l10n-cy_*.deb $(LIBREOFFICE_DIR)
	{ echo "# Welsh and English words that translate each other in LibreOffice's Welsh interface"; \
	  echo "# (Debian's libreoffice-l10n-cy $$(dpkg-deb -f $(LIBREOFFICE_DIR)/libreoffice-l10n-cy_*.deb Version),"; \
	  echo "# MPL-2.0, as the translations they come from); made by make libreoffice-memory."; \
	  $(BIN)/python -m search.memory $(LIBREOFFICE_MO); } > $(LIBREOFFICE_DIR)/memory.tsv
	mv $(LIBREOFFICE_DIR)/memory.tsv search/data/libreoffice_memory.tsv

# Common English words (search/english_words.py), from pyspellchecker's word frequencies (MIT).
SPELLCHECKER_DIR := var/pyspellchecker
english-words: venv
	rm -rf $(SPELLCHECKER_DIR) && mkdir -p $(SPELLCHECKER_DIR)
	$(BIN)/python -m pip download --quiet --no-deps --dest $(SPELLCHECKER_DIR) pyspellchecker==0.9.1
	$(BIN)/python -m zipfile -e $(SPELLCHECKER_DIR)/pyspellchecker-0.9.1-py3-none-any.whl $(SPELLCHECKER_DIR)/wheel
	{ echo "# Common English words: pyspellchecker 0.9.1's English word frequencies (MIT; counted from"; \
	  echo "# OpenSubtitles), letters only, seen 5,000 times or more; made by make english-words."; \
	  $(BIN)/python -m search.english_words $(SPELLCHECKER_DIR)/wheel/spellchecker/resources/en.json.gz; \
	} > $(SPELLCHECKER_DIR)/english_words.txt
	mv $(SPELLCHECKER_DIR)/english_words.txt search/data/english_words.txt

# FreeDict's Welsh-English dictionaries (GPL-2.0-or-later, not copied into this project) help
# search read Welsh questions (search/lexicon.py). Debian packages them; they are unpacked here
# without installing anything. Without apt (or offline) the catalogue works, with a warning.
LEXICON_DIR := var/freedict
lexicon: $(LEXICON_DIR)/.unpacked
$(LEXICON_DIR)/.unpacked:
	@mkdir -p $(LEXICON_DIR)
	@if [ -f /usr/share/dictd/freedict-cym-eng.dict.dz ] && [ -f /usr/share/dictd/freedict-eng-cym.dict.dz ]; then \
	  echo "Welsh-English dictionaries: using the installed ones in /usr/share/dictd"; touch $@; \
	elif command -v apt-get >/dev/null 2>&1 && (cd $(LEXICON_DIR) && apt-get download -qq dict-freedict-cym-eng dict-freedict-eng-cym >/dev/null 2>&1); then \
	  for deb in $(LEXICON_DIR)/*.deb; do dpkg-deb -x "$$deb" $(LEXICON_DIR); done; rm -f $(LEXICON_DIR)/*.deb; \
	  echo "Welsh-English dictionaries unpacked in $(LEXICON_DIR)"; touch $@; \
	else echo "warning: could not fetch Debian's dict-freedict-cym-eng and dict-freedict-eng-cym; search reads Welsh through its glossary only" >&2; fi

# Browser tests drive Debian's Chromium (never a downloaded browser).
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "Installing Debian's chromium for the browser tests"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium chromium-driver >/dev/null; }

# lint-imports checks the layers (the contracts in pyproject.toml; docs/architecture.md).
lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-logo

format:
	$(BIN)/ruff format .

serve: setup
	$(BIN)/catalogue serve --host $(HOST) --port $(PORT)

# Re-extract interface text after changing templates or Python strings, then translate web/locales/cy
# by the terms and rules in web/locales/cy/glossary.yaml (tests/unit/web/test_welsh_messages.py checks them).
messages: venv
	$(BIN)/pybabel extract -F babel.cfg -k N_ -k _ -k gettext -k ngettext:1,2 -o web/locales/messages.pot --no-location --sort-output -w 100 .
	$(BIN)/pybabel update -i web/locales/messages.pot -d web/locales -D messages --no-fuzzy-matching -w 100

clean:
	rm -rf $(VENV) node_modules web/static var
