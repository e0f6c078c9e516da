"""First start: our body found in KATO by a name typed in Russian letters or Kazakh ones, its head and the
executor saved; "Later" leads to the calculator; the page speaks both languages. A damaged data file offers the
latest backup instead of a traceback."""
from __future__ import annotations

from datetime import date

from kelisim.store import Store

KASYK = "314845000"
UZYNAGASH = "194230000"


def first_start_window(make_window):
    window = make_window()
    window.ensure_register()
    assert window.first_start is not None
    return window, window.first_start


def test_first_start_creates_our_body_its_head_and_executor(make_window, qtbot, type_text, fresh_ui):
    window, page = first_start_window(make_window)
    ui = page.ui
    assert window.ui.registerStack.currentWidget() is page
    type_text(ui.bodySearchEdit, "Касык")
    qtbot.waitUntil(lambda: page.results() != [], timeout=3000)
    assert page.results()[0] == KASYK
    assert "Касыкский сельский округ" in ui.bodyList.item(0).text()
    ui.bodyList.setCurrentRow(0)
    assert "аким Касыкского сельского округа" in ui.chosenLabel.text()

    # Nothing is saved until the head is named.
    ui.saveButton.click()
    assert ui.errorLabel.isVisible() and "руководителя" in ui.errorLabel.text()
    type_text(ui.headEdit, "Сейтқали Нұрлан Ержанұлы")
    type_text(ui.executorEdit, "Ахметова Айгүл")
    type_text(ui.phoneEdit, "+7 701 123 45 67")
    with qtbot.waitSignal(page.done, timeout=2000):
        ui.saveButton.click()
    assert window.register is not None
    assert window.ui.registerStack.currentWidget() is window.register

    with Store(fresh_ui) as store:
        own = store.bodies.own()
        assert own.kato == KASYK and own.kind == "rural_district"
        assert own.parent_id is not None  # the district above was created with it
        head = store.officials.head(own.id, date.today())
        assert head.full_name == "Сейтқали Нұрлан Ержанұлы"
        executor = [o for o in store.officials.of_body(own.id) if o.role == "executor"][0]
        assert (executor.full_name, executor.phone) == ("Ахметова Айгүл", "+7 701 123 45 67")


def test_kazakh_letters_typed_as_russian_ones_find_the_body(make_window, qtbot, type_text):
    _, page = first_start_window(make_window)
    type_text(page.ui.bodySearchEdit, "Узынагаш")
    qtbot.waitUntil(lambda: page.results() != [], timeout=3000)
    assert page.results()[0] == UZYNAGASH
    page.ui.bodySearchEdit.clear()
    type_text(page.ui.bodySearchEdit, "Ұзынағаш ауылдық округі")
    page.search()
    assert page.results()[0] == UZYNAGASH


def test_later_leads_to_the_calculator_and_the_page_stays(make_window):
    window, page = first_start_window(make_window)
    page.ui.laterButton.click()
    assert window.ui.tabs.currentWidget() is window.ui.calculatorTab
    window.ui.tabs.setCurrentWidget(window.ui.registerTab)
    assert window.ui.registerStack.currentWidget() is page
    assert window.register is None


def test_the_first_start_page_speaks_kazakh(make_window, qtbot, type_text):
    window, page = first_start_window(make_window)
    type_text(page.ui.bodySearchEdit, "Касык")
    page.search()
    page.ui.bodyList.setCurrentRow(0)
    window.set_language("kk")
    assert page.ui.titleLabel.text() == "Kelisim бағдарламасына қош келдіңіз"
    assert page.ui.laterButton.text() == "&Кейінірек"
    assert "Қасық" in page.ui.bodyList.item(0).text()
    assert "әкімі" in page.ui.chosenLabel.text()


