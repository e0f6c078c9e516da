"""Help → About: versions, calendar edition, the KATO attribution; opened without exec()."""
from __future__ import annotations

import PySide6
from PySide6.QtCore import qVersion

from kelisim.law.calendar import default_calendar
from kelisim.ui.about import KATO_ATTRIBUTION, program_version


def test_about_dialog_shows_versions_and_sources(window, qtbot):
    window.ui.actionAbout.trigger()
    dialog = window.about_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    text = dialog.ui.detailsLabel.text()
    cal = default_calendar()
    assert program_version() in dialog.ui.titleLabel.text()
    assert f"Версия: {program_version()}" in text
    assert qVersion() in text and PySide6.__version__ in text
    assert cal.edition in text and str(cal.valid_through) in text
    assert "КАТО, БНС АСПР РК, НК РК 11-2025, ред. 17.07.2026" == KATO_ATTRIBUTION
    assert KATO_ATTRIBUTION in text
    assert dialog.windowTitle() == "О программе Kelisim"

    window.set_language("kk")
    assert dialog.windowTitle() == "Kelisim туралы"
    assert f"Нұсқасы: {program_version()}" in dialog.ui.detailsLabel.text()

    with qtbot.waitSignal(dialog.rejected, timeout=1000):
        dialog.ui.buttonBox.rejected.emit()  # the Close button
    assert not dialog.isVisible()


def test_kato_attribution_matches_the_shipped_extract():
    import json

    from kelisim.resources import data_file

    source = json.loads(data_file("kato.source.json").read_text(encoding="utf-8"))
    assert "11-2025" in source["kato_version"] and "11-2025" in KATO_ATTRIBUTION
    y, m, d = source["actualised_at"].split("-")
    assert f"{d}.{m}.{y}" in KATO_ATTRIBUTION
