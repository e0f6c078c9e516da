"""The case register tab: paging from the store, nearest deadline first, colours with markers, filters, the
dashboard strip, debounced full-text search typed as key events, remembered columns, language switch."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from kelisim.store.cases import STATUS_NAMES
from kelisim.ui.labels import URGENCY_COLOURS
from kelisim.ui.register import PAGE, UrgencyRole

from conftest import TODAY, own_body


def shown_count(register) -> int:
    return register.model.total


def test_the_register_is_the_first_tab_and_pages_250_cases(register_window, store):
    window = register_window(250)
    assert window.ui.tabs.currentWidget() is window.ui.registerTab
    register = window.register
    model = register.model
    assert model.total == 250 == store.cases.count()
    assert model.rowCount() == PAGE < 250  # only the first page is read
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 2 * PAGE
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 250 and model.fetches == -(-250 // PAGE)
    # Scrolling the view reads the rest too (a fresh filter starts at one page again).
    register.clear_filters()
    assert model.rowCount() == PAGE
    register.ui.table.scrollToBottom()
    for _ in range(2 * 250 // PAGE):
        register.ui.table.scrollToBottom()
        if model.canFetchMore():
            model.fetchMore()
    assert model.rowCount() == 250
    assert "250" in register.ui.countLabel.text()


def test_rows_are_sorted_by_the_nearest_deadline_closed_last(register_window, store):
    window = register_window(120)
    store.cases.set_status(store.cases.list(limit=1)[0]["id"], "closed", on=TODAY)
    window.register.refresh()
    model = window.register.model
    while model.canFetchMore():
        model.fetchMore()
    dues = [model.row(i)["_due"] for i in range(model.rowCount())]
    dated = [d for d in dues if d is not None]
    assert dated == sorted(dated)
    assert dues[-1] is None  # the closed case has no open deadline: last, grey
    assert model.data(model.index(model.rowCount() - 1, 0), UrgencyRole) == "none"
    assert model.data(model.index(0, 0)) == f"{dated[0]:%d.%m.%Y}"


def test_colours_and_markers_say_late_and_soon(register_window, store):
    window = register_window(60)
    model = window.register.model
    seen = {}
    for row in range(model.rowCount()):
        index = model.index(row, 1)
        urgency = model.data(index, UrgencyRole)
        seen.setdefault(urgency, row)
        background = model.data(index, Qt.ItemDataRole.BackgroundRole).name()
        assert background == URGENCY_COLOURS[urgency][0]
        assert model.data(index).startswith(URGENCY_COLOURS[urgency][2])  # the marker, not only the colour
        days = model.row(row)["_days"]
        if urgency == "late":
            assert days < 0 and "просрочено" in model.data(index)
        elif urgency == "urgent":
            assert 0 <= days <= 3
        elif urgency == "soon":
            assert 4 <= days <= 7
        elif urgency == "fine":
            assert days > 7
    assert {"late", "urgent", "soon", "fine"} <= set(seen)
    legend = window.register.ui
    assert URGENCY_COLOURS["late"][2] in legend.legendLate.text() and "просрочено" in legend.legendLate.text()
    assert "3" in legend.legendUrgent.text() and "7" in legend.legendSoon.text()


def test_filters_change_the_count(register_window, store):
    window = register_window(250)
    register = window.register
    ui = register.ui
    total = shown_count(register)
    ui.directionCombo.setCurrentIndex(ui.directionCombo.findData("incoming"))
    assert shown_count(register) == store.cases.count(direction="incoming") == 25
    ui.directionCombo.setCurrentIndex(0)
    ui.statusCombo.setCurrentIndex(ui.statusCombo.findData("draft"))
    assert shown_count(register) == store.cases.count(status="draft") == 225
    ui.statusCombo.setCurrentIndex(0)
    ui.overdueCheck.setChecked(True)
    late = store.cases.count(overdue_on=TODAY)
    assert 0 < shown_count(register) == late < total
    assert all(register.model.row(i)["_urgency"] == "late" for i in range(register.model.rowCount()))
    ui.overdueCheck.setChecked(False)
    ui.dueWithinSpin.setValue(7)
    ui.dueWithinCheck.setChecked(True)
    within = store.cases.count(due_within=(TODAY, 7)) - late
    assert shown_count(register) == within
    assert all(register.model.row(i)["_urgency"] in ("urgent", "soon") for i in range(register.model.rowCount()))
    ui.dueWithinSpin.setValue(3)
    assert shown_count(register) == store.cases.count(due_within=(TODAY, 3)) - late
    ui.overdueCheck.setChecked(True)  # together: late ones as well
    assert shown_count(register) == store.cases.count(due_within=(TODAY, 3))
    ui.yearCombo.setCurrentIndex(ui.yearCombo.findData(2025))
    assert shown_count(register) == store.cases.count(due_within=(TODAY, 3), year=2025)
    ui.allButton.click()
    assert shown_count(register) == total


def test_dashboard_buttons_show_exactly_what_they_count(register_window, store):
    window = register_window(250)
    register = window.register
    dash = store.cases.dashboard(TODAY, 5)
    ui = register.ui
    assert ui.lateButton.text() == f"Просрочено: {dash['late']}"
    assert ui.weekButton.text() == f"Срок на этой неделе: {dash['due_soon']}"
    assert ui.awaitingButton.text() == f"Ждут решения: {dash['awaiting_decision']}"
    for button, key in ((ui.lateButton, "late"), (ui.weekButton, "due_soon"),
                        (ui.awaitingButton, "awaiting_decision")):
        button.click()
        assert shown_count(register) == dash[key], key
    assert ui.statusCombo.currentText() == "Ждут решения"
    ui.allButton.click()
    assert shown_count(register) == 250


def test_search_finds_cyrillic_and_kazakh_text_typed_key_by_key(register_window, store, qtbot, type_text):
    from conftest import case_fields

    own = register_window(30)
    store.cases.create(case_fields(500, subject="о сносе самовольной постройки",
                                   parties=[{"role": "plaintiff", "name": "Жұмабаев Ерғали"}]), today=TODAY)
    register = own.register
    register.refresh()
    assert shown_count(register) == 31
    type_text(register.ui.searchEdit, "Жұмаба")
    assert shown_count(register) == 31  # debounced: nothing yet
    qtbot.waitUntil(lambda: shown_count(register) == 1, timeout=2000)
    assert register.model.row(0)["case_number"] == "2-1500/2026"
    register.ui.searchEdit.clear()
    type_text(register.ui.searchEdit, "самовольн")
    qtbot.waitUntil(lambda: shown_count(register) == 1, timeout=2000)
    register.ui.searchEdit.clear()
    type_text(register.ui.searchEdit, "Номер1")
    qtbot.waitUntil(lambda: shown_count(register) == store.cases.count(search="Номер1"), timeout=2000)
    assert shown_count(register) > 1


def test_enter_and_double_click_open_the_card(register_window, qtbot):
    window = register_window(5)
    register = window.register
    table = register.ui.table
    table.setFocus()
    table.setCurrentIndex(register.model.index(2, 0))
    with qtbot.waitSignal(register.open_case, timeout=1000) as opened:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened.args == [register.model.case_id(2)]
    assert register.model.case_id(2) in window.case_cards


def test_column_widths_are_remembered(register_window, qtbot, store):
    window = register_window(3)
    window.register.ui.table.setColumnWidth(6, 333)
    window.close()
    from kelisim.ui.main_window import MainWindow

    again = MainWindow(store=store, today=TODAY)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.ensure_register().ui.table.columnWidth(6) == 333


def test_language_switch_retranslates_the_register(register_window):
    window = register_window(20)
    register = window.register
    model = register.model
    status = model.row(0)["status"]
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Срок"
    assert model.data(model.index(0, 3)) == STATUS_NAMES[status][0]
    window.set_language("kk")
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Мерзім"
    assert model.data(model.index(0, 3)) == STATUS_NAMES[status][1]
    assert register.ui.lateButton.text().startswith("Мерзімі өткен:")
    assert register.ui.statusLabel.text() == "Мәр&тебесі:"
    assert register.ui.statusCombo.itemText(0) == "Барлығы"
    assert "Қордай" in model.data(model.index(0, 5))
    assert register.ui.ownBodyLabel.text() == "Қасық ауылдық округі әкімінің аппараты"
    window.set_language("ru")
    assert register.ui.lateButton.text().startswith("Просрочено:")


def test_without_our_body_the_register_waits_for_the_first_start(make_window, store):
    window = make_window()
    assert window.ensure_register() is None
    assert window.register is None
    assert window.ui.registerStack.currentWidget() is window.first_start
    own_body(store)
    window.first_start.done.emit(1)
    assert window.register is not None
    assert window.ui.registerStack.currentWidget() is window.register
    assert window.register.today == date.today()


def _wait_for_search(register, qtbot):
    """Let the search box's debounce run out (its timer fires, the page handles it)."""
    qtbot.waitUntil(lambda: not register._search_timer.isActive(), timeout=2000)
    qtbot.wait(10)


