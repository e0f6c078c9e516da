"""The case card: data, deadlines with their trail, attachments opened by the system, history, and the status
actions that change the case and its register row; both languages. Screenshots of every new page."""
from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices, QImage

from kelisim.store.cases import STATUS_NAMES

from conftest import TODAY, case_fields

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] " \
      b"/Count 1 >> endobj\n3 0 obj << /Type /Page >> endobj\n%%EOF\n"


def open_first(window):
    register = window.register
    case_id = register.model.case_id(0)
    return case_id, window.open_case(case_id)


def test_the_card_shows_the_case_its_deadlines_trail_and_history(register_window, store):
    window = register_window(10)
    case_id, card = open_first(window)
    case = store.cases.get(case_id)
    ui = card.ui
    assert case.case_number in ui.titleLabel.text()
    assert ui.caseNumberValue.text() == case.case_number
    assert "Истец" in ui.partiesValue.text() and "(истец)" in ui.partiesValue.text()
    assert STATUS_NAMES[case.status][0] in ui.statusValue.text()
    dates = {ui.datesTable.item(r, 0).text(): ui.datesTable.item(r, 1).text() for r in range(ui.datesTable.rowCount())}
    assert dates["Срок обжалования истекает"] == f"{case.due('expiry'):%d.%m.%Y}"
    assert dates["Последний день отправки запроса"] == f"{case.due('request_latest'):%d.%m.%Y}"
    trail = ui.trailBrowser.toPlainText()
    assert "Основание" in trail and f"{case.trigger_date:%d.%m.%Y}" in trail
    assert ui.historyTable.rowCount() == 1 and ui.historyTable.item(0, 2).text() == "создано"


def test_a_status_action_changes_the_case_and_its_register_row(register_window, store):
    window = register_window(10)
    register = window.register
    case_id, card = open_first(window)
    assert set(card.action_buttons) == {"request_sent", "closed"}
    card.set_action_date(date(2026, 2, 27))
    card.action_buttons["request_sent"].click()
    case = store.cases.get(case_id)
    assert case.status == "request_sent" and case.request_sent == date(2026, 2, 27)
    assert set(card.action_buttons) == {"consented", "refused", "closed", "draft"}
    assert "запрос направлен" in card.ui.statusValue.text()
    assert card.ui.historyTable.rowCount() == 3  # created, status, the date
    # The register was refreshed: the row now shows the new status and waits for the appeal term's expiry.
    row = next(i for i in range(register.model.rowCount()) if register.model.case_id(i) == case_id)
    assert register.model.data(register.model.index(row, 3)) == "запрос направлен"
    assert register.model.data(register.model.index(row, 2)) == "истекает срок обжалования"
    assert register.dashboard["awaiting_decision"] == store.cases.count(status=("request_sent", "received",
                                                                               "under_review"))

    card.action_buttons["consented"].click()
    card.action_buttons["closed"].click()
    assert store.cases.get(case_id).status == "closed"
    assert card.action_buttons == {} and not card.ui.actionDateEdit.isEnabled()
    row = next(i for i in range(register.model.rowCount()) if register.model.case_id(i) == case_id)
    assert register.model.data(register.model.index(row, 0), Qt.ItemDataRole.UserRole + 1) == "none"


def test_a_refused_step_is_explained_inline(register_window, store):
    window = register_window(3)
    case_id, card = open_first(window)
    store.cases.set_status(case_id, "closed", on=TODAY)  # changed elsewhere meanwhile
    card.action_buttons["request_sent"].click()
    assert card.ui.errorLabel.isVisible() and "нельзя перейти" in card.ui.errorLabel.text()
    window.set_language("kk")
    assert "өтуге болмайды" in card.ui.errorLabel.text()


def test_attachments_open_with_the_system(register_window, store, tmp_path, monkeypatch):
    window = register_window(2)
    case_id = window.register.model.case_id(0)
    source = tmp_path / "решение.pdf"
    source.write_bytes(PDF)
    store.attachments.add(case_id, source, "court_act")
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    card = window.open_case(case_id)
    ui = card.ui
    assert ui.attachmentsTable.rowCount() == 1
    assert ui.attachmentsTable.item(0, 0).text() == "Судебный акт"
    assert ui.attachmentsTable.item(0, 1).text() == "решение.pdf"
    assert card.open_attachment()
    path = Path(opened[0].toLocalFile())
    assert path.name == "решение.pdf" and path.read_bytes() == PDF
    assert store.home in path.parents  # nothing written outside the data folder


