"""The command line (ARCHITECTURE.md, "Command-line contract"). Thin: it calls the same services as the UI.

Dates are ISO ``YYYY-MM-DD``; ``--json`` prints one JSON object on stdout; errors go to stderr as one
line a lawyer can act on, with exit code 2 — never a traceback.
"""
from __future__ import annotations

import argparse
import calendar as _stdcal
import json
import re
import sys
from datetime import date

from kelisim import __version__
from kelisim.law import LawError

EXIT_BAD_INPUT = 2
EXIT_INTERNAL = 1

_MONTHS_PREP_RU = ("январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре",
                   "октябре", "ноябре", "декабре")
_MONTHS_RU = ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
              "ноябрь", "декабрь")
_MONTHS_KK = ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан",
              "қараша", "желтоқсан")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


class _Parser(argparse.ArgumentParser):
    """argparse with the error line in Russian and exit code 2."""

    def error(self, message: str):  # noqa: D401 - argparse API
        self.exit(EXIT_BAD_INPUT, f"kelisim: ошибка в команде: {message}. Справка: kelisim --help\n")


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def parse_date(text: str, what: str = "дата") -> date:
    """An ISO date, or a LawError that says exactly what is wrong with it."""
    m = _ISO.match(text.strip())
    if not m:
        raise LawError(f"{_cap(what)} «{text}» не в формате ГГГГ-ММ-ДД (например, 2025-03-31).",
                       f"«{text}» күні ЖЖЖЖ-АА-КК пішімінде емес (мысалы, 2025-03-31).", code="bad-date")
    year, month, day = map(int, m.groups())
    if year < 1:  # «0000-01-01»: there was no year 0 (and the calendar has no room for it)
        raise LawError(f"{_cap(what)} «{text}»: года {year} не существует; укажите год четырьмя цифрами, например 2026.",
                       f"«{text}» күні: {year} жыл жоқ; жылды төрт цифрмен көрсетіңіз, мысалы 2026.", code="bad-date")
    if not 1 <= month <= 12:
        raise LawError(f"{_cap(what)} «{text}»: месяца {month} не существует (1–12).",
                       f"«{text}» күні: {month} ай жоқ (1–12).", code="bad-date")
    days = _stdcal.monthrange(year, month)[1]
    if not 1 <= day <= days:
        raise LawError(
            f"{_cap(what)} «{text}» не существует: в {_MONTHS_PREP_RU[month - 1]} {year} года {days} дн.",
            f"«{text}» күні жоқ: {year} жылғы {_MONTHS_KK[month - 1]} айында {days} күн.", code="bad-date")
    return date(year, month, day)


def _lang(args) -> str:
    return getattr(args, "lang", "ru") or "ru"


# ---------------------------------------------------------------------------- deadlines
def cmd_deadlines(args) -> int:
    from kelisim.law.deadlines import compute_deadlines
    from kelisim.law.terms import get_rule

    get_rule(args.rule)  # an unknown rule is reported before any date is parsed
    trigger = parse_date(args.trigger, "дата события (TRIGGER)")
    received = parse_date(args.received, "дата поступления (--received)") if args.received else None
    today = parse_date(args.today, "дата «сегодня» (--today)") if args.today else None
    result = compute_deadlines(args.rule, trigger, received=received, today=today)
    if args.json:
        _print_json(result.to_dict(_lang(args)))
    else:
        print(result.explain(_lang(args)))
    return 0


# ---------------------------------------------------------------------------- calendar
def cmd_calendar(args) -> int:
    from kelisim.law.calendar import default_calendar, fmt_date, weekday_kk, weekday_ru

    try:
        year = int(args.year)
    except ValueError:
        raise LawError(f"Год «{args.year}» — не число. Укажите год цифрами, например 2026.",
                       f"«{args.year}» жылы — сан емес. Жылды цифрмен көрсетіңіз, мысалы 2026.",
                       code="bad-year") from None
    cal = default_calendar()
    summary = cal.year_summary(year)
    lang = _lang(args)
    if args.json:
        _print_json({
            "year": summary.year,
            "working_days": summary.working_days,
            "months": [{"month": m.month, "working_days": m.working_days, "calendar_days": m.calendar_days}
                       for m in summary.months],
            "non_working": [{"date": i.date.isoformat(), "name_ru": i.name_ru, "name_kk": i.name_kk,
                             "kind": i.kind, "working": i.working, "source": i.source, "source_kk": i.source_kk,
                             "estimated": i.estimated} for i in summary.non_working],
            "confirmed": summary.confirmed,
            "valid_through": summary.valid_through,
            "calendar_edition": cal.edition,
        })
        return 0
    kk = lang == "kk"
    months = _MONTHS_KK if kk else _MONTHS_RU
    print(f"{year} жылғы өндірістік күнтізбе (бес күндік жұмыс аптасы)" if kk
          else f"Производственный календарь на {year} год (пятидневная рабочая неделя)")
    if not summary.confirmed:
        print(f"! {year} жыл расталмаған: кейбір күндер алдын ала белгіленген (расталған соңғы жыл — "
              f"{summary.valid_through})." if kk else
              f"! Календарь на {year} год не подтверждён: часть дат предварительная (последний подтверждённый "
              f"год — {summary.valid_through}).")
    print()
    for m in summary.months:
        print(f"  {months[m.month - 1].capitalize():<10} {m.working_days:>3}")
    print(f"  {'Барлығы' if kk else 'Всего':<10} {summary.working_days:>3} "
          f"{'жұмыс күні' if kk else 'рабочих дней'}")
    print()
    print("Демалыс жұмыс күндері мен жұмыс істейтін демалыс күндері:" if kk
          else "Нерабочие будни и рабочие выходные:")
    for i in summary.non_working:
        weekday = weekday_kk(i.date) if kk else weekday_ru(i.date)
        flag = (" (алдын ала)" if kk else " (предварительно)") if i.estimated else ""
        state = ("жұмыс күні" if kk else "рабочий") if i.working else ("демалыс" if kk else "нерабочий")
        print(f"  {fmt_date(i.date)} {weekday:<12} {state:<10} {i.name(lang)}{flag}")
        print(f"  {'':<23}{'':<10} [{i.source_in(lang)}]")
    return 0


