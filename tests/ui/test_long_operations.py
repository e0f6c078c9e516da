"""File → Back up now, Restore from a backup, Generate documents for the selected cases: each runs in the background
with a progress dialog while the window stays alive, and ends with the truth in the status bar or a message."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QMessageBox

from conftest import TODAY
from test_tasks import PDF as PDF_BYTES
from test_tasks import seed_attachments


@pytest.fixture
def window(register_window, store, tmp_path):
    seed_attachments(store, tmp_path, 6)
    window = register_window(0)
    window.register.refresh()
    return window


def wait_task(qtbot, window, task):
    assert task is not None and window.task is task
    with qtbot.waitSignal(task.finished, timeout=60_000) as blocker:
        pass
    qtbot.waitUntil(lambda: window.task is None)
    return blocker.args[0]


def test_backup_now_writes_a_verified_archive_from_the_file_menu(window, qtbot, tmp_path):
    from kelisim.store.archive import inspect_archive
    from kelisim.store.schema import SCHEMA_VERSION
    from kelisim.store.transfer import BACKUP_FORMAT

    dest = tmp_path / "copy.zip"
    assert wait_task(qtbot, window, window.backup_now(dest)) is True
    manifest = inspect_archive(dest, BACKUP_FORMAT, SCHEMA_VERSION)
    assert manifest.payload["cases"] == 6 and manifest.payload["attachments"] == 12
    assert str(dest) in window.statusBar().currentMessage()


def test_restore_brings_the_backup_back_and_keeps_the_current_data_aside(window, qtbot, tmp_path, store):
    dest = tmp_path / "before.zip"
    assert wait_task(qtbot, window, window.backup_now(dest))
    first = window.register.model.case_id(0)
    assert window.store.cases.get(first).status == "draft"
    window.store.cases.delete_draft(first, "проверка восстановления")
    assert window.store.cases.count() == 5

    box = window.confirm_restore(dest)
    assert box.isVisible() and "6" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    assert window.register is None and window.store is None  # closed while the archive is checked and restored
    assert wait_task(qtbot, window, window.task) is True
    assert window.store is not None and window.register is not None
    assert window.store.cases.count() == 6 and window.store.cases.get(first).status == "draft"
    assert window.register.model.total == 6
    home = Path(window.store.home)
    assert list(home.glob("restore-aside-*")), "the data before the restore is kept"
    assert "restore-aside-" in window.statusBar().currentMessage()


def test_a_file_that_is_not_a_backup_is_refused_before_anything_closes(window, tmp_path):
    fake = tmp_path / "not-a-backup.zip"
    fake.write_bytes(b"PK\x03\x04 this is not a zip at all")
    store = window.store
    box = window.confirm_restore(fake)
    assert box.icon() == QMessageBox.Icon.Warning and "Traceback" not in box.text()
    assert window.store is store and window.task is None
    box.close()


def test_documents_for_the_selected_cases_in_one_go(qtbot, store, tmp_path):
    """Two complete cases get their documents; a third without its court act is named with the reason."""
    from kelisim.store.register import NewAttachment, register_case
    from kelisim.ui.main_window import MainWindow
    from test_wizard import KASYK, kato_own_body

    from conftest import case_fields

    kato_own_body(store)
    draft, act = tmp_path / "draft.pdf", tmp_path / "act.pdf"
    draft.write_bytes(PDF_BYTES)
    act.write_bytes(PDF_BYTES + b"% act\n")
    complete = [NewAttachment("draft_complaint", draft), NewAttachment("court_act", act)]
    for n, attachments in ((0, complete), (4, complete), (8, complete[:1])):
        register_case(store, case_fields(n, rule="civil-appeal", executor_name="Ахметова Д."), requester_kato=KASYK,
                      attachments=attachments, today=TODAY)
    window = MainWindow(store=store, today=TODAY)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.ensure_register()
    model = window.register.model
    selection = window.register.ui.table.selectionModel()
    for row in range(model.rowCount()):
        selection.select(model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)
    ids = window.selected_case_ids()
    assert len(ids) == 3
    assert wait_task(qtbot, window, window.generate_selected(today=TODAY)) is True
    documents = {cid: [e for e in store.cases.history(cid) if e["action"] == "document"] for cid in ids}
    numbers = {cid: store.cases.get(cid).case_number for cid in ids}
    done = [cid for cid in ids if documents[cid]]
    assert sorted(numbers[cid] for cid in done) == ["2-1000/2026", "2-1004/2026"]
    assert all(Path(e["new"].split(" sha256:")[0]).exists() for cid in done for e in documents[cid])
    box = window.confirm_box
    assert box is not None and "• 2-1008/2026" in box.text() and "судебный акт" in box.text()
    assert window.statusBar().currentMessage().startswith(f"Сформировано документов: "
                                                          f"{sum(len(v) for v in documents.values())}, по делам: 2")
    box.close()
    window.close()


def test_nothing_selected_says_what_to_do(window):
    window.register.ui.table.clearSelection()
    assert window.generate_selected() is None
    assert "Ctrl" in window.statusBar().currentMessage()
