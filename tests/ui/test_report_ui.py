"""File → Semi-annual report… (issue 6, point 4): the dialog shows the register's figures of the half-year per body and
in total — the same numbers as ``store.report.report_figures`` — and the DOCX's charts, drawn on screen; it switches
periods (the previous half-year, any dates; a wrong period is refused on the spot), saves the DOCX and the XLSX in the
background (read back here) and says what went wrong when a file cannot be written; everything by keyboard alone."""
from __future__ import annotations

import os
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from test_keyboard import audit, tab_walk, visible_inputs

TODAY = date(2026, 11, 27)  # the second half-year of 2026 is under way
H1 = (date(2026, 1, 1), date(2026, 6, 30))
H2 = (date(2026, 7, 1), date(2026, 12, 31))
FIELDS = ("requests", "requests_in_time", "requests_late", "consented", "refused", "decisions_in_time",
          "decisions_late", "overdue_undecided", "complaints_filed")


def _case(store, direction, body, trigger: str, number: str):
    return store.cases.create({"rule": "civil-appeal", "trigger_date": trigger, "direction": direction,
                               "court_ru": "Кордайский районный суд", "court_kk": "Қордай аудандық соты",
                               "subject": "о взыскании ущерба", "case_number": number,
                               "requester_id": body.id}, today=TODAY)


def sent(store, body, trigger: str, number: str, *, late_by: int = 0, decision: str | None = None,
         decided_after: int = 3, complaint: bool = False):
    """Our request, sent on its latest sending day (+ ``late_by`` days), decided ``decided_after`` days later."""
    case = _case(store, "outgoing", body, trigger, number)
    sent_on = case.due("request_latest") + timedelta(days=late_by)
    store.cases.set_status(case.id, "request_sent", on=sent_on)
    if decision:
        store.cases.set_status(case.id, decision, on=sent_on + timedelta(days=decided_after))
        if complaint:
            store.cases.set_status(case.id, "complaint_filed", on=sent_on + timedelta(days=decided_after + 2))
    return case


def received(store, body, trigger: str, number: str, *, decision: str | None = None):
    """A lower body's request, received on its latest sending day and decided on the day of receipt."""
    case = _case(store, "incoming", body, trigger, number)
    day = case.due("request_latest")
    store.cases.update(case.id, {"received_on": day.isoformat(), "request_sent": day.isoformat()}, today=TODAY)
    if decision:
        store.cases.set_status(case.id, decision, on=day)
    return case


@pytest.fixture
def register(fresh_ui):
    """The Kordai district akimat's register: requests of both half-years of 2026, ours and Kasyk's to us."""
    from kelisim.store import Store

    store = Store(fresh_ui, auto_backup=False, today=TODAY)
    own = store.bodies.set_own(store.bodies.from_kato("314800000").id)
    kasyk = store.bodies.from_kato("314845000")
    # the second half-year: 3 of ours sent (2 in time, 1 late; 1 consented, 1 refused, 1 complaint), 2 of Kasyk's
    sent(store, own, "2026-08-03", "2-2001/2026", decision="consented", complaint=True)
    sent(store, own, "2026-09-01", "2-2002/2026", late_by=2, decision="refused")
    sent(store, own, "2026-10-12", "2-2003/2026")
    received(store, kasyk, "2026-09-14", "2-2101/2026", decision="decided_consented")
    received(store, kasyk, "2026-10-20", "2-2102/2026", decision="decided_refused")
    # the first half-year: 1 of ours (consented), 1 of Kasyk's awaiting no decision
    sent(store, own, "2026-03-02", "2-1001/2026", decision="consented")
    received(store, kasyk, "2026-04-06", "2-1101/2026", decision="decided_consented")
    yield store
    store.close()


@pytest.fixture
def window(register, qtbot):
    from kelisim.ui.main_window import MainWindow

    window = MainWindow(store=register, today=TODAY)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    window.ensure_register()
    return window


