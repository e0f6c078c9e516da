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
def opened():
    """Catches the files and folders the program asks the desktop to open (Qt's URL handler: nothing is launched);
    ``opened.paths`` lists them."""
    from PySide6.QtCore import QObject, QUrl, Slot
    from PySide6.QtGui import QDesktopServices

    class Opened(QObject):
        def __init__(self):
            super().__init__()
            self.paths: list[str] = []

        @Slot(QUrl)
        def open(self, url):
            self.paths.append(url.toLocalFile())

    catcher = Opened()
    QDesktopServices.setUrlHandler("file", catcher, "open")
    yield catcher
    QDesktopServices.unsetUrlHandler("file")


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
    window.ui.tabs.setCurrentWidget(window.ui.calculatorTab)
    return window.calculator


@pytest.fixture
def calendar(window):
    window.ui.tabs.setCurrentWidget(window.ui.calendarTab)
    return window.calendar


# ---------------------------------------------------------------------------------------------------------------
# The register, the first start and the case card

TODAY = __import__("datetime").date(2026, 3, 2)  # a Monday


@pytest.fixture
def store(fresh_ui):
    """The store of this test's data folder (the one the main window opens)."""
    from kelisim.store import Store

    s = Store(fresh_ui, today=TODAY)
    yield s
    s.close()


def own_body(store):
    """Our own body without touching KATO (fast): a rural district of our own making."""
    from kelisim.store import Body

    return store.bodies.add(Body(None, "rural_district", "Аппарат акима Касыкского сельского округа",
                                 name_kk="Қасық ауылдық округі әкімінің аппараты", is_own=True))


def case_fields(n: int, **extra) -> dict:
    """A varied case: the n-th trigger date walks back from TODAY, so deadlines spread over late, soon and fine."""
    from datetime import timedelta

    rules = ("civil-appeal", "civil-private", "admin-appeal", "civil-cassation")
    trigger = TODAY - timedelta(days=(n * 7) % 45) + timedelta(days=12)
    fields = {
        "rule": rules[n % len(rules)], "court_ru": f"Кордайский районный суд № {n % 5 + 1}",
        "court_kk": f"Қордай аудандық соты № {n % 5 + 1}",
        "case_number": f"2-{1000 + n}/2026", "subject": "о взыскании ущерба" if n % 2 else "о признании права",
        "trigger_date": trigger.isoformat(),
        "parties": [{"role": "plaintiff", "name": f"Истец Номер{n}"},
                    {"role": "defendant", "name": "Аппарат акима Касыкского сельского округа"}],
    }
    if n % 10 == 9:
        fields["direction"] = "incoming"
        fields["received_on"] = (trigger + timedelta(days=3)).isoformat()
    fields.update(extra)
    return fields


def seed_cases(store, count: int) -> list[int]:
    ids = []
    with store.transaction():
        for n in range(count):
            ids.append(store.cases.create(case_fields(n), today=TODAY).id)
    return ids


@pytest.fixture
def type_text(qtbot):
    """``type_text(widget, "Ұзынағаш")``: a key event per character (qtbot.keyClicks aborts on non-ASCII)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    def type_(widget, text: str) -> None:
        widget.setFocus()
        for ch in text:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))

    return type_


@pytest.fixture
def register_window(qtbot, store):
    """``register_window(n)`` → a shown MainWindow on a store with our own body and n varied cases, on TODAY."""
    from kelisim.ui.main_window import MainWindow

    def make(n: int = 0):
        own_body(store)
        seed_cases(store, n)
        window = MainWindow(store=store, today=TODAY)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        window.ensure_register()
        return window

    return make
