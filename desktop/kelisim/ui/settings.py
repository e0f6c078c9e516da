"""Settings (``forms/settings_dialog.ui``, File → Settings…, Ctrl+,): six tabs.

- Our body: the own body (changed by the KATO search of the first-start page, ``BodyFinder``) and the names its
  letters use, in Russian and Kazakh, each case form (corrections through ``Bodies.correct``, kept from then on).
- Officials: the own body's head, deputies, acting head, head of the apparatus... (``Officials``: add, edit, end of
  office) and its executors (officials with the role ``executor``; a new request proposes the first one in office).
- Languages: the interface language (applied at once, as the main window's language menu does) and the default
  language of a new request's documents (``i18n.document_language``, read by the wizard).
- Data folder: where it is; "Move…" copies it to an empty folder in a worker thread (``store.relocate``: copy,
  SHA-256 and integrity check, record), with a progress dialog; ``data_moved`` then tells the main window to close
  the old store and open the new one.
- Templates: the user's templates folder, the check of every own template, a built-in template copied for editing,
  the built-in one restored (after a confirmation).
- Calendar: the shipped calendar's edition and the year it is confirmed through (a warning when this year or the next
  is beyond it), and the user's own days off and working days, each with its source (``store.calendar_days``).

Every error is shown as a message in the interface language (``LawError.message``), never a traceback.
"""
from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QFont
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QMessageBox, QTableWidgetItem

from kelisim.law import LawError
from kelisim.ui import i18n
from kelisim.ui.forms import load_form
from kelisim.ui.labels import fmt as labels_fmt
from kelisim.ui.tasks import BackgroundTask

IdRole = Qt.ItemDataRole.UserRole
NAME_ROWS = ("name_{lang}", "name_{lang}_gen", "name_{lang}_dat", "head_{lang}", "head_{lang}_gen", "head_{lang}_dat")
LANGS = ("ru", "kk")
OFFICIAL_ROLES = ("first_head", "acting_head", "deputy", "apparatus_head", "legal_head", "other")
TEMPLATE_KINDS = ("request", "decision", "attachments-list", "proposal")
MUTED = QColor("#8a8a8a")


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def fmt(d: date | None) -> str:
    """``labels.fmt``, but an empty cell for no date."""
    return labels_fmt(d) if d else ""


