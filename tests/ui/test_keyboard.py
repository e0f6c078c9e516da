"""Keyboard-only use (issue 5, point 7), checked on every window in both languages: each label with a mnemonic
(&) leads to its field (a buddy), no two controls of one page share a mnemonic letter (Alt+letter would then only
cycle between them), every input takes Tab focus and Tab reaches every visible input of the page, Enter and Escape
do what a dialog promises."""
from __future__ import annotations

import re

import pytest
from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QApplication, QCheckBox,
                               QComboBox, QGroupBox, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QRadioButton,
                               QStackedWidget, QTabWidget, QTextEdit, QWidget)

from conftest import TODAY, case_fields, seed_cases

LANGS = ["ru", "kk"]
INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit, QCheckBox, QRadioButton,
          QAbstractItemView, QAbstractButton)
# Display-only widgets that deliberately take no focus: the calendar's twelve month grids (the year is browsed with
# its own buttons and the day's details are in the panel beside them) and the calculator's table of dates (its
# explanation is copied with a button).
NO_FOCUS_BY_DESIGN = {"view", "datesTable"}


def mnemonic(text: str | None) -> str | None:
    if not text or QtGui.Qt.mightBeRichText(text):  # rich text shows "&" as entities, never as a mnemonic
        return None
    found = re.search(r"&([^&\s])", text)
    return found.group(1).lower() if found else None


def own_text(widget: QWidget) -> str | None:
    if isinstance(widget, (QLabel, QAbstractButton)):
        return widget.text()
    if isinstance(widget, QGroupBox):
        return widget.title()
    return None


def pages(root: QWidget) -> list[QWidget]:
    """The root and every tab / stacked page under it: the units within which mnemonics must be unique."""
    out = [root]
    for tabs in root.findChildren(QTabWidget):
        out += [tabs.widget(i) for i in range(tabs.count())]
    for stack in root.findChildren(QStackedWidget):
        out += [stack.widget(i) for i in range(stack.count())]
    return out


def page_of(widget: QWidget, root: QWidget) -> QWidget:
    """The innermost tab / stacked page that holds ``widget``."""
    node = widget.parentWidget()
    while node is not None and node is not root:
        parent = node.parentWidget()
        if isinstance(parent, QStackedWidget):  # tab pages live in the tab widget's own stack
            return node
        node = parent
    return root


def own_widgets(root: QWidget, kind=QWidget) -> list:
    """``root``'s widgets of ``kind``, without those of the dialogs it parents (each is audited on its own)."""
    return [w for w in root.findChildren(kind) if w.window() is root]


def audit(root: QWidget) -> list[str]:
    problems = []
    for label in own_widgets(root, QLabel):
        if mnemonic(label.text()) and label.buddy() is None:
            problems.append(f"{label.objectName()}: {label.text()!r} has a mnemonic but no buddy")
    for widget in own_widgets(root):
        name = widget.objectName()
        if isinstance(widget, INPUTS) and name and not name.startswith("qt_") and name not in NO_FOCUS_BY_DESIGN \
                and not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            problems.append(f"{name}: takes no Tab focus")
    by_page: dict[int, dict[str, list[str]]] = {}
    for widget in own_widgets(root):
        key = mnemonic(own_text(widget))
        if key:
            by_page.setdefault(id(page_of(widget, root)), {}).setdefault(key, []).append(own_text(widget))
    for letters in by_page.values():
        for key, texts in letters.items():
            if len(texts) > 1:
                problems.append(f"mnemonic {key!r} shared by {texts}")
    return problems


