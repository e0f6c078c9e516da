"""Load a Designer form (``forms/<name>.ui``) into a widget at run time, with ``QUiLoader``.

The forms are the only source of the layouts: nothing is generated or committed from them. ``load_form(name, base)``
builds the form's children into ``base`` (an instance of our own ``QWidget`` / ``QMainWindow`` / ``QDialog``
subclass, which keeps its behaviour) and returns a ``Form`` that looks its widgets, layouts and actions up by their
object names (``form.ruleCombo``).

The loader is created with language change enabled: when the interface language changes, every string the form
marks as translatable (labels, titles, tooltips, tab titles, table headers, actions, menus) is translated again by
Qt itself, in the form's context (its ``<class>`` name, the context ``pyside6-lupdate`` files them under).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QFile, QIODevice, QObject
from PySide6.QtUiTools import QUiLoader

from kelisim.ui.paths import forms_dir


class FormError(RuntimeError):
    """A form is missing or cannot be read: an installation problem, not a user's mistake."""


class _BaseInstanceLoader(QUiLoader):
    """Creates the form's top-level widget as ``base`` itself, every other widget as usual."""

    def __init__(self, base):
        # QUiLoader's constructor loads every Designer plugin under the library paths' ``designer/`` folders
        # (PySide6's wheel carries QtWebEngine's and QtQuick's: ~8 ms and two big libraries at the program's start).
        # Our forms use Qt's own widgets only, so the loader is built while Qt sees no library paths.
        paths = QCoreApplication.libraryPaths()
        QCoreApplication.setLibraryPaths([])
        try:
            super().__init__()
        finally:
            QCoreApplication.setLibraryPaths(paths)
        self._base = base
        self.setLanguageChangeEnabled(True)

    def createWidget(self, class_name, parent=None, name=""):  # noqa: N802 - Qt API
        if parent is None and self._base is not None:
            if not self._base.objectName():
                self._base.setObjectName(name)  # the form's <connections> name their receiver by it
            return self._base
        return super().createWidget(class_name, parent, name)


class Form:
    """The loaded form's objects by object name: ``form.copyButton``, ``form.calculatorLayout``, ``form.actionQuit``."""

    def __init__(self, root: QObject, name: str):
        self._root = root
        self._name = name

    def __getattr__(self, name: str):
        if name.startswith("_"):
            raise AttributeError(name)
        found = self._root.findChild(QObject, name)
        if found is None:
            raise AttributeError(f"forms/{self._name}.ui has no object named {name!r}")
        setattr(self, name, found)  # cache: the objects live as long as the root
        return found


def load_form(name: str, base) -> Form:
    """Build ``forms/<name>.ui`` into ``base`` (whose class must be, or derive from, the form's top-level class)."""
    path = forms_dir() / f"{name}.ui"
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FormError(f"cannot open the form {path}: {file.errorString()}")
    try:
        loader = _BaseInstanceLoader(base)
        root = loader.load(file, None)
    finally:
        file.close()
    if root is None:
        raise FormError(f"cannot load the form {path}: {loader.errorString()}")
    return Form(base, name)


def chain_tab_order(*widgets) -> None:
    """Tab visits ``widgets`` in this order (None skipped). Widgets put into table cells join the focus chain at its
    end; without this, Tab jumps from the table out of its page and never reaches the fields after it."""
    from PySide6.QtWidgets import QWidget

    present = [w for w in widgets if w is not None]
    for first, second in zip(present, present[1:]):
        QWidget.setTabOrder(first, second)


def cell_widgets(table, columns) -> list:
    """The widgets set into ``columns`` of ``table``'s cells, row by row (for ``chain_tab_order``)."""
    return [w for row in range(table.rowCount()) for col in columns if (w := table.cellWidget(row, col)) is not None]


def drop_files_on(frame, event, add) -> bool:
    """Files dragged onto an attachment row (``frame``, watched by an event filter): highlight while over it, hand the
    dropped local files to ``add(paths)``. True when the event was taken."""
    kind = event.type()
    if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()
            frame.setStyleSheet("QFrame { background: #e3f2fd; }")
            return True
    elif kind == QEvent.Type.DragLeave:
        frame.setStyleSheet("")
    elif kind == QEvent.Type.Drop:
        frame.setStyleSheet("")
        event.acceptProposedAction()
        add([Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()])
        return True
    return False
