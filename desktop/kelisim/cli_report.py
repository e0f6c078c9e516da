"""CLI: ``kelisim report`` — the semi-annual analysis of claims work and court practice (Typical Regulation п. 9 пп. 7).

``kelisim report [--from DATE --to DATE | --previous] --out DIR [--lang ru|kk] [--json] [--today DATE] [--mask]``: the
figures of the period (by default the current calendar half-year; ``--previous``: the one before) printed, and the
report written as DOCX and XLSX into DIR. ``--json`` prints one object: the figures (``store.report.Report.to_dict``)
and ``files``. ``--mask``: people's names and ИИН/БИН in the courts, subjects and bodies masked (``law.masking``), for
analysis outside the legal service.
"""
from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

from kelisim.law import LawError

LINE = {  # (ru, kk)
    "title": ("Анализ согласования права обжалования: {label}", "Шағым жасау құқығын келісуді талдау: {label}"),
    "own": ("Наш орган: {name}", "Біздің орган: {name}"),
    "as_of": ("Сведения по состоянию на {day} (период не завершён).",
              "{day} жағдай бойынша мәліметтер (кезең аяқталмаған)."),
    "basis": ("Основание: {basis}.", "Негіздеме: {basis}."),
    "outgoing": ("Наши запросы о согласовании:", "Біздің келісу туралы сұрау салуларымыз:"),
    "incoming": ("Запросы нижестоящих органов к нам:", "Төмен тұрған органдардың бізге сұрау салулары:"),
    "none": ("  нет", "  жоқ"),
    "line_out": ("направлено {requests} (в срок {requests_in_time}, с нарушением срока {requests_late}); "
                 "согласовано {consented}, отказано {refused}; решения в срок {decisions_in_time}, с нарушением "
                 "срока {decisions_late}; жалоб подано {complaints_filed}",
                 "жіберілді {requests} (мерзімінде {requests_in_time}, мерзімі бұзылып {requests_late}); "
                 "келісілді {consented}, бас тартылды {refused}; шешім мерзімінде {decisions_in_time}, мерзімі "
                 "бұзылып {decisions_late}; берілген шағымдар {complaints_filed}"),
    "line_in": ("поступило {requests} (в срок {requests_in_time}, с нарушением срока {requests_late}); "
                "согласовано {consented}, отказано {refused}; решения в срок {decisions_in_time}, с нарушением "
                "срока {decisions_late} (из них без решения {overdue_undecided})",
                "келіп түсті {requests} (мерзімінде {requests_in_time}, мерзімі бұзылып {requests_late}); "
                "келісілді {consented}, бас тартылды {refused}; шешім мерзімінде {decisions_in_time}, мерзімі "
                "бұзылып {decisions_late} (оның ішінде шешімсіз {overdue_undecided})"),
    "total": ("Итого", "Барлығы"),
    "cases": ("Всего учтено дел: {n}.", "Барлығы есепке алынған істер: {n}."),
    "courts": ("Суды (дел):", "Соттар (істер):"),
    "subjects": ("Предметы исков (дел):", "Талап қою нысаналары (істер):"),
    "files": ("Записаны файлы:", "Жазылған файлдар:"),
}


def _say(key: str, lang: str, **values) -> str:
    ru, kk = LINE[key]
    return (kk if lang == "kk" else ru).format(**values)


def _period(args, today: date):
    from kelisim.cli import parse_date
    from kelisim.law.reporting import half_year, previous_half_year, report_period

    if args.date_from or args.date_to:
        if args.previous:
            raise LawError("Укажите либо --previous, либо --from и --to, но не вместе.",
                           "--previous немесе --from және --to көрсетіңіз, бірге емес.", code="bad-period")
        if not (args.date_from and args.date_to):
            raise LawError("Укажите обе даты периода: --from ГГГГ-ММ-ДД --to ГГГГ-ММ-ДД (или ни одной — тогда "
                           "отчёт строится за текущее полугодие).",
                           "Кезеңнің екі күнін де көрсетіңіз: --from ЖЖЖЖ-АА-КК --to ЖЖЖЖ-АА-КК (немесе ешқайсысын "
                           "— онда есеп ағымдағы жартыжылдыққа жасалады).", code="bad-period")
        return report_period(parse_date(args.date_from, "начало периода (--from)"),
                             parse_date(args.date_to, "конец периода (--to)"))
    return previous_half_year(today) if args.previous else half_year(today)


def cmd_report(args) -> int:
    from kelisim.cli import parse_date
    from kelisim.services import write_report_files
    from kelisim.store import Store
    from kelisim.store.report import report_figures

    lang = args.lang or "ru"
    today = parse_date(args.today, "дата «сегодня» (--today)") if args.today else date.today()
    period = _period(args, today)
    with Store() as store:
        report = report_figures(store, period.start, period.end, today=today, mask=args.mask)
        files = write_report_files(report, Path(args.out), lang=lang)
    if args.json:
        sys.stdout.write(json.dumps({**report.to_dict(lang), "files": [str(p) for p in files]}, ensure_ascii=False,
                                    indent=2) + "\n")
        return 0
    print(_say("title", lang, label=report.period.label(lang)))
    if report.own(lang):
        print(_say("own", lang, name=report.own(lang)))
    if not report.complete:
        print(_say("as_of", lang, day=today.strftime("%d.%m.%Y")))
    print(_say("basis", lang, basis=report.period.basis(lang)))
    for key, line, bodies, total in (("outgoing", "line_out", report.outgoing, report.outgoing_total),
                                     ("incoming", "line_in", report.incoming, report.incoming_total)):
        print()
        print(_say(key, lang))
        if not bodies:
            print(_say("none", lang))
            continue
        for body in bodies:
            print(f"  {body.name(lang)}: {_say(line, lang, **body.figures.to_dict())}")
        print(f"  {_say('total', lang)}: {_say(line, lang, **total.to_dict())}")
    print()
    print(_say("cases", lang, n=report.cases))
    for key, items in (("courts", report.courts), ("subjects", report.subjects)):
        if items:
            print(_say(key, lang))
            for item in items:
                print(f"  {item.cases:>5}  {item.name(lang)}")
    print()
    print(_say("files", lang))
    for path in files:
        print(f"  {path}")
    return 0


def add_parsers(sub, parser_class) -> None:
    """Register this module's commands on the `kelisim` parser."""
    rp = sub.add_parser("report", help="анализ согласования права обжалования за полугодие (п. 9 пп. 7 Типового "
                                       "положения): показатели, DOCX и XLSX")
    rp.add_argument("--from", dest="date_from", metavar="DATE", help="начало периода (ГГГГ-ММ-ДД)")
    rp.add_argument("--to", dest="date_to", metavar="DATE", help="конец периода (ГГГГ-ММ-ДД), включительно")
    rp.add_argument("--previous", action="store_true", help="предыдущее полугодие (по умолчанию — текущее)")
    rp.add_argument("--out", required=True, metavar="DIR", help="папка для отчёта (DOCX и XLSX)")
    rp.add_argument("--lang", choices=("ru", "kk"), default="ru", help="язык отчёта и вывода")
    rp.add_argument("--today", metavar="DATE", help="дата, на которую считать (по умолчанию сегодня)")
    rp.add_argument("--json", action="store_true", help="вывести один JSON-объект")
    rp.add_argument("--mask", action="store_true",
                    help="скрыть персональные данные (имена — инициалами, ИИН/БИН — последними 4 цифрами): для "
                         "анализа вне юридической службы")
    rp.set_defaults(func=cmd_report)
