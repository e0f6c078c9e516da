"""The main window (``forms/main_window.ui``): tabs, the language menu, Help → About, remembered geometry.

Tabs: the case register (first), the deadline calculator, the working-day calendar. The store (``Store`` on the data
folder) is opened right after the first paint, so the window appears as fast as a bare Qt window; a damaged data file
opens ``StoreDamagedDialog`` (restore the latest backup, or quit) instead of a traceback. The file's integrity check
runs in a background thread once the register has been painted (until it passes the store writes nothing, see
``store.db``); if it fails, the register is closed and the same dialog opens. While the store has no own
body, the register tab shows the first-start page; "Later" leaves it for the calculator.
With ``KELISIM_EXIT_AFTER_PAINT=1`` (the start-up benchmark) the program instead prints ``first-paint <s>`` and quits;
with ``KELISIM_EXIT_AFTER_PAINT=register`` it builds the register as usual and quits once the register's table has
painted its rows (``on_register_paint``, see ``app.py``).
"""
from __future__ import annotations

import sys

from PySide6 import QtCore
from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QApplication, QMainWindow

from kelisim.ui import i18n
from kelisim.ui.forms import load_form


class MainWindow(QMainWindow):
    store_ready = Signal(object)  # the opened Store
    _store_checked = Signal(object, object, bool)  # store, problem (None: sound), whether the check ran (thread → GUI)
    _directory_read = Signal()  # the KATO directory has been read in the background (thread → GUI)

    def __init__(self, parent=None, *, on_first_paint=None, on_register_paint=None, store=None, today=None):
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
        self.ui.actionRegisterIncoming.triggered.connect(lambda: self.open_incoming())
        self.incoming_dialog = None  # File → Register an incoming request (one at a time)
        self.ui.actionAbout.triggered.connect(self.show_about)
        self.about_dialog = None
        self.ui.actionSettings.triggered.connect(lambda: self.open_settings())
        self.settings_dialog = None
        self.ui.actionBackup.triggered.connect(lambda: self.backup_now())
        self.ui.actionRestore.triggered.connect(lambda: self.choose_backup_to_restore())
        self.ui.actionGenerateSelected.triggered.connect(lambda: self.generate_selected())
        self.ui.actionImportPackage.triggered.connect(lambda: self.choose_package_to_import())
        self.ui.actionReport.triggered.connect(lambda: self.open_report())
        self.import_dialog = None  # the confirmation of the package being imported (ui.packages)
        self.report_dialog = None  # File → Semi-annual report (one at a time)
        self.setAcceptDrops(True)  # a .kelisim file dropped on the window is imported (after the confirmation)
        self.task = None  # the long operation running now (ui.tasks.BackgroundTask), one at a time
        self.confirm_box = None
        self._checking = None  # the store whose integrity check is running in the background
        self.backup_thread = None  # the day's backup, taken in the background once the check has passed
        self._store_checked.connect(self._on_store_checked)
        self._directory_read.connect(self._settle_memory)
        self.settled = False  # the start's work is over: register painted, KATO read, memory settled
        self.store_ready.connect(self._apply_work_calendar)
        # None: fill the tabs after the first paint; a callable: call it on the first paint instead (benchmark).
        self._on_first_paint = on_first_paint
        # A callable: called with the number of rows once the register's table has painted them, or with None when
        # the store opens on no register (first start, damaged file) (the register start-up benchmark).
        self._on_register_paint = on_register_paint
        self._painted = False

        geometry = i18n.settings().value(i18n.GEOMETRY_KEY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        self._sync_language()

    # ------------------------------------------------------------------ content
    def populate(self) -> None:
        """Open the store and build the register (or the first-start page); once the register has been painted, start
        the data file's integrity check in the background and build the calculator's form, fill it with the law's
        content, then build the calendar tab, each in a later turn of the event loop, so every stage is painted as
        soon as it exists (idempotent)."""
        register = self.ensure_register()
        if register is None and self._on_register_paint is not None:
            self._on_register_paint(None)
        # The data file's integrity check, the calculator and the calendar wait until the register is on screen.
        if register is not None:
            register.call_after_first_paint(self._after_register_painted)
        else:
            QTimer.singleShot(0, self._after_register_painted)

    def _after_register_painted(self) -> None:
        self.check_store_in_background()
        self._calculator_page()
        QTimer.singleShot(0, self._fill)
        QTimer.singleShot(0, self._warm_directory)

    def _warm_directory(self) -> None:
        """Read the KATO directory in the background while the lawyer looks at the register, so that the first wizard,
        incoming request or review does not wait for it (~50 ms); then settle the memory (``_settle_memory``)."""
        import threading

        from kelisim.directory.kato import default_directory

        def load():
            try:
                default_directory()
            except Exception:  # noqa: BLE001 - a missing or damaged classifier is said where it is first needed
                pass
            try:
                self._directory_read.emit()  # (queued: the slot runs on the window's thread)
            except RuntimeError:  # the window is gone (the program quit meanwhile)
                pass

        threading.Thread(target=load, name="kelisim-kato", daemon=True).start()

    def _settle_memory(self) -> None:
        """Once the start is over, the objects the program keeps for its whole run (Qt's wrappers, the law's tables,
        the KATO directory: ~60,000) are set aside from Python's garbage collector (``gc.freeze``): a full collection,
        which otherwise visits them all, took 19–23 ms at any moment — in the middle of opening a case card, say —
        and now visits only what was made since. On the window's thread: garbage that holds Qt objects must not be
        destroyed on another one."""
        import gc

        gc.collect()  # the garbage of the start-up, not kept for ever
        gc.freeze()
        self.settled = True

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
            # The integrity check runs in the background once the register is painted (check_store_in_background);
            # until it has passed, the store writes nothing (store.db).
            self.store = Store(data_home(), verify_on_open=False)
        except StoreDamaged as exc:
            self.show_store_damaged(exc, data_home())
            return None
        except LawError as exc:  # a folder we may not write, a newer schema...: say so, keep the calculator
            self.statusBar().showMessage(exc.message(i18n.current_language()))
            # another copy has the folder; no right to write; the folder chosen in Settings is not connected
            if exc.code in ("in-use", "read-only", "disk-full", "folder-missing"):
                self.show_store_refusal(exc)
            return None
        if self.store.notices:  # a restore killed half-way: completed or cancelled at this start (store.recovery)
            self.show_store_notices(self.store.notices)
        self.store_ready.emit(self.store)
        return self.store

    def show_store_refusal(self, error):
        """A message box at start when the data folder cannot be opened for writing: another copy of Kelisim has it
        open (who, since when), or the folder may not be written. Shown once; the calculator stays usable."""
        from PySide6.QtWidgets import QMessageBox

        box = getattr(self, "refusal_box", None)
        if box is not None and box.isVisible():
            return box
        title = {"in-use": self.tr("Kelisim is already open"),
                 "folder-missing": self.tr("The data folder is not available")}.get(
            error.code, self.tr("The data folder cannot be written"))
        box = QMessageBox(QMessageBox.Icon.Warning, title, error.message(i18n.current_language()),
                          QMessageBox.StandardButton.Ok, self)
        self.refusal_box = box
        box.open()
        return box

    def show_store_notices(self, notices):
        from PySide6.QtWidgets import QMessageBox

        lang = i18n.current_language()
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("An interrupted operation"),
                          "\n\n".join(n.message(lang) for n in notices), QMessageBox.StandardButton.Ok, self)
        self.notice_box = box
        box.open()
        return box

    def show_store_damaged(self, error, home):
        from kelisim.ui.store_damaged import StoreDamagedDialog

        if self.damaged_dialog is None:
            self.damaged_dialog = StoreDamagedDialog(error, home, self)
            self.damaged_dialog.restored.connect(self._on_store_restored)
            self.damaged_dialog.quit_requested.connect(self._quit_program)
            self.damaged_dialog.open()
        return self.damaged_dialog

    def check_store_in_background(self) -> None:
        """Start the data file's integrity check in a thread (a read-only connection of its own); the result comes back
        on the GUI thread (``_on_store_checked``)."""
        store = self.store
        if store is None or store.verified or self._checking is store:
            return
        import threading

        self._checking = store

        def run():
            try:
                problem, ran = store.run_check(), True
            except Exception:  # noqa: BLE001 - could not open the file a second time: check it on the GUI thread
                problem, ran = None, False
            try:
                self._store_checked.emit(store, problem, ran)
            except RuntimeError:  # the window is gone (the program quit meanwhile)
                pass

        threading.Thread(target=run, name="kelisim-store-check", daemon=True).start()

    def _on_store_checked(self, store, problem, ran: bool) -> None:
        self._checking = None
        if store is not self.store:  # the store was closed or replaced meanwhile
            return
        from kelisim.store import StoreDamaged

        try:
            if ran:
                store.accept_check(problem, backup=False)
                self._back_up_in_background(store)
            else:
                store.verify()
        except StoreDamaged as exc:
            self._drop_damaged_store(exc)

    def _back_up_in_background(self, store) -> None:
        """The day's backup once the check has passed, on a thread and a connection of its own: a register of
        100,000 cases (close to 1 GB) takes seconds to copy, and the window must not freeze meanwhile. A failure
        stops nothing (the next start tries again); a copy cut short by quitting is swept at the next start."""
        import threading

        def run():
            try:
                store.run_daily_backup()
            except Exception:  # noqa: BLE001 - a failed daily backup must not stop the lawyer's work
                pass

        self.backup_thread = threading.Thread(target=run, name="kelisim-daily-backup", daemon=True)
        self.backup_thread.start()

    def _verify_now(self) -> bool:
        """Check the data file on this thread (a read failed before the background check ended): False when it is
        damaged, and the dialog that offers the backup is open."""
        from kelisim.store import StoreDamaged

        if self.store is None:
            return False
        try:
            self.store.verify()
        except StoreDamaged as exc:
            self._drop_damaged_store(exc)
            return False
        return True

    def _drop_damaged_store(self, error) -> None:
        """The data file failed its integrity check after the window opened: close the pages and the store (nothing
        was written into it), then offer the latest backup as at a failed opening."""
        self._close_incoming()
        self._close_report()
        for card in list(self.case_cards.values()):
            card.close()
        from kelisim.ui.wizard import WizardDialog

        for wizard in self.findChildren(WizardDialog):
            wizard.close()  # its save is refused (the store writes nothing into a damaged file)
        from kelisim.ui.register import RegisterPage

        # Every register page, also one whose building failed half-way on a damaged page of the file: its view must
        # not ask the closed store for more rows.
        for page in self.ui.registerStack.findChildren(RegisterPage):
            page.ui.table.setModel(None)
        for page in {*self.ui.registerStack.findChildren(RegisterPage), self.first_start} - {None}:
            page.hide()
            self.ui.registerStack.removeWidget(page)
            page.deleteLater()
        self.register = self.first_start = None
        if self.settings_dialog is not None:
            self.settings_dialog.close()
        home = self.store.home
        self.store.close()
        self.store = None
        self.show_store_damaged(error, home)

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
        from kelisim.ui.register import RegisterPage

        try:
            if store.bodies.own() is None:
                self._show_first_start()
                return None
            self.register = RegisterPage(store, self.ui.registerStack, today=self.today)
        except Exception:
            if store.verified or self._verify_now():  # the file is sound: a real error
                raise
            return None  # a damaged file: the dialog that offers the backup is open
        self.register.open_case.connect(self.open_case)
        self.register.new_request.connect(lambda: self.open_wizard())
        self.register.register_incoming.connect(lambda: self.open_incoming())
        if self._on_register_paint is not None:
            self.register.call_after_rows_painted(self._on_register_paint)
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
            wizard.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)  # its draft is in the store by then
            wizard.changed.connect(lambda cid, w=wizard: self._on_wizard_saved(w, cid))
            wizard.finished.connect(lambda _=0, w=wizard: self._forget_wizard(w))
            if case_id is not None:
                self.wizards[case_id] = wizard
            wizard.show()
        wizard.raise_()
        wizard.activateWindow()
        return wizard

    # ------------------------------------------------------------------ an incoming request
    def open_incoming(self):
        """Register a request for consent that came to us (``ui.incoming``); once registered, its card opens."""
        if self.ensure_register() is None:
            self.ui.tabs.setCurrentWidget(self.ui.registerTab)
            self.statusBar().showMessage(self.tr("Choose our own body first: the request is registered as received "
                                                 "by it."), 8000)
            return None
        dialog = self.incoming_dialog
        if dialog is None:
            from kelisim.ui.incoming import IncomingDialog

            dialog = IncomingDialog(self.store, self, today=self.today)
            dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.registered.connect(self._on_incoming_registered)
            dialog.finished.connect(lambda _=0, d=dialog: self._forget_incoming(d))
            self.incoming_dialog = dialog
            dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _on_incoming_registered(self, case_id: int) -> None:
        self._on_case_changed(case_id)
        self.open_case(case_id)

    def _forget_incoming(self, dialog) -> None:
        if self.incoming_dialog is dialog:
            self.incoming_dialog = None

    def _close_incoming(self) -> None:
        if self.incoming_dialog is not None:
            self.incoming_dialog.close()

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
            self.calculator.work_calendar = self._work_calendar()
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
            self.calendar.set_work_calendar(self._work_calendar())
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

    # ------------------------------------------------------------------ settings, a moved data folder
    def open_settings(self, tab: str | None = None):
        """File → Settings… (one dialog, raised when open)."""
        from kelisim.ui.settings import SettingsDialog

        if self.settings_dialog is None:
            self.settings_dialog = SettingsDialog(self.open_store(), self, today=self.today)
            self.settings_dialog.changed.connect(self._on_settings_changed)
            self.settings_dialog.move_starting.connect(self._close_case_windows)
            self.settings_dialog.data_moved.connect(self.switch_data_folder)
            self.store_ready.connect(self.settings_dialog.set_store)
        if tab is not None:
            self.settings_dialog.show_tab(tab)
        self.settings_dialog.open()
        self.settings_dialog.raise_()
        return self.settings_dialog

    def _work_calendar(self):
        """The store's calendar (the user's own days on top of the law's), or None (the law's own) while no store is
        open."""
        if self.store is None or self.store.closed:
            return None
        return self.store.calendar_days.calendar()

    def _apply_work_calendar(self, *_) -> None:
        """The calculator and the calendar count on the store's calendar, as the register's deadlines do."""
        pages = [page for page in (self.calculator, self.calendar) if page is not None]
        if not pages:  # at start the store opens before the pages exist; they take the calendar when built
            return
        calendar = self._work_calendar()
        for page in pages:
            page.set_work_calendar(calendar)

    def _on_settings_changed(self) -> None:
        self._apply_work_calendar()
        if self.register is not None:
            self.register.refresh()
        elif self.first_start is not None and self.store is not None and self.store.bodies.own() is not None:
            self.ensure_register()  # our body was chosen in Settings: the register replaces the first-start page

    def _close_case_windows(self) -> None:
        """Close the case cards and the wizards (a wizard saves its draft) before the store changes under them."""
        self._close_incoming()
        self._close_report()
        for card in list(self.case_cards.values()):
            card.close()
        from kelisim.ui.wizard import WizardDialog

        for wizard in self.findChildren(WizardDialog):
            if wizard.isVisible():
                wizard.close()

    def switch_data_folder(self, home) -> None:
        """Settings moved the data folder to ``home``: close the old store and everything on it, open the new one."""
        from kelisim.law import LawError
        from kelisim.store import Store

        self._close_store_and_windows()
        try:
            self.store = Store(home)
        except LawError as exc:
            self.statusBar().showMessage(exc.message(i18n.current_language()))
            if exc.code in ("in-use", "read-only", "disk-full"):
                self.show_store_refusal(exc)
            return
        self._owns_store = True
        self.store_ready.emit(self.store)
        self.ensure_register()
        self.statusBar().showMessage(self.tr("Data folder: {path}").format(path=home), 8000)

    # ------------------------------------------------------------------ long operations: backup, restore, documents
    def _busy(self) -> bool:
        if self.task is not None:
            self.statusBar().showMessage(self.tr("Wait until the running operation ends."), 5000)
            return True
        return False

    def _start_task(self, title: str, label: str, job, on_done) -> object:
        from kelisim.ui.tasks import BackgroundTask

        task = BackgroundTask(self, title, label, job)
        self.task = task

        def finished(ok: bool) -> None:
            self.task = None
            on_done(task, ok)

        task.finished.connect(finished)
        return task

    def backup_now(self, dest=None):
        """Write a verified archive of the data folder (``backups/`` by default) in the background."""
        from kelisim.store.transfer import backup_home

        if self._busy() or self.open_store() is None:
            return None
        home = self.store.home

        def done(task, ok: bool) -> None:
            if ok:
                self.statusBar().showMessage(self.tr("Backup written: {path}").format(path=task.result), 15000)
            elif task.cancelled:
                self.statusBar().showMessage(self.tr("Backup cancelled; no file was left behind."), 8000)

        return self._start_task(self.tr("Backup"), self.tr("Writing the backup…"),
                                lambda progress: backup_home(home, dest, progress=progress), done)

    def choose_backup_to_restore(self):
        from PySide6.QtWidgets import QFileDialog

        if self._busy() or self.open_store() is None:
            return None
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a backup"), str(self.store.home / "backups"),
                                              self.tr("Kelisim backups (*.zip)"))
        return self.confirm_restore(path) if path else None

    def confirm_restore(self, path):
        """Ask before replacing the register with the backup ``path`` (the answer starts ``restore_from``)."""
        from pathlib import Path

        from PySide6.QtWidgets import QMessageBox

        from kelisim.store.archive import ArchiveError, inspect_archive
        from kelisim.store.schema import SCHEMA_VERSION
        from kelisim.store.transfer import BACKUP_FORMAT

        lang = i18n.current_language()
        try:
            manifest = inspect_archive(Path(path), BACKUP_FORMAT, SCHEMA_VERSION)
        except ArchiveError as exc:  # not a backup, damaged, unreadable, newer: say why, change nothing
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Restore from a backup"), exc.message(lang),
                              QMessageBox.StandardButton.Ok, self)
            self.confirm_box = box
            box.open()
            return box
        created = manifest.created_at.astimezone().strftime("%d.%m.%Y %H:%M")
        text = self.tr("Replace the register with the backup of {date} ({cases} cases, {files} attachments)? The "
                       "current data is kept aside in the data folder, nothing is deleted.").format(
            date=created, cases=manifest.payload.get("cases", "?"), files=manifest.payload.get("attachments", "?"))
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Restore from a backup"), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).clicked.connect(lambda: self.restore_from(path))
        self.confirm_box = box
        box.open()
        return box

    def restore_from(self, path):
        """Replace the data folder's register with the backup ``path`` (verified first), in the background; the store
        is closed meanwhile and opened again afterwards, restored or, on failure, unchanged."""
        from pathlib import Path

        from kelisim.store.transfer import restore

        if self._busy() or self.store is None:
            return None
        home = Path(self.store.home)
        self._close_store_and_windows()

        def done(task, ok: bool) -> None:
            self.switch_data_folder(home)
            if ok:
                self.statusBar().showMessage(self.tr("Restored from {path}; the previous data is in {aside}.").format(
                    path=path, aside=task.result), 15000)

        return self._start_task(self.tr("Restore from a backup"), self.tr("Checking and restoring the backup…"),
                                lambda progress: restore(home, Path(path), progress=progress), done)

    def _close_store_and_windows(self) -> None:
        """Close the case windows (drafts saved), the register or first-start page, then the store (before the data
        folder changes under them: a move, a restore)."""
        self._close_case_windows()
        if self.register is not None:
            self.register.save_state()
            for timer in self.register.findChildren(QTimer):  # a pending search must not run on the closed store
                timer.stop()
            self.ui.registerStack.removeWidget(self.register)
            self.register.deleteLater()
            self.register = None
        if self.first_start is not None:
            self.ui.registerStack.removeWidget(self.first_start)
            self.first_start.deleteLater()
            self.first_start = None
        if self.store is not None:
            self.store.close()
            self.store = None

    def selected_case_ids(self) -> list[int]:
        if self.register is None:
            return []
        rows = sorted({index.row() for index in self.register.ui.table.selectionModel().selectedRows()})
        return [self.register.model.case_id(row) for row in rows]

    def generate_selected(self, case_ids=None, *, today=None):
        """Write the documents of the selected cases in the background (a connection of its own), each into its
        case's documents folder; the cases that cannot be generated are listed with the reason at the end."""
        from kelisim.store import Store

        ids = list(case_ids if case_ids is not None else self.selected_case_ids())
        if not ids:
            self.statusBar().showMessage(self.tr("Select the cases in the register first (Ctrl or Shift + click)."),
                                         8000)
            return None
        if self._busy() or self.open_store() is None:
            return None
        home, day = self.store.home, today or self.today

        def job(progress):
            from kelisim.law import LawError
            from kelisim.services import case_documents_folder, generate_for_case

            written, refused = 0, []
            with Store(home, auto_backup=False, verify_on_open=False) as store:  # this thread's own connection
                for done, case_id in enumerate(ids, 1):
                    try:
                        written += len(generate_for_case(store, case_id, case_documents_folder(store, case_id),
                                                         today=day))
                    except LawError as exc:
                        case = store.cases.get(case_id)
                        refused.append((case.case_number or f"№{case_id}", exc))
                    progress(done, len(ids))
            return written, refused

        def done(task, ok: bool) -> None:
            if self.register is not None:
                self.register.refresh()
            if not ok:
                return
            written, refused = task.result
            text = self.tr("{files} documents written for {cases} cases.").format(files=written,
                                                                                 cases=len(ids) - len(refused))
            if refused:
                from PySide6.QtWidgets import QMessageBox

                lang = i18n.current_language()
                lines = "\n".join(f"• {number}: {exc.message(lang)}" for number, exc in refused)
                box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Documents"),
                                  text + "\n\n" + self.tr("Not written:") + "\n" + lines,
                                  QMessageBox.StandardButton.Ok, self)
                self.confirm_box = box
                box.open()
            self.statusBar().showMessage(text, 15000)

        return self._start_task(self.tr("Documents"), self.tr("Writing the documents of {n} cases…").format(
            n=len(ids)), job, done)

    # ------------------------------------------------------------------ packages between akimats (issue 6)
    def choose_package_to_import(self):
        """File → Import a package…: choose a ``.kelisim`` file, then confirm it (``confirm_import``)."""
        from PySide6.QtCore import QStandardPaths
        from PySide6.QtWidgets import QFileDialog

        from kelisim.ui.packages import last_folder

        if self._busy() or self._no_register_for_packages():
            return None
        start = last_folder(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a package"), start,
                                              self.tr("Kelisim packages (*.kelisim)"))
        return self.confirm_import(path) if path else None

    def _no_register_for_packages(self) -> bool:
        if self.ensure_register() is not None:
            return False
        self.ui.tabs.setCurrentWidget(self.ui.registerTab)
        self.statusBar().showMessage(self.tr("Choose our own body first: packages are loaded into its register."),
                                     8000)
        return True

    def confirm_import(self, path):
        """Check the package ``path`` (``inspect_package``: nothing is written) and show what it holds; for a request,
        ask the date of receipt and our incoming number. "Load" imports it (``import_package_file``). A damaged,
        tampered or foreign file: a warning with the reason, nothing imported."""
        from pathlib import Path

        from PySide6.QtWidgets import QMessageBox

        from kelisim.law import LawError
        from kelisim.store.archive import ArchiveError
        from kelisim.store.exchange import inspect_package
        from kelisim.ui.packages import ImportPackageDialog, remember_folder

        if self._busy() or self._no_register_for_packages():
            return None
        try:
            # with the store: a duplicate or a decision for no request of ours is said at once
            info = inspect_package(Path(path), store=self.store)
        except (LawError, ArchiveError) as exc:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Import a package"),
                              exc.message(i18n.current_language()), QMessageBox.StandardButton.Ok, self)
            self.confirm_box = box
            box.open()
            return box
        remember_folder(Path(path).parent)
        if self.import_dialog is not None:
            self.import_dialog.close()
        from datetime import date

        dialog = ImportPackageDialog(info, path, self, today=self.today or date.today())
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.confirmed.connect(lambda received, number: self.import_package_file(
            path, received_on=received, incoming_number=number))
        dialog.finished.connect(lambda _=0, d=dialog: self._forget_import_dialog(d))
        self.import_dialog = dialog
        dialog.open()
        return dialog

    def _forget_import_dialog(self, dialog) -> None:
        if self.import_dialog is dialog:
            self.import_dialog = None

    def import_package_file(self, path, *, received_on=None, incoming_number: str = ""):
        """Load the package ``path`` in the background (a connection of its own; all or nothing), then refresh the
        register and open the case's card. A refusal (a duplicate, a decision for an unknown request, a file changed
        since it was looked at) comes back as a warning with its reason."""
        from datetime import date
        from pathlib import Path

        from kelisim.store import Store

        if self._busy() or self.store is None:
            return None
        home, day = self.store.home, self.today or date.today()

        def job(progress):
            from kelisim.store.exchange import import_package

            progress(0, 1)
            with Store(home, auto_backup=False, verify_on_open=False) as store:  # this thread's own connection
                result = import_package(store, Path(path), received_on=received_on, incoming_number=incoming_number,
                                        today=day)
            progress(1, 1)
            return result

        def done(task, ok: bool) -> None:
            if self.register is not None:
                self.register.refresh()
            if not ok:
                return
            result = task.result
            case = result.case
            open_before = case.id in self.case_cards
            card = self.open_case(case.id)
            if open_before:
                card.reload()
            number = case.case_number or f"№{case.id}"
            if result.kind == "request":
                text = self.tr("The request (case {number}) is loaded as incoming case No. {id}.").format(
                    number=number, id=case.id)
            else:
                text = self.tr("The decision is recorded in case {number}: {verdict}.").format(
                    number=number, verdict=self.tr("consented") if case.decision == "consented"
                    else self.tr("refused"))
            self.statusBar().showMessage(text, 15000)
            if result.warnings:
                from PySide6.QtWidgets import QMessageBox

                box = QMessageBox(QMessageBox.Icon.Information, self.tr("Import a package"),
                                  text + "\n\n" + self.tr("Please check (kept in the case):") + "\n"
                                  + "\n".join(f"• {w}" for w in result.messages(i18n.current_language())),
                                  QMessageBox.StandardButton.Ok, card)
                self.confirm_box = box
                box.open()

        return self._start_task(self.tr("Import a package"), self.tr("Checking and loading the package…"), job, done)

    @staticmethod
    def dropped_package(mime):
        """The one ``.kelisim`` file a drag carries, or None."""
        paths = [url.toLocalFile() for url in mime.urls() if url.isLocalFile()] if mime.hasUrls() else []
        return paths[0] if len(paths) == 1 and paths[0].lower().endswith(".kelisim") else None

    def dragEnterEvent(self, event):  # noqa: N802 - Qt API
        if self.dropped_package(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event):  # noqa: N802 - Qt API
        if self.dropped_package(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event):  # noqa: N802 - Qt API
        path = self.dropped_package(event.mimeData())
        if path is None:
            super().dropEvent(event)
            return
        event.acceptProposedAction()
        self.confirm_import(path)

    # ------------------------------------------------------------------ the semi-annual report
    def open_report(self):
        """File → Semi-annual report… (one dialog, raised when open)."""
        if self.open_store() is None:
            return None
        dialog = self.report_dialog
        if dialog is None:
            from kelisim.ui.report import ReportDialog

            dialog = ReportDialog(self.store, self, today=self.today)
            dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.finished.connect(lambda _=0, d=dialog: self._forget_report(d))
            self.report_dialog = dialog
            dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _forget_report(self, dialog) -> None:
        if self.report_dialog is dialog:
            self.report_dialog = None

    def _close_report(self) -> None:
        if self.report_dialog is not None:
            self.report_dialog.close()

    # ------------------------------------------------------------------ help, closing
    def show_about(self):
        from kelisim.ui.about import AboutDialog

        if self.about_dialog is None:
            self.about_dialog = AboutDialog(self)
        self.about_dialog.open()
        return self.about_dialog

    def closeEvent(self, event):  # noqa: N802 - Qt API
        if self.task is not None:  # a backup or a batch still running: stop it at its next file, cleanly
            self.task.cancel()
            self.task.wait()
        if self.register is not None:
            self.register.save_state()
        s = i18n.settings()
        s.setValue(i18n.GEOMETRY_KEY, self.saveGeometry())
        s.sync()
        self._close_incoming()
        self._close_report()
        for card in list(self.case_cards.values()):
            card.close()
        wizards = sys.modules.get("kelisim.ui.wizard")  # not imported: no wizard was opened (saves 8 ms at exit)
        for wizard in self.findChildren(wizards.WizardDialog) if wizards else ():
            if wizard.isVisible():
                wizard.close()  # saves what can be saved of the draft
        if self.settings_dialog is not None:
            self.settings_dialog.close()
        super().closeEvent(event)
        if event.isAccepted() and self.register is not None:
            for timer in self.register.findChildren(QTimer):  # a pending search must not run on a closed store
                timer.stop()
        if event.isAccepted() and self._owns_store and self.store is not None:
            if self.register is not None:
                self.register.setEnabled(False)
            self.store.close()
            self.store = None
            self.register = None
