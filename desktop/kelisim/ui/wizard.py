"""The new-request wizard (``forms/wizard_dialog.ui``): one page per step, Back and Next, a draft saved as the user goes.

1. the court act (procedure, what is appealed, court, case number, parties, subject, the act's dates);
2. the requesting body (our own by default) and the approving body routing proposes, with the paragraph it rests on,
   the "no consent needed" verdict, and an override to another body that needs a reason;
3. the attachments, dropped or chosen, each checked on the spot (``store.attachments.check_file``), pages editable;
4. the deadlines (``law.deadlines.compute_deadlines`` on the store's calendar), warnings, the trail on demand, and a
   timeline picture;
5. signatory and executor, outgoing number and date, language of the documents;
6. review: every answer by step with a link back to its page, what is still missing, and "Generate".

The case is created as a draft when the user leaves page 1 with valid input (the store's validation decides; its
messages are shown next to the field they concern) and updated on every page change; attachments are stored as they
are added. Closing the window mid-way keeps the draft in the register; ``WizardDialog(store, case_id)`` resumes it.
"""
from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QPointF, QRectF, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QFont, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import (QCompleter, QDialog, QFileDialog, QHeaderView, QSizePolicy, QSpinBox,
                               QTableWidgetItem, QToolButton, QWidget)

from kelisim.ui import i18n
from kelisim.ui.forms import cell_widgets, chain_tab_order, drop_files_on, load_form, show_drop_states
from kelisim.ui.parties import PartiesEditor
from kelisim.ui.labels import attachment_file_filter, attachment_role_name, bullet_list_html, fmt
from kelisim.ui.labels import html_escape as _esc

ACT, BODIES, ATTACHMENTS, DEADLINES, SIGNATORY, REVIEW = range(6)
PAGES = 6
EMPTY_DATE = QDate(2000, 1, 1)  # the date edits' minimum: shown as «—», read as "no date"
DROP_ROLES = {"Draft": "draft_complaint", "Act": "court_act", "Confirming": "confirming_document", "Other": "other"}
REQUIRED = ("draft_complaint", "court_act")
SIGNING_ROLES = ("first_head", "acting_head", "deputy", "apparatus_head", "legal_head", "other")
HEADS = ("first_head", "acting_head")
# Where the store's messages go: the field a message names (``cases.FIELD_NAMES``) → the label beside it.
FIELD_LABELS = {
    "court_ru": "courtError", "court_kk": "courtError", "case_number": "caseNumberError", "subject": "subjectError",
    "act_announced": "datesError", "act_final": "datesError", "act_received": "datesError",
    "trigger_date": "datesError", "executor_name": "executorNameError", "executor_phone": "executorPhoneError",
    "request_number": "requestNumberError",
}
PAGE_ERRORS = {
    ACT: ("courtError", "caseNumberError", "partiesError", "subjectError", "datesError"),
    BODIES: ("routeError", "overrideError"),
    ATTACHMENTS: ("attachmentsError",),
    SIGNATORY: ("signatoryError", "executorNameError", "executorPhoneError", "requestNumberError"),
}


def to_qdate(d: date | None) -> QDate:
    return QDate(d.year, d.month, d.day) if d else EMPTY_DATE


def read_date(edit) -> date | None:
    q = edit.date()
    if q <= EMPTY_DATE or not q.isValid():
        return None
    return date(q.year(), q.month(), q.day())


def trigger_field(rule_id: str) -> str:
    """Which of the act's dates the term of ``rule_id`` runs from (law/PROCEDURAL-TERMS.md §1)."""
    from kelisim.law.terms import RULES

    rule = RULES[rule_id]
    if rule.stage == "cassation":
        return "act_announced"  # enters into force when announced
    if rule_id == "civil-simplified":
        return "act_received"  # the copy's receipt opens the 5-working-day window
    return "act_final"


