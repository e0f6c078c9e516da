"""Packages between akimats in the window (issue 6, point 3), on two real data folders — the Kasyk rural district's
(КАТО 314845000) asks, the Kordai district akimat's (314800000) decides: "Send as a package…" on the outgoing case's
card, File → Import a package… (or a file dropped on the window) on the other side, with its confirmation, the
decision sent back the same way. A refusal — a missing attachment on export; a damaged, tampered, duplicate or foreign
package on import — is a message with the reason, and nothing is written."""
from __future__ import annotations

import os
import zipfile
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from kelisim.store import StoreError

from test_keyboard import audit, tab_walk, visible_inputs

TODAY = date(2026, 11, 27)
RURAL, DISTRICT = "314845000", "314800000"
PDF = (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >>"
       b" endobj\n3 0 obj << /Type /Page >> endobj\n%%EOF\n")
TABLES = ("cases", "attachments", "files", "events", "bodies")


@pytest.fixture
def sides(tmp_path, fresh_ui):
    """The rural district's store with a request ready to send (and one without its attachments), the district's."""
    from docx import Document

    from kelisim.store import Official, Store
    from kelisim.store.register import NewAttachment, register_case

    draft, act = tmp_path / "Апелляционная жалоба.docx", tmp_path / "Решение суда.pdf"
    document = Document()
    document.add_paragraph("Апелляционная жалоба на решение по делу 2-77/2026")
    document.save(str(draft))
    act.write_bytes(PDF)
    rural = Store(tmp_path / "rural", auto_backup=False, today=TODAY)
    own = rural.bodies.set_own(rural.bodies.from_kato(RURAL).id)
    rural.officials.add(Official(None, own.id, "first_head", "Сейтқали Нұрлан Ержанұлы",
                                 position_ru="Аким Касыкского сельского округа"))
    fields = {"rule": "civil-appeal", "court_ru": "Кордайский районный суд", "case_number": "2-77/2026",
              "subject": "о сносе самовольной постройки", "act_final": "2026-11-13", "request_number": "02-15/431",
              "parties": [{"role": "plaintiff", "name": "Петров Пётр Петрович"}], "executor_name": "Сейтова А."}
    case = register_case(rural, fields, requester_kato=RURAL, today=TODAY,
                         attachments=[NewAttachment("draft_complaint", draft), NewAttachment("court_act", act)])
    rural.cases.set_status(case.id, "request_sent", on=date(2026, 11, 18))
    bare = register_case(rural, {**fields, "case_number": "2-78/2026"}, requester_kato=RURAL, today=TODAY)
    district = Store(tmp_path / "district", auto_backup=False, today=TODAY)
    own = district.bodies.set_own(district.bodies.from_kato(DISTRICT).id)
    district.officials.add(Official(None, own.id, "first_head", "Жуманов Асхат Болатович",
                                    position_ru="Аким Кордайского района"))
    yield rural, district, case.id, bare.id
    rural.close()
    district.close()


@pytest.fixture
def make_window(qtbot):
    from kelisim.ui.main_window import MainWindow

    def make(store):
        window = MainWindow(store=store, today=TODAY)
        qtbot.addWidget(window)
        window.resize(1200, 760)
        window.show()
        qtbot.waitExposed(window)
        window.ensure_register()
        return window

    return make


def wait_task(qtbot, window, task):
    assert task is not None and window.task is task
    with qtbot.waitSignal(task.finished, timeout=60_000) as blocker:
        pass
    qtbot.waitUntil(lambda: window.task is None)
    return blocker.args[0]


def snapshot(store) -> tuple:
    counts = tuple(store.database.one(f"SELECT count(*) AS n FROM {t}")["n"] for t in TABLES)
    files = sorted(str(p.relative_to(store.home)) for p in (store.home / "attachments").rglob("*"))
    return counts, files


def request_package(rural, case_id, folder: Path) -> Path:
    from kelisim.services import export_request_package

    folder.mkdir(exist_ok=True)
    return export_request_package(rural, case_id, folder, today=TODAY)


