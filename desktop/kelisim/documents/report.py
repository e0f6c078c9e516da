"""The semi-annual analysis (Typical Regulation, п. 9 пп. 7) as a Word document and an Excel workbook, ru or kk.

``write_report_docx(report, path, lang)``: the letter layout of ``documents.layout`` (A4, Times New Roman); a title with
the period and our body, a summary, a table per requesting body with totals for our requests and for requests to us,
three native Word charts, the most frequent courts and subjects of claims, and the counting rules. The charts are
DrawingML chart parts (``c:chartSpace``) with their values cached, so Word and LibreOffice draw them without
recalculating, each with its data in an embedded workbook, so that a lawyer can open "Edit data" in Word and change
them. python-docx has no chart API: the parts and their relationships are added here.

``write_report_xlsx(report, path, lang)``: the figures per body with totals (numbers as numbers), the courts and
subjects, the counting rules, and native charts over the figures.

Both are written atomically (a temporary file in the target folder, then ``os.replace``); a file held open by Word or a
full disk gives a ``DocumentError`` that says what to do. The report is a plain value (``store.report.Report``): this
package never reads the database.
"""
from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Emu, Pt

from kelisim.documents.generate import UNSAFE, _disk_error
from kelisim.documents.layout import _document, _para, _widths
from kelisim.documents.templates import DocumentError
from kelisim.law.calendar import fmt_date

TABLE_PT = 10
HEADER_PT = 9
CHART_WIDTH_CM = 17.0  # the text width: A4 less the 30 mm and 10 mm margins
MAX_CATEGORIES = 16  # per-body charts: the bodies with most requests, the rest as one bar
COLOURS = {"in_time": "2E7D32", "late": "C62828", "consented": "1F4E79", "refused": "ED7D31"}

