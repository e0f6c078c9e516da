"""Settings (File → Settings…, Ctrl+,): our body changed by the KATO search and its names corrected; officials and
executors; the interface and document languages; the data folder moved (copied, checked, switched) in a worker
thread; templates copied, checked and restored; the user's calendar days with their source."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import QMessageBox

from kelisim import home as home_module
from kelisim.store import Official, Store
from conftest import TODAY, own_body

KASYK = "314845000"


@pytest.fixture
def settings_window(qtbot, store):
    """A shown main window on the store with our own body, and its Settings dialog open."""
    from kelisim.ui.main_window import MainWindow

    own_body(store)
    window = MainWindow(store=store, today=TODAY)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.ensure_register()
    dialog = window.open_settings()
    qtbot.waitExposed(dialog)
    return window, dialog


@pytest.fixture
def opened_urls(monkeypatch):
    """QDesktopServices.openUrl recorded instead of starting Word or a file manager."""
    urls = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(Path(url.toLocalFile())) or True)
    return urls


def answer(dialog, button=QMessageBox.StandardButton.Yes):
    assert dialog.question is not None and dialog.question.isVisible()
    dialog.question.button(button).click()


def test_the_file_menu_opens_settings_with_ctrl_comma(register_window, qtbot):
    window = register_window(0)
    action = window.ui.actionSettings
    assert action in window.ui.menuFile.actions()
    assert action.shortcut() == QKeySequence("Ctrl+,")
    assert action.text() == "Н&астройки…"
    action.trigger()
    dialog = window.settings_dialog
    qtbot.waitExposed(dialog)
    assert dialog.isVisible() and dialog.windowTitle() == "Настройки"
    assert [dialog.ui.tabs.tabText(i) for i in range(dialog.ui.tabs.count())] == [
        "&Наш орган", "&Должностные лица", "&Языки", "&Папка данных", "&Шаблоны", "&Календарь"]
    window.open_settings()  # a second request raises the same dialog
    assert window.settings_dialog is dialog


def test_our_body_is_changed_by_the_kato_search(settings_window, qtbot, type_text, store):
    window, dialog = settings_window
    ui = dialog.ui
    assert "Касыкского сельского округа" in ui.ownLabel.text()
    assert not ui.makeOwnButton.isEnabled()
    type_text(ui.bodySearchEdit, "Касык")
    qtbot.waitUntil(lambda: dialog.finder.results() != [], timeout=3000)
    assert dialog.finder.results()[0] == KASYK
    ui.bodyList.setCurrentRow(0)
    assert "аким Касыкского сельского округа" in ui.chosenLabel.text()
    with qtbot.waitSignal(dialog.changed, timeout=2000):
        ui.makeOwnButton.click()
    own = store.bodies.own()
    assert own.kato == KASYK and own.name_ru == "Касыкский сельский округ"
    assert "Касыкский сельский округ" in ui.ownLabel.text() and "314845000" in ui.ownLabel.text()
    assert ui.namesTable.item(1, 0).text() == "Касыкского сельского округа"


def test_the_names_are_corrected_and_kept(settings_window, store):
    _, dialog = settings_window
    table = dialog.ui.namesTable
    assert not dialog.ui.saveNamesButton.isEnabled()
    table.item(1, 1).setText("Қасық ауылдық округі әкімі аппаратының")  # Kazakh, genitive
    assert dialog.ui.saveNamesButton.isEnabled()
    assert dialog.save_names()
    own = store.bodies.own()
    assert own.name_kk_gen == "Қасық ауылдық округі әкімі аппаратының" and "name_kk_gen" in own.corrected
    assert table.item(1, 1).font().bold()
    # An empty name is refused with the store's message, in the interface language.
    table.item(0, 0).setText("")
    table.item(0, 1).setText("")
    assert not dialog.save_names()
    assert dialog.ui.bodyErrorLabel.isVisible() and "наименование органа" in dialog.ui.bodyErrorLabel.text()
    dialog.set_interface_language("kk")
    assert "атауын көрсетіңіз" in dialog.ui.bodyErrorLabel.text()


def test_officials_are_added_edited_and_leave_office(settings_window, qtbot, type_text, store):
    _, dialog = settings_window
    ui = dialog.ui
    own = store.bodies.own()
    dialog.show_tab("officials")
    ui.roleCombo.setCurrentIndex(ui.roleCombo.findData("first_head"))
    type_text(ui.nameEdit, "Сейтқали Нұрлан Ержанұлы")
    assert ui.saveOfficialButton.text() == "&Добавить"
    ui.saveOfficialButton.click()
    head = store.officials.head(own.id, TODAY)
    assert head.full_name == "Сейтқали Нұрлан Ержанұлы"

    dialog.new_official()
    ui.roleCombo.setCurrentIndex(ui.roleCombo.findData("deputy"))
    type_text(ui.nameEdit, "Иванов Пётр Сергеевич")
    ui.supervisesCheck.setChecked(True)
    ui.sinceCheck.setChecked(True)
    ui.sinceEdit.setDate(ui.sinceEdit.date().addYears(-1))
    assert dialog.save_official()
    deputy = [o for o in store.officials.of_body(own.id) if o.role == "deputy"][0]
    assert deputy.supervises_legal and deputy.since == date(2025, 3, 2)
    assert {o.full_name for o in store.officials.decision_signatories(own.id, TODAY)} == {
        "Сейтқали Нұрлан Ержанұлы", "Иванов Пётр Сергеевич"}
    assert ui.officialsTable.rowCount() == 2 and ui.officialsTable.item(1, 3).text() == "да"

    # Edit the chosen one: its fields are in the editor.
    assert ui.nameEdit.text() == "Иванов Пётр Сергеевич" and ui.saveOfficialButton.text() == "Сохр&анить"
    ui.positionRuEdit.setText("заместитель акима")
    assert dialog.save_official()
    assert store.officials.get(deputy.id).position_ru == "заместитель акима"
    assert len(store.officials.of_body(own.id)) == 2

    # End of office, after a confirmation: no longer a signatory tomorrow.
    box = dialog.end_office()
    assert "Иванов Пётр Сергеевич" in box.text()
    answer(dialog)
    assert store.officials.get(deputy.id).until == TODAY
    assert [o.full_name for o in store.officials.decision_signatories(own.id, date(2026, 3, 3))] == [
        "Сейтқали Нұрлан Ержанұлы"]

    # A name of one word is refused, in the interface language.
    dialog.new_official()
    type_text(ui.nameEdit, "Иванов")
    assert not dialog.save_official()
    assert ui.officialsErrorLabel.isVisible() and "фамилию и имя" in ui.officialsErrorLabel.text()


def test_executors_list_the_first_is_proposed_by_the_wizard(settings_window, type_text, store):
    window, dialog = settings_window
    ui = dialog.ui
    own = store.bodies.own()
    type_text(ui.executorNameEdit, "Ахметова Айгүл")
    type_text(ui.executorPhoneEdit, "+7 701 123 45 67")
    assert dialog.add_executor()
    ui.executorsTable.clearSelection()
    ui.executorNameEdit.setText("Бекова Сара")
    ui.executorPhoneEdit.setText("8 (72636) 2-11-11")
    assert dialog.add_executor()
    assert [(o.full_name, o.phone) for o in dialog.executors()] == [
        ("Ахметова Айгүл", "+7 701 123 45 67"), ("Бекова Сара", "8 (72636) 2-11-11")]
    assert ui.executorsTable.rowCount() == 2

    ui.executorsTable.selectRow(0)
    assert ui.executorNameEdit.text() == "Ахметова Айгүл"
    ui.executorPhoneEdit.setText("+7 701 000 00 00")
    assert dialog.save_executor()
    assert store.officials.get(dialog.executors()[0].id).phone == "+7 701 000 00 00"

    wizard = window.open_wizard()
    assert wizard.ui.executorNameEdit.text() == "Ахметова Айгүл"
    wizard.close()

    ui.executorsTable.selectRow(0)
    assert dialog.remove_executor()  # no longer proposed; kept in the history
    assert [o.full_name for o in dialog.executors()] == ["Бекова Сара"]
    assert len([o for o in store.officials.of_body(own.id) if o.role == "executor"]) == 2
    wizard = window.open_wizard()
    assert wizard.ui.executorNameEdit.text() == "Бекова Сара"
    wizard.close()


def test_the_interface_language_applies_at_once_and_the_menu_follows(settings_window):
    from kelisim.ui import i18n

    window, dialog = settings_window
    combo = dialog.ui.interfaceLanguageCombo
    combo.setCurrentIndex(combo.findData("kk"))
    combo.activated.emit(combo.currentIndex())
    assert i18n.current_language() == "kk" and i18n.saved_language() == "kk"
    assert window.ui.actionKazakh.isChecked() and not window.ui.actionRussian.isChecked()
    assert dialog.windowTitle() == "Баптаулар" and dialog.ui.tabs.tabText(0) == "&Біздің орган"
    assert combo.currentData() == "kk"
    window.ui.actionRussian.trigger()  # the menu, the other way: the dialog follows
    assert combo.currentData() == "ru" and dialog.windowTitle() == "Настройки"


def test_the_default_document_language_is_what_a_new_request_starts_with(settings_window):
    from kelisim.ui import i18n

    window, dialog = settings_window
    assert i18n.saved_document_language() is None and i18n.document_language() == "ru"
    combo = dialog.ui.documentLanguageCombo
    combo.setCurrentIndex(combo.findData("kk"))
    combo.activated.emit(combo.currentIndex())
    assert i18n.saved_document_language() == "kk" and i18n.current_language() == "ru"
    wizard = window.open_wizard()
    assert wizard.ui.languageCombo.currentData() == "kk"
    wizard.close()
    dialog.set_document_language(None)  # back to "the interface language"
    assert i18n.document_language() == "ru" and combo.currentIndex() == 0


def test_templates_copied_checked_and_restored(settings_window, store, opened_urls):
    _, dialog = settings_window
    ui = dialog.ui
    dialog.show_tab("templates")
    assert ui.templatesTable.rowCount() == 8
    dialog.check_templates()
    assert "нет собственных шаблонов" in ui.checkResultsList.item(0).text()

    dialog.select_template("decision", "kk")
    assert ui.restoreTemplateButton.isEnabled() is False
    path = dialog.copy_template()
    assert path == Path(store.home) / "templates" / "kk" / "decision.docx" and path.exists()
    assert opened_urls == [path]  # opened in Word
    row = next(r for r in range(8) if ui.templatesTable.item(r, 0).data(0x0100) == ("decision", "kk"))
    assert ui.templatesTable.item(row, 2).text() == "собственная копия"

    # A broken own template: the check names the problem, in the interface language.
    from docx import Document

    doc = Document(str(path))
    doc.add_paragraph("{{ case.no_such_field }}")
    doc.save(str(path))
    dialog.check_templates()
    texts = [ui.checkResultsList.item(i).text() for i in range(ui.checkResultsList.count())]
    assert any("case.no_such_field" in t and "не существует" in t for t in texts)
    dialog.set_interface_language("kk")
    texts = [ui.checkResultsList.item(i).text() for i in range(ui.checkResultsList.count())]
    assert any("case.no_such_field" in t and "өрісі жоқ" in t for t in texts)
    dialog.set_interface_language("ru")

    dialog.select_template("decision", "kk")
    assert ui.restoreTemplateButton.isEnabled()
    box = dialog.restore_template()
    assert "templates/replaced" in box.text()
    answer(dialog, QMessageBox.StandardButton.No)  # nothing happens
    assert path.exists()
    dialog.restore_template()
    answer(dialog)
    assert not path.exists() and list((Path(store.home) / "templates" / "replaced").glob("kk-decision-*.docx"))
    assert ui.templatesTable.item(row, 2).text() == "встроенный"

    ui.openTemplatesButton.click()
    assert opened_urls[-1] == Path(store.home) / "templates"


def test_calendar_days_need_a_source(settings_window, store, type_text):
    _, dialog = settings_window
    ui = dialog.ui
    dialog.show_tab("calendar")
    assert "2026" in ui.editionLabel.text()
    assert ui.calendarNoticeLabel.isVisible() and "2027" in ui.calendarNoticeLabel.text()  # valid through 2026
    ui.dayDateEdit.setDate(ui.dayDateEdit.date().addDays(21))  # 23.03.2026
    type_text(ui.dayNameRuEdit, "Перенесённый выходной")
    type_text(ui.dayNameKkEdit, "Ауыстырылған демалыс")
    assert not dialog.add_day()
    assert ui.calendarErrorLabel.isVisible() and "Укажите основание" in ui.calendarErrorLabel.text()
    assert store.calendar_days.list() == []
    type_text(ui.daySourceEdit, "Постановление Правительства РК от 10.01.2026 № 5")
    assert dialog.add_day()
    assert not ui.calendarErrorLabel.isVisible()
    days = store.calendar_days.list()
    assert [(d.date, d.working, d.name_kk) for d in days] == [(date(2026, 3, 23), False, "Ауыстырылған демалыс")]
    assert not store.calendar_days.calendar().is_working_day(date(2026, 3, 23))
    assert ui.daysTable.item(0, 0).text() == "23.03.2026" and ui.daysTable.item(0, 1).text() == "выходной"
    ui.daysTable.selectRow(0)
    assert dialog.remove_day()
    assert store.calendar_days.list() == [] and ui.daysTable.rowCount() == 0


def test_the_keyboard_alone_works(settings_window, qtbot, type_text, store):
    from PySide6.QtCore import Qt

    window, dialog = settings_window
    ui = dialog.ui
    # Enter in the search picks the best hit and moves to the button that makes it ours.
    type_text(ui.bodySearchEdit, "Касык")
    qtbot.keyClick(ui.bodySearchEdit, Qt.Key.Key_Return)
    assert dialog.finder.chosen_code() == KASYK and dialog.focusWidget() is ui.makeOwnButton
    assert dialog.isVisible()  # Enter in a field never closes the dialog
    # Enter in the executor's phone adds the executor.
    dialog.show_tab("officials")
    type_text(ui.executorNameEdit, "Ахметова Айгүл")
    qtbot.keyClick(ui.executorPhoneEdit, Qt.Key.Key_Return)
    assert [o.full_name for o in dialog.executors()] == ["Ахметова Айгүл"]
    # Alt + a tab's mnemonic, then Escape closes.
    assert ui.tabs.tabText(5) == "&Календарь"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_dialog_is_translated_into_kazakh(settings_window):
    _, dialog = settings_window
    dialog.set_interface_language("kk")
    ui = dialog.ui
    assert ui.makeOwnButton.text() and ui.makeOwnButton.text() != "&Make it our body"
    assert ui.roleCombo.itemText(0) != "Head (akim)"
    assert ui.dayKindCombo.itemText(0) == "демалыс күні"


# ---------------------------------------------------------------------------------------------------------------
# Moving the data folder

@pytest.fixture
def movable(tmp_path, monkeypatch, qtbot):
    """No KELISIM_HOME (the data folder can be moved): a window on the default folder with our body and a case."""
    from kelisim.ui.main_window import MainWindow
    from conftest import seed_cases

    monkeypatch.delenv("KELISIM_HOME", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setattr(home_module.sys, "platform", "linux")
    old = home_module.data_home()
    store = Store(old, today=TODAY)
    own_body(store)
    seed_cases(store, 3)
    window = MainWindow(store=store, today=TODAY)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.ensure_register()
    dialog = window.open_settings("data")
    yield window, dialog, old
    store.close()


def test_moving_the_data_folder_switches_the_program_to_the_copy(movable, qtbot, tmp_path):
    from kelisim.store.relocate import README_NAME

    window, dialog, old = movable
    ui = dialog.ui
    assert ui.dataPathLabel.text() == str(old) and ui.moveButton.isEnabled()
    old_store = window.store
    target = tmp_path / "D" / "Kelisim"
    with qtbot.waitSignal(dialog.data_moved, timeout=20000) as moved:
        assert dialog.move_data(target)
        assert dialog.move_task is not None and not ui.moveButton.isEnabled()
    assert moved.args == [str(target.resolve())]
    # The program works on the copy now; the old store is closed, the old folder kept with a note.
    assert window.store is not old_store and Path(window.store.home) == target.resolve()
    assert home_module.data_home() == target.resolve()
    assert window.register is not None and window.register.store is window.store
    assert window.store.cases.count() == 3 and window.store.bodies.own() is not None
    assert dialog.store is window.store and ui.dataPathLabel.text() == str(target.resolve())
    assert ui.dataResultLabel.isVisible() and str(target.resolve()) in ui.dataResultLabel.text()
    assert (old / README_NAME).exists() and (old / "kelisim.db").exists()
    assert dialog.move_task is None


def test_a_move_that_fails_switches_nothing_and_says_why_in_kazakh(movable, qtbot, tmp_path, monkeypatch):
    import errno
    import shutil

    window, dialog, old = movable
    dialog.set_interface_language("kk")
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "x.txt").write_text("x", encoding="utf-8")
    assert not dialog.move_data(busy)  # refused before anything starts
    assert dialog.ui.dataErrorLabel.isVisible() and "бос емес" in dialog.ui.dataErrorLabel.text()

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(shutil, "copyfile", full)
    store = window.store
    target = tmp_path / "small" / "Kelisim"
    assert dialog.move_data(target)
    qtbot.waitUntil(lambda: dialog.move_task is None, timeout=20000)
    assert "орын жеткіліксіз" in dialog.ui.dataErrorLabel.text()
    assert window.store is store and home_module.data_home() == old and not target.exists()
    assert dialog.ui.moveButton.isEnabled()


def test_a_move_that_fails_unexpectedly_is_still_said(movable, qtbot, tmp_path, monkeypatch):
    """Not a refusal of ours (an error the copy did not expect): the message names it; nothing switches."""
    import shutil

    window, dialog, old = movable

    def broken(*_args, **_kwargs):
        raise RuntimeError("the copy broke")

    monkeypatch.setattr(shutil, "copyfile", broken)
    store = window.store
    assert dialog.move_data(tmp_path / "other" / "Kelisim")
    qtbot.waitUntil(lambda: dialog.move_task is None, timeout=20000)
    assert "Данные не перенесены" in dialog.ui.dataErrorLabel.text()
    assert window.store is store and home_module.data_home() == old


def test_the_folder_named_by_kelisim_home_cannot_be_moved(settings_window):
    _, dialog = settings_window
    assert not dialog.ui.moveButton.isEnabled()
    assert "KELISIM_HOME" in dialog.ui.envNoteLabel.text()


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_every_tab_keeps_its_mnemonics_buddies_and_tab_focus(settings_window, lang):
    from test_keyboard import audit

    from kelisim.ui import i18n

    _, dialog = settings_window
    i18n.apply_language(lang, remember=False)
    assert audit(dialog) == []


def test_tab_reaches_every_input_of_every_tab(settings_window, qtbot, store):
    from PySide6.QtWidgets import QApplication
    from test_keyboard import tab_walk, visible_inputs

    _, dialog = settings_window
    store.officials.add(Official(None, store.bodies.own().id, "executor", "Ахметова Айгүл"))
    dialog.render()
    dialog.activateWindow()
    for name in dialog.TABS:
        dialog.show_tab(name)
        QApplication.processEvents()
        page = dialog.ui.tabs.currentWidget()
        inputs = visible_inputs(page)
        visited = tab_walk(dialog, inputs[0])
        missing = [w.objectName() for w in inputs if w not in visited]
        assert missing == [], f"{name}: Tab never reaches {missing}"


def test_cancelling_a_move_leaves_no_copy_and_keeps_the_program_where_it_was(movable, qtbot, tmp_path):
    window, dialog, old = movable
    store = window.store
    target = tmp_path / "E" / "Kelisim"
    assert dialog.move_data(target)
    task = dialog.move_task
    task.cancel()  # what the progress dialog's Cancel and Escape do
    qtbot.waitUntil(lambda: dialog.move_task is None, timeout=20000)
    if task.cancelled:  # a tiny folder may be copied before the request is seen
        assert not target.exists() and window.store is store and home_module.data_home() == old
        assert not dialog.ui.dataErrorLabel.isVisible()
    else:
        assert window.store is not store
