"""The case card (``forms/case_card_dialog.ui``), opened from the register by a double-click or Enter.

- **Case**: the case's data, and an Edit mode for every field ``store.cases.update`` accepts (the court act and its
  dates, the parties, the bodies with the reason when the approver differs from the routing's proposal, the
  signatory and executor, the request and decision, notes). Save goes through the store (which recomputes the
  deadlines and logs each change with the reason given); a refusal is shown beside the form in the user's language.
- **Deadlines**: the dates with the full trail of how they were computed (``calculator.trail_html``), and a deadline
  set by hand with its reason (``store.cases.override_deadline``), or given back to the computed date.
- **Attachments**: opened with the system's program; added, replaced by a new version or removed, each file checked
  on the spot (``store.attachments.check_file``, as the wizard does) with its pages counted.
- **Documents**: the generated documents (the case's history records each one); opened, or generated again
  (``services.generate_for_case``; what is missing is listed instead when they cannot be made yet).
- **History**: the store's append-only log.
- **Review** (an incoming request only; the approving side, Algorithm пп. 7–8): the decision's due date with the
  working days left and its urgency, the findings of ``store.review.review_incoming`` (errors and warnings with the
  paragraph each rests on) and its full explanation on demand; who signed the request, the legal service's proposal
  (consent or refuse, reasons, date) and who signs the decision (our officials who may: ``Official.signs_decisions``,
  with the confirming documents a deputy or the head of the apparatus must list), saved through
  ``store.cases.update``; the decision's date and grounds with "Start the review", "Decided: consent", "Decided:
  refuse" (grounds required for a refusal, taken from the proposal) — the card's own status actions placed on this
  tab — and "Generate the proposal and the decision" (the Documents tab's ``regenerate``, then the folder opens).
- The status actions the workflow allows from the current status (``TRANSITIONS``), each recorded on the date chosen
  in the date picker through ``store.cases.set_status``.

``changed`` tells the register to refresh. File dialogs only choose a path: ``add_attachment(path, kind)`` and
``replace_attachment(path)`` do the work, so tests never meet a dialog.

The card's frame (title, status, status actions, the tabs) is ``forms/case_card_dialog.ui``; each tab's content is a
form of its own (``forms/case_card_details.ui`` … ``case_card_review.ui``, in the same translation context), built
when the tab is first shown or any of its widgets is first used (``self.ui`` finds which tab owns a name), then set
up and rendered. A card opens on one tab: building the 190 widgets of all six took ~15 ms of every card, and Qt laid
them all out before the first paint.
"""
from __future__ import annotations

from datetime import date
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QFont, QFontDatabase, QKeySequence, QShortcut
from PySide6.QtWidgets import (QDialog, QFileDialog, QHeaderView, QMessageBox, QPushButton, QTableWidgetItem,
                               QWidget)

from kelisim.ui import i18n
from kelisim.ui.forms import forms_dir, load_form
from kelisim.ui.parties import PartiesEditor
from kelisim.ui.labels import (URGENCY_COLOURS, attachment_file_filter, attachment_role_name, bullet_list_html,
                               deadline_name, direction_label, fmt, request_signatory_role_name, status_name,
                               urgency_label, urgency_of)
from kelisim.ui.labels import html_escape as _esc

DEADLINE_ROWS = ("trigger", "expiry", "request_latest", "received", "decision_due")
HAND_SET = ("expiry", "request_latest", "decision_due")  # store.cases.OVERRIDABLE
ADD_KINDS = ("draft_complaint", "court_act", "confirming_document", "other")  # as on the wizard's step 3
SIGNING_ROLES = ("first_head", "acting_head", "deputy", "apparatus_head", "legal_head", "other")
REVIEW_STATUSES = ("under_review", "decided_consented", "decided_refused")  # an incoming case's Review tab buttons
DECISIONS = ("decided_consented", "decided_refused")
REQUEST_SIGNATORY_ROLES = ("first_head", "acting_head", "deputy", "apparatus_head", "other")
HEADS = ("first_head", "acting_head")
ACT_KINDS = {"ru": ("решение", "определение", "постановление"), "kk": ("шешім", "ұйғарым", "қаулы")}
EMPTY_DATE = QDate(2000, 1, 1)  # the date edits' minimum: shown as «—», read as "no date"
# The edit form's widgets by the store's field name.
DATE_EDITS = {"act_announced": "announcedEdit", "act_final": "finalEdit", "act_received": "actReceivedEdit",
              "trigger_date": "triggerEdit", "request_sent": "requestSentEdit", "received_on": "receivedOnEdit",
              "decision_date": "decisionDateEdit", "complaint_filed": "complaintFiledEdit",
              "closed_on": "closedOnEdit"}
LINE_EDITS = {"court_ru": "courtRuEdit", "court_kk": "courtKkEdit", "case_number": "caseNumberEdit",
              "executor_name": "executorNameEdit", "executor_phone": "executorPhoneEdit",
              "request_number": "requestNumberEdit", "incoming_number": "incomingNumberEdit"}
TEXT_EDITS = {"subject": "subjectEdit", "decision_reasons": "decisionReasonsEdit", "notes": "notesEdit"}


# Each tab page of the frame and the form that fills it.
TAB_FORMS = {"detailsTab": "case_card_details", "deadlinesTab": "case_card_deadlines",
             "attachmentsTab": "case_card_attachments", "documentsTab": "case_card_documents",
             "historyTab": "case_card_history", "reviewTab": "case_card_review"}
# The labels that show a message beside a form: hidden until there is one.
MESSAGE_LABELS = ("editErrorLabel", "handErrorLabel", "attachmentsMessage", "documentsMessage", "savedLabel",
                  "reviewSavedLabel", "decideMessage", "reviewDocsMessage")


@lru_cache(maxsize=4)
def _tab_names(folder: str) -> dict[str, str]:
    """Object name → the tab page whose form holds it (read from the tab forms once)."""
    import re

    owner = {}
    for page, form in TAB_FORMS.items():
        text = (Path(folder) / f"{form}.ui").read_text(encoding="utf-8")
        for name in re.findall(r'<(?:widget|layout|spacer|action)\b[^>]*\bname="([^"]+)"', text):
            owner[name] = page
    return owner


class _CardUi:
    """The card's objects by name: the frame's, or a tab's — which is built first if it is not yet."""

    def __init__(self, card, frame):
        self._card = card
        self._frame = frame
        self._owner = _tab_names(str(forms_dir()))

    def __getattr__(self, name: str):
        if name.startswith("_"):
            raise AttributeError(name)
        page = self._owner.get(name)
        if page is None:
            found = getattr(self._frame, name)
        else:
            found = getattr(self._card._load_tab(page), name)
        setattr(self, name, found)
        return found


def _plain_table(table) -> None:
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)


def _date(value) -> date | None:
    if not value:
        return None
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def _qdate(d: date | None) -> QDate:
    return QDate(d.year, d.month, d.day) if d else EMPTY_DATE


def _read(edit) -> date | None:
    q = edit.date()
    if not q.isValid() or q <= EMPTY_DATE:
        return None
    return date(q.year(), q.month(), q.day())


def _trigger_field(rule_id: str) -> str:
    """Which of the act's dates the term of ``rule_id`` runs from (as the wizard decides)."""
    from kelisim.ui.wizard import trigger_field

    return trigger_field(rule_id)


