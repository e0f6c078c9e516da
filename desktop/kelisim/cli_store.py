"""The command line of the case register: ``kelisim case new|list|show|export|import``, ``backup``, ``restore``.

Thin: every rule lives in ``store`` (and ``law`` under it); this module parses options, opens the data
folder and prints. Errors are ``LawError``s, printed by ``cli.main`` as one line with exit code 2.
"""
from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

from kelisim.law import LawError


def _store(*, read: bool = False):
    """The data folder's store. ``read``: a command that only reads (list, show, review) still works, read-only,
    while another copy of the program has the folder open or the folder may not be written; a command that writes is
    refused (one line, exit code 2). What the start has to say (an interrupted restore) goes to stderr."""
    from kelisim.store import Store

    try:
        store = Store()
    except LawError as exc:
        if not read or exc.code not in ("in-use", "read-only"):
            raise
        store = Store(read_only=True)
    for notice in store.notices:
        print(f"kelisim: {notice.message('ru')}", file=sys.stderr)
    return store


def _print_json(obj) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2, default=str) + "\n")


def _today(args) -> date | None:
    from kelisim.cli import parse_date

    return parse_date(args.today, "дата «сегодня» (--today)") if getattr(args, "today", None) else None


def _party(role: str, text: str) -> dict:
    name, _, number = text.partition(";")
    return {"role": role, "name": name.strip(), "id_number": number.strip()}


def _attachment(text: str):
    from kelisim.store.attachments import ROLES
    from kelisim.store.register import NewAttachment

    role, sep, path = text.partition("=")
    if not sep or role not in ROLES:
        raise LawError(f"Вложение «{text}»: пишите РОЛЬ=ПУТЬ, где роль — одна из: {', '.join(ROLES)}.",
                       f"«{text}» қосымшасы: РӨЛ=ЖОЛ деп жазыңыз, рөл: {', '.join(ROLES)}.", code="bad-attachment")
    return NewAttachment(role, Path(path))


def _read_json_file(path: str) -> dict:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise LawError(f"Файл «{path}» не найден.", f"«{path}» файлы табылмады.", code="file-missing") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise LawError(f"Файл «{path}» — не JSON в UTF-8: {exc}.", f"«{path}» файлы UTF-8 JSON емес: {exc}.",
                       code="bad-json") from None
    if not isinstance(data, dict):
        raise LawError(f"В файле «{path}» ожидался объект JSON с полями дела.",
                       f"«{path}» файлында іс өрістері бар JSON нысаны күтілді.", code="bad-json")
    return data


OPTION_FIELDS = {  # option dest → case field
    "rule": "rule", "court": "court_ru", "court_kk": "court_kk", "number": "case_number", "subject": "subject",
    "act_kind": "act_kind", "act_announced": "act_announced", "act_final": "act_final",
    "act_received": "act_received", "trigger": "trigger_date", "received": "received_on",
    "incoming_number": "incoming_number", "direction": "direction", "executor": "executor_name",
    "phone": "executor_phone", "doc_lang": "language", "notes": "notes",
    # an incoming request (issue 6): its letter, who signed it and in what capacity, the other side's identifier
    "request_sent": "request_sent", "request_number": "request_number", "signed_by": "request_signatory_name",
    "signatory_role": "request_signatory_role", "peer_uid": "peer_uid",
}


