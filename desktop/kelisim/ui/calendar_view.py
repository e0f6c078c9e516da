"""The working-day calendar tab: a year of month grids (one table model per month), a legend, the year's
working-day totals and the list of holidays, moved days and worked weekends, with names and sources on hover.
"""
from __future__ import annotations

import html
from datetime import date, timedelta

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPen
from PySide6.QtWidgets import QFrame, QHeaderView, QLabel, QStyledItemDelegate, QWidget

from kelisim.ui import names
from kelisim.ui.forms import load_form
from kelisim.ui.i18n import current_language
from kelisim.ui.labels import fmt

# Background and text colour of each kind of day (kelisim.law.calendar.DAY_KINDS), and whether it is bold.
KIND_STYLE = {
    "working": ("#ffffff", "#1f1f1f", False),
    "weekend": ("#e6e8eb", "#5f6368", False),
    "holiday": ("#f6c4bf", "#8b1a1a", True),
    "moved_day_off": ("#fbd3a8", "#7a3b00", True),
    "transferred_day_off": ("#fff09a", "#5c4a00", True),
    "working_weekend": ("#c5e5c6", "#1b5e20", True),
    "extra_day_off": ("#e0cdf4", "#4a2a73", True),
    "extra_working_day": ("#bcdcf5", "#0d47a1", True),
}
LEGEND_KINDS = ("working", "weekend", "holiday", "moved_day_off", "transferred_day_off", "working_weekend",
                "extra_day_off", "extra_working_day")
TODAY_COLOR = "#1565c0"
TodayRole = Qt.ItemDataRole.UserRole + 1
DateRole = Qt.ItemDataRole.UserRole + 2


def day_tooltip(info) -> str:
    """Rich-text tooltip of one day: date and weekday, kind, name, legal source, «estimated» when it is."""
    lang = current_language()
    d = info.date
    lines = [f"<b>{fmt(d)}, {html.escape(names.weekday_names()[d.weekday()])}</b>",
             html.escape(names.kind_label(info.kind))]
    name = info.name(lang)
    if name and name != names.kind_label(info.kind):
        lines.append(f"<b>{html.escape(name)}</b>")
    source = info.source_in(lang)
    if source:
        lines.append(f"<span style='color:#555'>{html.escape(source)}</span>")
    if info.estimated:
        lines.append(f"<i>{html.escape(names.estimated_label())}</i>")
    return "<p style='white-space:normal'>" + "<br>".join(lines) + "</p>"


