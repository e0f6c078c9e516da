"""The built-in templates, built with python-docx: the letter layout of a Kazakh state body.

``make templates`` (``python -m kelisim.documents.layout``) writes ``resources/templates/ru|kk/*.docx`` from this
module; a test checks the committed files say what this module says. Layout: A4; margins 30 mm left, 10 mm right,
20 mm top and bottom (the state bodies' rules of documentation); Times New Roman 14, the executor line 12; the
letterhead in Kazakh (left) and Russian (right) with room for the emblem between; the addressee block on the right;
the body justified with a 1.25 cm first-line indent. The Jinja tags are docxtpl's: ``{%p … %}`` for a paragraph that
only carries a tag, ``{%tr … %}`` for a table row.
"""
from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt

FONT = "Times New Roman"
BODY_PT = 14
SMALL_PT = 12


# ------------------------------------------------------------------------------------------ building blocks
def _document(lang: str) -> Document:
    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin, section.right_margin = Mm(30), Mm(10)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    style = doc.styles["Normal"]
    style.font.name = FONT
    style.font.size = Pt(BODY_PT)
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)
    lang_el = OxmlElement("w:lang")
    lang_el.set(qn("w:val"), "kk-KZ" if lang == "kk" else "ru-RU")
    rpr.append(lang_el)
    fmt = style.paragraph_format
    fmt.space_before, fmt.space_after = Pt(0), Pt(0)
    fmt.line_spacing = 1.0
    doc.core_properties.title = ""
    doc.core_properties.author = "Kelisim"
    return doc


def _para(doc_or_cell, text: str = "", *, bold: bool = False, align=None, indent: bool = False, size: int | None = None,
          left_cm: float | None = None, space_after: int = 0, space_before: int = 0, keep_next: bool = False,
          italic: bool = False):
    paragraph = doc_or_cell.add_paragraph()
    if text:
        for chunk, chunk_bold in _bold_chunks(text, bold):
            run = paragraph.add_run(chunk)
            run.bold = chunk_bold
            run.italic = italic
            if size:
                run.font.size = Pt(size)
    fmt = paragraph.paragraph_format
    if align is not None:
        fmt.alignment = align
    if indent:
        fmt.first_line_indent = Cm(1.25)
    if left_cm is not None:
        fmt.left_indent = Cm(left_cm)
    fmt.space_after = Pt(space_after)
    fmt.space_before = Pt(space_before)
    if keep_next:
        fmt.keep_with_next = True
    return paragraph


def _bold_chunks(text: str, bold: bool):
    """«**Суд:** {{ case.court }}» → a bold label and a plain value (a label in bold is how letters list details)."""
    if "**" not in text:
        return [(text, bold)]
    out = []
    for i, chunk in enumerate(text.split("**")):
        if chunk:
            out.append((chunk, (i % 2 == 1) or bold))
    return out


def _tag(doc, tag: str):
    """A paragraph that only carries a docxtpl paragraph tag ({%p … %}): removed from the output."""
    return _para(doc, tag)


def _no_borders(table) -> None:
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    tbl_pr.append(borders)


def _bottom_rule(paragraph) -> None:
    p_pr = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "thickThinSmallGap"), ("w:sz", "18"), ("w:space", "1"), ("w:color", "1F3864")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    p_pr.append(borders)


def _widths(table, widths_cm) -> None:
    """Column widths that Word and LibreOffice both keep: the grid and every cell."""
    table.autofit = False
    grid = table._tbl.tblGrid
    for col, width in zip(grid.findall(qn("w:gridCol")), widths_cm):
        col.set(qn("w:w"), str(int(Cm(width).twips)))
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    table._tbl.tblPr.append(layout)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_cm):
            cell.width = Cm(width)


def _letterhead(doc, body: str, lang: str) -> None:
    """The body's name in Kazakh (left) and Russian (right), the emblem's place between, a rule under."""
    table = doc.add_table(rows=1, cols=3)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    _no_borders(table)
    _widths(table, (7.3, 2.4, 7.3))
    left, middle, right = table.rows[0].cells
    for cell, field_name in ((left, "name_kk"), (right, "name_ru")):
        cell.paragraphs[0].text = ""
        paragraph = cell.paragraphs[0]
        run = paragraph.add_run(f"{{{{ {body}.{field_name}|upper }}}}")
        run.bold = True
        run.font.size = Pt(SMALL_PT)
        paragraph.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    middle.paragraphs[0].text = ""
    rule = _para(doc, "", size=6)
    _bottom_rule(rule)
    contacts = _para(doc, f"{{{{ {body}.address }}}}{{% if {body}.phone %}}, тел. {{{{ {body}.phone }}}}{{% endif %}}"
                          f"{{% if {body}.email %}}, {{{{ {body}.email }}}}{{% endif %}}",
                     size=10, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=6)
    contacts.runs[0].italic = True


