"""Load a Designer form (``forms/<name>.ui``) into a widget at run time, with ``QUiLoader``.

The forms are the only source of the layouts: nothing is generated or committed from them. ``load_form(name, base)``
builds the form's children into ``base`` (an instance of our own ``QWidget`` / ``QMainWindow`` / ``QDialog``
subclass, which keeps its behaviour) and returns a ``Form`` that looks its widgets, layouts and actions up by their
object names (``form.ruleCombo``).

The loader is Qt's own, without a Python override: it builds the form's top-level widget as Qt would, and the form's
content is then moved into ``base`` — the top-level layout with every widget it manages (``QWidget.setLayout`` takes a
layout from the widget that had it), or a main window's central widget, menu bar and status bar; the top-level
widget's other children (actions) follow; its size, title and modality are copied. The root's own properties are read
from the file and any other is refused (``FormError``), so a new property in Designer is not silently lost; so is a
``<connection>`` to the root (it would reach the emptied copy), ``tests/ui/test_forms.py`` checks every form.
Why not ``createWidget`` overridden to return ``base`` for the root, as before: Qt then calls Python for every widget
of every form, and the first such call makes PySide6 create the Python types of all QtWidgets classes to find each new
widget's own (12 ms at the program's start, measured; ~6 ms more for each case card's 190 widgets).

The loader is created with language change enabled: when the interface language changes, every string the form
marks as translatable (labels, titles, tooltips, tab titles, table headers, actions, menus) is translated again by
Qt itself, in the form's context (its ``<class>`` name, the context ``pyside6-lupdate`` files them under); the
title moved to ``base`` is translated again by ``Form`` (the emptied top-level widget stays, hidden, as ``base``'s
child and says when the language changed).
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QBuffer, QCoreApplication, QEvent, QObject
from PySide6.QtUiTools import QUiLoader

from kelisim.ui.paths import forms_dir

# The top-level widget's properties in Designer's own layout of the file (one space of indent a level).
_ROOT_PROPERTY = re.compile(r'^  <property name="([^"]+)"', re.M)
_ROOT_TITLE = re.compile(r'^  <property name="windowTitle">\s*<string(?P<attrs>[^>]*)>(?P<text>[^<]*)</string>', re.M)
_CARRIED = frozenset({"geometry", "windowTitle", "modal"})
_loader: QUiLoader | None = None


class FormError(RuntimeError):
    """A form is missing or cannot be read: an installation problem, not a user's mistake."""


def _form_loader() -> QUiLoader:
    global _loader
    if _loader is None:
        # QUiLoader's constructor loads every Designer plugin under the library paths' ``designer/`` folders
        # (PySide6's wheel carries QtWebEngine's and QtQuick's: ~8 ms and two big libraries at the program's start).
        # Our forms use Qt's own widgets only, so the loader is built while Qt sees no library paths.
        paths = QCoreApplication.libraryPaths()
        QCoreApplication.setLibraryPaths([])
        try:
            _loader = QUiLoader()
        finally:
            QCoreApplication.setLibraryPaths(paths)
        _loader.setLanguageChangeEnabled(True)
    return _loader


def _unescape(text: str) -> str:
    return (text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&apos;", "'")
            .replace("&amp;", "&"))


class _TitleWatch(QObject):
    """On the emptied top-level widget: when the language changes, translate ``base``'s title again."""

    def __init__(self, root, base, context: str, source: str, comment: str | None):
        super().__init__(root)
        self._base, self._context, self._source, self._comment = base, context, source, comment

    def eventFilter(self, watched, event):  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._base.setWindowTitle(QCoreApplication.translate(self._context, self._source, self._comment))
        return False


class Form:
    """The loaded form's objects by object name: ``form.copyButton``, ``form.calculatorLayout``, ``form.actionQuit``.

    ``named``: the objects by name as PySide6's loader already gave them (it sets each child of the loaded top-level
    widget as a Python attribute of it), so a lookup is a dictionary's, not a search of ~200 widgets."""

    def __init__(self, root: QObject, name: str, named: dict | None = None):
        self._root = root
        self._name = name
        self._named = named or {}

    def __contains__(self, name: str) -> bool:
        """Whether the form built an object of that name (a form's own widgets, not ones added to it later)."""
        return isinstance(self._named.get(name), QObject)

    def __getattr__(self, name: str):
        if name.startswith("_"):
            raise AttributeError(name)
        found = self._named.get(name)
        if not isinstance(found, QObject):
            found = self._root.findChild(QObject, name)
        if found is None:
            raise AttributeError(f"forms/{self._name}.ui has no object named {name!r}")
        setattr(self, name, found)  # cache: the objects live as long as the root
        return found