# ------------------------------------------------------------------------------------------ words
T = {  # key: (ru, kk)
    "title": ("АНАЛИЗ", "ТАЛДАУ"),
    "subtitle": ("работы по согласованию права апелляционного, кассационного обжалования судебных актов",
                 "сот актілеріне апелляциялық, кассациялық шағым жасау құқығын келісу жұмысы бойынша"),
    "for": ("за {label}", "{label}"),
    "basis": ("Основание: {basis}.", "Негіздеме: {basis}."),
    "as_of": ("Сведения по состоянию на {day} (период не завершён).",
              "{day} жағдай бойынша мәліметтер (кезең аяқталмаған)."),
    "made": ("Сведения по состоянию на {day}.", "{day} жағдай бойынша мәліметтер."),
    "masked": ("Персональные данные скрыты (имена — инициалами, ИИН/БИН — последними 4 цифрами): экземпляр для "
               "анализа вне юридической службы.",
               "Дербес деректер жасырылған (аттар — бас әріптермен, ЖСН/БСН — соңғы 4 цифрмен): заң қызметінен тыс "
               "талдауға арналған дана."),
    "x_masked": ("Персональные данные", "Дербес деректер"),
    "s_summary": ("1. Общие сведения", "1. Жалпы мәліметтер"),
    "s_outgoing": ("2. Запросы о согласовании, направленные нами", "2. Біз жіберген келісу туралы сұрау салулар"),
    "s_incoming": ("3. Запросы нижестоящих органов к нам", "3. Төмен тұрған органдардың бізге сұрау салулары"),
    "s_charts": ("4. Диаграммы", "4. Диаграммалар"),
    "s_courts": ("5. Суды и предметы исков", "5. Соттар және талап қою нысаналары"),
    "s_rules": ("6. Порядок подсчёта", "6. Есептеу тәртібі"),
    "summary_out": ("Направлено запросов о согласовании права обжалования: {requests} (в срок — {in_time}, "
                    "с нарушением срока — {late}). Получено решений вышестоящих органов: {decisions} (согласовано — {consented}, "
                    "отказано — {refused}). Подано жалоб: {complaints}.",
                    "Шағым жасау құқығын келісу туралы жіберілген сұрау салулар: {requests} (мерзімінде — {in_time}, "
                    "мерзімі бұзылып — {late}). Жоғары тұрған органдардың шешімдері алынды: {decisions} (келісілді — "
                    "{consented}, бас тартылды — {refused}). Берілген шағымдар: {complaints}."),
    "summary_in": ("Поступило запросов нижестоящих органов: {requests} (направлены в срок — {in_time}, с нарушением "
                   "срока — {late}). Принято решений: {decisions} (согласовать — {consented}, отказать — {refused}); "
                   "с нарушением срока решения — {dec_late}, в том числе без решения — {undecided}.",
                   "Төмен тұрған органдардан келіп түскен сұрау салулар: {requests} (мерзімінде жіберілген — "
                   "{in_time}, мерзімі бұзылып — {late}). Қабылданған шешімдер: {decisions} (келісу — {consented}, "
                   "бас тарту — {refused}); шешім мерзімі бұзылғандары — {dec_late}, оның ішінде шешімсіз — "
                   "{undecided}."),
    "summary_cases": ("Всего учтено дел: {cases}.", "Барлығы есепке алынған істер: {cases}."),
    "none": ("В периоде таких запросов нет.", "Кезеңде мұндай сұрау салулар жоқ."),
    "unchecked_requests": ("Срок направления не проверен по запросам: {n} (нет даты отправки или последнего дня "
                           "направления).",
                           "Жіберу мерзімі тексерілмеген сұрау салулар: {n} (жіберілген күні немесе жіберудің соңғы "
                           "күні жоқ)."),
    "unchecked_decisions": ("Срок решения не проверен по решениям: {n} (нет даты поступления запроса).",
                            "Мерзімі тексерілмеген шешімдер: {n} (сұрау салудың келіп түскен күні жоқ)."),
    "body": ("Орган, направивший запрос", "Сұрау салуды жіберген орган"),
    "requests": ("Запросы", "Сұрау салулар"),
    "decisions": ("Решения", "Шешімдер"),
    "sent": ("направлено", "жіберілді"),
    "received": ("поступило", "келіп түсті"),
    "in_time": ("в срок", "мерзімінде"),
    "late": ("с нарушением срока", "мерзімі бұзылып"),
    "consented": ("согласовано", "келісілді"),
    "refused": ("отказано", "бас тартылды"),
    "undecided": ("из них без решения", "оның ішінде шешімсіз"),
    "complaints": ("Жалобы поданы", "Шағымдар берілді"),
    "total": ("Итого", "Барлығы"),
    "grand_total": ("Всего", "Барлығы"),
    "court": ("Суд", "Сот"),
    "subject": ("Предмет иска", "Талап қою нысанасы"),
    "cases": ("Дел", "Істер"),
    "courts_more": ("Всего судов: {n}; приведены {shown} с наибольшим числом дел.",
                    "Барлығы соттар: {n}; істер саны ең көп {shown} сот келтірілген."),
    "subjects_more": ("Всего предметов исков: {n}; приведены {shown} самых частых.",
                      "Барлығы талап қою нысаналары: {n}; ең жиі {shown} нысана келтірілген."),
    "no_cases": ("Дел в периоде нет.", "Кезеңде істер жоқ."),
    "chart_requests": ("Запросы о согласовании: в срок и с нарушением срока",
                       "Келісу туралы сұрау салулар: мерзімінде және мерзімі бұзылып"),
    "chart_decisions": ("Решения по органам: согласовано и отказано",
                        "Органдар бойынша шешімдер: келісілді және бас тартылды"),
    "chart_timeliness": ("Решения: в срок и с нарушением срока", "Шешімдер: мерзімінде және мерзімі бұзылып"),
    "side_out": ("по нашим запросам", "біздің сұрау салуларымыз бойынша"),
    "side_in": ("по запросам к нам (наши решения)", "бізге келген сұрау салулар бойынша (біздің шешімдеріміз)"),
    "mark_out": ("наши запросы", "біздің сұрау салулар"),
    "mark_in": ("запросы к нам", "бізге сұрау салулар"),
    "others": ("прочие органы ({n})", "басқа органдар ({n})"),
    "chart_none": ("нет запросов", "сұрау салулар жоқ"),
    "chart_note": ("Диаграммы можно изменить в Word: щелчок правой кнопкой → «Изменить данные».",
                   "Диаграммаларды Word-та өзгертуге болады: тінтуірдің оң жақ батырмасы → «Деректерді өзгерту»."),
    # the workbook
    "x_figures": ("Показатели", "Көрсеткіштер"),
    "x_courts": ("Суды и предметы", "Соттар мен нысаналар"),
    "x_charts": ("Диаграммы", "Диаграммалар"),
    "x_about": ("Порядок подсчёта", "Есептеу тәртібі"),
    "x_side": ("Сторона", "Тарап"),
    "x_body": ("Орган", "Орган"),
    "x_requests": ("Запросов", "Сұрау салулар"),
    "x_req_unchecked": ("срок направления не проверен", "жіберу мерзімі тексерілмеді"),
    "x_dec_in_time": ("решения в срок", "шешім мерзімінде"),
    "x_dec_late": ("решения с нарушением срока", "шешім мерзімі бұзылып"),
    "x_dec_unchecked": ("срок решения не проверен", "шешім мерзімі тексерілмеді"),
    "x_out": ("наши запросы", "біздің сұрау салулар"),
    "x_in": ("запросы к нам", "бізге сұрау салулар"),
    "x_total_out": ("Итого: наши запросы", "Барлығы: біздің сұрау салулар"),
    "x_total_in": ("Итого: запросы к нам", "Барлығы: бізге сұрау салулар"),
    "x_total": ("Всего", "Барлығы"),
    "x_period": ("Период", "Кезең"),
    "x_own": ("Наш орган", "Біздің орган"),
    "x_basis": ("Основание", "Негіздеме"),
    "x_as_of": ("По состоянию на", "Жағдай бойынша"),
    "x_rules": ("Порядок подсчёта", "Есептеу тәртібі"),
    "file": ("Анализ согласования обжалования", "Шағым жасауды келісу талдауы"),
}


