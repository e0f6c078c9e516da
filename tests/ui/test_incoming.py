"""The approving side in the window (issue 6, points 1–2): an incoming request registered through its dialog (in
Russian and in Kazakh, by keyboard alone, a refusal that keeps what was typed, files checked on the spot and dropped
on their line), the Review tab of its card (the decision's due date, the findings of the check against the
Algorithm, the proposal and who signs the decision, the decision with its grounds, the proposal and the decision
written as DOCX and read back), and the register's incoming chips. Screenshots of the dialog and the tab.

We are the legal service of the akim of Kordai district (KATO 314800000, Zhambyl oblast). The akim of Kasyk rural
district (314845000) is below us: by the Algorithm п. 2 пп. 8 his requests come to us. The court act is a decision of
23.02.2026 in final form: the appeal term expires on 26.03.2026 (after Nauryz) and the request had to be sent by
06.03.2026; today is 06.03.2026.
"""
from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from conftest import TODAY as _UNUSED  # noqa: F401 - the UI tests' shared fixtures live there

DAY = date(2026, 3, 6)  # a Friday
KORDAI, KASYK, ASA = "314800000", "314845000", "314030000"
PDF = (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >>"
       b" endobj\n3 0 obj << /Type /Page >> endobj\n%%EOF\n")
COURT = "Кордайский районный суд Жамбылской области"
SUBJECT = "о сносе самовольной постройки"


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def our_district(store):
    """Our body: the akim of Kordai district from KATO, with its head, a deputy who supervises the legal service and
    the head of the legal service."""
    from kelisim.store import Official

    body = store.bodies.from_kato(KORDAI)
    store.bodies.set_own(body.id)
    store.officials.add(Official(None, body.id, "first_head", "Жумабеков Ерлан Маратович",
                                 position_ru="Аким Кордайского района"))
    store.officials.add(Official(None, body.id, "deputy", "Сейткали Айгерим Нурлановна", supervises_legal=True,
                                 position_ru="Заместитель акима Кордайского района"))
    store.officials.add(Official(None, body.id, "legal_head", "Омаров Данияр Асқарұлы",
                                 position_ru="Руководитель юридического отдела"))
    return body


@pytest.fixture
def approver_window(qtbot, store):
    from kelisim.ui.main_window import MainWindow

    our_district(store)
    window = MainWindow(store=store, today=DAY)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.ensure_register()
    yield window
    window.close()


@pytest.fixture
def files(tmp_path):
    out = {}
    for role, name in (("draft_complaint", "проект жалобы.pdf"), ("court_act", "решение суда.pdf"),
                       ("request_letter", "письмо-запрос.pdf")):
        path = tmp_path / name
        path.write_bytes(PDF)
        out[role] = path
    return out


