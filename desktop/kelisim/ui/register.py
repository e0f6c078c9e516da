"""The case register tab (``forms/register_page.ui``): the dashboard strip, the filters, the table of cases.

``RegisterModel`` pages from the store: ``store.cases.count`` for the total, ``store.cases.list`` ``PAGE`` rows at a
time as the view scrolls (``canFetchMore`` / ``fetchMore``), nearest deadline first (the store's order). Each row
gets its working days left (``law.calendar``, the store's calendar with the user's own days), its urgency, a colour
and a marker that says the same as the colour.

"Due within N working days" lists the cases due from today to N working days ahead; ticked together with
"Overdue" it also lists the late ones. The store's ``due_within`` includes the late cases, which come first in its
order, so the model skips them by an offset (their count is ``count(overdue_on=today)``).

The search box searches ``SEARCH_DELAY_MS`` after the last key. A text with fewer than ``MIN_SEARCH_CHARS`` letters or
digits does not filter (a one-letter prefix matches nearly every case and took 0.3 s at 100,000 cases), and a key that
leaves the filters as they were (such a letter, a space) does not reload the list. Typing does not recount the
dashboard, which does not depend on the filters.

The model is a ``QStandardItemModel`` filled a page at a time (about 2 ms for fifty rows): the view reads every
painted cell's text, colours and tooltip in C++, and the column titles are the model's own header items. Nothing on
the way to the register's first paint touches PySide6's ``Qt`` namespace, whose first use builds all 97 of its enums
as Python enums (15 ms of a start-up of ~0.2 s, measured); a Python ``headerData`` alone would force it (the header's
orientation reaches Python as a ``Qt.Orientation``). Hence the roles as plain ints below (tests/ui/test_register.py
compares them with ``Qt``'s), and ``Qt`` imported where a key is read.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QModelIndex, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QWidget

from kelisim.ui import i18n
from kelisim.ui.forms import load_form
from kelisim.ui.labels import (URGENCY_COLOURS, URGENCY_SWATCH, deadline_kind, fmt, status_name, urgency_label,
                               urgency_of)

PAGE = 50  # rows read at a time: a full-height register shows ~35; the view asks for more as it scrolls
COLUMNS = ("due", "days_left", "kind", "status", "case_number", "court", "parties", "subject")
# Qt.ItemDataRole and Qt.AlignmentFlag values as plain ints (the module's notes say why; the tests compare them with Qt's)
DISPLAY_ROLE, DECORATION_ROLE, TOOLTIP_ROLE, ALIGNMENT_ROLE, BACKGROUND_ROLE, FOREGROUND_ROLE = 0, 1, 3, 7, 8, 9
CaseIdRole = 0x0100  # Qt.ItemDataRole.UserRole
UrgencyRole = CaseIdRole + 1
ALIGN_CENTER = 0x0084  # Qt.AlignmentFlag.AlignCenter
AWAITING = ("request_sent", "received", "under_review")
HEADER_KEY = "register/header"
SEARCH_DELAY_MS = 150
MIN_SEARCH_CHARS = 2  # letters or digits before the search box filters at all
DASHBOARD_WEEK = 5  # working days: "due this week"
# Tiers that decide on requests from below (Algorithm п. 2 пп. 5, 6, 7, 8; a city of oblast significance by analogy):
# their register shows the incoming chips even before the first request to them arrives.
APPROVING_KINDS = ("oblast", "city_republican", "district", "city_oblast")


# The urgency swatch beside the due date: a rounded square, 14 × 14 px, as an XPM picture (" " clear, "." the border in
# the urgency's text colour, "x" its swatch colour). Drawn with QPainter it would build the Qt namespace (see the notes:
# QPainter.setPen/setBrush resolve their overloads through Qt's enums).
SWATCH_SHAPE = (
    "              ",
    "  ..........  ",
    " .xxxxxxxxxx. ",
    " .xxxxxxxxxx. ",
    " .xxxxxxxxxx. ",
    " .xxxxxxxxxx. ",
    " .xxxxxxxxxx. ",
    " .xxxxxxxxxx. ",
    " .xxxxxxxxxx. ",
    " .xxxxxxxxxx. ",
    " .xxxxxxxxxx. ",
    " .xxxxxxxxxx. ",
    "  ..........  ",
    "              ",
)


def _swatch(urgency: str) -> QIcon:
    header = f"{len(SWATCH_SHAPE[0])} {len(SWATCH_SHAPE)} 3 1"
    return QIcon(QPixmap([header, "  c None", f". c {URGENCY_COLOURS[urgency][1]}", f"x c {URGENCY_SWATCH[urgency]}",
                          *SWATCH_SHAPE]))


class RegisterModel(QStandardItemModel):
    """The register's rows for the current filters, fetched from the store a page at a time.

    Each loaded row is a row of items holding everything the view shows (text, colours, marker, tooltip, case id,
    urgency); ``row(i)`` gives the store's row behind it, with its due date, working days left and urgency."""

    def __init__(self, store, parent=None, *, today: date | None = None):
        super().__init__(0, len(COLUMNS), parent)
        self.store = store
        self.today = today or date.today()
        self.filters: dict = {}
        self.skip_late = False
        self.skip = 0  # late cases skipped at the head of the store's order (see the module's notes)
        self.total = 0
        self._rows: list[dict] = []
        self._colours_of: dict[str, tuple[QColor, QColor]] = {}  # per urgency: background, text
        self._icons: dict[str, QIcon] = {}
        prototype = QStandardItem()  # what every cell is made from: shown, selected, never edited in place
        prototype.setEditable(False)
        prototype.setDropEnabled(False)
        self.setItemPrototype(prototype)
        self.fetches = 0  # pages read from the store (tests check paging)
        self._set_titles()

    # ------------------------------------------------------------------ loading
    def set_filters(self, filters: dict, *, skip_late: bool = False) -> None:
        """Show the cases that match ``filters`` (keywords of ``store.cases.list``), from the first page."""
        self.beginResetModel()
        try:
            self.filters = dict(filters)
            self.skip_late = skip_late
            self.skip = self.store.cases.count(**{**self.filters, "overdue_on": self.today}) if skip_late else 0
            self.total = max(0, self.store.cases.count(**self.filters) - self.skip)
            self._rows = []
            self._load(PAGE)
        finally:
            self._replace_items()
            self.endResetModel()

    def refresh(self) -> None:
        """Read the same filters again (after a change), keeping as many rows loaded as before."""
        loaded = max(PAGE, len(self._rows))
        self.beginResetModel()
        try:
            self.skip = self.store.cases.count(**{**self.filters, "overdue_on": self.today}) if self.skip else 0
            self.total = max(0, self.store.cases.count(**self.filters) - self.skip)
            self._rows = []
            while len(self._rows) < min(loaded, self.total):
                before = len(self._rows)
                self._load(PAGE)
                if len(self._rows) == before:
                    break
        finally:
            self._replace_items()
            self.endResetModel()

    def _load(self, n: int) -> int:
        rows = self._read(n)
        self._rows.extend(rows)
        return len(rows)

    def _read(self, n: int) -> list[dict]:
        """The next ``n`` rows after those loaded, each with its due date, working days left and urgency."""
        want = min(n, self.total - len(self._rows))
        if want <= 0:
            return []
        rows = self.store.cases.list(**self.filters, limit=want, offset=self.skip + len(self._rows))
        self.fetches += 1
        calendar = self.store.cases.calendar
        for row in rows:
            due = date.fromisoformat(row["next_due"]) if row["next_due"] else None
            days = None
            if due is not None:
                try:
                    days = calendar.working_days_between(self.today, due)
                except Exception:  # noqa: BLE001 - a date beyond the calendar's data: no count, still late or not
                    days = None
                if due < self.today:
                    days = min(days if days is not None else -1, -1)
            row["_due"] = due
            row["_days"] = days
            row["_urgency"] = urgency_of(days, due is not None and row["status"] != "closed")
        return rows

    def canFetchMore(self, parent=QModelIndex()):  # noqa: N802 - Qt API
        return not parent.isValid() and len(self._rows) < self.total

    def fetchMore(self, parent=QModelIndex()):  # noqa: N802 - Qt API
        if parent.isValid():
            return
        rows = self._read(PAGE)
        if not rows:
            self.total = len(self._rows)  # the store holds fewer than counted (changed meanwhile)
            return
        first = len(self._rows)
        self._rows.extend(rows)
        self.insertRows(first, len(rows))  # one signal for the page; the cells are filled without a signal each
        self._fill(first, len(self._rows))

    # ------------------------------------------------------------------ the cells
    # The cells' roles are set through the model (``setItemData``), which makes each item in C++ from the prototype
    # (not editable): no Python wrapper per item. A wrapper given to the model stays with the model's own wrapper
    # after C++ has deleted its item (a row replaced or removed), and a later object at the same address — a window's
    # action, say — would be found as that stale item (``findChild`` then misses it).
    def _replace_items(self) -> None:
        """Inside a reset: the cells of every loaded row, without a signal per row (the reset tells the views)."""
        blocked = self.blockSignals(True)
        try:
            self.setRowCount(0)
            self.setRowCount(len(self._rows))
        finally:
            self.blockSignals(blocked)
        self._fill(0, len(self._rows), quiet=True)

    def _fill(self, first: int, last: int, *, quiet: bool = False) -> None:
        """Set the cells of rows ``first`` … ``last - 1`` (already counted by the model), then one ``dataChanged``."""
        if last <= first:
            return
        blocked = self.blockSignals(True)
        try:
            for r in range(first, last):
                for c, roles in enumerate(self._cells(self._rows[r])):
                    self.setItemData(self.index(r, c), roles)
        finally:
            self.blockSignals(blocked)
        if not quiet:
            self.dataChanged.emit(self.index(first, 0), self.index(last - 1, len(COLUMNS) - 1))

    def _colours(self, urgency: str) -> tuple[QColor, QColor]:
        """Background and text colour (colours, not brushes: a QBrush built from Python builds the Qt namespace; the
        view makes the brush of a colour itself)."""
        found = self._colours_of.get(urgency)
        if found is None:
            background, foreground = URGENCY_COLOURS[urgency][:2]
            found = self._colours_of[urgency] = (QColor(background), QColor(foreground))
        return found

    def _icon(self, urgency: str) -> QIcon:
        icon = self._icons.get(urgency)
        if icon is None:
            icon = self._icons[urgency] = _swatch(urgency)
        return icon

    def _texts(self, row: dict) -> tuple:
        court = (row["court_kk"] or row["court_ru"]) if i18n.current_language() == "kk" else \
            (row["court_ru"] or row["court_kk"])
        return (fmt(row["_due"]) if row["_due"] else "—", self.days_text(row),
                deadline_kind(row["next_due_kind"]) if row["next_due_kind"] else "", status_name(row["status"]),
                row["case_number"], court, row["parties_text"], row["subject"])

    def _cells(self, row: dict) -> list[dict]:
        """Each column's roles: text, colours, tooltip (the urgency in words, beside the long texts), case id,
        urgency; the swatch on the due date, the days left centred."""
        urgency = row["_urgency"]
        background, foreground = self._colours(urgency)
        label = urgency_label(urgency)
        short = label[:1].upper() + label[1:]
        cells = []
        for column, text in zip(COLUMNS, self._texts(row)):
            cells.append({DISPLAY_ROLE: text, BACKGROUND_ROLE: background, FOREGROUND_ROLE: foreground,
                          TOOLTIP_ROLE: f"{text}\n({label})" if column in ("subject", "parties", "court") else short,
                          CaseIdRole: row["id"], UrgencyRole: urgency})
        cells[0][DECORATION_ROLE] = self._icon(urgency)
        cells[1][ALIGNMENT_ROLE] = ALIGN_CENTER
        return cells

    # ------------------------------------------------------------------ reading
    def row(self, index: int) -> dict:
        return self._rows[index]

    def case_id(self, row: int) -> int:
        return self._rows[row]["id"]

    def loaded(self) -> int:
        return len(self._rows)

    def days_text(self, row: dict) -> str:
        days, urgency = row["_days"], row["_urgency"]
        marker = URGENCY_COLOURS[urgency][2]
        if urgency == "none" or days is None:
            return marker
        if days < 0:
            return f"{marker} " + self.tr("late")
        return f"{marker} {days}"

    def _set_titles(self) -> None:
        self.setHorizontalHeaderLabels([
            self.tr("Deadline"), self.tr("Working days left"), self.tr("What is due"), self.tr("Status"),
            self.tr("Case number"), self.tr("Court"), self.tr("Parties"), self.tr("Subject")])

    def retranslate(self) -> None:
        self._set_titles()
        self._fill(0, len(self._rows))


