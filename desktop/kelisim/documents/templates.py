"""Where templates live: the built-in ones in ``resources/templates/<lang>/<kind>.docx``, the user's own in the data
folder's ``templates/<lang>/<kind>.docx``, which win over the built-in one of the same name.

"Restore built-in" moves the user's file aside (``templates/replaced/<lang>-<kind>-<stamp>.docx``) rather than
deleting it: a lawyer's letterhead work is never lost by one click.
"""
from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from kelisim.documents.context import KINDS
from kelisim.law import LawError
from kelisim.resources import resources_dir

KIND_NAMES = {  # (ru, kk)
    "request": ("запрос о согласовании", "келісу туралы сұрау салу"),
    "decision": ("решение о согласовании", "келісу туралы шешім"),
    "attachments-list": ("опись приложений", "қосымшалар тізімдемесі"),
    "proposal": ("предложение юридической службы", "заң қызметінің ұсынысы"),
}


class DocumentError(LawError):
    """A document could not be made; the message says what to do. ``template`` names the template at fault."""

    def __init__(self, message_ru: str, message_kk: str | None = None, *, code: str = "document",
                 template: Path | None = None, builtin_available: bool = False):
        super().__init__(message_ru, message_kk, code=code)
        self.template = template
        self.builtin_available = builtin_available


@dataclass(frozen=True)
class TemplateRef:
    kind: str
    lang: str
    path: Path
    user: bool  # the user's own template (data folder), not the built-in one


def builtin_dir() -> Path:
    return resources_dir() / "templates"


def user_dir(home: Path) -> Path:
    return Path(home) / "templates"


def _check_kind(kind: str, lang: str) -> None:
    if kind not in KINDS:
        raise DocumentError(f"Неизвестный вид документа «{kind}». Возможные: {', '.join(KINDS)}.",
                            f"Белгісіз құжат түрі «{kind}». Мүмкіндері: {', '.join(KINDS)}.", code="bad-kind")
    if lang not in ("ru", "kk"):
        raise DocumentError("Язык документа: ru или kk.", "Құжат тілі: ru немесе kk.", code="bad-language")


def builtin_template(kind: str, lang: str) -> TemplateRef:
    _check_kind(kind, lang)
    return TemplateRef(kind, lang, builtin_dir() / lang / f"{kind}.docx", False)


def resolve(kind: str, lang: str, home: Path | None = None, *, use_builtin: bool = False) -> TemplateRef:
    """The template to use: the user's own when there is one (and ``use_builtin`` is not asked), else the built-in."""
    _check_kind(kind, lang)
    if home is not None and not use_builtin:
        own = user_dir(home) / lang / f"{kind}.docx"
        if own.is_file():
            return TemplateRef(kind, lang, own, True)
    return builtin_template(kind, lang)


def user_templates(home: Path) -> list[TemplateRef]:
    out = []
    for lang in ("ru", "kk"):
        for kind in KINDS:
            path = user_dir(home) / lang / f"{kind}.docx"
            if path.is_file():
                out.append(TemplateRef(kind, lang, path, True))
    return out


def copy_for_editing(kind: str, lang: str, home: Path) -> Path:
    """Copy the built-in template into the data folder, where the lawyer edits it in Word; an existing own copy is
    kept and returned."""
    _check_kind(kind, lang)
    target = user_dir(home) / lang / f"{kind}.docx"
    if target.exists():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".docx.tmp")
    shutil.copyfile(builtin_template(kind, lang).path, tmp)
    os.replace(tmp, target)
    return target


def restore_builtin(kind: str, lang: str, home: Path) -> Path | None:
    """Stop using the user's own template: it is moved to ``templates/replaced/``; returns where it went."""
    _check_kind(kind, lang)
    own = user_dir(home) / lang / f"{kind}.docx"
    if not own.exists():
        return None
    aside = user_dir(home) / "replaced"
    aside.mkdir(parents=True, exist_ok=True)
    target = aside / f"{lang}-{kind}-{datetime.now():%Y%m%d-%H%M%S}.docx"
    n = 1
    while target.exists():
        n += 1
        target = aside / f"{lang}-{kind}-{datetime.now():%Y%m%d-%H%M%S}-{n}.docx"
    try:
        os.replace(own, target)
    except PermissionError:
        raise DocumentError(f"Шаблон «{own}» открыт в другой программе (Word?). Закройте его и повторите.",
                            f"«{own}» үлгісі басқа бағдарламада ашық (Word?). Жабыңыз да, қайталаңыз.",
                            code="file-locked", template=own) from None
    return target