def cmd_case_new(args) -> int:
    from kelisim.store.register import register_case

    fields = _read_json_file(args.json_file) if args.json_file else {}
    requester = fields.pop("requester_kato", None)
    approver = fields.pop("approver_kato", None)
    reason = fields.pop("override_reason", "")
    listed = fields.pop("attachments", [])
    for key, value in (("requester_kato", requester), ("approver_kato", approver), ("override_reason", reason)):
        if value is not None and not isinstance(value, str):
            raise LawError(f"Поле «{key}» в файле дела: ожидался текст.",
                             f"Іс файлындағы «{key}» өрісі: мәтін күтілді.", code="bad-field")
    if not isinstance(listed, list):
        raise LawError("Поле «attachments» в файле дела: ожидался список файлов.",
                         "Іс файлындағы «attachments» өрісі: файлдар тізімі күтілді.", code="bad-field")
    attachments = [_attachment(f"{a.get('role')}={a.get('path')}") if isinstance(a, dict) else _attachment(str(a))
                   for a in listed]
    for dest, name in OPTION_FIELDS.items():
        value = getattr(args, dest, None)
        if value is not None:
            fields[name] = value
    typed = [_party(role, v) for role, values in (("plaintiff", args.plaintiff), ("defendant", args.defendant),
                                                 ("third_party", args.third_party)) for v in values or ()]
    if typed:
        given = fields.get("parties") or []
        if not isinstance(given, list):
            raise LawError("Поле «parties» в файле дела: ожидался список сторон.",
                             "Іс файлындағы «parties» өрісі: тараптар тізімі күтілді.", code="bad-party")
        fields["parties"] = given + typed
    attachments += [_attachment(a) for a in args.attach or ()]
    with _store() as store:
        case = register_case(store, fields, requester_kato=args.requester or requester,
                             approver_kato=args.approver or approver, override_reason=args.override_reason or reason,
                             attachments=attachments, require_attachments=args.require_attachments,
                             today=_today(args))
        if args.json:
            _print_json(_case_json(store, case))
        elif case.direction == "incoming":
            print(f"Поступивший запрос зарегистрирован как дело №{case.id} ({case.case_number or 'без номера'}); "
                  f"срок решения: {_d(case.due('decision_due'))}, срок обжалования истекает {_d(case.due('expiry'))}. "
                  f"Проверка по Алгоритму: kelisim case review {case.id}")
        else:
            print(f"Дело №{case.id} создано ({case.case_number or 'без номера'}); "
                  f"последний день направления запроса: {_d(case.due('request_latest'))}, "
                  f"срок обжалования истекает {_d(case.due('expiry'))}.")
    return 0


def _d(day: date | None) -> str:
    return day.strftime("%d.%m.%Y") if day else "—"


def _case_json(store, case) -> dict:
    data = case.to_dict()
    data["attachments"] = [{"id": a.id, "role": a.role, "name": a.original_name, "pages": a.pages, "size": a.size,
                            "mime": a.mime, "sha256": a.sha256} for a in store.attachments.of_case(case.id)]
    return data


def cmd_case_list(args) -> int:
    today = _today(args) or date.today()
    filters = {}
    if args.status:
        filters["status"] = args.status
    if args.year:
        filters["year"] = args.year
    if args.overdue:
        filters["overdue_on"] = today
    if args.due_within is not None:
        filters["due_within"] = (today, args.due_within)
    if args.search:
        filters["search"] = args.search
    if args.direction:
        filters["direction"] = args.direction
    with _store(read=True) as store:
        rows = store.cases.list(limit=args.limit, offset=args.offset, **filters)
        total = store.cases.count(**filters)
    if args.json:
        _print_json({"total": total, "offset": args.offset, "cases": rows})
        return 0
    from kelisim.store.cases import STATUS_NAMES

    for row in rows:
        due = date.fromisoformat(row["next_due"]) if row["next_due"] else None
        mark = "! " if due and due < today else "  "
        print(f"{mark}{row['id']:>6}  {_d(due):<10}  {STATUS_NAMES[row['status']][0]:<24} "
              f"{row['case_number']:<16} {row['court_ru'][:40]}")
    print(f"Показано {len(rows)} из {total}.")
    return 0


def _case_id(text: str) -> int:
    try:
        value = int(text)
        if not 1 <= value <= 2**63 - 1:  # a record number SQLite can hold
            raise ValueError
        return value
    except ValueError:
        raise LawError(f"Номер дела «{text}» — не положительное число (см. kelisim case list).",
                       f"«{text}» іс нөмірі оң сан емес (kelisim case list қараңыз).", code="bad-case-id") from None


