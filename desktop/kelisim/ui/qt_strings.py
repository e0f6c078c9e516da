"""Qt's own strings that Qt's shipped translations lack, translated by our own files.

Qt's standard buttons, menus and dialogs are translated by ``qtbase_ru.qm`` / ``qtbase_kk.qm`` (installed by
``i18n.apply_language``), but a few strings are missing there: the file dialog's "&Look in:" and "Files of &type:"
stay English in ``qtbase_ru`` (Qt 6.x). Listing them here, in Qt's own contexts, puts them into
``resources/i18n/kelisim_*.ts`` through ``make i18n``; our translator is installed after Qt's, so Qt asks it first
and the file dialog speaks the interface's language. ``tests/ui/test_qt_strings.py`` finds any other gap.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def catalogue() -> list[str]:
    """The strings, translated in the current language (used by the test; the list is what lupdate reads)."""
    return [
        QCoreApplication.translate("QFileDialog", "&Look in:"),
        QCoreApplication.translate("QFileDialog", "Files of &type:"),
    ]