def _move_content(root, base, path: Path) -> dict:
    """Everything the loaded top-level widget holds, into ``base``; the objects ``base`` has instead of root's (its own
    status bar), by name."""
    replaced = {}
    from PySide6.QtWidgets import QMainWindow, QMenuBar, QStatusBar, QWidget

    if isinstance(root, QMainWindow):
        if not isinstance(base, QMainWindow):
            raise FormError(f"the form {path} is a main window; {type(base).__name__} is not")
        menu_bar = root.findChild(QMenuBar)  # (menuBar() and statusBar() would make one where the form has none)
        if menu_bar is not None:
            root.layout().setMenuBar(QWidget())  # root's layout forgets it without deleting it (None is refused)
            base.setMenuBar(menu_bar)
        base.setCentralWidget(root.takeCentralWidget())
        status_bar = root.findChild(QStatusBar)
        if status_bar is not None:  # base makes its own: QMainWindow gives a status bar away only by deleting it
            replaced[status_bar.objectName()] = base.statusBar()
            base.statusBar().setObjectName(status_bar.objectName())
            status_bar.setObjectName("")
    else:
        layout = root.layout()
        if layout is None:
            raise FormError(f"the form {path} has no top-level layout")
        base.setLayout(layout)  # takes the layout, and every widget it manages, from root
    from PySide6.QtGui import QAction, QActionGroup

    # Looked for by type: root.children() would give Python the loader's private TranslationWatcher objects, and
    # finding a Python type for those makes PySide6 create every QtWidgets type (25 ms, measured).
    for child in (*root.findChildren(QActionGroup), *root.findChildren(QAction)):  # a main window's actions
        if child.parent() is root:
            child.setParent(base)
    if not isinstance(root, QMainWindow):
        stray = root.findChildren(QWidget)
        if stray:
            raise FormError(f"the form {path}: {stray[0].objectName()!r} is outside the top-level layout")
    return replaced


@lru_cache(maxsize=64)
def _read_form(path: Path, mtime_ns: int) -> tuple:
    """The form's bytes and what its top-level widget sets (read once a file version: a card is opened many times)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise FormError(f"cannot open the form {path}: {exc}") from exc
    text = data.decode("utf-8", errors="replace")
    properties = frozenset(_ROOT_PROPERTY.findall(text))
    unknown = properties - _CARRIED
    if unknown:
        raise FormError(f"the form {path} sets {', '.join(sorted(unknown))} on its top-level widget: not carried over")
    title = _ROOT_TITLE.search(text)
    translated = None
    if title is not None and 'notr="true"' not in title["attrs"]:
        comment = re.search(r'(?<![a-z])comment="([^"]*)"', title["attrs"])  # the disambiguation (not extracomment)
        context = re.search(r"<class>([^<]+)</class>", text)
        translated = (context[1] if context else "", _unescape(title["text"]), _unescape(comment[1]) if comment else None)
    return data, properties, title is not None, translated


def load_form(name: str, base) -> Form:
    """Build ``forms/<name>.ui`` into ``base`` (whose class must be, or derive from, the form's top-level class)."""
    path = forms_dir() / f"{name}.ui"
    try:
        mtime_ns = path.stat().st_mtime_ns
    except OSError as exc:
        raise FormError(f"cannot open the form {path}: {exc}") from exc
    data, properties, has_title, translated = _read_form(path, mtime_ns)
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QBuffer.OpenModeFlag.ReadOnly)
    loader = _form_loader()
    root = loader.load(buffer, None)
    if root is None:
        raise FormError(f"cannot load the form {path}: {loader.errorString()}")
    named = dict(vars(root))
    named.update(_move_content(root, base, path))
    if not base.objectName():
        base.setObjectName(root.objectName())
    if "geometry" in properties:
        base.resize(root.size())
    if "modal" in properties and hasattr(base, "setModal"):
        base.setModal(root.isModal())
    if has_title:
        base.setWindowTitle(root.windowTitle())
        if translated is not None:
            context, source, comment = translated
            root.installEventFilter(_TitleWatch(root, base, context or root.objectName(), source, comment))
    root.setParent(base)  # kept, hidden, for the title's translation (it holds nothing else now)
    root.hide()
    return Form(base, name, named)


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


def show_drop_states(ui, drop_roles: dict, names_by_role: dict, required, *, missing: tuple[str, str],
                     empty: str) -> None:
    """The state line of each attachment drop row (``ui.drop<Key>State`` for ``drop_roles`` key → role): the files
    dropped on it (green); for a ``required`` role with none, ``missing`` (text, colour); else ``empty``."""
    for key, role in drop_roles.items():
        state = getattr(ui, f"drop{key}State")
        names = names_by_role.get(role, [])
        if names:
            state.setText("✓ " + ", ".join(names))
            state.setStyleSheet("color: #1b5e20;")
        elif role in required:
            state.setText(missing[0])
            state.setStyleSheet(f"color: {missing[1]};")
        else:
            state.setText(empty)
            state.setStyleSheet("color: #5f6368;")


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