def test_the_card_speaks_kazakh(register_window, store):
    window = register_window(5)
    case_id, card = open_first(window)
    window.set_language("kk")
    ui = card.ui
    assert ui.cardTabs.tabText(1) == "&Мерзімдер"
    assert ui.datesTable.item(1, 0).text() == "Шағымдану мерзімі өтеді"
    assert "Негіз" in ui.trailBrowser.toPlainText()
    assert card.action_buttons["request_sent"].text() == "Сұрау салу жіберілді"
    assert STATUS_NAMES[store.cases.get(case_id).status][1] in ui.statusValue.text()


def _grab(widget, path: Path) -> QImage:
    from PySide6.QtWidgets import QApplication

    for _ in range(3):  # a language switch re-lays the widgets out on the next turns of the event loop
        QApplication.processEvents()
    assert widget.grab().save(str(path))
    image = QImage(str(path))
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 10, path
    return image


def test_screenshots_of_the_new_pages_in_both_languages(register_window, store, make_window, tmp_path, type_text,
                                                         qtbot):
    """With KELISIM_SCREENSHOTS=<folder> the pictures are kept there (docs/screenshot.png is register-ru.png)."""
    out = Path(os.environ.get("KELISIM_SCREENSHOTS") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    from kelisim.services import generate_for_case

    window = register_window(250)
    case_id = window.register.model.case_id(0)
    complete(store, case_id, tmp_path)
    store.cases.update(case_id, {"act_kind": "определение", "executor_name": "Ахметова Динара Серикқызы",
                                 "executor_phone": "8 (72636) 2-12-34", "request_number": "01-12/345"})
    generate_for_case(store, case_id, today=TODAY)
    store.cases.set_status(case_id, "request_sent", on=TODAY)
    window.register.refresh()
    for lang in ("ru", "kk"):
        window.set_language(lang)
        window.ui.tabs.setCurrentWidget(window.ui.registerTab)
        _grab(window, out / f"register-{lang}.png")
        card = window.open_case(case_id)
        card.resize(980, 720)
        for index in range(card.ui.cardTabs.count()):
            if not card.ui.cardTabs.isTabVisible(index):  # the Review tab of an outgoing case
                continue
            card.ui.cardTabs.setCurrentIndex(index)
            name = card.ui.cardTabs.widget(index).objectName().removesuffix("Tab").replace("details", "case")
            _grab(card, out / f"card-{name}-{lang}.png")
        card.ui.cardTabs.setCurrentIndex(0)
        card.start_edit()
        _grab(card, out / f"card-case-edit-{lang}.png")
        bar = card.ui.editScroll.verticalScrollBar()
        bar.setValue(bar.maximum() // 2)
        _grab(card, out / f"card-case-edit-middle-{lang}.png")
        bar.setValue(bar.maximum())
        _grab(card, out / f"card-case-edit-end-{lang}.png")
        card.cancel_edit()
        card.close()
    window.close()

    from kelisim.ui.main_window import MainWindow  # first start, in a fresh data folder of its own
    from kelisim.ui import i18n

    home = tmp_path / "fresh"
    os.environ["KELISIM_HOME"] = str(home)
    try:
        fresh = MainWindow()
        qtbot.addWidget(fresh)
        fresh.resize(1180, 800)
        fresh.show()
        qtbot.waitExposed(fresh)
        fresh.ensure_register()
        type_text(fresh.first_start.ui.bodySearchEdit, "Касык")
        fresh.first_start.search()
        fresh.first_start.ui.bodyList.setCurrentRow(0)
        for lang in ("ru", "kk"):
            fresh.set_language(lang)
            _grab(fresh, out / f"first-start-{lang}.png")
        fresh.close()
        i18n.apply_language("ru", remember=False)
    finally:
        os.environ["KELISIM_HOME"] = str(store.home)


# ---------------------------------------------------------------------------------------------------------------
# Editing in place, deadlines by hand, attachments, documents, every status action

PDF2 = b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R 4 0 R] " \
       b"/Count 2 >> endobj\n3 0 obj << /Type /Page >> endobj\n4 0 obj << /Type /Page >> endobj\n%%EOF\n"


def qdate(d: date):
    from PySide6.QtCore import QDate

    return QDate(d.year, d.month, d.day)


def card_of(register_window, n: int = 3, **fields):
    """A main window with n cases and the card of one more, made with ``fields``."""
    window = register_window(n)
    store = window.store
    case = store.cases.create(case_fields(n, **fields), today=TODAY)
    window.register.refresh()
    return window, case.id, window.open_case(case.id)


def complete(store, case_id: int, tmp_path: Path) -> None:
    """Everything the documents need: our body's head, an approving body, the two required attachments."""
    from kelisim.store import Body, Official

    own = store.bodies.own()
    store.officials.add(Official(None, own.id, "first_head", "Жумабеков Ерлан Маратович"))
    district = store.bodies.add(Body(None, "district", "Аппарат акима Кордайского района",
                                     name_kk="Қордай ауданы әкімінің аппараты", head_ru="аким Кордайского района",
                                     head_kk="Қордай ауданының әкімі"))
    store.officials.add(Official(None, district.id, "first_head", "Кудайбергенов Нурлан Асылбекович"))
    store.cases.update(case_id, {"requester_id": own.id, "approver_id": district.id,
                                 "approver_override_reason": "вышестоящий орган"})
    for name, role, data in (("проект жалобы.pdf", "draft_complaint", PDF), ("решение.pdf", "court_act", PDF2)):
        path = tmp_path / name
        path.write_bytes(data)
        store.attachments.add(case_id, path, role)


def row_of(register, case_id: int) -> int:
    return next(i for i in range(register.model.rowCount()) if register.model.case_id(i) == case_id)


def test_editing_in_place_saves_through_the_store_and_recomputes_the_deadlines(register_window, store, type_text):
    from kelisim.law.deadlines import compute_deadlines

    window, case_id, card = card_of(register_window, rule="civil-appeal", act_final="2026-02-20",
                                    trigger_date="2026-02-20", case_number="2-417/2026")
    ui = card.ui
    before = store.cases.get(case_id)
    assert ui.detailsStack.currentWidget() is ui.viewPage and ui.editButton.isEnabled()
    card.start_edit()
    assert ui.detailsStack.currentWidget() is ui.editPage and not ui.actionsBox.isVisible()
    assert ui.caseNumberEdit.text() == "2-417/2026" and ui.courtRuEdit.text() == before.court_ru
    assert [card.parties()[0]["name"]] == [before.parties[0].name]
    assert card.edit_changes() == {}  # the form holds the case as it is
    ui.caseNumberEdit.clear()
    type_text(ui.caseNumberEdit, "2-418/2026")
    type_text(ui.courtKkEdit, " (өзгертілді)")
    ui.finalEdit.setDate(qdate(date(2026, 2, 25)))  # the term runs from the act's final form: it follows
    assert ui.triggerEdit.date() == qdate(date(2026, 2, 25))
    ui.actKindCombo.setEditText("решение")
    card.set_party(2, "third_party", "Третье Лицо")
    ui.notesEdit.setPlainText("звонили из суда")
    type_text(ui.changeReasonEdit, "уточнено по копии акта")
    assert card.save_edit()
    case = store.cases.get(case_id)
    assert case.case_number == "2-418/2026" and case.court_kk.endswith("(өзгертілді)")
    assert case.act_final == case.trigger_date == date(2026, 2, 25) and case.act_kind == "решение"
    assert [p.name for p in case.parties][-1] == "Третье Лицо" and case.notes == "звонили из суда"
    expected = compute_deadlines("civil-appeal", date(2026, 2, 25), calendar=store.cases.calendar)
    assert case.due("expiry") == expected.expiry != before.due("expiry")
    # The card shows it at once, the register too, and the history keeps every change with the reason.
    assert ui.detailsStack.currentWidget() is ui.viewPage and ui.actionsBox.isVisible()
    assert ui.caseNumberValue.text() == "2-418/2026" and "2-418/2026" in ui.titleLabel.text()
    assert "пересчитаны" in ui.savedLabel.text()
    dates = {ui.datesTable.item(r, 0).text(): ui.datesTable.item(r, 1).text() for r in range(ui.datesTable.rowCount())}
    assert dates["Срок обжалования истекает"] == f"{expected.expiry:%d.%m.%Y}"
    register = window.register
    assert register.model.data(register.model.index(row_of(register, case_id), 1)).startswith("2-418/2026") \
        or any("2-418/2026" in str(register.model.data(register.model.index(row_of(register, case_id), c)))
               for c in range(register.model.columnCount()))
    events = [e for e in store.cases.history(case_id) if e["action"] == "changed"]
    assert {e["field"] for e in events} >= {"case_number", "court_kk", "act_final", "trigger_date", "act_kind",
                                             "parties", "notes"}
    assert all(e["reason"] == "уточнено по копии акта" for e in events)
    shown = [ui.historyTable.item(r, 2).text() for r in range(ui.historyTable.rowCount())]
    assert "изменено: номер дела" in shown and "изменено: стороны" in shown


def test_a_refused_edit_is_explained_beside_the_form_and_cancel_restores(register_window, store, type_text, qtbot):
    window, case_id, card = card_of(register_window)
    ui = card.ui
    before = store.cases.get(case_id)
    card.start_edit()
    ui.caseNumberEdit.clear()
    type_text(ui.caseNumberEdit, "ЖОҚ-1")
    card.set_party(0, id_number="123456789012")  # a wrong check digit
    assert not card.save_edit()
    assert ui.editErrorLabel.isVisible() and "контрольная цифра" in ui.editErrorLabel.text()
    assert ui.detailsStack.currentWidget() is ui.editPage  # what was typed is still there
    window.set_language("kk")
    assert "бақылау" in ui.editErrorLabel.text()
    assert ui.caseNumberEdit.text() == "ЖОҚ-1"
    window.set_language("ru")
    # A date before the act's: the store's message, in words.
    card.set_party(0, id_number="")
    ui.requestSentEdit.setDate(qdate(before.trigger_date.replace(year=2025)))
    assert not card.save_edit() and "раньше" in ui.editErrorLabel.text()
    # Escape leaves the form (not the card), and nothing was written.
    qtbot.keyClick(ui.caseNumberEdit, Qt.Key.Key_Escape)
    assert card.isVisible() and ui.detailsStack.currentWidget() is ui.viewPage
    assert not ui.editErrorLabel.isVisible()
    assert store.cases.get(case_id).case_number == before.case_number == ui.caseNumberValue.text()
    assert len(store.cases.history(case_id)) == 1
    # Enter in a field saves; Save with nothing changed writes nothing.
    card.start_edit()
    qtbot.keyClick(ui.courtRuEdit, Qt.Key.Key_Return)
    assert ui.detailsStack.currentWidget() is ui.viewPage and len(store.cases.history(case_id)) == 1


def test_another_approving_body_needs_a_reason(register_window, store, type_text):
    from kelisim.store import Body

    window, case_id, card = card_of(register_window)
    other = store.bodies.add(Body(None, "district", "Аппарат акима Кордайского района",
                                  name_kk="Қордай ауданы әкімінің аппараты"))
    store.cases.update(case_id, {"requester_id": store.bodies.own().id})
    card.reload()
    ui = card.ui
    card.start_edit()
    assert ui.routeHint.isVisible() and ui.routeHint.text()  # routing's verdict is shown
    ui.approverCombo.setCurrentIndex(ui.approverCombo.findData(other.id))
    assert ui.overrideReasonEdit.isEnabled()
    assert not card.save_edit() and "Алгоритм" in ui.editErrorLabel.text()
    type_text(ui.overrideReasonEdit, "вышестоящий орган по уставу")
    assert card.save_edit()
    case = store.cases.get(case_id)
    assert case.approver_id == other.id and case.approver_override_reason == "вышестоящий орган по уставу"
    assert "Аппарат акима Кордайского района" in ui.approverValue.text()
    assert "вышестоящий орган по уставу" in ui.approverValue.text()


def test_a_deadline_set_by_hand_with_its_reason_and_back(register_window, store, type_text):
    window, case_id, card = card_of(register_window)
    ui = card.ui
    computed = store.cases.get(case_id).due("expiry")
    ui.cardTabs.setCurrentWidget(ui.deadlinesTab)
    ui.handNameCombo.setCurrentIndex(ui.handNameCombo.findData("expiry"))
    assert ui.handDateEdit.date() == qdate(computed) and not ui.handClearButton.isEnabled()
    ui.handDateEdit.setDate(qdate(date(2026, 4, 10)))
    assert not card.set_deadline_by_hand()
    assert ui.handErrorLabel.isVisible() and "Укажите, почему" in ui.handErrorLabel.text()
    type_text(ui.handReasonEdit, "копия акта вручена 27.03.2026")
    ui.handSetButton.click()
    case = store.cases.get(case_id)
    assert case.due("expiry") == date(2026, 4, 10) and case.overrides["expiry"]["reason"].startswith("копия")
    assert ui.datesTable.item(1, 1).text() == "10.04.2026"
    assert ui.datesTable.item(1, 3).text() == "задан вручную: копия акта вручена 27.03.2026"
    assert not ui.handErrorLabel.isVisible() and ui.handClearButton.isEnabled()
    ui.handClearButton.click()
    assert store.cases.get(case_id).due("expiry") == computed and ui.datesTable.item(1, 3).text() == ""
    actions = [ui.historyTable.item(r, 2).text() for r in range(ui.historyTable.rowCount())]
    assert any(a.startswith("срок задан вручную") for a in actions)


def test_attachments_are_added_replaced_and_removed_each_checked_on_the_spot(register_window, store, tmp_path,
                                                                              monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    window, case_id, card = card_of(register_window)
    ui = card.ui
    ui.cardTabs.setCurrentWidget(ui.attachmentsTab)
    assert ui.noAttachmentsLabel.isVisible() and not ui.replaceAttachmentButton.isEnabled()
    fake = tmp_path / "решение.pdf"
    fake.write_bytes(b"PK\x03\x04 not a pdf at all")
    assert not card.add_attachment(fake, "court_act")
    assert "назван как PDF" in ui.attachmentsMessage.text() and store.attachments.of_case(case_id) == []
    empty = tmp_path / "пусто.pdf"
    empty.write_bytes(b"")
    assert not card.add_attachment(empty, "court_act") and "пустой" in ui.attachmentsMessage.text()
    window.set_language("kk")
    assert "бос" in ui.attachmentsMessage.text()
    window.set_language("ru")

    act = tmp_path / "решение суда.pdf"
    act.write_bytes(PDF)
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData("court_act"))
    assert card.add_attachment(act, ui.kindCombo.currentData())
    assert ui.attachmentsTable.rowCount() == 1 and ui.attachmentsTable.item(0, 0).text() == "Судебный акт"
    assert ui.attachmentsTable.item(0, 2).text() == "1" and "1 л." in ui.attachmentsMessage.text()
    new = tmp_path / "решение суда (исправленное).pdf"
    new.write_bytes(PDF2)
    assert not card.replace_attachment(fake)  # a bad new version leaves the old one in place
    assert [a.original_name for a in store.attachments.of_case(case_id)] == ["решение суда.pdf"]
    assert card.replace_attachment(new)
    [kept] = store.attachments.of_case(case_id)
    assert kept.role == "court_act" and kept.original_name == new.name and kept.pages == 2
    assert ui.attachmentsTable.item(0, 1).text() == new.name and "→" in ui.attachmentsMessage.text()

    store.attachments.set_pages(kept.id, 3)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    ui.removeAttachmentButton.click()
    assert store.attachments.of_case(case_id) == [] and ui.noAttachmentsLabel.isVisible()

    # Every change of the attachments is in the case's history, in words.
    card.reload()
    table = ui.historyTable
    rows = [(table.item(r, 2).text(), table.item(r, 3).text()) for r in range(table.rowCount())]
    attached = [change for what, change in rows if what == "файл приложен: Судебный акт"]
    assert attached == ["решение суда.pdf", new.name]
    assert ("файл удалён: Судебный акт", "решение суда.pdf") in rows  # the old version, on replacing
    assert ("файл удалён: Судебный акт", new.name) in rows
    assert (f"изменено число листов: Судебный акт ({new.name})", "2 → 3") in rows


def test_the_file_dialog_only_chooses_the_path(register_window, store, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    window, case_id, card = card_of(register_window)
    draft = tmp_path / "проект.pdf"
    draft.write_bytes(PDF)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(draft), ""))
    card.ui.kindCombo.setCurrentIndex(card.ui.kindCombo.findData("draft_complaint"))
    card.ui.addAttachmentButton.click()
    assert [a.role for a in store.attachments.of_case(case_id)] == ["draft_complaint"]