def cmd_case_show(args) -> int:
    with _store(read=True) as store:
        case = store.cases.get(_case_id(args.case))
        data = _case_json(store, case)
        data["history"] = store.cases.history(case.id)
    if args.json:
        _print_json(data)
        return 0
    from kelisim.store.cases import STATUS_NAMES

    print(f"Дело №{case.id}: {case.case_number} — {case.court_ru}")
    print(f"Статус: {STATUS_NAMES[case.status][0]}; правило: {case.rule}; предмет: {case.subject}")
    for name, label in (("expiry", "Истечение срока обжалования"), ("request_latest", "Последний день запроса"),
                        ("decision_due", "Срок решения")):
        mark = " (задан вручную: " + case.overrides[name]["reason"] + ")" if name in case.overrides else ""
        print(f"  {label}: {_d(case.due(name))}{mark}")
    for a in data["attachments"]:
        print(f"  Вложение: {a['role']} — {a['name']} ({a['pages'] or '?'} л.)")
    return 0


def cmd_case_review(args) -> int:
    """Check an incoming request against the Algorithm: the findings are the answer, so the exit code is 0."""
    from kelisim.store.review import review_incoming

    case_id = _case_id(args.case)
    today = _today(args)
    with _store(read=True) as store:
        review = review_incoming(store, case_id, today=today)
    lang = getattr(args, "lang", "ru") or "ru"
    if args.json:
        _print_json({"case": case_id, **review.to_dict(lang)})
    else:
        print(review.explain(lang))
    return 0


def cmd_case_export(args) -> int:
    from kelisim.store.transfer import export_case

    with _store() as store:
        path = export_case(store, _case_id(args.case), Path(args.out), mask=args.mask)
    print(path)
    return 0


def cmd_case_import(args) -> int:
    from kelisim.store.transfer import import_case

    with _store() as store:
        case = import_case(store, Path(args.src))
    if args.json:
        _print_json(case.to_dict())
    else:
        print(f"Дело импортировано как №{case.id} ({case.case_number}).")
    return 0


def cmd_backup(args) -> int:
    from kelisim.store.transfer import backup

    with _store() as store:
        path = backup(store, Path(args.dest) if args.dest else None)
    print(path)
    return 0


def cmd_restore(args) -> int:
    from kelisim.home import data_home
    from kelisim.store.transfer import restore

    aside = restore(data_home(), Path(args.src))
    print(f"Данные восстановлены; прежние сохранены в {aside}.")
    return 0


