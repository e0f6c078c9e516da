"""The data file failed its check at start (``forms/store_damaged_dialog.ui``): restore the latest backup, or quit.

Never a traceback: the store's own message (``StoreDamaged``, Russian and Kazakh) says what happened and which backup
there is; "Restore" puts it in place (``restore_latest_backup``, the damaged file kept beside it) and tries to open
the store again; "Quit" closes the program.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDialog

from kelisim.ui import i18n
from kelisim.ui.forms import load_form


class StoreDamagedDialog(QDialog):
    restored = Signal(object)  # the opened Store
    quit_requested = Signal()

    def __init__(self, error, home, parent=None):
        super().__init__(parent)
        self.ui = load_form("store_damaged_dialog", self)
        self.error = error
        self.home = home
        self.restore_error = None
        self.ui.restoreButton.clicked.connect(self.restore)
        self.ui.quitButton.clicked.connect(self._quit)
        self.ui.errorLabel.hide()
        self._render()

    def _render(self) -> None:
        lang = i18n.current_language()
        self.ui.messageLabel.setText(self.error.message(lang))
        has_backup = getattr(self.error, "backup", None) is not None
        self.ui.restoreButton.setEnabled(has_backup)
        self.ui.adviceLabel.setVisible(has_backup)
        if not has_backup:
            self.ui.quitButton.setDefault(True)
        if self.restore_error is not None:
            self.ui.errorLabel.setText(self.restore_error.message(lang))
            self.ui.errorLabel.show()

    def restore(self) -> bool:
        from kelisim.law import LawError
        from kelisim.store import Store, restore_latest_backup

        try:
            restore_latest_backup(self.home, getattr(self.error, "backup", None))
            store = Store(self.home)
        except LawError as exc:
            self.restore_error = exc
            self._render()
            return False
        self.restore_error = None
        self.restored.emit(store)
        self.accept()
        return True

    def _quit(self) -> None:
        self.quit_requested.emit()
        self.reject()

    def changeEvent(self, event):  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "error"):
            self._render()
        super().changeEvent(event)