def _number_line(doc, lang: str, number: str, day: str) -> None:
    if lang == "kk":
        text = f"{{{{ {day} or doc.blank }}}} № {{{{ {number} or doc.blank }}}}"
    else:
        text = f"№ {{{{ {number} or doc.blank }}}} от {{{{ {day} or doc.blank }}}}"
    _para(doc, text, size=SMALL_PT, space_after=12)


def _addressee(doc, title: str, name: str) -> None:
    _para(doc, f"{{{{ {title} }}}}", bold=True, left_cm=9.0)
    _para(doc, f"{{{{ {name} }}}}", bold=True, left_cm=9.0, space_after=18)


def _signature(doc, position: str, name: str) -> None:
    _para(doc, "", space_before=24)
    table = doc.add_table(rows=1, cols=2)
    _no_borders(table)
    _widths(table, (11.0, 6.0))
    left, right = table.rows[0].cells
    left.paragraphs[0].text = ""
    run = left.paragraphs[0].add_run(f"{{{{ {position} }}}}")
    run.bold = True
    right.paragraphs[0].text = ""
    run = right.paragraphs[0].add_run(f"{{{{ {name} }}}}")
    run.bold = True
    right.paragraphs[0].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    left.vertical_alignment = right.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.BOTTOM


def _executor(doc, lang: str, name: str, phone: str) -> None:
    label = "Орын." if lang == "kk" else "Исп."
    _para(doc, "", space_before=36)
    _para(doc, f"{label}: {{{{ {name} }}}}", size=SMALL_PT)
    _para(doc, f"{{% if {phone} %}}Тел.: {{{{ {phone} }}}}{{% endif %}}", size=SMALL_PT)


J = WD_ALIGN_PARAGRAPH.JUSTIFY
C = WD_ALIGN_PARAGRAPH.CENTER


def _case_details(doc, lang: str) -> None:
    if lang == "kk":
        rows = [
            "**Сот:** {{ case.court }}.",
            "**Іс нөмірі:** {{ case.number }}.",
            "{% if case.plaintiffs %}**Талап қоюшы:** {{ case.plaintiffs }}.{% endif %}",
            "{% if case.applicants %}**Өтініш беруші:** {{ case.applicants }}.{% endif %}",
            "{% if case.defendants %}**Жауапкер:** {{ case.defendants }}.{% endif %}",
            "{% if case.third_parties %}**Үшінші тұлғалар:** {{ case.third_parties }}.{% endif %}",
            "**Талап қою нысанасы:** {{ case.subject }}.",
            "**Шағым жасалатын сот актісі:** {{ case.act_kind }}, {{ case.act_date }}"
            "{% if case.act_received %} (алынған күні — {{ case.act_received }}){% endif %}.",
            "**Шағым жасау мерзімі:** {{ deadlines.term }} ({{ deadlines.term_basis }}), "
            "{{ deadlines.expiry }} күні өтеді.",
        ]
    else:
        rows = [
            "**Суд:** {{ case.court }}.",
            "**Номер дела:** {{ case.number }}.",
            "{% if case.plaintiffs %}**Истец:** {{ case.plaintiffs }}.{% endif %}",
            "{% if case.applicants %}**Заявитель:** {{ case.applicants }}.{% endif %}",
            "{% if case.defendants %}**Ответчик:** {{ case.defendants }}.{% endif %}",
            "{% if case.third_parties %}**Третьи лица:** {{ case.third_parties }}.{% endif %}",
            "**Предмет иска:** {{ case.subject }}.",
            "**Обжалуемый судебный акт:** {{ case.act_kind }} от {{ case.act_date }}"
            "{% if case.act_received %} (получен {{ case.act_received }}){% endif %}.",
            "**Срок обжалования:** {{ deadlines.term }} ({{ deadlines.term_basis }}), истекает {{ deadlines.expiry }}.",
        ]
    for row in rows:
        if row.startswith("{% if"):
            condition, rest = row[: row.index("%}") + 2], row[row.index("%}") + 2: -len("{% endif %}")]
            _tag(doc, condition.replace("{%", "{%p", 1))
            _para(doc, rest, indent=True)
            _tag(doc, "{%p endif %}")
        else:
            _para(doc, row, indent=True)


