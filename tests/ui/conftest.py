"""Fixtures of the UI tests: a fresh data folder and interface language for every test, and the main window.

tests/conftest.py has already made Qt headless (offscreen) and the folders private.
"""
from __future__ import annotations

import pytest



@pytest.fixture(autouse=True)
def fresh_ui(kelisim_home, qapp):
    """Every test starts as a first start: an empty data folder (so no remembered settings) and no language applied
    yet; afterwards our translators are removed again."""
    from kelisim.ui import i18n

    i18n.reset()
    yield kelisim_home
    i18n.reset()


@pytest.fixture
def make_window(qtbot):
    """``make_window()`` → a shown MainWindow with both tabs built (as they are right after the first paint)."""
    from kelisim.ui.main_window import MainWindow

    def make():
        window = MainWindow()
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.ensure_calculator()
        window.ensure_calendar()
        return window

    return make


@pytest.fixture
def window(make_window):
    return make_window()


@pytest.fixture
def calculator(window):
    return window.calculator


@pytest.fixture
def calendar(window):
    window.ui.tabs.setCurrentWidget(window.ui.calendarTab)
    return window.calendar
