"""An unexpected error never reaches the lawyer as a traceback: it becomes a message in the interface's language,
and its technical trace goes to ``<data folder>/logs/errors.log`` for the IT service.

The log holds the exception's type and the code locations of its trace (file, line, function) — never the
exception's text or any variable's value, which may carry a citizen's name or ИИН (issue 8: no personal data in
logs). It is kept small: past 1 MB the oldest half is dropped.

``install()`` sets ``sys.excepthook`` (Qt calls it for an exception escaping a slot or an event handler) and is
idempotent; ``report(exc)`` is the same for an exception already caught.
"""
from __future__ import annotations

import datetime as _dt
import os
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

LOG_LIMIT = 1_000_000
_state: dict = {"installed": False, "previous": None, "box": None}


def log_path() -> Path:
    from kelisim.home import data_home

    return data_home() / "logs" / "errors.log"


def trace_lines(exc: BaseException) -> list[str]:
    """``Type`` and ``file:line in function`` per frame — no message, no values (personal data stays out)."""
    lines = [f"{type(exc).__module__}.{type(exc).__qualname__}"]
    for frame in traceback.extract_tb(exc.__traceback__):
        lines.append(f"  {_short(frame.filename)}:{frame.lineno} in {frame.name}")
    cause = exc.__cause__ or exc.__context__
    if cause is not None and cause is not exc:
        lines.append("caused by " + trace_lines(cause)[0])
    return lines


def _short(filename: str) -> str:
    """The path from the ``kelisim`` package on (the user's folders stay out of the log)."""
    parts = Path(filename).parts
    for anchor in ("kelisim", "PySide6", "docxtpl", "docx"):
        if anchor in parts:
            return "/".join(parts[parts.index(anchor):])
    return Path(filename).name


def write_log(exc: BaseException) -> Path | None:
    """Append the trace to the log; None when the log cannot be written (a read-only or full disk)."""
    from kelisim.home import make_private, private_folder

    path = log_path()
    try:
        private_folder(path.parent)  # readable by its owner only, like the rest of the data folder
        if path.exists() and path.stat().st_size > LOG_LIMIT:
            data = path.read_bytes()
            path.write_bytes(data[len(data) // 2:])
        from kelisim import __version__

        stamp = _dt.datetime.now().isoformat(timespec="seconds")
        with open(path, "a", encoding="utf-8") as f:
            f.write(f"--- {stamp} Kelisim {__version__} Python {sys.version.split()[0]} {sys.platform}\n")
            f.write("\n".join(trace_lines(exc)) + "\n")
        make_private(path)
        return path
    except OSError:
        return None


def message_text(exc: BaseException, log: Path | None) -> str:
    text = QCoreApplication.translate(
        "UnexpectedError", "Something went wrong inside Kelisim ({kind}). What you saved is safe: every change is "
        "written to the register at once.").format(kind=type(exc).__name__)
    if log is not None:
        text += "\n\n" + QCoreApplication.translate(
            "UnexpectedError", "The technical details are in {path}. If it happens again, send that file to your IT "
            "service; it holds no names or ИИН.").format(path=str(log))
    return text


def report(exc: BaseException) -> QMessageBox | None:
    """Log ``exc`` and show the message (one box at a time: a burst of errors does not bury the window)."""
    log = write_log(exc)
    app = QApplication.instance()
    if app is None or not isinstance(app, QApplication):
        return None
    box = _state["box"]
    if box is not None and box.isVisible():
        return box
    parent = app.activeWindow()
    title = QCoreApplication.translate("UnexpectedError", "Unexpected error")
    box = QMessageBox(QMessageBox.Icon.Critical, title, message_text(exc, log), QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("unexpectedErrorBox")
    _state["box"] = box
    box.open()
    return box


def _hook(kind, exc, tb) -> None:
    if issubclass(kind, KeyboardInterrupt):
        (_state["previous"] or sys.__excepthook__)(kind, exc, tb)
        return
    if exc.__traceback__ is None:
        exc.__traceback__ = tb
    # Qt may call the hook in the middle of an event; show the box once the event loop is back.
    QTimer.singleShot(0, lambda: report(exc))
    if os.environ.get("KELISIM_ERRORS_TO_STDERR"):
        (_state["previous"] or sys.__excepthook__)(kind, exc, tb)


def install() -> None:
    if not _state["installed"]:
        _state["previous"] = sys.excepthook
        sys.excepthook = _hook
        _state["installed"] = True


def uninstall() -> None:
    if _state["installed"]:
        sys.excepthook = _state["previous"] or sys.__excepthook__
        _state["installed"] = False