def _attachment_lines(doc, lang: str) -> None:
    if lang == "kk":
        _para(doc, "**Қосымша:** {% if attachments.total_pages %}{{ attachments.total_pages }} парақта{% else %}"
                   "___ парақта{% endif %}.", space_before=12)
        _tag(doc, "{%p for a in attachments.list %}")
        _para(doc, "{{ a.n }}. {{ a.title }} — {% if a.pages %}{{ a.pages }} парақ{% else %}___ парақ{% endif %}.",
              align=J, left_cm=0.5)
    else:
        _para(doc, "**Приложение:** на {% if attachments.total_pages %}{{ attachments.total_pages }}{% else %}___"
                   "{% endif %} л.", space_before=12)
        _tag(doc, "{%p for a in attachments.list %}")
        _para(doc, "{{ a.n }}. {{ a.title }} — на {% if a.pages %}{{ a.pages }}{% else %}___{% endif %} л.",
              align=J, left_cm=0.5)
    _tag(doc, "{%p endfor %}")


# ------------------------------------------------------------------------------------------ the four documents
def build_request(lang: str) -> Document:
    """Запрос о согласовании права апелляционного / кассационного обжалования (Алгоритм, п. 6)."""
    doc = _document(lang)
    _letterhead(doc, "requester", lang)
    _number_line(doc, lang, "out.number", "out.date")
    _addressee(doc, "addressee.title", "addressee.name")
    if lang == "kk":
        _para(doc, "{{ case.stage_word|capitalize }} шағым жасау құқығын келісу туралы", bold=True, space_after=12)
        _para(doc, "{{ law.consent_basis }}{% if case.administrative %} (әкімшілік сот ісін жүргізуде "
                   "{{ law.admin_basis }} сәйкес қолданылады){% endif %} және Сот актілеріне апелляциялық, "
                   "кассациялық шағым жасау құқығын келісу туралы сұрау салуды қарау алгоритмінің (бұдан әрі – "
                   "Алгоритм) 6-тармағына сәйкес {{ requester.name }} мына іс бойынша сот актісіне "
                   "{{ case.stage_word }} шағым жасау құқығын келісуді сұрайды.", align=J, indent=True)
        _case_details(doc, lang)
        _para(doc, "Шағым жасауға негіздер қоса беріліп отырған {{ case.complaint_word }} жобасында баяндалған.",
              align=J, indent=True)
        _para(doc, "Сұрау салу Алгоритмнің 6-тармағында белгіленген мерзімде жіберіліп отыр (шағым жасау мерзімі "
                   "өткенге дейін он жұмыс күнінен кешіктірілмей; жіберудің соңғы күні — "
                   "{{ deadlines.request_latest }}). Шешімді сұрау салу келіп түскен күннен бастап жеті жұмыс "
                   "күнінен аспайтын мерзімде (Алгоритмнің 8-тармағы) қабылдап, бізге жіберуіңізді сұраймыз.",
              align=J, indent=True)
    else:
        _para(doc, "О согласовании права {{ case.stage_word }} обжалования", bold=True, space_after=12)
        _para(doc, "В соответствии с {{ law.consent_basis }}{% if case.administrative %} (применяется в "
                   "административном судопроизводстве в силу {{ law.admin_basis }}){% endif %} и пунктом 6 "
                   "Алгоритма рассмотрения запроса о согласовании права апелляционного, кассационного обжалования "
                   "судебных актов (далее — Алгоритм) {{ requester.name }} просит согласовать право "
                   "{{ case.stage_word }} обжалования судебного акта по следующему делу.", align=J, indent=True)
        _case_details(doc, lang)
        _para(doc, "Основания для обжалования изложены в прилагаемом проекте {{ case.complaint_word }}.",
              align=J, indent=True)
        _para(doc, "Запрос направляется в срок, установленный пунктом 6 Алгоритма (не позднее десяти рабочих дней "
                   "до истечения срока обжалования; последний день направления — {{ deadlines.request_latest }}). "
                   "Просим принять решение в срок, не превышающий семи рабочих дней со дня поступления запроса "
                   "(пункт 8 Алгоритма), и направить его в наш адрес.", align=J, indent=True)
    _attachment_lines(doc, lang)
    _signature(doc, "signatory.position", "signatory.initials_surname")
    _executor(doc, lang, "executor.name", "executor.phone")
    return doc