def test_documents_list_what_is_missing_then_are_generated_listed_and_opened(register_window, store, tmp_path,
                                                                              monkeypatch):
    from kelisim.services import case_documents_folder

    window, case_id, card = card_of(register_window)
    ui = card.ui
    ui.cardTabs.setCurrentWidget(ui.documentsTab)
    assert ui.noDocumentsLabel.isVisible() and not ui.openDocumentButton.isEnabled()
    assert card.regenerate() == []
    message = ui.documentsMessage.text()
    assert "проект жалобы" in message and "согласующий орган" in message
    window.set_language("kk")
    assert "шағымның жобасы" in ui.documentsMessage.text()
    window.set_language("ru")

    complete(store, case_id, tmp_path)
    card.reload()
    ui.regenerateButton.click()
    paths = [d["path"] for d in card.documents()]
    assert len(paths) == 3 and all(p.is_file() for p in paths)
    assert all(case_documents_folder(store, case_id) == p.parent for p in paths)
    assert ui.documentsTable.rowCount() == 3 and "3" in ui.documentsMessage.text()
    kinds = {ui.documentsTable.item(r, 0).text() for r in range(3)}
    assert kinds == {"Запрос о согласовании", "Опись приложений", "Решение о согласовании"}
    assert [e["action"] for e in store.cases.history(case_id)].count("document") == 3
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    ui.documentsTable.selectRow(1)
    assert card.open_document()
    assert Path(opened[-1].toLocalFile()) == card.documents()[1]["path"]
    assert card.open_documents_folder() and Path(opened[-1].toLocalFile()) == case_documents_folder(store, case_id)
    # Generated again: the same files are rewritten, the history keeps both times.
    assert len(card.regenerate()) == 3 and ui.documentsTable.rowCount() == 3
    card.documents()[0]["path"].unlink()
    card.reload()
    ui.documentsTable.selectRow(0)
    assert "больше нет" in ui.documentsTable.item(0, 2).text() and not card.open_document()
    assert "больше нет" in ui.documentsMessage.text()


