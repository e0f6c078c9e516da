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
    window = register_window(250)
    case_id = window.register.model.case_id(0)
    source = tmp_path / "проект жалобы.pdf"
    source.write_bytes(PDF)
    store.attachments.add(case_id, source, "draft_complaint")
    store.cases.set_status(case_id, "request_sent", on=TODAY)
    window.register.refresh()
    for lang in ("ru", "kk"):
        window.set_language(lang)
        window.ui.tabs.setCurrentWidget(window.ui.registerTab)
        _grab(window, out / f"register-{lang}.png")
        card = window.open_case(case_id)
        card.resize(980, 720)
        for index, name in enumerate(("case", "deadlines", "attachments", "history")):
            card.ui.cardTabs.setCurrentIndex(index)
            _grab(card, out / f"card-{name}-{lang}.png")
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
