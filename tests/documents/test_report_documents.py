"""The semi-annual report as DOCX and XLSX, read back: the tables' numbers, the native charts (their parts, cached
values and embedded workbooks), the workbook's sheets and charts, atomic writing, and the DOCX as LibreOffice draws it.

The report is a plain value built here with distinct numbers in every cell, so a figure in the wrong column shows."""
from __future__ import annotations

import errno
import io
import os
import shutil
import subprocess
import zipfile
from datetime import date

import pytest
from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from lxml import etree
from openpyxl import load_workbook

from conftest import docx_text
from kelisim.documents.report import (MAX_CATEGORIES, SIDE_FIELDS, XLSX_FIELDS, chart_specs, report_file_name,
                                      write_report_docx, write_report_xlsx)
from kelisim.documents.templates import DocumentError
from kelisim.law.reporting import half_year, report_period
from kelisim.store.report import RULES, BodyFigures, Counted, Figures, Report

C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def make_report(outgoing, incoming, *, period=None, today=date(2026, 11, 27)) -> Report:
    def total(lines):
        out = Figures()
        for line in lines:
            out = out + line.figures
        return out

    out_total, in_total = total(outgoing), total(incoming)
    courts = (Counted("Кордайский районный суд Жамбылской области", "Жамбыл облысы Қордай аудандық соты", 9),
              Counted("Специализированный межрайонный административный суд Жамбылской области",
                      "Жамбыл облысының мамандандырылған ауданаралық әкімшілік соты", 6),
              Counted("Жамбылский областной суд", "Жамбыл облыстық соты", 2))
    subjects = (Counted("о признании незаконным решения", "о признании незаконным решения", 11),
                Counted("о взыскании ущерба", "о взыскании ущерба", 5))
    return Report(period or half_year(date(2026, 3, 1)), today, "Акимат Кордайского района",
                  "Қордай ауданының әкімдігі", tuple(outgoing), tuple(incoming), out_total, in_total,
                  out_total + in_total, 17, courts, 5, subjects, 2)


OWN = BodyFigures(1, "Акимат Кордайского района", "Қордай ауданының әкімдігі", True, Figures(7, 4, 2, 3, 1, 2, 1, 0, 1))
DEPT = BodyFigures(2, "ГУ «Отдел земельных отношений»", "«Жер қатынастары бөлімі» ММ", False,
                   Figures(5, 3, 1, 2, 2, 3, 0, 0, 0))
KASYK = BodyFigures(3, "Аппарат акима Касыкского сельского округа", "Қасық ауылдық округі әкімінің аппараты", False,
                    Figures(6, 5, 1, 4, 1, 3, 2, 1, 0))
ALGIN = BodyFigures(4, "Аппарат акима Алгинского сельского округа", "Алға ауылдық округі әкімінің аппараты", False,
                    Figures(3, 2, 0, 1, 0, 1, 1, 1, 0))


@pytest.fixture
def report():
    return make_report([OWN, DEPT], [KASYK, ALGIN])


def numbers(row) -> list[int]:
    return [int(cell.text) for cell in row.cells[1:]]


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_the_docx_tables_hold_the_figures(tmp_path, report, lang):
    path = write_report_docx(report, tmp_path / report_file_name(report, lang, "docx"), lang)
    document = Document(str(path))
    outgoing, incoming, courts, subjects = document.tables
    for table, direction, lines, total in ((outgoing, "outgoing", [OWN, DEPT], report.outgoing_total),
                                           (incoming, "incoming", [KASYK, ALGIN], report.incoming_total)):
        rows = table.rows[2:]  # two header rows
        assert [r.cells[0].text for r in rows] == [line.name(lang) for line in lines] + [
            "Итого" if lang == "ru" else "Барлығы"]
        for row, figures in zip(rows, [line.figures for line in lines] + [total]):
            assert numbers(row) == [getattr(figures, name) for name in SIDE_FIELDS[direction]]
    assert [(r.cells[1].text, int(r.cells[2].text)) for r in courts.rows[1:]] == [
        (c.name(lang), c.cases) for c in report.courts]
    assert [int(r.cells[2].text) for r in subjects.rows[1:]] == [11, 5]
    text = docx_text(path)
    assert report.period.label(lang) in text and report.own(lang) in text
    assert all(" ".join((kk if lang == "kk" else ru).split()) in " ".join(text.split()) for ru, kk in RULES)
    if lang == "kk":
        assert "ТАЛДАУ" in text and "жартыжылдық" in text and "Анализ" not in text
    else:
        assert "АНАЛИЗ" in text and "п. 9 пп. 7" in text


