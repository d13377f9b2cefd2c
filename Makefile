# eventwire: `make demo` codes and stores the bundled examples, `make test` runs the suite.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= eventwire.duckdb

.PHONY: demo test install clean eval bench bench-accuracy

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/eventwire ingest examples --db $(DB)
	$(BIN)/eventwire stats --db $(DB)
	$(BIN)/eventwire query --db $(DB) --limit 15

test: $(STAMP)
	$(BIN)/python -m pytest -q

eval: $(STAMP)
	$(BIN)/eventwire eval tests/dev

bench: $(STAMP)
	$(BIN)/python benchmarks/throughput.py

bench-accuracy: $(STAMP)
	$(BIN)/python benchmarks/accuracy.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info