OUTGOING_WALKS = [
    ("request_sent", "request_sent", date(2026, 2, 27)),
    ("consented", "decision_date", date(2026, 3, 4)),
    ("complaint_filed", "complaint_filed", date(2026, 3, 5)),
    ("closed", "closed_on", date(2026, 3, 6)),
]


def test_every_outgoing_status_action_records_its_date_and_what_depends_on_it(register_window, store):
    from kelisim.law.deadlines import compute_deadlines

    window, case_id, card = card_of(register_window, rule="civil-appeal", trigger_date="2026-02-20",
                                    act_final="2026-02-20")
    ui, register = card.ui, window.register
    assert ui.datesTable.item(4, 1).text() == "—"  # no decision is expected before the request is sent
    for status, field_name, day in OUTGOING_WALKS:
        card.set_action_date(day)
        card.action_buttons[status].click()
        case = store.cases.get(case_id)
        assert case.status == status and getattr(case, field_name) == day, status
        assert STATUS_NAMES[status][0] in ui.statusValue.text()
        assert register.model.data(register.model.index(row_of(register, case_id), 3)) == STATUS_NAMES[status][0]
        if status == "request_sent":
            # The decision is expected 7 working days after the request arrives, at the earliest the sending day.
            expected = compute_deadlines(case.rule, case.trigger_date, received=day,
                                         calendar=store.cases.calendar).decision_due
            assert ui.datesTable.item(4, 1).text() == f"{expected:%d.%m.%Y}"
            assert "27.02.2026" in ui.datesTable.item(4, 3).text()
            assert "истекает срок обжалования" in ui.statusValue.text()
        if status == "consented":
            assert case.decision == "consented" and "согласовано 04.03.2026" in ui.decisionValue.text()
        if status == "complaint_filed":
            assert case.next_due is None and "жалоба подана 05.03.2026" in ui.decisionValue.text()
    assert card.action_buttons == {}
    history = store.cases.history(case_id)
    assert [e["new"] for e in history if e["action"] == "status"] == [s for s, _, _ in OUTGOING_WALKS]