@pytest.fixture
def dialog(window, qtbot):
    window.ui.actionReport.trigger()
    dialog = window.report_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitExposed(dialog)
    return dialog


def expected_rows(report) -> dict:
    """What the table must show: report_figures' numbers per side and body, the sides' totals and the grand total."""
    rows = {}
    for side, bodies, total in (("outgoing", report.outgoing, report.outgoing_total),
                                ("incoming", report.incoming, report.incoming_total)):
        for body in bodies:
            rows[(side, body.body_id)] = [getattr(body.figures, f) for f in FIELDS]
        rows[(side, "total")] = [getattr(total, f) for f in FIELDS]
    rows[("total",)] = [getattr(report.total, f) for f in FIELDS]
    return rows


def wait_saved(qtbot, dialog, task):
    assert task is not None and dialog.task is task
    with qtbot.waitSignal(task.finished, timeout=60_000) as blocker:
        pass
    qtbot.waitUntil(lambda: dialog.task is None)
    return blocker.args[0]


# ---------------------------------------------------------------------------------------------- the figures
def test_the_current_half_year_shows_the_figures_of_the_register(dialog, register):
    from kelisim.store.report import report_figures

    assert dialog.period_dates() == H2  # the half-year that contains today, by default
    report = report_figures(register, *H2, today=TODAY)
    rows = dialog.table_rows()
    assert rows == expected_rows(report)
    own = register.bodies.own().id
    kasyk = register.bodies.from_kato("314845000").id
    # requests, in time, late, consented, refused, decisions in time, late, undecided, complaints
    assert rows[("outgoing", own)][:5] == [3, 2, 1, 1, 1]
    assert rows[("outgoing", own)][-1] == 1
    assert rows[("incoming", kasyk)][:5] == [2, 2, 0, 1, 1]
    assert rows[("total",)][0] == 5
    assert "II полугодие 2026" in dialog.ui.periodLabel.text()
    assert "27.11.2026" in dialog.ui.periodNoteLabel.text()
    assert dialog.ui.saveButton.isEnabled() and dialog.ui.errorLabel.isHidden()


def test_the_previous_half_year_and_any_dates_are_a_click_away(dialog, register, qtbot):
    from kelisim.store.report import report_figures

    dialog.ui.previousButton.click()
    assert dialog.period_dates() == H1
    rows = dialog.table_rows()
    assert rows == expected_rows(report_figures(register, *H1, today=TODAY))
    assert rows[("total",)][0] == 2 and "I полугодие 2026" in dialog.ui.periodLabel.text()

    # the whole year, typed into the date fields: recomputed once the edits settle
    dialog.ui.toEdit.setDate(QDate(2026, 12, 31))
    qtbot.waitUntil(lambda: dialog.period_dates() == (H1[0], H2[1]) and dialog.report is not None
                    and dialog.report.end == H2[1])
    assert dialog.table_rows()[("total",)][0] == 7
    assert "01.01.2026" in dialog.ui.periodLabel.text() and "31.12.2026" in dialog.ui.periodLabel.text()
    assert "длиннее полугодия" in dialog.ui.periodNoteLabel.text()  # the law's remark on a long period

    dialog.ui.currentButton.click()
    assert dialog.period_dates() == H2 and dialog.table_rows()[("total",)][0] == 5


def test_a_wrong_period_is_refused_on_the_spot(dialog, qtbot):
    dialog.set_period(date(2026, 9, 1), date(2026, 8, 1))
    assert dialog.report is None and dialog.error.code == "bad-period"
    assert dialog.ui.errorLabel.isVisible() and "позже" in dialog.ui.errorLabel.text()
    assert dialog.table_rows() == {} and not dialog.ui.saveButton.isEnabled()
    assert dialog.save(Path("/nonexistent")) is None  # nothing to save
    from kelisim.ui import i18n

    i18n.apply_language("kk", remember=False)
    assert "кейін" in dialog.ui.errorLabel.text()  # the refusal in the new language
    dialog.ui.toEdit.setDate(dialog.ui.toEdit.date().addMonths(2))  # 01.10.2026: right again
    qtbot.waitUntil(lambda: dialog.report is not None)
    assert dialog.ui.errorLabel.isHidden() and dialog.ui.saveButton.isEnabled()