class CaseCardDialog(QDialog):
    changed = Signal(int)  # the case id, after anything was written
    resume = Signal(int)  # the case id: continue this draft in the new-request wizard

    def __init__(self, store, case_id: int, parent=None, *, today: date | None = None):
        super().__init__(parent)
        self.ui = _CardUi(self, load_form("case_card_dialog", self))
        self.store = store
        self.case_id = case_id
        self.today = today or date.today()
        self.case = None
        self.chain = None
        self.error = None  # the last refused status action (LawError), shown again on a language change
        self.messages: dict[str, object] = {}  # label name → (LawError | function giving the text, colour)
        self.editing = False
        self.route = None
        self.route_error = None
        self.proposed_id: int | None = None
        self.edition = ""  # the KATO edition the routing used
        self._filling = False
        self.action_buttons: dict[str, QPushButton] = {}
        self.review = None  # store.review's RequestReview of an incoming case
        self.review_error = None
        self._review_loaded: dict[str, object] = {}  # what the Review tab's fields last showed from the store
        self._review_shown = False
        self._act_dates: dict[str, date | None] = {}
        self._tabs: dict[str, object] = {}  # tab page name → its loaded form (see the module's notes)
        self._ready = False  # the case has been read: a tab built from now on is rendered at once
        self._calendars_ready = False  # see paintEvent
        self.review_buttons: dict[str, QPushButton] = {}  # the Review tab's status buttons, once it is built
        ui = self.ui
        ui.actionDateEdit.setDate(_qdate(self.today))
        ui.closeButton.clicked.connect(self.accept)
        ui.resumeButton.clicked.connect(lambda: self.resume.emit(self.case_id))
        ui.sendPackageButton.clicked.connect(lambda: self.send_package())
        self.package_box = None  # the last message about a package (written, or refused)
        ui.errorLabel.hide()
        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save.activated.connect(lambda: self.editing and self.save_edit())

        tabs = ui.cardTabs
        case = self.store.cases.get(self.case_id)
        if case.direction == "incoming":  # the approving side's work: the Review tab, second (the form keeps it
            blocked = tabs.blockSignals(True)  # last, so an outgoing card's tabs keep their places)
            try:
                title = tabs.tabText(tabs.indexOf(ui.reviewTab))
                tabs.removeTab(tabs.indexOf(ui.reviewTab))
                tabs.insertTab(1, ui.reviewTab, title)
                tabs.setCurrentWidget(ui.reviewTab if case.status != "closed" else ui.detailsTab)
            finally:
                tabs.blockSignals(blocked)
        tabs.currentChanged.connect(lambda _: self._load_tab(tabs.currentWidget().objectName()))
        self._load_tab(tabs.currentWidget().objectName())
        self.reload()
        self._ready = True

    # ------------------------------------------------------------------ the tabs, built on first need
    def _load_tab(self, page_name: str):
        """The form of the tab page ``page_name``, built (set up, and rendered once the case is read) on first need."""
        form = self._tabs.get(page_name)
        if form is not None or page_name not in TAB_FORMS:
            return form
        page = getattr(self.ui._frame, page_name)
        holder = QWidget(page)
        form = load_form(TAB_FORMS[page_name], holder)
        self._tabs[page_name] = form
        for label in MESSAGE_LABELS:
            if label in form and label not in self.messages:
                getattr(form, label).hide()
        getattr(self, "_setup_" + page_name[:-3])()
        if self._ready:  # rendered before it is shown, as the card's first tab is (tables fit their rows unseen)
            self._render_tab(page_name, i18n.current_language())
            self._render_messages()
            if self._calendars_ready:
                QTimer.singleShot(0, self._prepare_calendars)
        page.layout().addWidget(holder)
        holder.show()  # (a widget added to a page already on screen is not shown by itself)
        return form

    def _setup_details(self) -> None:
        """Case: view and edit."""
        ui = self.ui
        ui.editButton.clicked.connect(self.start_edit)
        ui.saveButton.clicked.connect(self.save_edit)
        ui.cancelEditButton.clicked.connect(self.cancel_edit)
        for name in DATE_EDITS.values():
            if name != "triggerEdit":
                getattr(ui, name).setMinimumDate(EMPTY_DATE)
        for field_name in ("act_announced", "act_final", "act_received"):
            getattr(ui, DATE_EDITS[field_name]).dateChanged.connect(
                lambda _=None, f=field_name: self._on_act_date_changed(f))
        ui.ruleCombo.currentIndexChanged.connect(self._on_rule_changed)
        ui.requesterCombo.currentIndexChanged.connect(self._on_requester_changed)
        ui.approverCombo.currentIndexChanged.connect(lambda _: self._filling or self._render_route_hint())
        self._party_editor = PartiesEditor(ui.partiesTable, ui.addPartyButton, ui.removePartyButton)
        ui.detailsStack.setCurrentWidget(ui.viewPage)
        self._fill_static_combos(("detailsTab",))

    def _setup_deadlines(self) -> None:
        """Deadlines: the dates and their trail; a deadline set by hand."""
        ui = self.ui
        _plain_table(ui.datesTable)
        ui.handNameCombo.currentIndexChanged.connect(lambda _: self._filling or self._render_hand())
        ui.handSetButton.clicked.connect(lambda: self.set_deadline_by_hand())
        ui.handClearButton.clicked.connect(lambda: self.clear_deadline_by_hand())
        ui.handDateEdit.setDate(_qdate(self.today))
        self._fill_static_combos(("deadlinesTab",))

    def _setup_attachments(self) -> None:
        ui = self.ui
        _plain_table(ui.attachmentsTable)
        ui.openAttachmentButton.clicked.connect(self.open_attachment)
        ui.attachmentsTable.doubleClicked.connect(lambda _: self.open_attachment())
        ui.addAttachmentButton.clicked.connect(self.choose_attachment)
        ui.replaceAttachmentButton.clicked.connect(self.choose_replacement)
        ui.removeAttachmentButton.clicked.connect(self.confirm_remove_attachment)
        self._fill_static_combos(("attachmentsTab",))

    def _setup_documents(self) -> None:
        ui = self.ui
        _plain_table(ui.documentsTable)
        ui.openDocumentButton.clicked.connect(self.open_document)
        ui.documentsTable.doubleClicked.connect(lambda _: self.open_document())
        ui.regenerateButton.clicked.connect(lambda: self.regenerate())
        ui.openFolderButton.clicked.connect(self.open_documents_folder)

    def _setup_history(self) -> None:
        _plain_table(self.ui.historyTable)

    def _setup_review(self) -> None:
        """Review (an incoming request): the card's review and decision actions are this tab's buttons."""
        ui = self.ui
        self.review_buttons = {"under_review": ui.startReviewButton, "decided_consented": ui.consentButton,
                               "decided_refused": ui.refuseButton}
        for status, button in self.review_buttons.items():
            button.clicked.connect(lambda _=False, st=status: self.record(st))
        ui.saveReviewButton.clicked.connect(lambda: self.save_review())
        ui.generateReviewButton.clicked.connect(lambda: self.generate_review())
        ui.explainButton.toggled.connect(ui.explainBrowser.setVisible)
        ui.explainBrowser.hide()
        ui.explainBrowser.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        ui.decisionSignatoryCombo.currentIndexChanged.connect(lambda _: self._filling or self._on_signatory_changed())
        ui.proposalDateEdit.setMinimumDate(EMPTY_DATE)
        ui.decideDateEdit.setDate(_qdate(self.today))

    @property
    def party_editor(self) -> PartiesEditor:
        self._load_tab("detailsTab")
        return self._party_editor

    def _render_tab(self, page_name: str, lang: str) -> None:
        if page_name == "detailsTab":
            self._render_details(lang)
        elif page_name == "deadlinesTab":
            self._render_deadlines(lang)
            self._render_hand()
        elif page_name == "attachmentsTab":
            self._render_attachments()
        elif page_name == "documentsTab":
            self._render_documents(lang)
        elif page_name == "historyTab":
            self._render_history(lang)
        elif page_name == "reviewTab":
            self._render_review(lang)
            self._render_actions()  # the card's review and decision actions are now this tab's buttons

    # ------------------------------------------------------------------ loading
    def reload(self) -> None:
        from kelisim.law import LawError
        from kelisim.law.deadlines import compute_deadlines

        self.case = self.store.cases.get(self.case_id)
        self.attachments = self.store.attachments.of_case(self.case_id)
        self.history = self.store.cases.history(self.case_id)
        case = self.case
        try:
            self.chain = compute_deadlines(case.rule, case.trigger_date, received=self.received_for_deadlines(),
                                           today=self.today, calendar=self.store.cases.calendar)
        except LawError:
            self.chain = None
        self.review = self.review_error = None
        if case.direction == "incoming":
            from kelisim.store.review import review_incoming

            try:
                self.review = review_incoming(self.store, self.case_id, today=self.today)
            except LawError as exc:
                self.review_error = exc
            self.signatories = self.decision_signatories()  # read here: rendering asks the store nothing
        self._render()

    def received_for_deadlines(self) -> date | None:
        """The day the approver got the request: recorded, or, for our own request already sent and not yet
        confirmed as received, the day it was sent (the earliest it can arrive: the decision is expected from it)."""
        case = self.case
        if case.received_on:
            return case.received_on
        if case.direction == "outgoing" and case.request_sent and case.status != "draft":
            return case.request_sent
        return None

    def decision_expected(self) -> bool:
        """The decision date shown is expected (counted from the sending day), not due from a recorded receipt."""
        return self.case.received_on is None and self.received_for_deadlines() is not None

    # ------------------------------------------------------------------ rendering
    def _render(self) -> None:
        lang = i18n.current_language()
        case = self.case
        ui = self.ui
        court = (case.court_kk or case.court_ru) if lang == "kk" else (case.court_ru or case.court_kk)
        title = case.case_number or self.tr("Case without a number")
        ui.titleLabel.setText(f"{title} — {court}" if court else title)
        self.setWindowTitle(self.tr("Case {number}").format(number=title))

        urgency, days = self.urgency()
        background, colour, marker = URGENCY_COLOURS[urgency]
        due = _date(case.next_due)
        caption = self.tr("Status:")
        status = f"<b>{_esc(caption)}</b> {_esc(status_name(case.status))}"
        if due is not None and urgency != "none":
            from kelisim.ui.labels import deadline_kind

            status += "&nbsp;&nbsp;·&nbsp;&nbsp;" + _esc(self.tr("Next: {what} on {date}").format(
                what=deadline_kind(case.next_due_kind), date=fmt(due)))
            if days is not None and days >= 0:
                status += " " + _esc(self.tr("({n} working days left)").format(n=days))
        status += f"&nbsp;&nbsp;<span>{marker} {_esc(urgency_label(urgency))}</span>"
        ui.statusValue.setText(status)
        ui.statusValue.setStyleSheet(f"QLabel {{ background: {background}; color: {colour}; border: 1px solid "
                                     f"{colour}; border-radius: 4px; padding: 6px; }}")
        ui.statusValue.setProperty("urgency", urgency)
        ui.resumeButton.setVisible(case.status == "draft" and case.direction == "outgoing")
        self._render_package_button()

        ui.cardTabs.setTabVisible(ui.cardTabs.indexOf(ui.reviewTab), case.direction == "incoming")
        for page_name in list(self._tabs):
            self._render_tab(page_name, lang)
        self._render_actions()
        self._render_messages()

    def urgency(self) -> tuple[str, int | None]:
        case = self.case
        due = _date(case.next_due)
        if due is None or case.status == "closed":
            return "none", None
        try:
            days = self.store.cases.calendar.working_days_between(self.today, due)
        except Exception:  # noqa: BLE001 - beyond the calendar's data
            days = None
        if due < self.today:
            days = min(days if days is not None else -1, -1)
        return urgency_of(days), days

    def _body_name(self, body_id, lang: str) -> str:
        if body_id is None:
            return "—"
        try:
            return self.store.bodies.get(body_id).name(lang)
        except Exception:  # noqa: BLE001 - a body removed meanwhile
            return f"№{body_id}"

    def _render_details(self, lang: str) -> None:
        from kelisim.law.terms import RULES

        case = self.case
        ui = self.ui
        rule = RULES.get(case.rule)
        ui.directionValue.setText(direction_label(case.direction))
        ui.ruleValue.setText(rule.title(lang) if rule else case.rule)
        court = (case.court_kk or case.court_ru) if lang == "kk" else (case.court_ru or case.court_kk)
        ui.courtValue.setText(court or "—")
        ui.caseNumberValue.setText(case.case_number or "—")
        parties = [f"{p.name} ({self.party_editor.role_name(p.role)})" + (f", {p.id_number}" if p.id_number else "")
                   for p in case.parties]
        ui.partiesValue.setText("\n".join(parties) or "—")
        ui.subjectValue.setText(case.subject or "—")
        act = [case.act_kind] if case.act_kind else []
        for label, value in ((self.tr("announced"), case.act_announced), (self.tr("in final form"), case.act_final),
                             (self.tr("received"), case.act_received)):
            if value:
                act.append(f"{label} {fmt(value)}")
        if case.trigger_date not in (case.act_announced, case.act_final, case.act_received):
            act.append(self.tr("the term runs from {date}").format(date=fmt(case.trigger_date)))
        ui.actValue.setText(", ".join(act) or "—")
        ui.requesterValue.setText(self._body_name(case.requester_id, lang))
        approver = self._body_name(case.approver_id, lang)
        if case.route_basis:
            approver += f" ({case.route_basis})"
        if case.approver_override_reason:
            approver += "\n" + self.tr("Chosen instead of the routing's proposal: {reason}").format(
                reason=case.approver_override_reason)
        ui.approverValue.setText(approver)
        executor = ", ".join(x for x in (case.executor_name, case.executor_phone) if x)
        if case.signatory_id is not None:
            try:
                signatory = self.store.officials.get(case.signatory_id).full_name
            except Exception:  # noqa: BLE001 - an official removed meanwhile
                signatory = f"№{case.signatory_id}"
            executor = "\n".join(x for x in (self.tr("signed by {name}").format(name=signatory), executor) if x)
        ui.executorValue.setText(executor or "—")
        request = []
        if case.request_number:
            request.append(self.tr("No. {number}").format(number=case.request_number))
        if case.request_sent:
            request.append(self.tr("sent {date}").format(date=fmt(case.request_sent)))
        if case.incoming_number:
            request.append(self.tr("incoming No. {number}").format(number=case.incoming_number))
        if case.received_on:
            request.append(self.tr("received {date}").format(date=fmt(case.received_on)))
        text = ", ".join(request) or "—"
        if case.direction == "incoming" and (case.request_signatory_name or case.request_signatory_role):
            text += "\n" + self.tr("signed by {name}").format(name=", ".join(
                x for x in (case.request_signatory_name, request_signatory_role_name(case.request_signatory_role)) if x))
        ui.requestValue.setText(text)
        decision = "—"
        if case.decision:
            word = self.tr("consented") if case.decision == "consented" else self.tr("refused")
            decision = f"{word} {fmt(case.decision_date)}" if case.decision_date else word
            if case.decision_reasons:
                decision += f"\n{case.decision_reasons}"
        if case.complaint_filed:
            decision = "\n".join(x for x in (decision if case.decision else "", self.tr("complaint filed {date}").format(
                date=fmt(case.complaint_filed))) if x)
        if case.closed_on:
            decision = "\n".join(x for x in (decision if decision != "—" else "",
                                             self.tr("closed {date}").format(date=fmt(case.closed_on))) if x)
        ui.decisionValue.setText(decision)
        ui.notesValue.setText(case.notes or "—")
        ui.editButton.setEnabled(not self.editing)

    def _render_deadlines(self, lang: str) -> None:
        from kelisim.law.calendar import weekday_kk, weekday_ru
        from kelisim.ui.calculator import trail_html

        case = self.case
        ui = self.ui
        table = ui.datesTable
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels([self.tr("Deadline"), self.tr("Date"), self.tr("Day of the week"),
                                         self.tr("Note")])
        table.setRowCount(len(DEADLINE_ROWS))
        weekday = weekday_kk if lang == "kk" else weekday_ru
        for row, key in enumerate(DEADLINE_ROWS):
            note = ""
            if key == "trigger":
                value = case.trigger_date
            elif key == "received":
                value = case.received_on
            else:
                value = case.due(key)
            if key == "decision_due" and key not in case.overrides and self.chain is not None:
                value = self.chain.decision_due
                if value is not None and self.decision_expected():
                    note = self.tr("expected, if received on the day it was sent ({date})").format(
                        date=fmt(case.request_sent))
            if key in case.overrides:
                note = self.tr("set by hand: {reason}").format(reason=case.overrides[key].get("reason", ""))
            cells = (deadline_name(key), fmt(value) if value else "—", weekday(value) if value else "", note)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if key in ("expiry", "request_latest", "decision_due") and value:
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                if note and column == 3:
                    item.setForeground(QColor("#8a1c1c" if key in case.overrides else "#5f6368"))
                    item.setToolTip(note)
                table.setItem(row, column, item)
        table.resizeColumnsToContents()
        table.resizeRowsToContents()
        table.setFixedHeight(table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
                             + sum(table.rowHeight(r) for r in range(table.rowCount())))
        chain = self.chain
        if chain is None:
            ui.trailBrowser.setPlainText(self.tr("The deadlines cannot be recomputed from the case's dates."))
            ui.warningsLabel.hide()
            return
        ui.trailBrowser.setHtml(trail_html(chain, lang, self.tr("Basis")))
        warnings = [w.message(lang) for w in chain.warnings]
        if warnings:
            ui.warningsLabel.setText(bullet_list_html(self.tr("Please note:"), warnings))
            ui.warningsLabel.show()
        else:
            ui.warningsLabel.hide()

    def _render_hand(self) -> None:
        """The "set by hand" row: the chosen deadline's current date, and whether it is already set by hand."""
        ui = self.ui
        name = ui.handNameCombo.currentData() or HAND_SET[0]
        case = self.case
        current = case.due(name)
        if current is None and name == "decision_due" and self.chain is not None:
            current = self.chain.decision_due
        ui.handDateEdit.setDate(_qdate(current or self.today))
        by_hand = name in case.overrides
        ui.handReasonEdit.setText(case.overrides[name].get("reason", "") if by_hand else "")
        ui.handClearButton.setEnabled(by_hand)

    def _render_attachments(self) -> None:
        ui = self.ui
        table = ui.attachmentsTable
        chosen = self.chosen_attachment()
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels([self.tr("Document"), self.tr("File"), self.tr("Pages"), self.tr("Size")])
        table.setRowCount(len(self.attachments))
        for row, a in enumerate(self.attachments):
            size = self.tr("{n} KB").format(n=max(1, round(a.size / 1024)))
            for column, text in enumerate((attachment_role_name(a.role), a.original_name,
                                           str(a.pages) if a.pages else "—", size)):
                table.setItem(row, column, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        has = bool(self.attachments)
        ui.noAttachmentsLabel.setVisible(not has)
        for button in (ui.openAttachmentButton, ui.replaceAttachmentButton, ui.removeAttachmentButton):
            button.setEnabled(has)
        if has:
            ids = [a.id for a in self.attachments]
            table.selectRow(ids.index(chosen.id) if chosen is not None and chosen.id in ids else 0)

    def _action_name(self, action: str) -> str:
        names = {"created": self.tr("created"), "changed": self.tr("changed"), "status": self.tr("status"),
                 "recomputed": self.tr("deadlines recomputed"), "override": self.tr("deadline set by hand"),
                 "override-cleared": self.tr("hand-set deadline cleared"), "deleted": self.tr("deleted"),
                 "document": self.tr("document written"), "attached": self.tr("file attached"),
                 "detached": self.tr("file removed"), "pages": self.tr("number of pages changed")}
        return names.get(action, action)

    def _field_name(self, field_name: str, lang: str) -> str:
        """A field of the history in words: the store's names, and the card's own for the rest."""
        from kelisim.store.cases import FIELD_NAMES

        names = FIELD_NAMES.get(field_name)
        if names:
            return names[1] if lang == "kk" else names[0]
        own = {"parties": self.tr("parties"), "notes": self.tr("notes"), "rule": self.tr("what is appealed"),
               "procedure": self.tr("procedure"), "decision": self.tr("decision"),
               "decision_reasons": self.tr("reasons of the decision"), "request_number": self.tr("outgoing number"),
               "incoming_number": self.tr("incoming number"), "requester_id": self.tr("requesting body"),
               "approver_id": self.tr("approving body"), "signatory_id": self.tr("signatory"),
               "approver_override_reason": self.tr("why this approving body"), "language": self.tr("language"),
               "route_rule": self.tr("routing rule"), "route_basis": self.tr("routing basis"),
               "kato_edition": self.tr("KATO edition"), "deadlines": self.tr("appeal term expiry"),
               "proposal": self.tr("proposal of the legal service"),
               "decision_signatory_id": self.tr("signs the decision"),
               "request_signatory_role": self.tr("capacity of the request's signatory")}
        if field_name in own:
            return own[field_name]
        if field_name in HAND_SET:
            return deadline_name(field_name)
        return field_name

    def _history_value(self, field_name: str, value, lang: str) -> str | None:
        if value is None or value == "":
            return value
        if field_name in ("requester_id", "approver_id"):
            try:
                return self._body_name(int(value), lang)
            except ValueError:
                return value
        if field_name == "decision":
            return self.tr("consented") if value == "consented" else self.tr("refused")
        if field_name == "proposal":
            return self.tr("to consent") if value == "consent" else self.tr("to refuse")
        if field_name == "request_signatory_role":
            return request_signatory_role_name(value)
        if field_name in ("decision_signatory_id", "signatory_id"):
            try:
                return self.store.officials.get(int(value)).full_name
            except Exception:  # noqa: BLE001 - an official removed meanwhile, or not a number
                return value
        if field_name == "rule":
            from kelisim.law.terms import RULES

            return RULES[value].title(lang) if value in RULES else value
        try:
            if len(value) == 10:
                return fmt(date.fromisoformat(value))
        except (TypeError, ValueError):
            pass
        return value

    def _render_history(self, lang: str) -> None:
        from kelisim.documents.templates import KIND_NAMES

        table = self.ui.historyTable
        table.setColumnCount(5)
        table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Change"),
                                         self.tr("Reason")])
        table.setRowCount(len(self.history))
        for row, event in enumerate(self.history):
            at = event["at"][:16].replace("T", " ")
            try:
                at = fmt(date.fromisoformat(event["at"][:10])) + event["at"][10:16].replace("T", " ")
            except ValueError:
                pass
            what = self._action_name(event["action"])
            field = event["field"] or ""
            old, new = event["old"], event["new"]
            if event["action"] == "document":
                names = KIND_NAMES.get(field)
                what += ": " + ((names[1] if lang == "kk" else names[0]) if names else field)
                old, new = None, Path(str(new).split(" sha256:")[0]).name if new else new
            elif event["action"] in ("attached", "detached", "pages"):  # the attachments' own history
                what += ": " + attachment_role_name(field)
                if event["action"] == "pages" and event["reason"]:
                    what += f" ({event['reason']})"  # the file's name (kept in the reason column of the log)
                old, new = [str(v).split(" sha256:")[0] if v else v for v in (old, new)]
            elif event["action"] == "status":
                old, new = status_name(old) if old else old, status_name(new) if new else new
            elif field:
                what += ": " + self._field_name(field, lang)
                old, new = self._history_value(field, old, lang), self._history_value(field, new, lang)
            change = f"{old or '—'} → {new or '—'}" if (old or new) else ""
            if event["action"] in ("document", "attached"):
                change = new or ""  # the file written, the file attached
            elif event["action"] == "detached":
                change = old or ""
            elif event["action"] == "pages":
                change = f"{old or '—'} → {new or '—'}"
            reason = "" if event["action"] == "pages" else event["reason"] or ""
            for column, text in enumerate((at, event["user"], what, change, reason)):
                item = QTableWidgetItem(text)
                if column in (3, 4) and text:
                    item.setToolTip(text)
                table.setItem(row, column, item)
        table.resizeColumnsToContents()
        for column, widest in ((2, 320), (3, 300)):  # long texts wrap; the reason stays in view
            table.setColumnWidth(column, min(table.columnWidth(column), widest))
        table.resizeRowsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        if self.history:
            table.scrollToBottom()

    def _transition_label(self, status: str) -> str:
        labels = {
            "request_sent": self.tr("Request sent"), "consented": self.tr("Consent received"),
            "refused": self.tr("Refusal received"), "complaint_filed": self.tr("Complaint filed"),
            "closed": self.tr("Close the case"), "draft": self.tr("Back to draft"),
            "under_review": self.tr("Taken under review"), "decided_consented": self.tr("Decided: consent"),
            "decided_refused": self.tr("Decided: refuse"), "received": self.tr("Request received"),
        }
        return labels.get(status, status)

    def _render_actions(self) -> None:
        from kelisim.store.cases import TRANSITIONS

        layout = self.ui.actionButtonsLayout
        static = set(self.review_buttons.values())
        for button in self.action_buttons.values():
            if button not in static:
                layout.removeWidget(button)
                button.deleteLater()
        self.action_buttons = {}
        allowed = TRANSITIONS.get(self.case.status, ())
        incoming = self.case.direction == "incoming"
        for status, button in self.review_buttons.items():  # an incoming case decides on its Review tab
            button.setVisible(incoming and status in allowed)
        for status in allowed:
            if incoming and status in self.review_buttons:
                self.action_buttons[status] = self.review_buttons[status]
                continue
            button = QPushButton(self._transition_label(status), self)
            button.setObjectName(f"action_{status}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, s=status: self.record(s))
            layout.addWidget(button)
            self.action_buttons[status] = button
        self.ui.actionDateEdit.setEnabled(bool(allowed))
        self.ui.actionHint.setText(
            self.tr("Choose the date, then what happened on it.") if allowed
            else self.tr("The case is closed: nothing more to record."))
        self.ui.actionsBox.setVisible(not self.editing)

    # ------------------------------------------------------------------ messages beside the forms
    def _say(self, label: str, message, colour: str = "#b71c1c") -> None:
        """Show ``message`` (a LawError, or a function giving the text in the current language) in ``label``."""
        self.messages[label] = (message, colour)
        self._render_messages()

    def _clear(self, label: str) -> None:
        self.messages.pop(label, None)
        getattr(self.ui, label).hide()

    def _render_messages(self) -> None:
        from kelisim.law import LawError

        for label, (message, colour) in self.messages.items():
            widget = getattr(self.ui, label)
            text = message.message(i18n.current_language()) if isinstance(message, LawError) else message()
            widget.setText(text)
            widget.setStyleSheet(f"color: {colour};")
            widget.show()

    # ------------------------------------------------------------------ status actions
    def action_date(self) -> date:
        q = self.ui.actionDateEdit.date()
        return date(q.year(), q.month(), q.day())

    def set_action_date(self, day: date) -> None:
        """The day of the next status action (on the Review tab too)."""
        self.ui.actionDateEdit.setDate(_qdate(day))
        self.ui.decideDateEdit.setDate(_qdate(day))

    def decide_date(self) -> date:
        q = self.ui.decideDateEdit.date()
        return date(q.year(), q.month(), q.day())

    def record(self, status: str) -> bool:
        """Record a status change on the chosen date; the register is told to refresh. An incoming case's review
        and decision are recorded from its Review tab: on its date, a decision with its grounds (required for a
        refusal), after the tab's unsaved answers are saved."""
        from kelisim.law import LawError

        if self.case.direction == "incoming" and status in REVIEW_STATUSES:
            return self._record_review(status)
        try:
            self.store.cases.set_status(self.case_id, status, on=self.action_date())
        except LawError as exc:
            self.error = exc
            self.ui.errorLabel.setText(exc.message(i18n.current_language()))
            self.ui.errorLabel.show()
            return False
        self.error = None
        self.ui.errorLabel.hide()
        self._written()
        return True

    def _written(self) -> None:
        self.reload()
        self.changed.emit(self.case_id)

    # ================================================================== editing the case in place
    def _fill_static_combos(self, pages=None) -> None:
        """The lists whose words depend on the interface language (their choice is kept), on the tabs ``pages``
        (default: those built)."""
        from kelisim.law.terms import RULES

        pages = tuple(self._tabs) if pages is None else pages
        ui = self.ui
        lang = i18n.current_language()
        combos = []
        if "detailsTab" in pages:
            combos += [(ui.languageCombo, (("ru", self.tr("Russian")), ("kk", self.tr("Kazakh")))),
                       (ui.decisionCombo, ((None, self.tr("none yet")), ("consented", self.tr("consented")),
                                           ("refused", self.tr("refused"))))]
        if "deadlinesTab" in pages:
            combos.append((ui.handNameCombo, tuple((n, deadline_name(n)) for n in HAND_SET)))
        if "attachmentsTab" in pages:
            combos.append((ui.kindCombo, tuple((k, attachment_role_name(k)) for k in ADD_KINDS)))
        self._filling = True
        try:
            if "detailsTab" in pages:
                rule = ui.ruleCombo.currentData()
                ui.ruleCombo.clear()
                for procedure, caption in (("civil", self.tr("civil")), ("administrative", self.tr("administrative"))):
                    for r in RULES.values():
                        if r.procedure == procedure:
                            ui.ruleCombo.addItem(f"{r.title(lang)} ({caption})", r.id)
                            ui.ruleCombo.setItemData(ui.ruleCombo.count() - 1, r.title(lang),
                                                     Qt.ItemDataRole.ToolTipRole)
                ui.ruleCombo.setCurrentIndex(max(0, ui.ruleCombo.findData(rule)))
                kind = ui.actKindCombo.currentText()
                ui.actKindCombo.clear()
                ui.actKindCombo.addItems(ACT_KINDS["kk" if lang == "kk" else "ru"])
                ui.actKindCombo.setEditText(kind)
            for combo, items in combos:
                current = combo.currentData()
                combo.clear()
                for data, text in items:
                    combo.addItem(text, data)
                combo.setCurrentIndex(max(0, combo.findData(current)))
        finally:
            self._filling = False
        if "detailsTab" in pages:
            self._party_editor.retranslate()

    def _fill_bodies(self) -> None:
        """The bodies of the register in the two lists (read once per editing: a language change only re-words
        them)."""
        ui = self.ui
        lang = i18n.current_language()
        requester, approver = ui.requesterCombo.currentData(), ui.approverCombo.currentData()
        if self.__dict__.get("_bodies") is None:
            self._bodies = self.store.bodies.list()
        bodies = self._bodies
        self._filling = True
        try:
            ui.requesterCombo.clear()
            ui.requesterCombo.addItem(self.tr("— none —"), None)
            for body in sorted(bodies, key=lambda b: (not b.is_own, b.name(lang))):
                ui.requesterCombo.addItem(body.name(lang) + (" " + self.tr("(our body)") if body.is_own else ""),
                                          body.id)
            ui.approverCombo.clear()
            ui.approverCombo.addItem(self.tr("— none —"), None)
            for body in sorted(bodies, key=lambda b: b.name(lang)):
                ui.approverCombo.addItem(body.name(lang), body.id)
            ui.requesterCombo.setCurrentIndex(max(0, ui.requesterCombo.findData(requester)))
            ui.approverCombo.setCurrentIndex(max(0, ui.approverCombo.findData(approver)))
        finally:
            self._filling = False

    def _official_role_name(self, role: str) -> str:
        names = {"first_head": self.tr("head"), "acting_head": self.tr("acting head"), "deputy": self.tr("deputy"),
                 "apparatus_head": self.tr("head of the apparatus"), "legal_head": self.tr("head of the legal service"),
                 "other": self.tr("other official")}
        return names.get(role, role)

    def _fill_signatories(self, keep=None) -> None:
        ui = self.ui
        current = ui.signatoryCombo.currentData() if keep is None else keep
        requester = ui.requesterCombo.currentData()
        officials = []
        if requester is not None:
            cache = self.__dict__.setdefault("_officials", {})
            if requester not in cache:
                cache[requester] = [o for o in self.store.officials.of_body(requester, self.today)
                                    if o.role in SIGNING_ROLES]
            officials = cache[requester]
        self._filling = True
        try:
            ui.signatoryCombo.clear()
            ui.signatoryCombo.addItem(self.tr("the head on the day (chosen by the program)"), None)
            for official in officials:
                ui.signatoryCombo.addItem(f"{official.full_name} — {self._official_role_name(official.role)}",
                                          official.id)
            ui.signatoryCombo.setCurrentIndex(max(0, ui.signatoryCombo.findData(current)))
        finally:
            self._filling = False

    def add_party(self, role: str = "third_party", name: str = "", id_number: str = "") -> int:
        return self.party_editor.add(role, name, id_number)

    def remove_party(self) -> None:
        self.party_editor.remove_current()

    def set_party(self, row: int, role: str | None = None, name: str | None = None,
                  id_number: str | None = None) -> None:
        self.party_editor.set(row, role, name, id_number)

    def parties(self) -> list[dict]:
        return self.party_editor.parties()

    def start_edit(self) -> None:
        """The Details tab becomes a form holding the case's current data."""
        ui = self.ui
        case = self.store.cases.get(self.case_id)
        self.case = case
        self._filling = True
        try:
            ui.ruleCombo.setCurrentIndex(max(0, ui.ruleCombo.findData(case.rule)))
            for field_name, name in LINE_EDITS.items():
                getattr(ui, name).setText(getattr(case, field_name))
            for field_name, name in TEXT_EDITS.items():
                getattr(ui, name).setPlainText(getattr(case, field_name))
            for field_name, name in DATE_EDITS.items():
                getattr(ui, name).setDate(_qdate(getattr(case, field_name)))
            ui.actKindCombo.setEditText(case.act_kind)
            ui.languageCombo.setCurrentIndex(max(0, ui.languageCombo.findData(case.language)))
            ui.decisionCombo.setCurrentIndex(max(0, ui.decisionCombo.findData(case.decision)))
            self.party_editor.load(case.parties)
            ui.overrideReasonEdit.setText(case.approver_override_reason)
            ui.changeReasonEdit.clear()
        finally:
            self._filling = False
        self._act_dates = {f: case.__dict__[f] for f in ("act_announced", "act_final", "act_received")}
        self._bodies, self._officials = None, {}  # read afresh for each editing
        self._fill_bodies()
        self._filling = True
        ui.requesterCombo.setCurrentIndex(max(0, ui.requesterCombo.findData(case.requester_id)))
        ui.approverCombo.setCurrentIndex(max(0, ui.approverCombo.findData(case.approver_id)))
        self._filling = False
        self._fill_signatories(keep=case.signatory_id)
        self.compute_route()
        self._render_trigger_hint()
        self._clear("editErrorLabel")
        self._clear("savedLabel")
        self.editing = True
        ui.detailsStack.setCurrentWidget(ui.editPage)
        ui.cardTabs.setCurrentWidget(ui.detailsTab)
        ui.actionsBox.hide()
        ui.editScroll.verticalScrollBar().setValue(0)
        ui.ruleCombo.setFocus()

    def cancel_edit(self) -> None:
        """Forget what was typed: the card shows the case as the store has it."""
        self.editing = False
        self._clear("editErrorLabel")
        self.ui.detailsStack.setCurrentWidget(self.ui.viewPage)
        self.reload()
        self.ui.editButton.setFocus()

    def _on_act_date_changed(self, field_name: str) -> None:
        """The date the term runs from follows the act's date it rests on (unless the user set it apart)."""
        ui = self.ui
        new = _read(getattr(ui, DATE_EDITS[field_name]))
        old = self._act_dates.get(field_name)
        self._act_dates[field_name] = new
        rule = ui.ruleCombo.currentData()
        if self._filling or not rule or new is None or _trigger_field(rule) != field_name:
            return
        if old is None or _read(ui.triggerEdit) == old:
            ui.triggerEdit.setDate(_qdate(new))

    def _on_rule_changed(self, *_):
        if self._filling:
            return
        ui = self.ui
        rule = ui.ruleCombo.currentData()
        trigger = _read(ui.triggerEdit)
        if rule:
            source = _read(getattr(ui, DATE_EDITS[_trigger_field(rule)]))
            if source is not None and trigger in self._act_dates.values():
                ui.triggerEdit.setDate(_qdate(source))
        self._render_trigger_hint()
        if self.editing:
            self.compute_route()

    def _render_trigger_hint(self) -> None:
        from kelisim.law.terms import RULES

        rule_id = self.ui.ruleCombo.currentData()
        if not rule_id:
            self.ui.triggerHint.setText("")
            return
        rule = RULES[rule_id]
        kk = i18n.current_language() == "kk"
        self.ui.triggerHint.setText(self.tr("Term: {period} from the day after: {what} ({basis}).").format(
            period=rule.period_kk() if kk else rule.period_ru(), what=rule.trigger_kk if kk else rule.trigger_ru,
            basis=rule.basis_kk if kk else rule.basis_ru))

    def _on_requester_changed(self, *_):
        if self._filling:
            return
        ui = self.ui
        follow = ui.approverCombo.currentData() == self.proposed_id  # the approver was the routing's proposal
        self._fill_signatories()
        self.compute_route()
        if follow and self.proposed_id is not None:
            ui.approverCombo.setCurrentIndex(max(0, ui.approverCombo.findData(self.proposed_id)))
        self._render_route_hint()

    def compute_route(self) -> None:
        """Who approves for the chosen requesting body by the Algorithm (as the wizard asks it)."""
        from kelisim.law import LawError
        from kelisim.law.terms import RULES

        ui = self.ui
        self.route = self.route_error = self.proposed_id = None
        self.edition = ""
        body_id, rule_id = ui.requesterCombo.currentData(), ui.ruleCombo.currentData()
        if body_id is not None and rule_id:
            rule = RULES[rule_id]
            from kelisim.store.register import route_stored_body

            try:
                self.route, proposed, self.edition = route_stored_body(self.store, body_id, rule.procedure, rule.stage)
                self.proposed_id = proposed.id if proposed is not None else None
            except LawError as exc:
                self.route_error = exc
        if self.route is not None and not self.route.consent_required:
            self.proposed_id = None
        self._render_route_hint()

    def approver_differs(self) -> bool:
        """The chosen approving body is not the one the Algorithm names (a reason is then required)."""
        return self.ui.approverCombo.currentData() != self.proposed_id

    def _render_route_hint(self) -> None:
        ui = self.ui
        lang = i18n.current_language()
        if self.route_error is not None:
            text = self.tr("Routing cannot name the approving body: {why}").format(
                why=self.route_error.message(lang))
        elif self.route is None:
            text = ""
        elif not self.route.consent_required:
            text = self.tr("By the Algorithm no consent is needed ({basis}).").format(basis=self.route.basis(lang))
        else:
            text = self.tr("By the Algorithm the approving body is {body} ({basis}).").format(
                body=self._body_name(self.proposed_id, lang), basis=self.route.basis(lang))
        differs = self.approver_differs()
        if differs and (self.route is not None or self.route_error is not None):
            text += " " + self.tr("Another body is chosen: write why.")
        ui.routeHint.setText(text)
        ui.routeHint.setVisible(bool(text))
        for widget in (ui.overrideReasonEdit, ui.overrideReasonLabel):
            widget.setEnabled(differs)

    def edit_changes(self) -> dict:
        """What the form changes, as the store's fields (only those that differ from the case)."""
        ui = self.ui
        case = self.case
        out: dict = {}
        rule = ui.ruleCombo.currentData()
        if rule != case.rule:
            out["rule"] = rule
        for field_name, name in LINE_EDITS.items():
            value = " ".join(getattr(ui, name).text().split())
            if value != getattr(case, field_name):
                out[field_name] = value
        for field_name, name in TEXT_EDITS.items():
            value = getattr(ui, name).toPlainText().strip()
            if value != getattr(case, field_name):
                out[field_name] = value
        kind = " ".join(ui.actKindCombo.currentText().split())
        if kind != case.act_kind:
            out["act_kind"] = kind
        for field_name, name in DATE_EDITS.items():
            value = _read(getattr(ui, name))
            if value != getattr(case, field_name):
                out[field_name] = value.isoformat() if value else None
        for field_name, combo in (("language", ui.languageCombo), ("decision", ui.decisionCombo),
                                  ("requester_id", ui.requesterCombo), ("approver_id", ui.approverCombo),
                                  ("signatory_id", ui.signatoryCombo)):
            value = combo.currentData()
            if value != getattr(case, field_name):
                out[field_name] = value
        parties = self.parties()
        if parties != [dict(p.__dict__) for p in case.parties]:
            out["parties"] = parties
        if {"requester_id", "approver_id", "rule"} & set(out) or case.approver_override_reason:
            reason = " ".join(ui.overrideReasonEdit.text().split()) if self.approver_differs() else ""
            if reason != case.approver_override_reason:
                out["approver_override_reason"] = reason
            if self.route is not None and {"requester_id", "rule"} & set(out):
                out["route_rule"], out["route_basis"] = self.route.rule, self.route.basis_ru
                if self.edition:
                    out["kato_edition"] = self.edition
        return out

    def save_edit(self) -> bool:
        """Write the form through ``store.cases.update``: the deadlines are recomputed, every change logged."""
        from kelisim.law import LawError

        ui = self.ui
        self._clear("editErrorLabel")
        if not self.editing:
            return False
        changes = self.edit_changes()
        moved = {"requester_id", "approver_id", "rule"} & set(changes)
        if moved and self.approver_differs() and not " ".join(ui.overrideReasonEdit.text().split()):
            self._say("editErrorLabel", lambda: self.tr(
                "Write why this body approves instead of the one the Algorithm names (for example, the law that "
                "authorises it to hear complaints)."))
            ui.overrideReasonEdit.setFocus()
            return False
        if changes:
            try:
                self.store.cases.update(self.case_id, changes, reason=ui.changeReasonEdit.text(), today=self.today)
            except LawError as exc:
                self._say("editErrorLabel", exc)
                return False
        old = self.case
        self.editing = False
        ui.detailsStack.setCurrentWidget(ui.viewPage)
        if changes:
            self._written()
            recomputed = {"rule", "trigger_date", "received_on"} & set(changes) or old.deadlines != self.case.deadlines
            self._say("savedLabel", (lambda: self.tr("Saved; the deadlines were recomputed.")) if recomputed
                      else (lambda: self.tr("Saved.")), "#1b5e20")
        else:
            self.reload()
            self._say("savedLabel", lambda: self.tr("Nothing was changed."), "#5f6368")
        ui.editButton.setFocus()
        return True

    # ================================================================== deadlines set by hand
    def set_deadline_by_hand(self, name: str | None = None, day: date | None = None, reason: str | None = None) -> bool:
        """Keep a deadline at a date the user sets (the store marks it and recomputation leaves it alone)."""
        from kelisim.law import LawError

        ui = self.ui
        name = name or ui.handNameCombo.currentData()
        day = day or _read(ui.handDateEdit)
        reason = ui.handReasonEdit.text() if reason is None else reason
        self._clear("handErrorLabel")
        try:
            self.store.cases.override_deadline(self.case_id, name, day, reason)
        except LawError as exc:
            self._say("handErrorLabel", exc)
            return False
        self._written()
        return True

    def clear_deadline_by_hand(self, name: str | None = None) -> bool:
        """Give a deadline back to the computed date."""
        from kelisim.law import LawError

        ui = self.ui
        name = name or ui.handNameCombo.currentData()
        self._clear("handErrorLabel")
        try:
            self.store.cases.override_deadline(self.case_id, name, None, ui.handReasonEdit.text())
        except LawError as exc:
            self._say("handErrorLabel", exc)
            return False
        self._written()
        return True

    # ================================================================== attachments
    def chosen_attachment(self):
        row = self.ui.attachmentsTable.currentRow()
        items = self.__dict__.get("attachments") or []
        return items[row] if 0 <= row < len(items) else None

    def choose_attachment(self) -> None:
        kind = self.ui.kindCombo.currentData()
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose: {what}").format(what=attachment_role_name(kind)),
                                              str(Path.home()), attachment_file_filter())
        if path:
            self.add_attachment(Path(path), kind)

    def choose_replacement(self) -> None:
        chosen = self.chosen_attachment()
        if chosen is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("A new version of: {name}").format(name=chosen.original_name), str(Path.home()),
            attachment_file_filter())
        if path:
            self.replace_attachment(Path(path))

    def _pages_text(self, attachment) -> str:
        if attachment.pages:
            return self.tr("{n} p.").format(n=attachment.pages)
        return self.tr("pages not counted")

    def add_attachment(self, path, kind: str) -> bool:
        """Check the file as the wizard does and attach it with ``kind``; a refusal says what is wrong with it."""
        from kelisim.law import LawError
        from kelisim.store.attachments import check_file

        path = Path(path)
        try:
            check_file(path, path.name)
            added = self.store.attachments.add(self.case_id, path, kind)
        except LawError as exc:
            self._say("attachmentsMessage", exc)
            return False
        self._written()
        self._select_attachment(added.id)
        self._say("attachmentsMessage", lambda a=added: self.tr("Attached: {name} ({what}, {pages}).").format(
            name=a.original_name, what=attachment_role_name(a.role), pages=self._pages_text(a)), "#1b5e20")
        return True

    def replace_attachment(self, path, attachment_id: int | None = None) -> bool:
        """A new version of an attached file: the new file (checked) takes the old one's kind; the old one is
        detached."""
        from kelisim.law import LawError
        from kelisim.store.attachments import check_file

        path = Path(path)
        old = self.store.attachments.get(attachment_id) if attachment_id is not None else self.chosen_attachment()
        if old is None:
            return False
        try:
            check_file(path, path.name)
            new = self.store.attachments.replace(old.id, path)  # its kind and its place in the list
        except LawError as exc:
            self._say("attachmentsMessage", exc)
            return False
        self._written()
        self._select_attachment(new.id)
        self._say("attachmentsMessage", lambda: self.tr("Replaced: {old} → {new} ({pages}).").format(
            old=old.original_name, new=new.original_name, pages=self._pages_text(new)), "#1b5e20")
        return True

    def confirm_remove_attachment(self) -> None:
        chosen = self.chosen_attachment()
        if chosen is None:
            return
        answer = QMessageBox.question(self, self.tr("Remove the attachment"),
                                      self.tr("Detach «{name}» from the case?").format(name=chosen.original_name))
        if answer == QMessageBox.StandardButton.Yes:
            self.remove_attachment(chosen.id)

    def remove_attachment(self, attachment_id: int) -> bool:
        from kelisim.law import LawError

        try:
            removed = self.store.attachments.remove(attachment_id)
        except LawError as exc:
            self._say("attachmentsMessage", exc)
            return False
        self._written()
        self._say("attachmentsMessage", lambda: self.tr("Detached: {name}.").format(name=removed.original_name),
                  "#5f6368")
        return True

    def _select_attachment(self, attachment_id: int) -> None:
        ids = [a.id for a in self.attachments]
        if attachment_id in ids:
            self.ui.attachmentsTable.selectRow(ids.index(attachment_id))

    def open_attachment(self) -> bool:
        """Copy the chosen attachment out under its own name (in the data folder) and open it with the system's
        program for its kind."""
        from kelisim.law import LawError

        attachment = self.chosen_attachment()
        if attachment is None:
            return False
        folder = self.store.home / "documents" / "opened" / self.case.uid
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path = self.store.attachments.copy_out(attachment.id, folder)
        except (LawError, OSError) as exc:
            text = exc.message(i18n.current_language()) if isinstance(exc, LawError) else str(exc)
            self.ui.errorLabel.setText(text)
            self.ui.errorLabel.show()
            return False
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self.ui.errorLabel.setText(self.tr("No program opens this kind of file; the copy is in {folder}.").format(
                folder=str(folder)))
            self.ui.errorLabel.show()
            return False
        return True

    # ================================================================== documents
    def documents(self) -> list[dict]:
        """The case's generated documents, newest first: each one its history records (kind, path, when, SHA-256),
        and any other file in the case's documents folder."""
        from kelisim.services import case_documents_folder

        seen: dict[str, dict] = {}
        for event in self.history:
            if event["action"] != "document" or not event["new"]:
                continue
            path, _, sha = str(event["new"]).partition(" sha256:")
            seen[path] = {"kind": event["field"], "path": Path(path), "at": event["at"], "sha256": sha}
        folder = case_documents_folder(self.store, self.case_id)
        if folder.is_dir():
            for path in sorted(folder.iterdir()):
                if path.is_file() and not path.name.startswith((".", "~$")) and str(path) not in seen:
                    seen[str(path)] = {"kind": "", "path": path, "at": "", "sha256": ""}
        return sorted(seen.values(), key=lambda d: d["at"], reverse=True)

    def _render_documents(self, lang: str) -> None:
        from kelisim.documents.templates import KIND_NAMES

        ui = self.ui
        table = ui.documentsTable
        chosen = self.chosen_document()
        self.document_list = self.documents()
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels([self.tr("Document"), self.tr("Written"), self.tr("File")])
        table.setRowCount(len(self.document_list))
        for row, doc in enumerate(self.document_list):
            names = KIND_NAMES.get(doc["kind"])
            kind = (names[1] if lang == "kk" else names[0]) if names else self.tr("other file")
            at = ""
            if doc["at"]:
                try:
                    at = fmt(date.fromisoformat(doc["at"][:10])) + doc["at"][10:16].replace("T", " ")
                except ValueError:
                    at = doc["at"]
            exists = doc["path"].is_file()
            name = doc["path"].name if exists else self.tr("{name} (the file is no longer there)").format(
                name=doc["path"].name)
            for column, text in enumerate((kind[:1].upper() + kind[1:], at, name)):
                item = QTableWidgetItem(text)
                item.setToolTip(str(doc["path"]))
                if not exists:
                    item.setForeground(QColor("#9e9e9e"))
                table.setItem(row, column, item)
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        has = bool(self.document_list)
        ui.noDocumentsLabel.setVisible(not has)
        ui.openDocumentButton.setEnabled(has)
        if has:
            paths = [d["path"] for d in self.document_list]
            table.selectRow(paths.index(chosen["path"]) if chosen and chosen["path"] in paths else 0)

    def chosen_document(self) -> dict | None:
        row = self.ui.documentsTable.currentRow()
        items = self.__dict__.get("document_list") or []
        return items[row] if 0 <= row < len(items) else None

    def open_document(self) -> bool:
        doc = self.chosen_document()
        if doc is None:
            return False
        path = doc["path"]
        if not path.is_file():
            self._say("documentsMessage", lambda: self.tr("The file {path} is no longer there: generate the documents "
                                                          "again.").format(path=str(path)))
            return False
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self._say("documentsMessage", lambda: self.tr("No program opens this kind of file; it is {path}.").format(
                path=str(path)))
            return False
        return True

    def open_documents_folder(self) -> bool:
        from kelisim.services import case_documents_folder

        folder = case_documents_folder(self.store, self.case_id)
        if not folder.is_dir():
            self._say("documentsMessage", lambda: self.tr("No documents have been generated for this case yet."),
                      "#5f6368")
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def missing_for_documents(self) -> list[tuple[str, str]]:
        """What the documents cannot be made without (ru, kk); empty when they can be generated."""
        from kelisim.documents.generate import kinds_for, missing_data
        from kelisim.store.bundle import case_bundle

        bundle = case_bundle(self.store, self.case_id, today=self.document_day())
        return missing_data(bundle, kinds_for(bundle))

    def document_day(self) -> date:
        """The documents' date: the day our request was sent once it is recorded, else today; for a request to us
        (the proposal and the decision), the day of the decision once recorded, else today."""
        if self.case.direction == "incoming":
            return self.case.decision_date or self.today
        return self.case.request_sent or self.today

    def regenerate(self, label: str = "documentsMessage") -> list[Path]:
        """Write the case's documents again from its current data (recorded in its history); when something is
        missing, say what instead (in ``label``)."""
        from kelisim.law import LawError
        from kelisim.services import case_documents_folder, generate_for_case

        self._clear(label)
        missing = self.missing_for_documents()
        if missing:
            def text(missing=missing):
                kk = i18n.current_language() == "kk"
                heading = self.tr("The proposal and the decision cannot be written yet. Fill in:") \
                    if label == "reviewDocsMessage" else \
                    self.tr("The documents cannot be written yet. Fill in on the Case and Attachments tabs:")
                return bullet_list_html(heading, (m[1] if kk else m[0] for m in missing))

            self._say(label, text)
            return []
        try:
            paths = generate_for_case(self.store, self.case_id, lang=self.case.language or None,
                                      today=self.document_day())
        except LawError as exc:
            self._say(label, exc)
            return []
        folder = case_documents_folder(self.store, self.case_id)
        self._written()
        self._say(label, lambda n=len(paths): self.tr("{n} documents written to {folder}").format(
            n=n, folder=str(folder)), "#1b5e20")
        return list(paths)

    # ================================================================== the Review tab (an incoming request)
    def _review_values(self) -> dict:
        """What the Review tab's fields say now."""
        ui = self.ui
        proposal = "consent" if ui.consentRadio.isChecked() else "refuse" if ui.refuseRadio.isChecked() else None
        return {
            "request_signatory_name": " ".join(ui.requestSignatoryEdit.text().split()),
            "request_signatory_role": ui.requestRoleCombo.currentData() or "",
            "proposal": proposal,
            "proposal_reasons": ui.proposalReasonsEdit.toPlainText().strip(),
            "proposal_date": _read(ui.proposalDateEdit),
            "decision_signatory_id": ui.decisionSignatoryCombo.currentData(),
            "authority": " ".join(ui.authorityEdit.text().split()),
            "decide_reasons": ui.decideReasonsEdit.toPlainText().strip(),
        }

    def _put_review_value(self, key: str, value) -> None:
        ui = self.ui
        if key == "request_signatory_name":
            ui.requestSignatoryEdit.setText(value or "")
        elif key == "request_signatory_role":
            ui.requestRoleCombo.setCurrentIndex(max(0, ui.requestRoleCombo.findData(value or "")))
        elif key == "proposal":
            for radio, word in ((ui.consentRadio, "consent"), (ui.refuseRadio, "refuse")):
                radio.setAutoExclusive(False)  # lets both be unticked: no proposal yet
                radio.setChecked(value == word)
                radio.setAutoExclusive(True)
        elif key == "proposal_reasons":
            ui.proposalReasonsEdit.setPlainText(value or "")
        elif key == "proposal_date":
            ui.proposalDateEdit.setDate(_qdate(value))
        elif key == "decision_signatory_id":
            ui.decisionSignatoryCombo.setCurrentIndex(max(0, ui.decisionSignatoryCombo.findData(value)))
        elif key == "authority":
            ui.authorityEdit.setText(value or "")
        elif key == "decide_reasons":
            ui.decideReasonsEdit.setPlainText(value or "")

    def _stored_review_values(self) -> dict:
        case = self.case
        official = self._official(case.decision_signatory_id)
        return {
            "request_signatory_name": case.request_signatory_name, "request_signatory_role":
                case.request_signatory_role or "",
            "proposal": case.proposal, "proposal_reasons": case.proposal_reasons,
            "proposal_date": case.proposal_date or (self.today if case.proposal is None else None),
            "decision_signatory_id": case.decision_signatory_id,
            "authority": official.authority_documents if official is not None else "",
            "decide_reasons": case.decision_reasons or case.proposal_reasons,
        }

    def _official(self, official_id):
        """One of the officials who may sign the decision (read with the case)."""
        return next((o for o in self.__dict__.get("signatories", ()) if o.id == official_id), None)

    def decision_signatories(self) -> list:
        """Our officials who may sign the decision on its day (Algorithm п. 8), and the one recorded even if not."""
        from kelisim.law import LawError

        case = self.case
        own = self.store.bodies.own()
        body_id = case.approver_id if case.approver_id is not None else (own.id if own is not None else None)
        if body_id is None:
            return []
        officials = self.store.officials.decision_signatories(body_id, case.decision_date or self.today)
        if case.decision_signatory_id is not None and case.decision_signatory_id not in {o.id for o in officials}:
            try:
                officials.append(self.store.officials.get(case.decision_signatory_id))
            except LawError:  # removed meanwhile
                pass
        return officials

    def _fill_review_combos(self) -> None:
        ui = self.ui
        self._filling = True
        try:
            role = ui.requestRoleCombo.currentData()
            ui.requestRoleCombo.clear()
            ui.requestRoleCombo.addItem(self.tr("— in what capacity? —"), "")
            for name in REQUEST_SIGNATORY_ROLES:
                ui.requestRoleCombo.addItem(request_signatory_role_name(name), name)
            ui.requestRoleCombo.setCurrentIndex(max(0, ui.requestRoleCombo.findData(role or "")))
            chosen = ui.decisionSignatoryCombo.currentData()
            ui.decisionSignatoryCombo.clear()
            ui.decisionSignatoryCombo.addItem(self.tr("— choose who signs —"), None)
            for official in self.signatories:
                ui.decisionSignatoryCombo.addItem(f"{official.full_name} — {self._official_role_name(official.role)}",
                                                  official.id)
                ui.decisionSignatoryCombo.setItemData(ui.decisionSignatoryCombo.count() - 1, official.role,
                                                      Qt.ItemDataRole.UserRole + 1)
            ui.decisionSignatoryCombo.setCurrentIndex(max(0, ui.decisionSignatoryCombo.findData(chosen)))
        finally:
            self._filling = False

    def _render_review(self, lang: str) -> None:
        case = self.case
        if case.direction != "incoming":
            return
        self._fill_review_combos()
        # The fields take the store's values, except those the user has changed and not saved yet.
        shown, stored = self._review_values(), self._stored_review_values()
        self._filling = True
        try:
            for key, value in stored.items():
                if key == "authority":  # the documents of the official the combo shows now
                    official = self._official(self.ui.decisionSignatoryCombo.currentData())
                    value = official.authority_documents if official is not None else ""
                loaded = self._review_loaded.get(key, shown[key])
                if not self._review_shown or shown[key] in (loaded, value):
                    self._put_review_value(key, value)
                    self._review_loaded[key] = value
        finally:
            self._filling = False
        self._review_shown = True
        self._render_due(lang)
        self._render_findings(lang)
        self._render_signatory_hint()
        self._render_decision_state()

    def _render_due(self, lang: str) -> None:
        from kelisim.law.calendar import weekday_kk, weekday_ru

        ui = self.ui
        case = self.case
        review = self.review
        weekday = weekday_kk if lang == "kk" else weekday_ru
        urgency = "none"
        if self.review_error is not None:
            text = _esc(self.review_error.message(lang))
        elif review.decision_due is None:
            text = _esc(self.tr("The date of receipt is not recorded: the decision's term (7 working days from "
                                "receipt, Algorithm, item 8) cannot be counted. Enter it with Edit on the Case tab."))
            urgency = "late"
        else:
            due = f"{fmt(review.decision_due)} ({weekday(review.decision_due)})"
            if "decision_due" in review.hand_set:
                due += " " + self.tr("(set by hand)")
            left = review.decision_working_days_left
            if case.decision in ("consented", "refused") and case.decision_date:
                text = self.tr("The decision was due on {due}; it was taken on {date}.").format(
                    due=due, date=fmt(case.decision_date))
            elif case.status == "closed":
                text = self.tr("The decision was due on {due}; the case is closed.").format(due=due)
            elif left is not None and left < 0:
                text = self.tr("The decision was due on {due}: late by {n} working days.").format(due=due, n=-left)
                urgency = "late"
            else:
                text = self.tr("Decide by {due}: {n} working days left.").format(due=due, n=left)
                urgency = urgency_of(left)
            text = f"<b>{_esc(text)}</b>"
            text += "<br>" + _esc(self.tr("The appeal term expires on {date}; the request had to be sent by "
                                          "{latest}.").format(date=fmt(review.expiry),
                                                              latest=fmt(review.request_latest)))
        background, colour, marker = URGENCY_COLOURS[urgency]
        if urgency != "none":
            text = f"{marker} " + text
        ui.dueValue.setText(text)
        ui.dueValue.setProperty("urgency", urgency)
        ui.dueValue.setStyleSheet(f"QLabel {{ background: {background}; color: {colour}; border: 1px solid "
                                  f"{colour}; border-radius: 4px; padding: 8px; }}")

    def _render_findings(self, lang: str) -> None:
        ui = self.ui
        review = self.review
        if review is None:
            ui.findingsLabel.setText("")
            ui.explainBrowser.clear()
            ui.explainButton.setEnabled(False)
            return
        ui.explainButton.setEnabled(True)
        ui.explainBrowser.setPlainText(review.explain(lang))
        if not review.findings:
            ui.findingsLabel.setText("✓ " + _esc(self.tr("No problems found: the request can be considered on its "
                                                         "merits (Algorithm, item 7).")))
            ui.findingsLabel.setStyleSheet("QLabel { background: #e8f5e9; color: #1b5e20; border: 1px solid "
                                           "#66bb6a; border-radius: 4px; padding: 6px; }")
            return
        # One paragraph a finding, its mark hanging in the margin (an HTML table laid out the same in twice the
        # time: the label is measured for several widths before the card is first painted, ~10 ms more a card).
        rows = []
        for finding in (*review.errors, *review.warnings):
            mark, colour = ("✖", "#b71c1c") if finding.is_error else ("▲", "#8a4b00")
            rows.append(f"<p style='margin-top:6px; margin-left:20px; text-indent:-20px'>"
                        f"<b style='color:{colour}'>{mark}</b>&nbsp;&nbsp;{_esc(finding.message(lang))}<br>"
                        f"<span style='color:#5f6368'>{_esc(finding.basis_in(lang))}</span></p>")
        heading = self.tr("Errors: {errors}; to check: {warnings}.").format(errors=len(review.errors),
                                                                           warnings=len(review.warnings))
        ui.findingsLabel.setText(f"<b>{_esc(heading)}</b>{''.join(rows)}")
        ui.findingsLabel.setStyleSheet("QLabel { background: %s; border: 1px solid %s; border-radius: 4px; "
                                       "padding: 6px; }" % (("#ffebee", "#e57373") if review.errors
                                                            else ("#fff8e1", "#f9a825")))

    def findings_codes(self) -> list[str]:
        """The codes of the findings the tab shows (tests)."""
        return self.review.codes() if self.review is not None else []

    def _on_signatory_changed(self) -> None:
        """Another official signs: their confirming documents (unless typed already) and the hint follow."""
        official = self._official(self.ui.decisionSignatoryCombo.currentData())
        shown = " ".join(self.ui.authorityEdit.text().split())
        if shown == (self._review_loaded.get("authority") or ""):
            value = official.authority_documents if official is not None else ""
            self.ui.authorityEdit.setText(value)
            self._review_loaded["authority"] = value
        self._render_signatory_hint()

    def _render_signatory_hint(self) -> None:
        ui = self.ui
        combo = ui.decisionSignatoryCombo
        role = combo.itemData(combo.currentIndex(), Qt.ItemDataRole.UserRole + 1) if combo.currentIndex() >= 0 \
            else None
        confirming = role in ("deputy", "apparatus_head")
        ui.proposalForm.setRowVisible(ui.authorityEdit, confirming)
        colour = "#5f6368"
        if combo.count() <= 1:
            text = self.tr("No official of our body who may sign decisions is recorded: add the head, or a deputy "
                           "(or the head of the apparatus) who supervises the legal service, in Settings → "
                           "Officials.")
            colour = "#b71c1c"
        elif role is None:
            text = self.tr("Choose who signs the decision.")
        elif role in HEADS:
            text = self.tr("The first head or the person acting for them signs: no confirming documents are "
                           "needed.")
        else:
            text = self.tr("A deputy or the head of the apparatus who supervises the legal service signs: the "
                           "decision lists the documents confirming their authority (Algorithm, item 8).")
            if not " ".join(ui.authorityEdit.text().split()):
                text += " " + self.tr("Name them below: the order of appointment, of assignment or distribution "
                                      "of duties.")
                colour = "#8a4b00"
        ui.signatoryHint.setText(text)
        ui.signatoryHint.setStyleSheet(f"color: {colour};")

    def _render_decision_state(self) -> None:
        ui = self.ui
        case = self.case
        if case.decision in ("consented", "refused"):
            word = self.tr("to consent") if case.decision == "consented" else self.tr("to refuse")
            text = self.tr("Decided on {date}: {what}.").format(date=fmt(case.decision_date), what=word)
            colour = "#1b5e20" if case.decision == "consented" else "#8a1c1c"
        elif case.status == "under_review":
            text, colour = self.tr("Under review by the legal service."), "#5f6368"
        elif case.status == "received":
            text, colour = self.tr("Received: start the review when the legal service takes the request up."), \
                "#5f6368"
        else:
            text, colour = self.tr("The case is closed."), "#5f6368"
        ui.decisionState.setText(text)
        ui.decisionState.setStyleSheet(f"color: {colour}; font-weight: bold;")
        from kelisim.store.cases import TRANSITIONS

        open_ = any(status in TRANSITIONS.get(case.status, ()) for status in DECISIONS)
        for widget in (ui.decideDateEdit, ui.decideReasonsEdit, ui.decideDateLabel, ui.decideReasonsLabel):
            widget.setEnabled(open_)

    def save_review(self, quiet: bool = False) -> bool:
        """Save the Review tab: who signed the request, the proposal (reasons required to propose a refusal) and who
        signs the decision, with their confirming documents. False (and why, beside the button) when refused."""
        from kelisim.law import LawError

        ui = self.ui
        case = self.case
        values = self._review_values()
        self._clear("reviewSavedLabel")
        proposal = values["proposal"]
        if proposal == "refuse" and not values["proposal_reasons"]:
            self._say("reviewSavedLabel", lambda: self.tr(
                "Write the reasons for proposing a refusal: the decision must give its grounds (Algorithm, item 8)."))
            ui.proposalReasonsEdit.setFocus()
            return False
        if proposal is None and values["proposal_reasons"]:
            self._say("reviewSavedLabel", lambda: self.tr("Choose what the legal service proposes: to consent or to "
                                                          "refuse."))
            ui.consentRadio.setFocus()
            return False
        changes: dict = {}
        for key in ("request_signatory_name", "request_signatory_role", "proposal_reasons", "decision_signatory_id"):
            if values[key] != (getattr(case, key) or ("" if key != "decision_signatory_id" else None)):
                changes[key] = values[key]
        if proposal != case.proposal:
            changes["proposal"] = proposal
        day = values["proposal_date"] or self.today
        if proposal is not None and day != case.proposal_date:
            changes["proposal_date"] = day.isoformat()
        official = self._official(values["decision_signatory_id"])
        authority = official is not None and official.role in ("deputy", "apparatus_head") \
            and values["authority"] != (official.authority_documents or "")
        if not changes and not authority:
            if not quiet:
                self._say("reviewSavedLabel", lambda: self.tr("Nothing was changed."), "#5f6368")
            return True
        try:
            with self.store.transaction():
                if authority:
                    self.store.officials.update(official.id, authority_documents=values["authority"])
                if changes:
                    self.store.cases.update(self.case_id, changes, today=self.today)
        except LawError as exc:
            self._say("reviewSavedLabel", exc)
            return False
        self._written()
        if not quiet:
            self._say("reviewSavedLabel", lambda: self.tr("Saved."), "#1b5e20")
        return True

    def _record_review(self, status: str) -> bool:
        """Start the review, or record the decision on the Review tab's date with its grounds."""
        from kelisim.law import LawError

        ui = self.ui
        self._clear("decideMessage")
        reasons = None
        if status in DECISIONS:
            if not self.save_review(quiet=True):
                self._say("decideMessage", lambda: self.tr("Correct the proposal above first."))
                return False
            reasons = ui.decideReasonsEdit.toPlainText().strip()
            if status == "decided_refused" and not reasons:
                self._say("decideMessage", lambda: self.tr(
                    "Write the grounds of the refusal: the decision must give them (Algorithm, item 8)."))
                ui.decideReasonsEdit.setFocus()
                return False
        try:
            self.store.cases.set_status(self.case_id, status, on=self.decide_date(), decision_reasons=reasons or None)
        except LawError as exc:
            self._say("decideMessage", exc)
            return False
        self._written()
        return True

    def generate_review(self) -> list[Path]:
        """Save the Review tab, write the proposal and the decision (the Documents tab's machinery) and open their
        folder."""
        if not self.save_review(quiet=True):
            return []
        paths = self.regenerate(label="reviewDocsMessage")
        if paths:
            self.open_documents_folder()
        return paths

    # ================================================================== the package to the other akimat (issue 6)
    def package_kind(self) -> str | None:
        """"request" for our (outgoing) case, "decision" for a decided incoming one, else None."""
        case = self.case
        if case.direction == "outgoing":
            return "request"
        decided = case.status in DECISIONS or (case.status == "closed" and case.decision is not None)
        return "decision" if case.direction == "incoming" and decided else None

    def _render_package_button(self) -> None:
        kind = self.package_kind()
        button = self.ui.sendPackageButton
        button.setVisible(kind is not None)
        if kind == "request":
            button.setText(self.tr("&Send as a package…"))
            button.setToolTip(self.tr("Write the request with its attachments into one .kelisim file for the approving "
                                      "body (the request letter is generated first)"))
        elif kind == "decision":
            button.setText(self.tr("&Send the decision as a package…"))
            button.setToolTip(self.tr("Write the decision with its document into one .kelisim file for the requesting "
                                      "body"))

    def choose_package_destination(self) -> Path | None:
        """Ask where the package goes, proposing its usual name (a test replaces this)."""
        from PySide6.QtCore import QStandardPaths

        from kelisim.ui.packages import last_folder, package_file_name

        folder = last_folder(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the package"),
                                              str(Path(folder) / package_file_name(self.case, self.package_kind())),
                                              self.tr("Kelisim packages (*.kelisim)"))
        return Path(path) if path else None

    def send_package(self, dest=None) -> Path | None:
        """Write the case's package (the request, or the decision) to ``dest`` (a file or a folder; asked when not
        given), then offer to open its folder. A refusal — the draft complaint or the court act missing, no signatory,
        no decision yet — is shown with what to do; nothing is written then."""
        from PySide6.QtWidgets import QApplication

        from kelisim.law import LawError
        from kelisim.services import export_decision_package, export_request_package
        from kelisim.ui.packages import SUFFIX, remember_folder

        kind = self.package_kind()
        if kind is None:
            return None
        dest = Path(dest) if dest else self.choose_package_destination()
        if dest is None:
            return None
        if not dest.is_dir() and dest.suffix.lower() != SUFFIX:
            dest = dest.with_name(dest.name + SUFFIX)
        export = export_request_package if kind == "request" else export_decision_package
        day = self.document_day() if kind == "request" else (self.case.decision_date or self.today)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            path = export(self.store, self.case_id, dest, lang=self.case.language or None, today=day)
        except LawError as exc:
            self._package_message(QMessageBox.Icon.Warning, exc.message(i18n.current_language()))
            return None
        finally:
            QApplication.restoreOverrideCursor()
        remember_folder(path.parent)
        self._written()  # the generated letter (decision) is in the case's history now
        other = self.case.approver_id if kind == "request" else self.case.requester_id
        body = self._body_name(other, i18n.current_language()) if other else ""
        if body:
            text = self.tr("The package is written:\n{path}\n\nSend this file to {body} (by e-mail, the document "
                           "system or on a USB drive); there it is loaded with File → Import a package.").format(
                path=str(path), body=body)
        else:
            text = self.tr("The package is written:\n{path}\n\nSend this file to the other body (by e-mail, the "
                           "document system or on a USB drive); there it is loaded with File → Import a package."
                           ).format(path=str(path))
        box = self._package_message(QMessageBox.Icon.Information, text + "\n\n" + self.tr("Open its folder?"),
                                    QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close)
        box.setDefaultButton(QMessageBox.StandardButton.Open)
        box.button(QMessageBox.StandardButton.Open).clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent))))
        return path

    def _package_message(self, icon, text: str, buttons=QMessageBox.StandardButton.Ok) -> QMessageBox:
        box = QMessageBox(icon, self.tr("Package"), text, buttons, self)
        self.package_box = box
        box.open()
        return box

    # ================================================================== language and keys
    def paintEvent(self, event):  # noqa: N802 - Qt API
        super().paintEvent(event)
        if not self._calendars_ready:  # once the card is on screen: its date fields' pop-up calendars
            self._calendars_ready = True
            QTimer.singleShot(0, self._prepare_calendars)

    def _prepare_calendars(self) -> None:
        """An empty date field's pop-up calendar opens on today's month, not on the empty date's. Each date field
        makes its calendar when asked for it (~0.5 ms each, nine of them): after the card's first paint, not before."""
        if "detailsTab" not in self._tabs:  # (the date fields are the Case tab's; its calendars follow it)
            return
        for name in DATE_EDITS.values():
            getattr(self.ui, name).calendarWidget().setSelectedDate(_qdate(self.today))

    def changeEvent(self, event):  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and self.__dict__.get("case") is not None:
            self._fill_static_combos()
            if self.editing:
                self._fill_bodies()
                self._fill_signatories()
                self._render_trigger_hint()
                self._render_route_hint()
            self._render()
            if self.error is not None:
                self.ui.errorLabel.setText(self.error.message(i18n.current_language()))
        super().changeEvent(event)

    def keyPressEvent(self, event):  # noqa: N802 - Qt API
        key = event.key()
        if key == Qt.Key.Key_Escape and self.editing:
            event.accept()
            self.cancel_edit()  # Escape leaves the edit form, not the card
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.editing:
                event.accept()
                self.save_edit()  # Enter in a field of the form saves it (the text boxes keep their own Enter)
                return
            if not self.ui.closeButton.hasFocus():
                event.accept()  # Enter in the date picker must not close the card
                return
        super().keyPressEvent(event)