def test_the_received_date_recorded_later_recomputes_the_decision_due(register_window, store):
    from kelisim.law.deadlines import compute_deadlines

    window, case_id, card = card_of(register_window, rule="civil-appeal", trigger_date="2026-02-20",
                                    act_final="2026-02-20")
    card.set_action_date(date(2026, 2, 27))
    card.action_buttons["request_sent"].click()
    card.start_edit()
    card.ui.receivedOnEdit.setDate(qdate(date(2026, 3, 3)))
    assert card.save_edit()
    case = store.cases.get(case_id)
    expected = compute_deadlines(case.rule, case.trigger_date, received=date(2026, 3, 3),
                                 calendar=store.cases.calendar).decision_due
    assert case.due("decision_due") == expected
    assert card.ui.datesTable.item(4, 1).text() == f"{expected:%d.%m.%Y}" and card.ui.datesTable.item(4, 3).text() == ""
    assert card.ui.datesTable.item(3, 1).text() == "03.03.2026"


def test_refusal_and_back_to_draft(register_window, store):
    window, case_id, card = card_of(register_window)
    card.set_action_date(TODAY)
    card.action_buttons["request_sent"].click()
    card.action_buttons["draft"].click()
    assert store.cases.get(case_id).status == "draft"
    card.action_buttons["request_sent"].click()
    card.action_buttons["refused"].click()
    case = store.cases.get(case_id)
    assert case.status == "refused" and case.decision == "refused" and case.decision_date == TODAY
    assert "отказано" in card.ui.decisionValue.text() and set(card.action_buttons) == {"closed"}