# ---------------------------------------------------------------------------------------------- the charts
def test_the_charts_are_the_documents_charts_with_tooltips(dialog, register):
    from kelisim.documents.report import chart_specs

    dialog.ui.reportTabs.setCurrentWidget(dialog.ui.chartsTab)
    dialog.grab()  # paint
    specs = chart_specs(dialog.report, "ru")
    assert [chart.spec for chart in dialog.charts] == specs
    requests, decisions, timeliness = dialog.charts
    own_name = register.bodies.own().name_ru
    drawn = {(bar.category, bar.series): bar.value for bar in requests.bars}
    assert drawn[(own_name, "в срок")] == 2 and drawn[(own_name, "с нарушением срока")] == 1
    bar = next(b for b in decisions.bars if b.category == own_name and b.series == "отказано")
    assert bar.value == 1 and bar.rect.width() > 0
    hit = decisions.bar_at(bar.rect.center().toPoint())
    assert hit is not None and hit.tooltip == f"{own_name}\nотказано: 1"
    # the vertical chart: our side and the side of requests to us, in time and late
    assert {b.category for b in timeliness.bars} == set(specs[2]["categories"])
    assert sum(b.value for b in timeliness.bars) == sum(sum(values) for _, values, _ in specs[2]["series"])
    for chart in dialog.charts:
        assert chart.height() >= chart.sizeHint().height() - 1
        assert "—" in chart.accessibleDescription()


def test_an_empty_period_draws_empty_charts_and_says_so(dialog):
    dialog.set_period(date(2020, 1, 1), date(2020, 6, 30))
    assert dialog.report is not None and dialog.table_rows()[("total",)] == [0] * len(FIELDS)
    dialog.ui.reportTabs.setCurrentWidget(dialog.ui.chartsTab)
    dialog.grab()
    assert all(bar.value == 0 for chart in dialog.charts for bar in chart.bars)


@pytest.mark.parametrize("top, step", [(0, 1), (1, 1), (5, 1), (6, 2), (11, 5), (40, 10), (240, 50), (1000, 200)])
def test_the_value_axis_has_round_steps(top, step):
    from kelisim.ui.charts import nice_step

    assert nice_step(top) == step


# ---------------------------------------------------------------------------------------------- saving
def test_saving_writes_the_docx_and_the_xlsx_and_opens_the_folder(dialog, register, qtbot, tmp_path, opened):
    from docx import Document
    from openpyxl import load_workbook

    out = tmp_path / "reports"
    out.mkdir()
    dialog.set_file_language("kk")
    assert wait_saved(qtbot, dialog, dialog.save(out)) is True
    docx_path, xlsx_path = dialog.written
    assert docx_path.parent == out and docx_path.suffix == ".docx" and xlsx_path.suffix == ".xlsx"
    text = "\n".join(p.text for p in Document(str(docx_path)).paragraphs)
    assert "2026 жылғы II жартыжылдық" in text  # the file's language, not the interface's
    sheet = load_workbook(str(xlsx_path)).worksheets[0]
    totals = [row for row in sheet.iter_rows(values_only=True) if row[1] == "Барлығы"]
    assert totals and totals[-1][2] == dialog.table_rows()[("total",)][0] == 5
    assert opened.paths == [str(out)]
    assert dialog.ui.savedLabel.isVisible() and docx_path.name in dialog.ui.savedLabel.text()