# ---------------------------------------------------------------------------------------------- the round trip
def test_a_request_and_its_decision_travel_between_two_windows(sides, make_window, qtbot, tmp_path, opened):
    rural, district, case_id, _ = sides
    outbox = tmp_path / "outbox"
    outbox.mkdir()
    a, b = make_window(rural), make_window(district)

    # the rural district sends its request from the case's card
    card = a.open_case(case_id)
    button = card.ui.sendPackageButton
    assert button.isVisible() and "пакет" in button.text().lower()
    package = card.send_package(outbox)
    assert package == outbox / "Запрос 2-77_2026.kelisim" and package.is_file()
    box = card.package_box
    assert box.isVisible() and str(package) in box.text() and "Кордайский район" in box.text()
    box.button(QMessageBox.StandardButton.Open).click()
    assert opened.paths == [str(outbox)]
    assert any(e["action"] == "document" and e["field"] == "request" for e in rural.cases.history(case_id))

    # the district loads it: the confirmation says what it is and asks the receipt
    dialog = b.confirm_import(package)
    assert dialog is b.import_dialog and dialog.isVisible() and dialog.ui.receiptBox.isVisible()
    summary = dialog.ui.summaryLabel.text()
    for text in ("Касыкский сельский округ", "Кордайский район", "2-77/2026", "Кордайский районный суд",
                 "02-15/431", "18.11.2026", "Сейтқали Нұрлан Ержанұлы"):
        assert text in summary, text
    assert dialog.received_on() == TODAY  # received today unless said otherwise
    dialog.set_receipt(date(2026, 11, 19), "вх-1187")
    dialog.ui.importButton.click()
    assert wait_task(qtbot, b, b.task) is True
    ids = [cid for cid in b.case_cards]
    assert len(ids) == 1, "the new case's card opens"
    incoming = district.cases.get(ids[0])
    assert incoming.direction == "incoming" and incoming.status == "received"
    assert incoming.received_on == date(2026, 11, 19) and incoming.incoming_number == "вх-1187"
    assert incoming.peer_uid == rural.cases.get(case_id).uid
    assert b.register.model.total == 1
    assert str(incoming.id) in b.statusBar().currentMessage()
    incoming_card = b.case_cards[incoming.id]
    assert not incoming_card.ui.sendPackageButton.isVisible()  # nothing to send back before the decision

    # the district decides (Algorithm п. 8) and sends the decision back from the card
    district.cases.set_status(incoming.id, "decided_consented", on=date(2026, 11, 24),
                              decision_reasons="Доводы проекта жалобы обоснованы.")
    incoming_card.reload()
    assert incoming_card.ui.sendPackageButton.isVisible()
    back = incoming_card.send_package(outbox / "решение")
    assert back == outbox / "решение.kelisim" and back.is_file()
    incoming_card.package_box.close()

    # the rural district loads the decision: no receipt asked; its open card shows the decision
    dialog = a.confirm_import(back)
    assert not dialog.ui.receiptBox.isVisible() and dialog.received_on() is None
    assert "24.11.2026" in dialog.ui.summaryLabel.text() and "Жуманов Асхат Болатович" in dialog.ui.summaryLabel.text()
    dialog.ui.importButton.click()
    assert wait_task(qtbot, a, a.task) is True
    decided = rural.cases.get(case_id)
    assert decided.status == "consented" and decided.decision_date == date(2026, 11, 24)
    assert a.case_cards[case_id] is card and card.case.status == "consented"
    assert [x.role for x in rural.attachments.of_case(case_id)].count("decision") == 1
    assert "2-77/2026" in a.statusBar().currentMessage()


def test_sending_without_the_mandatory_attachments_says_what_to_attach(sides, make_window, tmp_path):
    rural, _, _, bare = sides
    outbox = tmp_path / "outbox"
    outbox.mkdir()
    window = make_window(rural)
    card = window.open_case(bare)
    before = snapshot(rural)
    assert card.send_package(outbox) is None
    box = card.package_box
    assert box.icon() == QMessageBox.Icon.Warning and box.isVisible()
    assert "проект жалобы" in box.text() and "Приложите" in box.text() and "Traceback" not in box.text()
    assert list(outbox.iterdir()) == [] and snapshot(rural) == before
    box.close()


