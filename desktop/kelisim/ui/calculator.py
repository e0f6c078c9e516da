"""The deadline calculator tab: rule, event date, optional receipt date and «as of» date in; the chain of dates,
the status, the warnings and the step-by-step explanation out, recomputed on every change.

All legal content comes from ``kelisim.law`` (imported when the tab is first filled, after the window's first
paint: the law's calendar imports ``holidays``, which costs more than the whole window).
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QGuiApplication, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from kelisim.ui.forms import load_form
from kelisim.ui.i18n import current_language
from kelisim.ui.labels import bullet_list_html, fmt
from kelisim.ui.labels import html_escape as _esc

RuleIdRole = Qt.ItemDataRole.UserRole
PROCEDURES = ("civil", "administrative")
ROWS = ("trigger", "term_start", "nominal_end", "expiry", "request_latest", "received", "decision_due")

# Urgency of the latest sending day (ConsentDeadlines.status.urgency): background, border, text colour.
URGENCY_STYLE = {
    "fine": ("#e8f5e9", "#66bb6a", "#1b5e20"),
    "soon": ("#fff8e1", "#ffb300", "#5d4300"),
    "urgent": ("#ffe0b2", "#fb8c00", "#7a3300"),
    "late": ("#ffebee", "#e53935", "#8a1c1c"),
}


def to_qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def to_date(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def trail_html(result, lang: str, basis_word: str) -> str:
    """The explanation of a ``ConsentDeadlines`` as HTML: the rule and its basis, then every step with its date and
    the paragraph it rests on (the calculator's and the case card's «how it was computed»)."""
    basis = result.rule.basis_kk if lang == "kk" else result.rule.basis_ru
    steps = []
    for step in result.trail:
        cite = step.basis(lang)
        cite_html = f"<br><span style='color:#5f6368'>[{_esc(cite)}]</span>" if cite else ""
        steps.append(f"<li style='margin-bottom:6px'><b>{fmt(step.date)}</b> — {_esc(step.text(lang))}"
                     f"{cite_html}</li>")
    return (f"<p><b>{_esc(result.rule.title(lang))}</b><br>{_esc(basis_word)}: {_esc(basis)}</p>"
            f"<ol>{''.join(steps)}</ol>")


class CalculatorPage(QWidget):
    """The «Deadline calculator» tab (``forms/calculator_page.ui``)."""

    message = Signal(str)  # a short note for the status bar

    def __init__(self, parent=None):
        super().__init__(parent)
        self.ui = load_form("calculator_page", self)
        self._rules = None  # kelisim.law.terms.RULES once loaded
        self._result = None
        self._error = None
        self._updating = False
        today = to_qdate(date.today())
        for edit in (self.ui.triggerEdit, self.ui.receivedEdit, self.ui.todayEdit):
            edit.setDate(today)
        self._combo_model = QStandardItemModel(self)
        self.ui.ruleCombo.setModel(self._combo_model)
        table = self.ui.datesTable
        table.setRowCount(len(ROWS))
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for row in range(len(ROWS)):
            for col in range(3):
                table.setItem(row, col, QTableWidgetItem())
        self.ui.statusLabel.hide()

        self.ui.ruleCombo.currentIndexChanged.connect(self._on_rule_changed)
        self.ui.triggerEdit.dateChanged.connect(self.recompute)
        self.ui.receivedCheck.toggled.connect(self.recompute)
        self.ui.receivedEdit.dateChanged.connect(self.recompute)
        self.ui.todayEdit.dateChanged.connect(self.recompute)
        self.ui.todayButton.clicked.connect(lambda: self.ui.todayEdit.setDate(to_qdate(date.today())))
        self.ui.copyButton.clicked.connect(self.copy_explanation)
        self._retranslate_static()

    # ------------------------------------------------------------------ filling
    def is_ready(self) -> bool:
        return self._rules is not None

    def ensure_ready(self) -> None:
        """Load the rules into the combo and compute the first result (once)."""
        if self._rules is not None:
            return
        from kelisim.law.terms import RULES

        self._rules = RULES
        self._updating = True
        model = self._combo_model
        model.clear()
        for procedure in PROCEDURES:
            head = QStandardItem()
            head.setFlags(Qt.ItemFlag.NoItemFlags)
            font = QFont()
            font.setBold(True)
            head.setFont(font)
            head.setBackground(QColor("#eceff1"))
            head.setForeground(QColor("#37474f"))
            head.setData(procedure, Qt.ItemDataRole.UserRole + 1)
            model.appendRow(head)
            for rule in RULES.values():
                if rule.procedure == procedure:
                    item = QStandardItem()
                    item.setData(rule.id, RuleIdRole)
                    model.appendRow(item)
        self._retranslate_rules()
        self.ui.ruleCombo.setCurrentIndex(self._index_of_rule(next(iter(RULES))))
        self._updating = False
        self._on_rule_changed()

    def _index_of_rule(self, rule_id: str) -> int:
        index = self.ui.ruleCombo.findData(rule_id, RuleIdRole)
        if index < 0:
            from kelisim.law.terms import get_rule

            get_rule(rule_id)  # raises LawError naming the allowed rules
        return index

    # ------------------------------------------------------------------ public API (tests, other windows)
    def rule_ids(self) -> list[str]:
        combo = self.ui.ruleCombo
        return [combo.itemData(i, RuleIdRole) for i in range(combo.count()) if combo.itemData(i, RuleIdRole)]

    def current_rule_id(self) -> str | None:
        return self.ui.ruleCombo.currentData(RuleIdRole)

    def set_inputs(self, rule: str | None = None, trigger: date | None = None, received: date | None | bool = False,
                   today: date | None = None) -> None:
        """Set any of the inputs at once and recompute once. ``received=None`` clears the receipt date;
        leaving it ``False`` keeps it as it is."""
        self.ensure_ready()
        self._updating = True
        try:
            if rule is not None:
                self.ui.ruleCombo.setCurrentIndex(self._index_of_rule(rule))
            if trigger is not None:
                self.ui.triggerEdit.setDate(to_qdate(trigger))
            if received is None:
                self.ui.receivedCheck.setChecked(False)
            elif received is not False:
                self.ui.receivedEdit.setDate(to_qdate(received))
                self.ui.receivedCheck.setChecked(True)
            if today is not None:
                self.ui.todayEdit.setDate(to_qdate(today))
        finally:
            self._updating = False
        self._on_rule_changed()

    @property
    def result(self):
        """The shown ``ConsentDeadlines``, or None when the inputs are wrong."""
        return self._result

    @property
    def error(self):
        """The ``LawError`` shown inline, or None."""
        return self._error

    def explanation(self) -> str:
        return self._result.explain(current_language()) if self._result is not None else ""

    def date_cell(self, key: str) -> str:
        """The date shown in the key-dates table for ``key`` (one of ``ROWS``)."""
        return self.ui.datesTable.item(ROWS.index(key), 1).text()

    # ------------------------------------------------------------------ behaviour
    def _on_rule_changed(self, *_):
        if self._updating or self._rules is None:
            return
        self._render_rule()
        self.recompute()

    # The calendar the dates are counted on: the law's, or with the user's own days off and working days on top
    # (Settings → Calendar), so that the calculator and the register never disagree. None: the law's own.
    work_calendar = None

    def set_work_calendar(self, calendar) -> None:
        """Count on ``calendar`` from now on (the store's, with the user's days), and recount what is shown."""
        self.work_calendar = calendar
        self.recompute()

    def recompute(self, *_):
        if self._updating or self._rules is None:
            return
        from kelisim.law import LawError
        from kelisim.law.deadlines import compute_deadlines

        rule_id = self.current_rule_id()
        trigger = to_date(self.ui.triggerEdit.date())
        received = to_date(self.ui.receivedEdit.date()) if self.ui.receivedCheck.isChecked() else None
        today = to_date(self.ui.todayEdit.date())
        try:
            self._result, self._error = compute_deadlines(rule_id, trigger, received=received, today=today,
                                                          calendar=self.work_calendar), None
        except LawError as exc:
            self._result, self._error = None, exc
        self._render_result()

    def copy_explanation(self) -> None:
        if self._result is None:
            return
        QGuiApplication.clipboard().setText(self.explanation())
        self.message.emit(self.tr("The explanation has been copied to the clipboard."))

    # ------------------------------------------------------------------ rendering (in the current language)
    def changeEvent(self, event):  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_static()  # the form's own strings are re-translated by the loader
            if self._rules is not None:
                self._retranslate_rules()
                self._render_rule()
                self._render_result()
        super().changeEvent(event)

    def _retranslate_static(self) -> None:
        labels = (self.tr("Court act (event)"), self.tr("Term starts"), self.tr("Last day by count"),
                  self.tr("Appeal term expires"), self.tr("Latest day to send the request"),
                  self.tr("Request received"), self.tr("Decision on consent due"))
        for row, label in enumerate(labels):
            self.ui.datesTable.item(row, 0).setText(label)

    def _retranslate_rules(self) -> None:
        lang = current_language()
        heads = {"civil": self.tr("Civil procedure (Civil Procedure Code)"),
                 "administrative": self.tr("Administrative procedure (Administrative Procedure Code)")}
        model = self._combo_model
        for row in range(model.rowCount()):
            item = model.item(row)
            rule_id = item.data(RuleIdRole)
            if rule_id is None:
                item.setText(heads[item.data(Qt.ItemDataRole.UserRole + 1)])
                continue
            rule = self._rules[rule_id]
            item.setText(rule.title(lang))
            item.setToolTip(self._rule_info(rule, lang, with_notes=True))

    def _rule_info(self, rule, lang: str, with_notes: bool = True) -> str:
        period = rule.period_kk() if lang == "kk" else rule.period_ru()
        basis = rule.basis_kk if lang == "kk" else rule.basis_ru
        text = self.tr("Term: {period}. Basis: {basis}.").format(period=period, basis=basis)
        notes = rule.notes_kk if lang == "kk" else rule.notes_ru
        if with_notes and notes:
            text += "\n" + "\n".join(notes)
        return text

    def _render_rule(self) -> None:
        rule = self._rules[self.current_rule_id()]
        lang = current_language()
        self.ui.ruleInfoLabel.setText(self._rule_info(rule, lang))
        trigger = rule.trigger_kk if lang == "kk" else rule.trigger_ru
        self.ui.triggerHint.setText(self.tr("Event: {what}.").format(what=trigger))
        self.ui.triggerEdit.setToolTip(_cap(trigger))

    def _weekday(self, d: date) -> str:
        from kelisim.law.calendar import weekday_kk, weekday_ru

        return weekday_kk(d) if current_language() == "kk" else weekday_ru(d)

    def _render_result(self) -> None:
        lang = current_language()
        ui = self.ui
        self.ui.triggerWeekday.setText(self._weekday(to_date(ui.triggerEdit.date())))
        if self._error is not None:
            ui.errorLabel.setText(self._error.message(lang))
            ui.errorLabel.show()
            ui.statusLabel.hide()
            ui.warningsLabel.hide()
            ui.trailBrowser.clear()
            ui.copyButton.setEnabled(False)
            for row in range(len(ROWS)):
                self._set_row(row, None)
            self._fit_table()
            return
        r = self._result
        ui.errorLabel.hide()
        values = {key: getattr(r, key) for key in ROWS}
        urgency = "late" if r.status.expired else r.status.urgency
        for row, key in enumerate(ROWS):
            self._set_row(row, values[key], bold=key in ("expiry", "request_latest", "decision_due"),
                          colour=URGENCY_STYLE[urgency] if key == "request_latest" else None)
        self._fit_table()

        background, border, colour = URGENCY_STYLE[urgency]
        words = {"fine": self.tr("Enough time."), "soon": self.tr("Soon."), "urgent": self.tr("Urgent."),
                 "late": self.tr("The latest sending day has passed.")}
        word = self.tr("Appeal term has expired.") if r.status.expired else words[urgency]
        ui.statusLabel.setText(f"<b>{_esc(word)}</b> {_esc(r.status_text(lang))}")
        ui.statusLabel.setStyleSheet(f"QLabel {{ background: {background}; color: {colour}; border: 1px solid "
                                     f"{border}; border-radius: 4px; padding: 6px; }}")
        ui.statusLabel.setProperty("urgency", urgency)
        ui.statusLabel.show()

        warnings = r.warnings
        if warnings:
            ui.warningsLabel.setText(bullet_list_html(self.tr("Please note:"), (w.message(lang) for w in warnings)))
            ui.warningsLabel.show()
        else:
            ui.warningsLabel.hide()

        ui.trailBrowser.setHtml(trail_html(r, lang, self.tr("Basis")))
        ui.copyButton.setEnabled(True)

    def _fit_table(self) -> None:
        """Columns as wide as their text (the date column never narrower than a bold date), the table as tall as
        its rows: the key dates read as a list, not as a half-empty grid."""
        table = self.ui.datesTable
        table.resizeColumnsToContents()
        bold = QFont(table.font())
        bold.setBold(True)
        date_width = QFontMetrics(bold).horizontalAdvance("00.00.0000") + 16
        if table.columnWidth(1) < date_width:
            table.setColumnWidth(1, date_width)
        table.horizontalHeader().setStretchLastSection(True)
        table.resizeRowsToContents()
        height = table.horizontalHeader().height() + 2 * table.frameWidth()
        height += sum(table.rowHeight(row) for row in range(table.rowCount()))
        table.setFixedHeight(height)

    def _set_row(self, row: int, value: date | None, bold: bool = False, colour=None) -> None:
        table = self.ui.datesTable
        cells = [table.item(row, c) for c in range(3)]
        if value is None:
            cells[1].setText("—")
            cells[2].setText("")
        else:
            cells[1].setText(fmt(value))
            cells[2].setText(self._weekday(value))
        for cell in cells:
            font = cell.font()
            font.setBold(bold and value is not None)
            cell.setFont(font)
            if colour is not None and value is not None:
                cell.setBackground(QColor(colour[0]))
                cell.setForeground(QColor(colour[2]))
            else:
                cell.setData(Qt.ItemDataRole.BackgroundRole, None)
                cell.setData(Qt.ItemDataRole.ForegroundRole, None)