def test_a_file_that_cannot_be_written_is_said_with_what_to_do(dialog, qtbot, tmp_path, opened):
    from kelisim.documents.report import report_file_name

    out = tmp_path / "reports"
    (out / report_file_name(dialog.report, "ru", "docx")).mkdir(parents=True)  # something in the way of the file
    dialog.set_file_language("ru")
    task = dialog.save(out)
    assert wait_saved(qtbot, dialog, task) is False
    box = task.message_box
    assert box is not None and box.isVisible()
    assert "Не удалось записать" in box.text() and "Traceback" not in box.text()
    assert opened.paths == [] and dialog.ui.saveButton.isEnabled()
    box.close()


# ---------------------------------------------------------------------------------------------- keyboard
@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_the_report_works_by_keyboard_alone(lang, window, qtbot):
    from kelisim.ui import i18n

    i18n.apply_language(lang, remember=False)
    dialog = window.open_report()
    qtbot.waitExposed(dialog)
    assert audit(dialog) == []
    walked = tab_walk(dialog, dialog.ui.currentButton)
    missing = [w.objectName() for w in visible_inputs(dialog) if w not in walked]
    assert missing == []
    # the previous half-year: Tab to its button, Space
    assert walked.index(dialog.ui.previousButton) == 1
    dialog.ui.currentButton.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(dialog.ui.currentButton, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.ui.previousButton
    qtbot.keyClick(dialog.ui.previousButton, Qt.Key.Key_Space)
    assert dialog.period_dates() == H1
    # the end of the period one day earlier with the arrow key: counted again at once
    before = dialog.report
    dialog.ui.toEdit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(dialog.ui.toEdit, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: dialog.report is not before)
    assert dialog.period_dates() == (H1[0], date(2026, 6, 29)) and dialog.report.end == date(2026, 6, 29)
    # Enter in a date field neither closes the dialog nor saves; Escape closes it
    qtbot.keyClick(dialog.ui.toEdit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.task is None
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not dialog.isVisible()


# ---------------------------------------------------------------------------------------------- screenshots
def test_screenshots_of_the_report(dialog, qtbot, tmp_path):
    """With KELISIM_SCREENSHOTS=<folder> the pictures are kept there."""
    from test_case_card import _grab

    from kelisim.ui import i18n

    out = Path(os.environ.get("KELISIM_SCREENSHOTS") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    dialog.resize(1060, 820)
    for lang in ("ru", "kk"):
        i18n.apply_language(lang, remember=False)
        dialog.ui.reportTabs.setCurrentWidget(dialog.ui.figuresTab)
        _grab(dialog, out / f"report-figures-{lang}.png")
        dialog.ui.reportTabs.setCurrentWidget(dialog.ui.chartsTab)
        bar = dialog.ui.chartsScroll.verticalScrollBar()
        bar.setValue(0)
        _grab(dialog, out / f"report-charts-{lang}.png")
        bar.setValue(bar.maximum())
        _grab(dialog, out / f"report-charts-end-{lang}.png")


def test_a_report_for_outside_the_legal_service_masks_names_and_iin(dialog, register, qtbot, tmp_path, opened):
    """Issue 8: «Иванов И.И.», ИИН ********1234 — the figures stay, the people do not leave the legal service."""
    from docx import Document

    case = sent(register, register.bodies.own(), "2026-09-07", "2-2004/2026")
    register.cases.update(case.id, {"subject": "о взыскании с Жұмабаева Ерғали Қайратұлы (ИИН 880101300123) ущерба"},
                          today=TODAY)
    dialog.recompute()
    out = tmp_path / "masked"
    out.mkdir()
    qtbot.keyClick(dialog.ui.maskCheck, Qt.Key.Key_Space)
    assert dialog.ui.maskCheck.isChecked()
    assert wait_saved(qtbot, dialog, dialog.save(out)) is True
    document = Document(str(dialog.written[0]))
    text = "\n".join([p.text for p in document.paragraphs]
                     + [c.text for t in document.tables for r in t.rows for c in r.cells])
    assert "880101300123" not in text and "Ерғали" not in text
    assert "********0123" in text and "Жұмабаева Е.Қ." in text
    assert dialog.report is not None and not dialog.report.masked  # the screen keeps the legal service's own view
