"""The new-request wizard: a full walk on real KATO bodies, Back keeps what was typed, the draft survives closing,
attachments checked on the spot, the override needs a reason, both languages live; screenshots of every page."""
from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QUrl
from PySide6.QtGui import QDesktopServices, QImage

from conftest import TODAY

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] " \
      b"/Count 2 >> endobj\n3 0 obj << /Type /Page >> endobj\n4 0 obj << /Type /Page >> endobj\n%%EOF\n"
KASYK = "314845000"  # Касыкский сельский округ, Кордайский район, Жамбылская область
KORDAI = "314800000"


def kato_own_body(store):
    """Our body from KATO (with its parents), its head and an executor, as the first start leaves them."""
    from kelisim.store import Official

    body = store.bodies.from_kato(KASYK)
    store.bodies.set_own(body.id)
    store.officials.add(Official(None, body.id, "first_head", "Жумабеков Ерлан Маратович"))
    store.officials.add(Official(None, body.id, "deputy", "Сейткали Айгерим Нурлановна"))
    store.officials.add(Official(None, body.id, "executor", "Ахметова Динара Серикқызы", phone="8 (72636) 2-12-34"))
    return body


@pytest.fixture
def wizard_window(qtbot, store):
    from kelisim.ui.main_window import MainWindow

    kato_own_body(store)
    window = MainWindow(store=store, today=TODAY)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    window.ensure_register()
    yield window
    window.close()  # the wizards save their drafts while the store is open


@pytest.fixture
def wizard(wizard_window, qtbot):
    w = wizard_window.open_wizard()
    qtbot.waitExposed(w)
    return w


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def fill_act(wizard, type_text, *, final=date(2026, 2, 20)):
    ui = wizard.ui
    ui.procedureCombo.setCurrentIndex(ui.procedureCombo.findData("civil"))
    ui.ruleCombo.setCurrentIndex(ui.ruleCombo.findData("civil-appeal"))
    type_text(ui.courtEdit, "Кордайский районный суд Жамбылской области")
    type_text(ui.caseNumberEdit, "2-417/2026")
    wizard.set_party(0, "plaintiff", "Қасымов Әлібек Серікұлы")
    wizard.set_party(1, "defendant", "ГУ «Аппарат акима Касыкского сельского округа»")
    type_text(ui.subjectEdit, "о признании права собственности на земельный участок")
    ui.announcedEdit.setDate(qdate(date(2026, 2, 13)))
    ui.finalEdit.setDate(qdate(final))
    ui.receivedEdit.setDate(qdate(date(2026, 2, 24)))