# ---------------------------------------------------------------------------------------------- refusals
def _tampered(package: Path, tmp_path: Path) -> Path:
    """The same package with one byte of the court act changed (its manifest still names the old SHA-256)."""
    out = tmp_path / "tampered.kelisim"
    with zipfile.ZipFile(package) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if data.startswith(b"%PDF"):
                data = data.replace(b"/Count 1", b"/Count 2")
            dst.writestr(info, data)
    return out


def test_a_tampered_package_is_refused_with_its_reason_and_nothing_is_loaded(sides, make_window, qtbot, tmp_path):
    rural, district, case_id, _ = sides
    package = _tampered(request_package(rural, case_id, tmp_path / "outbox"), tmp_path)
    window = make_window(district)
    before = snapshot(district)
    dialog = window.confirm_import(package)  # the files' checksums are checked while loading
    dialog.ui.importButton.click()
    task = window.task
    assert wait_task(qtbot, window, task) is False
    box = task.message_box
    assert box.isVisible() and "tampered.kelisim" in box.text() and "Traceback" not in box.text()
    assert snapshot(district) == before and window.case_cards == {}
    box.close()


@pytest.mark.parametrize("kind", ["not-a-zip", "backup", "empty"])
def test_a_file_that_is_no_package_is_refused_before_anything(kind, sides, make_window, tmp_path):
    rural, district, case_id, _ = sides
    path = tmp_path / f"{kind}.kelisim"
    if kind == "not-a-zip":
        path.write_bytes(b"PK\x03\x04 not really a zip")
    elif kind == "backup":
        from kelisim.store.transfer import backup_home

        backup_home(rural.home, path)
    else:
        path.write_bytes(b"")
    window = make_window(district)
    before = snapshot(district)
    box = window.confirm_import(path)
    assert isinstance(box, QMessageBox) and box.icon() == QMessageBox.Icon.Warning and box.isVisible()
    assert box.text() and "Traceback" not in box.text() and window.import_dialog is None and window.task is None
    assert snapshot(district) == before
    box.close()


def test_a_duplicate_and_a_decision_for_an_unknown_request_are_refused(sides, make_window, qtbot, tmp_path):
    """Said at once, before the lawyer types the receipt details: no dialog, no task, nothing written."""
    from kelisim.store import Store
    from kelisim.store.exchange import import_package

    rural, district, case_id, _ = sides
    package = request_package(rural, case_id, tmp_path / "outbox")
    import_package(district, package, today=TODAY)
    window = make_window(district)
    before = snapshot(district)
    box = window.confirm_import(package)
    assert isinstance(box, QMessageBox) and box.icon() == QMessageBox.Icon.Warning
    assert "уже загружен" in box.text() and window.import_dialog is None and window.task is None
    assert snapshot(district) == before
    box.close()
    with pytest.raises(StoreError) as refused:  # and the loading itself still refuses it (the file checked again)
        import_package(district, package, today=TODAY)
    assert refused.value.code == "duplicate-request" and snapshot(district) == before

    # the district's decision, loaded into a third folder that never sent the request
    incoming = district.cases.get(next(iter(district.database.query("SELECT id FROM cases")))["id"])
    district.cases.set_status(incoming.id, "decided_refused", on=TODAY, decision_reasons="Оснований нет.")
    from kelisim.services import export_decision_package

    back = export_decision_package(district, incoming.id, tmp_path / "outbox", today=TODAY)
    with Store(tmp_path / "third", auto_backup=False, today=TODAY) as third:
        third.bodies.set_own(third.bodies.from_kato(RURAL).id)
        other = make_window(third)
        box = other.confirm_import(back)
        assert isinstance(box, QMessageBox) and "нет нашего запроса" in box.text()
        assert other.import_dialog is None and other.task is None and third.cases.count() == 0
        box.close()
        other.close()


