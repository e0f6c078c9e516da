# Kelisim — each target bootstraps .venv from pyproject.toml (and the Debian libraries Qt needs).
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
QT_DEBS := libgl1 libegl1 libglib2.0-0 libdbus-1-3 libfontconfig1 libxkbcommon0 libx11-6 fonts-dejavu-core
QT_LIBS := libGL.so.1 libEGL.so.1 libglib-2.0.so.0 libdbus-1.so.3 libfontconfig.so.1 libxkbcommon.so.0 libX11.so.6

.PHONY: run test test-long bench templates holidays-table docs-deps bundle qt-libs i18n clean

run: $(STAMP) qt-libs
	$(PY) -m kelisim gui

test: $(STAMP) qt-libs docs-deps
	$(PY) -m pytest -q

# The long fault runs (200 kills each) left out of the default suite.
test-long: $(STAMP) qt-libs
	$(PY) -m pytest -q -m long

bench: $(STAMP) qt-libs
	$(PY) benchmarks/run.py

# Rebuild the built-in DOCX templates (resources/templates/ru|kk) from kelisim/documents/layout.py.
templates: $(STAMP)
	$(PY) -m kelisim.documents.layout

# Regenerate resources/data/holidays-kz.json (the `holidays` package's answers for Kazakhstan, 1991-2100, read by
# kelisim.law.calendar so that start-up does not import the package) after upgrading `holidays`; review the diff.
holidays-table: $(STAMP)
	$(PY) -m kelisim.law.holiday_table

# Refresh the Qt Linguist sources (.ts) from tr() calls and forms/*.ui, compile them into the .qm files the
# program loads; fails while a string is untranslated.
i18n: $(STAMP)
	$(PY) -m kelisim.ui.i18n_build

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

# Install the Debian libraries Qt needs (even offscreen) when one is missing.
qt-libs:
	@missing=""; for lib in $(QT_LIBS); do \
	  ldconfig -p 2>/dev/null | grep -q "$$lib" || missing="$$missing $$lib"; done; \
	fc-list 2>/dev/null | grep -q . || missing="$$missing fonts"; \
	if [ -n "$$missing" ]; then \
	  echo "Qt needs:$$missing — installing $(QT_DEBS)"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $(QT_DEBS) fontconfig >/dev/null \
	  || { echo "Could not install $(QT_DEBS); install them with apt-get and retry."; exit 1; }; \
	fi

# LibreOffice and poppler for the rendering test (DOCX → PDF: pages, A4, Kazakh letters). Best effort: without them
# that one test is skipped, never failed.
DOCS_DEBS := libreoffice-writer-nogui poppler-utils fonts-liberation2 fonts-crosextra-carlito
docs-deps:
	@if ! command -v soffice >/dev/null 2>&1 || ! command -v pdftotext >/dev/null 2>&1; then \
	  echo "Installing $(DOCS_DEBS) for the document rendering test"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo -n"; fi; \
	  ( $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $(DOCS_DEBS) >/dev/null ) \
	  || echo "Could not install them: the rendering test will be skipped."; \
	fi

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache
