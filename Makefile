# The two commands of the README: `make run` and `make test`.
VENV    := .venv
BIN     := $(VENV)/bin
CONFIG  := helpdesk.example.toml
HELPDESK := $(BIN)/helpdesk --config $(CONFIG)
PYTHON  ?= python3

.PHONY: run test test-fast lint typecheck system-deps clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $@

## run: set up, process the bundled sample requests on the embedded default (SQLite + Maildir), show tickets
run: $(BIN)/.installed
	$(HELPDESK) db upgrade
	mkdir -p var/mail/inbox/new
	cp samples/requests/*.eml var/mail/inbox/new/
	$(HELPDESK) poll --once
	$(HELPDESK) tickets list
	@echo "acknowledgements and staff notices written to var/mail/sent/new/"
	@echo "next: $(HELPDESK) tickets show 1   (README, \"Using it\": every command)"

system-deps:
	sh scripts/install-system-deps.sh

lint: $(BIN)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(BIN)/.installed
	$(BIN)/mypy

## test: set up, then ruff, mypy (strict) and the whole pytest suite against real Dovecot and SMTP servers: every
## test on SQLite (the quick ones on both cores, the daemon and server tests on both cores too except those that
## assert a duration, marked `timed`, which run one at a time so that their timings are real), then on PostgreSQL every
## test that reaches the database (marked `database` by tests/conftest.py), quick and slow both on both cores (each
## worker starts its own PostgreSQL cluster and Dovecot; the benchmarks run on SQLite only)
test: $(BIN)/.installed system-deps lint typecheck
	$(BIN)/pytest -n 2 -m "not slow"
	$(BIN)/pytest -n 2 --dist worksteal -m "slow and not timed" --durations=15
	$(BIN)/pytest -m "slow and timed" --durations=15
	HELPDESK_TEST_DB=postgresql $(BIN)/pytest -n 2 -m "database and not slow"
	HELPDESK_TEST_DB=postgresql $(BIN)/pytest -n 2 -m "database and slow" --durations=15

## test-fast: the edit-test loop: no root, no servers, no subprocesses (SQLite), on both cores, under a minute
test-fast: $(BIN)/.installed
	$(BIN)/pytest -q -n 2 -m "not slow"

clean:
	rm -rf var $(VENV) .mypy_cache .ruff_cache .pytest_cache