def _t(key: str, lang: str, **values) -> str:
    ru, kk = T[key]
    text = kk if lang == "kk" else ru
    return text.format(**values) if values else text


def report_file_name(report, lang: str, ext: str) -> str:
    """«Анализ согласования обжалования 2026-07-01 — 2026-12-31.docx»: what it is and its period; a name Windows
    accepts and a folder sorts."""
    name = f"{_t('file', lang)} {report.start.isoformat()} — {report.end.isoformat()}.{ext}"
    return UNSAFE.sub("-", name)


# ------------------------------------------------------------------------------------------ the charts' data
def _categories(report, lang: str) -> list[tuple[str, object]]:
    """The per-body charts' bars: (label, figures), our requests first; a body on both sides is marked with its side;
    past ``MAX_CATEGORIES`` the bodies with fewest requests are summed into one bar."""
    both = {b.body_id for b in report.outgoing} & {b.body_id for b in report.incoming}
    lines = []
    for side, mark in ((report.outgoing, "mark_out"), (report.incoming, "mark_in")):
        for body in side:
            label = body.name(lang)
            if body.body_id in both:
                label = f"{label} — {_t(mark, lang)}"
            lines.append((label, body.figures))
    if not lines:
        return [(_t("chart_none", lang), report.total)]
    if len(lines) > MAX_CATEGORIES:
        keep = sorted(range(len(lines)), key=lambda i: (-lines[i][1].requests, i))[:MAX_CATEGORIES - 1]
        rest = [lines[i][1] for i in range(len(lines)) if i not in set(keep)]
        total = rest[0]
        for figures in rest[1:]:
            total = total + figures
        lines = [lines[i] for i in sorted(keep)] + [(_t("others", lang, n=len(rest)), total)]
    return lines


def chart_specs(report, lang: str) -> list[dict]:
    """The three charts: title, kind, categories, series (name, values, colour). The DOCX and the tests read these."""
    lines = _categories(report, lang)
    labels = [label for label, _ in lines]
    return [
        {"title": _t("chart_requests", lang), "horizontal": True, "stacked": True, "categories": labels,
         "series": [(_t("in_time", lang), [f.requests_in_time for _, f in lines], COLOURS["in_time"]),
                    (_t("late", lang), [f.requests_late for _, f in lines], COLOURS["late"])]},
        {"title": _t("chart_decisions", lang), "horizontal": True, "stacked": False, "categories": labels,
         "series": [(_t("consented", lang), [f.consented for _, f in lines], COLOURS["consented"]),
                    (_t("refused", lang), [f.refused for _, f in lines], COLOURS["refused"])]},
        {"title": _t("chart_timeliness", lang), "horizontal": False, "stacked": False,
         "categories": [_t("side_out", lang), _t("side_in", lang)],
         "series": [(_t("in_time", lang), [report.outgoing_total.decisions_in_time,
                                           report.incoming_total.decisions_in_time], COLOURS["in_time"]),
                    (_t("late", lang), [report.outgoing_total.decisions_late, report.incoming_total.decisions_late],
                     COLOURS["late"])]},
    ]


def _column(index: int) -> str:
    """1 → A, 27 → AA."""
    name = ""
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def _sheet_name(lang: str) -> str:
    return "Парақ1" if lang == "kk" else "Лист1"


