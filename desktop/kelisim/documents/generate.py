"""Writing the documents of a case: check the templates, render them all in memory, then write each file atomically.

Nothing half-written is ever left: every document is rendered before the first file is touched, each file is
written to a temporary name in the same folder and moved over the old one in one step. A document open in Word
(Windows refuses to replace it), a full disk or a folder without write rights each give a message that says what to
do; a broken user template names the template, the field and the fix, and says the built-in template can be used
instead (``use_builtin=True``).
"""
from __future__ import annotations

import errno
import io
import os
import re
import tempfile
from pathlib import Path

from docxtpl import DocxTemplate, Listing

from kelisim.documents.check import check_template, normalise_tags
from kelisim.documents.context import KINDS, Fields, build_context
from kelisim.documents.templates import KIND_NAMES, DocumentError, resolve

DEFAULT_KINDS = {  # what "Generate" writes on each side
    "outgoing": ("request", "attachments-list", "decision"),  # the decision as a template for the approver
    "incoming": ("proposal", "decision"),
}
UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


class KelisimTemplate(DocxTemplate):
    """docxtpl with one repair: typographic quotes Word typed inside a tag become straight ones."""

    def patch_xml(self, src_xml):
        return normalise_tags(super().patch_xml(src_xml))


def kinds_for(bundle, kinds=None) -> tuple[str, ...]:
    """The documents to write: those asked for, else what "Generate" writes on the case's side."""
    return tuple(kinds or DEFAULT_KINDS.get(bundle.case.direction, DEFAULT_KINDS["outgoing"]))


_CHECKED: dict[tuple, list] = {}


def _checked(path: Path, kind: str, lang: str) -> list:
    """The template check, done once per version of a template file (its size and modification time)."""
    try:
        stat = path.stat()
        key = (str(path), stat.st_mtime_ns, stat.st_size, kind, lang)
    except OSError:
        return check_template(path, kind, lang)
    if key not in _CHECKED:
        if len(_CHECKED) > 64:
            _CHECKED.clear()
        _CHECKED[key] = check_template(path, kind, lang)
    return _CHECKED[key]


def file_name(bundle, kind: str, lang: str) -> str:
    """«2026-03-03 Запрос о согласовании — дело 2-1234-2026.docx»: the date of the document, what it is, the case —
    a name Windows accepts and a folder sorts by date."""
    case = bundle.case
    day = (case.decision_date if kind in ("decision", "proposal") and case.decision_date else None) \
        or (case.request_sent if kind in ("request", "attachments-list") else None) or bundle.today
    number = UNSAFE.sub("-", case.case_number or "").strip(" .-")
    title = KIND_NAMES[kind][1 if lang == "kk" else 0]
    title = title[:1].upper() + title[1:]
    if lang == "kk":
        suffix = f" — іс {number}" if number else f" — іс №{case.id}"
    else:
        suffix = f" — дело {number}" if number else f" — дело №{case.id}"
    return f"{day.isoformat()} {title}{suffix}.docx"


def _free_name(target: Path) -> Path:
    """«… (2).docx», «… (3).docx»: the first name not taken (for a target Word holds open)."""
    n = 2
    while True:
        candidate = target.with_name(f"{target.stem} ({n}){target.suffix}")
        if not candidate.exists():
            return candidate
        n += 1


def _multiline(context: dict) -> dict:
    """Text the lawyer typed on several lines keeps its line breaks in Word."""
    out = dict(context)
    for group, name in (("decision", "reasons"), ("case", "notes"), ("law", "override_reason")):
        fields_ = out[group]
        value = fields_[name]
        if isinstance(value, str) and "\n" in value.strip():
            values = {key: fields_[key] for key in fields_.names()}
            values[name] = Listing(value.strip())
            out[group] = Fields(fields_.path, values)
    return out


def render(template_path: Path, context: dict) -> bytes:
    """One document, rendered in memory."""
    template = KelisimTemplate(str(template_path))
    template.render(_multiline(context), autoescape=True)
    buffer = io.BytesIO()
    template.save(buffer)
    return buffer.getvalue()


def document_text(data: bytes) -> str:
    from docx import Document
    from docx.oxml.ns import qn

    document = Document(io.BytesIO(data))
    return "\n".join("".join(t.text or "" for t in p.iter(qn("w:t"))) for p in document.element.body.iter(qn("w:p")))


