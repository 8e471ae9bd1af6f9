# Two commands a new user needs: `make run` (install, set up, serve with demo data) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
FLASK := $(BIN)/flask --app ds_tracker
HOST ?= 127.0.0.1
PORT ?= 5000

CHROMIUM ?= /usr/bin/chromium

.PHONY: run setup production test test-samples test-postgres install browser clean-venv translations mutation

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Reinstall when the package's requirements change. The build's notices go to a log, shown only if it fails.
$(VENV)/.installed: setup.cfg pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]' >$(VENV)/install.log 2>&1 || { cat $(VENV)/install.log; exit 1; }
	touch $@

# The Arabic catalogue is compiled at install (the .mo is built, never committed).
CATALOGUE := ds_tracker/translations/ar/LC_MESSAGES/messages
$(CATALOGUE).mo: $(CATALOGUE).po | $(VENV)/.installed
	$(BIN)/pybabel compile -d ds_tracker/translations -l ar

install: $(VENV)/.installed $(CATALOGUE).mo

# After new strings are wrapped: extract every message and merge it into the catalogue; then translate
# the new entries (tests/test_translations.py lists them) and `make install` compiles.
translations: $(VENV)/.installed
	$(BIN)/pybabel extract -F babel.cfg -k _l -k N_ -k Message -k say -k say_n:1,2 --no-location --sort-output \
	  -o ds_tracker/translations/messages.pot .
	$(BIN)/pybabel update -i ds_tracker/translations/messages.pot -d ds_tracker/translations -l ar \
	  --no-fuzzy-matching --ignore-obsolete

# Demo mode (`make run`): the local address, demo data and demo accounts. Demo accounts log in only in demo mode.
DEMO := DS_DEMO_MODE=true DS_BASE_URL=$${DS_BASE_URL:-http://$(HOST):$(PORT)}

setup: install
	$(BIN)/python -m ds_tracker.instance_setup
	$(DEMO) $(FLASK) setup

# Production: migrations, reference data and the first admin; no demo data. See README "Production".
production: install
	@test -n "$(ADMIN_EMAIL)" || (echo "set ADMIN_EMAIL=you@your.org (the first administrator)" && false)
	$(BIN)/python -m ds_tracker.instance_setup
	$(FLASK) setup --production --admin-email "$(ADMIN_EMAIL)"

# The browser tests drive Debian's chromium; install it when it is missing (the project's machines run as root).
browser:
	@test -x $(CHROMIUM) || { echo "Installing Debian's chromium for the browser tests"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

run: setup
	$(DEMO) $(FLASK) run --host $(HOST) --port $(PORT)

test: install browser
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# Checks on the real sample reports in ../shared/samples (others' text, never in the repository): not part of
# `make test`, which reads nothing outside the repository; .ci/run runs them when ../shared is there.
SAMPLES ?= ../shared/samples
test-samples: install
	@test -d $(SAMPLES) || { echo "make test-samples needs the sample reports in $(SAMPLES)"; exit 1; }
	$(BIN)/python -m pytest -p no:cacheprovider checks $(PYTEST_ARGS)

# The same suite on PostgreSQL: TEST_DATABASE_URL must name an empty database you can write to.
test-postgres: install browser
	@test -n "$(TEST_DATABASE_URL)" || (echo "set TEST_DATABASE_URL=postgresql://user@host/db" && false)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# Mutation testing of the pure rule modules (status, permissions, dates) against their own tests; not in CI.
# Prints, per module, the share of mutants the tests kill (a timeout counts as killed: the mutant hangs).
mutation: install
	$(BIN)/python -m pip install --quiet -e '.[mutation]' >$(VENV)/install.log 2>&1 || { cat $(VENV)/install.log; exit 1; }
	rm -rf mutants
	$(BIN)/mutmut run >/dev/null 2>&1 || { $(BIN)/mutmut run; exit 1; }
	@$(BIN)/mutmut results --all true | awk '{ split($$1, p, "."); m = p[2]; n[m]++; \
	  if ($$2 == "killed" || $$2 == "timeout") k[m]++; else print "  not killed: " $$0 } \
	  END { for (m in n) { printf "%-12s %4d of %4d mutants killed (%.1f%%)\n", m, k[m], n[m], 100 * k[m] / n[m]; \
	  if (k[m] < 0.9 * n[m]) bad = 1 }; exit bad }'

clean-venv:
	rm -rf $(VENV)