class RegisterPage(QWidget):
    """The «Case register» tab."""

    open_case = Signal(int)  # a case id: the user asked for its card
    new_request = Signal()  # the "New request" button: open the wizard
    register_incoming = Signal()  # the "Incoming request" button: register a request that came to us

    def __init__(self, store, parent=None, *, today: date | None = None):
        super().__init__(parent)
        self.ui = load_form("register_page", self)
        self.store = store
        self.today = today or date.today()
        self.model = RegisterModel(store, self, today=self.today)
        self._updating = False
        self._after_rows_painted = None  # see call_after_rows_painted
        self._after_first_paint: list = []  # see call_after_first_paint
        self.dashboard: dict = {}
        self._own = store.bodies.own()

        ui = self.ui
        ui.table.setModel(self.model)  # rows selected whole, headers: in the form
        ui.table.verticalHeader().setDefaultSectionSize(ui.table.fontMetrics().height() + 8)
        self._default_widths()
        self._restore_header()

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._on_search_timeout)
        ui.searchEdit.textChanged.connect(lambda _: self._search_timer.start())
        ui.searchEdit.returnPressed.connect(self.apply_filters)
        for combo in (ui.statusCombo, ui.yearCombo, ui.directionCombo):
            combo.currentIndexChanged.connect(self._on_filter_changed)
        ui.overdueCheck.toggled.connect(self._on_filter_changed)
        ui.dueWithinCheck.toggled.connect(self._on_filter_changed)
        ui.dueWithinSpin.valueChanged.connect(self._on_spin_changed)
        ui.lateButton.clicked.connect(lambda: self.apply_dashboard("late"))
        ui.weekButton.clicked.connect(lambda: self.apply_dashboard("week"))
        ui.awaitingButton.clicked.connect(lambda: self.apply_dashboard("awaiting"))
        ui.lateIncomingButton.clicked.connect(lambda: self.apply_dashboard("incoming_late"))
        ui.weekIncomingButton.clicked.connect(lambda: self.apply_dashboard("incoming_week"))
        ui.allButton.clicked.connect(self.clear_filters)
        ui.newRequestButton.clicked.connect(self.new_request.emit)
        ui.incomingButton.clicked.connect(self.register_incoming.emit)
        ui.table.doubleClicked.connect(lambda index: self._open(index.row()))
        ui.table.installEventFilter(self)

        self._fill_combos()
        self._retranslate()
        self.apply_filters()

    # ------------------------------------------------------------------ filters
    def _fill_combos(self) -> None:
        self._updating = True
        ui = self.ui
        status = ui.statusCombo.currentIndex()
        ui.statusCombo.clear()
        from kelisim.store.cases import INCOMING_STATUSES, OPEN_STATUSES, OUTGOING_STATUSES

        ui.statusCombo.addItem(self.tr("All"), None)
        ui.statusCombo.addItem(self.tr("Open"), OPEN_STATUSES)
        ui.statusCombo.addItem(self.tr("Awaiting a decision"), AWAITING)
        for name in dict.fromkeys((*OUTGOING_STATUSES, *INCOMING_STATUSES)):
            ui.statusCombo.addItem(status_name(name), name)
        ui.statusCombo.setCurrentIndex(max(0, status))

        year = ui.yearCombo.currentData()
        ui.yearCombo.clear()
        ui.yearCombo.addItem(self.tr("All years"), None)
        for y in range(self.today.year + 1, self.today.year - 8, -1):
            ui.yearCombo.addItem(str(y), y)
        ui.yearCombo.setCurrentIndex(max(0, ui.yearCombo.findData(year)) if year else 0)

        direction = ui.directionCombo.currentIndex()
        ui.directionCombo.clear()
        ui.directionCombo.addItem(self.tr("Both"), None)
        ui.directionCombo.addItem(self.tr("Our requests"), "outgoing")
        ui.directionCombo.addItem(self.tr("Requests to us"), "incoming")
        ui.directionCombo.setCurrentIndex(max(0, direction))
        self._updating = False

    def _on_filter_changed(self, *_):
        if not self._updating:
            self.apply_filters()

    def _on_spin_changed(self, *_):
        if not self._updating and self.ui.dueWithinCheck.isChecked():
            self.apply_filters()

    def filters(self) -> tuple[dict, bool]:
        """The store's keywords for what the filter bar says, and whether late cases are skipped."""
        ui = self.ui
        out: dict = {}
        status = ui.statusCombo.currentData()
        if status:
            out["status"] = status
        year = ui.yearCombo.currentData()
        if year:
            out["year"] = year
        direction = ui.directionCombo.currentData()
        if direction:
            out["direction"] = direction
        text = ui.searchEdit.text().strip()
        if sum(ch.isalnum() for ch in text) >= MIN_SEARCH_CHARS:
            out["search"] = text
        overdue = ui.overdueCheck.isChecked()
        within = ui.dueWithinCheck.isChecked()
        skip_late = False
        if within:
            out["due_within"] = (self.today, ui.dueWithinSpin.value())
            skip_late = not overdue
        elif overdue:
            out["overdue_on"] = self.today
        return out, skip_late

    def apply_filters(self, *, dashboard: bool = True) -> None:
        self._search_timer.stop()
        filters, skip_late = self.filters()
        self.model.set_filters(filters, skip_late=skip_late)
        if dashboard or not self.dashboard:
            self._update_dashboard()
        self._update_count()

    def _on_search_timeout(self) -> None:
        """The search box's debounce has run out: reload the list if the text changed what it filters."""
        filters, skip_late = self.filters()
        if filters == self.model.filters and skip_late == self.model.skip_late:
            return
        self.apply_filters(dashboard=False)

    def clear_filters(self) -> None:
        self._set_filter_widgets()
        self.apply_filters()

    def _set_filter_widgets(self, *, status=None, overdue=False, within: int | None = None,
                            direction: str | None = None) -> None:
        ui = self.ui
        self._updating = True
        ui.searchEdit.blockSignals(True)
        ui.searchEdit.clear()
        ui.searchEdit.blockSignals(False)
        ui.statusCombo.setCurrentIndex(max(0, ui.statusCombo.findData(status)) if status else 0)
        ui.yearCombo.setCurrentIndex(0)
        ui.directionCombo.setCurrentIndex(max(0, ui.directionCombo.findData(direction)) if direction else 0)
        ui.overdueCheck.setChecked(overdue)
        ui.dueWithinCheck.setChecked(within is not None)
        if within is not None:
            ui.dueWithinSpin.setValue(within)
        self._updating = False

    def apply_dashboard(self, which: str) -> None:
        """A dashboard button: show exactly the cases it counts."""
        if which == "late":
            self._set_filter_widgets(overdue=True)
        elif which == "week":
            self._set_filter_widgets(within=DASHBOARD_WEEK)
        elif which == "awaiting":
            self._set_filter_widgets(status=AWAITING)
        elif which == "incoming_late":  # requests to us still open (received, under review) whose decision is late
            self._set_filter_widgets(status=AWAITING, overdue=True, direction="incoming")
        elif which == "incoming_week":
            self._set_filter_widgets(status=AWAITING, within=DASHBOARD_WEEK, direction="incoming")
        self.apply_filters()
        self.ui.table.setFocus()

    def set_search(self, text: str) -> None:
        self.ui.searchEdit.setText(text)
        self.apply_filters()

    def set_today(self, today: date) -> None:
        self.today = today
        self.model.today = today
        self.apply_filters()

    def refresh(self) -> None:
        self._own = self.store.bodies.own()
        self.model.refresh()
        self._update_dashboard()
        self._update_count()

    # ------------------------------------------------------------------ rendering
    def _update_dashboard(self) -> None:
        self.dashboard = self.store.cases.dashboard(self.today, DASHBOARD_WEEK)
        self._render_dashboard()

    def _render_dashboard(self) -> None:
        d = self.dashboard
        ui = self.ui
        if not d:
            return
        ui.lateButton.setText(self.tr("Late: {n}").format(n=d["late"]))
        ui.weekButton.setText(self.tr("Due this week: {n}").format(n=d["due_soon"]))
        ui.awaitingButton.setText(self.tr("Awaiting a decision: {n}").format(n=d["awaiting_decision"]))
        for button, urgency, n in ((ui.lateButton, "late", d["late"]), (ui.weekButton, "urgent", d["due_soon"]),
                                   (ui.awaitingButton, "soon", d["awaiting_decision"])):
            background, colour, marker = URGENCY_COLOURS[urgency]
            if n:
                button.setStyleSheet(f"QPushButton {{ background: {background}; color: {colour}; font-weight: bold;"
                                     f" border: 1px solid {colour}; border-radius: 4px; padding: 5px 12px; }}"
                                     f"QPushButton:focus {{ border: 2px solid #1565c0; }}")
            else:
                button.setStyleSheet("QPushButton { padding: 5px 12px; }")
        self._render_incoming_chips()

    def shows_incoming(self) -> bool:
        """The incoming chips are shown when requests to us are open or our body decides on requests from below."""
        own = self._own
        return self.dashboard.get("incoming_open", 0) > 0 or (own is not None and own.kind in APPROVING_KINDS)

    def _render_incoming_chips(self) -> None:
        d = self.dashboard
        ui = self.ui
        visible = self.shows_incoming()
        for button in (ui.lateIncomingButton, ui.weekIncomingButton):
            button.setVisible(visible)
        if not visible:
            return
        late, soon = d.get("incoming_late", 0), d.get("incoming_due_soon", 0)
        ui.lateIncomingButton.setText(self.tr("Decisions late: {n}").format(n=late))
        ui.weekIncomingButton.setText(self.tr("Decisions due this week: {n}").format(n=soon))
        for button, urgency, n in ((ui.lateIncomingButton, "late", late), (ui.weekIncomingButton, "urgent", soon)):
            background, colour, _ = URGENCY_COLOURS[urgency]
            if n:  # dashed: the approving side's chips beside the same colours of the whole register
                button.setStyleSheet(f"QPushButton {{ background: {background}; color: {colour}; font-weight: bold;"
                                     f" border: 1px dashed {colour}; border-radius: 4px; padding: 5px 12px; }}"
                                     f"QPushButton:focus {{ border: 2px solid #1565c0; }}")
            else:
                button.setStyleSheet("QPushButton { padding: 5px 12px; }")

    def _update_count(self) -> None:
        total = self.model.total
        self.ui.countLabel.setText(self.tr("Cases shown: {n}").format(n=total))

    def _retranslate(self) -> None:
        ui = self.ui
        for urgency, label in (("late", ui.legendLate), ("urgent", ui.legendUrgent), ("soon", ui.legendSoon),
                               ("fine", ui.legendFine), ("none", ui.legendNone)):
            background, colour, marker = URGENCY_COLOURS[urgency]
            label.setText(f"{marker} {urgency_label(urgency)}")
            label.setStyleSheet(f"QLabel {{ background: {background}; color: {colour}; border: 1px solid {colour};"
                                f" border-radius: 3px; padding: 2px 6px; }}")
        own = self._own
        if own is not None:
            lang = i18n.current_language()
            ui.ownBodyLabel.setText(own.name(lang))
        self._render_dashboard()
        self._update_count()

    def changeEvent(self, event):  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "model"):
            self._fill_combos()
            self._retranslate()
            self.model.retranslate()
        super().changeEvent(event)

    def _default_widths(self) -> None:
        widths = (118, 150, 200, 160, 110, 220, 220)
        for column, width in enumerate(widths):
            self.ui.table.setColumnWidth(column, width)

    def _restore_header(self) -> None:
        state = i18n.settings().value(HEADER_KEY)
        if state is not None:
            self.ui.table.horizontalHeader().restoreState(state)

    def save_state(self) -> None:
        s = i18n.settings()
        s.setValue(HEADER_KEY, self.ui.table.horizontalHeader().saveState())
        s.sync()

    # ------------------------------------------------------------------ opening a case
    def _open(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.open_case.emit(self.model.case_id(row))

    def call_after_rows_painted(self, callback) -> None:
        """Call ``callback(rows)`` once, right after the table has first painted rows (the start-up benchmark)."""
        self._after_rows_painted = callback
        self.ui.table.viewport().installEventFilter(self)

    def call_after_first_paint(self, callback) -> None:
        """Call ``callback()`` once, right after the table has first been painted (with rows or none): the main
        window defers the work the register does not need on screen until then."""
        self._after_first_paint.append(callback)
        self.ui.table.viewport().installEventFilter(self)

    def eventFilter(self, watched, event):  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint and watched is self.ui.table.viewport():
            if self._after_rows_painted is not None and self.model.rowCount() > 0:
                on_rows, self._after_rows_painted = self._after_rows_painted, None
                rows = self.model.rowCount()
                QTimer.singleShot(0, lambda: on_rows(rows))  # after this paint has been done
            if self._after_first_paint:
                for callback in self._after_first_paint:
                    QTimer.singleShot(0, callback)
                self._after_first_paint = []
            if self._after_rows_painted is None:
                watched.removeEventFilter(self)
            return False
        if watched is self.ui.table and event.type() == QEvent.Type.KeyPress \
                and event.key() in _enter_keys():
            index = self.ui.table.currentIndex()
            if index.isValid():
                self._open(index.row())
                return True
        return super().eventFilter(watched, event)


def _enter_keys() -> tuple:
    from PySide6.QtCore import Qt  # here, not at the module's top: see the module's notes

    return Qt.Key.Key_Return, Qt.Key.Key_Enter