def _verify(kind: str, data: bytes, context: dict, template: Path) -> None:
    """The decision as written carries its mandatory fields (Algorithm п. 8), whatever the template did."""
    if kind != "decision":
        return
    text = " ".join(document_text(data).split())
    required = [("наименование вышестоящего органа", "жоғары тұрған органның атауы", context["approver"].name),
                ("наименование суда", "соттың атауы", context["case"].court),
                ("предмет иска", "талап қою нысанасы", context["case"].subject)]
    if context["decision"].decided:
        required.append(("решение", "шешім", context["decision"].verdict))
    missing = [(ru, kk) for ru, kk, value in required if value and " ".join(value.split()) not in text]
    if missing:
        raise DocumentError(
            f"Шаблон «{template.name}» выпустил решение без обязательных сведений (Алгоритм, п. 8): "
            f"{', '.join(m[0] for m in missing)}. Исправьте шаблон или используйте встроенный.",
            f"«{template.name}» үлгісі шешімді міндетті мәліметтерсіз шығарды (Алгоритм, 8-тармақ): "
            f"{', '.join(m[1] for m in missing)}. Үлгіні түзетіңіз немесе кірістірілгенін пайдаланыңыз.",
            code="mandatory-missing", template=template, builtin_available=True)


REQUIRED_ROLES = {"draft_complaint": ("проект жалобы", "шағымның жобасы"),
                  "court_act": ("обжалуемый судебный акт", "шағым жасалатын сот актісі")}


def missing_data(bundle, kinds) -> list[tuple[str, str]]:
    """What the documents cannot be made without (ru, kk), in the order a lawyer fills them in."""
    case = bundle.case
    missing = []
    if not case.court_ru.strip():
        missing.append(("наименование суда", "соттың атауы"))
    if not case.case_number.strip():
        missing.append(("номер дела", "іс нөмірі"))
    if not case.subject.strip():
        missing.append(("предмет иска", "талап қою нысанасы"))
    if bundle.requester is None:
        missing.append(("орган, направляющий запрос", "сұрау салатын орган"))
    if bundle.approver is None:
        missing.append(("согласующий орган", "келісуші орган"))
    if {"request", "attachments-list"} & set(kinds):
        if bundle.request_signatory is None:
            missing.append(("подписант запроса (руководитель органа или лицо, его замещающее)",
                            "сұрау салуға қол қоюшы (орган басшысы немесе оны алмастыратын тұлға)"))
        roles = {a.role for a in bundle.attachments}
        missing += [names for role, names in REQUIRED_ROLES.items() if role not in roles]
    if "decision" in kinds and case.direction == "incoming" and bundle.decision_signatory is None:
        missing.append(("подписант решения (п. 8 Алгоритма)", "шешімге қол қоюшы (Алгоритмнің 8-тармағы)"))
    return missing


def _missing_data(bundle, kinds) -> None:
    missing = missing_data(bundle, kinds)
    if missing:
        raise DocumentError(
            "Документы не сформированы: не хватает сведений — " + "; ".join(m[0] for m in missing)
            + ". Заполните их в карточке дела.",
            "Құжаттар жасалмады: мәліметтер жетіспейді — " + "; ".join(m[1] for m in missing)
            + ". Оларды іс карточкасында толтырыңыз.", code="data-missing")


def _disk_error(exc: OSError, target: Path) -> DocumentError:
    if exc.errno == errno.ENOSPC:
        return DocumentError(f"Диск заполнен: документы в «{target.parent}» не записаны. Освободите место и "
                             f"повторите — прежние файлы не изменены.",
                             f"Диск толы: құжаттар «{target.parent}» ішіне жазылмады. Орын босатып, қайталаңыз — "
                             f"бұрынғы файлдар өзгермеді.", code="disk-full")
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM, errno.EBUSY):
        return DocumentError(f"Файл «{target.name}» открыт в Word или другой программе, или в папку нельзя писать. "
                             f"Закройте документ и повторите.",
                             f"«{target.name}» файлы Word-та немесе басқа бағдарламада ашық, не қалтаға жазуға "
                             f"болмайды. Құжатты жауып, қайталаңыз.", code="file-locked")
    return DocumentError(f"Не удалось записать «{target}»: {exc.strerror or exc}.",
                         f"«{target}» жазылмады: {exc.strerror or exc}.", code="write-failed")


