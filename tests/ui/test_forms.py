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