def test_one_letter_does_not_filter_two_letters_do(register_window, store, qtbot, type_text):
    from kelisim.ui.register import MIN_SEARCH_CHARS

    assert MIN_SEARCH_CHARS == 2
    register = register_window(30).register
    resets = []
    register.model.modelAboutToBeReset.connect(lambda: resets.append(1))
    type_text(register.ui.searchEdit, "Н")  # «Номер…» in every party's name: one letter would match nearly all
    _wait_for_search(register, qtbot)
    assert "search" not in register.model.filters and shown_count(register) == 30 and not resets
    type_text(register.ui.searchEdit, "о")
    qtbot.waitUntil(lambda: register.model.filters.get("search") == "Но", timeout=2000)
    assert shown_count(register) == store.cases.count(search="Но") and resets
    register.ui.searchEdit.clear()
    type_text(register.ui.searchEdit, "2-")  # one digit and a dash: still one letter or digit
    _wait_for_search(register, qtbot)
    assert "search" not in register.model.filters and shown_count(register) == 30
    type_text(register.ui.searchEdit, "1")
    qtbot.waitUntil(lambda: register.model.filters.get("search") == "2-1", timeout=2000)
    assert shown_count(register) == store.cases.count(search="2-1") == 30  # 2-1000/2026 … 2-1029/2026