def test_a_damaged_store_offers_the_backup_and_then_opens(make_window, fresh_ui, qtbot):
    from conftest import own_body

    with Store(fresh_ui, today=date(2026, 3, 1)) as store:
        own_body(store)
    with Store(fresh_ui, today=date(2026, 3, 2)):  # the daily backup of 02.03 holds our body
        pass
    (fresh_ui / "kelisim.db").write_bytes(b"garbage" * 1000)
    for side in ("kelisim.db-wal", "kelisim.db-shm"):
        (fresh_ui / side).unlink(missing_ok=True)
    window = make_window()
    assert window.ensure_register() is None
    dialog = window.damaged_dialog
    assert dialog is not None and dialog.isVisible()
    assert "повреждена" in dialog.ui.messageLabel.text()
    assert dialog.ui.restoreButton.isEnabled()
    window.set_language("kk")
    assert "зақымдалған" in dialog.ui.messageLabel.text()
    assert dialog.ui.quitButton.text() == "&Шығу"
    dialog.ui.restoreButton.click()
    assert window.damaged_dialog is None
    assert window.register is not None  # our body came back with the backup
    assert list(fresh_ui.glob("kelisim.db.damaged-*"))


def test_a_damaged_store_without_backup_can_only_quit(make_window, fresh_ui, qtbot):
    fresh_ui.mkdir(parents=True, exist_ok=True)
    (fresh_ui / "kelisim.db").write_bytes(b"garbage" * 1000)
    window = make_window()
    window.ensure_register()
    dialog = window.damaged_dialog
    assert not dialog.ui.restoreButton.isEnabled()
    assert "Резервных копий нет" in dialog.ui.messageLabel.text()
    with qtbot.waitSignal(dialog.quit_requested, timeout=1000):
        dialog.ui.quitButton.click()
    assert not window.isVisible()


def test_a_file_damaged_inside_is_found_after_the_register_opens(make_window, fresh_ui, qtbot):
    """The integrity check runs in the background once the register is on screen: a file whose header is sound but
    whose pages are spoilt is found then, the register goes, the same dialog offers the backup, nothing was written."""
    from conftest import own_body, seed_cases

    with Store(fresh_ui, today=date(2026, 3, 1)) as store:
        own_body(store)
        seed_cases(store, 150)
    with Store(fresh_ui, today=date(2026, 3, 2)):  # the daily backup of 02.03
        pass
    path = fresh_ui / "kelisim.db"
    for side in ("kelisim.db-wal", "kelisim.db-shm"):
        (fresh_ui / side).unlink(missing_ok=True)
    data = bytearray(path.read_bytes())
    pages = len(data) // 4096
    for page in range(pages // 2, pages // 2 + 3):
        data[page * 4096:page * 4096 + 100] = b"\xff" * 100
    path.write_bytes(bytes(data))
    backups = sorted(p.name for p in (fresh_ui / "backups").iterdir())

    window = make_window()
    qtbot.waitUntil(lambda: window.damaged_dialog is not None, timeout=5000)
    assert window.damaged_dialog.isVisible() and window.register is None and window.store is None
    assert "повреждена" in window.damaged_dialog.ui.messageLabel.text()
    assert sorted(p.name for p in (fresh_ui / "backups").iterdir()) == backups  # no copy of the damaged file
    window.damaged_dialog.ui.restoreButton.click()
    assert window.register is not None and window.store.cases.count() == 150


def test_a_sound_file_is_checked_in_the_background_then_backed_up(make_window, fresh_ui, qtbot):
    from conftest import own_body

    with Store(fresh_ui, auto_backup=False) as store:
        own_body(store)
    window = make_window()
    qtbot.waitUntil(lambda: window.store is not None and window.store.verified, timeout=5000)
    assert window.register is not None and window.damaged_dialog is None
    # The day's backup follows the passing check, on a thread of its own (seconds at 100,000 cases: not the window's)
    assert window.backup_thread is not None and window.backup_thread.name == "kelisim-daily-backup"
    window.backup_thread.join(10)
    backups = list((fresh_ui / "backups").glob("kelisim-*.db"))
    assert len(backups) == 1 and not list((fresh_ui / "backups").glob("*.part"))
    import sqlite3

    with sqlite3.connect(backups[0]) as copy:  # a whole, readable copy with our body in it
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert copy.execute("SELECT count(*) FROM bodies WHERE is_own = 1").fetchone()[0] == 1
