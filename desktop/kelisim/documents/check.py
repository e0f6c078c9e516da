"""The template check: before every rendering and as ``kelisim templates check [PATH]``.

A DOCX template is read the way docxtpl will read it, one line per paragraph (table cells, headers and footers
included), so every problem is reported with the text of the paragraph where it sits — never "line 1 of
document.xml". Checked:
- the file is a readable DOCX;
- Jinja syntax (unclosed ``{% if %}``, a stray ``}}``, typographic quotes Word put inside a tag…);
- every name resolves against the documented context (``case.court``, ``a.title`` inside
  ``{% for a in attachments.list %}``…), found statically, so a name inside a branch the sample does not take is
  still checked;
- unknown filters, and a rendering against sample cases (undecided, consented, refused) that must not fail;
- the decision's four mandatory fields (Algorithm п. 8): the higher administrative body, the court, the subject of
  the claim, the decision with its reasons.
"""
from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

import jinja2
from jinja2 import nodes

from kelisim.documents.context import KINDS, Fields, build_context
from kelisim.documents.sample import sample_bundle

DOCXTPL_PREFIX = re.compile(r"({%|{{|{#)(?:p|tr|tc|r) ")
TAG = re.compile(r"{%.*?%}|{{.*?}}", re.DOTALL)
CURLY = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'"})
JINJA_GLOBALS = {"loop", "range", "dict", "lipsum", "cycler", "joiner", "namespace", "true", "false", "none",
                 "True", "False", "None"}

# Algorithm п. 8: «наименование вышестоящего административного органа; наименование суда; изложение предмета иска;
# решение о согласовании/несогласовании с обоснованием принятого решения». Each: (label ru, label kk, any of paths).
MANDATORY = {
    "decision": (
        ("наименование вышестоящего административного органа", "жоғары тұрған әкімшілік органның атауы",
         ("approver.name", "approver.name_ru", "approver.name_kk")),
        ("наименование суда", "соттың атауы", ("case.court", "case.court_ru", "case.court_kk")),
        ("предмет иска", "талап қою нысанасы", ("case.subject",)),
        ("решение о согласовании или об отказе", "келісу немесе бас тарту туралы шешім",
         ("decision.verdict", "decision.consented", "decision.refused")),
        ("обоснование решения", "шешімнің негіздемесі", ("decision.reasons",)),
    ),
}


@dataclass(frozen=True)
class Problem:
    code: str  # unreadable | syntax | unknown-name | bad-filter | render | mandatory-missing
    field: str  # the name or tag at fault
    paragraph: str  # the text of the paragraph where it sits (shortened)
    message_ru: str
    message_kk: str

    def message(self, lang: str = "ru") -> str:
        return self.message_kk if lang == "kk" else self.message_ru


def normalise_tags(text: str) -> str:
    """What Word does to a tag and docxtpl does not undo: typographic quotes typed inside ``{{ }}`` / ``{% %}``."""
    return TAG.sub(lambda m: m.group(0).translate(CURLY), text)


def _paragraph_texts(path: Path) -> list[str]:
    from docx import Document
    from docx.oxml.ns import qn

    document = Document(str(path))
    lines: list[str] = []

    def collect(element) -> None:
        for paragraph in element.iter(qn("w:p")):
            lines.append("".join(t.text or "" for t in paragraph.iter(qn("w:t"))))
    for section in document.sections:
        for part in (section.header, section.first_page_header, section.even_page_header):
            if not part.is_linked_to_previous:
                collect(part._element)
    collect(document.element.body)
    for section in document.sections:
        for part in (section.footer, section.first_page_footer, section.even_page_footer):
            if not part.is_linked_to_previous:
                collect(part._element)
    return lines


def skeleton(path: Path) -> list[str]:
    """The template as docxtpl's Jinja sees it, one line per paragraph: ``{%p if … %}`` becomes ``{% if … %}``."""
    return [normalise_tags(DOCXTPL_PREFIX.sub(r"\1 ", line)) for line in _paragraph_texts(path)]


