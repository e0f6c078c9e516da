"""Long operations (a backup, a restore, documents for many cases) run in a background thread with a progress
dialog, so the window never freezes; the result, or the error as a message a lawyer can act on, comes back on the
GUI thread.

``BackgroundTask(parent, title, label, job)`` starts at once. ``job(progress)`` runs in a ``QThread``; it calls
``progress(done, total)`` as it goes, which moves the dialog's bar and, once the user pressed Cancel, raises
``Cancelled`` inside the job (the store's writers undo their partial files on any exception). ``finished(ok)``
tells the caller; ``result`` / ``error`` hold what came out. Errors are shown in a message box that is opened, not
executed (no nested event loop), in the user's language: our errors through ``message(lang)``, a disk error with
its reason, anything else as a short text with its type (never a traceback).

The job must not touch Qt widgets or the program's SQLite connection (it lives on the GUI thread): the store's
functions for background work open their own connection (``store.transfer.backup_home``, ``restore``).
"""
from __future__ import annotations

import threading
from typing import Any, Callable

from PySide6.QtCore import QObject, QThread, Qt, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from kelisim.ui import i18n


class Cancelled(Exception):
    """The user pressed Cancel; raised inside the job by its progress callback."""


class _Worker(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, job: Callable[[Callable[[int, int], None]], Any]):
        super().__init__()
        self.job = job
        self.cancel_event = threading.Event()

    @Slot()
    def run(self) -> None:
        try:
            result = self.job(self.progress)
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the GUI thread as a message
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)

    def progress(self, done: int, total: int) -> None:
        if self.cancel_event.is_set():
            raise Cancelled()
        self.progressed.emit(int(done), int(total))


class BackgroundTask(QObject):
    """One long operation with its progress dialog (see the module's docstring)."""

    finished = Signal(bool)  # True when the job returned, False when it failed or was cancelled
    progressed = Signal(int, int)  # (done, total), re-emitted on the GUI thread

    def __init__(self, parent: QWidget, title: str, label: str, job, *, cancellable: bool = True,
                 show_errors: bool = True):
        super().__init__(parent)
        self.result: Any = None
        self.error: BaseException | None = None
        self.done = False
        self.message_box: QMessageBox | None = None
        self._show_errors = show_errors

        self.dialog = QProgressDialog(label, self.tr("Cancel") if cancellable else "", 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(400)  # a quick job never flashes a dialog
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        if not cancellable:
            self.dialog.setCancelButton(None)
        self.dialog.canceled.connect(self.cancel)

        self.thread = QThread(self)
        self.worker = _Worker(job)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.progressed.connect(self._on_progress)
        self.worker.succeeded.connect(self._on_success)
        self.worker.failed.connect(self._on_failure)
        self.thread.start()

    # ------------------------------------------------------------------ control
    def cancel(self) -> None:
        """Ask the job to stop at its next progress report."""
        self.worker.cancel_event.set()
        self.dialog.setLabelText(self.tr("Cancelling…"))

    def wait(self, timeout_ms: int = 60_000) -> bool:
        """Block until the thread ends (for closing the program; the result is delivered by the event loop)."""
        return self.thread.wait(timeout_ms)

    @property
    def cancelled(self) -> bool:
        return isinstance(self.error, Cancelled)

    # ------------------------------------------------------------------ results (GUI thread)
    def _on_progress(self, done: int, total: int) -> None:
        if total > 0 and self.dialog.maximum() != total:
            self.dialog.setMaximum(total)
        self.dialog.setValue(min(done, total) if total > 0 else 0)
        self.progressed.emit(done, total)

    def _finish(self) -> None:
        self.thread.quit()
        self.thread.wait()
        self.worker.deleteLater()
        self.dialog.close()
        self.done = True

    def _on_success(self, result) -> None:
        self.result = result
        self._finish()
        self.finished.emit(True)

    def _on_failure(self, exc: BaseException) -> None:
        self.error = exc
        self._finish()
        if self._show_errors and not isinstance(exc, Cancelled):
            self.message_box = QMessageBox(QMessageBox.Icon.Warning, self.dialog.windowTitle(),
                                           self.error_text(exc), QMessageBox.StandardButton.Ok, self.parent())
            self.message_box.open()
        self.finished.emit(False)

    def error_text(self, exc: BaseException) -> str:
        """The error in the user's language: what happened, and what to do when we know it."""
        lang = i18n.current_language()
        message = getattr(exc, "message", None)
        if callable(message):
            try:
                return str(message(lang))
            except TypeError:
                pass
        if isinstance(exc, MemoryError):
            return self.tr("Not enough memory to finish. Close other programs and try again.")
        if isinstance(exc, OSError):
            reason = exc.strerror or str(exc)
            where = f" ({exc.filename})" if exc.filename else ""
            return self.tr("The operation stopped: {reason}{where}. Nothing was changed; check the disk and the "
                           "folder's permissions and try again.").format(reason=reason, where=where)
        return self.tr("The operation stopped because of an unexpected error ({kind}: {text}). Nothing was "
                       "changed; please report it to your IT service.").format(kind=type(exc).__name__,
                                                                            text=str(exc)[:200])