def fill_dialog(dialog, type_text, files, *, search="Касык", expect=KASYK, received=DAY, case_number="2-77/2026"):
    """Everything the letter of the akim of Kasyk says (``expect``: the body found first)."""
    ui = dialog.ui
    for edit in (ui.requesterSearchEdit, ui.signatoryNameEdit, ui.courtEdit, ui.caseNumberEdit, ui.subjectEdit):
        edit.clear()
    type_text(ui.requesterSearchEdit, search)
    dialog.finder.search()
    assert dialog.finder.results()[0] == expect
    ui.requesterList.setCurrentRow(0)
    ui.outgoingNumberEdit.setText("исх-12")
    ui.outgoingDateEdit.setDate(qdate(date(2026, 3, 5)))
    type_text(ui.signatoryNameEdit, "Сейтқали Нұрлан Ержанұлы")
    ui.signatoryRoleCombo.setCurrentIndex(ui.signatoryRoleCombo.findData("first_head"))
    ui.incomingNumberEdit.setText("вх-145")
    ui.receivedEdit.setDate(qdate(received))
    ui.procedureCombo.setCurrentIndex(ui.procedureCombo.findData("civil"))
    ui.ruleCombo.setCurrentIndex(ui.ruleCombo.findData("civil-appeal"))
    type_text(ui.courtEdit, COURT)
    if case_number:
        type_text(ui.caseNumberEdit, case_number)
    dialog.party_editor.set(0, "plaintiff", "Қасымов Әлібек Серікұлы")
    dialog.party_editor.set(1, "defendant", "ГУ «Аппарат акима Касыкского сельского округа»")
    type_text(ui.subjectEdit, SUBJECT)
    ui.announcedEdit.setDate(qdate(date(2026, 2, 18)))
    ui.finalEdit.setDate(qdate(date(2026, 2, 23)))
    for role in ("draft_complaint", "court_act", "request_letter"):
        if all(f.role != role for f in dialog.files):
            assert dialog.add_files(role, [files[role]]) == 1


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_an_incoming_request_is_registered_through_the_dialog(lang, approver_window, store, type_text, files):
    from kelisim.ui import i18n

    window = approver_window
    window.set_language(lang)
    window.ui.actionRegisterIncoming.trigger()  # File → Register an incoming request
    dialog = window.incoming_dialog
    ui = dialog.ui
    assert dialog.windowTitle() == {"ru": "Регистрация входящего запроса", "kk": "Кіріс сұрау салуды тіркеу"}[lang]
    assert store.bodies.own().name(lang) in ui.approverValue.text()
    fill_dialog(dialog, type_text, files, search={"ru": "Касык", "kk": "Қасық"}[lang])
    # Routing says the Algorithm sends this body's requests to us (п. 2 пп. 8).
    assert ui.routeHint.isVisible() and {"ru": "к нам", "kk": "бізге"}[lang] in ui.routeHint.text()
    assert "п. 2 пп. 8" in ui.routeHint.text() or "2-тармақ" in ui.routeHint.text()
    assert ui.attachmentsTable.rowCount() == 3 and "✓" in ui.dropDraftState.text()

    ui.registerButton.click()
    [row] = store.cases.list(direction="incoming")
    case = store.cases.get(row["id"])
    assert case.status == "received" and case.direction == "incoming" and case.language == i18n.document_language()
    assert store.bodies.get(case.requester_id).kato == KASYK and case.approver_id == store.bodies.own().id
    assert (case.request_number, case.request_sent, case.incoming_number, case.received_on) == \
        ("исх-12", date(2026, 3, 5), "вх-145", DAY)
    assert (case.request_signatory_name, case.request_signatory_role) == ("Сейтқали Нұрлан Ержанұлы", "first_head")
    assert (case.court_ru, case.case_number, case.subject) == (COURT, "2-77/2026", SUBJECT)
    assert case.trigger_date == date(2026, 2, 23) and case.act_announced == date(2026, 2, 18)
    assert [(p.role, p.name) for p in case.parties][0] == ("plaintiff", "Қасымов Әлібек Серікұлы")
    assert case.route_basis == "Алгоритм, п. 2 пп. 8"
    assert [a.role for a in store.attachments.of_case(case.id)] == ["draft_complaint", "court_act", "request_letter"]
    # The dialog is gone, the card is open on its Review tab, the register lists the request.
    assert window.incoming_dialog is None
    card = window.case_cards[case.id]
    assert card.ui.cardTabs.currentWidget() is card.ui.reviewTab and card.ui.cardTabs.indexOf(card.ui.reviewTab) == 1
    assert card.findings_codes() == []
    assert window.register.model.total == 1


