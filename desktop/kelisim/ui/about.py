"""Help → About: program and Qt versions, the editions of the data shipped (KATO, working-day calendar), the data
folder, and where the licences of the bundled components are (Qt is used under the GNU LGPL v3)."""
from __future__ import annotations

import html
import json
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, qVersion
from PySide6.QtWidgets import QDialog

from kelisim.ui.forms import load_form


def kato_attribution() -> str:
    """«КАТО, БНС АСПР РК, НК РК 11-2025, ред. 17.07.2026»: the edition of the KATO extract shipped, from its
    provenance record (resources/data/kato.source.json), without loading the 15,594 units."""
    from kelisim.directory.kato import ATTRIBUTION_FORMAT
    from kelisim.resources import data_file

    try:
        source = json.loads(data_file("kato.source.json").read_text(encoding="utf-8"))
        version = source["kato_version"].replace("NK RK", "НК РК")
        actualised = ".".join(reversed(source["actualised_at"].split("-")))
    except (OSError, ValueError, KeyError, AttributeError):
        return ATTRIBUTION_FORMAT.format(version="?", actualised="?")
    return ATTRIBUTION_FORMAT.format(version=version, actualised=actualised)


KATO_ATTRIBUTION = kato_attribution()


def licenses_dir() -> Path | None:
    """The installed program's ``licenses`` folder (next to Kelisim.exe / the bundle's launcher), or None when
    running from the source tree."""
    if getattr(sys, "frozen", False):
        folder = Path(sys.executable).resolve().parent / "licenses"
        return folder if folder.is_dir() else None
    return None


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
        self.ui.buttonBox.rejected.connect(self.reject)
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
            self.tr("Qt and PySide6 are used under the GNU Lesser General Public License version 3."),
        ] + ([self.tr("Licences of the bundled components: {path}").format(path=folder)]
             if (folder := licenses_dir()) is not None else [])

    def _retranslate(self) -> None:
        self.ui.titleLabel.setText(f"Kelisim {program_version()}")
        self.ui.detailsLabel.setText("<br>".join(html.escape(line) for line in self.details()))
