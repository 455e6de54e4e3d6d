# One task runner for people and CI. Every target creates .venv first if it is missing.
PYTHON ?= python3.11
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
DEMO_DIR ?= $(CURDIR)/demo-data

.PHONY: run test bench package demo translations screenshots clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# Opens the app on the demo practice (created once in ./demo-data; logins in README).
run: $(STAMP)
	$(PY) -m vastaanotto.cli demo --data-dir "$(DEMO_DIR)" --if-missing
	VASTAANOTTO_DATA_DIR="$(DEMO_DIR)" $(PY) -m ui.app

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q $(PYTEST_ARGS)

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) bench/run_all.py

demo: $(STAMP)
	$(PY) -m vastaanotto.cli demo --data-dir "$(DEMO_DIR)"

translations: $(STAMP)
	$(PY) -m ui.i18n --update

package: $(STAMP)
	$(PY) -m pip install --quiet -e '.[package]'
	$(PY) -m PyInstaller --noconfirm --clean --distpath dist --workpath build packaging/vastaanotto.spec
	QT_QPA_PLATFORM=offscreen dist/vastaanotto/vastaanotto --self-test

screenshots: $(STAMP)
	$(PY) tools/screenshots.py

clean:
	rm -rf $(VENV) build dist .pytest_cache