# ---------------------------------------------------------------------------- route
def cmd_route(args) -> int:
    from kelisim.directory.routing import route_kato

    result = route_kato(args.kato, args.procedure, args.stage)
    if args.json:
        _print_json(result.to_dict())
    else:
        print(result.explain(_lang(args)))
    return 0


# ---------------------------------------------------------------------------- gui
def cmd_gui(args) -> int:
    from kelisim.app import main as app_main

    return app_main(getattr(args, "qt_args", None) or [])  # cli.main turns an exception into one line


def _print_json(obj) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2) + "\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="kelisim",
                     description="Kelisim — согласование права обжалования судебных актов (сроки, маршрут, документы).")
    parser.add_argument("--version", action="version", version=f"kelisim {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    gui = sub.add_parser("gui", help="открыть программу (по умолчанию)")
    gui.set_defaults(func=cmd_gui)

    dl = sub.add_parser("deadlines", help="срок обжалования и сроки согласования с объяснением")
    dl.add_argument("rule", metavar="RULE",
                    help="правило: civil-appeal, civil-private, civil-simplified, civil-cassation, admin-appeal, "
                         "admin-private, admin-short, admin-cassation")
    dl.add_argument("trigger", metavar="TRIGGER", help="дата события, с которого течёт срок (ГГГГ-ММ-ДД)")
    dl.add_argument("--received", metavar="DATE", help="дата поступления запроса согласующему органу")
    dl.add_argument("--today", metavar="DATE", help="дата, на которую считать остаток дней (по умолчанию сегодня)")
    dl.add_argument("--json", action="store_true", help="вывести один JSON-объект")
    dl.add_argument("--lang", choices=("ru", "kk"), default="ru", help="язык объяснения")
    dl.set_defaults(func=cmd_deadlines)

    rt = sub.add_parser("route", help="кто согласовывает обжалование для органа с кодом КАТО, и на каком основании")
    rt.add_argument("kato", metavar="KATO", help="код КАТО органа (9 цифр)")
    rt.add_argument("--procedure", choices=("civil", "administrative"), default="civil",
                    help="вид производства (по умолчанию civil)")
    rt.add_argument("--stage", choices=("appeal", "cassation"), default="appeal",
                    help="апелляция или кассация (по умолчанию appeal)")
    rt.add_argument("--json", action="store_true")
    rt.add_argument("--lang", choices=("ru", "kk"), default="ru")
    rt.set_defaults(func=cmd_route)

    cl = sub.add_parser("calendar", help="производственный календарь года: рабочие дни по месяцам, праздники")
    cl.add_argument("year", metavar="YEAR")
    cl.add_argument("--json", action="store_true")
    cl.add_argument("--lang", choices=("ru", "kk"), default="ru")
    cl.set_defaults(func=cmd_calendar)

    from kelisim.cli_documents import add_parsers as add_document_parsers
    from kelisim.cli_exchange import add_parsers as add_exchange_parsers
    from kelisim.cli_report import add_parsers as add_report_parsers
    from kelisim.cli_store import add_parsers

    add_parsers(sub, _Parser)
    add_document_parsers(sub, _Parser)
    add_exchange_parsers(sub, _Parser)
    add_report_parsers(sub, _Parser)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv[:1] == ["--smoke"]:  # the installation's self-test (kelisim.smoke), not a Qt option
        from kelisim.smoke import main as smoke

        return smoke(argv)
    parser = build_parser()
    if not argv or (argv[0].startswith("-") and argv[0] not in ("-h", "--help", "--version")):
        # `kelisim` alone (or with Qt's own options) opens the program.
        args = argparse.Namespace(func=cmd_gui, qt_args=argv)
    else:
        args = parser.parse_args(argv)
        if getattr(args, "func", None) is None:
            args.func = cmd_gui
    try:
        return args.func(args)
    except LawError as exc:
        print(f"kelisim: {' '.join(exc.message(_lang(args)).split())}", file=sys.stderr)  # one line, always
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the output was cut short by a pager or `head`
        sys.stderr.close()
        return 0
    except OSError as exc:
        print(f"kelisim: не удалось прочитать или записать файл: {exc}", file=sys.stderr)
        return EXIT_INTERNAL
    except Exception as exc:  # the contract: never a traceback
        print(f"kelisim: внутренняя ошибка программы ({type(exc).__name__}: {exc}). Сообщите разработчикам.",
              file=sys.stderr)
        return EXIT_INTERNAL


if __name__ == "__main__":
    raise SystemExit(main())