def charts_of(path):
    """The chart parts of a DOCX in document order: (chart XML root, embedded workbook)."""
    document = Document(str(path))
    body = document.element.body
    out = []
    for chart_ref in body.iter(f"{C}chart"):
        rid = chart_ref.get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id")
        part = document.part.related_parts[rid]
        assert document.part.rels[rid].reltype == RT.CHART
        root = etree.fromstring(part.blob)
        package = [rel.target_part for rel in part.rels.values() if rel.reltype == RT.PACKAGE]
        out.append((root, load_workbook(io.BytesIO(package[0].blob))))
    return out


def cached(series, what):
    return [pt.findtext(f"{C}v") for pt in series.find(what).iter(f"{C}pt")]


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_the_docx_charts_are_native_with_the_figures_cached_and_editable(tmp_path, report, lang):
    path = write_report_docx(report, tmp_path / "report.docx", lang)
    charts = charts_of(path)
    assert len(charts) == 3
    lines = [OWN, DEPT, KASYK, ALGIN]
    expected = [  # per chart: categories, then each series' values
        ([b.name(lang) for b in lines], [[b.figures.requests_in_time for b in lines],
                                         [b.figures.requests_late for b in lines]]),
        ([b.name(lang) for b in lines], [[b.figures.consented for b in lines], [b.figures.refused for b in lines]]),
        (None, [[report.outgoing_total.decisions_in_time, report.incoming_total.decisions_in_time],
                [report.outgoing_total.decisions_late, report.incoming_total.decisions_late]]),
    ]
    for (root, workbook), (categories, values) in zip(charts, expected):
        assert root.tag == f"{C}chartSpace" and root.find(f"{C}externalData") is not None
        series = root.findall(f".//{C}barChart/{C}ser")
        assert [[int(v) for v in cached(s, f"{C}val")] for s in series] == values
        if categories:
            assert cached(series[0], f"{C}cat") == categories
        sheet = workbook.active  # "Edit data" in Word opens these: the same numbers
        assert [[sheet.cell(row, col).value for row in range(2, 2 + len(values[0]))]
                for col in range(2, 2 + len(values))] == values
        formula = series[0].find(f"{C}val/{C}numRef/{C}f").text
        assert formula.startswith(f"'{sheet.title}'!$B$2")
    with zipfile.ZipFile(path) as package:
        types = package.read("[Content_Types].xml").decode()
        assert types.count("drawingml.chart+xml") == 3
        assert sum(n.startswith("word/embeddings/") and n.endswith(".xlsx") for n in package.namelist()) == 3


def test_a_body_on_both_sides_and_many_bodies_in_the_charts():
    both = BodyFigures(OWN.body_id, OWN.name_ru, OWN.name_kk, True, Figures(1, 1, 0, 0, 0, 0, 0, 0, 0))
    labels = chart_specs(make_report([OWN], [both]), "ru")[0]["categories"]
    assert labels == [f"{OWN.name_ru} — наши запросы", f"{OWN.name_ru} — запросы к нам"]
    many = [BodyFigures(10 + i, f"Аппарат акима №{i}", f"№{i} әкім аппараты", False,
                        Figures(i + 1, i + 1, 0, 1, 0, 0, 0, 0, 0)) for i in range(MAX_CATEGORIES + 4)]
    spec = chart_specs(make_report([], many), "kk")[0]
    assert len(spec["categories"]) == MAX_CATEGORIES and spec["categories"][-1] == "басқа органдар (5)"
    assert sum(spec["series"][0][1]) == sum(b.figures.requests_in_time for b in many)  # nothing lost
    assert spec["series"][0][1][-1] == sum(range(1, 6))  # the five smallest, summed
    empty = chart_specs(make_report([], []), "ru")[0]
    assert empty["categories"] == ["нет запросов"] and empty["series"][0][1] == [0]