def tab_walk(window: QWidget, start: QWidget, limit: int = 200) -> list[QWidget]:
    """The widgets Tab visits from ``start`` until it comes back."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    seen = [QApplication.focusWidget()]
    for _ in range(limit):
        window.focusNextPrevChild(True)
        QApplication.processEvents()
        current = QApplication.focusWidget()
        if current is None or current is seen[0]:
            break
        seen.append(current)
    return seen


def visible_inputs(page: QWidget) -> list[QWidget]:
    return [w for w in page.findChildren(QWidget) if isinstance(w, INPUTS) and w.isVisible() and w.isEnabled()
            and not w.objectName().startswith("qt_") and w.objectName() not in NO_FOCUS_BY_DESIGN
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus]


@pytest.fixture
def main_window(register_window, store):
    window = register_window(0)
    seed_cases(store, 3)
    window.register.refresh()
    window.ensure_calculator()
    window.ensure_calendar()
    return window


@pytest.mark.parametrize("lang", LANGS)
def test_every_window_keeps_its_mnemonics_buddies_and_tab_focus(lang, main_window, qtbot):
    from kelisim.ui import i18n

    i18n.apply_language(lang, remember=False)
    window = main_window
    incoming = window.store.cases.create(case_fields(9), today=TODAY)  # a request to us: its card has a Review tab
    windows = {"main window": window, "wizard": window.open_wizard(), "about": window.show_about(),
               "case card": window.open_case(window.register.model.case_id(0)),
               "incoming request": window.open_incoming(), "incoming case card": window.open_case(incoming.id)}
    problems = {name: audit(widget) for name, widget in windows.items()}
    assert {name: found for name, found in problems.items() if found} == {}
    for widget in windows.values():
        if widget is not window:
            widget.close()


@pytest.mark.parametrize("lang", LANGS)
def test_no_two_items_of_a_menu_share_a_mnemonic(lang, main_window):
    from PySide6.QtWidgets import QMenu

    from kelisim.ui import i18n

    i18n.apply_language(lang, remember=False)
    menus = [main_window.menuBar(), *main_window.findChildren(QMenu)]
    clashes = []
    for menu in menus:
        letters: dict[str, list[str]] = {}
        for action in menu.actions():
            key = mnemonic(action.text())
            if key:
                letters.setdefault(key, []).append(action.text())
        clashes += [texts for texts in letters.values() if len(texts) > 1]
    assert clashes == []


@pytest.mark.parametrize("lang", LANGS)
def test_the_first_start_page_has_no_mnemonic_clash(lang, make_window):
    from kelisim.ui import i18n

    i18n.apply_language(lang, remember=False)
    window = make_window()
    window.ensure_register()
    assert audit(window.first_start) == []


def test_tab_reaches_every_input_of_the_register_and_the_wizards_first_page(main_window, qtbot):
    window = main_window
    window.activateWindow()
    register = window.register
    visited = tab_walk(window, register.ui.searchEdit)
    missing = [w.objectName() for w in visible_inputs(register) if w not in visited]
    assert missing == []

    wizard = window.open_wizard()
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    wizard.add_party("third_party", "ТОО «Қайнар»")  # a row added later joins the chain at its place too
    pages = wizard.ui.pages
    for index in range(pages.count()):
        pages.setCurrentIndex(index)  # each page's own fields, however its content was filled
        QApplication.processEvents()
        page = pages.currentWidget()
        inputs = visible_inputs(page)
        if not inputs:
            continue
        visited = tab_walk(wizard, inputs[0])
        missing = [w.objectName() or type(w).__name__ for w in inputs if w not in visited]
        assert missing == [], f"page {index}: Tab never reaches {missing}"
    wizard.close()


def test_escape_closes_the_dialogs_and_enter_opens_a_case(main_window, qtbot):
    window = main_window
    about = window.show_about()
    qtbot.waitExposed(about)
    qtbot.keyClick(about, Qt.Key.Key_Escape)
    assert not about.isVisible()

    view = window.register.ui.table
    view.setFocus()
    view.setCurrentIndex(window.register.model.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    card = window.case_cards[window.register.model.case_id(0)]
    qtbot.waitExposed(card)
    qtbot.keyClick(card, Qt.Key.Key_Escape)
    assert not card.isVisible()

    wizard = window.open_wizard()
    qtbot.waitExposed(wizard)
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert not wizard.isVisible()
