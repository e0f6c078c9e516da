"""Help → About: program and Qt versions, the calendar data's edition and the attribution of the data shipped."""
from __future__ import annotations

import html

from PySide6.QtCore import QEvent, qVersion
from PySide6.QtWidgets import QDialog

from kelisim.ui.forms import load_form

# The KATO extract's attribution (resources/data/kato.source.json: publisher, classifier, edition of 17.07.2026).
KATO_ATTRIBUTION = "КАТО, БНС АСПР РК, НК РК 11-2025, ред. 17.07.2026"


def program_version() -> str:
    """The installed distribution's version (``importlib.metadata``), else the package's own."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("kelisim")
    except PackageNotFoundError:
        from kelisim import __version__

        return __version__


def qt_versions() -> str:
    import PySide6

    return f"Qt {qVersion()}, PySide6 {PySide6.__version__}"


class AboutDialog(QDialog):
    """Shown with ``open()`` (window-modal, never ``exec()``)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.ui = load_form("about_dialog", self)
        self._retranslate()

    def changeEvent(self, event):  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()  # the form's own strings are re-translated by the loader
        super().changeEvent(event)

    def details(self) -> list[str]:
        """The details, one item a line, in the interface language."""
        from kelisim.home import data_home
        from kelisim.law.calendar import default_calendar

        cal = default_calendar()
        return [
            self.tr("Version: {version}").format(version=program_version()),
            self.tr("Built with: {qt}").format(qt=qt_versions()),
            self.tr("Working-day calendar: edition {edition}, confirmed through {year}").format(
                edition=cal.edition, year=cal.valid_through),
            self.tr("Administrative-territorial units: {source}").format(source=KATO_ATTRIBUTION),
            self.tr("Holidays and transfers of days off: the python-holidays package and the program's own data"),
            self.tr("Data folder: {path}").format(path=data_home()),
        ]

    def _retranslate(self) -> None:
        self.ui.titleLabel.setText(f"Kelisim {program_version()}")
        self.ui.detailsLabel.setText("<br>".join(html.escape(line) for line in self.details()))