def test_an_empty_period_still_makes_both_files(tmp_path):
    report = make_report([], [])
    docx = write_report_docx(report, tmp_path / "empty.docx", "ru")
    assert len(Document(str(docx)).tables) == 2 and "В периоде таких запросов нет." in docx_text(docx)
    assert len(charts_of(docx)) == 3
    book = load_workbook(write_report_xlsx(report, tmp_path / "empty.xlsx", "kk"))
    assert len(book.worksheets[2]._charts) == 3


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_the_workbook(tmp_path, report, lang):
    path = write_report_xlsx(report, tmp_path / report_file_name(report, lang, "xlsx"), lang)
    book = load_workbook(path)
    figures, courts, charts, about = book.worksheets
    assert figures.freeze_panes == "A2" and all(cell.font.b for cell in figures[1])
    assert figures.column_dimensions["B"].width >= 40
    rows = list(figures.iter_rows(min_row=2, values_only=True))
    lines = [OWN, DEPT, KASYK, ALGIN]
    assert [r[1] for r in rows[:4]] == [b.name(lang) for b in lines]
    for row, figures_ in zip(rows, [b.figures for b in lines] + [report.outgoing_total, report.incoming_total,
                                                                 report.total]):
        values = figures_.to_dict()
        assert list(row[2:]) == [values[name] for name in XLSX_FIELDS]
        assert all(type(v) is int for v in row[2:])  # numbers as numbers
    assert [r for r in courts.iter_rows(min_row=2, max_col=2, values_only=True)] == [
        (c.name(lang), c.cases) for c in report.courts]
    assert [r for r in courts.iter_rows(min_row=2, min_col=4, max_col=5, values_only=True)][:2] == [
        (s.name(lang), s.cases) for s in report.subjects]
    assert len(charts._charts) == 3
    texts = [row[1] for row in about.iter_rows(values_only=True)]
    assert report.period.label(lang) in texts and report.period.basis(lang) in texts
    assert sum(1 for t in texts if t in [kk if lang == "kk" else ru for ru, kk in RULES]) == len(RULES)


def test_a_user_given_period_is_named_and_noted(tmp_path):
    report = make_report([OWN], [], period=report_period(date(2025, 1, 1), date(2026, 6, 30)))
    text = docx_text(write_report_docx(report, tmp_path / "r.docx", "ru"))
    assert "за период с 01.01.2025 по 30.06.2026" in text and "длиннее полугодия" in text


def test_writing_is_atomic_and_a_locked_or_full_target_says_what_to_do(tmp_path, report, monkeypatch):
    target = tmp_path / "out" / "report.docx"
    write_report_docx(report, target, "ru")
    before = target.read_bytes()
    write_report_docx(make_report([DEPT], []), target, "ru")  # replaced in one step
    assert target.read_bytes() != before and "ГУ «Отдел земельных отношений»" in docx_text(target)
    current = target.read_bytes()
    for error, code, word in ((PermissionError(errno.EACCES, "Permission denied"), "file-locked", "открыт в Word"),
                              (OSError(errno.ENOSPC, "No space left on device"), "disk-full", "Диск заполнен")):
        def refuse(src, dst, error=error):
            raise error

        monkeypatch.setattr(os, "replace", refuse)  # what Windows does to a file Word holds open; a full disk
        with pytest.raises(DocumentError) as raised:
            write_report_xlsx(report, target.with_suffix(".xlsx"), "kk")
        with pytest.raises(DocumentError):
            write_report_docx(report, target, "ru")
        monkeypatch.undo()
        assert raised.value.code == code and word in raised.value.message_ru and raised.value.message_kk
        assert target.read_bytes() == current  # the old file as it was
        assert sorted(p.name for p in target.parent.iterdir()) == ["report.docx"]  # no temporary file left
    with pytest.raises(DocumentError) as raised:
        write_report_docx(report, tmp_path / "out" / "report.docx" / "inside.docx", "ru")  # a file, not a folder
    assert raised.value.message_kk
    with pytest.raises(DocumentError):
        write_report_docx(report, tmp_path / "x.docx", "en")


@pytest.mark.skipif(not (SOFFICE and shutil.which("pdftotext")), reason="LibreOffice and poppler-utils are not "
                                                                         "installed (make docs-deps)")
def test_libreoffice_draws_the_charts_in_both_languages(tmp_path, report):
    docs = [write_report_docx(report, tmp_path / lang / "report.docx", lang) for lang in ("ru", "kk")]
    for doc in docs:
        subprocess.run([SOFFICE, f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(doc.parent), str(doc)],
                       check=True, capture_output=True, timeout=300)
    for doc, lang in zip(docs, ("ru", "kk")):
        text = " ".join(subprocess.run(["pdftotext", str(doc.with_suffix(".pdf")), "-"], capture_output=True,
                                       text=True, check=True).stdout.split())
        for spec in chart_specs(report, lang):  # the charts' titles exist only in the drawn charts
            assert spec["title"] in text
        assert "Қасық ауылдық округі" in text if lang == "kk" else "Касыкского" in text