def test_a_trailing_space_does_not_reload_and_typing_does_not_recount_the_dashboard(register_window, store, qtbot,
                                                                                    type_text, monkeypatch):
    register = register_window(30).register
    type_text(register.ui.searchEdit, "Номер1")
    qtbot.waitUntil(lambda: register.model.filters.get("search") == "Номер1", timeout=2000)
    resets, boards = [], []
    register.model.modelAboutToBeReset.connect(lambda: resets.append(1))
    real = store.cases.dashboard
    monkeypatch.setattr(store.cases, "dashboard", lambda *a, **k: boards.append(1) or real(*a, **k))
    fetches = register.model.fetches
    type_text(register.ui.searchEdit, " ")
    _wait_for_search(register, qtbot)
    assert not resets and register.model.fetches == fetches  # the filters did not change: no reload
    type_text(register.ui.searchEdit, "2")
    qtbot.waitUntil(lambda: register.model.filters.get("search") == "Номер1 2", timeout=2000)
    assert resets and not boards  # the list reloaded, the dashboard (which ignores the filters) was not recounted


def test_the_cells_hold_what_the_view_shows_and_cannot_be_edited(register_window):
    from kelisim.ui import register as reg

    # The roles are plain ints (no Qt namespace before the first paint): they must be Qt's own values.
    assert (reg.DISPLAY_ROLE, reg.DECORATION_ROLE, reg.TOOLTIP_ROLE, reg.ALIGNMENT_ROLE, reg.BACKGROUND_ROLE,
            reg.FOREGROUND_ROLE, reg.CaseIdRole) == tuple(int(r) for r in (
        Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.UserRole))
    assert reg.ALIGN_CENTER == int(Qt.AlignmentFlag.AlignCenter.value)

    model = register_window(12).register.model
    for column in range(len(reg.COLUMNS)):
        index = model.index(0, column)
        urgency = model.data(index, UrgencyRole)
        assert model.data(index, Qt.ItemDataRole.BackgroundRole).name() == URGENCY_COLOURS[urgency][0].lower()
        assert model.data(index, Qt.ItemDataRole.ForegroundRole).name() == URGENCY_COLOURS[urgency][1].lower()
        assert model.data(index, reg.CaseIdRole) == model.case_id(0)
        assert not model.flags(index) & Qt.ItemFlag.ItemIsEditable
    swatch = model.data(model.index(0, 0), Qt.ItemDataRole.DecorationRole).pixmap(14, 14).toImage()
    urgency = model.data(model.index(0, 0), UrgencyRole)
    assert swatch.pixelColor(7, 7).name() == reg.URGENCY_SWATCH[urgency].lower()  # the swatch's colour inside
    assert swatch.pixelColor(7, 1).name() == URGENCY_COLOURS[urgency][1].lower()  # its border: the text colour
    assert swatch.pixelColor(0, 0).alpha() == 0
    assert model.data(model.index(0, 1), Qt.ItemDataRole.TextAlignmentRole) == reg.ALIGN_CENTER
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in (0, 4)] == ["Срок", "Номер дела"]


