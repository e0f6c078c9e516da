# Kelisim — each target bootstraps .venv from pyproject.toml (and the Debian libraries Qt needs).
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
QT_DEBS := libgl1 libegl1 libglib2.0-0 libdbus-1-3 libfontconfig1 libxkbcommon0 libx11-6 fonts-dejavu-core
QT_LIBS := libGL.so.1 libEGL.so.1 libglib-2.0.so.0 libdbus-1.so.3 libfontconfig.so.1 libxkbcommon.so.0 libX11.so.6

.PHONY: run test test-long bench templates holidays-table docs-deps bundle bundle-deps nsis-deps installer-check qt-libs i18n clean

run: $(STAMP) qt-libs
	$(PY) -m kelisim gui

test: $(STAMP) qt-libs docs-deps nsis-deps
	$(PY) -m pytest -q

# The long fault runs (200 kills each) left out of the default suite.
test-long: $(STAMP) qt-libs
	$(PY) -m pytest -q -m long

# Every figure of issue 8 against its baseline measured in the same run (benchmarks/run.py): prints the table and
# writes benchmarks/results/latest.json; BENCH_ARGS passes options, e.g. BENCH_ARGS="gui memory" for a subset,
# "--scale 0.1" for a quick check (about 1 minute), "--compare benchmarks/results/OLD.json" for the change of each
# figure. The full run fills data folders of 10,000 and 100,000 cases (about 1 GB in the temporary folder) and takes
# roughly 5-10 minutes on a 2-core machine; run it on a machine doing nothing else.
BENCH_ARGS ?=
bench: $(STAMP) qt-libs
	$(PY) benchmarks/run.py $(BENCH_ARGS)

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

# The one-folder bundle (installer/kelisim.spec) built with the venv's PyInstaller, its smoke test run on a copy
# outside the source tree with a clean environment, the data-survives-a-reinstall check, the sizes (targets 120 MB
# unpacked, 50 MB as tar.xz) and what was pruned. Result: dist/kelisim/ and dist/kelisim-<version>-<os>-<arch>.tar.xz.
BUNDLE_STAMP := $(VENV)/.bundle-installed
BUNDLE_DEBS := binutils xz-utils libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-image0 libxcb-render-util0 \
	libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0
bundle: $(BUNDLE_STAMP) qt-libs bundle-deps installer-check
	$(PY) installer/build_bundle.py

$(BUNDLE_STAMP): $(STAMP) pyproject.toml
	$(PY) -m pip install --quiet -e '.[test,bundle]'
	@touch $(BUNDLE_STAMP)

# strip (binutils) and xz for the build; the xcb libraries Qt's xcb plugin links, so that the bundle carries them.
bundle-deps:
	@missing=""; for lib in libxcb-icccm.so.4 libxcb-keysyms.so.1 libxcb-cursor.so.0 libxkbcommon-x11.so.0; do \
	  ldconfig -p 2>/dev/null | grep -q "$$lib" || missing="$$missing $$lib"; done; \
	command -v strip >/dev/null 2>&1 || missing="$$missing strip"; command -v xz >/dev/null 2>&1 || missing="$$missing xz"; \
	if [ -n "$$missing" ]; then \
	  echo "The bundle needs:$$missing — installing $(BUNDLE_DEBS)"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $(BUNDLE_DEBS) >/dev/null \
	  || { echo "Could not install $(BUNDLE_DEBS); install them with apt-get and retry."; exit 1; }; \
	fi

# NSIS (makensis) compiles installer/kelisim.nsi with a stand-in payload in tests/installer. Best effort for `make
# test` (without it that test is skipped); `make installer-check` requires it and runs the installer's tests.
nsis-deps:
	@if ! command -v makensis >/dev/null 2>&1; then \
	  echo "Installing nsis for the installer script test"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo -n"; fi; \
	  ( $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq nsis >/dev/null ) \
	  || echo "Could not install nsis: the installer script test will be skipped."; \
	fi

installer-check: $(STAMP) qt-libs nsis-deps
	@command -v makensis >/dev/null 2>&1 || { echo "makensis is missing: apt-get install nsis"; exit 1; }
	$(PY) -m pytest -q tests/installer

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache
