"""The whole road a newcomer takes, in Russian and in Kazakh, on real parts: a fresh data folder, the first start
(our body found in KATO, its head and executor), File → New request, the six wizard pages typed in the language of
the interface, Generate (DOCX files read back with python-docx), the case found in the register by typing in the
search box, its card opened with the keyboard, "request sent" recorded, and the status and deadlines checked in the
card, in the register and in the store."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QDesktopServices

from conftest import TODAY

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] " \
      b"/Count 2 >> endobj\n3 0 obj << /Type /Page >> endobj\n4 0 obj << /Type /Page >> endobj\n%%EOF\n"
KASYK = "314845000"  # Касыкский сельский округ (Қасық ауылдық округі), Кордайский район, Жамбылская область
KORDAI = "314800000"

# What the lawyer types, in the language of the interface.
TYPED = {
    "ru": {
        "search": "Касык", "head": "Жумабеков Ерлан Маратович", "executor": "Ахметова Динара", "phone": "8 (72636) 2-12-34",
        "court": "Кордайский районный суд Жамбылской области", "number": "2-417/2026",
        "plaintiff": "Қасымов Әлібек Серікұлы", "defendant": "ГУ «Аппарат акима Касыкского сельского округа»",
        "subject": "о признании права собственности на земельный участок", "outgoing": "04-12/318",
        "addressee": "Акиму Кордайского района", "found_in_list": "Касыкский сельский округ",
    },
    "kk": {
        "search": "Қасық", "head": "Жұмабеков Ерлан Маратұлы", "executor": "Ахметова Динара", "phone": "8 (72636) 2-12-34",
        "court": "Жамбыл облысы Қордай аудандық соты", "number": "2-418/2026",
        "plaintiff": "Қасымов Әлібек Серікұлы", "defendant": "«Қасық ауылдық округі әкімінің аппараты» ММ",
        "subject": "жер учаскесіне меншік құқығын тану туралы", "outgoing": "04-12/319",
        "addressee": "Қордай ауданының әкіміне", "found_in_list": "Қасық ауылдық округі",
    },
}


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


@pytest.fixture
def opened_urls(monkeypatch):
    """Generate opens the documents' folder: remember it instead of starting a file manager."""
    urls = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: urls.append(url) or True))
    return urls


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_a_newcomer_prepares_and_sends_a_request(lang, qtbot, type_text, fresh_ui, tmp_path, opened_urls):
    import docx

    from kelisim.law.deadlines import compute_deadlines
    from kelisim.ui import i18n
    from kelisim.ui.labels import status_name
    from kelisim.ui.main_window import MainWindow

    typed = TYPED[lang]
    i18n.apply_language(lang)
    window = MainWindow(today=TODAY)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)

    # ---------------------------------------------------------------- first start
    qtbot.waitUntil(lambda: window.first_start is not None, timeout=5000)
    page = window.first_start
    assert window.ui.registerStack.currentWidget() is page
    type_text(page.ui.bodySearchEdit, typed["search"])
    qtbot.waitUntil(lambda: page.results() != [], timeout=3000)
    assert page.results()[0] == KASYK
    assert typed["found_in_list"] in page.ui.bodyList.item(0).text()
    page.ui.bodyList.setCurrentRow(0)
    type_text(page.ui.headEdit, typed["head"])
    type_text(page.ui.executorEdit, typed["executor"])
    type_text(page.ui.phoneEdit, typed["phone"])
    with qtbot.waitSignal(page.done, timeout=3000):
        page.ui.saveButton.click()
    register = window.register
    assert register is not None and window.ui.registerStack.currentWidget() is register
    store = window.store
    assert store.bodies.own().kato == KASYK

    # ---------------------------------------------------------------- the wizard, from the File menu
    window.ui.actionNewRequest.trigger()
    from kelisim.ui.wizard import WizardDialog

    wizards = [w for w in window.findChildren(WizardDialog) if w.isVisible()]
    assert len(wizards) == 1
    wizard = wizards[0]
    qtbot.waitExposed(wizard)
    ui = wizard.ui

    # 1. the court act
    ui.procedureCombo.setCurrentIndex(ui.procedureCombo.findData("civil"))
    ui.ruleCombo.setCurrentIndex(ui.ruleCombo.findData("civil-appeal"))
    type_text(ui.courtEdit, typed["court"])
    type_text(ui.caseNumberEdit, typed["number"])
    wizard.set_party(0, "plaintiff", typed["plaintiff"])
    wizard.set_party(1, "defendant", typed["defendant"])
    type_text(ui.subjectEdit, typed["subject"])
    ui.announcedEdit.setDate(qdate(date(2026, 2, 13)))
    ui.finalEdit.setDate(qdate(date(2026, 2, 20)))
    ui.receivedEdit.setDate(qdate(date(2026, 2, 24)))
    assert wizard.next(), ui.datesError.text() + ui.partiesError.text()

    # 2. the bodies: routing proposes the district akim on п. 2 пп. 8
    assert wizard.proposed.kato == KORDAI
    assert "2" in ui.basisValue.text() and "8" in ui.basisValue.text()
    assert wizard.next()

    # 3. the attachments
    for role, name in (("draft_complaint", "жалоба.pdf"), ("court_act", "решение.pdf")):
        path = tmp_path / name
        path.write_bytes(PDF)
        assert wizard.add_files(role, [path]) == 1
    assert wizard.next()

    # 4. the deadlines, as the law computes them on the store's calendar
    chain = compute_deadlines("civil-appeal", date(2026, 2, 20), today=TODAY, calendar=store.cases.calendar)
    assert ui.expiryValue.text().startswith(f"{chain.expiry:%d.%m.%Y}")
    assert ui.latestValue.text().startswith(f"{chain.request_latest:%d.%m.%Y}")
    assert wizard.next()

    # 5. signatory (the head named at the first start), executor, outgoing number, the documents' language
    assert ui.signatoryCombo.currentText().startswith(typed["head"])
    assert ui.executorNameEdit.text() == typed["executor"]
    type_text(ui.requestNumberEdit, typed["outgoing"])
    ui.languageCombo.setCurrentIndex(ui.languageCombo.findData(lang))
    assert wizard.next()

    # 6. review and Generate
    assert wizard.current_page() == 5
    assert wizard.missing() == [], wizard.missing()
    review = ui.reviewBrowser.toPlainText()
    for text in (typed["number"], typed["court"], "жалоба.pdf", f"{chain.expiry:%d.%m.%Y}", typed["outgoing"]):
        assert text in review
    paths = wizard.generate()
    assert len(paths) >= 2 and all(p.suffix == ".docx" and p.stat().st_size > 0 for p in paths)
    assert opened_urls and opened_urls[-1].toLocalFile() == str(paths[0].parent)
    texts = {p.name: "\n".join(par.text for par in docx.Document(p).paragraphs) for p in paths}
    letter = next(t for t in texts.values() if typed["addressee"] in t)
    for text in (typed["number"], typed["outgoing"], typed["subject"]):
        assert text in letter
    case_id = wizard.case_id
    history = store.cases.history(case_id)
    assert sum(1 for e in history if e["action"] == "document") == len(paths)
    wizard.close()

    # ---------------------------------------------------------------- the register: found by typing
    register.clear_filters()
    type_text(register.ui.searchEdit, typed["number"][:5])
    qtbot.waitUntil(lambda: register.model.total == 1 and register.model.case_id(0) == case_id, timeout=3000)
    row = register.model.row(0)
    assert row["status"] == "draft" and row["next_due_kind"] == "request_latest"
    assert row["next_due"] == chain.request_latest.isoformat()

    # The card opens with the keyboard (Enter on the selected row).
    view = register.ui.table
    view.setFocus()
    view.setCurrentIndex(register.model.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: case_id in window.case_cards, timeout=3000)
    card = window.case_cards[case_id]
    qtbot.waitExposed(card)

    # ---------------------------------------------------------------- "request sent" on the next working day
    sent_on = date(2026, 3, 3)
    card.set_action_date(sent_on)
    card.action_buttons["request_sent"].click()
    case = store.cases.get(case_id)
    assert case.status == "request_sent" and case.request_sent == sent_on
    assert case.next_due_kind == "expiry" and case.next_due == chain.expiry
    assert sent_on <= chain.request_latest  # in time: no lateness to report
    status_text = card.ui.statusValue.text()
    assert f"{chain.expiry:%d.%m.%Y}" in status_text
    actions = [e for e in store.cases.history(case_id) if e["action"] == "status"]
    assert actions[-1]["new"] == "request_sent"

    # The register shows the new status and the expiry as the deadline it now waits for.
    register.refresh()
    qtbot.waitUntil(lambda: register.model.total == 1, timeout=3000)
    row = register.model.row(0)
    assert row["status"] == "request_sent" and row["next_due"] == chain.expiry.isoformat()
    assert register.model.data(register.model.index(0, 3)) == status_name("request_sent")
    card.close()
    window.close()