def build_decision(lang: str) -> Document:
    """Решение о согласовании / об отказе в согласовании (Алгоритм, п. 8) with its four mandatory fields."""
    doc = _document(lang)
    _letterhead(doc, "approver", lang)
    _number_line(doc, lang, "decision.number", "decision.date")
    _addressee(doc, "reply_to.title", "reply_to.name")
    if lang == "kk":
        _para(doc, "ШЕШІМ", bold=True, align=C)
        _para(doc, "{{ case.stage_word|capitalize }} шағым жасау құқығын {% if decision.refused %}келісуден бас "
                   "тарту{% elif decision.consented %}келісу{% else %}келісу / келісуден бас тарту{% endif %} туралы",
              bold=True, align=C, space_after=12)
        _para(doc, "{{ requester.name_gen }} {{ out.date or doc.blank }} № {{ out.number or doc.blank }} сұрау "
                   "салуын (келіп түскен күні — {{ incoming.date or doc.blank }}, кіріс № "
                   "{{ incoming.number or doc.blank }}) қарап, Сот актілеріне апелляциялық, кассациялық шағым жасау "
                   "құқығын келісу туралы сұрау салуды қарау алгоритмінің (бұдан әрі – Алгоритм) 8-тармағына сәйкес "
                   "мынадай шешім қабылданды.", align=J, indent=True)
        lines = ["**1. Жоғары тұрған әкімшілік органның атауы:** {{ approver.name }}.",
                 "**2. Соттың атауы:** {{ case.court }}.",
                 "**3. Талап қою нысанасы:** {{ case.subject }} (іс № {{ case.number }}).",
                 "**4. Шешім:** {% if decision.decided %}{{ decision.verdict }}{% else %}[КЕЛІСУ / КЕЛІСУДЕН БАС "
                 "ТАРТУ — біреуін таңдаңыз]{% endif %}",
                 "**Қабылданған шешімнің негіздемесі:** {% if decision.reasons %}{{ decision.reasons }}{% else %}"
                 "[НЕГІЗДЕМЕ: келісудің немесе бас тартудың негіздерін баяндаңыз (Алгоритмнің 8-тармағы)]"
                 "{% endif %}"]
    else:
        _para(doc, "РЕШЕНИЕ", bold=True, align=C)
        _para(doc, "{% if decision.refused %}об отказе в согласовании{% elif decision.consented %}о согласовании"
                   "{% else %}о согласовании / об отказе в согласовании{% endif %} права {{ case.stage_word }} "
                   "обжалования", bold=True, align=C, space_after=12)
        _para(doc, "Рассмотрев запрос {{ requester.name_gen }} от {{ out.date or doc.blank }} № "
                   "{{ out.number or doc.blank }} (поступил {{ incoming.date or doc.blank }}, вх. № "
                   "{{ incoming.number or doc.blank }}), в соответствии с пунктом 8 Алгоритма рассмотрения запроса "
                   "о согласовании права апелляционного, кассационного обжалования судебных актов (далее — Алгоритм) "
                   "принято следующее решение.", align=J, indent=True)
        lines = ["**1. Наименование вышестоящего административного органа:** {{ approver.name }}.",
                 "**2. Наименование суда:** {{ case.court }}.",
                 "**3. Предмет иска:** {{ case.subject }} (дело № {{ case.number }}).",
                 "**4. Решение:** {% if decision.decided %}{{ decision.verdict }}{% else %}[СОГЛАСОВАТЬ / "
                 "ОТКАЗАТЬ В СОГЛАСОВАНИИ — выберите одно]{% endif %}",
                 "**Обоснование принятого решения:** {% if decision.reasons %}{{ decision.reasons }}{% else %}"
                 "[ОБОСНОВАНИЕ: изложите основания согласования или отказа (пункт 8 Алгоритма)]{% endif %}"]
    for line in lines:
        _para(doc, line, align=J, indent=True, space_after=6)
    _tag(doc, "{%p if decision_signatory.authority_documents %}")
    if lang == "kk":
        _para(doc, "**Қосымша:** өкілеттікті растайтын құжаттар (Алгоритмнің 8-тармағы): "
                   "{{ decision_signatory.authority_documents }}.", align=J, space_before=12)
    else:
        _para(doc, "**Приложение:** документы, подтверждающие полномочия (пункт 8 Алгоритма): "
                   "{{ decision_signatory.authority_documents }}.", align=J, space_before=12)
    _tag(doc, "{%p endif %}")
    _signature(doc, "decision_signatory.position", "decision_signatory.initials_surname")
    _executor(doc, lang, "legal_head.name", "legal_head.phone")
    return doc


