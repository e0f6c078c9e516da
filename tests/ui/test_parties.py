"""The parties table for the keyboard: Tab enters it on a name, typing fills the name, Tab leaves it, F2 on the role
opens the list of roles; the roles speak the interface's language."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QPushButton, QTableWidget, QVBoxLayout, QWidget


def type_into_focus(text: str) -> None:
    """Each character to whatever has the focus now (the first key opens the cell's editor, which takes the rest)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            assert QApplication.focusWidget() is not None
            QApplication.sendEvent(QApplication.focusWidget(),
                                   QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def make_editor(qtbot):
    from kelisim.ui.parties import PartiesEditor

    window = QWidget()
    layout = QVBoxLayout(window)
    table, add, remove = QTableWidget(), QPushButton("Add"), QPushButton("Remove")
    for widget in (table, add, remove):
        layout.addWidget(widget)
    qtbot.addWidget(window)
    editor = PartiesEditor(table, add, remove)
    editor.load([])
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitActive(window)
    return window, editor, table, add


def test_typing_a_party_and_choosing_its_role_with_the_keyboard_only(qtbot):
    window, editor, table, add = make_editor(qtbot)
    assert [editor.role(r) for r in range(table.rowCount())] == ["plaintiff", "defendant"]
    table.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    assert (table.currentRow(), table.currentColumn()) == (0, 1)  # on the first name
    type_into_focus("Қасымов Әлібек")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # commits the name (queued by the delegate)
    qtbot.waitUntil(lambda: table.state() == QTableWidget.State.NoState)
    assert editor.parties() == [{"role": "plaintiff", "name": "Қасымов Әлібек", "id_number": ""}]

    # Left to the role, F2 opens the list; Down picks the next role; Enter commits it.
    qtbot.keyClick(table, Qt.Key.Key_Left)
    assert table.currentColumn() == 0
    qtbot.keyClick(table, Qt.Key.Key_F2)
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox) and combo.currentData() == "plaintiff"
    combo.setCurrentIndex(combo.findData("third_party"))
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() == QTableWidget.State.NoState)
    assert editor.role(0) == "third_party" and table.item(0, 0).text() == "third party"

    # Tab leaves the table for the next button (it does not walk the cells).
    table.setFocus()
    window.focusNextPrevChild(True)
    assert QApplication.focusWidget() is add


def test_add_puts_the_cursor_on_the_new_name_and_remove_takes_the_current_row(qtbot):
    window, editor, table, add = make_editor(qtbot)
    add.click()
    assert table.rowCount() == 3 and (table.currentRow(), table.currentColumn()) == (2, 1)
    assert editor.role(2) == "third_party"
    editor.set(1, name="ТОО «Қайнар»", id_number="990140000385")
    table.setCurrentCell(0, 1)
    editor.remove_current()
    assert editor.parties() == [{"role": "defendant", "name": "ТОО «Қайнар»", "id_number": "990140000385"}]


def test_the_roles_follow_the_interface_language(qtbot):
    from kelisim.ui import i18n

    window, editor, table, add = make_editor(qtbot)
    i18n.apply_language("kk", remember=False)
    editor.retranslate()
    assert [table.item(r, 0).text() for r in range(2)] == ["талапкер", "жауапкер"]
    assert table.horizontalHeaderItem(2).text() == "ЖСН/БСН (міндетті емес)"
    i18n.apply_language("ru", remember=False)
    editor.retranslate()
    assert table.item(0, 0).text() == "истец"
    assert editor.parties() == []  # roles alone are not parties