# ---------------------------------------------------------------------------------------------- drop, keyboard
def _drag(window, path: Path):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(QPoint(100, 100), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    drop = QDropEvent(QPointF(100, 100), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    return enter.isAccepted(), drop.isAccepted()


def test_a_package_dropped_on_the_window_is_confirmed_then_loaded(sides, make_window, qtbot, tmp_path):
    rural, district, case_id, _ = sides
    package = request_package(rural, case_id, tmp_path / "outbox")
    window = make_window(district)
    other = tmp_path / "notes.txt"
    other.write_text("not a package")
    assert _drag(window, other) == (False, False) and window.import_dialog is None
    assert _drag(window, package) == (True, True)
    dialog = window.import_dialog
    assert dialog is not None and dialog.isVisible() and "2-77/2026" in dialog.ui.summaryLabel.text()
    dialog.ui.importButton.click()
    assert wait_task(qtbot, window, window.task) is True
    assert district.cases.count() == 1 and len(window.case_cards) == 1


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_the_confirmation_works_by_keyboard_alone(lang, sides, make_window, qtbot, tmp_path, type_text):
    from kelisim.ui import i18n

    rural, district, case_id, _ = sides
    package = request_package(rural, case_id, tmp_path / "outbox")
    window = make_window(district)
    i18n.apply_language(lang, remember=False)
    dialog = window.confirm_import(package)
    qtbot.waitExposed(dialog)
    assert audit(dialog) == []
    walked = tab_walk(dialog, dialog.ui.receivedEdit)
    assert [w.objectName() for w in visible_inputs(dialog) if w not in walked] == []
    # Escape: nothing happens
    qtbot.keyClick(dialog.ui.numberEdit, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and window.task is None and district.cases.count() == 0
    # again: the number typed, Enter loads it
    dialog = window.confirm_import(package)
    type_text(dialog.ui.numberEdit, "вх-12")
    qtbot.keyClick(dialog.ui.numberEdit, Qt.Key.Key_Return)
    assert wait_task(qtbot, window, window.task) is True
    assert district.cases.count() == 1
    case = district.cases.get(next(iter(window.case_cards)))
    assert case.incoming_number == "вх-12" and case.received_on == TODAY


def test_the_card_and_the_file_menu_keep_their_mnemonics(sides, make_window):
    from test_keyboard import mnemonic

    from kelisim.ui import i18n

    rural, _, case_id, _ = sides
    window = make_window(rural)
    for lang in ("ru", "kk"):
        i18n.apply_language(lang, remember=False)
        card = window.open_case(case_id)
        assert audit(card) == []
        assert mnemonic(card.ui.sendPackageButton.text())
        letters = [mnemonic(a.text()) for a in window.ui.menuFile.actions() if a.text()]
        assert mnemonic(window.ui.actionImportPackage.text()) and mnemonic(window.ui.actionReport.text())
        assert len(letters) == len(set(letters)), letters
        assert window.ui.actionImportPackage.shortcut().toString() == "Ctrl+O"
        card.close()


# ---------------------------------------------------------------------------------------------- screenshots
def test_screenshots_of_the_import_confirmation(sides, make_window, qtbot, tmp_path):
    """With KELISIM_SCREENSHOTS=<folder> the pictures are kept there."""
    from test_case_card import _grab

    from kelisim.services import export_decision_package
    from kelisim.store.exchange import import_package
    from kelisim.ui import i18n

    rural, district, case_id, _ = sides
    out = Path(os.environ.get("KELISIM_SCREENSHOTS") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    package = request_package(rural, case_id, tmp_path / "outbox")
    incoming = import_package(district, package, received_on=date(2026, 11, 19), today=TODAY).case
    district.cases.set_status(incoming.id, "decided_refused", on=date(2026, 11, 24),
                              decision_reasons="Оснований для обжалования нет.")
    back = export_decision_package(district, incoming.id, tmp_path / "outbox", today=TODAY)
    third_home = tmp_path / "third"
    from kelisim.store import Store

    with Store(third_home, auto_backup=False, today=TODAY) as third:
        third.bodies.set_own(third.bodies.from_kato(DISTRICT).id)
        window = make_window(third)
        for lang in ("ru", "kk"):
            i18n.apply_language(lang, remember=False)
            dialog = window.confirm_import(package)
            dialog.set_receipt(date(2026, 11, 19), "01-15/1187")
            _grab(dialog, out / f"import-request-{lang}.png")
            dialog.close()
            dialog = window.confirm_import(back)
            _grab(dialog, out / f"import-decision-{lang}.png")
            dialog.close()
        window.close()
    window = make_window(rural)
    for lang in ("ru", "kk"):
        i18n.apply_language(lang, remember=False)
        card = window.open_case(case_id)
        card.resize(980, 720)
        _grab(card, out / f"card-send-package-{lang}.png")
        card.close()
