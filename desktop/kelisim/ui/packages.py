"""The request and decision packages between akimats in the window (issue 6; ``store.exchange``).

- ``ImportPackageDialog`` (``forms/import_package_dialog.ui``): the confirmation File → Import a package… (or a
  ``.kelisim`` file dropped on the main window) shows once ``inspect_package`` has checked the file: what the package
  is (a request from which body to which, about which case; or a decision — consented or refused — for which case),
  who signed it, its files and size. For a request it also asks the date of receipt (today by default; not before the
  request was sent, not after today) and our incoming number. "Load" emits ``confirmed(received_on, incoming_number)``;
  the main window then imports the package in the background.
- ``package_file_name(case, kind)``: the name a package of a case gets by default (as ``store.exchange`` names it when
  written into a folder: «Запрос 2-77_2026.kelisim», «Решение 2-77_2026.kelisim»).
- ``size_text(n)``: a size in KB / MB for the lawyer.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtWidgets import QDialog

from kelisim.store.exchange import SUFFIX, package_file_name  # noqa: F401 - one naming rule: the store's
from kelisim.ui import i18n
from kelisim.ui.forms import load_form
from kelisim.ui.labels import fmt
from kelisim.ui.labels import html_escape as _esc

LAST_FOLDER_KEY = "exchange/folder"  # where the last package was written or read (the file dialogs start there)


def last_folder(default) -> str:
    value = i18n.settings().value(LAST_FOLDER_KEY, "")
    from pathlib import Path

    return value if value and Path(value).is_dir() else str(default)


def remember_folder(folder) -> None:
    s = i18n.settings()
    s.setValue(LAST_FOLDER_KEY, str(folder))
    s.sync()


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class ImportPackageDialog(QDialog):
    """Confirm loading a package (see the module's docstring); opened, never executed."""

    confirmed = Signal(object, str)  # the date of receipt (None for a decision), our incoming number

    def __init__(self, info, path, parent=None, *, today: date | None = None):
        super().__init__(parent)
        self.ui = load_form("import_package_dialog", self)
        self.info = info
        self.path = path
        self.today = today or date.today()
        ui = self.ui
        ui.receivedEdit.setMaximumDate(_qdate(self.today))
        earliest = min(info.request_sent or date(1991, 1, 1), self.today)
        ui.receivedEdit.setMinimumDate(_qdate(earliest))
        ui.receivedEdit.setDate(_qdate(self.today))
        ui.receiptBox.setVisible(info.kind == "request")
        ui.importButton.clicked.connect(self.load)
        ui.cancelButton.clicked.connect(self.reject)
        self._render()
        (ui.receivedEdit if info.kind == "request" else ui.importButton).setFocus()

    # ------------------------------------------------------------------ what the user chose
    def received_on(self) -> date | None:
        if self.info.kind != "request":
            return None
        q = self.ui.receivedEdit.date()
        return date(q.year(), q.month(), q.day())

    def incoming_number(self) -> str:
        return self.ui.numberEdit.text().strip() if self.info.kind == "request" else ""

    def set_receipt(self, received_on: date | None = None, incoming_number: str | None = None) -> None:
        if received_on is not None:
            self.ui.receivedEdit.setDate(_qdate(received_on))
        if incoming_number is not None:
            self.ui.numberEdit.setText(incoming_number)

    def load(self) -> None:
        self.confirmed.emit(self.received_on(), self.incoming_number())
        self.accept()

    # ------------------------------------------------------------------ text
    def size_text(self, size: int) -> str:
        if size >= 1024 * 1024:
            return self.tr("{n} MB").format(n=f"{size / (1024 * 1024):.1f}".replace(".", ","))
        return self.tr("{n} KB").format(n=max(1, round(size / 1024)))

    def summary_html(self) -> str:
        """What the package holds, as rows of a small table (escaped)."""
        info = self.info
        none = "—"
        rows = []
        if info.kind == "request":
            rows.append((self.tr("From:"), info.requester or none))
            rows.append((self.tr("To:"), info.approver or none))
            rows.append((self.tr("Case:"), ", ".join(x for x in (info.case_number, info.court) if x) or none))
            letter = self.tr("No. {number} of {date}").format(number=info.request_number or none,
                                                              date=fmt(info.request_sent) if info.request_sent
                                                              else none)
            rows.append((self.tr("Request letter:"), letter))
            rows.append((self.tr("Signed by:"), info.signatory or none))
        else:
            verdict = self.tr("consented") if info.decision == "consented" else self.tr("refused")
            colour = "#1b5e20" if info.decision == "consented" else "#b71c1c"
            day = fmt(info.decision_date) if info.decision_date else none
            rows.append((self.tr("Decision:"), (f"<b style='color:{colour}'>{_esc(verdict)}</b>", day)))
            rows.append((self.tr("Case:"), ", ".join(x for x in (info.case_number, info.court) if x) or none))
            rows.append((self.tr("Decided by:"), info.approver or none))
            rows.append((self.tr("Our request:"), self.tr("No. {number}").format(number=info.request_number or none)))
            rows.append((self.tr("Signed by:"), info.signatory or none))
        rows.append((self.tr("Files:"), self.tr("{files}, {size} in all").format(files=info.files,
                                                                                  size=self.size_text(info.size))))
        made = info.created_at.astimezone().strftime("%d.%m.%Y %H:%M") if info.created_at else none
        rows.append((self.tr("Package made:"), self.tr("{when}, Kelisim {version}").format(
            when=made, version=info.app_version or none)))
        cells = []
        for label, value in rows:
            shown = f"{value[0]} {_esc(value[1])}" if isinstance(value, tuple) else _esc(value)
            cells.append(f"<tr><td style='padding:2px 10px 2px 0; color:#5f6368; white-space:nowrap'>"
                         f"{_esc(label)}</td><td style='padding:2px 0'>{shown}</td></tr>")
        return f"<table cellspacing='0'>{''.join(cells)}</table>"

    def _render(self) -> None:
        ui = self.ui
        if self.info.kind == "request":
            ui.headingLabel.setText(self.tr("Load the request for consent to appeal?"))
            ui.hintLabel.setText(self.tr("The request becomes an incoming case of the register, with its files; the "
                                         "decision's due date is counted from the date of receipt. Nothing is written "
                                         "before you press Load."))
        else:
            ui.headingLabel.setText(self.tr("Load the decision on our request?"))
            ui.hintLabel.setText(self.tr("The decision is recorded in the case of our request, with the decision "
                                         "document. Nothing is written before you press Load."))
        ui.summaryLabel.setText(self.summary_html())
        self.setWindowTitle(self.tr("Import a package — {name}").format(name=self.path_name()))
        self._fit()

    def _fit(self) -> None:
        """As tall as the text needs at the dialog's width (a decision asks nothing: a shorter dialog)."""
        layout = self.layout()
        width = max(self.width(), 640)
        layout.activate()
        height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else layout.totalSizeHint().height()
        self.resize(width, max(height, layout.totalMinimumSize().height()))

    def path_name(self) -> str:
        from pathlib import Path

        return Path(self.path).name

    def changeEvent(self, event):  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "info"):
            self._render()
        super().changeEvent(event)


__all__ = ["ImportPackageDialog", "package_file_name", "last_folder", "remember_folder"]
