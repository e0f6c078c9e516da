"""The parties of a court case as an editable table (the wizard's first page and the case card's edit form).

Column 0 is the role (истец / ответчик / третье лицо / заявитель / иное), edited with a drop-down that the table's
own delegate opens (F2, a typed letter or a double-click), so the table stays a plain table for the keyboard: Tab
enters it and leaves it, the arrows move between cells, typing starts editing a name or an ИИН/БИН. (Combo boxes
put into the cells would sit at the end of the window's Tab chain and trap the arrows.) Column 1 is the name,
column 2 the ИИН/БИН.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, Qt
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHeaderView, QStyledItemDelegate, QTableWidget,
                               QTableWidgetItem, QWidget)

PARTY_ROLES = ("plaintiff", "defendant", "third_party", "applicant", "other")
ROLE = Qt.ItemDataRole.UserRole


class RoleDelegate(QStyledItemDelegate):
    """A drop-down of the roles for column 0; the item keeps the role's id in UserRole and its name as text."""

    def __init__(self, editor: "PartiesEditor"):
        super().__init__(editor.table)
        self.parties = editor

    def createEditor(self, parent: QWidget, option, index: QModelIndex):  # noqa: N802 - Qt API
        combo = QComboBox(parent)
        for role in PARTY_ROLES:
            combo.addItem(self.parties.role_name(role), role)
        return combo

    def setEditorData(self, editor: QComboBox, index: QModelIndex):  # noqa: N802 - Qt API
        editor.setCurrentIndex(max(0, editor.findData(index.data(ROLE))))

    def setModelData(self, editor: QComboBox, model: QAbstractItemModel, index: QModelIndex):  # noqa: N802
        role = editor.currentData()
        model.setData(index, role, ROLE)
        model.setData(index, self.parties.role_name(role), Qt.ItemDataRole.DisplayRole)


class PartiesEditor(QObject):
    """Wraps the form's ``QTableWidget`` (and its Add / Remove buttons): rows of role, name, ИИН/БИН."""

    def __init__(self, table: QTableWidget, add_button=None, remove_button=None):
        super().__init__(table)
        self.table = table
        table.setColumnCount(3)
        table.verticalHeader().hide()
        table.setTabKeyNavigation(False)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                              | QAbstractItemView.EditTrigger.AnyKeyPressed
                              | QAbstractItemView.EditTrigger.SelectedClicked)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.delegate = RoleDelegate(self)
        table.setItemDelegateForColumn(0, self.delegate)
        if add_button is not None:
            add_button.clicked.connect(lambda: self.focus_name(self.add()))
        if remove_button is not None:
            remove_button.clicked.connect(self.remove_current)
        self.retranslate()

    # ------------------------------------------------------------------ names
    def role_name(self, role: str) -> str:
        names = {"plaintiff": self.tr("plaintiff"), "defendant": self.tr("defendant"),
                 "third_party": self.tr("third party"), "applicant": self.tr("applicant"), "other": self.tr("other")}
        return names.get(role, role)

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Role"), self.tr("Name or full name"),
                                              self.tr("IIN/BIN (optional)")])
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None:
                item.setText(self.role_name(item.data(ROLE)))

    # ------------------------------------------------------------------ rows
    def add(self, role: str = "third_party", name: str = "", id_number: str = "") -> int:
        table = self.table
        row = table.rowCount()
        table.insertRow(row)
        item = QTableWidgetItem(self.role_name(role))
        item.setData(ROLE, role if role in PARTY_ROLES else "other")
        item.setToolTip(self.tr("F2 or a double-click chooses the role"))
        table.setItem(row, 0, item)
        table.setItem(row, 1, QTableWidgetItem(name))
        table.setItem(row, 2, QTableWidgetItem(id_number))
        if table.currentRow() < 0:
            table.setCurrentCell(row, 1)  # Tab into the table lands on a name, ready to type
        return row

    def focus_name(self, row: int) -> None:
        self.table.setCurrentCell(row, 1)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_current(self) -> None:
        table = self.table
        row = table.currentRow()
        if row < 0:
            row = table.rowCount() - 1
        if row >= 0:
            table.removeRow(row)

    def clear(self) -> None:
        self.table.setRowCount(0)

    def set(self, row: int, role: str | None = None, name: str | None = None, id_number: str | None = None) -> None:
        while self.table.rowCount() <= row:
            self.add()
        if role is not None:
            item = self.table.item(row, 0)
            item.setData(ROLE, role)
            item.setText(self.role_name(role))
        if name is not None:
            self.table.item(row, 1).setText(name)
        if id_number is not None:
            self.table.item(row, 2).setText(id_number)

    def load(self, parties) -> None:
        """Rows for ``parties`` (the store's Party objects); a plaintiff and a defendant row when there are none."""
        self.clear()
        for party in parties:
            self.add(party.role, party.name, party.id_number)
        if not parties:
            self.add("plaintiff")
            self.add("defendant")
        self.table.setCurrentCell(0, 1)

    def role(self, row: int) -> str:
        return self.table.item(row, 0).data(ROLE)

    def parties(self) -> list[dict]:
        """The filled rows, as the store takes them (role, name, id_number)."""
        table = self.table
        out = []
        for row in range(table.rowCount()):
            name = (table.item(row, 1).text() if table.item(row, 1) else "").strip()
            number = (table.item(row, 2).text() if table.item(row, 2) else "").strip()
            if name or number:
                out.append({"role": self.role(row), "name": name, "id_number": number})
        return out
