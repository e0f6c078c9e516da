"""The main window (``forms/main_window.ui``): tabs, the language menu, Help → About, remembered geometry.

The tabs' legal content is filled right after the first paint, so the window appears as fast as a bare Qt window;
with ``KELISIM_EXIT_AFTER_PAINT=1`` (the start-up benchmark) the program instead prints ``first-paint <s>`` and quits.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMainWindow

from kelisim.ui import i18n
from kelisim.ui.forms import load_form


class MainWindow(QMainWindow):
    def __init__(self, parent=None, *, on_first_paint=None):
        i18n.ensure_language()  # before the window exists: applying a language re-translates every window
        super().__init__(parent)
        self.ui = load_form("main_window", self)
        # The pages are built right after the first paint (see populate): the window frame appears as fast as
        # a bare Qt window, and the forms and the law's content follow within the next few frames.
        self.calculator = None
        self.calendar = None
        self.ui.tabs.currentChanged.connect(self._on_tab_changed)

        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        for action, lang in ((self.ui.actionRussian, "ru"), (self.ui.actionKazakh, "kk")):
            action.setData(lang)
            self.language_group.addAction(action)
        self.language_group.triggered.connect(lambda action: self.set_language(action.data()))
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionAbout.triggered.connect(self.show_about)
        self.about_dialog = None
        # None: fill the tabs after the first paint; a callable: call it on the first paint instead (benchmark).
        self._on_first_paint = on_first_paint
        self._painted = False

        geometry = i18n.settings().value(i18n.GEOMETRY_KEY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        self._sync_language()

    # ------------------------------------------------------------------ content
    def populate(self) -> None:
        """Build the calculator's form now; fill it with the law's content, then build the calendar tab, each in a
        later turn of the event loop, so every stage is painted as soon as it exists (idempotent)."""
        self._calculator_page()
        QTimer.singleShot(0, self._fill)

    def _fill(self) -> None:
        self.ensure_calculator()
        QTimer.singleShot(0, self.ensure_calendar)

    def _calculator_page(self):
        if self.calculator is None:
            from kelisim.ui.calculator import CalculatorPage

            self.calculator = CalculatorPage(self.ui.calculatorTab)
            self.calculator.message.connect(lambda text: self.statusBar().showMessage(text, 5000))
            self.ui.calculatorLayout.addWidget(self.calculator)
        return self.calculator

    def ensure_calculator(self):
        """The calculator tab's page, built and filled on first need."""
        page = self._calculator_page()
        page.ensure_ready()
        return page

    def ensure_calendar(self):
        """The calendar tab's page, built (with the current year) on first need."""
        if self.calendar is None:
            from kelisim.ui.calendar_view import CalendarPage

            self.calendar = CalendarPage(self.ui.calendarTab)
            self.ui.calendarLayout.addWidget(self.calendar)
        self.calendar.ensure_ready()
        return self.calendar

    def _on_tab_changed(self, index: int) -> None:
        page = self.ui.tabs.widget(index)
        if page is self.ui.calendarTab:
            self.ensure_calendar()
        elif page is self.ui.calculatorTab:
            self.ensure_calculator()

    def paintEvent(self, event):  # noqa: N802 - Qt API
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            if self._on_first_paint is not None:
                self._on_first_paint()
            else:
                QTimer.singleShot(0, self.populate)

    # ------------------------------------------------------------------ language
    def set_language(self, lang: str) -> None:
        """Switch the interface language (remembered); every widget re-translates on the LanguageChange event."""
        if lang != i18n.current_language():
            i18n.apply_language(lang)
        self._sync_language()

    def _sync_language(self) -> None:
        lang = i18n.current_language()
        self.ui.actionRussian.setChecked(lang == "ru")
        self.ui.actionKazakh.setChecked(lang == "kk")
        locale = i18n.locale_for(lang)
        if self.locale() != locale:
            self.setLocale(locale)  # date pickers' month and weekday names

    def changeEvent(self, event):  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "language_group"):
            self._sync_language()  # the form's own strings are re-translated by the loader
        super().changeEvent(event)

    # ------------------------------------------------------------------ help, closing
    def show_about(self):
        from kelisim.ui.about import AboutDialog

        if self.about_dialog is None:
            self.about_dialog = AboutDialog(self)
        self.about_dialog.open()
        return self.about_dialog

    def closeEvent(self, event):  # noqa: N802 - Qt API
        s = i18n.settings()
        s.setValue(i18n.GEOMETRY_KEY, self.saveGeometry())
        s.sync()
        super().closeEvent(event)