def build_proposal(lang: str) -> Document:
    """Предложение юридической службы о согласовании или об отказе (Алгоритм, п. 7), to the decision signatory."""
    doc = _document(lang)
    if lang == "kk":
        _addressee(doc, "approver.head_dat|capitalize", "decision_signatory.initials_surname")
        _para(doc, "ҰСЫНЫС", bold=True, align=C)
        _para(doc, "{{ case.stage_word|capitalize }} шағым жасау құқығын келісу (келісуден бас тарту) туралы",
              bold=True, align=C, space_after=12)
        _para(doc, "Алгоритмнің 7-тармағына сәйкес заң қызметі {{ requester.name_gen }} {{ out.date or doc.blank }} "
                   "№ {{ out.number or doc.blank }} сұрау салуын (келіп түскен күні — {{ incoming.date or doc.blank }},"
                   " кіріс № {{ incoming.number or doc.blank }}) қарады.", align=J, indent=True)
        _case_details(doc, lang)
        _para(doc, "{% if deadlines.request_in_time == false %}Сұрау салу Алгоритмнің 6-тармағында белгіленген "
                   "мерзімді бұза отырып жіберілген (соңғы күні — {{ deadlines.request_latest }}).{% else %}Сұрау "
                   "салу Алгоритмнің 6-тармағында белгіленген мерзімде жіберілген (соңғы күні — "
                   "{{ deadlines.request_latest }}).{% endif %} Шешім {{ deadlines.decision_due or doc.blank }} "
                   "кешіктірілмей қабылдануға тиіс (Алгоритмнің 8-тармағы).", align=J, indent=True)
        _para(doc, "**Шағым жасау негіздерін талдау:** {% if proposal.reasons %}{{ proposal.reasons }}{% else %}[шағым "
                   "жасау үшін заңнамада көзделген негіздердің бар-жоғын баяндаңыз]{% endif %}", align=J, indent=True)
        _para(doc, "**Ұсыныс:** {% if proposal.made %}{{ proposal.verdict }}{% elif decision.decided %}"
                   "{{ decision.verdict }}{% else %}[КЕЛІСУ / КЕЛІСУДЕН БАС ТАРТУ]{% endif %}", align=J, indent=True)
        position = "legal_head.position or 'Заң қызметінің басшысы'"
    else:
        _addressee(doc, "approver.head_dat|capitalize", "decision_signatory.initials_surname")
        _para(doc, "ПРЕДЛОЖЕНИЕ", bold=True, align=C)
        _para(doc, "о согласовании (об отказе в согласовании) права {{ case.stage_word }} обжалования", bold=True,
              align=C, space_after=12)
        _para(doc, "В соответствии с пунктом 7 Алгоритма юридическая служба рассмотрела запрос "
                   "{{ requester.name_gen }} от {{ out.date or doc.blank }} № {{ out.number or doc.blank }} "
                   "(поступил {{ incoming.date or doc.blank }}, вх. № {{ incoming.number or doc.blank }}).",
              align=J, indent=True)
        _case_details(doc, lang)
        _para(doc, "{% if deadlines.request_in_time == false %}Запрос направлен с нарушением срока, установленного "
                   "пунктом 6 Алгоритма (последний день — {{ deadlines.request_latest }}).{% else %}Запрос направлен "
                   "в срок, установленный пунктом 6 Алгоритма (последний день — {{ deadlines.request_latest }})."
                   "{% endif %} Решение должно быть принято не позднее {{ deadlines.decision_due or doc.blank }} "
                   "(пункт 8 Алгоритма).", align=J, indent=True)
        _para(doc, "**Анализ оснований для обжалования:** {% if proposal.reasons %}{{ proposal.reasons }}{% else %}"
                   "[изложите, имеются ли предусмотренные законодательством основания для обжалования судебного акта]"
                   "{% endif %}", align=J, indent=True)
        _para(doc, "**Предложение:** {% if proposal.made %}{{ proposal.verdict }}{% elif decision.decided %}"
                   "{{ decision.verdict }}{% else %}[СОГЛАСОВАТЬ / ОТКАЗАТЬ В СОГЛАСОВАНИИ]{% endif %}", align=J,
              indent=True)
        position = "legal_head.position or 'Руководитель юридической службы'"
    _attachment_lines(doc, lang)
    _signature(doc, position, "legal_head.initials_surname")
    _executor(doc, lang, "legal_head.name", "legal_head.phone")
    return doc


