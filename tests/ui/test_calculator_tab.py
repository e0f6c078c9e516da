"""The deadline calculator tab: inputs through its widgets, the chain of dates, warnings, the explanation trail and
inline errors, in both languages."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from kelisim.law import LawError
from kelisim.law.deadlines import compute_deadlines
from kelisim.law.terms import RULES
from kelisim.ui.calculator import ROWS, RuleIdRole


def qdate(y, m, d):
    return QDate(y, m, d)


def enter(page, rule, trigger, received=None, today=None):
    """Fill the form the way a user does: pick the rule in the combo, set the dates, tick «request received»."""
    ui = page.ui
    ui.ruleCombo.setCurrentIndex(ui.ruleCombo.findData(rule, RuleIdRole))
    ui.triggerEdit.setDate(QDate(trigger.year, trigger.month, trigger.day))
    if today is not None:
        ui.todayEdit.setDate(QDate(today.year, today.month, today.day))
    if received is not None:
        ui.receivedEdit.setDate(QDate(received.year, received.month, received.day))
    ui.receivedCheck.setChecked(received is not None)


def shown_dates(page) -> dict[str, str]:
    table = page.ui.datesTable
    return {key: table.item(row, 1).text() for row, key in enumerate(ROWS)}


def test_rule_combo_offers_the_eight_rules_by_their_names(calculator):
    combo = calculator.ui.ruleCombo
    assert sorted(calculator.rule_ids()) == sorted(RULES)
    for rule_id, rule in RULES.items():
        index = combo.findData(rule_id, RuleIdRole)
        assert combo.itemText(index) == rule.title("ru")
    # The two procedure headings are shown but cannot be chosen.
    headings = [i for i in range(combo.count()) if combo.itemData(i, RuleIdRole) is None]
    assert len(headings) == 2
    for i in headings:
        assert not combo.model().item(i).isEnabled()
        assert combo.itemText(i)


def test_civil_appeal_chain_is_shown_in_the_widgets(calculator):
    enter(calculator, "civil-appeal", date(2026, 2, 21), received=date(2026, 3, 2), today=date(2026, 3, 1))
    ui = calculator.ui
    dates = shown_dates(calculator)
    assert dates["trigger"] == "21.02.2026"
    assert dates["term_start"] == "22.02.2026"
    assert dates["expiry"] == "26.03.2026"
    assert dates["request_latest"] == "06.03.2026"
    assert dates["received"] == "02.03.2026"
    assert dates["decision_due"] == "12.03.2026"
    weekday = ui.datesTable.item(ROWS.index("expiry"), 2).text()
    assert weekday == "четверг"
    assert ui.errorLabel.isHidden()
    assert ui.statusLabel.isVisible()
    assert "01.03.2026" in ui.statusLabel.text()

    # The explanation: every step with its date and its basis, in Russian.
    expected = compute_deadlines("civil-appeal", date(2026, 2, 21), received=date(2026, 3, 2), today=date(2026, 3, 1))
    trail = ui.trailBrowser.toPlainText()
    assert RULES["civil-appeal"].title("ru") in trail
    for step in expected.trail:
        assert f"{step.date:%d.%m.%Y}" in trail
        if step.basis("ru"):
            assert step.basis("ru") in trail
    assert "ГПК" in trail
    assert calculator.explanation() == expected.explain("ru")


def test_without_received_date_there_is_no_decision_due(calculator):
    enter(calculator, "civil-appeal", date(2026, 2, 21), today=date(2026, 3, 1))
    dates = shown_dates(calculator)
    assert dates["expiry"] == "26.03.2026"
    assert dates["received"] == "—"
    assert dates["decision_due"] == "—"
    assert not calculator.ui.receivedEdit.isEnabled()


def test_warnings_are_listed(calculator):
    # Late in the year: the term runs into 2027, past the confirmed calendar, and the sending day has passed.
    enter(calculator, "civil-appeal", date(2026, 12, 10), today=date(2027, 1, 5))
    result = compute_deadlines("civil-appeal", date(2026, 12, 10), today=date(2027, 1, 5))
    assert result.warnings, "the example must produce warnings"
    label = calculator.ui.warningsLabel
    assert label.isVisible()
    for warning in result.warnings:
        assert warning.message("ru") in label.text()


def test_received_before_the_act_is_explained_inline_in_both_languages(window, calculator, qtbot):
    enter(calculator, "civil-appeal", date(2026, 2, 21), received=date(2026, 2, 1), today=date(2026, 3, 1))
    ui = calculator.ui
    assert isinstance(calculator.error, LawError)
    assert ui.errorLabel.isVisible()
    assert ui.errorLabel.text() == calculator.error.message("ru")
    assert "01.02.2026" in ui.errorLabel.text() and "Проверьте даты" in ui.errorLabel.text()
    assert QApplication.activeModalWidget() is None  # no message box
    assert set(shown_dates(calculator).values()) == {"—"}
    assert ui.trailBrowser.toPlainText() == ""
    assert not ui.copyButton.isEnabled()

    window.set_language("kk")
    assert ui.errorLabel.text() == calculator.error.message("kk")
    assert "Күндерді тексеріңіз" in ui.errorLabel.text()

    # Correcting the date clears the message.
    ui.receivedEdit.setDate(qdate(2026, 3, 2))
    assert ui.errorLabel.isHidden()
    assert shown_dates(calculator)["decision_due"] == "12.03.2026"


def test_copy_explanation(calculator, qtbot):
    enter(calculator, "admin-appeal", date(2026, 5, 4), received=date(2026, 5, 12), today=date(2026, 5, 12))
    with qtbot.waitSignal(calculator.message, timeout=1000):
        qtbot.mouseClick(calculator.ui.copyButton, Qt.MouseButton.LeftButton)
    text = QGuiApplication.clipboard().text()
    assert text == compute_deadlines("admin-appeal", date(2026, 5, 4), received=date(2026, 5, 12),
                                     today=date(2026, 5, 12)).explain("ru")


def test_every_rule_computes_without_error(calculator):
    for rule_id in RULES:
        enter(calculator, rule_id, date(2026, 4, 15), received=date(2026, 4, 20), today=date(2026, 4, 20))
        assert calculator.error is None, rule_id
        assert calculator.result.rule.id == rule_id
        assert shown_dates(calculator)["expiry"] == f"{calculator.result.expiry:%d.%m.%Y}"


def test_a_term_beyond_the_calendar_is_explained_inline(window, calculator):
    window.set_language("kk")
    enter(calculator, "civil-appeal", date(2100, 12, 31), today=date(2100, 12, 31))
    assert isinstance(calculator.error, LawError)
    assert calculator.ui.errorLabel.isVisible()
    assert calculator.ui.errorLabel.text() == calculator.error.message("kk")
    assert "2100" in calculator.ui.errorLabel.text()
    window.set_language("ru")
    assert calculator.ui.errorLabel.text() == calculator.error.message("ru")


def test_the_calculator_and_the_calendar_count_the_users_own_days_as_the_register_does(register_window, store):
    """A day off the user added in Settings (a decree the shipped calendar does not have yet) moves the calculator's
    dates and shows in the calendar tab, exactly as it moves the cases' deadlines."""
    from kelisim.law.calendar import CalendarOverride

    window = register_window(0)
    calculator = window.ensure_calculator()
    enter(calculator, "civil-appeal", date(2026, 2, 21), today=date(2026, 3, 1))
    assert shown_dates(calculator)["expiry"] == "26.03.2026"
    store.calendar_days.set(CalendarOverride(date(2026, 3, 26), False, "День траура", "Аза күні",
                                             "Указ Президента (пример)"))
    window._on_settings_changed()  # what Settings → Calendar does after a change
    assert shown_dates(calculator)["expiry"] == "27.03.2026"
    case = store.cases.create({"rule": "civil-appeal", "trigger_date": "2026-02-21"}, today=date(2026, 3, 1))
    assert case.due("expiry") == date(2026, 3, 27)  # the register agrees
    calendar = window.ensure_calendar()
    assert "Указ Президента (пример)" in calendar.tooltip_for(date(2026, 3, 26))