def test_the_register_paints_without_building_the_qt_namespace(tmp_path):
    """PySide6 builds all of ``Qt``'s 97 enums on its first use (15 ms): the window's way to the painted register
    must not need it (a Python ``headerData`` would). A fresh process, as the program starts."""
    import os
    import subprocess
    import sys

    from kelisim.store import Store

    store = Store(tmp_path / "home", today=TODAY)
    own_body(store)
    from conftest import seed_cases

    seed_cases(store, 5)
    store.close()
    code = ("import sys\nimport PySide6.QtCore as C\nfrom kelisim import app\n"
            "import kelisim.ui.main_window as mw\n"
            "class W(mw.MainWindow):\n"
            "    def __init__(self, *a, on_register_paint=None, **k):\n"
            "        def painted(rows):\n"
            "            print('built-before-paint', 'Qt' in vars(C), rows, flush=True)\n"
            "            on_register_paint(rows)\n"
            "        super().__init__(*a, on_register_paint=painted, **k)\n"
            "mw.MainWindow = W\nsys.exit(app.main())\n")
    env = dict(os.environ, KELISIM_HOME=str(tmp_path / "home"), KELISIM_EXIT_AFTER_PAINT="register")
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    line = next(x for x in out.stdout.splitlines() if x.startswith("built-before-paint"))
    assert line.split() == ["built-before-paint", "False", "5"], out.stdout + out.stderr


def test_once_the_start_is_over_the_kept_objects_leave_the_collector_on_the_windows_thread(register_window, qtbot,
                                                                                          monkeypatch):
    """After the KATO directory is read in the background, gc.freeze sets the start's objects aside (full collections
    took ~20 ms mid-card); the collection before it runs on the window's thread (garbage may hold Qt objects)."""
    import gc
    import threading

    from kelisim.ui.main_window import MainWindow

    settled = []
    original = MainWindow._settle_memory

    def settle(self):
        settled.append(threading.current_thread() is threading.main_thread())
        original(self)

    monkeypatch.setattr(MainWindow, "_settle_memory", settle)
    before = gc.get_freeze_count()
    window = register_window(5)
    window.populate()  # (the fixture builds the register directly; the window's after-paint work follows)
    qtbot.waitUntil(lambda: bool(settled), timeout=10_000)
    assert settled == [True] and gc.get_freeze_count() > before