def test_a_refusal_on_a_missing_field_keeps_what_was_typed(approver_window, store, type_text, files):
    window = approver_window
    dialog = window.open_incoming()
    ui = dialog.ui
    type_text(ui.courtEdit, COURT)
    type_text(ui.subjectEdit, SUBJECT)
    ui.finalEdit.setDate(qdate(date(2026, 2, 23)))
    assert dialog.add_files("court_act", [files["court_act"]]) == 1
    assert dialog.register() is None
    assert store.cases.count() == 0 and dialog.isVisible()
    assert dialog.error_text("requesterError") == "Найдите орган, направивший запрос, и выберите его в списке."
    assert "номер дела" in dialog.error_text("caseNumberError")
    assert dialog.error_text("courtError") == "" and dialog.error_text("subjectError") == ""
    assert dialog.focusWidget() is ui.requesterSearchEdit  # the first problem has the focus
    # Nothing typed is lost; the messages follow the language.
    assert ui.courtEdit.text() == COURT and ui.subjectEdit.toPlainText() == SUBJECT
    assert ui.finalEdit.date() == qdate(date(2026, 2, 23)) and len(dialog.files) == 1
    window.set_language("kk")
    assert dialog.error_text("requesterError") == "Сұрау салған органды тауып, оны тізімнен таңдаңыз."
    window.set_language("ru")

    # A letter dated after its receipt is refused on the spot too; then everything is in place.
    fill_dialog(dialog, type_text, files)
    ui.outgoingDateEdit.setDate(qdate(date(2026, 3, 9)))
    assert dialog.register() is None and "обе даты" in dialog.error_text("outgoingError")
    ui.outgoingDateEdit.setDate(qdate(date(2026, 3, 5)))
    case_id = dialog.register()
    assert case_id is not None and store.cases.get(case_id).court_ru == COURT


def test_a_body_of_the_register_is_offered_and_routed_by_its_parents(approver_window, store, type_text, files):
    """A local executive body KATO does not hold, recorded in the register under our akimat (п. 2 пп. 5)."""
    from kelisim.store import Body

    ours = store.bodies.own()
    department = store.bodies.add(Body(None, "local_executive_body", "ГУ «Отдел земельных отношений Кордайского района»",
                                       name_kk="«Қордай ауданының жер қатынастары бөлімі» ММ", parent_id=ours.id))
    dialog = approver_window.open_incoming()
    type_text(dialog.ui.requesterSearchEdit, "земельных")
    dialog.finder.search()
    assert dialog.finder.results()[0] == f"body:{department.id}"
    assert dialog.ui.requesterList.item(0).text() == "ГУ «Отдел земельных отношений Кордайского района» (в реестре)"
    fill_dialog(dialog, type_text, files, search="земельных", expect=f"body:{department.id}")
    assert dialog.finder.chosen() == ("body", department.id) and dialog.routed_to_us
    assert "п. 2 пп. 5" in dialog.ui.routeHint.text() and "Из реестра" in dialog.ui.requesterChosen.text()
    case = store.cases.get(dialog.register())
    assert case.requester_id == department.id and case.approver_id == ours.id