def _short(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _where(lines: list[str], lineno: int | None) -> str:
    if lineno is None or not 1 <= lineno <= len(lines):
        return ""
    return _short(lines[lineno - 1])


SYNTAX_HINTS = (  # (pattern in Jinja's message, advice ru, advice kk)
    ("unexpected end of template", "не закрыт блок: у каждого {% if %} должен быть {% endif %}, у {% for %} — "
     "{% endfor %}", "блок жабылмаған: әр {% if %} үшін {% endif %}, {% for %} үшін {% endfor %} керек"),
    ("unknown tag", "тег без пары или с ошибкой в имени: проверьте {% endif %}, {% endfor %}, {% else %}",
     "жұбы жоқ немесе аты қате тег: {% endif %}, {% endfor %}, {% else %} тексеріңіз"),
    ("unexpected char", "лишний или непарный знак внутри фигурных скобок; кавычки — только прямые ' или \"",
     "жақша ішінде артық немесе жұбы жоқ таңба; тырнақшалар тек тік ' немесе \""),
    ("unexpected '}'", "непарная фигурная скобка: поле пишется {{ имя }}, команда — {% команда %}",
     "жұбы жоқ жақша: өріс {{ атауы }}, команда {% команда %} түрінде жазылады"),
    ("expected token", "команда записана не полностью: например {% if условие %} или {% for a in список %}",
     "команда толық жазылмаған: мысалы {% if шарт %} немесе {% for a in тізім %}"),
)


def _syntax_problem(exc: jinja2.TemplateSyntaxError, lines: list[str], name: str) -> Problem:
    where = _where(lines, exc.lineno)
    advice_ru, advice_kk = "проверьте фигурные скобки и парные теги", "жақшалар мен жұп тегтерді тексеріңіз"
    for pattern, ru, kk in SYNTAX_HINTS:
        if pattern in (exc.message or "").lower():
            advice_ru, advice_kk = ru, kk
            break
    return Problem("syntax", exc.message or "", where,
                   f"Шаблон «{name}»: ошибка в записи полей в абзаце «{where}»: {advice_ru}. "
                   f"(Техническое описание: {exc.message}.)",
                   f"«{name}» үлгісі: «{where}» абзацындағы өріс жазбасында қате: {advice_kk}. "
                   f"(Техникалық сипаттама: {exc.message}.)")


def _dotted(node) -> list[str] | None:
    """``case.court`` → ["case", "court"]; ``a['title']`` → ["a", "title"]; anything else → None."""
    parts = []
    while True:
        if isinstance(node, nodes.Getattr):
            parts.append(node.attr)
            node = node.node
        elif isinstance(node, nodes.Getitem) and isinstance(node.arg, nodes.Const) and isinstance(node.arg.value, str):
            parts.append(node.arg.value)
            node = node.node
        elif isinstance(node, nodes.Name):
            parts.append(node.name)
            return parts[::-1]
        else:
            return None


def _resolve(context: dict, scope: dict[str, str], parts: list[str]) -> tuple[str, bool]:
    """(the documented path, found?) for a dotted name in a template."""
    head = parts[0]
    if head in scope:
        base = scope[head]
        if base == "*":
            return head, True
        parts = base.split(".") + parts[1:]
    elif head in JINJA_GLOBALS:
        return head, True
    path = []
    value: object = context
    for part in parts:
        if part.endswith("[]"):
            part = part[:-2]
            is_item = True
        else:
            is_item = False
        if isinstance(value, dict):
            found = part in value
            value = value.get(part)
        elif isinstance(value, Fields):
            found = part in value
            value = value[part] if found else None
        else:  # a plain value: its Python attributes are not part of the contract
            return ".".join(path + [part]), False
        path.append(part + ("[]" if is_item else ""))
        if not found:
            return ".".join(path), False
        if is_item:
            value = value[0] if isinstance(value, list) and value else None
    return ".".join(path), True


def _names_used(tree, context: dict) -> list[tuple[str, str, bool, int]]:
    """Every dotted name the template uses: (as written, documented path, found?, line)."""
    found: list[tuple[str, str, bool, int]] = []

    def visit(node, scope: dict[str, str]) -> None:
        if isinstance(node, nodes.For):
            visit(node.iter, scope)
            inner = dict(scope)
            parts = _dotted(node.iter)
            if parts is None or scope.get(parts[0]) == "*":
                base = "*"
            else:
                if parts[0] in scope:
                    parts = scope[parts[0]].split(".") + parts[1:]
                base = ".".join(parts) + "[]"
            if isinstance(node.target, nodes.Name):
                inner[node.target.name] = base
            else:  # for a, b in …: not described, accepted
                for target in node.target.find_all(nodes.Name):
                    inner[target.name] = "*"
            inner["loop"] = "*"
            for child in node.body:
                visit(child, inner)
            for child in node.else_:
                visit(child, scope)
            if node.test is not None:
                visit(node.test, inner)
            return
        if isinstance(node, (nodes.Assign, nodes.AssignBlock)):
            for target in node.target.find_all(nodes.Name):
                scope[target.name] = "*"
            for child in node.iter_child_nodes():
                if child is not node.target:
                    visit(child, scope)
            return
        if isinstance(node, nodes.Macro):
            inner = dict(scope)
            for arg in node.args:
                inner[arg.name] = "*"
            for child in node.body:
                visit(child, inner)
            return
        if isinstance(node, (nodes.Getattr, nodes.Getitem, nodes.Name)) and not (
                isinstance(node, nodes.Name) and node.ctx != "load"):
            parts = _dotted(node)
            if parts is not None:
                written = ".".join(parts)
                path, ok = _resolve(context, scope, parts)
                found.append((written, path, ok, node.lineno))
                return
        for child in node.iter_child_nodes():
            visit(child, scope)
    visit(tree, {})
    return found


def _render_failure_line(exc: BaseException) -> int | None:
    tb = exc.__traceback__
    line = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == "<template>":
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def check_template(path: Path, kind: str | None = None, lang: str = "ru") -> list[Problem]:
    """Every problem of one template (empty: the template is fine). ``kind`` adds that document's mandatory fields."""
    path = Path(path)
    name = path.name
    try:
        if not zipfile.is_zipfile(path):
            raise ValueError("not a zip")
        lines = skeleton(path)
    except FileNotFoundError:
        return [Problem("unreadable", "", "", f"Шаблон «{path}» не найден.", f"«{path}» үлгісі табылмады.")]
    except Exception as exc:  # a damaged or foreign file: python-docx raises many kinds
        return [Problem("unreadable", "", "",
                        f"Шаблон «{name}» — не документ Word (DOCX) или повреждён ({type(exc).__name__}). "
                        f"Сохраните его в Word как «Документ Word (*.docx)» или восстановите встроенный шаблон.",
                        f"«{name}» үлгісі Word (DOCX) құжаты емес немесе бүлінген ({type(exc).__name__}). "
                        f"Оны Word-та «Word құжаты (*.docx)» ретінде сақтаңыз немесе кірістірілген үлгіні "
                        f"қалпына келтіріңіз.")]
    source = "\n".join(lines)
    env = jinja2.Environment(autoescape=True)
    try:
        tree = env.parse(source)
    except jinja2.TemplateSyntaxError as exc:
        return [_syntax_problem(exc, lines, name)]
    problems: list[Problem] = []
    context = build_context(sample_bundle(), lang)
    used = _names_used(tree, context)
    seen = set()
    for written, documented, ok, lineno in used:
        if ok or written in seen:
            continue
        seen.add(written)
        where = _where(lines, lineno)
        problems.append(Problem(
            "unknown-name", written, where,
            f"Шаблон «{name}»: поле «{written}» в абзаце «{where}» не существует. Проверьте написание по списку "
            f"полей (resources/templates/README.md) или удалите поле.",
            f"«{name}» үлгісі: «{where}» абзацындағы «{written}» өрісі жоқ. Жазылуын өрістер тізімі бойынша "
            f"(resources/templates/README.md) тексеріңіз немесе өрісті алып тастаңыз."))
    try:
        compiled = env.from_string(source)
    except jinja2.TemplateAssertionError as exc:  # an unknown filter or test
        where = _where(lines, exc.lineno)
        return problems + [Problem(
            "bad-filter", exc.message or "", where,
            f"Шаблон «{name}»: в абзаце «{where}» неизвестный фильтр или проверка ({exc.message}). Допустимы "
            f"фильтры Jinja: upper, lower, capitalize, title, default, join, length…",
            f"«{name}» үлгісі: «{where}» абзацында белгісіз сүзгі немесе тексеру ({exc.message}). Jinja "
            f"сүзгілері: upper, lower, capitalize, title, default, join, length…")]
    except jinja2.TemplateSyntaxError as exc:
        return problems + [_syntax_problem(exc, lines, name)]
    if not problems:
        for decision in (None, "consented", "refused"):
            for rule in ("civil-appeal", "admin-cassation"):
                sample = build_context(sample_bundle(decision=decision, rule=rule, language=lang), lang)
                try:
                    compiled.render(sample)
                except Exception as exc:  # a filter applied to the wrong kind of value, a division by zero…
                    where = _where(lines, _render_failure_line(exc))
                    problems.append(Problem(
                        "render", type(exc).__name__, where,
                        f"Шаблон «{name}»: абзац «{where}» не удаётся заполнить ({exc}). Упростите выражение в "
                        f"фигурных скобках.",
                        f"«{name}» үлгісі: «{where}» абзацын толтыру мүмкін емес ({exc}). Жақшадағы өрнекті "
                        f"жеңілдетіңіз."))
                    break
            else:
                continue
            break
    if kind in MANDATORY:
        paths = {documented for _, documented, ok, _ in used if ok}
        for label_ru, label_kk, options in MANDATORY[kind]:
            if not paths.intersection(options):
                problems.append(Problem(
                    "mandatory-missing", options[0], "",
                    f"Шаблон «{name}»: нет обязательного поля решения — {label_ru} (Алгоритм, п. 8). Добавьте "
                    f"{{{{ {options[0]} }}}} в текст шаблона.",
                    f"«{name}» үлгісі: шешімнің міндетті өрісі жоқ — {label_kk} (Алгоритм, 8-тармақ). Үлгі "
                    f"мәтініне {{{{ {options[0]} }}}} қосыңыз."))
    return problems


__all__ = ["Problem", "check_template", "skeleton", "normalise_tags", "KINDS", "MANDATORY"]
