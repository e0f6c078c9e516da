"""CLI: ``kelisim package export|import|show`` — the request package between akimats and the decision that returns.

Thin: the rules live in ``store.exchange`` (and ``services`` for the documents written with a package). Errors are
``LawError``s, printed by ``cli.main`` as one line with exit code 2.
"""
from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path


def _print_json(obj) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2, default=str) + "\n")


def _d(day: date | None) -> str:
    return day.strftime("%d.%m.%Y") if day else "—"


def _size(n: int) -> str:
    return f"{n / 1048576:.1f} МБ".replace(".", ",") if n >= 1048576 else f"{max(1, round(n / 1024))} КБ"


def cmd_package_export(args) -> int:
    from kelisim.cli_store import _case_id, _store, _today
    from kelisim.services import export_package

    case_id = _case_id(args.case)
    with _store() as store:
        direction = store.cases.get(case_id).direction
        path = export_package(store, case_id, Path(args.out), lang=args.doc_lang, today=_today(args))
    kind = "decision" if direction == "incoming" else "request"
    if args.json:
        _print_json({"kind": kind, "case": case_id, "file": str(path), "size": path.stat().st_size})
    else:
        print(path)
    return 0


def cmd_package_import(args) -> int:
    from kelisim.cli import parse_date
    from kelisim.cli_store import _case_json, _store, _today
    from kelisim.store.exchange import import_package

    received = parse_date(args.received, "дата поступления (--received)") if args.received else None
    with _store() as store:
        result = import_package(store, Path(args.src), received_on=received,
                                incoming_number=args.incoming_number or "", today=_today(args))
        data = _case_json(store, result.case) if args.json else None
    case = result.case
    if args.json:
        _print_json({"kind": result.kind, "created": result.created, "warnings": list(result.warnings),
                     "case": data})
        return 0
    if result.kind == "request":
        print(f"Запрос загружен как входящее дело №{case.id} ({case.case_number or 'без номера'}, {case.court_ru}); "
              f"поступил {_d(case.received_on)}, решение — не позднее {_d(case.due('decision_due'))}.")
    else:
        verdict = "согласовано" if case.decision == "consented" else "отказано в согласовании"
        print(f"Решение внесено в дело №{case.id} ({case.case_number or 'без номера'}): {verdict} "
              f"{_d(case.decision_date)}.")
    for warning in result.warnings:
        print(f"Внимание: {warning}")
    return 0


def cmd_package_show(args) -> int:
    from kelisim.store.exchange import inspect_package

    info = inspect_package(Path(args.src))
    if args.json:
        data = dict(info.__dict__)
        for key in ("decision_date", "request_sent", "created_at"):
            data[key] = data[key].isoformat() if data[key] else None
        _print_json(data)
        return 0
    if info.kind == "request":
        print(f"Пакет запроса: дело {info.case_number or 'без номера'}, {info.court}")
        print(f"  От: {info.requester}; кому: {info.approver}; подписал(а): {info.signatory}")
        print(f"  Исх. № {info.request_number or '—'} от {_d(info.request_sent)}")
    else:
        verdict = "согласовать" if info.decision == "consented" else "отказать в согласовании"
        print(f"Пакет решения: дело {info.case_number or 'без номера'}, {info.court}")
        print(f"  Решение: {verdict}, {_d(info.decision_date)}; {info.approver}; подписал(а): {info.signatory}")
    print(f"  Файлов: {info.files}, {_size(info.size)}")
    return 0


def add_parsers(sub, parser_class) -> None:
    """Register this module's commands on the `kelisim` parser."""
    package = sub.add_parser("package", help="пакет запроса о согласовании и пакет решения: обмен между акиматами")
    p_sub = package.add_subparsers(dest="package_command", required=True, parser_class=parser_class)

    export = p_sub.add_parser("export", help="выгрузить пакет: запрос (наше дело) или решение (входящий запрос)")
    export.add_argument("case", metavar="CASE", help="номер дела в реестре (kelisim case list)")
    export.add_argument("--out", required=True, metavar="FILE",
                        help="файл пакета или папка (тогда имя — по номеру дела: «Запрос 2-77_2026.kelisim»)")
    export.add_argument("--doc-lang", dest="doc_lang", choices=("ru", "kk"),
                        help="язык письма-запроса или решения (по умолчанию — язык дела)")
    export.add_argument("--today", metavar="DATE", help="дата документа, если не указана в деле")
    export.add_argument("--json", action="store_true", help="вывести один JSON-объект")
    export.add_argument("--lang", choices=("ru", "kk"), default="ru", help="язык сообщений")
    export.set_defaults(func=cmd_package_export)

    imp = p_sub.add_parser("import", help="загрузить пакет запроса (новое входящее дело) или решения (в наше дело); "
                                          "пакет проверяется перед загрузкой")
    imp.add_argument("src", metavar="FILE", help="файл пакета .kelisim")
    imp.add_argument("--received", metavar="DATE", help="дата поступления запроса (по умолчанию сегодня)")
    imp.add_argument("--incoming-number", metavar="N", help="входящий номер запроса в канцелярии")
    imp.add_argument("--today", metavar="DATE", help="дата «сегодня» для расчёта сроков")
    imp.add_argument("--json", action="store_true", help="вывести один JSON-объект")
    imp.add_argument("--lang", choices=("ru", "kk"), default="ru", help="язык сообщений")
    imp.set_defaults(func=cmd_package_import)

    show = p_sub.add_parser("show", help="что в пакете (проверяется, ничего не загружается)")
    show.add_argument("src", metavar="FILE")
    show.add_argument("--json", action="store_true", help="вывести один JSON-объект")
    show.add_argument("--lang", choices=("ru", "kk"), default="ru", help="язык сообщений")
    show.set_defaults(func=cmd_package_show)
