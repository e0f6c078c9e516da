"""The Designer forms are the only source of the layouts: loaded at run time, nothing generated is kept."""
from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtWidgets import QDialog, QFrame, QMainWindow, QWidget

from kelisim.ui.forms import FormError, load_form
from kelisim.ui.paths import UI_PACKAGE, forms_dir

BASES = {"QMainWindow": QMainWindow, "QDialog": QDialog, "QFrame": QFrame, "QWidget": QWidget}
FORMS = sorted(p.stem for p in forms_dir().glob("*.ui"))


def test_the_expected_forms_exist():
    assert {"main_window", "calculator_page", "calendar_page", "month_grid", "about_dialog"} <= set(FORMS)


@pytest.mark.parametrize("name", FORMS)
def test_form_loads_into_its_base_instance(qapp, name):
    top = ET.parse(forms_dir() / f"{name}.ui").getroot().find("widget")  # the form's top-level widget
    base = BASES[top.get("class")]()
    form = load_form(name, base)
    try:
        assert base.objectName() == top.get("name")
        for element in top.iter("widget"):
            if element is not top:
                assert getattr(form, element.get("name")) is not None
        for element in top.iter("layout"):
            assert getattr(form, element.get("name")) is not None
        with pytest.raises(AttributeError):
            form.noSuchWidget  # noqa: B018
    finally:
        base.deleteLater()


def test_missing_form_is_reported(qapp):
    with pytest.raises(FormError):
        load_form("no_such_form", QWidget())


def test_no_compiled_forms_in_the_package():
    assert not (UI_PACKAGE / "generated").exists()
    assert not [p for p in UI_PACKAGE.rglob("ui_*.py")]


@pytest.mark.parametrize("name", FORMS)
def test_what_the_top_level_widget_sets_is_carried_over(name):
    """load_form moves a form's content into our own widget: the top-level widget's own properties must be ones it
    copies, found where it looks for them (Designer's layout of the file), and no connection may end at the emptied
    top-level widget."""
    from kelisim.ui import forms

    text = (forms_dir() / f"{name}.ui").read_text(encoding="utf-8")
    top = ET.fromstring(text).find("widget")
    properties = [p.get("name") for p in top.findall("property")]
    assert None not in properties  # a nameless property is silently ignored by Qt
    assert sorted(forms._ROOT_PROPERTY.findall(text)) == sorted(properties)
    assert set(properties) <= forms._CARRIED
    if "windowTitle" in properties:
        source = top.find("property[@name='windowTitle']/string").text
        assert forms._unescape(forms._ROOT_TITLE.search(text)["text"]) == source
    receivers = {c.findtext("receiver") for c in ET.fromstring(text).iter("connection")}
    assert top.get("name") not in receivers


def test_an_uncarried_top_level_property_is_refused(qapp, tmp_path, monkeypatch):
    text = (forms_dir() / "about_dialog.ui").read_text(encoding="utf-8")
    text = text.replace('  <property name="windowTitle">', '  <property name="styleSheet">\n   <string>x</string>\n'
                        '  </property>\n  <property name="windowTitle">', 1)
    (tmp_path / "about_dialog.ui").write_text(text, encoding="utf-8")
    monkeypatch.setenv("KELISIM_FORMS", str(tmp_path))
    with pytest.raises(FormError, match="styleSheet"):
        load_form("about_dialog", QDialog())


def test_the_main_window_owns_its_menus_actions_and_status_bar(qapp):
    from PySide6.QtGui import QAction

    base = QMainWindow()
    form = load_form("main_window", base)
    try:
        assert base.menuBar() is form.menubar and base.menuBar().parent() is base
        assert base.centralWidget() is form.centralwidget
        assert base.statusBar() is form.statusbar
        actions = base.findChildren(QAction)
        assert form.actionQuit in actions and all(a.parent() is base for a in (form.actionQuit, form.actionAbout))
        assert form.actionQuit in form.menuFile.actions()
    finally:
        base.deleteLater()


def test_a_window_built_from_a_form_is_destroyed_cleanly():
    """Every widget has one owner after the move: building and destroying each form's window ends the process
    normally (a widget owned twice crashes it at exit)."""
    import subprocess
    import sys

    code = ("import sys\nfrom PySide6.QtWidgets import QApplication, QDialog, QFrame, QMainWindow, QWidget\n"
            "from kelisim.ui.forms import load_form\nfrom kelisim.ui.paths import forms_dir\n"
            "import xml.etree.ElementTree as ET\napp = QApplication([])\n"
            "bases = {'QMainWindow': QMainWindow, 'QDialog': QDialog, 'QFrame': QFrame, 'QWidget': QWidget}\n"
            "for path in sorted(forms_dir().glob('*.ui')):\n"
            "    w = bases[ET.parse(path).getroot().find('widget').get('class')]()\n"
            "    load_form(path.stem, w)\n    w.show()\n    app.processEvents()\n    w.close()\n    w.deleteLater()\n"
            "    app.processEvents()\nprint('clean')\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0 and out.stdout.strip() == "clean", out.stderr[-2000:]


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_a_dialogs_title_follows_the_language(qapp, lang):
    from PySide6.QtCore import QCoreApplication

    from kelisim.ui import i18n

    i18n.apply_language("kk" if lang == "ru" else "ru", remember=False)
    base = QDialog()
    load_form("settings_dialog", base)
    try:
        i18n.apply_language(lang, remember=False)
        expected = QCoreApplication.translate("SettingsDialog", "Settings")
        assert base.windowTitle() == expected
        assert expected != "Settings"  # a translation, not the source text
    finally:
        base.deleteLater()
