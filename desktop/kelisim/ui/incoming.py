"""Registering a request for consent that came to us (``forms/incoming_dialog.ui``): File → Register an incoming
request, or the button beside "New request…" on the register.

The clerk enters what the letter says: the requesting body (found in KATO by its name in Russian or Kazakh, as at the
first start, or a body already in the register), its outgoing number and date, who signed it and in what capacity,
our incoming number and the day of receipt (today by default), the court act (procedure, what is appealed, court, case
number, parties, subject, the act's dates) and the attachments (dropped on a line or chosen; each checked on the spot
by ``store.attachments.check_file``, as the wizard does, and kept in memory until the request is registered). Our own
body is the approver. As soon as the body and the rule are known, routing says whether the Algorithm sends this
body's requests to us; a request addressed elsewhere can still be registered (the Review tab of its card flags it).

"Register" (Ctrl+Enter) checks what the program cannot do without, beside each field in the user's language,
keeping everything typed; then creates the incoming case (status "received") with its attachments in one transaction
(``store.register.register_case``: all or nothing) and emits ``registered`` with the new case's id — the main window
opens its card. Enter moves to the next field; Escape closes without registering.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractButton, QCompleter, QDialog, QFileDialog, QHeaderView, QListWidgetItem,
                               QPlainTextEdit, QSpinBox, QTableWidgetItem, QToolButton)

from kelisim.ui import i18n
from kelisim.ui.first_start import CodeRole, BodyFinder
from kelisim.ui.forms import cell_widgets, chain_tab_order, drop_files_on, load_form, show_drop_states
from kelisim.ui.labels import attachment_file_filter, attachment_role_name, fmt, request_signatory_role_name
from kelisim.ui.parties import PartiesEditor

EMPTY_DATE = QDate(2000, 1, 1)  # the date edits' minimum: shown as «—», read as "no date"
BodyRole = Qt.ItemDataRole.UserRole + 1  # a hit that is a body of the register: its id
DROP_ROLES = {"Draft": "draft_complaint", "Act": "court_act", "Letter": "request_letter",
              "Confirming": "confirming_document", "Other": "other"}
REQUIRED = ("draft_complaint", "court_act")  # Algorithm п. 6 ч. 2: their absence is a finding of the review
SIGNATORY_ROLES = ("first_head", "acting_head", "deputy", "apparatus_head", "other")
# Where the store's refusals go: the field its message names (``cases.FIELD_NAMES``) → the label beside it.
FIELD_LABELS = {"court_ru": "courtError", "court_kk": "courtError", "case_number": "caseNumberError",
                "subject": "subjectError", "act_announced": "datesError", "act_final": "datesError",
                "act_received": "datesError", "trigger_date": "datesError", "received_on": "receivedError",
                "request_sent": "outgoingError"}
ERROR_LABELS = ("requesterError", "outgoingError", "receivedError", "courtError", "caseNumberError", "partiesError",
                "subjectError", "datesError", "attachmentsError", "errorLabel")
ERROR_FIELDS = {  # the field that gets the focus when its label shows a problem
    "requesterError": "requesterSearchEdit", "outgoingError": "outgoingDateEdit", "receivedError": "receivedEdit",
    "courtError": "courtEdit", "caseNumberError": "caseNumberEdit", "partiesError": "partiesTable",
    "subjectError": "subjectEdit", "datesError": "finalEdit"}


def to_qdate(d: date | None) -> QDate:
    return QDate(d.year, d.month, d.day) if d else EMPTY_DATE


def read_date(edit) -> date | None:
    q = edit.date()
    if not q.isValid() or q <= EMPTY_DATE:
        return None
    return date(q.year(), q.month(), q.day())


@dataclass
class PendingFile:
    """A file checked and waiting to be stored with the request."""

    role: str
    path: Path
    name: str
    pages: int | None


class RequesterFinder(BodyFinder):
    """The first start's KATO finder, offering also the bodies already in the register (first; our own body left out,
    and a KATO hit the register already holds shown once, as the register's body)."""

    def __init__(self, store, edit, hits, chosen_label, parent=None):
        self.store = store
        self._bodies: list = []
        super().__init__(edit, hits, chosen_label, parent)

    def search(self) -> None:
        self._timer.stop()
        text = self.edit.text()
        if not text.strip():
            self._bodies, self._hits = [], []
            self.render_hits()
            return
        self._bodies = [b for b in self.store.bodies.search(text, limit=10) if not b.is_own]
        own = self.store.bodies.own()
        held = {b.kato for b in self._bodies if b.kato} | ({own.kato} if own is not None and own.kato else set())
        self._hits = [h for h in self.index().search(text, limit=30) if h.unit.code not in held]
        self.render_hits()

    def results(self) -> list[str]:
        """The offers, best first: ``body:<id>`` for the register's bodies, the KATO code for the others (tests)."""
        return [f"body:{b.id}" for b in self._bodies] + [h.unit.code for h in self._hits]

    def render_hits(self) -> None:
        lst = self.list
        chosen = self.chosen()
        lang = i18n.current_language()
        lst.blockSignals(True)
        lst.clear()
        for body in self._bodies:
            text = QCoreApplication.translate("IncomingDialog", "{name} (in the register)")
            item = QListWidgetItem(text.format(name=body.name(lang)))
            item.setData(BodyRole, body.id)
            item.setToolTip(body.head(lang) or body.name(lang))
            lst.addItem(item)
            if chosen == ("body", body.id):
                lst.setCurrentItem(item)
        for hit in self._hits:
            line, tip = self._describe(hit)
            item = QListWidgetItem(line)
            item.setData(CodeRole, hit.unit.code)
            item.setToolTip(f"{line}\n{tip}")
            lst.addItem(item)
            if chosen == ("kato", hit.unit.code):
                lst.setCurrentItem(item)
        lst.blockSignals(False)
        if not self._bodies and not self._hits and self.edit.text().strip():
            item = QListWidgetItem(QCoreApplication.translate(
                "FirstStartPage", "Nothing found: try another spelling or part of the name."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            lst.addItem(item)
        self.render_chosen()

    def pick_first(self) -> None:
        self.search()
        if self.results():
            self.list.setCurrentRow(0)
            self.first_picked.emit()

    def chosen(self) -> tuple[str, object] | None:
        """("body", id) for a body of the register, ("kato", code) for a KATO unit, or None."""
        item = self.list.currentItem()
        if item is None or self.list.currentRow() < 0:
            return None
        if item.data(BodyRole) is not None:
            return "body", item.data(BodyRole)
        if item.data(CodeRole):
            return "kato", item.data(CodeRole)
        return None

    def render_chosen(self) -> None:
        choice = self.chosen()
        if choice is not None and choice[0] == "body":
            body = self.store.bodies.get(choice[1])
            lang = i18n.current_language()
            text = QCoreApplication.translate("IncomingDialog", "From the register: {name}.")
            self.label.setText(text.format(name=body.head(lang) or body.name(lang)))
            return
        super().render_chosen()


class IncomingDialog(QDialog):
    """Register an incoming request for consent; ``registered`` gives the new case's id."""

    registered = Signal(int)

    def __init__(self, store, parent=None, *, today: date | None = None):
        super().__init__(parent)
        self.ui = load_form("incoming_dialog", self)
        self.store = store
        self.today = today or date.today()
        self.own = store.bodies.own()
        self.files: list[PendingFile] = []
        self.case_id: int | None = None
        self.route = None  # law.routing.Route for the chosen body and rule
        self.route_error = None
        self.route_official: dict[str, str] = {}  # the approver the Algorithm names: {lang: title}
        self.routed_to_us: bool | None = None
        self.edition = ""
        self._errors: dict[str, object] = {}  # label name → LawError or a function giving the text
        self._loading = False
        ui = self.ui

        for edit in (ui.announcedEdit, ui.finalEdit, ui.actReceivedEdit, ui.outgoingDateEdit):
            edit.setMinimumDate(EMPTY_DATE)
            edit.setDate(EMPTY_DATE)
            edit.calendarWidget().setSelectedDate(to_qdate(self.today))
        ui.receivedEdit.setDate(to_qdate(self.today))
        ui.procedureCombo.currentIndexChanged.connect(self._on_procedure_changed)
        ui.ruleCombo.currentIndexChanged.connect(self._on_rule_changed)
        completer = QCompleter(store.cases.courts(limit=50), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        ui.courtEdit.setCompleter(completer)
        self.party_editor = PartiesEditor(ui.partiesTable, ui.addPartyButton, ui.removePartyButton)

        ui.requesterList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        ui.requesterList.setTextElideMode(Qt.TextElideMode.ElideRight)  # the whole line is in its tooltip
        self.finder = RequesterFinder(store, ui.requesterSearchEdit, ui.requesterList, ui.requesterChosen, self)
        self.finder.picked.connect(self._on_requester_picked)
        self.finder.first_picked.connect(ui.outgoingNumberEdit.setFocus)
        ui.requesterSearchEdit.installEventFilter(self)  # Enter there takes the first body (and goes no further)

        self._drop_frames = {}
        for key, role in DROP_ROLES.items():
            frame = getattr(ui, f"drop{key}")
            frame.installEventFilter(self)
            self._drop_frames[frame] = role
            getattr(ui, f"choose{key}Button").clicked.connect(lambda _=False, r=role: self.choose_files(r))
        table = ui.attachmentsTable
        table.setColumnCount(4)
        table.verticalHeader().hide()
        table.setEditTriggers(table.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(table.SelectionBehavior.SelectRows)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)

        ui.registerButton.clicked.connect(self.register)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):  # also from the text boxes, which keep their own Enter
            QShortcut(QKeySequence(keys), self, activated=self.register)
        ui.cancelButton.clicked.connect(self.reject)
        for name in ERROR_LABELS:
            getattr(ui, name).hide()
        self._fill_static_combos()
        self.party_editor.load([])
        self._render_approver()
        self._render_route()
        self._render_attachments()
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        if screen is not None:  # as much of the form as the screen shows (it scrolls on a small one)
            self.resize(min(self.width(), screen.width() - 40), min(900, screen.height() - 60))
        ui.requesterSearchEdit.setFocus()

    # ================================================================== lists and words
    def _fill_static_combos(self) -> None:
        ui = self.ui
        self._loading = True
        try:
            for combo, items in (
                    (ui.procedureCombo, (("civil", self.tr("Civil case")),
                                         ("administrative", self.tr("Administrative case")))),
                    (ui.signatoryRoleCombo, (("", self.tr("— in what capacity? —")),
                                             *((r, request_signatory_role_name(r)) for r in SIGNATORY_ROLES))),
                    (ui.languageCombo, (("ru", self.tr("Russian")), ("kk", self.tr("Kazakh"))))):
                current = combo.currentData()
                combo.clear()
                for data, text in items:
                    combo.addItem(text, data)
                if current is None and combo is ui.languageCombo:
                    current = i18n.document_language()
                combo.setCurrentIndex(max(0, combo.findData(current)))
        finally:
            self._loading = False
        self._fill_rules()
        self.party_editor.retranslate()

    def _fill_rules(self) -> None:
        from kelisim.law.terms import RULES

        ui = self.ui
        lang = i18n.current_language()
        procedure = ui.procedureCombo.currentData() or "civil"
        current = ui.ruleCombo.currentData()
        self._loading = True
        try:
            ui.ruleCombo.clear()
            for rule in RULES.values():
                if rule.procedure == procedure:
                    ui.ruleCombo.addItem(rule.title(lang), rule.id)
                    ui.ruleCombo.setItemData(ui.ruleCombo.count() - 1, rule.title(lang), Qt.ItemDataRole.ToolTipRole)
            ui.ruleCombo.setCurrentIndex(max(0, ui.ruleCombo.findData(current)))
        finally:
            self._loading = False
        self._render_rule_hint()

    def _on_procedure_changed(self, *_):
        if not self._loading:
            self._fill_rules()
            self.compute_route()

    def _on_rule_changed(self, *_):
        if not self._loading:
            self._render_rule_hint()
            self.compute_route()

    def _trigger_text(self, rule_id: str) -> str:
        from kelisim.law.terms import RULES

        rule = RULES[rule_id]
        return rule.trigger_kk if i18n.current_language() == "kk" else rule.trigger_ru

    def _render_rule_hint(self) -> None:
        from kelisim.law.terms import RULES
        from kelisim.ui.wizard import trigger_field

        ui = self.ui
        rule_id = ui.ruleCombo.currentData()
        if not rule_id:
            ui.ruleHint.setText("")
            return
        rule = RULES[rule_id]
        kk = i18n.current_language() == "kk"
        ui.ruleHint.setText(self.tr("Term: {period} from the day after: {what} ({basis}).").format(
            period=rule.period_kk() if kk else rule.period_ru(), what=self._trigger_text(rule_id),
            basis=rule.basis_kk if kk else rule.basis_ru))
        field = trigger_field(rule_id)
        for name, label in (("act_announced", ui.announcedLabel), ("act_final", ui.finalLabel),
                            ("act_received", ui.actReceivedLabel)):
            font = QFont(label.font())
            font.setBold(name == field)
            label.setFont(font)

    def _render_approver(self) -> None:
        ui = self.ui
        if self.own is None:
            ui.approverValue.setText(self.tr("Our own body is not chosen yet: choose it in Settings first; the "
                                             "request is registered as received by it."))
            ui.approverValue.setStyleSheet("color: #b71c1c;")
            return
        lang = i18n.current_language()
        ui.approverValue.setText(self.tr("Approving body: {body} (our body).").format(body=self.own.name(lang)))
        ui.approverValue.setStyleSheet("font-weight: bold;")

    # ================================================================== the requesting body and the route
    def _on_requester_picked(self) -> None:
        self._clear("requesterError")
        self.compute_route()

    def chosen_requester(self) -> tuple[str, object] | None:
        return self.finder.chosen()

    def compute_route(self) -> None:
        """Whom the Algorithm sends the chosen body's request to for the chosen rule, and whether that is us."""
        from kelisim.law import LawError
        from kelisim.law.routing import APPEAL
        from kelisim.law.terms import RULES

        self.route = self.route_error = None
        self.route_official = {}
        self.routed_to_us = None
        self.edition = ""
        choice, rule_id = self.chosen_requester(), self.ui.ruleCombo.currentData()
        if choice is not None and rule_id:
            rule = RULES[rule_id]
            stage = rule.stage or APPEAL
            try:
                code = choice[1] if choice[0] == "kato" else self.store.bodies.get(choice[1]).kato
                if code:
                    from kelisim.directory.routing import route_kato

                    routed = route_kato(code, rule.procedure, stage)
                    self.route, self.edition = routed.route, routed.edition
                    self.route_official = {lang: routed.titles.get((lang, "nom"), "") for lang in ("ru", "kk")}
                    self.routed_to_us = routed.approver is not None and self.own is not None \
                        and self.own.kato == routed.approver.code
                else:
                    from kelisim.store.register import route_body

                    self.route, approver = route_body(self.store, choice[1], rule.procedure, stage)
                    if approver is not None:
                        self.route_official = {lang: approver.head(lang) or approver.name(lang)
                                               for lang in ("ru", "kk")}
                    self.routed_to_us = approver is not None and self.own is not None and approver.id == self.own.id
            except LawError as exc:
                self.route, self.route_error = None, exc
        self._render_route()

    def _render_route(self) -> None:
        ui = self.ui
        lang = i18n.current_language()
        route = self.route
        colour = "#8a4b00"
        if self.route_error is not None:
            text = self.tr("The approving body cannot be determined: {why}").format(
                why=self.route_error.message(lang))
        elif route is None:
            text = ""
        elif not route.consent_required:
            text = self.tr("By the Algorithm this body needs no consent ({basis}): the review will say so.").format(
                basis=route.basis(lang))
        elif self.routed_to_us:
            text = self.tr("By the Algorithm this body's requests come to us ({basis}).").format(
                basis=route.basis(lang))
            colour = "#1b5e20"
        else:
            text = self.tr("By the Algorithm this body's requests go to the {official}, not to us ({basis}). It can "
                           "still be registered; the review will flag it.").format(
                official=self.route_official.get(lang) or self.route_official.get("ru") or "—",
                basis=route.basis(lang))
        if route is not None and route.by_analogy:
            text += " " + self.tr("By analogy: please check.")
        ui.routeHint.setText(text)
        ui.routeHint.setStyleSheet(f"color: {colour};")
        ui.routeHint.setVisible(bool(text))

    # ================================================================== attachments
    def eventFilter(self, watched, event):  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.KeyPress and "finder" in self.__dict__ \
                and watched is self.ui.requesterSearchEdit and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.finder.pick_first()
            return True
        role = self.__dict__.get("_drop_frames", {}).get(watched)
        if role is not None and drop_files_on(watched, event, lambda paths: self.add_files(role, paths)):
            return True
        return super().eventFilter(watched, event)

    def choose_files(self, role: str) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Choose: {what}").format(what=attachment_role_name(role)), str(Path.home()),
            attachment_file_filter())
        if files:
            self.add_files(role, [Path(f) for f in files])

    def add_files(self, role: str, paths) -> int:
        """Check each file on the spot and keep it for the request; the refusals say what is wrong with a file.
        Returns how many were added."""
        from kelisim.law import LawError
        from kelisim.store.attachments import check_file, count_pages

        self._clear("attachmentsError")
        added = 0
        for path in map(Path, paths):
            if any(f.path == path for f in self.files):
                continue  # the same file dropped twice
            try:
                mime, _size = check_file(path, path.name)
            except LawError as exc:
                self._set_error("attachmentsError", exc)
                continue
            self.files.append(PendingFile(role, path, path.name, count_pages(path, mime)))
            added += 1
        self._render_attachments()
        return added

    def remove_file(self, index: int) -> None:
        if 0 <= index < len(self.files):
            del self.files[index]
        self._render_attachments()

    def _set_pages(self, index: int, pages: int) -> None:
        if 0 <= index < len(self.files):
            self.files[index].pages = pages or None

    def _render_attachments(self) -> None:
        ui = self.ui
        table = ui.attachmentsTable
        table.setHorizontalHeaderLabels([self.tr("Document"), self.tr("File"), self.tr("Pages"), ""])
        table.setRowCount(len(self.files))
        for row, pending in enumerate(self.files):
            table.setItem(row, 0, QTableWidgetItem(attachment_role_name(pending.role)))
            item = QTableWidgetItem(pending.name)
            item.setToolTip(str(pending.path))
            table.setItem(row, 1, item)
            spin = QSpinBox(table)
            spin.setRange(0, 10000)
            spin.setSpecialValueText("?")
            spin.setValue(pending.pages or 0)
            spin.setToolTip(self.tr("Pages: read from the file where possible; correct it if needed"))
            spin.valueChanged.connect(lambda value, i=row: self._set_pages(i, value))
            table.setCellWidget(row, 2, spin)
            remove = QToolButton(table)
            remove.setText(self.tr("Remove"))
            remove.clicked.connect(lambda _=False, i=row: self.remove_file(i))
            table.setCellWidget(row, 3, remove)
        table.resizeRowsToContents()
        table.setVisible(bool(self.files))
        chain_tab_order(ui.chooseOtherButton, table, *cell_widgets(table, (2, 3)))
        by_role: dict[str, list[str]] = {}
        for pending in self.files:
            by_role.setdefault(pending.role, []).append(pending.name)
        show_drop_states(ui, DROP_ROLES, by_role, REQUIRED, missing=(self.tr("not attached yet (required with the request, item 6)"), "#8a4b00"),
                         empty=self.tr("drop files here"))

    # ================================================================== registering
    def case_fields(self) -> dict:
        """What the form says, as the store's fields of an incoming case (the requesting body aside)."""
        from kelisim.ui.wizard import trigger_field

        ui = self.ui
        rule = ui.ruleCombo.currentData()
        act = {"act_announced": read_date(ui.announcedEdit), "act_final": read_date(ui.finalEdit),
               "act_received": read_date(ui.actReceivedEdit)}
        trigger = act[trigger_field(rule)] if rule else None

        def iso(day):
            return day.isoformat() if day else None

        return {
            "direction": "incoming", "status": "received", "rule": rule,
            "court_ru": " ".join(ui.courtEdit.text().split()), "court_kk": " ".join(ui.courtKkEdit.text().split()),
            "case_number": " ".join(ui.caseNumberEdit.text().split()),
            "subject": ui.subjectEdit.toPlainText().strip(),
            **{key: iso(value) for key, value in act.items()}, "trigger_date": iso(trigger),
            "parties": self.party_editor.parties(),
            "request_number": " ".join(ui.outgoingNumberEdit.text().split()),
            "request_sent": iso(read_date(ui.outgoingDateEdit)),
            "request_signatory_name": " ".join(ui.signatoryNameEdit.text().split()),
            "request_signatory_role": ui.signatoryRoleCombo.currentData() or "",
            "incoming_number": " ".join(ui.incomingNumberEdit.text().split()),
            "received_on": iso(read_date(ui.receivedEdit)),
            "language": ui.languageCombo.currentData() or "ru",
            "approver_id": self.own.id if self.own is not None else None,
        }

    def problems(self, fields: dict) -> list[tuple[str, object]]:
        """What the program cannot register the request without: (label, a function giving the text)."""
        out: list[tuple[str, object]] = []
        if self.own is None:
            out.append(("errorLabel", lambda: self.tr("Choose our own body in Settings first: the request is "
                                                      "registered as received by it.")))
        if self.chosen_requester() is None:
            out.append(("requesterError", lambda: self.tr("Find the requesting body and choose it in the list.")))
        received = date.fromisoformat(fields["received_on"]) if fields["received_on"] else None
        sent = date.fromisoformat(fields["request_sent"]) if fields["request_sent"] else None
        if sent is not None and received is not None and sent > received:
            out.append(("outgoingError", lambda: self.tr("The letter is dated after the day it was received: check "
                                                         "both dates.")))
        if received is not None and received > self.today:
            out.append(("receivedError", lambda d=fmt(self.today): self.tr(
                "The request cannot be received after today ({date}): check the date of receipt.").format(date=d)))
        if not (fields["court_ru"] or fields["court_kk"]):
            out.append(("courtError", lambda: self.tr("Write the court that made the act.")))
        if not fields["case_number"]:
            out.append(("caseNumberError", lambda: self.tr("Write the case number.")))
        if not fields["subject"]:
            out.append(("subjectError", lambda: self.tr("Write the subject of the claim: the decision must state "
                                                        "it (Algorithm, item 8).")))
        if fields["rule"] and fields["trigger_date"] is None:
            out.append(("datesError", lambda rule=fields["rule"]: self.tr(
                "Enter the date the appeal term runs from: {what}.").format(what=self._trigger_text(rule))))
        return out

    def register(self) -> int | None:
        """Check the form and register the request: the new case's id, or None (the problems are shown beside their
        fields; nothing typed is lost)."""
        from kelisim.law import LawError

        for name in ERROR_LABELS:
            if name != "attachmentsError":
                self._clear(name)
        fields = self.case_fields()
        problems = self.problems(fields)
        if problems:
            for label, text in problems:
                self._set_error(label, text)
            self._focus_problem(problems[0][0])
            return None
        try:
            case = self._create(fields)
        except LawError as exc:
            self._store_error(exc)
            return None
        self.case_id = case.id
        self.registered.emit(case.id)
        self.accept()
        return case.id

    def _create(self, fields: dict):
        from kelisim.store.register import NewAttachment, register_case

        kind, key = self.chosen_requester()
        with self.store.transaction():  # the body taken from KATO, the case and its files: all or nothing
            requester = self.store.bodies.from_kato(key) if kind == "kato" else self.store.bodies.get(key)
            fields = dict(fields, requester_id=requester.id)
            if self.route is not None and self.routed_to_us:
                fields.update(route_rule=self.route.rule, route_basis=self.route.basis_ru)
            if self.edition:
                fields["kato_edition"] = self.edition
            attachments = [NewAttachment(f.role, f.path, f.pages) for f in self.files]
            return register_case(self.store, fields, attachments=attachments, today=self.today)

    def _store_error(self, exc) -> None:
        """A store refusal, beside the field it names (else below the form)."""
        from kelisim.store.cases import FIELD_NAMES

        label = None
        if exc.code == "bad-party":
            label = "partiesError"
        elif exc.code.startswith("file-") or exc.code in ("bad-pages", "attachments-missing"):
            label = "attachmentsError"
        else:
            for key, (ru, _kk) in FIELD_NAMES.items():
                if f"«{ru}»" in exc.message_ru and key in FIELD_LABELS:
                    label = FIELD_LABELS[key]
                    break
        self._set_error(label or "errorLabel", exc)
        if label:
            self._focus_problem(label)

    def _focus_problem(self, label: str) -> None:
        widget = ERROR_FIELDS.get(label)
        if widget:
            target = getattr(self.ui, widget)
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            self.ui.scroll.ensureWidgetVisible(target)

    # ================================================================== messages
    def _set_error(self, label: str, error) -> None:
        """Show ``error`` (a LawError, or a function giving the text in the current language) in ``label``."""
        self._errors[label] = error
        widget = getattr(self.ui, label)
        widget.setText(self._error_text(error))
        widget.show()

    def _clear(self, label: str) -> None:
        self._errors.pop(label, None)
        getattr(self.ui, label).hide()

    @staticmethod
    def _error_text(error) -> str:
        from kelisim.law import LawError

        return error.message(i18n.current_language()) if isinstance(error, LawError) else error()

    def error_text(self, label: str) -> str:
        """The message shown in ``label`` now ("" when none; tests)."""
        return getattr(self.ui, label).text() if label in self._errors else ""

    # ================================================================== keys and language
    def keyPressEvent(self, event):  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                event.accept()
                self.register()
                return
            focus = self.focusWidget()
            if isinstance(focus, QAbstractButton):
                event.accept()
                focus.click()
                return
            if focus is not self.ui.requesterSearchEdit and not isinstance(focus, QPlainTextEdit):
                event.accept()
                self.focusNextChild()  # Enter moves on; Ctrl+Enter registers
                return
            event.accept()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event):  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and "finder" in self.__dict__:
            self._fill_static_combos()
            self.finder.render_hits()
            self._render_approver()
            self._render_route()
            self._render_attachments()
            for label, error in self._errors.items():
                getattr(self.ui, label).setText(self._error_text(error))
        super().changeEvent(event)


__all__ = ["IncomingDialog", "RequesterFinder", "PendingFile"]
