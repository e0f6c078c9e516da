"""Help → About as the installed program shows it: the data editions read from the shipped files, the LGPL notice of
Qt, and the bundle's licences folder (only when running from a bundle)."""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

from kelisim.law.calendar import default_calendar
from kelisim.resources import resources_dir


@pytest.fixture
def about(kelisim_home, qtbot):
    from kelisim.ui import i18n
    from kelisim.ui.about import AboutDialog

    i18n.reset()
    i18n.apply_language("ru", remember=False)

    def make():
        dialog = AboutDialog()
        qtbot.addWidget(dialog)
        return dialog

    yield make
    i18n.reset()


def test_versions_editions_and_the_lgpl_notice_in_both_languages(about):
    from kelisim import __version__
    from kelisim.ui import i18n

    dialog = about()
    text = dialog.ui.detailsLabel.text()
    cal = default_calendar()
    assert __version__ in dialog.ui.titleLabel.text()
    assert cal.edition in text
    assert str(cal.valid_through) in text
    assert "КАТО, БНС АСПР РК, НК РК 11-2025, ред. 17.07.2026" in text
    assert "Qt и PySide6 используются на условиях GNU Lesser General Public License версии 3." in text
    assert "Лицензии" not in text  # from the source tree there is no licences folder to show
    i18n.apply_language("kk", remember=False)
    assert "GNU Lesser General Public License 3-нұсқасының шарттарымен" in dialog.ui.detailsLabel.text()


def test_the_bundles_licences_folder_is_named(about, tmp_path, monkeypatch):
    program = tmp_path / "Kelisim"
    (program / "licenses").mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(program / "Kelisim.exe"))
    text = about().ui.detailsLabel.text()
    assert f"Лицензии входящих в программу компонентов: {program / 'licenses'}" in text


def test_the_kato_edition_follows_the_shipped_extract(tmp_path, monkeypatch):
    from kelisim.ui.about import kato_attribution

    copy = tmp_path / "resources"
    shutil.copytree(resources_dir() / "data", copy / "data", ignore=shutil.ignore_patterns("kato.csv", "holidays*"))
    source = json.loads((copy / "data" / "kato.source.json").read_text(encoding="utf-8"))
    source.update(kato_version="NK RK 11-2027", actualised_at="2027-01-15")
    (copy / "data" / "kato.source.json").write_text(json.dumps(source), encoding="utf-8")
    monkeypatch.setenv("KELISIM_RESOURCES", str(copy))
    assert kato_attribution() == "КАТО, БНС АСПР РК, НК РК 11-2027, ред. 15.01.2027"
    (copy / "data" / "kato.source.json").unlink()
    assert kato_attribution() == "КАТО, БНС АСПР РК, ?, ред. ?"  # a damaged installation: no traceback