class MonthModel(QAbstractTableModel):
    """One month as a 6 × 7 grid, Monday first; each cell is a day of the month or empty."""

    ROWS, COLUMNS = 6, 7

    def __init__(self, calendar, parent=None):
        super().__init__(parent)
        self._calendar = calendar
        self._cells: list[date | None] = [None] * (self.ROWS * self.COLUMNS)
        self._info: dict[date, object] = {}
        self.year = self.month = 0
        self.today = date.today()

    def set_month(self, year: int, month: int) -> None:
        self.beginResetModel()
        self.year, self.month = year, month
        first = date(year, month, 1)
        start = first - timedelta(days=first.weekday())
        cells = []
        for i in range(self.ROWS * self.COLUMNS):
            d = start + timedelta(days=i)
            cells.append(d if d.month == month else None)
        self._cells = cells
        self._info = {d: self._calendar.day_info(d) for d in cells if d is not None}
        self.endResetModel()

    def date_at(self, row: int, column: int) -> date | None:
        return self._cells[row * self.COLUMNS + column]

    def index_of(self, d: date) -> QModelIndex:
        i = self._cells.index(d)
        return self.index(i // self.COLUMNS, i % self.COLUMNS)

    def info(self, d: date):
        return self._info[d]

    def rowCount(self, parent=QModelIndex()):  # noqa: N802 - Qt API
        return 0 if parent.isValid() else self.ROWS

    def columnCount(self, parent=QModelIndex()):  # noqa: N802 - Qt API
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        d = self._cells[index.row() * self.COLUMNS + index.column()]
        if d is None:
            return None
        info = self._info[d]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{d.day}*" if info.estimated else str(d.day)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor(KIND_STYLE[info.kind][0])
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(KIND_STYLE[info.kind][1])
        if role == Qt.ItemDataRole.FontRole:
            if KIND_STYLE[info.kind][2] or d == self.today:
                font = QFont()
                font.setBold(True)
                font.setItalic(info.estimated)
                return font
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return day_tooltip(info)
        if role == TodayRole:
            return d == self.today
        if role == DateRole:
            return d
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt API
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return names.weekday_short()[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return names.weekday_names()[section]
        if role == Qt.ItemDataRole.ForegroundRole and section >= 5:
            return QColor("#a11d1d")
        return None

    def retranslate(self) -> None:
        """Headers and tooltips follow the interface language."""
        self.beginResetModel()
        self.endResetModel()


class NonWorkingModel(QAbstractTableModel):
    """The year's named days: every weekday off and every weekend day worked (``YearSummary.non_working``)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._days: list = []

    def set_days(self, days) -> None:
        self.beginResetModel()
        self._days = list(days)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._days)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802 - Qt API
        return 0 if parent.isValid() else 2

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        info = self._days[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return f"{fmt(info.date)}, {names.weekday_short()[info.date.weekday()]}"
            name = info.name(current_language())
            return f"{name} *" if info.estimated else name
        if role == Qt.ItemDataRole.BackgroundRole and index.column() == 0:
            return QColor(KIND_STYLE[info.kind][0])
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 0:
            return QColor(KIND_STYLE[info.kind][1])
        if role == Qt.ItemDataRole.ToolTipRole:
            return day_tooltip(info)
        if role == DateRole:
            return info.date
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt API
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Date"), self.tr("Holiday or transfer"))[section]
        return None

    def retranslate(self) -> None:
        self.beginResetModel()
        self.endResetModel()


class TodayDelegate(QStyledItemDelegate):
    """Draws a frame around today's cell."""

    def paint(self, painter, option, index):
        super().paint(painter, option, index)
        if index.data(TodayRole):
            painter.save()
            painter.setPen(QPen(QColor(TODAY_COLOR), 2))
            r = QRect(option.rect).adjusted(1, 1, -1, -1)
            painter.drawRect(r)
            painter.restore()


class MonthGrid(QFrame):
    """One month (``forms/month_grid.ui``): its name, its working days, and its grid."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.ui = load_form("month_grid", self)
        self.model: MonthModel | None = None
        self.ui.view.setItemDelegate(TodayDelegate(self.ui.view))
        for header in (self.ui.view.horizontalHeader(), self.ui.view.verticalHeader()):
            header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)

    def set_model(self, model: MonthModel) -> None:
        self.model = model
        self.ui.view.setModel(model)
        self._fit()

    def _fit(self) -> None:
        view = self.ui.view
        bold = QFont(view.font())
        bold.setBold(True)
        fm = QFontMetrics(bold)
        width = max(fm.horizontalAdvance("28*"), fm.horizontalAdvance("Мм")) + 8
        height = fm.height() + 4
        hh, vh = view.horizontalHeader(), view.verticalHeader()
        hh.setMinimumSectionSize(width)
        hh.setDefaultSectionSize(width)
        vh.setMinimumSectionSize(height)
        vh.setDefaultSectionSize(height)
        frame = 2 * view.frameWidth()
        view.setFixedSize(width * MonthModel.COLUMNS + frame,
                          hh.sizeHint().height() + height * MonthModel.ROWS + frame)


class CalendarPage(QWidget):
    """The «Working-day calendar» tab (``forms/calendar_page.ui``)."""

    COLUMNS = 3  # months per row: four rows of three fit a 1180 × 800 window beside the side panel

    def __init__(self, parent=None):
        super().__init__(parent)
        self.ui = load_form("calendar_page", self)
        self._calendar = None
        self.summary = None
        self.months: list[MonthGrid] = []
        for i in range(12):
            grid = MonthGrid(self.ui.monthsWidget)
            self.ui.monthsGrid.addWidget(grid, i // self.COLUMNS, i % self.COLUMNS,
                                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            self.months.append(grid)
        self.ui.monthsGrid.setRowStretch(12 // self.COLUMNS, 1)
        self.ui.monthsGrid.setColumnStretch(self.COLUMNS, 1)
        self.days_model = NonWorkingModel(self)
        self.ui.daysView.setModel(self.days_model)
        header = self.ui.daysView.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.ui.daysView.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # A wider window widens the side panel (the month grids have a fixed size).
        self.ui.splitter.setStretchFactor(0, 0)
        self.ui.splitter.setStretchFactor(1, 1)
        self._splitter_sized = False
        self._legend_labels: list[tuple[str, QLabel]] = []
        self._build_legend()
        year = min(max(date.today().year, self.ui.yearSpin.minimum()), self.ui.yearSpin.maximum())
        self.ui.yearSpin.setValue(year)
        self.ui.yearSpin.valueChanged.connect(self.show_year)
        self._retranslate()

    # ------------------------------------------------------------------ building
    def _build_legend(self) -> None:
        entries = [(kind, KIND_STYLE[kind][0], "1px solid #9e9e9e") for kind in LEGEND_KINDS]
        entries.append(("today", "#ffffff", f"2px solid {TODAY_COLOR}"))
        entries.append(("estimated", "#ffffff", "1px solid #9e9e9e"))
        for row, (key, background, border) in enumerate(entries):
            swatch = QLabel(self.ui.legendBox)
            swatch.setFixedSize(24, 16)
            swatch.setAlignment(Qt.AlignmentFlag.AlignCenter)
            swatch.setStyleSheet(f"background: {background}; border: {border}; font-size: 8pt;")
            if key == "estimated":
                swatch.setText("*")
            label = QLabel(self.ui.legendBox)
            label.setWordWrap(True)
            self.ui.legendGrid.addWidget(swatch, row, 0, Qt.AlignmentFlag.AlignTop)
            self.ui.legendGrid.addWidget(label, row, 1)
            self._legend_labels.append((key, label))

    def is_ready(self) -> bool:
        return self._calendar is not None

    def ensure_ready(self) -> None:
        """Build the calendar content (the law's calendar and the current year) once, when first needed."""
        if self._calendar is not None:
            return
        from kelisim.law.calendar import default_calendar

        self._install(self._wanted_calendar or default_calendar())

    # The calendar to show once built: the law's, or with the user's own days on top (Settings → Calendar).
    _wanted_calendar = None

    def set_work_calendar(self, calendar) -> None:
        """Show ``calendar`` (the store's, with the user's days off and working days and their sources)."""
        self._wanted_calendar = calendar
        if self._calendar is not None:
            from kelisim.law.calendar import default_calendar

            self._install(calendar or default_calendar())

    def _install(self, calendar) -> None:
        self._calendar = calendar
        for grid in self.months:
            grid.set_model(MonthModel(self._calendar, grid))
        self.summary = None
        self.show_year(self.ui.yearSpin.value())

    def _size_splitter(self) -> None:
        """Once, when first shown at its real size: the months get the width they need (with room for a vertical
        scroll bar), the side panel the rest."""
        if self._splitter_sized or self._calendar is None:
            return
        self._splitter_sized = True
        area = self.ui.monthsArea
        need = (self.ui.monthsWidget.sizeHint().width() + area.verticalScrollBar().sizeHint().width()
                + 2 * area.frameWidth())
        total = self.ui.splitter.width() - self.ui.splitter.handleWidth()
        side = max(self.ui.sidePanel.minimumSizeHint().width(), total - need)
        self.ui.splitter.setSizes([total - side, side])

    def showEvent(self, event):  # noqa: N802 - Qt API
        super().showEvent(event)
        self.ensure_ready()
        self._size_splitter()

    # ------------------------------------------------------------------ behaviour
    def set_year(self, year: int) -> None:
        self.ensure_ready()
        if self.ui.yearSpin.value() != year:
            self.ui.yearSpin.setValue(year)  # valueChanged → show_year
        elif self.summary is None or self.summary.year != year:
            self.show_year(year)

    def show_year(self, year: int) -> None:
        if self._calendar is None:
            return
        from kelisim.law import LawError

        try:
            summary = self._calendar.year_summary(year)
        except LawError as exc:
            self.summary = None
            self.ui.noticeLabel.setText(exc.message(current_language()))
            self.ui.noticeLabel.show()
            return
        self.summary = summary
        for month, grid in enumerate(self.months, 1):
            grid.model.set_month(year, month)
        self.days_model.set_days(summary.non_working)
        self._retranslate()

    def model_for(self, month: int) -> MonthModel:
        return self.months[month - 1].model

    def tooltip_for(self, d: date) -> str:
        """The tooltip the grid shows for ``d`` (the year must be the one on screen)."""
        model = self.model_for(d.month)
        return model.data(model.index_of(d), Qt.ItemDataRole.ToolTipRole)

    def changeEvent(self, event):  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()  # the form's own strings are re-translated by the loader
        super().changeEvent(event)

    def _retranslate(self) -> None:
        month_names = names.month_names()
        for key, label in self._legend_labels:
            if key == "today":
                label.setText(names.today_label())
            elif key == "estimated":
                label.setText(names.estimated_label())
            else:
                label.setText(names.kind_label(key))
        summary = self.summary
        for i, grid in enumerate(self.months):
            grid.ui.nameLabel.setText(month_names[i])
            if summary is not None:
                grid.ui.countLabel.setText(self.tr("working days: {count}").format(count=summary.months[i].working_days))
                grid.model.retranslate()
            else:
                grid.ui.countLabel.setText("")
        self.days_model.retranslate()
        if summary is None:
            self.ui.totalLabel.setText("")
            self.ui.editionLabel.setText("")
            return
        self.ui.totalLabel.setText(self.tr("Working days in {year}: {count}").format(
            year=summary.year, count=summary.working_days))
        self.ui.editionLabel.setText(self.tr("Calendar data: edition {edition}, confirmed through {year}").format(
            edition=self._calendar.edition, year=summary.valid_through))
        if summary.confirmed:
            self.ui.noticeLabel.hide()
        else:
            if summary.year > summary.valid_through:
                text = self.tr("The calendar for {year} is not confirmed: holidays and transfers of days off for it "
                               "have not been approved yet, some dates are estimates (marked *). The last confirmed "
                               "year is {valid}. Check the dates before relying on them.")
            else:
                text = self.tr("The calendar for {year} contains estimated dates (marked *): check them before "
                               "relying on them.")
            self.ui.noticeLabel.setText(text.format(year=summary.year, valid=summary.valid_through))
            self.ui.noticeLabel.show()
