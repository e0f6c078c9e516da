"""First start (``forms/first_start_page.ui``): our own body, found in KATO by name; its head; the executor.

Shown in the register tab while the store has no own body: the register needs to know who "we" are. "Later" leaves
it for now and shows the calculator; the page stays until it is filled. Saving creates the body (with its parents)
from KATO, marks it as ours, and records the head (``first_head``) and the executor (``executor``) as its officials.

The search runs on ``kelisim.directory.search`` (Russian or Kazakh, typos, Kazakh letters typed as Russian ones); its
index is built once, on the first keystroke or when the page is shown.
"""
from __future__ import annotations


from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QListWidgetItem, QWidget

from kelisim.ui import i18n
from kelisim.ui.forms import load_form

CodeRole = Qt.ItemDataRole.UserRole
SEARCH_DELAY_MS = 120


class BodyFinder(QObject):
    """The search for a body in KATO on a line edit, a list of hits and a label naming the chosen body's head.

    The first-start page and the settings dialog's "Our body" tab both drive their widgets with it: typing searches
    after a short pause, Enter picks the best hit (``first_picked``), choosing in the list emits ``picked``. Its
    strings keep the translation context "FirstStartPage", where they were first written.
    """

    picked = Signal()
    first_picked = Signal()

    def __init__(self, edit, hits, chosen_label, parent=None):
        super().__init__(parent)
        self.edit, self.list, self.label = edit, hits, chosen_label
        self._index = None
        self._hits = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search)
        edit.textChanged.connect(lambda _: self._timer.start())
        edit.returnPressed.connect(self.pick_first)
        hits.currentRowChanged.connect(self._on_pick)
        self.render_chosen()

    def index(self):
        if self._index is None:
            from kelisim.directory.search import default_index

            self._index = default_index()
        return self._index

    def search(self) -> None:
        self._timer.stop()
        text = self.edit.text()
        self._hits = self.index().search(text, limit=30) if text.strip() else []
        self.render_hits()

    def pick_first(self) -> None:
        self.search()
        if self.list.count() and self.results():
            self.list.setCurrentRow(0)
            self.first_picked.emit()

    def _describe(self, hit) -> tuple[str, str]:
        """(the line of the list, its tooltip): the akim's body, where it is, and the place that matched."""
        from kelisim.directory.names import unit_name

        lang = i18n.current_language()
        directory = self.index().directory
        unit = hit.unit
        name = unit_name(unit, lang, "nom", directory)
        where = [unit_name(u, lang, "nom", directory) for u in directory.akim_chain(unit.code)[:2]]
        line = name + (f" — {', '.join(where)}" if where else "")
        if hit.matched.code != unit.code:
            place = hit.matched.name_kk if lang == "kk" else hit.matched.name_ru
            line += " " + QCoreApplication.translate("FirstStartPage", "(includes {place})").format(place=place)
        tip = QCoreApplication.translate("FirstStartPage", "KATO code {code}").format(code=unit.code)
        note = unit.note_in(lang)
        if note:
            tip += "\n" + note
        return line, tip

    def render_hits(self) -> None:
        lst = self.list
        chosen = self.chosen_code()
        lst.blockSignals(True)
        lst.clear()
        for hit in self._hits:
            line, tip = self._describe(hit)
            item = QListWidgetItem(line)
            item.setData(CodeRole, hit.unit.code)
            item.setToolTip(tip)
            lst.addItem(item)
            if hit.unit.code == chosen:
                lst.setCurrentItem(item)
        lst.blockSignals(False)
        if not self._hits and self.edit.text().strip():
            item = QListWidgetItem(QCoreApplication.translate(
                "FirstStartPage", "Nothing found: try another spelling or part of the name."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            lst.addItem(item)
        self.render_chosen()

    def results(self) -> list[str]:
        """The KATO codes offered, best first (tests)."""
        return [h.unit.code for h in self._hits]

    def chosen_code(self) -> str | None:
        item = self.list.currentItem()
        return item.data(CodeRole) if item is not None and self.list.currentRow() >= 0 else None

    def _on_pick(self, *_):
        self.render_chosen()
        self.picked.emit()

    def render_chosen(self) -> None:
        code = self.chosen_code()
        if code is None:
            self.label.setText(QCoreApplication.translate("FirstStartPage", "Choose the body in the list."))
            return
        from kelisim.directory.names import akim_title

        unit = self.index().directory.unit(code)
        lang = i18n.current_language()
        self.label.setText(QCoreApplication.translate("FirstStartPage", "The head is the {title}.").format(
            title=akim_title(unit, lang, "nom", self.index().directory)))


class FirstStartPage(QWidget):
    done = Signal(int)  # our body's id, once saved
    later = Signal()

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.ui = load_form("first_start_page", self)
        self.store = store
        ui = self.ui
        self.finder = BodyFinder(ui.bodySearchEdit, ui.bodyList, ui.chosenLabel, self)
        self.finder.picked.connect(ui.errorLabel.hide)
        self.finder.first_picked.connect(ui.headEdit.setFocus)
        ui.saveButton.clicked.connect(self.save)
        ui.laterButton.clicked.connect(self.later.emit)
        ui.errorLabel.hide()

    # ------------------------------------------------------------------ searching (``BodyFinder``)
    def index(self):
        return self.finder.index()

    def search(self) -> None:
        self.finder.search()

    def results(self) -> list[str]:
        """The KATO codes offered, best first (tests)."""
        return self.finder.results()

    def chosen_code(self) -> str | None:
        return self.finder.chosen_code()

    # ------------------------------------------------------------------ saving
    def save(self) -> bool:
        from kelisim.law import LawError
        from kelisim.store import Official

        ui = self.ui
        code = self.chosen_code()
        head = " ".join(ui.headEdit.text().split())
        executor = " ".join(ui.executorEdit.text().split())
        phone = ui.phoneEdit.text().strip()
        problems = []
        if code is None:
            problems.append(self.tr("Find our body and choose it in the list."))
        if len(head.split()) < 2:
            problems.append(self.tr("Write the head's surname and first name (and patronymic, if any)."))
        if executor and len(executor.split()) < 2:
            problems.append(self.tr("Write the executor's surname and first name."))
        if problems:
            self._error(" ".join(problems))
            return False
        lang = i18n.current_language()
        try:
            with self.store.transaction():
                body = self.store.bodies.from_kato(code)
                self.store.bodies.set_own(body.id)
                self.store.officials.add(Official(None, body.id, "first_head", head, since=None))
                if executor:
                    self.store.officials.add(Official(None, body.id, "executor", executor, phone=phone))
        except LawError as exc:
            self._error(exc.message(lang))
            return False
        ui.errorLabel.hide()
        self.done.emit(body.id)
        return True

    def _error(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.show()

    def changeEvent(self, event):  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "finder"):
            self.finder.render_hits()
        super().changeEvent(event)


__all__ = ["BodyFinder", "FirstStartPage"]