class SettingsDialog(QDialog):
    changed = Signal()  # our body, its names or its officials changed (the register may show them)
    move_starting = Signal()  # the data folder is about to be copied: close what edits the store (drafts saved)
    data_moved = Signal(str)  # the data folder now lives here: switch the store to it

    TABS = ("body", "officials", "languages", "data", "templates", "calendar")

    def __init__(self, store, parent=None, *, today: date | None = None):
        super().__init__(parent)
        self.ui = load_form("settings_dialog", self)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.store = store
        self.today = today or date.today()
        self.question = None  # the confirmation open now (tests answer it)
        self.move_task = None  # the running move (ui.tasks.BackgroundTask)
        self._move_source = None
        self._errors: dict[str, LawError | None] = {}
        self._check_results: list | None = None
        self._moved_note = None
        ui = self.ui
        from kelisim.ui.first_start import BodyFinder

        self.finder = BodyFinder(ui.bodySearchEdit, ui.bodyList, ui.chosenLabel, self)
        self.finder.first_picked.connect(ui.makeOwnButton.setFocus)
        self.finder.picked.connect(self._render_body_buttons)
        ui.makeOwnButton.clicked.connect(self.make_own)
        ui.saveNamesButton.clicked.connect(self.save_names)
        ui.revertNamesButton.clicked.connect(self._render_names)
        ui.namesTable.itemChanged.connect(lambda _: self._render_body_buttons())

        ui.officialsTable.itemSelectionChanged.connect(self._load_official)
        ui.newOfficialButton.clicked.connect(self.new_official)
        ui.saveOfficialButton.clicked.connect(self.save_official)
        ui.endOfficeButton.clicked.connect(self.end_office)
        ui.sinceCheck.toggled.connect(ui.sinceEdit.setEnabled)
        ui.untilCheck.toggled.connect(ui.untilEdit.setEnabled)
        ui.executorsTable.itemSelectionChanged.connect(self._load_executor)
        ui.addExecutorButton.clicked.connect(self.add_executor)
        ui.saveExecutorButton.clicked.connect(self.save_executor)
        ui.removeExecutorButton.clicked.connect(self.remove_executor)
        ui.executorPhoneEdit.returnPressed.connect(self._executor_enter)

        ui.interfaceLanguageCombo.activated.connect(self._on_interface_language)
        ui.documentLanguageCombo.activated.connect(self._on_document_language)

        ui.openDataButton.clicked.connect(lambda: self._open_url(self.home()))
        ui.moveButton.clicked.connect(lambda: self.move_data())

        ui.openTemplatesButton.clicked.connect(self.open_templates_folder)
        ui.copyTemplateButton.clicked.connect(self.copy_template)
        ui.checkTemplatesButton.clicked.connect(self.check_templates)
        ui.restoreTemplateButton.clicked.connect(lambda: self.restore_template())
        ui.templatesTable.itemSelectionChanged.connect(self._render_template_buttons)

        ui.addDayButton.clicked.connect(self.add_day)
        ui.removeDayButton.clicked.connect(self.remove_day)
        ui.daySourceEdit.returnPressed.connect(self.add_day)
        ui.daysTable.itemSelectionChanged.connect(self._render_day_buttons)
        ui.dayDateEdit.setDate(qdate(self.today))
        for edit in (ui.sinceEdit, ui.untilEdit):
            edit.setDate(qdate(self.today))
            edit.setEnabled(False)

        for table in (ui.officialsTable, ui.executorsTable, ui.templatesTable, ui.daysTable):
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setStretchLastSection(True)
        ui.officialsTable.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        ui.executorsTable.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        ui.namesTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        row_height = ui.namesTable.fontMetrics().height() + 10
        ui.namesTable.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        ui.namesTable.verticalHeader().setDefaultSectionSize(row_height)
        ui.namesTable.setFixedHeight(ui.namesTable.horizontalHeader().sizeHint().height()
                                     + row_height * ui.namesTable.rowCount() + 2 * ui.namesTable.frameWidth())
        ui.daysTable.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        ui.daysTable.horizontalHeader().setStretchLastSection(True)
        close = ui.buttonBox.button(ui.buttonBox.StandardButton.Close)
        close.setAutoDefault(False)  # Enter in a field acts on that field, never closes the dialog; Escape closes
        close.setDefault(False)
        for name in ("bodyErrorLabel", "officialsErrorLabel", "dataErrorLabel", "templatesErrorLabel",
                     "calendarErrorLabel"):
            getattr(ui, name).hide()
        ui.officialsTable.horizontalHeader().setStretchLastSection(False)
        self.render()

    # ================================================================== the whole dialog
    def home(self) -> Path:
        from kelisim.home import data_home

        return Path(self.store.home) if self.store is not None else data_home()

    def set_store(self, store) -> None:
        """The store changed (the data folder moved, a backup restored): show the new one."""
        self.store = store
        self.render()

    def show_tab(self, name: str) -> None:
        self.ui.tabs.setCurrentIndex(self.TABS.index(name))

    def render(self) -> None:
        """Fill every tab from the store and the settings, in the interface language."""
        has_store = self.store is not None
        for tab in (self.ui.bodyTab, self.ui.officialsTab, self.ui.calendarTab):
            tab.setEnabled(has_store)
        self._render_body()
        self._render_officials()
        self._render_languages()
        self._render_data()
        self._render_templates()
        self._render_calendar()
        self._render_errors()

    def _error(self, where: str, error: LawError | str | None) -> None:
        """Show (or, with None, hide) the error of one tab; a LawError follows the interface language."""
        self._errors[where] = error
        self._render_errors()

    def _render_errors(self) -> None:
        lang = i18n.current_language()
        for where, label in (("body", self.ui.bodyErrorLabel), ("officials", self.ui.officialsErrorLabel),
                             ("data", self.ui.dataErrorLabel), ("templates", self.ui.templatesErrorLabel),
                             ("calendar", self.ui.calendarErrorLabel)):
            error = self._errors.get(where)
            if error is None:
                label.hide()
                continue
            label.setText(error.message(lang) if isinstance(error, LawError) else error())
            label.show()

    def _ask(self, text: str, on_yes) -> QMessageBox:
        """A Yes/No question, window-modal, opened without blocking; ``on_yes`` runs when it is answered Yes."""
        box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setWindowModality(Qt.WindowModality.WindowModal)

        def answered(result):
            self.question = None
            if result == QMessageBox.StandardButton.Yes:
                on_yes()
        box.finished.connect(answered)
        self.question = box
        box.open()
        return box

    @staticmethod
    def _open_url(path: Path) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    # ================================================================== 1. our body
    def own(self):
        return self.store.bodies.own() if self.store is not None else None

    def _render_body(self) -> None:
        ui = self.ui
        own = self.own()
        self.finder.render_hits()
        if own is None:
            ui.ownLabel.setText(self.tr("Our body is not chosen yet: find it in KATO below."))
        else:
            import html

            names = [own.name_ru, own.name_kk] if i18n.current_language() == "ru" else [own.name_kk, own.name_ru]
            lines = [f"<b>{html.escape(name)}</b>" for name in names if name]
            details = []
            if own.kato:
                details.append(self.tr("KATO code {code}").format(code=own.kato))
            head = self.store.officials.head(own.id, self.today)
            if head is not None:
                details.append(self.tr("head: {name}").format(name=head.full_name))
            if details:
                lines.append(html.escape("; ".join(details)))
            ui.ownLabel.setText("<br>".join(lines))
        self._render_names()

    def _render_names(self) -> None:
        ui = self.ui
        own = self.own()
        table = ui.namesTable
        table.blockSignals(True)
        for row, pattern in enumerate(NAME_ROWS):
            for col, lang in enumerate(LANGS):
                field = pattern.format(lang=lang)
                value = getattr(own, field) if own is not None else ""
                item = QTableWidgetItem(value)
                item.setData(IdRole, field)
                if own is not None and field in own.corrected:
                    font = QFont()
                    font.setBold(True)
                    item.setFont(font)
                    item.setToolTip(self.tr("Corrected by you: kept when KATO proposes another form"))
                if own is None:
                    item.setFlags(Qt.ItemFlag.NoItemFlags)
                table.setItem(row, col, item)
        table.blockSignals(False)
        self._render_body_buttons()

    def name_changes(self) -> dict[str, str]:
        own = self.own()
        if own is None:
            return {}
        out = {}
        table = self.ui.namesTable
        for row in range(table.rowCount()):
            for col in range(table.columnCount()):
                item = table.item(row, col)
                field = item.data(IdRole)
                value = " ".join(item.text().split())
                if value != getattr(own, field):
                    out[field] = value
        return out

    def _render_body_buttons(self) -> None:
        ui = self.ui
        own = self.own()
        code = self.finder.chosen_code()
        ui.makeOwnButton.setEnabled(code is not None and (own is None or own.kato != code))
        changed = bool(self.name_changes())
        ui.saveNamesButton.setEnabled(changed)
        ui.revertNamesButton.setEnabled(changed)

    def make_own(self) -> bool:
        code = self.finder.chosen_code()
        if code is None or self.store is None:
            return False
        try:
            with self.store.transaction():
                body = self.store.bodies.from_kato(code)
                self.store.bodies.set_own(body.id)
        except LawError as exc:
            self._error("body", exc)
            return False
        self._error("body", None)
        self.ui.bodySearchEdit.clear()
        self.finder.search()
        self.render()
        self.changed.emit()
        return True

    def save_names(self) -> bool:
        own = self.own()
        changes = self.name_changes()
        if own is None or not changes:
            return False
        try:
            self.store.bodies.correct(own.id, **changes)
        except LawError as exc:
            self._error("body", exc)
            return False
        self._error("body", None)
        self._render_body()
        self.changed.emit()
        return True

    # ================================================================== 2. officials and executors
    def role_name(self, role: str) -> str:
        return {
            "first_head": self.tr("Head (akim)"),
            "acting_head": self.tr("Acting head"),
            "deputy": self.tr("Deputy"),
            "apparatus_head": self.tr("Head of the apparatus"),
            "legal_head": self.tr("Head of the legal service"),
            "executor": self.tr("Executor"),
            "other": self.tr("Other official"),
        }[role]

    def officials(self) -> list:
        own = self.own()
        if own is None:
            return []
        return [o for o in self.store.officials.of_body(own.id) if o.role != "executor"]

    def executors(self) -> list:
        """The executors in office today, in the order the wizard proposes them."""
        own = self.own()
        if own is None:
            return []
        return [o for o in self.store.officials.of_body(own.id, self.today) if o.role == "executor"]

    def _render_officials(self) -> None:
        ui = self.ui
        role = ui.roleCombo.currentData()
        ui.roleCombo.clear()
        for value in OFFICIAL_ROLES:
            ui.roleCombo.addItem(self.role_name(value), value)
        ui.roleCombo.setCurrentIndex(max(0, ui.roleCombo.findData(role)))
        selected = self._selected_id(ui.officialsTable)
        table = ui.officialsTable
        table.blockSignals(True)
        table.setRowCount(0)
        for official in self.officials():
            row = table.rowCount()
            table.insertRow(row)
            if official.since and official.until:
                term = f"{fmt(official.since)} – {fmt(official.until)}"
            elif official.until:
                term = self.tr("until {date}").format(date=fmt(official.until))
            elif official.since:
                term = self.tr("since {date}").format(date=fmt(official.since))
            else:
                term = self.tr("in office")
            cells = (self.role_name(official.role), official.full_name, term,
                     self.tr("yes") if official.signs_decisions else "")
            in_office = official.holds_office_on(self.today)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(IdRole, official.id)
                if not in_office:
                    item.setForeground(MUTED)
                    item.setToolTip(self.tr("Not in office today"))
                table.setItem(row, col, item)
            if official.id == selected:
                table.selectRow(row)
        table.blockSignals(False)
        self._load_official()

        selected = self._selected_id(ui.executorsTable)
        table = ui.executorsTable
        table.blockSignals(True)
        table.setRowCount(0)
        for official in self.executors():
            row = table.rowCount()
            table.insertRow(row)
            for col, text in enumerate((official.full_name, official.phone)):
                item = QTableWidgetItem(text)
                item.setData(IdRole, official.id)
                table.setItem(row, col, item)
            if official.id == selected:
                table.selectRow(row)
        table.blockSignals(False)
        self._load_executor()

    @staticmethod
    def _selected_id(table) -> int | None:
        rows = table.selectionModel().selectedRows() if table.selectionModel() else []
        if not rows:
            return None
        item = table.item(rows[0].row(), 0)
        return item.data(IdRole) if item is not None else None

    def _load_official(self) -> None:
        ui = self.ui
        official_id = self._selected_id(ui.officialsTable)
        official = self.store.officials.get(official_id) if official_id is not None else None
        if official is None:
            ui.endOfficeButton.setEnabled(False)
            ui.saveOfficialButton.setText(self.tr("&Add official"))
            return
        ui.roleCombo.setCurrentIndex(max(0, ui.roleCombo.findData(official.role)))
        ui.nameEdit.setText(official.full_name)
        ui.nameKkEdit.setText(official.full_name_kk)
        ui.positionRuEdit.setText(official.position_ru)
        ui.positionKkEdit.setText(official.position_kk)
        for check, edit, value in ((ui.sinceCheck, ui.sinceEdit, official.since),
                                   (ui.untilCheck, ui.untilEdit, official.until)):
            check.setChecked(value is not None)
            edit.setEnabled(value is not None)
            edit.setDate(qdate(value or self.today))
        ui.supervisesCheck.setChecked(official.supervises_legal)
        ui.endOfficeButton.setEnabled(official.until is None or official.until >= self.today)
        ui.saveOfficialButton.setText(self.tr("Sa&ve official"))

    def new_official(self) -> None:
        """Clear the editor for a new official."""
        ui = self.ui
        ui.officialsTable.clearSelection()
        for edit in (ui.nameEdit, ui.nameKkEdit, ui.positionRuEdit, ui.positionKkEdit):
            edit.clear()
        for check, edit in ((ui.sinceCheck, ui.sinceEdit), (ui.untilCheck, ui.untilEdit)):
            check.setChecked(False)
            edit.setEnabled(False)
            edit.setDate(qdate(self.today))
        ui.supervisesCheck.setChecked(False)
        self._error("officials", None)
        ui.roleCombo.setFocus()

    def official_fields(self) -> dict:
        ui = self.ui
        return {
            "role": ui.roleCombo.currentData(),
            "full_name": " ".join(ui.nameEdit.text().split()),
            "full_name_kk": " ".join(ui.nameKkEdit.text().split()),
            "position_ru": ui.positionRuEdit.text().strip(),
            "position_kk": ui.positionKkEdit.text().strip(),
            "since": pydate(ui.sinceEdit.date()) if ui.sinceCheck.isChecked() else None,
            "until": pydate(ui.untilEdit.date()) if ui.untilCheck.isChecked() else None,
            "supervises_legal": ui.supervisesCheck.isChecked(),
        }

    def save_official(self) -> bool:
        """Save the editor: a change to the chosen official, or a new one when none is chosen."""
        from kelisim.store import Official

        own = self.own()
        if own is None:
            return False
        fields = self.official_fields()
        if fields["full_name"] and len(fields["full_name"].split()) < 2:
            self._error("officials", lambda: self.tr("Write the official's surname and first name (and patronymic, "
                                                     "if any)."))
            return False
        official_id = self._selected_id(self.ui.officialsTable)
        try:
            if official_id is None:
                saved = self.store.officials.add(Official(None, own.id, **fields))
            else:
                saved = self.store.officials.update(official_id, **fields)
        except LawError as exc:
            self._error("officials", exc)
            return False
        self._error("officials", None)
        self._render_officials()
        self._select(self.ui.officialsTable, saved.id)
        self._render_body()
        self.changed.emit()
        return True

    def end_office(self, confirm: bool = True):
        """The chosen official leaves office today (after a confirmation)."""
        official_id = self._selected_id(self.ui.officialsTable)
        if official_id is None:
            return None
        official = self.store.officials.get(official_id)

        def end() -> None:
            since = official.since
            try:
                self.store.officials.update(official_id, until=max(self.today, since) if since else self.today)
            except LawError as exc:
                self._error("officials", exc)
                return
            self._error("officials", None)
            self._render_officials()
            self._render_body()
            self.changed.emit()
        if not confirm:
            end()
            return None
        return self._ask(self.tr("{name} ({role}) leaves office today, {date}? Requests already made keep their "
                                 "signatory.").format(name=official.full_name, role=self.role_name(official.role),
                                                      date=fmt(self.today)), end)

    @staticmethod
    def _select(table, official_id: int) -> None:
        for row in range(table.rowCount()):
            if table.item(row, 0).data(IdRole) == official_id:
                table.selectRow(row)
                return

    def _load_executor(self) -> None:
        ui = self.ui
        executor_id = self._selected_id(ui.executorsTable)
        has = executor_id is not None
        ui.saveExecutorButton.setEnabled(has)
        ui.removeExecutorButton.setEnabled(has)
        if has:
            executor = self.store.officials.get(executor_id)
            ui.executorNameEdit.setText(executor.full_name)
            ui.executorPhoneEdit.setText(executor.phone)

    def _executor_fields(self) -> dict | None:
        name = " ".join(self.ui.executorNameEdit.text().split())
        if len(name.split()) < 2:
            self._error("officials", lambda: self.tr("Write the executor's surname and first name."))
            return None
        return {"full_name": name, "phone": self.ui.executorPhoneEdit.text().strip()}

    def _executor_enter(self) -> None:
        if self._selected_id(self.ui.executorsTable) is None:
            self.add_executor()
        else:
            self.save_executor()

    def add_executor(self) -> bool:
        from kelisim.store import Official

        own = self.own()
        fields = self._executor_fields()
        if own is None or fields is None:
            return False
        try:
            saved = self.store.officials.add(Official(None, own.id, "executor", **fields))
        except LawError as exc:
            self._error("officials", exc)
            return False
        return self._executor_saved(saved.id)

    def save_executor(self) -> bool:
        executor_id = self._selected_id(self.ui.executorsTable)
        fields = self._executor_fields()
        if executor_id is None or fields is None:
            return False
        try:
            self.store.officials.update(executor_id, **fields)
        except LawError as exc:
            self._error("officials", exc)
            return False
        return self._executor_saved(executor_id)

    def remove_executor(self) -> bool:
        """The chosen executor is no longer proposed: their office ends yesterday (kept in the history)."""
        executor_id = self._selected_id(self.ui.executorsTable)
        if executor_id is None:
            return False
        executor = self.store.officials.get(executor_id)
        until = self.today - timedelta(days=1)
        changes = {"until": until}
        if executor.since is not None and executor.since > until:
            changes["since"] = until
        try:
            self.store.officials.update(executor_id, **changes)
        except LawError as exc:
            self._error("officials", exc)
            return False
        self.ui.executorsTable.clearSelection()
        self.ui.executorNameEdit.clear()
        self.ui.executorPhoneEdit.clear()
        return self._executor_saved(None)

    def _executor_saved(self, executor_id: int | None) -> bool:
        self._error("officials", None)
        self._render_officials()
        if executor_id is not None:
            self._select(self.ui.executorsTable, executor_id)
        self.changed.emit()
        return True

    # ================================================================== 3. languages
    def _render_languages(self) -> None:
        ui = self.ui
        combo = ui.interfaceLanguageCombo
        combo.clear()
        combo.addItem("Русский", "ru")
        combo.addItem("Қазақша", "kk")
        combo.setCurrentIndex(combo.findData(i18n.current_language()))
        combo = ui.documentLanguageCombo
        combo.clear()
        combo.addItem(self.tr("The interface language"), "")
        combo.addItem(self.tr("Russian"), "ru")
        combo.addItem(self.tr("Kazakh"), "kk")
        combo.setCurrentIndex(max(0, combo.findData(i18n.saved_document_language() or "")))

    def _on_interface_language(self, _index: int) -> None:
        self.set_interface_language(self.ui.interfaceLanguageCombo.currentData())

    def set_interface_language(self, lang: str) -> None:
        """Switch the interface at once (every window re-translates; the main window's menu follows)."""
        if lang != i18n.current_language():
            i18n.apply_language(lang)

    def _on_document_language(self, _index: int) -> None:
        self.set_document_language(self.ui.documentLanguageCombo.currentData() or None)

    def set_document_language(self, lang: str | None) -> None:
        i18n.set_document_language(lang)
        self.ui.documentLanguageCombo.setCurrentIndex(max(0, self.ui.documentLanguageCombo.findData(lang or "")))

    # ================================================================== 4. data folder
    def _render_data(self) -> None:
        from kelisim.home import HOME_ENV, home_from_environment

        ui = self.ui
        ui.dataPathLabel.setText(str(self.home()))
        fixed = home_from_environment() is not None
        moving = self.move_task is not None
        ui.moveButton.setEnabled(not fixed and self.store is not None and not moving)
        if fixed:
            ui.envNoteLabel.setText(self.tr("The folder is set by the {variable} environment variable: to move the "
                                            "data, change the variable (ask your administrator).").format(
                variable=HOME_ENV))
            ui.envNoteLabel.show()
        else:
            ui.envNoteLabel.hide()
        if self._moved_note is not None:
            old, new = self._moved_note
            ui.dataResultLabel.setText(self.tr("The data was moved to {new} and checked; Kelisim works there now. The "
                                               "old folder {old} was left as it was, with a note saying where the "
                                               "data went: delete it once you have looked at the new one.").format(
                new=new, old=old))
            ui.dataResultLabel.show()
        else:
            ui.dataResultLabel.hide()

    def move_data(self, target: Path | str | None = None) -> bool:
        """Copy the data folder to ``target`` (asked for when None) in a worker thread, with a progress dialog."""
        from kelisim.store.relocate import check_target, move_data_folder

        if self.move_task is not None or self.store is None:
            return False
        if target is None:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose an empty folder for the data"),
                                                      str(self.home().parent))
            if not chosen:
                return False
            target = chosen
        source, target = self.home(), Path(target)
        try:
            check_target(source, target)  # a quick answer before anything starts
        except LawError as exc:
            self._error("data", exc)
            return False
        self._error("data", None)
        self._moved_note = None
        self.move_starting.emit()
        self._move_source = source
        self.move_task = BackgroundTask(
            self, self.tr("Moving the data folder"), self.tr("Copying the data to {folder}…").format(folder=target),
            lambda progress: move_data_folder(source, target, progress=lambda done, total, _name: progress(
                # per mille: byte counts of a large folder overflow the signal's int
                int(done * 1000 / total) if total else 0, 1000)), show_errors=False)
        self.move_task.finished.connect(self._on_move_finished)
        self._render_data()
        return True

    def _on_move_finished(self, ok: bool) -> None:
        task, self.move_task = self.move_task, None
        if ok:
            report = task.result
            self._moved_note = (str(self._move_source), str(report.target))
            self._error("data", None)
            self.data_moved.emit(str(report.target))  # the main window switches, then calls set_store
        elif not task.cancelled:
            from kelisim.store import StoreError

            error = task.error
            self._error("data", error if isinstance(error, LawError) else StoreError(
                f"Данные не перенесены: {task.error_text(error)}", f"Деректер көшірілмеді: {task.error_text(error)}",
                code="move-failed"))
        self._render_data()

    # ================================================================== 5. templates
    def kind_name(self, kind: str) -> str:
        return {
            "request": self.tr("Request for consent"),
            "decision": self.tr("Decision on consent"),
            "attachments-list": self.tr("List of attachments"),
            "proposal": self.tr("Proposal of the legal service"),
        }[kind]

    def language_name(self, lang: str) -> str:
        return self.tr("Russian") if lang == "ru" else self.tr("Kazakh")

    def _render_templates(self) -> None:
        from kelisim.documents.templates import resolve

        table = self.ui.templatesTable
        selected = self.selected_template()
        table.blockSignals(True)
        table.setRowCount(0)
        home = self.home()
        results = {}
        for ref, problems in self._check_results or []:
            results[(ref.kind, ref.lang)] = problems
        for lang in LANGS:
            for kind in TEMPLATE_KINDS:
                ref = resolve(kind, lang, home)
                row = table.rowCount()
                table.insertRow(row)
                in_use = self.tr("your own copy") if ref.user else self.tr("built-in")
                problems = results.get((kind, lang)) if ref.user else None
                if problems is None:
                    check = ""
                elif problems:
                    check = self.tr("problems: {count}").format(count=len(problems))
                else:
                    check = self.tr("no problems")
                for col, text in enumerate((self.kind_name(kind), self.language_name(lang), in_use, check)):
                    item = QTableWidgetItem(text)
                    item.setData(IdRole, (kind, lang))
                    if col == 2:
                        item.setToolTip(str(ref.path))
                    if col == 3 and problems:
                        item.setForeground(QColor("#b71c1c"))
                    table.setItem(row, col, item)
                if (kind, lang) == selected:
                    table.selectRow(row)
        table.blockSignals(False)
        self._render_check_results()
        self._render_template_buttons()

    def selected_template(self) -> tuple[str, str] | None:
        table = self.ui.templatesTable
        rows = table.selectionModel().selectedRows() if table.selectionModel() else []
        return table.item(rows[0].row(), 0).data(IdRole) if rows else None

    def select_template(self, kind: str, lang: str) -> None:
        table = self.ui.templatesTable
        for row in range(table.rowCount()):
            if table.item(row, 0).data(IdRole) == (kind, lang):
                table.selectRow(row)
                return

    def _render_template_buttons(self) -> None:
        from kelisim.documents.templates import resolve

        chosen = self.selected_template()
        own = chosen is not None and resolve(*chosen, self.home()).user
        self.ui.copyTemplateButton.setEnabled(chosen is not None)
        self.ui.copyTemplateButton.setText(self.tr("&Open for editing") if own else self.tr("&Copy for editing"))
        self.ui.restoreTemplateButton.setEnabled(own)

    def open_templates_folder(self) -> bool:
        from kelisim.documents.templates import user_dir

        folder = user_dir(self.home())
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            pass
        return self._open_url(folder)

    def copy_template(self) -> Path | None:
        """Copy the chosen built-in template into the user's folder (an own copy is kept) and open it in Word."""
        from kelisim.documents.templates import copy_for_editing

        chosen = self.selected_template()
        if chosen is None:
            return None
        try:
            path = copy_for_editing(*chosen, self.home())
        except OSError as exc:
            from kelisim.store.db import disk_error

            self._error("templates", disk_error(exc, "копирование шаблона", "үлгіні көшіру"))
            return None
        except LawError as exc:
            self._error("templates", exc)
            return None
        self._error("templates", None)
        self._render_templates()
        self._open_url(path)
        return path

    def check_templates(self) -> list:
        """Check every template of the user's own; the results are listed in the interface language."""
        from kelisim.documents.check import check_template
        from kelisim.documents.templates import user_templates

        self._check_results = [(ref, check_template(ref.path, ref.kind, ref.lang))
                               for ref in user_templates(self.home())]
        self._render_templates()
        return self._check_results

    def _render_check_results(self) -> None:
        lst = self.ui.checkResultsList
        lst.clear()
        if self._check_results is None:
            lst.addItem(self.tr("Press Check to check your own templates."))
            return
        if not self._check_results:
            lst.addItem(self.tr("You have no templates of your own: the built-in ones are used, and they are checked "
                                "with the program."))
            return
        lang = i18n.current_language()
        for ref, problems in self._check_results:
            title = f"{self.kind_name(ref.kind)} ({self.language_name(ref.lang)}), {ref.path.name}"
            if not problems:
                lst.addItem("✓ " + self.tr("{template}: no problems").format(template=title))
                continue
            lst.addItem("✖ " + title + ":")
            for problem in problems:
                lst.addItem("      • " + problem.message(lang))

    def restore_template(self, confirm: bool = True):
        """Stop using the user's own copy of the chosen template (moved aside, after a confirmation)."""
        from kelisim.documents.templates import resolve, restore_builtin

        chosen = self.selected_template()
        if chosen is None or not resolve(*chosen, self.home()).user:
            return None

        def restore() -> None:
            try:
                restore_builtin(*chosen, self.home())
            except OSError as exc:
                from kelisim.store.db import disk_error

                self._error("templates", disk_error(exc, "восстановление шаблона", "үлгіні қалпына келтіру"))
                return
            except LawError as exc:
                self._error("templates", exc)
                return
            self._error("templates", None)
            self._check_results = [(r, p) for r, p in self._check_results or [] if (r.kind, r.lang) != chosen] \
                if self._check_results is not None else None
            self._render_templates()
        if not confirm:
            restore()
            return None
        kind, lang = chosen
        return self._ask(self.tr("Use the built-in template «{kind}» ({lang}) again? Your copy is moved to the "
                                 "templates/replaced folder, not deleted.").format(
            kind=self.kind_name(kind), lang=self.language_name(lang)), restore)

    # ================================================================== 6. calendar
    def _render_calendar(self) -> None:
        from kelisim.law.calendar import default_calendar

        ui = self.ui
        shipped = default_calendar()
        ui.editionLabel.setText(self.tr("Calendar data shipped with the program: edition {edition}, confirmed "
                                        "through {year}.").format(edition=shipped.edition,
                                                                  year=shipped.valid_through))
        beyond = [y for y in (self.today.year, self.today.year + 1) if y > shipped.valid_through]
        if beyond:
            years = ", ".join(str(y) for y in beyond)
            ui.calendarNoticeLabel.setText(self.tr(
                "The calendar for {years} is not confirmed: its holidays and moved days off are estimates until the "
                "government approves them. When a decree moves a day, add it below with its source, or update "
                "the program.").format(years=years))
            ui.calendarNoticeLabel.show()
        else:
            ui.calendarNoticeLabel.hide()
        kind = ui.dayKindCombo.currentData()
        ui.dayKindCombo.clear()
        ui.dayKindCombo.addItem(self.tr("day off"), False)
        ui.dayKindCombo.addItem(self.tr("working day"), True)
        ui.dayKindCombo.setCurrentIndex(max(0, ui.dayKindCombo.findData(kind)))
        self._render_days()

    def user_days(self) -> list:
        return self.store.calendar_days.list() if self.store is not None else []

    def _render_days(self) -> None:
        table = self.ui.daysTable
        selected = self.selected_day()
        table.blockSignals(True)
        table.setRowCount(0)
        for day in self.user_days():
            row = table.rowCount()
            table.insertRow(row)
            kind = self.tr("working day") if day.working else self.tr("day off")
            for col, text in enumerate((fmt(day.date), kind, day.name_ru, day.name_kk, day.source)):
                item = QTableWidgetItem(text)
                item.setData(IdRole, day.date.isoformat())
                if col == 4:
                    item.setToolTip(text)
                table.setItem(row, col, item)
            if day.date == selected:
                table.selectRow(row)
        table.blockSignals(False)
        self._render_day_buttons()

    def selected_day(self) -> date | None:
        table = self.ui.daysTable
        rows = table.selectionModel().selectedRows() if table.selectionModel() else []
        return date.fromisoformat(table.item(rows[0].row(), 0).data(IdRole)) if rows else None

    def _render_day_buttons(self) -> None:
        self.ui.removeDayButton.setEnabled(self.selected_day() is not None)

    def add_day(self) -> bool:
        from kelisim.law.calendar import CalendarOverride

        ui = self.ui
        if self.store is None:
            return False
        day = pydate(ui.dayDateEdit.date())
        override = CalendarOverride(day, bool(ui.dayKindCombo.currentData()), ui.dayNameRuEdit.text().strip(),
                                    ui.dayNameKkEdit.text().strip(), ui.daySourceEdit.text().strip())
        try:
            self.store.calendar_days.set(override)
        except LawError as exc:
            self._error("calendar", exc)
            (ui.daySourceEdit if exc.code == "reason-required" else ui.dayDateEdit).setFocus()
            return False
        self._error("calendar", None)
        for edit in (ui.dayNameRuEdit, ui.dayNameKkEdit, ui.daySourceEdit):
            edit.clear()
        self._render_days()
        for row in range(ui.daysTable.rowCount()):
            if ui.daysTable.item(row, 0).data(IdRole) == day.isoformat():
                ui.daysTable.selectRow(row)
        ui.dayDateEdit.setFocus()
        return True

    def remove_day(self) -> bool:
        day = self.selected_day()
        if day is None or self.store is None:
            return False
        try:
            self.store.calendar_days.remove(day)
        except LawError as exc:
            self._error("calendar", exc)
            return False
        self._error("calendar", None)
        self._render_days()
        return True

    # ================================================================== events
    def changeEvent(self, event):  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "finder"):
            if self.isVisible():
                self.render()
            else:
                self._stale = True  # rendered when shown again
        super().changeEvent(event)

    def showEvent(self, event):  # noqa: N802 - Qt API
        if getattr(self, "_stale", False):
            self._stale = False
            self.render()
        super().showEvent(event)

    def reject(self) -> None:
        if self.move_task is not None:  # the copy runs: Escape cancels it, the dialog stays
            self.move_task.cancel()
            return
        super().reject()


__all__ = ["SettingsDialog"]