def test_every_incoming_status_action_records_its_date(register_window, store):
    window, case_id, card = card_of(register_window, direction="incoming", received_on="2026-02-24",
                                    trigger_date="2026-02-20")
    ui = card.ui
    assert set(card.action_buttons) == {"under_review", "decided_consented", "decided_refused", "closed"}
    assert ui.datesTable.item(4, 3).text() == ""  # counted from the recorded receipt, not expected
    card.set_action_date(date(2026, 2, 25))
    card.action_buttons["under_review"].click()
    card.set_action_date(date(2026, 3, 2))
    card.action_buttons["decided_refused"].click()  # a refusal needs its grounds (Algorithm п. 8)
    assert store.cases.get(case_id).status == "under_review" and "обоснование" in ui.decideMessage.text()
    ui.decideReasonsEdit.setPlainText("оснований для обжалования нет")
    card.action_buttons["decided_refused"].click()
    case = store.cases.get(case_id)
    assert case.status == "decided_refused" and case.decision == "refused" and case.decision_date == date(2026, 3, 2)
    assert case.decision_reasons == "оснований для обжалования нет"
    assert "отказано 02.03.2026" in ui.decisionValue.text() and case.next_due is None
    card.action_buttons["closed"].click()
    assert store.cases.get(case_id).closed_on == date(2026, 3, 2) and "закрыто 02.03.2026" in ui.decisionValue.text()