class TimelineWidget(QWidget):
    """Trigger → latest sending day → decision → expiry on one line, today marked: the squeeze at a glance."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.points: list[tuple[date, str, str]] = []  # (day, label, colour)
        self.today: date | None = None
        self.today_label = ""
        self.send_by: date | None = None  # the latest sending day: the window from today to it is highlighted
        self.setMinimumHeight(130)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_points(self, points, today: date, today_label: str, send_by: date | None = None) -> None:
        self.points = [p for p in points if p[0] is not None]
        self.today = today
        self.today_label = today_label
        self.send_by = send_by
        self.update()

    def sizeHint(self):  # noqa: N802 - Qt API
        return QSize(640, 130)

    def paintEvent(self, event):  # noqa: N802 - Qt API
        if not self.points:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        days = [p[0] for p in self.points] + ([self.today] if self.today else [])
        first, last = min(days), max(days)
        span = max(1, (last - first).days)
        margin = 70
        width = max(10, self.width() - 2 * margin)
        y = self.height() // 2

        def x_of(day: date) -> float:
            return margin + width * (day - first).days / span

        painter.setPen(QPen(QColor("#9e9e9e"), 3))
        painter.drawLine(QPointF(margin, y), QPointF(margin + width, y))
        # The window in which the request can still be sent: from today (or the act) to the latest sending day.
        if self.send_by and self.today:
            start = max(self.today, first)
            if start <= self.send_by:
                painter.setPen(QPen(QColor("#fb8c00"), 7))
                painter.drawLine(QPointF(x_of(start), y), QPointF(x_of(self.send_by), y))
        font = QFont(self.font())
        metrics = painter.fontMetrics()
        line = metrics.height()
        placed: list[tuple[float, int, bool]] = []  # (x, row, above) of the labels drawn so far
        for index, (day, label, colour) in enumerate(sorted(self.points, key=lambda p: p[0])):
            x = x_of(day)
            painter.setPen(QPen(QColor(colour), 2))
            painter.setBrush(QColor(colour))
            painter.drawEllipse(QPointF(x, y), 6, 6)
            above = index % 2 == 0
            row = 0  # a label close to another on the same side goes one row further out
            while any(abs(px - x) < 120 and prow == row and pabove == above for px, prow, pabove in placed):
                row += 1
            placed.append((x, row, above))
            text_width = max(metrics.horizontalAdvance(label), metrics.horizontalAdvance(fmt(day)))
            left = min(max(2, x - text_width / 2), self.width() - text_width - 2)
            painter.setFont(font)
            painter.setPen(QColor(colour))
            if above:
                top = y - 12 - 2 * line - row * 2 * line
            else:
                top = y + 12 + row * 2 * line
            painter.drawText(QRectF(left, top, text_width + 2, line), Qt.AlignmentFlag.AlignCenter, label)
            painter.drawText(QRectF(left, top + line, text_width + 2, line), Qt.AlignmentFlag.AlignCenter, fmt(day))
        if self.today:
            x = x_of(self.today)
            # Today's mark goes above the line, unless a label is there already: then below every label near it.
            crowded = any(abs(px - x) < 90 and above and prow == 0 for px, prow, above in placed)
            painter.setPen(QPen(QColor("#1565c0"), 2))
            painter.setBrush(QColor("#1565c0"))
            painter.drawLine(QPointF(x, y - 10), QPointF(x, y + 10))
            if not crowded:
                painter.drawPolygon(QPolygonF([QPointF(x, y - 10), QPointF(x - 7, y - 22), QPointF(x + 7, y - 22)]))
                top = y - 24 - line
            else:
                rows = [prow for px, prow, above in placed if not above and abs(px - x) < 120]
                top = y + 12 + 2 * line * (max(rows) + 1) if rows else y + 14
            bold = QFont(font)
            bold.setBold(True)
            painter.setFont(bold)
            text = ("▲ " if crowded else "") + self.today_label
            w = painter.fontMetrics().horizontalAdvance(text) + 4
            painter.drawText(QRectF(min(max(2, x - w / 2), self.width() - w - 2), top, w, line),
                             Qt.AlignmentFlag.AlignCenter, text)
        painter.end()


class WizardDialog(QDialog):
    """The new-request wizard; ``case_id`` resumes a draft."""

    changed = Signal(int)  # the case id, whenever the draft was saved

    def __init__(self, store, case_id: int | None = None, parent=None, *, today: date | None = None):
        super().__init__(parent)
        self.ui = load_form("wizard_dialog", self)
        self.store = store
        self.today = today or date.today()
        self.case_id: int | None = None
        self.case = None
        self.route = None  # law.routing.Route for the chosen requester
        self.route_error = None
        self.proposed = None  # the proposed approver's Body
        self.edition = ""
        self.chain = None  # deadlines without a receipt date
        self.chain_received = None  # deadlines if the request reaches the approver on the outgoing date
        self.generated: list[Path] = []
        self.saved_at: datetime | None = None
        self._errors: dict[str, object] = {}  # label name → LawError or a function giving the text
        self._loading = False
        self._own = store.bodies.own()

        ui = self.ui
        ui.stepList.setCurrentRow(0)
        ui.stepList.currentRowChanged.connect(self._on_step_clicked)
        ui.backButton.clicked.connect(self.back)
        ui.nextButton.clicked.connect(self.next)
        ui.closeButton.clicked.connect(self.close)
        ui.nextButton.setDefault(True)
        ui.explainButton.toggled.connect(ui.trailBrowser.setVisible)
        ui.trailBrowser.hide()
        ui.generateButton.clicked.connect(self.generate)
        ui.reviewBrowser.anchorClicked.connect(self._on_review_link)
        for label in ("errorLabel", *[n for names in PAGE_ERRORS.values() for n in names]):
            getattr(ui, label).hide()

        # Page 1
        for edit in (ui.announcedEdit, ui.finalEdit, ui.receivedEdit, ui.requestDateEdit):
            edit.setMinimumDate(EMPTY_DATE)
            edit.setDate(EMPTY_DATE)
            edit.calendarWidget().setSelectedDate(to_qdate(self.today))
        ui.requestDateEdit.setDate(to_qdate(self.today))
        ui.procedureCombo.currentIndexChanged.connect(self._on_procedure_changed)
        ui.ruleCombo.currentIndexChanged.connect(self._on_rule_changed)
        completer = QCompleter(store.cases.courts(limit=50), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        ui.courtEdit.setCompleter(completer)
        self.party_editor = PartiesEditor(ui.partiesTable, ui.addPartyButton, ui.removePartyButton)

        # Page 2
        ui.requesterCombo.currentIndexChanged.connect(lambda _: self._loading or self.compute_route())
        ui.overrideCheck.toggled.connect(self._on_override_toggled)

        # Page 3
        self._drop_frames = {}
        for key, role in DROP_ROLES.items():
            frame = getattr(ui, f"drop{key}")
            frame.setAcceptDrops(True)
            frame.installEventFilter(self)
            frame.setProperty("role", role)
            self._drop_frames[frame] = role
            getattr(ui, f"choose{key}Button").clicked.connect(lambda _=False, r=role: self.choose_files(r))
        att = ui.attachmentsTable
        att.setColumnCount(4)
        att.verticalHeader().hide()
        att.setEditTriggers(att.EditTrigger.NoEditTriggers)
        att.setSelectionBehavior(att.SelectionBehavior.SelectRows)
        ah = att.horizontalHeader()
        ah.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        ah.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        ah.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        ah.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)

        # Page 4
        self.timeline = TimelineWidget(ui.timelineHost)
        ui.timelineLayout.addWidget(self.timeline)

        # Page 5
        ui.signatoryCombo.currentIndexChanged.connect(lambda _: self._render_signatory_hint())

        self._fill_static_combos()
        self._fill_requesters()
        if case_id is not None:
            self.load(case_id)
        else:
            self.party_editor.load([])
            self._default_executor()
        self.compute_route()
        self._show_page(ACT)

    # ================================================================== filling the widgets
    def _fill_static_combos(self) -> None:
        ui = self.ui
        self._loading = True
        procedure = ui.procedureCombo.currentData() or "civil"
        ui.procedureCombo.clear()
        ui.procedureCombo.addItem(self.tr("Civil case"), "civil")
        ui.procedureCombo.addItem(self.tr("Administrative case"), "administrative")
        ui.procedureCombo.setCurrentIndex(max(0, ui.procedureCombo.findData(procedure)))
        language = ui.languageCombo.currentData() or i18n.document_language()
        ui.languageCombo.clear()
        ui.languageCombo.addItem(self.tr("Russian"), "ru")
        ui.languageCombo.addItem(self.tr("Kazakh"), "kk")
        ui.languageCombo.setCurrentIndex(max(0, ui.languageCombo.findData(language)))
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
        ui.ruleCombo.clear()
        for rule in RULES.values():
            if rule.procedure == procedure:
                ui.ruleCombo.addItem(rule.title(lang), rule.id)
                ui.ruleCombo.setItemData(ui.ruleCombo.count() - 1, rule.title(lang), Qt.ItemDataRole.ToolTipRole)
        ui.ruleCombo.setCurrentIndex(max(0, ui.ruleCombo.findData(current)))
        self._loading = False
        self._render_rule_hint()

    def _official_role_name(self, role: str) -> str:
        names = {"first_head": self.tr("head"), "acting_head": self.tr("acting head"), "deputy": self.tr("deputy"),
                 "apparatus_head": self.tr("head of the apparatus"), "legal_head": self.tr("head of the legal service"),
                 "other": self.tr("other official")}
        return names.get(role, role)

    def _fill_requesters(self) -> None:
        ui = self.ui
        lang = i18n.current_language()
        current = ui.requesterCombo.currentData()
        if current is None:
            current = self.case.requester_id if self.case and self.case.requester_id else (
                self._own.id if self._own else None)
        self._loading = True
        ui.requesterCombo.clear()
        bodies = self.store.bodies.list()
        bodies.sort(key=lambda b: (not b.is_own, b.name(lang)))
        for body in bodies:
            text = body.name(lang)
            if body.is_own:
                text += " " + self.tr("(our body)")
            ui.requesterCombo.addItem(text, body.id)
        ui.requesterCombo.setCurrentIndex(max(0, ui.requesterCombo.findData(current)))
        self._loading = False

    def _fill_override_bodies(self) -> None:
        ui = self.ui
        lang = i18n.current_language()
        current = ui.overrideCombo.currentData()
        if current is None and self.case is not None and self.case.approver_override_reason:
            current = self.case.approver_id
        requester = ui.requesterCombo.currentData()
        ui.overrideCombo.blockSignals(True)
        ui.overrideCombo.clear()
        for body in sorted(self.store.bodies.list(), key=lambda b: b.name(lang)):
            if body.id == requester:
                continue
            ui.overrideCombo.addItem(body.head(lang) or body.name(lang), body.id)
            ui.overrideCombo.setItemData(ui.overrideCombo.count() - 1, body.name(lang), Qt.ItemDataRole.ToolTipRole)
        ui.overrideCombo.setCurrentIndex(max(0, ui.overrideCombo.findData(current)))
        ui.overrideCombo.blockSignals(False)

    def _default_executor(self) -> None:
        if self._own is None:
            return
        executors = [o for o in self.store.officials.of_body(self._own.id, self.today) if o.role == "executor"]
        if executors:
            self.ui.executorNameEdit.setText(executors[0].full_name)
            self.ui.executorPhoneEdit.setText(executors[0].phone)

    def _fill_signatories(self) -> None:
        ui = self.ui
        current = ui.signatoryCombo.currentData()
        if current is None and self.case is not None:
            current = self.case.signatory_id
        requester = ui.requesterCombo.currentData()
        officials = []
        if requester is not None:
            officials = [o for o in self.store.officials.of_body(requester, self.today) if o.role in SIGNING_ROLES]
        ui.signatoryCombo.blockSignals(True)
        ui.signatoryCombo.clear()
        for official in officials:
            ui.signatoryCombo.addItem(f"{official.full_name} — {self._official_role_name(official.role)}",
                                      official.id)
            ui.signatoryCombo.setItemData(ui.signatoryCombo.count() - 1, official.role, Qt.ItemDataRole.UserRole + 1)
        if current is None and officials:
            head = next((o for o in officials if o.role in HEADS), officials[0])
            current = head.id
        ui.signatoryCombo.setCurrentIndex(max(0, ui.signatoryCombo.findData(current)) if officials else -1)
        ui.signatoryCombo.blockSignals(False)
        self._render_signatory_hint()

    # ================================================================== the parties table
    def add_party(self, role: str = "third_party", name: str = "", id_number: str = "") -> int:
        return self.party_editor.add(role, name, id_number)

    def remove_party(self) -> None:
        self.party_editor.remove_current()

    def _restore_tab_order(self) -> None:
        """Tab through the attachments page top to bottom, through the widgets in the table's cells too (Tab leaves
        a table; the arrows move inside it)."""
        ui = self.ui
        chain_tab_order(ui.chooseOtherButton, ui.attachmentsTable, *cell_widgets(ui.attachmentsTable, (2, 3)))

    def set_party(self, row: int, role: str | None = None, name: str | None = None,
                  id_number: str | None = None) -> None:
        self.party_editor.set(row, role, name, id_number)

    def parties(self) -> list[dict]:
        return self.party_editor.parties()

    # ================================================================== loading a draft
    def load(self, case_id: int) -> None:
        case = self.store.cases.get(case_id)
        self.case_id = case_id
        self.case = case
        ui = self.ui
        self._loading = True
        ui.procedureCombo.setCurrentIndex(max(0, ui.procedureCombo.findData(case.procedure)))
        self._loading = False
        self._fill_rules()
        ui.ruleCombo.setCurrentIndex(max(0, ui.ruleCombo.findData(case.rule)))
        ui.courtEdit.setText(case.court_ru)
        ui.courtKkEdit.setText(case.court_kk)
        ui.caseNumberEdit.setText(case.case_number)
        ui.subjectEdit.setPlainText(case.subject)
        ui.announcedEdit.setDate(to_qdate(case.act_announced))
        ui.finalEdit.setDate(to_qdate(case.act_final))
        ui.receivedEdit.setDate(to_qdate(case.act_received))
        field = trigger_field(case.rule)
        edit = {"act_announced": ui.announcedEdit, "act_final": ui.finalEdit, "act_received": ui.receivedEdit}[field]
        if read_date(edit) is None:
            edit.setDate(to_qdate(case.trigger_date))
        self.party_editor.load(case.parties)
        self._fill_requesters()
        if case.approver_override_reason:
            ui.overrideCheck.setChecked(True)
            ui.overrideReasonEdit.setText(case.approver_override_reason)
        ui.executorNameEdit.setText(case.executor_name)
        ui.executorPhoneEdit.setText(case.executor_phone)
        if not case.executor_name:
            self._default_executor()
        ui.requestNumberEdit.setText(case.request_number)
        ui.languageCombo.setCurrentIndex(max(0, ui.languageCombo.findData(case.language)))
        self._fill_signatories()
        self.saved_at = None
        self._render_draft_label()

    # ================================================================== navigation
    def current_page(self) -> int:
        return self.ui.pages.currentIndex()

    def next(self) -> bool:
        page = self.current_page()
        if page >= REVIEW:
            return False
        if not self.save_page(page):
            return False
        self._show_page(page + 1)
        return True

    def back(self) -> bool:
        page = self.current_page()
        if page <= ACT:
            return False
        self.save_page(page, quiet=True)  # what is typed stays in the widgets even when it cannot be saved yet
        self._show_page(page - 1)
        return True

    def go_to(self, page: int) -> bool:
        """Jump to a page (the step list, the review's "Edit" links); leaving page 1 needs it valid once."""
        current = self.current_page()
        if page == current:
            return True
        if current == ACT or self.case_id is None:
            if not self.save_page(ACT):
                if page != ACT:
                    self._show_page(ACT)
                    return False
        else:
            self.save_page(current, quiet=True)
        self._show_page(page)
        return True

    def _on_step_clicked(self, row: int) -> None:
        if self._loading or row < 0 or row == self.current_page():
            return
        self.go_to(row)

    def _show_page(self, page: int) -> None:
        ui = self.ui
        ui.pages.setCurrentIndex(page)
        self._loading = True
        ui.stepList.setCurrentRow(page)
        self._loading = False
        if page == BODIES:
            self._fill_requesters()
            self.compute_route()
        elif page == ATTACHMENTS:
            self._render_attachments()
        elif page == DEADLINES:
            self.compute_deadlines()
        elif page == SIGNATORY:
            self._fill_signatories()
        elif page == REVIEW:
            self.compute_route()
            self.compute_deadlines()
            self._fill_signatories()
            self._render_review()
        self._render_frame()

    def _render_frame(self) -> None:
        ui = self.ui
        page = self.current_page()
        titles = self._step_titles()
        ui.stepTitle.setText(titles[page])
        ui.stepCount.setText(self.tr("Step {n} of {total}").format(n=page + 1, total=PAGES))
        ui.backButton.setEnabled(page > ACT)
        ui.nextButton.setEnabled(page < REVIEW)
        ui.nextButton.setVisible(page < REVIEW)
        number = self.case.case_number if self.case and self.case.case_number else ""
        self.setWindowTitle(self.tr("Request for consent — case {number}").format(number=number) if number
                            else self.tr("New request for consent to appeal"))
        self._render_draft_label()

    def _step_titles(self) -> list[str]:
        return [self.tr("The court act"), self.tr("Who asks and who consents"), self.tr("Attachments"),
                self.tr("Deadlines"), self.tr("Signatory and executor"), self.tr("Review and generate")]

    def _render_draft_label(self) -> None:
        if self.case_id is None:
            text = self.tr("The draft is saved when you leave this step.")
        elif self.saved_at is not None:
            text = self.tr("Draft saved at {time}; closing keeps it in the register.").format(
                time=self.saved_at.strftime("%H:%M"))
        else:
            text = self.tr("Draft from the register; changes are saved at every step.")
        self.ui.draftLabel.setText(text)

    # ================================================================== saving
    def save_page(self, page: int, *, quiet: bool = False) -> bool:
        """Write the page's answers to the draft; False (with the messages shown unless ``quiet``) when refused."""
        from kelisim.law import LawError

        if page == ACT:
            ok = self._save_act(quiet)
        elif page == BODIES:
            ok = self._save_bodies(quiet)
        elif page == SIGNATORY:
            ok = self._save_signatory(quiet)
        else:
            ok = True
        if ok and self.case_id is not None:
            try:
                self.case = self.store.cases.get(self.case_id)
            except LawError:
                return False
        return ok

    def _clear_errors(self, page: int) -> None:
        for name in PAGE_ERRORS.get(page, ()):
            self._errors.pop(name, None)
            getattr(self.ui, name).hide()
        self._errors.pop("errorLabel", None)
        self.ui.errorLabel.hide()

    def _set_error(self, label: str, error) -> None:
        """Show ``error`` (a LawError, or a function giving the text in the current language) beside its field."""
        self._errors[label] = error
        widget = getattr(self.ui, label)
        widget.setText(self._error_text(error))
        widget.show()

    def _error_text(self, error) -> str:
        from kelisim.law import LawError

        if isinstance(error, LawError):
            return error.message(i18n.current_language())
        return error()

    def _store_error(self, exc, page: int) -> None:
        """A store refusal, beside the field it names."""
        from kelisim.store.cases import FIELD_NAMES

        label = None
        if exc.code == "bad-party" or (exc.message_ru.startswith("Сторона") or "ИИН" in exc.message_ru
                                       or "БИН" in exc.message_ru):
            label = "partiesError"
        else:
            for key, (ru, _kk) in FIELD_NAMES.items():
                if f"«{ru}»" in exc.message_ru and key in FIELD_LABELS:
                    label = FIELD_LABELS[key]
                    break
        if label is None or label not in PAGE_ERRORS.get(page, ()):
            label = "errorLabel"
        self._set_error(label, exc)

    def act_fields(self) -> dict:
        """Page 1 as the store's fields."""
        ui = self.ui
        rule = ui.ruleCombo.currentData()
        fields = {
            "rule": rule,
            "court_ru": ui.courtEdit.text(),
            "court_kk": ui.courtKkEdit.text(),
            "case_number": ui.caseNumberEdit.text(),
            "subject": ui.subjectEdit.toPlainText(),
            "act_announced": read_date(ui.announcedEdit),
            "act_final": read_date(ui.finalEdit),
            "act_received": read_date(ui.receivedEdit),
            "parties": self.parties(),
        }
        if rule:
            fields["trigger_date"] = fields[trigger_field(rule)]
        return fields

    def _save_act(self, quiet: bool) -> bool:
        from kelisim.law import LawError

        self._clear_errors(ACT)
        fields = self.act_fields()
        rule = fields["rule"]
        if fields.get("trigger_date") is None:
            if not quiet:
                self._set_error("datesError", lambda w=rule: self.tr("Enter the date the appeal term runs from: "
                                                                     "{what}.").format(what=self._trigger_text(w)))
            return False
        try:
            if self.case_id is None:
                new = dict(fields, direction="outgoing", language=self.ui.languageCombo.currentData() or "ru")
                if self._own is not None:
                    new["requester_id"] = self._own.id
                executor = self.ui.executorNameEdit.text().strip()
                if executor:
                    new["executor_name"] = executor
                    new["executor_phone"] = self.ui.executorPhoneEdit.text().strip()
                case = self.store.cases.create(new, today=self.today)
                self.case_id = case.id
            else:
                self.store.cases.update(self.case_id, fields, today=self.today)
        except LawError as exc:
            if not quiet:
                self._store_error(exc, ACT)
            return False
        self._saved()
        return True

    def _trigger_text(self, rule_id: str) -> str:
        from kelisim.law.terms import RULES

        rule = RULES[rule_id]
        return rule.trigger_kk if i18n.current_language() == "kk" else rule.trigger_ru

    def _saved(self) -> None:
        self.saved_at = datetime.now()
        self.case = self.store.cases.get(self.case_id)
        self.changed.emit(self.case_id)
        self._render_draft_label()

    def chosen_approver(self):
        """(approver body id or None, override reason): the routing's proposal, or the body chosen instead."""
        ui = self.ui
        if ui.overrideCheck.isChecked() and ui.overrideCombo.currentData() is not None:
            chosen = ui.overrideCombo.currentData()
            if self.proposed is None or chosen != self.proposed.id or self.route is None \
                    or not self.route.consent_required:
                return chosen, " ".join(ui.overrideReasonEdit.text().split())
        if self.route is not None and self.route.consent_required and self.proposed is not None:
            return self.proposed.id, ""
        return None, ""

    def _save_bodies(self, quiet: bool) -> bool:
        from kelisim.law import LawError

        self._clear_errors(BODIES)
        if self.case_id is None:
            return False
        ui = self.ui
        approver, reason = self.chosen_approver()
        if ui.overrideCheck.isChecked() and approver is not None and approver != getattr(self.proposed, "id", None) \
                and not reason:
            if not quiet:
                self._set_error("overrideError", lambda: self.tr(
                    "Write why this body approves instead of the one the Algorithm names (for example, the law that "
                    "authorises it to hear complaints)."))
            return False
        changes = {"requester_id": ui.requesterCombo.currentData(), "approver_id": approver,
                   "approver_override_reason": reason}
        if self.route is not None:
            changes["route_rule"] = self.route.rule
            changes["route_basis"] = self.route.basis_ru
        if self.edition:
            changes["kato_edition"] = self.edition
        try:
            self.store.cases.update(self.case_id, changes, today=self.today)
        except LawError as exc:
            if not quiet:
                self._store_error(exc, BODIES)
            return False
        self._saved()
        return True

    def _save_signatory(self, quiet: bool) -> bool:
        from kelisim.law import LawError

        self._clear_errors(SIGNATORY)
        if self.case_id is None:
            return False
        ui = self.ui
        changes = {"signatory_id": ui.signatoryCombo.currentData(),
                   "executor_name": ui.executorNameEdit.text(), "executor_phone": ui.executorPhoneEdit.text(),
                   "request_number": ui.requestNumberEdit.text(), "language": ui.languageCombo.currentData()}
        name = " ".join(changes["executor_name"].split())
        if name and len(name.split()) < 2:
            if not quiet:
                self._set_error("executorNameError", lambda: self.tr("Write the executor's surname and first name."))
            return False
        try:
            self.store.cases.update(self.case_id, changes, today=self.today)
        except LawError as exc:
            if not quiet:
                self._store_error(exc, SIGNATORY)
            return False
        self._saved()
        return True

    def _save_quietly(self) -> None:
        """Closing mid-way: keep what can be kept."""
        page = self.current_page()
        if page == ACT or self.case_id is not None:
            self.save_page(page, quiet=True)

    def done(self, result: int) -> None:  # close, Escape, the Close button
        if not getattr(self, "_closing", False):
            self._closing = True
            self._save_quietly()
            if self.case_id is not None:
                self.changed.emit(self.case_id)
        super().done(result)

    # ================================================================== page 1
    def _on_procedure_changed(self, *_):
        if not self._loading:
            self._fill_rules()

    def _on_rule_changed(self, *_):
        if not self._loading:
            self._render_rule_hint()

    def _render_rule_hint(self) -> None:
        from kelisim.law.terms import RULES

        ui = self.ui
        rule_id = ui.ruleCombo.currentData()
        if not rule_id:
            ui.ruleHint.setText("")
            return
        rule = RULES[rule_id]
        kk = i18n.current_language() == "kk"
        period = rule.period_kk() if kk else rule.period_ru()
        basis = rule.basis_kk if kk else rule.basis_ru
        ui.ruleHint.setText(self.tr("Term: {period} from the day after: {what} ({basis}).").format(
            period=period, what=self._trigger_text(rule_id), basis=basis))
        field = trigger_field(rule_id)
        for name, label in (("act_announced", ui.announcedLabel), ("act_final", ui.finalLabel),
                            ("act_received", ui.receivedLabel)):
            font = QFont(label.font())
            font.setBold(name == field)
            label.setFont(font)

    # ================================================================== page 2
    def compute_route(self) -> None:
        """Ask routing who approves for the chosen requesting body, and show it."""
        from kelisim.law import LawError
        from kelisim.law.terms import RULES

        ui = self.ui
        self.route = None
        self.route_error = None
        self.proposed = None
        self.edition = ""
        body_id = ui.requesterCombo.currentData()
        rule_id = ui.ruleCombo.currentData()
        if body_id is not None and rule_id:
            rule = RULES[rule_id]
            from kelisim.store.register import route_stored_body

            try:
                self.route, self.proposed, self.edition = route_stored_body(self.store, body_id, rule.procedure,
                                                                            rule.stage)
            except LawError as exc:
                self.route_error = exc
        self._fill_override_bodies()
        self._render_route()

    def _render_route(self) -> None:
        ui = self.ui
        lang = i18n.current_language()
        route = self.route
        self._errors.pop("routeError", None)
        ui.routeError.hide()
        if self.route_error is not None:
            ui.approverValue.setText(self.tr("The approving body cannot be determined"))
            ui.basisValue.setText("")
            ui.quoteValue.setText("")
            ui.notesValue.setText("")
            self._set_error("routeError", self.route_error)
        elif route is None:
            ui.approverValue.setText(self.tr("Choose the requesting body."))
            for label in (ui.basisValue, ui.quoteValue, ui.notesValue):
                label.setText("")
        else:
            if route.consent_required:
                if self.proposed is not None:
                    head = self.proposed.head(lang) or self.proposed.name(lang)
                    head = head[:1].upper() + head[1:]
                    ui.approverValue.setText(f"{head}\n{self.proposed.name(lang)}")
                else:
                    ui.approverValue.setText(route.approver.name(lang) if route.approver else "—")
                ui.approverValue.setStyleSheet("font-size: 12pt; font-weight: bold;")
            else:
                ui.approverValue.setText(self.tr("No consent is needed: this body appeals without asking a higher "
                                                 "body."))
                ui.approverValue.setStyleSheet("font-size: 12pt; font-weight: bold; color: #1b5e20;")
            basis = self.tr("Basis: {basis}").format(basis=route.basis(lang))
            if route.by_analogy:
                basis += " — " + self.tr("by analogy, please check")
            ui.basisValue.setText(basis)
            quote = route.quote_kk if lang == "kk" else route.quote_ru
            ui.quoteValue.setText(f"«{quote}»" if quote else "")
            notes = route.notes(lang)
            ui.notesValue.setText("\n".join(f"• {n}" for n in notes))
            ui.notesValue.setVisible(bool(notes))
        self._on_override_toggled(ui.overrideCheck.isChecked())

    def _on_override_toggled(self, on: bool) -> None:
        ui = self.ui
        for widget in (ui.overrideCombo, ui.overrideReasonEdit, ui.overrideBodyLabel, ui.overrideReasonLabel):
            widget.setEnabled(on)
        if not on:
            self._errors.pop("overrideError", None)
            ui.overrideError.hide()

    # ================================================================== page 3
    def eventFilter(self, watched, event):  # noqa: N802 - Qt API
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
        """Check and attach each file; the first refusal is shown in plain words. Returns how many were added."""
        from kelisim.law import LawError
        from kelisim.store.attachments import check_file

        self._clear_errors(ATTACHMENTS)
        if self.case_id is None and not self.save_page(ACT):
            self._set_error("attachmentsError", lambda: self.tr("Fill in the court act first (step 1)."))
            return 0
        added = 0
        for path in paths:
            try:
                check_file(Path(path), Path(path).name)
                self.store.attachments.add(self.case_id, Path(path), role)
            except LawError as exc:
                self._set_error("attachmentsError", exc)
                continue
            added += 1
        if added:
            self._saved()
        self._render_attachments()
        return added

    def remove_attachment(self, attachment_id: int) -> None:
        from kelisim.law import LawError

        try:
            self.store.attachments.remove(attachment_id)
        except LawError as exc:
            self._set_error("attachmentsError", exc)
        self._render_attachments()
        if self.case_id is not None:
            self._saved()

    def _set_pages(self, attachment_id: int, pages: int) -> None:
        from kelisim.law import LawError

        if pages < 1:
            return
        try:
            self.store.attachments.set_pages(attachment_id, pages)
        except LawError as exc:
            self._set_error("attachmentsError", exc)

    def attachments(self):
        return self.store.attachments.of_case(self.case_id) if self.case_id is not None else []

    def _render_attachments(self) -> None:
        ui = self.ui
        items = self.attachments()
        table = ui.attachmentsTable
        table.setHorizontalHeaderLabels([self.tr("Document"), self.tr("File"), self.tr("Pages"), ""])
        table.setRowCount(len(items))
        for row, a in enumerate(items):
            table.setItem(row, 0, QTableWidgetItem(attachment_role_name(a.role)))
            table.setItem(row, 1, QTableWidgetItem(a.original_name))
            spin = QSpinBox(table)
            spin.setRange(0, 10000)
            spin.setSpecialValueText("?")
            spin.setValue(a.pages or 0)
            spin.setToolTip(self.tr("Pages: read from the file where possible; correct it if needed"))
            spin.valueChanged.connect(lambda value, aid=a.id: self._set_pages(aid, value))
            table.setCellWidget(row, 2, spin)
            remove = QToolButton(table)
            remove.setText(self.tr("Remove"))
            remove.clicked.connect(lambda _=False, aid=a.id: self.remove_attachment(aid))
            table.setCellWidget(row, 3, remove)
        table.resizeRowsToContents()
        self._restore_tab_order()
        by_role: dict[str, list[str]] = {}
        for a in items:
            by_role.setdefault(a.role, []).append(a.original_name)
        show_drop_states(ui, DROP_ROLES, by_role, REQUIRED, missing=(self.tr("not attached yet — drop the file here"), "#b71c1c"),
                         empty=self.tr("drop files here"))

    # ================================================================== page 4
    def compute_deadlines(self) -> None:
        from kelisim.law import LawError
        from kelisim.law.deadlines import compute_deadlines

        ui = self.ui
        self.chain = self.chain_received = None
        rule = ui.ruleCombo.currentData()
        fields = self.act_fields()
        trigger = fields.get("trigger_date")
        if not rule or trigger is None:
            self._render_deadlines(self.tr("Enter the court act's dates on step 1."))
            return
        calendar = self.store.cases.calendar
        try:
            self.chain = compute_deadlines(rule, trigger, today=self.today, calendar=calendar)
            self.chain_received = compute_deadlines(rule, trigger, received=max(trigger, self.sending_day()),
                                                    today=self.today, calendar=calendar)
        except LawError as exc:
            self.chain = self.chain_received = None
            self._render_deadlines(exc.message(i18n.current_language()))
            return
        self._render_deadlines()

    def sending_day(self) -> date:
        """The day the request is expected to leave: the outgoing date if set and not past, else today."""
        day = read_date(self.ui.requestDateEdit)
        return day if day and day >= self.today else self.today

    def warnings(self) -> list:
        seen, out = set(), []
        for chain in (self.chain, self.chain_received):
            if chain is None:
                continue
            for w in chain.warnings:
                if w.code not in seen:
                    seen.add(w.code)
                    out.append(w)
        return out

    def _render_deadlines(self, problem: str | None = None) -> None:
        from kelisim.ui.calculator import trail_html

        ui = self.ui
        lang = i18n.current_language()
        chain, received = self.chain, self.chain_received
        if chain is None:
            for label in (ui.expiryValue, ui.latestValue, ui.decisionValue):
                label.setText("—")
            ui.ruleValue.setText("")
            ui.statusValue.setText(problem or "")
            ui.warningsLabel.hide()
            ui.trailBrowser.clear()
            self.timeline.set_points([], self.today, "")
            return
        from kelisim.law.calendar import weekday_kk, weekday_ru

        weekday = weekday_kk if lang == "kk" else weekday_ru
        ui.ruleValue.setText(chain.rule.title(lang))
        ui.expiryValue.setText(f"{fmt(chain.expiry)}, {weekday(chain.expiry)}")
        ui.latestValue.setText(f"{fmt(chain.request_latest)}, {weekday(chain.request_latest)}")
        due = received.decision_due
        ui.decisionValue.setText(f"{fmt(due)}, {weekday(due)}")
        status = chain.status_text(lang)
        status += " " + self.tr("The decision day assumes the request reaches the approving body on {date}.").format(
            date=fmt(received.received))
        ui.statusValue.setText(status)
        colour = {"late": "#b71c1c", "urgent": "#e65100", "soon": "#8d6e00"}.get(chain.status.urgency, "#1b5e20")
        ui.latestValue.setStyleSheet(f"font-size: 12pt; font-weight: bold; color: {colour};")
        ui.decisionValue.setStyleSheet("font-size: 12pt; font-weight: bold; color: %s;"
                                       % ("#b71c1c" if due > chain.expiry else "#37474f"))
        warnings = self.warnings()
        if warnings:
            ui.warningsLabel.setText(bullet_list_html(self.tr("Please note:"), (w.message(lang) for w in warnings)))
            ui.warningsLabel.setStyleSheet("QLabel { background: #fff8e1; border: 1px solid #f9a825; "
                                           "border-radius: 4px; padding: 6px; }")
            ui.warningsLabel.show()
        else:
            ui.warningsLabel.hide()
        ui.trailBrowser.setHtml(trail_html(received, lang, self.tr("Basis")))
        self.timeline.set_points([
            (chain.trigger, self.tr("court act"), "#455a64"),
            (chain.request_latest, self.tr("send by"), "#e65100"),
            (due, self.tr("decision"), "#6a1b9a"),
            (chain.expiry, self.tr("term expires"), "#b71c1c"),
        ], self.today, self.tr("today"), chain.request_latest)

    # ================================================================== page 5
    def _render_signatory_hint(self) -> None:
        ui = self.ui
        index = ui.signatoryCombo.currentIndex()
        self._errors.pop("signatoryError", None)
        ui.signatoryError.hide()
        if index < 0:
            ui.signatoryHint.setText("")
            self._set_error("signatoryError", lambda: self.tr(
                "No head of the requesting body is recorded: add the head (or the acting head) in the register of "
                "officials first."))
            return
        role = ui.signatoryCombo.itemData(index, Qt.ItemDataRole.UserRole + 1)
        if role in HEADS:
            ui.signatoryHint.setText(self.tr("The head or the person acting for them signs: no confirming "
                                             "documents are needed."))
        else:
            ui.signatoryHint.setText(self.tr("Not the first head: attach the confirming documents (the order of "
                                             "appointment, of assignment or distribution of duties) on step 3."))

    def signatory_role(self) -> str | None:
        index = self.ui.signatoryCombo.currentIndex()
        return self.ui.signatoryCombo.itemData(index, Qt.ItemDataRole.UserRole + 1) if index >= 0 else None

    # ================================================================== page 6
    def missing(self) -> list[str]:
        """What the request still lacks, in plain words (empty: ready to generate)."""
        out = []
        ui = self.ui
        if self.case_id is None:
            return [self.tr("The court act (step 1)")]
        fields = self.act_fields()
        if not (fields["court_ru"].strip() or fields["court_kk"].strip()):
            out.append(self.tr("The court (step 1)"))
        if not fields["case_number"].strip():
            out.append(self.tr("The case number (step 1)"))
        if not any(p["name"] for p in fields["parties"]):
            out.append(self.tr("The parties (step 1)"))
        if not fields["subject"].strip():
            out.append(self.tr("The subject of the claim (step 1)"))
        if self.route_error is not None or (self.route is not None and self.route.consent_required
                                            and self.chosen_approver()[0] is None):
            out.append(self.tr("The approving body (step 2)"))
        roles = {a.role for a in self.attachments()}
        if "draft_complaint" not in roles:
            out.append(self.tr("The draft complaint (step 3)"))
        if "court_act" not in roles:
            out.append(self.tr("The court act's copy (step 3)"))
        role = self.signatory_role()
        if role is not None and role not in HEADS and "confirming_document" not in roles:
            out.append(self.tr("The confirming documents of the signatory's authority (step 3)"))
        if ui.signatoryCombo.currentData() is None:
            out.append(self.tr("The signatory (step 5)"))
        if not ui.executorNameEdit.text().strip():
            out.append(self.tr("The executor (step 5)"))
        return out

    def _render_review(self) -> None:
        from kelisim.law.terms import RULES

        ui = self.ui
        lang = i18n.current_language()
        fields = self.act_fields()
        dash = "—"
        edit = self.tr("Edit")

        def section(page: int, rows: list[tuple[str, str]]) -> str:
            title = self._step_titles()[page]
            body = "".join(f"<tr><td width='240' style='color:#5f6368; padding-right:12px'>{_esc(k)}</td>"
                           f"<td>{_esc(v).replace(chr(10), '<br>') if v else dash}</td></tr>" for k, v in rows)
            return (f"<h3 style='margin-bottom:2px'>{page + 1}. {_esc(title)} "
                    f"<a href='edit:{page}' style='font-size:small; font-weight:normal'>{_esc(edit)}</a>"
                    f"</h3><table cellspacing='2'>{body}</table>")

        rule = RULES.get(fields["rule"])
        parties = "; ".join(f"{p['name']} ({self.party_editor.role_name(p['role'])})"
                            + (f", {p['id_number']}" if p["id_number"] else "") for p in fields["parties"])
        dates = ", ".join(f"{label} {fmt(value)}" for label, value in (
            (self.tr("announced"), fields["act_announced"]), (self.tr("in final form"), fields["act_final"]),
            (self.tr("received"), fields["act_received"])) if value)
        html = section(ACT, [
            (self.tr("Procedure"), ui.procedureCombo.currentText()),
            (self.tr("What is appealed"), rule.title(lang) if rule else ""),
            (self.tr("Court"), fields["court_ru"]), (self.tr("Court (in Kazakh)"), fields["court_kk"]),
            (self.tr("Case number"), fields["case_number"]),
            (self.tr("Parties"), parties), (self.tr("Subject"), fields["subject"]), (self.tr("Dates"), dates)])
        approver = ""
        approver_id, reason = self.chosen_approver()
        if approver_id is not None:
            body = self.store.bodies.get(approver_id)
            approver = body.head(lang) or body.name(lang)
            if reason:
                approver += " — " + self.tr("chosen instead of the proposal: {reason}").format(reason=reason)
        elif self.route is not None and not self.route.consent_required:
            approver = self.tr("no consent is needed")
        html += section(BODIES, [
            (self.tr("Requesting body"), ui.requesterCombo.currentText()), (self.tr("Approving body"), approver),
            (self.tr("Basis"), self.route.basis(lang) if self.route else "")])
        html += section(ATTACHMENTS, [
            (attachment_role_name(a.role), a.original_name + (" (" + self.tr("{n} p.").format(n=a.pages) + ")"
                                                         if a.pages else ""))
            for a in self.attachments()] or [(self.tr("Files"), "")])
        chain, received = self.chain, self.chain_received
        html += section(DEADLINES, [
            (self.tr("The appeal term expires"), fmt(chain.expiry) if chain else ""),
            (self.tr("Send the request no later than"), fmt(chain.request_latest) if chain else ""),
            (self.tr("Decision expected by"), fmt(received.decision_due) if received else ""),
            (self.tr("Warnings"), "\n".join(w.message(lang) for w in self.warnings()) or self.tr("none")
             if chain else "")])
        html += section(SIGNATORY, [
            (self.tr("Signatory"), ui.signatoryCombo.currentText()),
            (self.tr("Executor"), ", ".join(x for x in (ui.executorNameEdit.text().strip(),
                                                         ui.executorPhoneEdit.text().strip()) if x)),
            (self.tr("Outgoing number and date"), " ".join(x for x in (
                ui.requestNumberEdit.text().strip(), fmt(read_date(ui.requestDateEdit))
                if read_date(ui.requestDateEdit) else "") if x)),
            (self.tr("Language of the documents"), ui.languageCombo.currentText())])
        ui.reviewBrowser.setHtml(html)
        missing = self.missing()
        if missing:
            ui.missingLabel.setText(bullet_list_html(self.tr("Still missing:"), missing))
            ui.missingLabel.setStyleSheet("QLabel { background: #ffebee; border: 1px solid #e57373; "
                                          "border-radius: 4px; padding: 6px; color: #7f0000; }")
        else:
            ui.missingLabel.setText(self.tr("Everything is in place: generate the documents."))
            ui.missingLabel.setStyleSheet("QLabel { background: #e8f5e9; border: 1px solid #66bb6a; "
                                          "border-radius: 4px; padding: 6px; color: #1b5e20; }")
        ui.generateButton.setEnabled(not missing)
        ui.generateButton.setToolTip("" if not missing else self.tr("Complete what is missing first"))

    def _on_review_link(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("edit:"):
            self.go_to(int(text.split(":", 1)[1]))

    def output_folder(self) -> Path:
        """Where the documents go: the folder the CLI uses too (``kelisim.services``), in the data folder."""
        from kelisim.services import case_documents_folder

        return case_documents_folder(self.store, self.case_id)

    def generate(self) -> list[Path]:
        """Write the documents of the draft (recorded in the case's history by ``kelisim.services``, as the CLI
        does) and open their folder."""
        from kelisim.law import LawError
        from kelisim.services import generate_for_case

        ui = self.ui
        self.save_page(self.current_page(), quiet=True)
        if self.missing():
            self._render_review()
            return []
        folder = self.output_folder()
        lang = ui.languageCombo.currentData()
        # The letter is dated the outgoing date chosen on step 5 (the store keeps the sending date only once the
        # request is recorded as sent).
        day = read_date(ui.requestDateEdit) or self.today
        try:
            paths = generate_for_case(self.store, self.case_id, folder, lang=lang, today=day)
        except LawError as exc:
            self._errors["generateResult"] = exc
            ui.generateResult.setText(exc.message(i18n.current_language()))
            ui.generateResult.setStyleSheet("color: #b71c1c;")
            return []
        self._errors.pop("generateResult", None)
        self.generated = list(paths)
        ui.generateResult.setStyleSheet("color: #1b5e20;")
        ui.generateResult.setText(self.tr("{n} documents written to {folder}").format(n=len(self.generated),
                                                                                      folder=str(folder)))
        self.changed.emit(self.case_id)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
        return self.generated

    # ================================================================== language
    def changeEvent(self, event):  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and "timeline" in self.__dict__:
            if self.isVisible():
                self._retranslate()
            else:
                self._stale = True  # a closed wizard does not touch the store; shown again, it catches up
        super().changeEvent(event)

    def showEvent(self, event):  # noqa: N802 - Qt API
        if self.__dict__.pop("_stale", False):
            self._retranslate()
        super().showEvent(event)

    def _retranslate(self) -> None:
        self._fill_static_combos()
        self._fill_requesters()
        self._render_route()
        self._fill_override_bodies()
        self._fill_signatories()
        self._render_attachments()
        if self.current_page() in (DEADLINES, REVIEW):
            self.compute_deadlines()
        if self.current_page() == REVIEW:
            self._render_review()
        for label, error in list(self._errors.items()):
            if label == "generateResult":
                self.ui.generateResult.setText(self._error_text(error))
            else:
                getattr(self.ui, label).setText(self._error_text(error))
        self._render_frame()


__all__ = ["WizardDialog", "TimelineWidget", "trigger_field"]
