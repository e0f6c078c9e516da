"""installer/licenses.py on this venv: every component the bundle carries has its licence text in licenses/, the
LGPL ones with the full texts, the KATO compilation with its MIT notice, and README.txt lists them all."""
from __future__ import annotations

import pytest

import licenses

# Top-level modules as the spec finds them in the analysis (what the bundle carries).
MODULES = {"kelisim", "PySide6", "shiboken6", "docx", "docxtpl", "jinja2", "markupsafe", "lxml", "holidays",
           "dateutil", "six", "openpyxl", "et_xmlfile", "typing_extensions", "json", "sqlite3"}


@pytest.fixture(scope="module")
def collected(tmp_path_factory):
    dest = tmp_path_factory.mktemp("bundle") / "licenses"
    rows = licenses.collect(dest, qt_version="6.11.3", modules=MODULES)
    return dest, rows


def test_qt_and_the_lgpl_components_carry_the_full_texts_and_the_relinking_note(collected):
    dest, _ = collected
    qt = dest / "Qt-6.11.3"
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in (qt / "LGPL-3.0.txt").read_text(encoding="utf-8")
    assert "Version 3, 29 June 2007" in (qt / "GPL-3.0.txt").read_text(encoding="utf-8")  # LGPL-3 builds on it
    notice = (qt / "Qt-NOTICE.txt").read_text(encoding="utf-8")
    assert "6.11.3" in notice and "{qt_version}" not in notice and "Replacing them" in notice
    docxtpl = next(dest.glob("docxtpl-*"))
    assert "Version 2.1, February 1999" in (docxtpl / "LGPL-2.1.txt").read_text(encoding="utf-8")
    for name in ("pyside6-essentials-*", "shiboken6-*"):
        folder = next(dest.glob(name))
        assert {p.name for p in folder.iterdir()} == {"LGPL-3.0.txt", "GPL-3.0.txt"}


def test_every_bundled_distribution_and_the_data_have_a_notice(collected):
    dest, rows = collected
    components = [r[0] for r in rows]
    for name in ("python-docx", "docxtpl", "Jinja2", "MarkupSafe", "lxml", "holidays", "python-dateutil", "six",
                 "openpyxl", "et_xmlfile", "typing_extensions", "PySide6_Essentials", "shiboken6", "Python 3."):
        assert any(c.lower().startswith(name.lower()) for c in components), name
    assert not any(c.startswith("kelisim") for c in components)  # our own program is not a third party
    for component, licence, files in rows:
        for f in files.split(", "):
            assert (dest / f).is_file() and (dest / f).stat().st_size > 0, (component, f)
    kato = (dest / "KATO" / "kato.LICENSE-compilation.txt").read_text(encoding="utf-8")
    assert kato.startswith("MIT License")
    readme = (dest / "README.txt").read_text(encoding="utf-8")
    assert readme.count("    licence: ") == len(rows) and "Qt-6.11.3/Qt-NOTICE.txt" in readme


def test_a_distribution_without_any_licence_text_stops_the_build(tmp_path, monkeypatch):
    monkeypatch.setattr(licenses, "licence_files", lambda dist: [])
    monkeypatch.setattr(licenses, "fallback_texts", lambda licence: [])
    with pytest.raises(FileNotFoundError, match="no licence text for"):
        licenses.collect(tmp_path / "licenses", qt_version="6.11.3", modules={"six"})


def test_runtime_requirements_follow_markers():
    names = {d.metadata["Name"].lower().replace("_", "-") for d in licenses.runtime_distributions()}
    assert {"kelisim", "pyside6-essentials", "shiboken6", "python-docx", "docxtpl", "holidays"} <= names
    assert not names & {"pytest", "hypothesis", "pyinstaller"}  # extras are not run-time requirements
