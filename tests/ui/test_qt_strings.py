"""Qt's own buttons, menus and dialogs speak the interface's language too (issue 5, point 6): the standard buttons of
message boxes and button boxes, the line edit's context menu, the file dialog Kelisim opens to choose attachments
(Qt's own dialog where the platform has no native one), the progress dialog's Cancel. Each visible text is
compared with what Qt shows with no translator at all: a text still equal to its English source is a gap (fill it in
``kelisim/ui/qt_strings.py`` and ``make i18n``)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractButton, QDialogButtonBox, QFileDialog, QLabel, QLineEdit, QMessageBox,
                               QProgressDialog, QTreeView)

LANGS = ["ru", "kk"]
SAME_IN_EVERY_LANGUAGE = {"OK"}  # «OK» is what Russian dialogs say too


def _file_dialog_texts(qtbot, tmp_path) -> list[str]:
    dialog = QFileDialog(None, "", str(tmp_path))
    qtbot.addWidget(dialog)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    dialog.setNameFilters(["PDF (*.pdf)", "*"])
    dialog.show()
    qtbot.waitExposed(dialog)
    texts = [w.text() for w in dialog.findChildren(QLabel)]
    texts += [w.text() for w in dialog.findChildren(QAbstractButton)]
    texts += [w.toolTip() for w in dialog.findChildren(QAbstractButton)]
    for view in dialog.findChildren(QTreeView):
        model = view.model()
        texts += [str(model.headerData(i, Qt.Orientation.Horizontal)) for i in range(model.columnCount())]
    dialog.close()
    return texts


def _button_texts() -> list[str]:
    b = QDialogButtonBox.StandardButton
    box = QDialogButtonBox(b.Ok | b.Cancel | b.Close | b.Save | b.Open | b.Yes | b.No | b.Apply | b.Discard
                           | b.Reset | b.RestoreDefaults | b.Help | b.Retry | b.Ignore | b.Abort)
    texts = [button.text() for button in box.buttons()]
    box.deleteLater()
    return texts


def _message_box_texts() -> list[str]:
    box = QMessageBox(QMessageBox.Icon.Question, "", "?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDetailedText("…")
    texts = [button.text() for button in box.buttons()]
    box.deleteLater()
    return texts


def _context_menu_texts() -> list[str]:
    edit = QLineEdit()
    menu = edit.createStandardContextMenu()
    texts = [action.text().split("\t")[0] for action in menu.actions() if action.text()]
    menu.deleteLater()
    edit.deleteLater()
    return texts


def _progress_texts(qtbot) -> list[str]:
    dialog = QProgressDialog()
    qtbot.addWidget(dialog)
    return [b.text() for b in dialog.findChildren(QAbstractButton)]


def _all_texts(qtbot, tmp_path) -> dict[str, list[str]]:
    return {"buttons": _button_texts(), "message box": _message_box_texts(),
            "context menu": _context_menu_texts(), "file dialog": _file_dialog_texts(qtbot, tmp_path),
            "progress": _progress_texts(qtbot)}


@pytest.mark.parametrize("lang", LANGS)
def test_qts_own_widgets_are_translated(lang, qtbot, tmp_path):
    from kelisim.ui import i18n

    english = _all_texts(qtbot, tmp_path)
    assert "Cancel" in english["buttons"] and "&Look in:" in english["file dialog"]
    i18n.apply_language(lang, remember=False)
    translated = _all_texts(qtbot, tmp_path)
    gaps = []
    for where, sources in english.items():
        assert len(translated[where]) == len(sources), where
        for source, text in zip(sources, translated[where]):
            if source.strip() and source == text and source not in SAME_IN_EVERY_LANGUAGE:
                gaps.append(f"{where}: {source!r}")
    assert gaps == []
    cyrillic = [t for texts in translated.values() for t in texts if any("а" <= c.lower() <= "я" for c in t)]
    assert len(cyrillic) > 30


def test_our_supplement_wins_over_qts_missing_strings():
    from kelisim.ui import i18n
    from kelisim.ui.qt_strings import catalogue

    assert catalogue() == ["&Look in:", "Files of &type:"]
    i18n.apply_language("ru", remember=False)
    assert catalogue() == ["&Папка:", "&Тип файлов:"]
    i18n.apply_language("kk", remember=False)
    assert catalogue() == ["Қайда қ&арау:", "Файлдар &түрі:"]
