"""An unexpected error in a slot becomes a message in the user's language, never a traceback, and its trace goes to
the data folder's log without the exception's text (which may carry a citizen's name or ИИН)."""
from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPushButton


@pytest.fixture
def hook():
    from kelisim.ui import errors

    errors.install()
    yield errors
    errors.uninstall()
    box = errors._state["box"]
    if box is not None:
        box.close()
    errors._state["box"] = None


class Boom(RuntimeError):
    pass


@pytest.mark.parametrize("lang, words", [("ru", "не потеряно"), ("kk", "жоғалған жоқ")])
def test_an_error_in_a_slot_shows_a_message_and_logs_no_personal_data(lang, words, hook, qtbot, fresh_ui):
    from kelisim.ui import i18n

    i18n.apply_language(lang, remember=False)
    button = QPushButton("x")
    qtbot.addWidget(button)
    button.show()

    def slot():
        raise Boom("Иванов Иван Иванович, ИИН 880101300123")

    button.clicked.connect(slot)
    # pytest-qt turns exceptions in slots into test failures; here the program's own hook must take them.
    with qtbot.capture_exceptions():
        sys.excepthook = hook._hook
        button.click()
    qtbot.waitUntil(lambda: hook._state["box"] is not None and hook._state["box"].isVisible(), timeout=3000)
    box = hook._state["box"]
    assert "Boom" in box.text() and words in box.text() and "Traceback" not in box.text()
    log = fresh_ui / "logs" / "errors.log"
    assert str(log) in box.text()
    text = log.read_text(encoding="utf-8")
    assert "test_errors.py" in text and "in slot" in text and "Boom" in text
    assert "Иванов" not in text and "880101300123" not in text and str(fresh_ui) not in text


def test_a_burst_of_errors_shows_one_box(hook, qtbot, fresh_ui):
    for n in range(5):
        try:
            raise ValueError(n)
        except ValueError as exc:
            hook.report(exc)
    boxes = [w for w in QApplication.topLevelWidgets() if w.objectName() == "unexpectedErrorBox" and w.isVisible()]
    assert len(boxes) == 1
    assert (fresh_ui / "logs" / "errors.log").read_text(encoding="utf-8").count("ValueError") == 5


def test_the_log_stays_small(hook, fresh_ui, monkeypatch):
    monkeypatch.setattr(hook, "LOG_LIMIT", 2000)
    for n in range(200):
        try:
            raise KeyError(n)
        except KeyError as exc:
            hook.write_log(exc)
    assert (fresh_ui / "logs" / "errors.log").stat().st_size < 4000


def test_an_unwritable_log_still_shows_the_message(hook, qtbot, fresh_ui):
    (fresh_ui / "logs").parent.mkdir(parents=True, exist_ok=True)
    (fresh_ui / "logs").write_text("a file where the folder should be")
    try:
        raise OSError("x")
    except OSError as exc:
        box = hook.report(exc)
    assert box is not None and "Boom" not in box.text() and "OSError" in box.text()
    assert "errors.log" not in box.text()  # no promise of a file that could not be written