def _chart_xml(spec: dict, lang: str, package_rid: str) -> bytes:
    """A DrawingML bar chart with its categories and values cached, its formulas pointing into the embedded sheet."""
    sheet = f"'{_sheet_name(lang)}'"
    n = len(spec["categories"])
    cat_ref = f"{sheet}!$A$2:$A${n + 1}"
    cat_points = "".join(f'<c:pt idx="{i}"><c:v>{escape(str(c))}</c:v></c:pt>'
                         for i, c in enumerate(spec["categories"]))
    series = []
    for k, (name, values, colour) in enumerate(spec["series"]):
        col = _column(k + 2)
        points = "".join(f'<c:pt idx="{i}"><c:v>{int(v)}</c:v></c:pt>' for i, v in enumerate(values))
        series.append(
            f'<c:ser><c:idx val="{k}"/><c:order val="{k}"/>'
            f'<c:tx><c:strRef><c:f>{sheet}!${col}$1</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0">'
            f'<c:v>{escape(name)}</c:v></c:pt></c:strCache></c:strRef></c:tx>'
            f'<c:spPr><a:solidFill><a:srgbClr val="{colour}"/></a:solidFill></c:spPr>'
            f'<c:invertIfNegative val="0"/>'
            f'<c:dLbls><c:numFmt formatCode="0;;;" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln>'
            f'</c:spPr><c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900" b="1">'
            f'<a:solidFill><a:srgbClr val="{"FFFFFF" if spec["stacked"] else "000000"}"/></a:solidFill></a:defRPr>'
            f'</a:pPr><a:endParaRPr lang="{_lang_tag(lang)}"/></a:p></c:txPr>'
            f'<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/>'
            f'<c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>'
            f'<c:cat><c:strRef><c:f>{cat_ref}</c:f><c:strCache><c:ptCount val="{n}"/>{cat_points}</c:strCache>'
            f'</c:strRef></c:cat>'
            f'<c:val><c:numRef><c:f>{sheet}!${col}$2:${col}${n + 1}</c:f><c:numCache><c:formatCode>General'
            f'</c:formatCode><c:ptCount val="{n}"/>{points}</c:numCache></c:numRef></c:val></c:ser>')
    horizontal = spec["horizontal"]
    grouping = "stacked" if spec["stacked"] else "clustered"
    overlap = '<c:overlap val="100"/>' if spec["stacked"] else ""
    font = ('<a:latin typeface="Times New Roman"/><a:ea typeface="Times New Roman"/>'
            '<a:cs typeface="Times New Roman"/>')
    text_props = (f'<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1000">{font}</a:defRPr></a:pPr>'
                  f'<a:endParaRPr lang="{_lang_tag(lang)}"/></a:p></c:txPr>')
    # Horizontal bars list the first body on top (the category axis reversed, the value axis at the bottom).
    cat_orientation = "maxMin" if horizontal else "minMax"
    if spec["stacked"]:
        largest = max([0] + [sum(values[i] for _, values, _ in spec["series"]) for i in range(n)])
    else:
        largest = max([0] + [v for _, values, _ in spec["series"] for v in values])
    major_unit = '<c:majorUnit val="1"/>' if largest <= 10 else ""  # whole cases, not 0.5
    val_crosses = "max" if horizontal else "autoZero"
    xml = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
        f'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        f'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        f'<c:date1904 val="0"/><c:lang val="{_lang_tag(lang)}"/><c:roundedCorners val="0"/>'
        f'<c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1">{font}'
        f'</a:defRPr></a:pPr><a:r><a:rPr lang="{_lang_tag(lang)}" sz="1200" b="1">{font}</a:rPr>'
        f'<a:t>{escape(spec["title"])}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>'
        f'<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>'
        f'<c:barChart><c:barDir val="{"bar" if horizontal else "col"}"/><c:grouping val="{grouping}"/>'
        f'<c:varyColors val="0"/>{"".join(series)}<c:gapWidth val="60"/>{overlap}'
        f'<c:axId val="50010001"/><c:axId val="50010002"/></c:barChart>'
        f'<c:catAx><c:axId val="50010001"/><c:scaling><c:orientation val="{cat_orientation}"/></c:scaling>'
        f'<c:delete val="0"/><c:axPos val="{"l" if horizontal else "b"}"/><c:numFmt formatCode="General" '
        f'sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>'
        f'<c:crossAx val="50010002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/>'
        f'<c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>'
        f'<c:valAx><c:axId val="50010002"/><c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling>'
        f'<c:delete val="0"/><c:axPos val="{"b" if horizontal else "l"}"/><c:majorGridlines><c:spPr><a:ln w="6350">'
        f'<a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>'
        f'<c:numFmt formatCode="0" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/>'
        f'<c:tickLblPos val="nextTo"/><c:crossAx val="50010001"/><c:crosses val="{val_crosses}"/>'
        f'<c:crossBetween val="between"/>{major_unit}</c:valAx>'
        f'</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>'
        f'<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>'
        f'<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr>'
        f'{text_props}'
        f'<c:externalData r:id="{package_rid}"><c:autoUpdate val="0"/></c:externalData>'
        f'</c:chartSpace>')
    return xml.encode("utf-8")


def _lang_tag(lang: str) -> str:
    return "kk-KZ" if lang == "kk" else "ru-RU"


