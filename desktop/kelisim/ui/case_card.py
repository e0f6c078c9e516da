"""The case card (``forms/case_card_dialog.ui``), opened from the register by a double-click or Enter.

It shows the case's data (read-only for now), its deadlines with the full trail of how they were computed (the
calculator's rendering, ``calculator.trail_html``), its attachments (opened with the system's program), its history
(the store's append-only log), and the status actions the workflow allows from the current status (``TRANSITIONS``),
each recorded on the date chosen in the date picker through ``store.cases.set_status``; ``changed`` tells the
register to refresh.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QFont
from PySide6.QtWidgets import QDialog, QHeaderView, QPushButton, QTableWidgetItem

from kelisim.ui import i18n
from kelisim.ui.forms import load_form
from kelisim.ui.labels import (URGENCY_COLOURS, deadline_name, direction_label, fmt, status_name, urgency_label,
                               urgency_of)

DEADLINE_ROWS = ("trigger", "expiry", "request_latest", "received", "decision_due")


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _date(value) -> date | None:
    if not value:
        return None
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


class CaseCardDialog(QDialog):
    changed = Signal(int)  # the case id, after a status action
    resume = Signal(int)  # the case id: continue this draft in the new-request wizard

    def __init__(self, store, case_id: int, parent=None, *, today: date | None = None):
        super().__init__(parent)
        self.ui = load_form("case_card_dialog", self)
        self.store = store
        self.case_id = case_id
        self.today = today or date.today()
        self.case = None
        self.chain = None
        self.error = None
        self.action_buttons: dict[str, QPushButton] = {}
        ui = self.ui
        ui.actionDateEdit.setDate(QDate(self.today.year, self.today.month, self.today.day))
        ui.closeButton.clicked.connect(self.accept)
        ui.resumeButton.clicked.connect(lambda: self.resume.emit(self.case_id))
        ui.openAttachmentButton.clicked.connect(self.open_attachment)
        ui.attachmentsTable.doubleClicked.connect(lambda _: self.open_attachment())
        ui.errorLabel.hide()
        for table in (ui.datesTable, ui.attachmentsTable, ui.historyTable):
            table.verticalHeader().hide()
            table.horizontalHeader().setStretchLastSection(True)
        self.reload()

    # ------------------------------------------------------------------ loading
    def reload(self) -> None:
        from kelisim.law import LawError
        from kelisim.law.deadlines import compute_deadlines

        self.case = self.store.cases.get(self.case_id)
        self.attachments = self.store.attachments.of_case(self.case_id)
        self.history = self.store.cases.history(self.case_id)
        case = self.case
        try:
            self.chain = compute_deadlines(case.rule, case.trigger_date, received=case.received_on, today=self.today,
                                           calendar=self.store.cases.calendar)
        except LawError:
            self.chain = None
        self._render()

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

        self._render_details(lang)
        self._render_deadlines(lang)
        self._render_attachments()
        self._render_history(lang)
        self._render_actions()

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
        roles = {"plaintiff": self.tr("plaintiff"), "defendant": self.tr("defendant"),
                 "third_party": self.tr("third party"), "applicant": self.tr("applicant"), "other": self.tr("other")}
        rule = RULES.get(case.rule)
        ui.directionValue.setText(direction_label(case.direction))
        ui.ruleValue.setText(rule.title(lang) if rule else case.rule)
        court = (case.court_kk or case.court_ru) if lang == "kk" else (case.court_ru or case.court_kk)
        ui.courtValue.setText(court or "—")
        ui.caseNumberValue.setText(case.case_number or "—")
        parties = [f"{p.name} ({roles.get(p.role, p.role)})" for p in case.parties]
        ui.partiesValue.setText("\n".join(parties) or "—")
        ui.subjectValue.setText(case.subject or "—")
        act = [case.act_kind] if case.act_kind else []
        for label, value in ((self.tr("announced"), case.act_announced), (self.tr("in final form"), case.act_final),
                             (self.tr("received"), case.act_received)):
            if value:
                act.append(f"{label} {fmt(value)}")
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
        ui.executorValue.setText(executor or "—")
        request = []
        if case.request_number:
            request.append(self.tr("No. {number}").format(number=case.request_number))
        if case.request_sent:
            request.append(self.tr("sent {date}").format(date=fmt(case.request_sent)))
        if case.received_on:
            request.append(self.tr("received {date}").format(date=fmt(case.received_on)))
        ui.requestValue.setText(", ".join(request) or "—")
        decision = "—"
        if case.decision:
            word = self.tr("consented") if case.decision == "consented" else self.tr("refused")
            decision = f"{word} {fmt(case.decision_date)}" if case.decision_date else word
            if case.decision_reasons:
                decision += f"\n{case.decision_reasons}"
        ui.decisionValue.setText(decision)
        ui.notesValue.setText(case.notes or "—")

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
            if key == "trigger":
                value = case.trigger_date
            elif key == "received":
                value = case.received_on
            else:
                value = case.due(key)
            note = ""
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
                    item.setForeground(QColor("#8a1c1c"))
                table.setItem(row, column, item)
        table.resizeColumnsToContents()
        table.resizeRowsToContents()
        table.setFixedHeight(table.horizontalHeader().height() + 2 * table.frameWidth()
                             + sum(table.rowHeight(r) for r in range(table.rowCount())))
        chain = self.chain
        if chain is None:
            ui.trailBrowser.setPlainText(self.tr("The deadlines cannot be recomputed from the case's dates."))
            ui.warningsLabel.hide()
            return
        ui.trailBrowser.setHtml(trail_html(chain, lang, self.tr("Basis")))
        warnings = [w.message(lang) for w in chain.warnings]
        if warnings:
            items = "".join(f"<li>{_esc(w)}</li>" for w in warnings)
            heading = self.tr("Please note:")
            ui.warningsLabel.setText(f"<b>{_esc(heading)}</b>"
                                     f"<ul style='margin-top:2px; margin-bottom:0; -qt-list-indent:1'>{items}</ul>")
            ui.warningsLabel.show()
        else:
            ui.warningsLabel.hide()

    def _role_name(self, role: str) -> str:
        names = {"draft_complaint": self.tr("Draft complaint"), "court_act": self.tr("Court act"),
                 "confirming_document": self.tr("Confirming document"), "request_letter": self.tr("Request letter"),
                 "decision": self.tr("Decision"), "proposal": self.tr("Proposal"), "other": self.tr("Other")}
        return names.get(role, role)

    def _render_attachments(self) -> None:
        ui = self.ui
        table = ui.attachmentsTable
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels([self.tr("Document"), self.tr("File"), self.tr("Pages"), self.tr("Size")])
        table.setRowCount(len(self.attachments))
        for row, a in enumerate(self.attachments):
            size = self.tr("{n} KB").format(n=max(1, round(a.size / 1024)))
            for column, text in enumerate((self._role_name(a.role), a.original_name,
                                           str(a.pages) if a.pages else "—", size)):
                table.setItem(row, column, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        has = bool(self.attachments)
        ui.noAttachmentsLabel.setVisible(not has)
        ui.openAttachmentButton.setEnabled(has)
        if has and table.currentRow() < 0:
            table.selectRow(0)

    def _action_name(self, action: str) -> str:
        names = {"created": self.tr("created"), "changed": self.tr("changed"), "status": self.tr("status"),
                 "recomputed": self.tr("deadlines recomputed"), "override": self.tr("deadline set by hand"),
                 "override-cleared": self.tr("hand-set deadline cleared"), "deleted": self.tr("deleted")}
        return names.get(action, action)

    def _render_history(self, lang: str) -> None:
        from kelisim.store.cases import FIELD_NAMES

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
            if field and field != "status":
                names = FIELD_NAMES.get(field)
                what += ": " + (names[1] if lang == "kk" else names[0]) if names else f": {field}"
            old, new = event["old"], event["new"]
            if event["action"] == "status":
                old, new = status_name(old) if old else old, status_name(new) if new else new
            change = f"{old or '—'} → {new or '—'}" if (old or new) else ""
            for column, text in enumerate((at, event["user"], what, change, event["reason"] or "")):
                table.setItem(row, column, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)

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
        for button in self.action_buttons.values():
            layout.removeWidget(button)
            button.deleteLater()
        self.action_buttons = {}
        allowed = TRANSITIONS.get(self.case.status, ())
        for status in allowed:
            button = QPushButton(self._transition_label(status), self)
            button.setObjectName(f"action_{status}")
            button.clicked.connect(lambda _=False, s=status: self.record(s))
            layout.addWidget(button)
            self.action_buttons[status] = button
        self.ui.actionDateEdit.setEnabled(bool(allowed))
        self.ui.actionHint.setText(
            self.tr("Choose the date, then what happened on it.") if allowed
            else self.tr("The case is closed: nothing more to record."))

    # ------------------------------------------------------------------ actions
    def action_date(self) -> date:
        q = self.ui.actionDateEdit.date()
        return date(q.year(), q.month(), q.day())

    def set_action_date(self, day: date) -> None:
        self.ui.actionDateEdit.setDate(QDate(day.year, day.month, day.day))

    def record(self, status: str) -> bool:
        """Record a status change on the chosen date; the register is told to refresh."""
        from kelisim.law import LawError

        try:
            self.store.cases.set_status(self.case_id, status, on=self.action_date())
        except LawError as exc:
            self.error = exc
            self.ui.errorLabel.setText(exc.message(i18n.current_language()))
            self.ui.errorLabel.show()
            return False
        self.error = None
        self.ui.errorLabel.hide()
        self.reload()
        self.changed.emit(self.case_id)
        return True

    def open_attachment(self) -> bool:
        """Copy the chosen attachment out under its own name (in the data folder) and open it with the system's
        program for its kind."""
        from kelisim.law import LawError

        row = self.ui.attachmentsTable.currentRow()
        if not 0 <= row < len(self.attachments):
            return False
        attachment = self.attachments[row]
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

    def changeEvent(self, event):  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and self.__dict__.get("case") is not None:
            self._render()
            if self.error is not None:
                self.ui.errorLabel.setText(self.error.message(i18n.current_language()))
        super().changeEvent(event)

    def keyPressEvent(self, event):  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.ui.closeButton.hasFocus():
            event.accept()  # Enter in the date picker must not close the card
            return
        super().keyPressEvent(event)