def add_parsers(sub, parser_class) -> None:
    case = sub.add_parser("case", help="реестр дел: создать, список, карточка, экспорт, импорт")
    case_sub = case.add_subparsers(dest="case_command", required=True, parser_class=parser_class)

    new = case_sub.add_parser("new", help="создать дело (поля опциями или JSON-файлом)")
    new.add_argument("--json-file", metavar="FILE", help="JSON с полями дела (опции ниже его дополняют)")
    new.add_argument("--rule", help="правило срока (civil-appeal, admin-appeal, ...)")
    new.add_argument("--court", help="суд, вынесший акт")
    new.add_argument("--court-kk", help="суд на казахском языке")
    new.add_argument("--number", help="номер дела")
    new.add_argument("--subject", help="предмет иска")
    new.add_argument("--act-kind", help="вид акта: решение, определение, постановление")
    new.add_argument("--act-announced", metavar="DATE")
    new.add_argument("--act-final", metavar="DATE", help="дата акта в окончательной форме")
    new.add_argument("--act-received", metavar="DATE")
    new.add_argument("--trigger", metavar="DATE", help="дата, с которой исчисляется срок (по умолчанию — по акту)")
    new.add_argument("--direction", choices=("outgoing", "incoming"))
    new.add_argument("--received", metavar="DATE", help="для входящего запроса: дата поступления")
    new.add_argument("--incoming-number")
    new.add_argument("--request-sent", metavar="DATE", help="дата направления запроса (письма)")
    new.add_argument("--request-number", help="исходящий номер письма-запроса")
    new.add_argument("--signed-by", metavar="ФИО", help="кто подписал поступивший запрос")
    new.add_argument("--signatory-role", choices=("first_head", "acting_head", "deputy", "apparatus_head",
                                                  "legal_head", "executor", "other"),
                     help="в какой должности подписан запрос (Алгоритм, п. 6)")
    new.add_argument("--peer-uid", help="идентификатор дела у запрашивающей стороны")
    new.add_argument("--plaintiff", action="append", metavar="ИМЯ[;ИИН]")
    new.add_argument("--defendant", action="append", metavar="ИМЯ[;БИН]")
    new.add_argument("--third-party", action="append", metavar="ИМЯ[;ИИН/БИН]")
    new.add_argument("--requester", metavar="KATO", help="запрашивающий орган (код КАТО)")
    new.add_argument("--approver", metavar="KATO", help="согласующий орган, если не по маршруту (нужна причина)")
    new.add_argument("--override-reason", default="")
    new.add_argument("--executor")
    new.add_argument("--phone")
    new.add_argument("--doc-lang", choices=("ru", "kk"))
    new.add_argument("--notes")
    new.add_argument("--attach", action="append", metavar="РОЛЬ=ПУТЬ",
                     help="вложение: draft_complaint=жалоба.docx, court_act=решение.pdf, ...")
    new.add_argument("--require-attachments", action="store_true",
                     help="отказать, если нет проекта жалобы и судебного акта (Алгоритм, п. 6)")
    new.add_argument("--today", metavar="DATE")
    new.add_argument("--json", action="store_true")
    new.add_argument("--lang", choices=("ru", "kk"), default="ru")
    new.set_defaults(func=cmd_case_new)

    ls = case_sub.add_parser("list", help="список дел, ближайший срок первым")
    ls.add_argument("--status", action="append")
    ls.add_argument("--direction", choices=("outgoing", "incoming"))
    ls.add_argument("--year", type=int)
    ls.add_argument("--overdue", action="store_true")
    ls.add_argument("--due-within", type=int, metavar="N", help="срок в пределах N рабочих дней")
    ls.add_argument("--search", metavar="TEXT")
    ls.add_argument("--limit", type=int, default=50)
    ls.add_argument("--offset", type=int, default=0)
    ls.add_argument("--today", metavar="DATE")
    ls.add_argument("--json", action="store_true")
    ls.add_argument("--lang", choices=("ru", "kk"), default="ru")
    ls.set_defaults(func=cmd_case_list)

    show = case_sub.add_parser("show", help="карточка дела с вложениями и историей")
    show.add_argument("case", metavar="CASE")
    show.add_argument("--json", action="store_true")
    show.add_argument("--lang", choices=("ru", "kk"), default="ru")
    show.set_defaults(func=cmd_case_show)

    review = case_sub.add_parser("review", help="проверить поступивший запрос по Алгоритму (пп. 2, 6, 8): сроки, "
                                                 "вложения, подпись, маршрут")
    review.add_argument("case", metavar="CASE")
    review.add_argument("--today", metavar="DATE", help="дата, на которую проверять (по умолчанию сегодня)")
    review.add_argument("--json", action="store_true")
    review.add_argument("--lang", choices=("ru", "kk"), default="ru")
    review.set_defaults(func=cmd_case_review)

    export = case_sub.add_parser("export", help="выгрузить дело с вложениями в один файл .kelisim")
    export.add_argument("case", metavar="CASE")
    export.add_argument("--out", required=True, metavar="PATH", help="файл или папка")
    export.add_argument("--mask", action="store_true",
                        help="обезличить для анализа вне юридической службы: имена — инициалами, ИИН/БИН — "
                             "последними 4 цифрами, без вложений (такой файл в реестр не загружается)")
    export.add_argument("--lang", choices=("ru", "kk"), default="ru")
    export.set_defaults(func=cmd_case_export)

    imp = case_sub.add_parser("import", help="загрузить дело из файла .kelisim (проверяется перед загрузкой)")
    imp.add_argument("src", metavar="FILE")
    imp.add_argument("--json", action="store_true")
    imp.add_argument("--lang", choices=("ru", "kk"), default="ru")
    imp.set_defaults(func=cmd_case_import)

    bk = sub.add_parser("backup", help="резервная копия: база, вложения и манифест SHA-256 в одном архиве")
    bk.add_argument("dest", nargs="?", metavar="DEST", help="файл или папка (по умолчанию backups/)")
    bk.add_argument("--lang", choices=("ru", "kk"), default="ru")
    bk.set_defaults(func=cmd_backup)

    rs = sub.add_parser("restore", help="восстановить из архива (проверяется; текущие данные сохраняются рядом)")
    rs.add_argument("src", metavar="SRC")
    rs.add_argument("--lang", choices=("ru", "kk"), default="ru")
    rs.set_defaults(func=cmd_restore)