def _chart_workbook(spec: dict, lang: str) -> bytes:
    """The chart's data as the embedded workbook Word opens for "Edit data": categories in A, one series a column."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = _sheet_name(lang)
    sheet.append([""] + [name for name, _, _ in spec["series"]])
    for i, category in enumerate(spec["categories"]):
        sheet.append([category] + [int(values[i]) for _, values, _ in spec["series"]])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.column_dimensions["A"].width = 50
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


class _BlobPart(Part):
    """A package part whose bytes are set after its relationships (the chart names its workbook's rId)."""

    def set_blob(self, blob: bytes) -> None:
        self._blob = blob


def _add_chart(doc, spec: dict, lang: str, number: int, height_cm: float) -> None:
    package = doc.part.package
    chart = _BlobPart(PackURI(f"/word/charts/chart{number}.xml"), CT.DML_CHART, b"", package)
    workbook = Part(PackURI(f"/word/embeddings/Microsoft_Excel_Worksheet{number}.xlsx"), CT.SML_SHEET,
                    _chart_workbook(spec, lang), package)
    chart.set_blob(_chart_xml(spec, lang, chart.relate_to(workbook, RT.PACKAGE)))
    rid = doc.part.relate_to(chart, RT.CHART)
    cx, cy = Emu(Cm(CHART_WIDTH_CM)), Emu(Cm(height_cm))
    inline = parse_xml(
        f'<wp:inline {nsdecls("wp", "a", "c", "r")} distT="0" distB="0" distL="0" distR="0">'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:docPr id="{1000 + number}" name="{escape(spec["title"])}"/><wp:cNvGraphicFramePr/>'
        f'<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">'
        f'<c:chart r:id="{rid}"/></a:graphicData></a:graphic></wp:inline>')
    paragraph = _para(doc, "", space_after=12, keep_next=False)
    paragraph.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    drawing = OxmlElement("w:drawing")
    drawing.append(inline)
    paragraph.add_run()._r.append(drawing)


# ------------------------------------------------------------------------------------------ the Word document
C = WD_ALIGN_PARAGRAPH.CENTER
J = WD_ALIGN_PARAGRAPH.JUSTIFY


# Where the narrow columns' headings may break (soft hyphens: shown only where a line breaks).
HYPHENATED = {word.replace("-", ""): word.replace("-", "\u00ad") for word in (
    "на-прав-ле-но", "по-сту-пи-ло", "на-ру-ше-ни-ем", "со-гла-со-ва-но", "от-ка-за-но", "ре-ше-ния", "Жа-ло-бы",
    "по-да-ны", "жі-бе-ріл-ді", "ке-ліп", "түс-ті", "мер-зі-мін-де", "мер-зі-мі", "бұ-зы-лып", "ке-лі-сіл-ді",
    "тар-тыл-ды", "ішін-де", "ше-шім-сіз", "Ша-ғым-дар", "бе-ріл-ді")}


def hyphenated(text: str) -> str:
    return " ".join(HYPHENATED.get(word, word) for word in text.split(" "))


def _cell(cell, text, *, bold: bool = False, size: int = TABLE_PT, align=C) -> None:
    paragraph = cell.paragraphs[0]
    paragraph.text = ""
    run = paragraph.add_run(str(text))
    run.bold = bold
    run.font.size = Pt(size)
    paragraph.paragraph_format.alignment = align
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def _shade(cell, fill: str = "E7ECF3") -> None:
    properties = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    properties.append(shading)
    _in_schema_order(properties, TC_PR)


# The order WordprocessingML wants the properties in (Word refuses a file whose elements are out of order).
TBL_PR = ("tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize", "tblStyleColBandSize", "tblW", "jc",
          "tblCellSpacing", "tblInd", "tblBorders", "shd", "tblLayout", "tblCellMar", "tblLook")
TC_PR = ("cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap", "tcMar", "textDirection",
         "tcFitText", "vAlign", "hideMark")


def _in_schema_order(parent, names) -> None:
    rank = {qn(f"w:{name}"): i for i, name in enumerate(names)}
    children = sorted(parent, key=lambda child: rank.get(child.tag, len(rank)))  # stable: equals keep their order
    for child in children:
        parent.append(child)


def _finish_table(table, widths) -> None:
    """Column widths on the grid and every cell (``layout._widths``), the properties in schema order."""
    _widths(table, widths)
    _in_schema_order(table._tbl.tblPr, TBL_PR)


def _repeat_header(row) -> None:
    properties = row._tr.get_or_add_trPr()
    element = OxmlElement("w:tblHeader")
    element.set(qn("w:val"), "true")
    properties.append(element)


def side_columns(direction: str, lang: str) -> list[tuple[str, str]]:
    """The columns of a side's table after the body: (group, heading) pairs; the figure each shows is
    ``SIDE_FIELDS[direction]`` in the same order."""
    requests, decisions = _t("requests", lang), _t("decisions", lang)
    first = _t("sent", lang) if direction == "outgoing" else _t("received", lang)
    columns = [(requests, first), (requests, _t("in_time", lang)), (requests, _t("late", lang)),
               (decisions, _t("consented", lang)), (decisions, _t("refused", lang)),
               (decisions, _t("in_time", lang)), (decisions, _t("late", lang))]
    if direction == "outgoing":
        columns.append(("", _t("complaints", lang)))
    else:
        columns.append((decisions, _t("undecided", lang)))
    return columns


SIDE_FIELDS = {
    "outgoing": ("requests", "requests_in_time", "requests_late", "consented", "refused", "decisions_in_time",
                 "decisions_late", "complaints_filed"),
    "incoming": ("requests", "requests_in_time", "requests_late", "consented", "refused", "decisions_in_time",
                 "decisions_late", "overdue_undecided"),
}


WIDTHS = (4.2,) + (1.6,) * 8  # the body, then eight figures: 17 cm


def _narrow_margins(table, twips: int = 45) -> None:
    """Cells with 0.8 mm left and right padding (Word's default is 1.9 mm): the figures' columns are narrow."""
    margins = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        element = OxmlElement(f"w:{side}")
        element.set(qn("w:w"), str(twips))
        element.set(qn("w:type"), "dxa")
        margins.append(element)
    table._tbl.tblPr.append(margins)


def _side_table(doc, direction: str, bodies, total, lang: str) -> None:
    columns = side_columns(direction, lang)
    fields_ = SIDE_FIELDS[direction]
    table = doc.add_table(rows=2, cols=1 + len(columns))
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    _narrow_margins(table)
    top, second = table.rows
    _repeat_header(top)
    _repeat_header(second)
    # The header: the body (two rows), the groups over their columns, a column without a group spans both rows.
    body_cell = top.cells[0].merge(second.cells[0])
    _cell(body_cell, _t("body", lang), bold=True, size=HEADER_PT)
    i = 0
    while i < len(columns):
        group = columns[i][0]
        j = i
        while j + 1 < len(columns) and columns[j + 1][0] == group and group:
            j += 1
        if group:
            merged = top.cells[1 + i].merge(top.cells[1 + j]) if j > i else top.cells[1 + i]
            _cell(merged, group, bold=True, size=HEADER_PT)
            for k in range(i, j + 1):
                _cell(second.cells[1 + k], hyphenated(columns[k][1]), bold=True, size=HEADER_PT)
        else:
            merged = top.cells[1 + i].merge(second.cells[1 + i])
            _cell(merged, hyphenated(columns[i][1]), bold=True, size=HEADER_PT)
        i = j + 1
    for row in (top, second):
        for cell in row.cells:
            _shade(cell)
    for body in bodies:
        cells = table.add_row().cells
        _cell(cells[0], body.name(lang), align=WD_ALIGN_PARAGRAPH.LEFT)
        for cell, name in zip(cells[1:], fields_):
            _cell(cell, getattr(body.figures, name))
    cells = table.add_row().cells
    _cell(cells[0], _t("total", lang), bold=True, align=WD_ALIGN_PARAGRAPH.LEFT)
    for cell, name in zip(cells[1:], fields_):
        _cell(cell, getattr(total, name), bold=True)
    _finish_table(table, WIDTHS)


def _counted_table(doc, heading: str, items, lang: str) -> None:
    table = doc.add_table(rows=1, cols=3)
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, text in zip(table.rows[0].cells, ("№", heading, _t("cases", lang))):
        _cell(cell, text, bold=True, size=HEADER_PT)
        _shade(cell)
    _repeat_header(table.rows[0])
    for n, item in enumerate(items, 1):
        cells = table.add_row().cells
        _cell(cells[0], n)
        _cell(cells[1], item.name(lang), align=WD_ALIGN_PARAGRAPH.LEFT)
        _cell(cells[2], item.cases)
    _finish_table(table, (1.0, 14.0, 2.0))


def _heading(doc, text: str) -> None:
    _para(doc, text, bold=True, space_before=12, space_after=6, keep_next=True)


def _small(doc, text: str, *, italic: bool = False, space_after: int = 0, align=J):
    return _para(doc, text, size=11, italic=italic, space_after=space_after, align=align)


def build_report_docx(report, lang: str = "ru"):
    """The report as a python-docx Document (not yet saved)."""
    _check_lang(lang)
    doc = _document(lang)
    doc.core_properties.title = f"{_t('title', lang)} {_t('subtitle', lang)} {report.period.label(lang)}"
    _para(doc, _t("title", lang), bold=True, align=C)
    _para(doc, _t("subtitle", lang), bold=True, align=C)
    _para(doc, _t("for", lang, label=report.period.label(lang)), bold=True, align=C,
          space_after=0 if report.own(lang) else 6)
    if report.own(lang):
        _para(doc, report.own(lang), align=C, space_after=6)
    _small(doc, _t("basis", lang, basis=report.period.basis(lang)), italic=True)
    as_of = "made" if report.complete else "as_of"
    _small(doc, _t(as_of, lang, day=fmt_date(report.today)), italic=True,
           space_after=0 if report.period.note(lang) else 6)
    if report.period.note(lang):
        _small(doc, report.period.note(lang), italic=True, space_after=6)
    if getattr(report, "masked", False):
        _small(doc, _t("masked", lang), italic=True, space_after=6)

    _heading(doc, _t("s_summary", lang))
    out, inc = report.outgoing_total, report.incoming_total
    _para(doc, _t("summary_out", lang, requests=out.requests, in_time=out.requests_in_time, late=out.requests_late,
                  decisions=out.decisions, consented=out.consented, refused=out.refused,
                  complaints=out.complaints_filed), align=J, indent=True)
    _para(doc, _t("summary_in", lang, requests=inc.requests, in_time=inc.requests_in_time, late=inc.requests_late,
                  decisions=inc.decisions, consented=inc.consented, refused=inc.refused,
                  dec_late=inc.decisions_late, undecided=inc.overdue_undecided), align=J, indent=True)
    _para(doc, _t("summary_cases", lang, cases=report.cases), align=J, indent=True)

    for key, direction, bodies, total in (("s_outgoing", "outgoing", report.outgoing, out),
                                          ("s_incoming", "incoming", report.incoming, inc)):
        _heading(doc, _t(key, lang))
        if not bodies:
            _para(doc, _t("none", lang), align=J, indent=True)
            continue
        _side_table(doc, direction, bodies, total, lang)
        for key, count in (("unchecked_requests", total.requests_unchecked),
                           ("unchecked_decisions", total.decisions_unchecked)):
            if count:
                _small(doc, _t(key, lang, n=count), italic=True)

    _heading(doc, _t("s_charts", lang))
    specs = chart_specs(report, lang)
    for number, spec in enumerate(specs, 1):
        bars = len(spec["categories"]) * (1 if spec["stacked"] else len(spec["series"]))
        height = 7.5 if not spec["horizontal"] else min(20.0, max(6.0, 3.2 + 0.55 * bars))
        _add_chart(doc, spec, lang, number, height)
    _small(doc, _t("chart_note", lang), italic=True, space_after=6)

    _heading(doc, _t("s_courts", lang))
    if not report.cases:
        _para(doc, _t("no_cases", lang), align=J, indent=True)
    else:
        _counted_table(doc, _t("court", lang), report.courts, lang)
        _small(doc, _t("courts_more", lang, n=report.courts_distinct, shown=len(report.courts)), italic=True,
               space_after=10)
        _counted_table(doc, _t("subject", lang), report.subjects, lang)
        _small(doc, _t("subjects_more", lang, n=report.subjects_distinct, shown=len(report.subjects)), italic=True)

    _heading(doc, _t("s_rules", lang))
    for n, (ru, kk) in enumerate(report.rules, 1):
        _small(doc, f"{n}. {kk if lang == 'kk' else ru}", space_after=3)
    _small(doc, report.period.explanation(lang), space_after=3)
    return doc


def write_report_docx(report, path, lang: str = "ru") -> Path:
    """Write the report as DOCX at ``path`` (atomically); returns the path."""
    doc = build_report_docx(report, lang)
    buffer = io.BytesIO()
    doc.save(buffer)
    return _write_atomically(Path(path), buffer.getvalue())


# ------------------------------------------------------------------------------------------ the workbook
XLSX_FIELDS = ("requests", "requests_in_time", "requests_late", "requests_unchecked", "consented", "refused",
               "decisions_in_time", "decisions_late", "overdue_undecided", "decisions_unchecked", "complaints_filed")


def xlsx_headers(lang: str) -> list[str]:
    return [_t("x_side", lang), _t("x_body", lang), _t("x_requests", lang), _t("in_time", lang), _t("late", lang),
            _t("x_req_unchecked", lang), _t("consented", lang), _t("refused", lang), _t("x_dec_in_time", lang),
            _t("x_dec_late", lang), _t("undecided", lang), _t("x_dec_unchecked", lang), _t("complaints", lang)]


def build_report_workbook(report, lang: str = "ru"):
    """The report as an openpyxl Workbook (not yet saved)."""
    from openpyxl import Workbook
    from openpyxl.chart import BarChart, Reference, Series
    from openpyxl.chart.data_source import StrRef
    from openpyxl.chart.series import SeriesLabel
    from openpyxl.styles import Alignment, Font, PatternFill

    _check_lang(lang)
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="E7ECF3")
    wrap = Alignment(wrap_text=True, vertical="center", horizontal="center")
    book = Workbook()
    figures = book.active
    figures.title = _t("x_figures", lang)
    figures.append(xlsx_headers(lang))
    for cell in figures[1]:
        cell.font, cell.fill, cell.alignment = bold, fill, wrap
    figures.row_dimensions[1].height = 48
    for side, bodies in (("x_out", report.outgoing), ("x_in", report.incoming)):
        for body in bodies:
            values = body.figures.to_dict()
            figures.append([_t(side, lang), body.name(lang)] + [values[name] for name in XLSX_FIELDS])
    first_total = figures.max_row + 1
    for label, total in (("x_total_out", report.outgoing_total), ("x_total_in", report.incoming_total),
                         ("x_total", report.total)):
        values = total.to_dict()
        figures.append([_t("total", lang) if label != "x_total" else "", _t(label, lang)]
                       + [values[name] for name in XLSX_FIELDS])
        for cell in figures[figures.max_row]:
            cell.font = bold
    figures.freeze_panes = "A2"
    figures.column_dimensions["A"].width = 20
    figures.column_dimensions["B"].width = 48
    for index in range(3, 3 + len(XLSX_FIELDS)):
        figures.column_dimensions[_column(index)].width = 14
    for row in figures.iter_rows(min_row=2, max_col=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")

    courts = book.create_sheet(_t("x_courts", lang))
    courts.append([_t("court", lang), _t("cases", lang), "", _t("subject", lang), _t("cases", lang)])
    for cell in courts[1]:
        if cell.value:
            cell.font, cell.fill = bold, fill
    for i in range(max(len(report.courts), len(report.subjects))):
        row = ["", "", "", "", ""]
        if i < len(report.courts):
            row[0:2] = [report.courts[i].name(lang), report.courts[i].cases]
        if i < len(report.subjects):
            row[3:5] = [report.subjects[i].name(lang), report.subjects[i].cases]
        courts.append([value if value != "" else None for value in row])
    courts.freeze_panes = "A2"
    for column, width in (("A", 60), ("B", 10), ("C", 3), ("D", 60), ("E", 10)):
        courts.column_dimensions[column].width = width

    charts = book.create_sheet(_t("x_charts", lang))
    quoted = "'" + figures.title.replace("'", "''") + "'"
    body_rows = (2, first_total - 1) if first_total > 2 else (first_total + 2, first_total + 2)  # none: the total
    specs = [("chart_requests", (4, 5), True, body_rows), ("chart_decisions", (7, 8), False, body_rows),
             ("chart_timeliness", (9, 10), False, (first_total, first_total + 1))]
    anchor_row = 1
    for key, (low, high), stacked, (min_row, max_row) in specs:
        chart = BarChart()
        chart.type = "bar" if key != "chart_timeliness" else "col"
        chart.grouping = "stacked" if stacked else "clustered"
        if stacked:
            chart.overlap = 100
        chart.title = _t(key, lang)
        chart.x_axis.delete = False  # openpyxl leaves the axes' "delete" unset, and Excel then hides them
        chart.y_axis.delete = False
        chart.y_axis.title = _t("cases", lang)
        if chart.type == "bar":
            chart.x_axis.scaling.orientation = "maxMin"  # the first body on top, as in the table
            chart.y_axis.crosses = "max"  # ... and the value axis still at the bottom
        for column in range(low, high + 1):
            letter = _column(column)
            series = Series(Reference(figures, min_col=column, min_row=min_row, max_row=max_row))
            series.tx = SeriesLabel(strRef=StrRef(f"{quoted}!${letter}$1"))  # the column's heading names it
            chart.series.append(series)
        chart.set_categories(Reference(figures, min_col=2, min_row=min_row, max_row=max_row))
        bars = max_row - min_row + 1
        largest = max([0] + [figures.cell(r, c).value or 0 for r in range(min_row, max_row + 1)
                             for c in range(low, high + 1)])
        if largest <= 10:
            chart.y_axis.majorUnit = 1  # whole cases, not 0.5
        chart.y_axis.number_format = "0"
        chart.width = 24
        chart.height = max(7.5, min(22.0, 3.5 + 0.8 * bars * (1 if stacked else 2))) if chart.type == "bar" else 9
        for series, colour in zip(chart.series, _xlsx_colours(key)):
            series.graphicalProperties.solidFill = colour
            series.graphicalProperties.line.solidFill = colour
        charts.add_chart(chart, f"A{anchor_row}")
        anchor_row += int(chart.height * 2) + 2

    about = book.create_sheet(_t("x_about", lang))
    rows = [(_t("x_period", lang), report.period.label(lang)), (_t("x_own", lang), report.own(lang)),
            (_t("x_basis", lang), report.period.basis(lang)), (_t("x_as_of", lang), fmt_date(report.today))]
    if report.period.note(lang):
        rows.append(("", report.period.note(lang)))
    if getattr(report, "masked", False):
        rows.append((_t("x_masked", lang), _t("masked", lang)))
    rows.append((_t("x_rules", lang), ""))
    rows += [(n, kk if lang == "kk" else ru) for n, (ru, kk) in enumerate(report.rules, 1)]
    rows.append(("", report.period.explanation(lang)))
    for label, text in rows:
        about.append([label, text])
        about.row_dimensions[about.max_row].height = 15 * max(1, -(-len(str(text)) // 105))  # wrapped lines
        about.cell(about.max_row, 1).font = bold
        about.cell(about.max_row, 2).alignment = Alignment(wrap_text=True, vertical="top")
        about.cell(about.max_row, 1).alignment = Alignment(vertical="top")
    about.column_dimensions["A"].width = 22
    about.column_dimensions["B"].width = 110
    book.active = 0
    return book


def _xlsx_colours(key: str) -> tuple[str, str]:
    if key == "chart_decisions":
        return COLOURS["consented"], COLOURS["refused"]
    return COLOURS["in_time"], COLOURS["late"]


def write_report_xlsx(report, path, lang: str = "ru") -> Path:
    """Write the report as XLSX at ``path`` (atomically); returns the path."""
    book = build_report_workbook(report, lang)
    buffer = io.BytesIO()
    book.save(buffer)
    return _write_atomically(Path(path), buffer.getvalue())


# ------------------------------------------------------------------------------------------ writing
def _check_lang(lang: str) -> None:
    if lang not in ("ru", "kk"):
        raise DocumentError("Язык отчёта: ru или kk.", "Есеп тілі: ru немесе kk.", code="bad-language")


def _write_atomically(target: Path, data: bytes) -> Path:
    """The bytes into a temporary file beside ``target``, then moved over it in one step: a reader never sees half a
    file, and a failure leaves the old file as it was."""
    tmp: Path | None = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=".kelisim-", suffix=target.suffix + ".tmp", dir=target.parent)
        tmp = Path(name)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
        tmp = None
        return target
    except OSError as exc:
        raise _disk_error(exc, target) from exc
    finally:
        if tmp is not None:
            try:
                tmp.unlink()
            except OSError:
                pass


__all__ = ["write_report_docx", "write_report_xlsx", "build_report_docx", "build_report_workbook",
           "report_file_name", "chart_specs"]