def build_attachments_list(lang: str) -> Document:
    """Опись прилагаемых документов: a table of the attachments with their page counts."""
    doc = _document(lang)
    if lang == "kk":
        _para(doc, "{{ case.stage_word|capitalize }} шағым жасау құқығын келісу туралы сұрау салуға қоса берілетін "
                   "құжаттардың", bold=True, align=C)
        _para(doc, "ТІЗІМДЕМЕСІ", bold=True, align=C)
        _para(doc, "(іс № {{ case.number }}, {{ case.court }})", align=C, space_after=12)
        header = ("№", "Құжаттың атауы", "Парақтар саны")
        total = "Барлығы"
    else:
        _para(doc, "ОПИСЬ", bold=True, align=C)
        _para(doc, "документов, прилагаемых к запросу о согласовании права {{ case.stage_word }} обжалования",
              bold=True, align=C)
        _para(doc, "(дело № {{ case.number }}, {{ case.court }})", align=C, space_after=12)
        header = ("№ п/п", "Наименование документа", "Количество листов")
        total = "Итого"
    table = doc.add_table(rows=4, cols=3)
    table.style = doc.styles["Table Grid"]
    _widths(table, (1.6, 12.0, 3.4))
    for cell, text in zip(table.rows[0].cells, header):
        cell.paragraphs[0].text = ""
        run = cell.paragraphs[0].add_run(text)
        run.bold = True
        cell.paragraphs[0].paragraph_format.alignment = C
    table.rows[1].cells[0].paragraphs[0].text = "{%tr for a in attachments.list %}"
    row = table.add_row()  # the total, after the loop's rows
    values = ("{{ a.n }}", "{{ a.title }}", "{% if a.pages %}{{ a.pages }}{% else %}___{% endif %}")
    for cell, text in zip(table.rows[2].cells, values):
        cell.paragraphs[0].text = text
    table.rows[2].cells[0].paragraphs[0].paragraph_format.alignment = C
    table.rows[2].cells[2].paragraphs[0].paragraph_format.alignment = C
    table.rows[3].cells[0].paragraphs[0].text = "{%tr endfor %}"
    cells = row.cells
    cells[1].paragraphs[0].text = ""
    run = cells[1].paragraphs[0].add_run(total)
    run.bold = True
    cells[2].paragraphs[0].text = "{% if attachments.total_pages %}{{ attachments.total_pages }}{% else %}___" \
                                  "{% endif %}"
    cells[2].paragraphs[0].paragraph_format.alignment = C
    _signature(doc, "signatory.position", "signatory.initials_surname")
    _executor(doc, lang, "executor.name", "executor.phone")
    return doc


BUILDERS = {"request": build_request, "decision": build_decision, "attachments-list": build_attachments_list,
            "proposal": build_proposal}


def write_builtin(dest: Path) -> list[Path]:
    """Write every built-in template under ``dest/ru`` and ``dest/kk``."""
    written = []
    for lang in ("ru", "kk"):
        folder = Path(dest) / lang
        folder.mkdir(parents=True, exist_ok=True)
        for kind, build in BUILDERS.items():
            path = folder / f"{kind}.docx"
            build(lang).save(str(path))
            written.append(path)
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[3] / "resources" / "templates"
    for path in write_builtin(target):
        print(path)