def pdf(tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    path.write_bytes(PDF)
    return path


def test_a_full_walk_on_real_kato_bodies(wizard, wizard_window, store, type_text, tmp_path):
    from kelisim.law.deadlines import compute_deadlines

    ui = wizard.ui
    assert wizard.current_page() == 0 and not ui.backButton.isEnabled()
    assert ui.ruleCombo.currentText() == "Апелляционная жалоба на решение суда первой инстанции"
    fill_act(wizard, type_text)
    assert wizard.next()
    case = store.cases.get(wizard.case_id)
    assert case.status == "draft" and case.case_number == "2-417/2026"
    assert case.trigger_date == date(2026, 2, 20) and case.act_announced == date(2026, 2, 13)
    assert [p.role for p in case.parties] == ["plaintiff", "defendant"]
    assert case.parties[0].name == "Қасымов Әлібек Серікұлы"

    # Step 2: our body asks the Кордай district akim (Algorithm п. 2 пп. 8).
    assert wizard.current_page() == 1
    assert "Касыкский сельский округ" in ui.requesterCombo.currentText()
    assert ui.approverValue.text().startswith("Аким Кордайского района")
    assert "п. 2 пп. 8" in ui.basisValue.text()
    assert wizard.proposed.kato == KORDAI
    assert wizard.next()
    case = store.cases.get(wizard.case_id)
    assert store.bodies.get(case.approver_id).kato == KORDAI
    assert case.route_basis == "Алгоритм, п. 2 пп. 8" and case.approver_override_reason == ""

    # Step 3: attachments checked and stored at once, pages read from the file and editable.
    assert wizard.add_files("draft_complaint", [pdf(tmp_path, "проект жалобы.pdf")]) == 1
    assert wizard.add_files("court_act", [pdf(tmp_path, "решение.pdf")]) == 1
    attachments = store.attachments.of_case(wizard.case_id)
    assert [a.role for a in attachments] == ["draft_complaint", "court_act"] and attachments[0].pages == 2
    assert ui.attachmentsTable.rowCount() == 2
    spin = ui.attachmentsTable.cellWidget(1, 2)
    assert spin.value() == 2
    spin.setValue(5)
    assert store.attachments.of_case(wizard.case_id)[1].pages == 5
    assert "✓" in ui.dropDraftState.text()
    assert wizard.next()

    # Step 4: deadlines on the store's calendar, warnings, the trail on demand, the timeline.
    expected = compute_deadlines("civil-appeal", date(2026, 2, 20), today=TODAY, calendar=store.cases.calendar)
    assert ui.expiryValue.text().startswith(f"{expected.expiry:%d.%m.%Y}")
    assert ui.latestValue.text().startswith(f"{expected.request_latest:%d.%m.%Y}")
    assert ui.decisionValue.text() != "—"
    assert not ui.trailBrowser.isVisible()
    ui.explainButton.click()
    assert ui.trailBrowser.isVisible() and "Основание" in ui.trailBrowser.toPlainText()
    assert len(wizard.timeline.points) == 4
    assert wizard.next()

    # Step 5: the head signs; the executor saved at the first start is proposed.
    assert ui.signatoryCombo.currentText().startswith("Жумабеков Ерлан Маратович")
    assert ui.executorNameEdit.text() == "Ахметова Динара Серикқызы"
    type_text(ui.requestNumberEdit, "04-12/318")
    ui.languageCombo.setCurrentIndex(ui.languageCombo.findData("kk"))
    assert wizard.next()
    case = store.cases.get(wizard.case_id)
    assert case.signatory_id is not None and case.executor_name == "Ахметова Динара Серикқызы"
    assert case.request_number == "04-12/318" and case.language == "kk"

    # Step 6: the review says everything, nothing is missing, Generate is on.
    assert wizard.current_page() == 5 and not ui.nextButton.isVisible()
    review = ui.reviewBrowser.toPlainText()
    for text in ("2-417/2026", "Кордайский районный суд", "аким Кордайского района", "проект жалобы.pdf",
                 f"{expected.expiry:%d.%m.%Y}", "04-12/318"):
        assert text in review
    assert wizard.missing() == [] and ui.generateButton.isEnabled()

    # "Edit" goes back to its page.
    wizard._on_review_link(QUrl("edit:1"))
    assert wizard.current_page() == 1
    wizard_window.register.refresh()
    assert wizard_window.register.model.total == 1


def test_back_keeps_what_was_typed(wizard, type_text):
    ui = wizard.ui
    fill_act(wizard, type_text)
    assert wizard.next()
    ui.overrideCheck.setChecked(True)
    type_text(ui.overrideReasonEdit, "причина")
    assert wizard.back()
    assert ui.courtEdit.text() == "Кордайский районный суд Жамбылской области"
    assert ui.caseNumberEdit.text() == "2-417/2026"
    assert wizard.parties()[0]["name"] == "Қасымов Әлібек Серікұлы"
    assert ui.subjectEdit.toPlainText() == "о признании права собственности на земельный участок"
    assert ui.finalEdit.date() == qdate(date(2026, 2, 20))
    assert wizard.next()
    assert ui.overrideCheck.isChecked() and ui.overrideReasonEdit.text() == "причина"


def test_an_invalid_act_stays_on_page_one_with_the_message_beside_the_field(wizard, store, type_text):
    ui = wizard.ui
    fill_act(wizard, type_text)
    ui.receivedEdit.setDate(qdate(date(2026, 2, 10)))  # before the final form
    assert not wizard.next()
    assert wizard.current_page() == 0 and wizard.case_id is None
    assert ui.datesError.isVisible() and "раньше" in ui.datesError.text()
    wizard.set_party(0, id_number="123456789012")  # a bad check digit
    ui.receivedEdit.setDate(qdate(date(2026, 2, 24)))
    assert not wizard.next()
    assert ui.partiesError.isVisible() and not ui.datesError.isVisible()
    wizard.set_party(0, id_number="")
    ui.finalEdit.setDate(ui.finalEdit.minimumDate())
    assert not wizard.next()
    assert "окончательной форме" in ui.datesError.text()
    wizard.set_party(0, id_number="123456789012")
    ui.finalEdit.setDate(qdate(date(2026, 2, 20)))
    assert not wizard.next()
    from kelisim.ui import i18n

    ru = ui.partiesError.text()
    i18n.apply_language("kk", remember=False)
    assert ui.partiesError.text() != ru and "ЖСН" in ui.partiesError.text() or "БСН" in ui.partiesError.text()
    assert store.cases.count() == 0


def test_the_draft_stays_in_the_register_after_closing_mid_way(wizard, wizard_window, store, type_text, qtbot):
    fill_act(wizard, type_text)
    assert wizard.next()
    wizard.ui.requesterCombo.setCurrentIndex(0)
    wizard.close()
    register = wizard_window.register
    assert register.model.total == 1
    row = register.model.row(0)
    assert row["status"] == "draft" and row["case_number"] == "2-417/2026"
    assert register.model.data(register.model.index(0, 3)) == "черновик"

    # Resumed from the case card: the wizard opens on the draft with every answer.
    card = wizard_window.open_case(row["id"])
    assert card.ui.resumeButton.isVisible()
    card.ui.resumeButton.click()
    resumed = wizard_window.wizards[row["id"]]
    assert resumed.case_id == row["id"]
    assert resumed.ui.caseNumberEdit.text() == "2-417/2026"
    assert resumed.parties()[1]["name"] == "ГУ «Аппарат акима Касыкского сельского округа»"
    assert resumed.ui.finalEdit.date() == qdate(date(2026, 2, 20))
    resumed.ui.caseNumberEdit.setText("2-418/2026")
    assert resumed.next()
    assert store.cases.get(row["id"]).case_number == "2-418/2026"
    assert store.cases.count() == 1


def test_closing_on_page_one_with_valid_input_keeps_a_draft(wizard, wizard_window, store, type_text):
    fill_act(wizard, type_text)
    wizard.close()
    assert store.cases.count() == 1
    assert wizard_window.register.model.total == 1


def test_a_missing_required_attachment_blocks_generate(wizard, type_text, tmp_path):
    fill_act(wizard, type_text)
    for _ in range(2):
        assert wizard.next()
    assert wizard.add_files("draft_complaint", [pdf(tmp_path, "проект.pdf")]) == 1
    assert wizard.go_to(5)
    ui = wizard.ui
    assert not ui.generateButton.isEnabled()
    assert "Копия судебного акта (шаг 3)" in ui.missingLabel.text()
    assert "Проект жалобы" not in ui.missingLabel.text()
    assert wizard.generate() == []


def test_a_file_that_is_not_a_pdf_is_refused_with_the_stores_message(wizard, type_text, tmp_path, store):
    fill_act(wizard, type_text)
    assert wizard.next() and wizard.next()
    fake = tmp_path / "решение.pdf"
    fake.write_bytes(b"this is plain text, not a PDF\n")
    assert wizard.add_files("court_act", [fake]) == 0
    ui = wizard.ui
    assert ui.attachmentsError.isVisible()
    assert "назван как PDF, но по содержимому это TXT" in ui.attachmentsError.text()
    assert store.attachments.of_case(wizard.case_id) == []
    from kelisim.ui import i18n

    i18n.apply_language("kk", remember=False)
    assert "PDF деп аталған" in ui.attachmentsError.text()


def test_files_dropped_on_a_line_are_attached_with_that_role(wizard, type_text, tmp_path, store):
    from PySide6.QtCore import QMimeData, QPointF, Qt
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    fill_act(wizard, type_text)
    assert wizard.next() and wizard.next()
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(pdf(tmp_path, "решение суда.pdf")))])
    frame = wizard.ui.dropAct
    enter = QDragEnterEvent(frame.rect().center(), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(frame, enter)  # Qt delivers the drop to the widget that accepted the drag
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(frame.rect().center()), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(frame, drop)
    [attachment] = store.attachments.of_case(wizard.case_id)
    assert attachment.role == "court_act" and attachment.original_name == "решение суда.pdf"
    assert "решение суда.pdf" in wizard.ui.dropActState.text()
    wizard.ui.attachmentsTable.cellWidget(0, 3).click()  # Remove
    assert store.attachments.of_case(wizard.case_id) == []


def test_a_body_without_a_higher_one_says_why_and_is_listed_as_missing(wizard, store, type_text):
    from kelisim.store import Body

    loose = store.bodies.add(Body(None, "rural_district", "Аппарат акима Тестового сельского округа",
                                  name_kk="Тест ауылдық округі әкімінің аппараты"))
    fill_act(wizard, type_text)
    assert wizard.next()
    ui = wizard.ui
    ui.requesterCombo.setCurrentIndex(ui.requesterCombo.findData(loose.id))
    assert ui.routeError.isVisible() and ui.routeError.text()
    assert wizard.next()
    assert "Согласующий орган (шаг 2)" in wizard.missing()


def test_the_override_needs_a_reason(wizard, store, type_text):
    fill_act(wizard, type_text)
    assert wizard.next()
    ui = wizard.ui
    assert not ui.overrideCombo.isEnabled()
    ui.overrideCheck.setChecked(True)
    oblast = store.bodies.by_kato("310000000")
    ui.overrideCombo.setCurrentIndex(ui.overrideCombo.findData(oblast.id))
    assert not wizard.next()
    assert wizard.current_page() == 1 and ui.overrideError.isVisible()
    assert "почему" in ui.overrideError.text()
    type_text(ui.overrideReasonEdit, "поручение акима области от 02.03.2026")
    assert wizard.next()
    case = store.cases.get(wizard.case_id)
    assert case.approver_id == oblast.id
    assert case.approver_override_reason == "поручение акима области от 02.03.2026"


def test_an_exempt_body_needs_no_consent(wizard, store, type_text):
    fill_act(wizard, type_text)
    assert wizard.next()
    ui = wizard.ui
    oblast = store.bodies.by_kato("310000000")
    ui.requesterCombo.setCurrentIndex(ui.requesterCombo.findData(oblast.id))
    assert "не требуется" in ui.approverValue.text()
    assert wizard.next()
    assert store.cases.get(wizard.case_id).approver_id is None


def test_the_pages_switch_language_live(wizard, wizard_window, type_text):
    ui = wizard.ui
    fill_act(wizard, type_text)
    wizard_window.set_language("kk")
    assert ui.ruleCombo.currentText() == "Бірінші сатыдағы сот шешіміне апелляциялық шағым"
    assert ui.stepTitle.text() == "Сот актісі"
    assert ui.nextButton.text() == "&Келесі >"
    assert ui.procedureCombo.currentText() == "Азаматтық іс"
    assert wizard.next()
    assert ui.approverValue.text().startswith("Қордай ауданының әкімі")
    wizard_window.set_language("ru")
    assert ui.approverValue.text().startswith("Аким Кордайского района")
    assert ui.stepTitle.text() == "Кто просит и кто согласует"


def test_generate_writes_the_documents_and_opens_the_folder(wizard, type_text, tmp_path, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    fill_act(wizard, type_text)
    assert wizard.next() and wizard.next()
    wizard.add_files("draft_complaint", [pdf(tmp_path, "проект.pdf")])
    wizard.add_files("court_act", [pdf(tmp_path, "решение.pdf")])
    assert wizard.go_to(5)
    paths = wizard.generate()
    assert paths and all(Path(p).exists() for p in paths)
    assert Path(opened[0].toLocalFile()) == wizard.output_folder()
    assert wizard.output_folder().is_relative_to(wizard.store.home)  # nothing written outside the data folder
    assert str(len(paths)) in wizard.ui.generateResult.text()
    if os.environ.get("KELISIM_SCREENSHOTS"):
        wizard.resize(1000, 720)
        _grab(wizard, Path(os.environ["KELISIM_SCREENSHOTS"]) / "wizard-6-review-generated-ru.png")


def test_the_register_button_and_the_file_menu_open_the_wizard(wizard_window, qtbot):
    from kelisim.ui.wizard import WizardDialog

    def open_wizards():
        return [w for w in wizard_window.findChildren(WizardDialog) if w.isVisible()]

    wizard_window.register.ui.newRequestButton.click()
    assert len(open_wizards()) == 1
    wizard_window.ui.actionNewRequest.trigger()
    assert len(open_wizards()) == 2
    for w in open_wizards():
        w.close()
    assert open_wizards() == []


def test_a_late_act_shows_every_warning_in_plain_words(wizard, type_text):
    fill_act(wizard, type_text, final=date(2026, 1, 9))
    wizard.ui.announcedEdit.setDate(qdate(date(2026, 1, 5)))
    assert wizard.go_to(3)
    ui = wizard.ui
    assert ui.warningsLabel.isVisible()
    codes = {w.code for w in wizard.warnings()}
    assert "term-expired" in codes or "request-latest-passed" in codes
    for w in wizard.warnings():
        assert w.message("ru") in ui.warningsLabel.text().replace("&quot;", '"')


def _grab(widget, path: Path) -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(3):
        QApplication.processEvents()
    assert widget.grab().save(str(path))
    image = QImage(str(path))
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 10, path


def test_screenshots_of_every_page_in_both_languages(wizard, wizard_window, type_text, tmp_path):
    """With KELISIM_SCREENSHOTS=<folder> the pictures are kept there."""
    out = Path(os.environ.get("KELISIM_SCREENSHOTS") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    fill_act(wizard, type_text)
    wizard.set_party(2, "third_party", "ТОО «Кордай-Агро»", "")
    assert wizard.next() and wizard.next()
    wizard.add_files("draft_complaint", [pdf(tmp_path, "проект апелляционной жалобы.pdf")])
    wizard.resize(1000, 720)
    names = ("1-act", "2-bodies", "3-attachments", "4-deadlines", "5-signatory", "6-review")
    for lang in ("ru", "kk"):
        wizard_window.set_language(lang)
        for page, name in enumerate(names):
            assert wizard.go_to(page)
            if page == 3:
                wizard.ui.explainButton.setChecked(True)
            _grab(wizard, out / f"wizard-{name}-{lang}.png")
        _grab(wizard_window, out / f"wizard-register-{lang}.png")
    # A late act: the warnings and the squeezed timeline.
    wizard.ui.finalEdit.setDate(qdate(date(2026, 2, 2)))
    wizard.ui.receivedEdit.setDate(qdate(date(2026, 2, 10)))
    wizard.ui.announcedEdit.setDate(qdate(date(2026, 1, 27)))
    for lang in ("ru", "kk"):
        wizard_window.set_language(lang)
        assert wizard.go_to(3)
        wizard.ui.explainButton.setChecked(False)
        _grab(wizard, out / f"wizard-4-deadlines-late-{lang}.png")
    wizard.close()
    card = wizard_window.open_case(wizard.case_id)
    card.resize(980, 720)
    _grab(card, out / "wizard-card-draft-kk.png")
    wizard_window.set_language("ru")