def generate_documents(bundle, out_dir: Path, *, lang: str | None = None, kinds=None, home: Path | None = None,
                       templates_dir: Path | None = None, use_builtin: bool = False) -> list[Path]:
    """Write the case's documents into ``out_dir``; returns the files written.

    ``home`` is the data folder whose ``templates/`` override the built-in templates (``templates_dir`` may name that
    folder instead); ``use_builtin`` ignores the user's templates (the way out of a broken one)."""
    if templates_dir is not None and home is None:
        home = Path(templates_dir).parent
    lang = lang or bundle.case.language or "ru"
    kinds = kinds_for(bundle, kinds)
    unknown = [k for k in kinds if k not in KINDS]
    if unknown:
        raise DocumentError(f"Неизвестный вид документа: {', '.join(unknown)}. Возможные: {', '.join(KINDS)}.",
                            f"Белгісіз құжат түрі: {', '.join(unknown)}. Мүмкіндері: {', '.join(KINDS)}.",
                            code="bad-kind")
    _missing_data(bundle, kinds)
    context = build_context(bundle, lang)
    rendered: list[tuple[Path, bytes]] = []
    out_dir = Path(out_dir)
    for kind in kinds:
        ref = resolve(kind, lang, home, use_builtin=use_builtin)
        problems = _checked(ref.path, kind, lang)
        if problems:
            more_ru = f" (и ещё замечаний: {len(problems) - 1})" if len(problems) > 1 else ""
            more_kk = f" (тағы {len(problems) - 1} ескерту)" if len(problems) > 1 else ""
            offer_ru = " Можно сформировать документ по встроенному шаблону." if ref.user else ""
            offer_kk = " Құжатты кірістірілген үлгі бойынша жасауға болады." if ref.user else ""
            raise DocumentError(problems[0].message("ru") + more_ru + offer_ru,
                                problems[0].message("kk") + more_kk + offer_kk,
                                code="template-" + problems[0].code, template=ref.path, builtin_available=ref.user)
        try:
            data = render(ref.path, context)
        except Exception as exc:  # the check renders the same template: reaching here is a template docxtpl rejects
            raise DocumentError(
                f"Шаблон «{ref.path.name}» не удалось заполнить ({type(exc).__name__}: {exc}). Проверьте его командой "
                f"«kelisim templates check» или используйте встроенный.",
                f"«{ref.path.name}» үлгісі толтырылмады ({type(exc).__name__}: {exc}). Оны «kelisim templates "
                f"check» командасымен тексеріңіз немесе кірістірілгенін пайдаланыңыз.",
                code="template-render", template=ref.path, builtin_available=ref.user) from exc
        _verify(kind, data, context, ref.path)
        rendered.append((out_dir / file_name(bundle, kind, lang), data))
    created = []  # the folders made here: removed again if no document is written (a full disk leaves nothing)
    folder = out_dir
    while not folder.exists() and folder.parent != folder:
        created.append(folder)
        folder = folder.parent
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _disk_error(exc, out_dir / "x") from exc
    temps: list[tuple[Path, Path]] = []
    written = []
    try:
        for target, data in rendered:
            fd, tmp_name = tempfile.mkstemp(prefix=".kelisim-", suffix=".docx.tmp", dir=out_dir)
            tmp = Path(tmp_name)
            temps.append((tmp, target))
            with os.fdopen(fd, "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
        for tmp, target in temps:
            try:
                os.replace(tmp, target)
            except PermissionError:
                # Windows refuses to replace a file Word holds open: the new document gets the next free name.
                alternative = _free_name(target)
                try:
                    os.replace(tmp, alternative)
                except OSError as exc:
                    raise _disk_error(exc, target) from exc
                target = alternative
            except OSError as exc:
                raise _disk_error(exc, target) from exc
            written.append(target)
        return written
    except DocumentError:
        raise
    except OSError as exc:
        raise _disk_error(exc, temps[-1][1] if temps else out_dir / "x") from exc
    finally:
        for tmp, _ in temps:
            if tmp.exists():
                try:
                    tmp.unlink()
                except OSError:
                    pass
        if not written:
            for folder in created:
                try:
                    folder.rmdir()
                except OSError:
                    break