def test_the_edit_form_speaks_kazakh(register_window, store):
    window, case_id, card = card_of(register_window)
    window.set_language("kk")
    card.start_edit()
    ui = card.ui
    assert ui.decisionCombo.itemText(0) != "none yet" and ui.languageCombo.itemText(1) == "Қазақ тілі"
    assert ui.partiesTable.item(0, 0).text() == "талапкер"
    assert ui.saveButton.text() != "&Save changes" and ui.cardTabs.tabText(3) != "Doc&uments"


def test_tab_walks_the_whole_edit_form_in_order(register_window, qtbot):
    from PySide6.QtWidgets import QApplication

    window, case_id, card = card_of(register_window)
    qtbot.waitExposed(card)
    card.activateWindow()
    card.start_edit()
    ui = card.ui
    ui.ruleCombo.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    visited = [QApplication.focusWidget()]
    for _ in range(80):
        card.focusNextPrevChild(True)
        QApplication.processEvents()
        if QApplication.focusWidget() is visited[0]:
            break
        visited.append(QApplication.focusWidget())
    names = [w.objectName() for w in visited]
    expected = ["ruleCombo", "courtRuEdit", "courtKkEdit", "caseNumberEdit", "actKindCombo", "announcedEdit",
                "finalEdit", "actReceivedEdit", "triggerEdit", "subjectEdit", "partiesTable", "addPartyButton",
                "removePartyButton", "requesterCombo", "approverCombo", "signatoryCombo", "executorNameEdit",
                "executorPhoneEdit", "languageCombo", "requestNumberEdit", "requestSentEdit", "incomingNumberEdit",
                "receivedOnEdit", "decisionCombo", "decisionDateEdit", "decisionReasonsEdit", "complaintFiledEdit",
                "closedOnEdit", "notesEdit", "changeReasonEdit", "saveButton", "cancelEditButton"]
    assert [n for n in names if n in expected] == expected
