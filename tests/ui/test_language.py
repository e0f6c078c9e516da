"""The Language menu: the whole interface switches live, and the choice is remembered for the next start."""
from __future__ import annotations

import configparser
from datetime import date

from kelisim.home import settings_path
from kelisim.law.deadlines import compute_deadlines
from kelisim.law.terms import RULES
from kelisim.ui import i18n


def test_first_start_is_russian(window):
    assert i18n.current_language() == "ru"
    assert window.ui.actionRussian.isChecked() and not window.ui.actionKazakh.isChecked()
    assert window.ui.tabs.tabText(0) == "Реестр дел"
    assert window.ui.tabs.tabText(1) == "Калькулятор сроков"
    assert window.ui.tabs.tabText(2) == "Производственный календарь"


def test_switch_to_kazakh_and_back_changes_labels_and_computed_text(window):
    calc = window.calculator
    calc.set_inputs(rule="civil-appeal", trigger=date(2026, 2, 21), received=date(2026, 3, 2), today=date(2026, 3, 1))
    result = compute_deadlines("civil-appeal", date(2026, 2, 21), received=date(2026, 3, 2), today=date(2026, 3, 1))
    ui = calc.ui
    assert ui.receivedCheck.text() == "Запрос &поступил:"

    window.ui.actionKazakh.trigger()  # the menu item
    assert i18n.current_language() == "kk"
    assert window.ui.actionKazakh.isChecked() and not window.ui.actionRussian.isChecked()
    # Labels from the forms …
    assert window.ui.tabs.tabText(0) == "Істер тізілімі"
    assert window.ui.tabs.tabText(1) == "Мерзімдер калькуляторы"
    assert window.ui.menuHelp.title() == "&Анықтама"
    assert ui.receivedCheck.text() == "Сұрау салу &келіп түсті:"
    assert ui.datesTable.horizontalHeaderItem(1).text() == "Күні"
    # … labels set from code …
    assert ui.datesTable.item(0, 0).text() == "Сот актісі (оқиға)"
    assert ui.ruleCombo.currentText() == RULES["civil-appeal"].title("kk")
    # … and the computed text: weekdays, status, trail and the explanation.
    assert ui.datesTable.item(3, 2).text() == "бейсенбі"
    assert result.status_text("kk") in ui.statusLabel.text()
    assert "АПК" in ui.trailBrowser.toPlainText() and "ГПК" not in ui.trailBrowser.toPlainText()
    assert calc.explanation() == result.explain("kk")
    assert window.calendar.ui.totalLabel.text().startswith(f"{window.calendar.summary.year} жылғы жұмыс күндері")
    assert window.calendar.months[0].ui.nameLabel.text() == "Қаңтар"

    window.ui.actionRussian.trigger()
    assert window.ui.tabs.tabText(1) == "Калькулятор сроков"
    assert ui.receivedCheck.text() == "Запрос &поступил:"
    assert ui.datesTable.item(3, 2).text() == "четверг"
    assert calc.explanation() == result.explain("ru")
    assert window.calendar.months[0].ui.nameLabel.text() == "Январь"


def test_language_is_remembered_in_the_data_folder(make_window, fresh_ui):
    window = make_window()
    window.set_language("kk")
    path = settings_path()
    assert path.parent == fresh_ui and path.exists()
    ini = configparser.ConfigParser()
    ini.read(path, encoding="utf-8")
    assert ini["ui"]["language"] == "kk"
    window.close()

    i18n.reset()  # as if the program started again
    again = make_window()
    assert i18n.current_language() == "kk"
    assert again.ui.actionKazakh.isChecked()
    assert again.ui.tabs.tabText(2) == "Өндірістік күнтізбе"
    assert again.calculator.ui.datesTable.item(0, 0).text() == "Сот актісі (оқиға)"


def test_an_unknown_remembered_language_falls_back_to_russian(fresh_ui, make_window):
    s = i18n.settings()
    s.setValue(i18n.LANGUAGE_KEY, "en")
    s.sync()
    window = make_window()
    assert i18n.current_language() == "ru"
    assert window.ui.actionRussian.isChecked()
