"""The semi-annual report (``forms/report_dialog.ui``; File → Semi-annual report…): the analysis of the work on
consent to appeal that the legal service makes at least once every half-year (Typical Regulation, п. 9 пп. 7).

- The period: the current calendar half-year by default, the previous one a click away, or any dates "from — to"
  (both included). A period the law module refuses (its start after its end) is said in red at once, in the user's
  language, and nothing is shown or saved for it.
- The figures (``store.report.report_figures``), recomputed whenever the period changes: a table per requesting body
  with totals, for our requests and for the requests lower bodies sent us, and the grand total.
- The charts: the very ones the DOCX draws (``documents.report.chart_specs``) — requests sent in time and late, consents
  and refusals per body, decisions in time and late — drawn by ``ui.charts.BarChart``.
- "Save as DOCX and XLSX…": a folder is chosen (``choose_folder``, which a test replaces), both files are written on
  a ``BackgroundTask`` (the report is a plain value: the thread needs no database), then the folder is opened. A file
  held open by Word or a full disk comes back as a message that says what to do.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QStandardPaths, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QFont
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QTableWidgetItem

from kelisim.ui import i18n
from kelisim.ui.charts import BarChart
from kelisim.ui.forms import load_form

REPORT_FOLDER_KEY = "report/folder"  # where the last report was saved
# The table's columns after the body: the Figures field each shows.
COLUMNS = ("requests", "requests_in_time", "requests_late", "consented", "refused", "decisions_in_time",
           "decisions_late", "overdue_undecided", "complaints_filed")
RowRole = Qt.ItemDataRole.UserRole + 1  # a row: (side, body id) / (side, "total") / ("total",)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class ReportDialog(QDialog):
    """The report on screen and saved (see the module's docstring)."""

    saved = Signal(list)  # the files written

    def __init__(self, store, parent=None, *, today: date | None = None):
        super().__init__(parent)
        self.ui = load_form("report_dialog", self)
        self.store = store
        self.today = today or date.today()
        self.report = None  # store.report.Report of the period shown; None while the period is refused
        self.error = None  # the LawError that refused the period
        self.task = None  # the running save (ui.tasks.BackgroundTask)
        self.written: list[Path] = []
        self._setting = False
        ui = self.ui
        self.charts = []
        for name in ("requestsChart", "decisionsChart", "timelinessChart"):
            chart = BarChart(ui.chartsPage)
            chart.setObjectName(name)
            ui.chartsLayout.addWidget(chart)
            self.charts.append(chart)
        ui.chartsLayout.addStretch(1)
        table = ui.figuresTable
        table.verticalHeader().hide()
        table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        self._recompute_timer = QTimer(self)
        self._recompute_timer.setSingleShot(True)
        self._recompute_timer.setInterval(0)
        self._recompute_timer.timeout.connect(self.recompute)
        ui.fromEdit.dateChanged.connect(self._period_edited)
        ui.toEdit.dateChanged.connect(self._period_edited)
        ui.currentButton.clicked.connect(self.show_current_half_year)
        ui.previousButton.clicked.connect(self.show_previous_half_year)
        ui.saveButton.clicked.connect(lambda: self.save())
        ui.closeButton.clicked.connect(self.close)
        ui.savedLabel.hide()
        ui.errorLabel.hide()
        self._fill_languages(i18n.document_language())
        self.show_current_half_year()

    # ------------------------------------------------------------------ the period
    def set_period(self, start: date, end: date) -> None:
        """Show ``start``–``end`` (recomputed at once)."""
        self._setting = True
        try:
            self.ui.fromEdit.setDate(_qdate(start))
            self.ui.toEdit.setDate(_qdate(end))
        finally:
            self._setting = False
        self.recompute()

    def show_current_half_year(self) -> None:
        from kelisim.law.reporting import half_year

        period = half_year(self.today)
        self.set_period(period.start, period.end)

    def show_previous_half_year(self) -> None:
        from kelisim.law.reporting import previous_half_year

        period = previous_half_year(self.today)
        self.set_period(period.start, period.end)

    def period_dates(self) -> tuple[date, date]:
        return _date(self.ui.fromEdit.date()), _date(self.ui.toEdit.date())

    def _period_edited(self, *_) -> None:
        if not self._setting:
            self._recompute_timer.start()  # both dates typed in one go are counted once

    # ------------------------------------------------------------------ the figures
    def recompute(self) -> None:
        """Count the register's figures for the period in the date fields and show them; a refused period is said in
        red and clears the figures."""
        from kelisim.law import LawError
        from kelisim.store.report import report_figures

        self._recompute_timer.stop()
        start, end = self.period_dates()
        try:
            self.report = report_figures(self.store, start, end, today=self.today)
            self.error = None
        except LawError as exc:
            self.report, self.error = None, exc
        self._render()

    def _render(self) -> None:
        ui = self.ui
        lang = i18n.current_language()
        ok = self.report is not None
        ui.errorLabel.setVisible(not ok)
        ui.errorLabel.setText(self.error.message(lang) if self.error is not None else "")
        ui.saveButton.setEnabled(ok and self.task is None)
        ui.reportTabs.setEnabled(ok)
        if not ok:
            ui.periodLabel.setText(self.tr("No report for this period"))
            ui.periodNoteLabel.clear()
            ui.uncheckedLabel.clear()
            ui.figuresTable.setRowCount(0)
            for chart in self.charts:
                chart.set_spec(None)
            return
        report = self.report
        ui.periodLabel.setText(report.period.label(lang))
        as_of = (self.tr("Figures as of {date}; the period is not over yet.") if not report.complete
                 else self.tr("Figures as of {date}.")).format(date=report.today.strftime("%d.%m.%Y"))
        note = report.period.note(lang)
        counted = self.tr("Cases counted: {n}.").format(n=report.cases)
        ui.periodNoteLabel.setText(" ".join(x for x in (as_of, counted, note) if x))
        ui.periodNoteLabel.setToolTip(f"{report.period.explanation(lang)}\n{report.period.basis(lang)}")
        self._render_table(lang)
        self._render_charts(lang)

    def headers(self) -> list[str]:
        return [self.tr("Body that sent the request"), self.tr("Requests"), self.tr("sent in time"),
                self.tr("sent late"), self.tr("Consented"), self.tr("Refused"), self.tr("Decisions in time"),
                self.tr("Decisions late"), self.tr("of them without a decision"), self.tr("Complaints filed")]

    def header_tips(self) -> list[str]:
        return [self.tr("Our requests: the body that sent them (ours or one we serve). Requests to us: the lower "
                        "body that asked."),
                self.tr("Our requests sent in the period; requests to us received in the period"),
                self.tr("Sent no later than the last day for sending (Algorithm, p. 6)"),
                self.tr("Sent after the last day for sending"),
                self.tr("Decisions to consent dated in the period"),
                self.tr("Decisions to refuse dated in the period"),
                self.tr("Decided within 7 working days of receipt (Algorithm, p. 8)"),
                self.tr("Decided after the due date, or still undecided at the end of the period"),
                self.tr("Requests to us whose due date passed in the period without a decision"),
                self.tr("Complaints filed in the period")]

    def _render_table(self, lang: str) -> None:
        report = self.report
        table = self.ui.figuresTable
        headers = self.headers()
        table.clear()
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        for column, tip in enumerate(self.header_tips()):
            table.horizontalHeaderItem(column).setToolTip(tip)
        rows: list[tuple[str, object, tuple]] = []  # (kind, text or figures, row meaning)
        for side, title, bodies, total in (
                ("outgoing", self.tr("Our requests (sent by us and by the bodies we serve)"), report.outgoing,
                 report.outgoing_total),
                ("incoming", self.tr("Requests to us from lower bodies (our decisions)"), report.incoming,
                 report.incoming_total)):
            rows.append(("section", title, (side, "section")))
            if not bodies:
                rows.append(("empty", self.tr("No such requests in the period."), (side, "empty")))
            for body in bodies:
                rows.append(("body", (body.name(lang), body.figures), (side, body.body_id)))
            rows.append(("total", (self.tr("Total"), total), (side, "total")))
        rows.append(("grand", (self.tr("Grand total"), report.total), ("total",)))
        table.setRowCount(len(rows))
        bold = QFont(table.font())
        bold.setBold(True)
        for row, (kind, content, meaning) in enumerate(rows):
            if kind in ("section", "empty"):
                item = QTableWidgetItem(content)
                item.setData(RowRole, meaning)
                if kind == "section":
                    item.setFont(bold)
                    item.setBackground(QColor("#e7ecf3"))
                else:
                    item.setForeground(QColor("#5f6368"))
                table.setItem(row, 0, item)
                table.setSpan(row, 0, 1, len(headers))
                continue
            name, figures = content
            values = figures.to_dict()
            item = QTableWidgetItem(name)
            item.setToolTip(name)
            item.setData(RowRole, meaning)
            table.setItem(row, 0, item)
            for column, field_name in enumerate(COLUMNS, 1):
                cell = QTableWidgetItem(str(values[field_name]))
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, column, cell)
            if kind in ("total", "grand"):
                for column in range(len(headers)):
                    table.item(row, column).setFont(bold)
                    if kind == "grand":
                        table.item(row, column).setBackground(QColor("#f1f3f4"))
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            table.setColumnWidth(column, 92)
        header.setMinimumHeight(3 * table.fontMetrics().lineSpacing() + 8)
        table.resizeRowsToContents()
        out, inc = report.outgoing_total, report.incoming_total
        unchecked = []
        if out.requests_unchecked or inc.requests_unchecked:
            unchecked.append(self.tr("Requests whose timeliness could not be checked (no sending date or no last "
                                     "day): {n}.").format(n=out.requests_unchecked + inc.requests_unchecked))
        if out.decisions_unchecked or inc.decisions_unchecked:
            unchecked.append(self.tr("Decisions whose timeliness could not be checked (no date of receipt): "
                                     "{n}.").format(n=out.decisions_unchecked + inc.decisions_unchecked))
        self.ui.uncheckedLabel.setText(" ".join(unchecked))
        self.ui.uncheckedLabel.setVisible(bool(unchecked))

    def table_rows(self) -> dict[tuple, list[int]]:
        """What the table shows: row meaning → the numbers of its columns (for the tests and the keyboard user)."""
        table = self.ui.figuresTable
        out = {}
        for row in range(table.rowCount()):
            first = table.item(row, 0)
            meaning = first.data(RowRole) if first is not None else None
            if meaning is None or meaning[-1] in ("section", "empty"):
                continue
            out[tuple(meaning)] = [int(table.item(row, column).text()) for column in range(1, table.columnCount())]
        return out

    def _render_charts(self, lang: str) -> None:
        from kelisim.documents.report import chart_specs

        for chart, spec in zip(self.charts, chart_specs(self.report, lang)):
            chart.set_spec(spec)

    # ------------------------------------------------------------------ saving
    def _fill_languages(self, lang: str) -> None:
        combo = self.ui.languageCombo
        keep = combo.currentData() or lang
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Russian"), "ru")
        combo.addItem(self.tr("Kazakh"), "kk")
        combo.setCurrentIndex(max(0, combo.findData(keep)))
        combo.blockSignals(False)

    def file_language(self) -> str:
        return self.ui.languageCombo.currentData() or "ru"

    def set_file_language(self, lang: str) -> None:
        self.ui.languageCombo.setCurrentIndex(max(0, self.ui.languageCombo.findData(lang)))

    def choose_folder(self) -> Path | None:
        """Ask for the folder the files go to (a test replaces this)."""
        start = i18n.settings().value(REPORT_FOLDER_KEY, "") or \
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the folder for the report"), start)
        return Path(folder) if folder else None

    def save(self, folder: Path | None = None):
        """Write the report of the period shown as DOCX and XLSX into ``folder`` (asked when not given) in the
        background; once written, the folder is opened. Returns the task, or None when nothing was started."""
        from kelisim.services import write_report_files
        from kelisim.ui.tasks import BackgroundTask

        if self.report is None or self.task is not None:
            return None
        folder = folder if folder is not None else self.choose_folder()
        if not folder:
            return None
        folder = Path(folder)
        report, lang = self.report, self.file_language()
        if self.ui.maskCheck.isChecked():  # for analysis outside the legal service (law.masking); read on this thread
            from kelisim.store.report import report_figures

            report = report_figures(self.store, report.start, report.end, today=self.today, mask=True)

        def job(progress):
            progress(0, 1)
            paths = write_report_files(report, folder, lang=lang)
            progress(1, 1)
            return paths

        self.ui.savedLabel.hide()
        self.task = BackgroundTask(self, self.tr("Semi-annual report"), self.tr("Writing the report…"), job)
        self.task.finished.connect(lambda ok, task=self.task, where=folder: self._saved(task, ok, where))
        self.ui.saveButton.setEnabled(False)
        return self.task

    def _saved(self, task, ok: bool, folder: Path) -> None:
        self.task = None
        self.ui.saveButton.setEnabled(self.report is not None)
        if not ok:
            return
        self.written = list(task.result)
        s = i18n.settings()
        s.setValue(REPORT_FOLDER_KEY, str(folder))
        s.sync()
        self.ui.savedLabel.setText(self.tr("Written: {files} — in {folder}").format(
            files=", ".join(p.name for p in self.written), folder=str(folder)))
        self.ui.savedLabel.setStyleSheet("color: #1b5e20;")
        self.ui.savedLabel.show()
        self.open_folder(folder)
        self.saved.emit(self.written)

    def open_folder(self, folder: Path) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # ------------------------------------------------------------------ language, closing
    def changeEvent(self, event):  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and "charts" in self.__dict__:
            self._fill_languages(self.file_language())
            self._render()
        super().changeEvent(event)

    def closeEvent(self, event):  # noqa: N802 - Qt API
        if self.task is not None:  # a save still running: stop it at its next step (its files are written atomically)
            self.task.cancel()
            self.task.wait()
        super().closeEvent(event)


__all__ = ["ReportDialog"]