def test_files_are_checked_on_the_spot_and_dropped_on_their_line(approver_window, store, tmp_path, files):
    dialog = approver_window.open_incoming()
    not_pdf = tmp_path / "акт.pdf"
    not_pdf.write_text("это не PDF", encoding="utf-8")
    assert dialog.add_files("court_act", [not_pdf]) == 0
    assert "PDF" in dialog.error_text("attachmentsError") and dialog.files == []

    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(files["draft_complaint"]))])
    frame = dialog.ui.dropDraft
    enter = QDragEnterEvent(frame.rect().center(), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(frame, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(frame, QDropEvent(QPointF(frame.rect().center()), Qt.DropAction.CopyAction, data,
                                             Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    assert [(f.role, f.name, f.pages) for f in dialog.files] == [("draft_complaint", "проект жалобы.pdf", 1)]
    assert "проект жалобы.pdf" in dialog.ui.dropDraftState.text()
    dialog.ui.attachmentsTable.cellWidget(0, 3).click()  # Remove
    assert dialog.files == [] and "не приложен" in dialog.ui.dropDraftState.text() and store.cases.count() == 0


def incoming_case(store, files, **extra) -> int:
    """A request registered as the dialog does (the store's register_case), from the akim of Kasyk."""
    from kelisim.store.register import NewAttachment, register_case

    fields = {"rule": "civil-appeal", "direction": "incoming", "court_ru": COURT, "case_number": "2-77/2026",
              "subject": SUBJECT, "act_kind": "решение", "act_final": "2026-02-23", "received_on": "2026-03-06",
              "incoming_number": "вх-145", "request_sent": "2026-03-05", "request_number": "исх-12",
              "request_signatory_role": "first_head", "request_signatory_name": "Сейтқали Нұрлан Ержанұлы",
              "parties": [{"role": "plaintiff", "name": "Иванов Иван Иванович"}],
              "approver_id": store.bodies.own().id}
    fields.update(extra)
    case = register_case(store, fields, requester_kato=KASYK, approver_kato=KORDAI,
                         attachments=[NewAttachment(r, files[r]) for r in ("draft_complaint", "court_act")],
                         today=DAY)
    return case.id


def late_case(store, files) -> int:
    """A decision of 16.02.2026: the term expires on 16.03.2026, so the request had to leave by 27.02.2026 (9 March
    is off); it was sent on 05.03.2026, signed by a deputy."""
    return incoming_case(store, files, case_number="2-78/2026", act_final="2026-02-16", request_sent="2026-03-05",
                         request_signatory_role="deputy", request_signatory_name="Ахметов Болат Серикович")


def test_the_review_tab_shows_the_findings_of_a_late_request_and_none_for_a_good_one(approver_window, store, files):
    window = approver_window
    good = incoming_case(store, files)
    late = late_case(store, files)
    window.register.refresh()
    card = window.open_case(good)
    ui = card.ui
    assert card.findings_codes() == []
    assert ui.findingsLabel.text().startswith("✓ Замечаний не найдено")
    # Decide within 7 working days of receipt (Fri 06.03): 8 March falls on a Sunday, so Monday 09.03 is off → 18.03.
    assert "18.03.2026" in ui.dueValue.text() and "осталось рабочих дней: 7" in ui.dueValue.text()
    assert ui.dueValue.property("urgency") == "soon"  # 7 working days or less: yellow
    card.close()

    card = window.open_case(late)
    ui = card.ui
    assert {"request-late", "signatory-not-head"} <= set(card.findings_codes())
    text = ui.findingsLabel.text()
    assert "позже последнего дня направления" in text and "Алгоритм, п. 6 ч. 3" in text
    assert "Алгоритм, п. 6 ч. 1" in text and "Нарушений: 2" in text
    assert not ui.explainBrowser.isVisible()
    ui.explainButton.click()
    assert ui.explainBrowser.isVisible() and "Как рассчитаны сроки" in ui.explainBrowser.toPlainText()
    window.set_language("kk")
    assert "Бұзушылықтар: 2" in ui.findingsLabel.text() and "6-тармақ" in ui.findingsLabel.text()
    assert ui.cardTabs.tabText(1) == "Т&ексеру"


def test_the_proposal_and_the_decision_are_recorded_and_counted_then_written(approver_window, store, files,
                                                                             monkeypatch):
    from docx import Document

    window = approver_window
    register = window.register
    overdue = incoming_case(store, files, case_number="2-70/2026", received_on="2026-02-24",
                            request_sent="2026-02-24")  # decision was due 05.03.2026
    case_id = incoming_case(store, files)
    register.refresh()
    assert (register.dashboard["incoming_late"], register.dashboard["incoming_due_soon"]) == (1, 0)
    assert register.ui.lateIncomingButton.isVisible() and register.ui.lateIncomingButton.text() == \
        "Решения просрочены: 1"
    register.ui.lateIncomingButton.click()  # its list: requests to us whose decision is late
    assert register.ui.directionCombo.currentData() == "incoming" and register.ui.overdueCheck.isChecked()
    assert register.model.total == 1 and register.model.case_id(0) == overdue

    card = window.open_case(case_id)
    ui = card.ui
    # The legal service proposes to consent; the deputy who supervises it signs, with the documents of her authority.
    ui.consentRadio.setChecked(True)
    ui.proposalReasonsEdit.setPlainText("Основания для апелляционного обжалования имеются: суд не применил ст. 244 ГК.")
    ui.proposalDateEdit.setDate(qdate(date(2026, 3, 10)))
    deputy = next(o for o in store.officials.of_body(store.bodies.own().id) if o.role == "deputy")
    ui.decisionSignatoryCombo.setCurrentIndex(ui.decisionSignatoryCombo.findData(deputy.id))
    assert ui.authorityEdit.isVisible() and "подтверждающие" in ui.signatoryHint.text()
    ui.authorityEdit.setText("приказ № 15-к от 10.01.2026 о распределении обязанностей")
    ui.saveReviewButton.click()
    case = store.cases.get(case_id)
    assert (case.proposal, case.proposal_date, case.decision_signatory_id) == ("consent", date(2026, 3, 10), deputy.id)
    assert case.proposal_reasons.startswith("Основания") and ui.reviewSavedLabel.text() == "Сохранено."
    assert store.officials.get(deputy.id).authority_documents.startswith("приказ № 15-к")
    # The grounds of the decision come from the proposal.
    assert ui.decideReasonsEdit.toPlainText() == case.proposal_reasons
    ui.startReviewButton.click()
    assert store.cases.get(case_id).status == "under_review"
    ui.decideDateEdit.setDate(qdate(date(2026, 3, 11)))
    ui.consentButton.click()
    case = store.cases.get(case_id)
    assert (case.status, case.decision, case.decision_date) == ("decided_consented", "consented", date(2026, 3, 11))
    assert case.decision_reasons == case.proposal_reasons
    assert "Решено 11.03.2026: согласовать" in ui.decisionState.text() and not ui.consentButton.isVisible()
    assert register.dashboard["incoming_open"] == 1  # the register was refreshed: only the overdue one is open

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    paths = card.generate_review()
    assert sorted(p.name.split(" ", 1)[1] for p in paths) == ["Предложение юридической службы — дело 2-77-2026.docx",
                                                              "Решение о согласовании — дело 2-77-2026.docx"] or \
        len(paths) == 2
    assert Path(opened[-1].toLocalFile()) == paths[0].parent
    decision = next(p for p in paths if "Решение" in p.name)
    document = Document(str(decision))  # python-docx: the body's paragraphs, and those of its tables (the signature)
    text = "\n".join([p.text for p in document.paragraphs]
                     + [p.text for t in document.tables for row in t.rows for c in row.cells for p in c.paragraphs])
    # The four things a decision must contain (Algorithm п. 8).
    assert "Наименование вышестоящего административного органа: Аппарат акима Кордайского района" in text
    assert f"Наименование суда: {COURT}" in text
    assert f"Предмет иска: {SUBJECT}" in text
    assert "Согласовать право апелляционного обжалования решения по делу № 2-77/2026" in text
    assert "суд не применил ст. 244 ГК" in text
    assert "приказ № 15-к от 10.01.2026" in text and "А.Н. Сейткали" in text  # the deputy signs, with her documents


def test_a_refusal_needs_its_grounds(approver_window, store, files):
    card = approver_window.open_case(incoming_case(store, files))
    ui = card.ui
    ui.refuseRadio.setChecked(True)
    ui.saveReviewButton.click()  # a proposal to refuse without reasons
    assert store.cases.get(card.case_id).proposal is None and "причины" in ui.reviewSavedLabel.text()
    ui.proposalReasonsEdit.setPlainText("Суд правильно применил нормы материального права.")
    ui.refuseButton.click()  # the proposal is saved first; the grounds come from it
    case = store.cases.get(card.case_id)
    assert (case.proposal, case.status, case.decision) == ("refuse", "decided_refused", "refused")
    assert case.decision_reasons == "Суд правильно применил нормы материального права." and case.decision_date == DAY


def test_the_incoming_chips_show_for_an_approving_tier_or_open_requests(qtbot, store):
    from conftest import own_body

    from kelisim.ui.main_window import MainWindow

    own_body(store)  # a rural district: nobody asks it for consent
    window = MainWindow(store=store, today=DAY)
    qtbot.addWidget(window)
    window.show()
    register = window.ensure_register()
    assert not register.ui.lateIncomingButton.isVisibleTo(window) and register.ui.incomingButton.isVisibleTo(window)
    store.cases.create({"rule": "civil-appeal", "direction": "incoming", "trigger_date": "2026-02-23",
                        "received_on": "2026-03-02"}, today=DAY)
    register.refresh()
    assert register.ui.weekIncomingButton.isVisibleTo(window)
    assert register.ui.weekIncomingButton.text() == "Решения на неделе: 1"
    register.ui.weekIncomingButton.click()
    assert register.ui.dueWithinCheck.isChecked() and register.model.total == 1
    register.ui.incomingButton.click()  # the button beside "New request…" opens the dialog
    assert window.incoming_dialog is not None and window.incoming_dialog.isVisible()
    window.close()


def test_the_dialog_works_by_keyboard_alone(approver_window, qtbot, type_text, files):
    from test_keyboard import audit, tab_walk, visible_inputs

    window = approver_window
    dialog = window.open_incoming()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    for lang in ("ru", "kk"):
        window.set_language(lang)
        assert audit(dialog) == [], lang
    window.set_language("ru")
    dialog.add_files("court_act", [files["court_act"]])  # a row of the files table joins the chain at its place
    visited = tab_walk(dialog, dialog.ui.requesterSearchEdit)
    missing = [w.objectName() or type(w).__name__ for w in visible_inputs(dialog) if w not in visited]
    assert missing == []
    # Enter in the search box takes the first body; Enter elsewhere moves on; Ctrl+Enter registers; Esc closes.
    type_text(dialog.ui.requesterSearchEdit, "Касык")
    qtbot.keyClick(dialog.ui.requesterSearchEdit, Qt.Key.Key_Return)
    assert dialog.finder.chosen() == ("kato", KASYK) and dialog.focusWidget() is dialog.ui.outgoingNumberEdit
    qtbot.keyClick(dialog.ui.outgoingNumberEdit, Qt.Key.Key_Return)
    assert dialog.focusWidget() is not dialog.ui.outgoingNumberEdit and dialog.isVisible()
    qtbot.keyClick(dialog.ui.courtEdit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible() and dialog.error_text("caseNumberError")  # refused: nothing registered
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and window.incoming_dialog is None


def _grab(widget, path: Path) -> None:
    for _ in range(3):  # a language switch re-lays the widgets out on the next turns of the event loop
        QApplication.processEvents()
    assert widget.grab().save(str(path))


def test_screenshots_of_the_dialog_and_the_review_tab(approver_window, store, type_text, files, tmp_path):
    """With KELISIM_SCREENSHOTS=<folder> the pictures are kept there."""
    out = Path(os.environ.get("KELISIM_SCREENSHOTS") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    window = approver_window
    dialog = window.open_incoming()
    dialog.resize(1180, 900)  # a screen of 1080 lines
    fill_dialog(dialog, type_text, files)
    late = late_case(store, files)
    window.register.refresh()
    card = window.open_case(late)
    card.resize(1000, 800)
    for lang in ("ru", "kk"):
        window.set_language(lang)
        _grab(dialog, out / f"incoming-dialog-{lang}.png")
        _grab(card, out / f"card-review-{lang}.png")
        bar = card.ui.reviewScroll.verticalScrollBar()
        bar.setValue(bar.maximum())
        _grab(card, out / f"card-review-end-{lang}.png")
        bar.setValue(0)
        window.ui.tabs.setCurrentWidget(window.ui.registerTab)
        _grab(window, out / f"register-incoming-{lang}.png")
    window.set_language("ru")
