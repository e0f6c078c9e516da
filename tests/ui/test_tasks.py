"""Long operations in the background: the event loop keeps running while a real backup of a real data folder is
written, the bar follows the files, Cancel stops it leaving no partial archive, and a failure comes back as a
message in the user's language, never a traceback."""
from __future__ import annotations

import errno
import threading
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from conftest import TODAY, case_fields

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def seed_attachments(store, tmp_path: Path, n: int) -> None:
    """n cases, each with a draft complaint and a court act (distinct contents: 2n stored files)."""
    from kelisim.store.register import NewAttachment, register_case

    for i in range(n):
        draft = tmp_path / f"draft-{i}.pdf"
        act = tmp_path / f"act-{i}.pdf"
        draft.write_bytes(PDF + f"% draft {i}\n".encode() + bytes(20_000))
        act.write_bytes(PDF + f"% act {i}\n".encode() + bytes(20_000))
        register_case(store, case_fields(i), attachments=[NewAttachment("draft_complaint", draft),
                                                           NewAttachment("court_act", act)], today=TODAY)


def test_a_backup_runs_in_the_background_and_the_window_stays_alive(store, parent, qtbot, tmp_path):
    from kelisim.store.archive import inspect_archive
    from kelisim.store.transfer import BACKUP_FORMAT, backup_home
    from kelisim.store.schema import SCHEMA_VERSION
    from kelisim.ui.tasks import BackgroundTask

    seed_attachments(store, tmp_path, 40)
    dest = tmp_path / "backup.zip"
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(1)
    seen = []
    task = BackgroundTask(parent, "Backup", "Writing…", lambda progress: backup_home(store.home, dest,
                                                                                     progress=progress))
    task.progressed.connect(lambda done, total: seen.append((done, total)))
    with qtbot.waitSignal(task.finished, timeout=30_000) as blocker:
        pass
    timer.stop()
    assert blocker.args == [True] and task.result == dest and task.error is None
    assert ticks, "the event loop did not run while the backup was written"
    manifest = inspect_archive(dest, BACKUP_FORMAT, SCHEMA_VERSION)
    assert manifest.payload["cases"] == 40 and manifest.payload["attachments"] == 80
    assert seen[-1] == (81, 81) and task.dialog.maximum() == 81
    assert not task.thread.isRunning() and not task.dialog.isVisible()


def test_cancel_stops_the_backup_and_leaves_no_partial_file(store, parent, qtbot, tmp_path):
    from kelisim.store.transfer import backup_home
    from kelisim.ui.tasks import BackgroundTask

    seed_attachments(store, tmp_path, 5)
    out = tmp_path / "out"
    out.mkdir()
    gate = threading.Event()

    def job(progress):
        def step(done, total):
            progress(done, total)
            if done == 1:
                gate.wait(10)  # the GUI presses Cancel before the next file
        return backup_home(store.home, out / "b.zip", progress=step)

    task = BackgroundTask(parent, "Backup", "Writing…", job)
    from PySide6.QtWidgets import QPushButton

    cancel_button = task.dialog.findChild(QPushButton)
    assert cancel_button.text() == "Cancel"
    # On the GUI thread (task.progressed): a lambda on the worker's own signal would run in the worker's thread.
    task.progressed.connect(lambda done, total: (cancel_button.click(), gate.set()))
    with qtbot.waitSignal(task.finished, timeout=30_000) as blocker:
        pass
    assert blocker.args == [False] and task.cancelled and task.message_box is None
    assert list(out.iterdir()) == []  # neither the archive nor its temporary file
    assert store.cases.count() == 5  # the store goes on


@pytest.mark.parametrize("lang, expected", [("ru", "Не удалось"), ("kk", "мүмкін")])
def test_a_store_error_comes_back_in_the_users_language(lang, expected, parent, qtbot):
    from kelisim.store.db import StoreError
    from kelisim.ui import i18n
    from kelisim.ui.tasks import BackgroundTask

    i18n.apply_language(lang, remember=False)

    def job(progress):
        progress(1, 2)
        raise StoreError("Не удалось прочитать архив.", "Мұрағатты оқу мүмкін болмады.")

    task = BackgroundTask(parent, "Restore", "…", job)
    with qtbot.waitSignal(task.finished, timeout=10_000) as blocker:
        pass
    assert blocker.args == [False]
    assert task.message_box is not None and task.message_box.isVisible()
    assert expected in task.message_box.text() and "Traceback" not in task.message_box.text()
    task.message_box.close()


def test_a_disk_error_and_an_unexpected_one_are_plain_messages(parent, qtbot):
    from kelisim.ui import i18n
    from kelisim.ui.tasks import BackgroundTask

    i18n.apply_language("ru", remember=False)
    for exc, words in ((OSError(errno.ENOSPC, "No space left on device", "/media/usb/b.zip"), ("No space", "b.zip")),
                       (zipfile.BadZipFile("bad"), ("BadZipFile", "ИТ-служб"))):
        def job(progress, exc=exc):
            raise exc

        task = BackgroundTask(parent, "Backup", "…", job)
        with qtbot.waitSignal(task.finished, timeout=10_000):
            pass
        text = task.message_box.text()
        assert all(word in text for word in words), text
        assert "Traceback" not in text
        task.message_box.close()
