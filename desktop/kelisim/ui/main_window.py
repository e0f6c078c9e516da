"""The main window (``forms/main_window.ui``): tabs, the language menu, Help → About, remembered geometry.

Tabs: the case register (first), the deadline calculator, the working-day calendar. The store (``Store`` on the data
folder) is opened right after the first paint, so the window appears as fast as a bare Qt window; a damaged data file
opens ``StoreDamagedDialog`` (restore the latest backup, or quit) instead of a traceback. While the store has no own
body, the register tab shows the first-start page; "Later" leaves it for the calculator.
With ``KELISIM_EXIT_AFTER_PAINT=1`` (the start-up benchmark) the program instead prints ``first-paint <s>`` and quits.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QApplication, QMainWindow

from kelisim.ui import i18n
from kelisim.ui.forms import load_form


class MainWindow(QMainWindow):
    store_ready = Signal(object)  # the opened Store

    def __init__(self, parent=None, *, on_first_paint=None, store=None, today=None):
        i18n.ensure_language()  # before the window exists: applying a language re-translates every window
        super().__init__(parent)
        self.ui = load_form("main_window", self)
        self.store = store
        self._owns_store = store is None
        self.today = today
        self.register = None
        self.first_start = None
        self.damaged_dialog = None
        self.case_cards: dict[int, object] = {}
        self.wizards: dict[int, object] = {}  # case id → the wizard open on it (a new one joins once it has a draft)
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
        self.ui.actionNewRequest.triggered.connect(lambda: self.open_wizard())
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
        """Open the store and build the register (or the first-start page), then the calculator's form; fill it with
        the law's content, then build the calendar tab, each in a later turn of the event loop, so every stage is
        painted as soon as it exists (idempotent)."""
        self.ensure_register()
        self._calculator_page()
        QTimer.singleShot(0, self._fill)

    # ------------------------------------------------------------------ the store and the register
    def open_store(self):
        """The store of the data folder, opened on first need; None while the data file is damaged (the dialog that
        offers the backup is open)."""
        if self.store is not None:
            return self.store
        from kelisim.home import data_home
        from kelisim.store import Store, StoreDamaged
        from kelisim.law import LawError

        try:
            self.store = Store(data_home())
        except StoreDamaged as exc:
            self.show_store_damaged(exc, data_home())
            return None
        except LawError as exc:  # a folder we may not write, a newer schema...: say so, keep the calculator
            self.statusBar().showMessage(exc.message(i18n.current_language()))
            return None
        self.store_ready.emit(self.store)
        return self.store

    def show_store_damaged(self, error, home):
        from kelisim.ui.store_damaged import StoreDamagedDialog

        if self.damaged_dialog is None:
            self.damaged_dialog = StoreDamagedDialog(error, home, self)
            self.damaged_dialog.restored.connect(self._on_store_restored)
            self.damaged_dialog.quit_requested.connect(self._quit_program)
            self.damaged_dialog.open()
        return self.damaged_dialog

    def _on_store_restored(self, store) -> None:
        self.store = store
        self.damaged_dialog = None
        self.store_ready.emit(store)
        self.ensure_register()

    def _quit_program(self) -> None:
        self.close()
        app = QApplication.instance()
        if app is not None:
            QTimer.singleShot(0, app.quit)

    def ensure_register(self):
        """The register page, built on first need; the first-start page instead while we have no own body."""
        if self.register is not None:
            return self.register
        store = self.open_store()
        if store is None:
            return None
        if store.bodies.own() is None:
            self._show_first_start()
            return None
        from kelisim.ui.register import RegisterPage

        self.register = RegisterPage(store, self.ui.registerStack, today=self.today)
        self.register.open_case.connect(self.open_case)
        self.register.new_request.connect(lambda: self.open_wizard())
        self.ui.registerStack.addWidget(self.register)
        self.ui.registerStack.setCurrentWidget(self.register)
        if self.first_start is not None:
            self.ui.registerStack.removeWidget(self.first_start)
            self.first_start.deleteLater()
            self.first_start = None
        return self.register

    def _show_first_start(self):
        if self.first_start is None:
            from kelisim.ui.first_start import FirstStartPage

            self.first_start = FirstStartPage(self.store, self.ui.registerStack)
            self.first_start.done.connect(lambda _: self.ensure_register())
            self.first_start.later.connect(self._later)
            self.ui.registerStack.addWidget(self.first_start)
        self.ui.registerStack.setCurrentWidget(self.first_start)
        return self.first_start

    def _later(self) -> None:
        self.ui.tabs.setCurrentWidget(self.ui.calculatorTab)

    def open_case(self, case_id: int):
        """The card of a case (one per case; a second request raises the open one)."""
        from kelisim.ui.case_card import CaseCardDialog

        card = self.case_cards.get(case_id)
        if card is None:
            card = CaseCardDialog(self.store, case_id, self, today=self.today)
            card.changed.connect(self._on_case_changed)
            card.resume.connect(self._resume_from_card)
            card.finished.connect(lambda _=0, cid=case_id: self.case_cards.pop(cid, None))
            self.case_cards[case_id] = card
            card.show()
        card.raise_()
        card.activateWindow()
        return card

    def _on_case_changed(self, case_id: int) -> None:
        if self.register is not None:
            self.register.refresh()

    # ------------------------------------------------------------------ the new-request wizard
    def open_wizard(self, case_id: int | None = None):
        """The new-request wizard: a fresh one, or the one open on the draft ``case_id`` (raised)."""
        if self.ensure_register() is None:
            self.ui.tabs.setCurrentWidget(self.ui.registerTab)
            self.statusBar().showMessage(self.tr("Choose our own body first: the request is made on its behalf."),
                                         8000)
            return None
        wizard = self.wizards.get(case_id) if case_id is not None else None
        if wizard is None:
            from kelisim.ui.wizard import WizardDialog

            wizard = WizardDialog(self.store, case_id, self, today=self.today)
            wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # its draft is in the store by then
            wizard.changed.connect(lambda cid, w=wizard: self._on_wizard_saved(w, cid))
            wizard.finished.connect(lambda _=0, w=wizard: self._forget_wizard(w))
            if case_id is not None:
                self.wizards[case_id] = wizard
            wizard.show()
        wizard.raise_()
        wizard.activateWindow()
        return wizard

    def _on_wizard_saved(self, wizard, case_id: int) -> None:
        self.wizards.setdefault(case_id, wizard)
        self._on_case_changed(case_id)

    def _forget_wizard(self, wizard) -> None:
        for case_id in [cid for cid, w in self.wizards.items() if w is wizard]:
            self.wizards.pop(case_id)

    def _resume_from_card(self, case_id: int) -> None:
        card = self.case_cards.get(case_id)
        if card is not None:
            card.close()
        self.open_wizard(case_id)

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
        if page is self.ui.registerTab and self._painted:
            self.ensure_register()
        elif page is self.ui.calendarTab:
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
        if self.register is not None:
            self.register.save_state()
        s = i18n.settings()
        s.setValue(i18n.GEOMETRY_KEY, self.saveGeometry())
        s.sync()
        for card in list(self.case_cards.values()):
            card.close()
        from kelisim.ui.wizard import WizardDialog

        for wizard in self.findChildren(WizardDialog):
            if wizard.isVisible():
                wizard.close()  # saves what can be saved of the draft
        super().closeEvent(event)
        if event.isAccepted() and self._owns_store and self.store is not None:
            if self.register is not None:
                self.register.setEnabled(False)
            self.store.close()
            self.store = None
            self.register = None
