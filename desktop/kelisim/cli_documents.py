"""CLI: ``kelisim generate`` (the documents of a case) and ``kelisim templates`` (check, list, edit, restore)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from kelisim.law import LawError

KIND_CHOICES = ("request", "decision", "attachments-list", "proposal")


def _lang(args) -> str:
    return getattr(args, "lang", None) or "ru"


def cmd_generate(args) -> int:
    from kelisim.cli_store import _case_id, _store, _today
    from kelisim.services import generate_for_case

    case_id = _case_id(args.case)
    with _store() as store:
        written = generate_for_case(store, case_id, Path(args.out) if args.out else None, lang=args.doc_lang,
                                    kinds=args.only or None, use_builtin=args.builtin, today=_today(args))
    if args.json:
        sys.stdout.write(json.dumps({"case": case_id, "files": [str(p) for p in written]},
                                    ensure_ascii=False, indent=2) + "\n")
    else:
        for path in written:
            print(path)
    return 0


def cmd_templates_check(args) -> int:
    from kelisim.documents.check import check_template
    from kelisim.documents.templates import builtin_template, user_templates
    from kelisim.home import data_home

    if args.paths:
        targets = []
        for text in args.paths:
            path = Path(text)
            stem = path.stem
            targets.append((path, stem if stem in KIND_CHOICES else args.kind, args.doc_lang or _guess_lang(path)))
    else:
        refs = user_templates(data_home()) or []
        targets = [(r.path, r.kind, r.lang) for r in refs]
        if args.builtin or not targets:
            targets += [(builtin_template(k, lang).path, k, lang) for lang in ("ru", "kk") for k in KIND_CHOICES]
    report = []
    failed = 0
    for path, kind, lang in targets:
        problems = check_template(path, kind, lang)
        failed += bool(problems)
        report.append({"template": str(path), "kind": kind, "lang": lang, "ok": not problems,
                       "problems": [{"code": p.code, "field": p.field, "paragraph": p.paragraph,
                                     "message": p.message(_lang(args))} for p in problems]})
    if args.json:
        sys.stdout.write(json.dumps({"templates": report}, ensure_ascii=False, indent=2) + "\n")
    else:
        for item in report:
            print(f"{'OK   ' if item['ok'] else 'ОШИБКА'} {item['template']}")
            for problem in item["problems"]:
                print(f"       {problem['message']}")
    if failed:
        raise LawError(f"Шаблонов с ошибками: {failed} из {len(report)}.",
                       f"Қатесі бар үлгілер: {len(report)} ішінен {failed}.", code="templates-broken")
    return 0


def _guess_lang(path: Path) -> str:
    return "kk" if path.parent.name == "kk" else "ru"


def cmd_templates_list(args) -> int:
    from kelisim.documents.templates import resolve
    from kelisim.home import data_home

    home = data_home()
    for lang in ("ru", "kk"):
        for kind in KIND_CHOICES:
            ref = resolve(kind, lang, home)
            print(f"{lang} {kind:<17} {'свой' if ref.user else 'встроенный'}  {ref.path}")
    return 0


def cmd_templates_edit(args) -> int:
    from kelisim.documents.templates import copy_for_editing
    from kelisim.home import data_home

    print(copy_for_editing(args.kind, args.doc_lang or "ru", data_home()))
    return 0


def cmd_templates_restore(args) -> int:
    from kelisim.documents.templates import restore_builtin
    from kelisim.home import data_home

    kinds = [args.kind] if args.kind else list(KIND_CHOICES)
    langs = [args.doc_lang] if args.doc_lang else ["ru", "kk"]
    for lang in langs:
        for kind in kinds:
            moved = restore_builtin(kind, lang, data_home())
            if moved:
                print(f"{lang} {kind}: свой шаблон перенесён в {moved}; используется встроенный.")
    return 0


def add_parsers(sub, parser_class) -> None:
    gen = sub.add_parser("generate", help="документы дела (запрос, опись, решение…) в DOCX")
    gen.add_argument("case", metavar="CASE", help="номер дела в реестре (kelisim case list)")
    gen.add_argument("--out", metavar="DIR", help="папка для документов (по умолчанию documents/case-N в папке данных)")
    gen.add_argument("--doc-lang", "--lang", dest="doc_lang", choices=("ru", "kk"),
                     help="язык документов (по умолчанию — язык дела)")
    gen.add_argument("--only", action="append", choices=KIND_CHOICES, metavar="KIND",
                     help=f"только эти документы: {', '.join(KIND_CHOICES)}")
    gen.add_argument("--builtin", action="store_true", help="встроенные шаблоны, даже если есть свои")
    gen.add_argument("--today", metavar="DATE")
    gen.add_argument("--json", action="store_true")
    gen.set_defaults(func=cmd_generate)

    templates = sub.add_parser("templates", help="шаблоны документов: проверить, список, править, восстановить")
    t_sub = templates.add_subparsers(dest="templates_command", required=True, parser_class=parser_class)
    check = t_sub.add_parser("check", help="проверить шаблоны (по умолчанию — свои, иначе встроенные)")
    check.add_argument("paths", nargs="*", metavar="PATH")
    check.add_argument("--kind", choices=KIND_CHOICES, help="вид документа, если имя файла его не называет")
    check.add_argument("--doc-lang", dest="doc_lang", choices=("ru", "kk"))
    check.add_argument("--builtin", action="store_true", help="проверить и встроенные")
    check.add_argument("--lang", choices=("ru", "kk"), default="ru", help="язык сообщений")
    check.add_argument("--json", action="store_true")
    check.set_defaults(func=cmd_templates_check)
    listing = t_sub.add_parser("list", help="какие шаблоны используются")
    listing.set_defaults(func=cmd_templates_list)
    edit = t_sub.add_parser("edit", help="скопировать встроенный шаблон в папку данных для правки в Word")
    edit.add_argument("kind", choices=KIND_CHOICES)
    edit.add_argument("--doc-lang", dest="doc_lang", choices=("ru", "kk"))
    edit.set_defaults(func=cmd_templates_edit)
    restore = t_sub.add_parser("restore", help="вернуть встроенный шаблон (свой переносится в templates/replaced)")
    restore.add_argument("kind", nargs="?", choices=KIND_CHOICES)
    restore.add_argument("--doc-lang", dest="doc_lang", choices=("ru", "kk"))
    restore.set_defaults(func=cmd_templates_restore)
