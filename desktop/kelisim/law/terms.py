"""Procedural terms for the complaint itself (PROCEDURAL-TERMS.md §1) and their computation (§2).

Computation per ГПК РК ст. 122–123 (applied in administrative cases through АППК ст. 1 ч. 3):
a term starts the day after the event (ст. 122 ч. 2); a term in months ends on the same-numbered day
of the last month or, when that month has no such day, on its last day (ст. 123 ч. 2); a term in
working days counts working days only; a last day that is not a working day moves to the next
working day (ст. 123 ч. 4).
"""
from __future__ import annotations

import calendar as _stdcal
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import NamedTuple

from kelisim.law import LawError
from kelisim.law.calendar import WorkCalendar, default_calendar, fmt_date, weekday_kk, weekday_ru

CIVIL = "civil"
ADMINISTRATIVE = "administrative"

# The date the administrative cassation reform (АППК ст. 169 ч. 2 as amended) took effect.
CASSATION_REFORM = date(2025, 7, 1)


@dataclass(frozen=True)
class Step:
    """One line of an explanation: the date, what happened, and what it rests on."""

    date: date
    text_ru: str
    text_kk: str
    basis_ru: str = ""
    basis_kk: str = ""

    def text(self, lang: str = "ru") -> str:
        return self.text_kk if lang == "kk" else self.text_ru

    def basis(self, lang: str = "ru") -> str:
        return self.basis_kk if lang == "kk" else self.basis_ru


@dataclass(frozen=True)
class Warning:
    """Something the lawyer must look at, with a stable code for programs and tests."""

    code: str
    message_ru: str
    message_kk: str

    def message(self, lang: str = "ru") -> str:
        return self.message_kk if lang == "kk" else self.message_ru


@dataclass(frozen=True)
class TermRule:
    id: str
    procedure: str  # CIVIL | ADMINISTRATIVE
    stage: str  # "appeal" | "cassation"
    title_ru: str  # what is appealed, in a lawyer's words
    title_kk: str
    trigger_ru: str  # the event the term runs from (the TRIGGER date)
    trigger_kk: str
    basis_ru: str
    basis_kk: str
    months: int | None = None
    working_days: int | None = None
    notes_ru: tuple[str, ...] = ()
    notes_kk: tuple[str, ...] = ()

    def title(self, lang: str = "ru") -> str:
        return self.title_kk if lang == "kk" else self.title_ru

    def period_ru(self) -> str:
        if self.months:
            return {1: "1 месяц", 2: "2 месяца", 6: "6 месяцев"}.get(self.months, f"{self.months} мес.")
        return f"{self.working_days} рабочих дней"

    def period_kk(self) -> str:
        if self.months:
            return f"{self.months} ай"
        return f"{self.working_days} жұмыс күні"


_GPK_122 = ("ГПК РК, ст. 122 ч. 2", "АПК, 122-бап 2-бөлік")
_GPK_123_2 = ("ГПК РК, ст. 123 ч. 2", "АПК, 123-бап 2-бөлік")
_GPK_123_4 = ("ГПК РК, ст. 123 ч. 4", "АПК, 123-бап 4-бөлік")
_GPK_123_5 = ("ГПК РК, ст. 123 ч. 5, ч. 7", "АПК, 123-бап 5, 7-бөліктер")
_APPK_1 = ("; применяется через АППК ст. 1 ч. 3", "; ӘРПК 1-бап 3-бөлігі арқылы қолданылады")

RULES: dict[str, TermRule] = {r.id: r for r in (
    TermRule(
        "civil-appeal", CIVIL, "appeal",
        "Апелляционная жалоба на решение суда первой инстанции",
        "Бірінші сатыдағы сот шешіміне апелляциялық шағым",
        "дата изготовления решения в окончательной форме (для не участвовавших в деле — дата направления им копии)",
        "шешімнің түпкілікті нысанда шығарылған күні (іске қатыспаған тұлғалар үшін — көшірмесі жіберілген күн)",
        "ГПК РК, ст. 403 ч. 3", "АПК, 403-бап 3-бөлік", months=1,
        notes_ru=("Решение в окончательной форме изготавливается в течение 5 рабочих дней после оглашения "
                  "резолютивной части (ГПК ст. 223 ч. 4).",),
        notes_kk=("Түпкілікті нысандағы шешім қарар бөлігі жарияланғаннан кейін 5 жұмыс күні ішінде "
                  "дайындалады (АПК 223-бап 4-бөлік).",)),
    TermRule(
        "civil-private", CIVIL, "appeal",
        "Частная жалоба на определение суда",
        "Сот ұйғарымына жеке шағым",
        "дата изготовления определения в окончательной форме",
        "ұйғарымның түпкілікті нысанда дайындалған күні",
        "ГПК РК, ст. 429 ч. 1", "АПК, 429-бап 1-бөлік", working_days=10),
    TermRule(
        "civil-simplified", CIVIL, "appeal",
        "Апелляционная жалоба на решение в упрощённом (письменном) производстве",
        "Оңайлатылған (жазбаша) іс жүргізудегі шешімге апелляциялық шағым",
        "дата получения копии решения (начало 5-рабочего-дневного срока на заявление об отмене)",
        "шешім көшірмесін алған күн (күшін жою туралы өтінішке арналған 5 жұмыс күндік мерзімнің басы)",
        "ГПК РК, ст. 267-4 ч. 2, ч. 4", "АПК, 267-4-бап 2, 4-бөліктер", months=1,
        notes_ru=("Если заявление об отмене решения подавалось, срок — 1 месяц со дня определения об отказе "
                  "в его удовлетворении: рассчитайте по правилу «civil-appeal» от даты этого определения.",
                  "Правило программы: если заявление не подавалось, срок 1 месяц исчисляется по окончании "
                  "5-рабочего-дневного срока — по аналогии (ГПК об этом умалчивает)."),
        notes_kk=("Егер шешімнің күшін жою туралы өтініш берілсе, мерзім — оны қанағаттандырудан бас тарту "
                  "туралы ұйғарым шығарылған күннен бастап 1 ай: сол ұйғарымның күнінен «civil-appeal» "
                  "ережесі бойынша есептеңіз.",
                  "Бағдарлама ережесі: өтініш берілмесе, 1 айлық мерзім 5 жұмыс күндік мерзім аяқталғаннан "
                  "кейін ұқсастығы бойынша есептеледі (АПК-де бұл туралы айтылмаған).")),
    TermRule(
        "civil-cassation", CIVIL, "cassation",
        "Кассационная жалоба (ходатайство) на акт апелляционной инстанции",
        "Апелляциялық сатының актісіне кассациялық шағым (өтінішхат)",
        "дата оглашения постановления апелляционной инстанции (вступает в силу со дня оглашения)",
        "апелляциялық саты қаулысының жарияланған күні (жарияланған күннен бастап заңды күшіне енеді)",
        "ГПК РК, ст. 436 ч. 1; ст. 431", "АПК, 436-бап 1-бөлік; 431-бап", months=6,
        notes_ru=("Кассационное обжалование не допускается по делам упрощённого производства, по делам, "
                  "оконченным мировым соглашением или отказом от иска, и по имущественным искам менее "
                  "2 000 МРП (физические лица) / 30 000 МРП (юридические лица) — ГПК ст. 434 ч. 2.",),
        notes_kk=("Оңайлатылған іс жүргізу істері, бітімгершілік келісіммен немесе талаптан бас тартумен "
                  "аяқталған істер және 2 000 АЕК-тен (жеке тұлғалар) / 30 000 АЕК-тен (заңды тұлғалар) "
                  "кем мүліктік талаптар бойынша кассациялық шағым жасалмайды — АПК 434-бап 2-бөлік.",)),
    TermRule(
        "admin-appeal", ADMINISTRATIVE, "appeal",
        "Апелляционная жалоба на решение по административному делу",
        "Әкімшілік іс бойынша шешімге апелляциялық шағым",
        "дата изготовления решения в окончательной форме",
        "шешімнің түпкілікті нысанда шығарылған күні",
        "АППК РК, ст. 168 ч. 2", "ӘРПК, 168-бап 2-бөлік", months=2,
        notes_ru=("Решение в окончательной форме по административному делу изготавливается в течение "
                  "10 рабочих дней после окончания разбирательства (АППК ст. 151).",),
        notes_kk=("Әкімшілік іс бойынша түпкілікті нысандағы шешім талқылау аяқталғаннан кейін 10 жұмыс "
                  "күні ішінде дайындалады (ӘРПК 151-бап).",)),
    TermRule(
        "admin-private", ADMINISTRATIVE, "appeal",
        "Частная жалоба на определение по административному делу",
        "Әкімшілік іс бойынша ұйғарымға жеке шағым",
        "дата изготовления определения в окончательной форме",
        "ұйғарымның түпкілікті нысанда дайындалған күні",
        "АППК РК, ст. 168 ч. 3", "ӘРПК, 168-бап 3-бөлік", working_days=10),
    TermRule(
        "admin-short", ADMINISTRATIVE, "appeal",
        "Апелляционная жалоба на решение по делу о госзакупках или об исполнительном производстве",
        "Мемлекеттік сатып алу немесе атқарушылық іс жүргізу ісі бойынша шешімге апелляциялық шағым",
        "дата изготовления решения в окончательной форме",
        "шешімнің түпкілікті нысанда шығарылған күні",
        "АППК РК, ст. 168 ч. 4", "ӘРПК, 168-бап 4-бөлік", working_days=10),
    TermRule(
        "admin-cassation", ADMINISTRATIVE, "cassation",
        "Кассационная жалоба на акт апелляционной инстанции по административному делу",
        "Әкімшілік іс бойынша апелляциялық сатының актісіне кассациялық шағым",
        "дата оглашения акта апелляционной инстанции (вступает в силу со дня оглашения)",
        "апелляциялық саты актісінің жарияланған күні (жарияланған күннен бастап заңды күшіне енеді)",
        "АППК РК, ст. 169 ч. 2", "ӘРПК, 169-бап 2-бөлік", months=6,
        notes_ru=("Для актов, оглашённых до 01.07.2025, действовал срок 1 месяц со дня вручения акта в "
                  "окончательной форме: программа считает по нему и предупреждает.",),
        notes_kk=("01.07.2025 дейін жарияланған актілер үшін түпкілікті нысандағы акт табыс етілген күннен "
                  "бастап 1 ай мерзім қолданылған: бағдарлама сол бойынша есептеп, ескертеді.",)),
)}


def get_rule(rule_id: str) -> TermRule:
    try:
        return RULES[rule_id]
    except KeyError:
        known = ", ".join(RULES)
        raise LawError(f"Неизвестное правило «{rule_id}». Допустимые: {known}.",
                       f"Белгісіз ереже «{rule_id}». Рұқсат етілгендер: {known}.",
                       code="unknown-rule") from None


def add_months(d: date, months: int) -> date:
    """The same-numbered day ``months`` later, or that month's last day (ГПК ст. 123 ч. 2)."""
    index = d.month - 1 + months
    year, month = d.year + index // 12, index % 12 + 1
    return date(year, month, min(d.day, _stdcal.monthrange(year, month)[1]))


class TermDates(NamedTuple):
    """The dates of a term, computed without any text (fast: the register computes thousands; an immutable
    named tuple, three times cheaper to build than a frozen dataclass)."""

    rule: TermRule
    trigger: date
    term_start: date
    nominal_end: date  # the last day before any roll-forward
    expiry: date  # the last day to file
    by_analogy: bool = False
    window_end: date | None = None  # civil-simplified: end of the 5-working-day window
    months: int | None = None  # the month count actually applied (1 under the transitional cassation rule)
    transitional: bool = False  # an act announced before CASSATION_REFORM

    @property
    def warning_codes(self) -> tuple[str, ...]:
        codes = []
        if self.by_analogy:
            codes.append("by-analogy")
        if self.transitional:
            codes.append("cassation-transitional")
        if self.rule.id == "civil-cassation":
            codes.append("cassation-excluded-categories")
        return tuple(codes)


def term_dates(rule_id: str, trigger: date, calendar: WorkCalendar | None = None) -> TermDates:
    """When does the term to file the complaint expire (dates only; see ``term_trail`` for why)."""
    rule = get_rule(rule_id)
    cal = calendar or default_calendar()
    cal.is_working_day(trigger)  # a year outside the calendar: its clear LawError before any date arithmetic overflows
    term_start = trigger + timedelta(days=1)
    transitional = rule.stage == "cassation" and trigger < CASSATION_REFORM
    if rule.id == "civil-simplified":
        window_end = cal.add_working_days(trigger, 5)
        nominal = add_months(window_end, 1)
        return TermDates(rule, trigger, term_start, nominal, cal.working_day_on_or_after(nominal), True,
                         window_end, 1)
    if rule.months:
        months = 1 if (rule.id == "admin-cassation" and transitional) else rule.months
        nominal = add_months(trigger, months)
        return TermDates(rule, trigger, term_start, nominal, cal.working_day_on_or_after(nominal),
                         months=months, transitional=transitional)
    end = cal.add_working_days(trigger, rule.working_days)
    return TermDates(rule, trigger, term_start, end, end, transitional=transitional)


# ---------------------------------------------------------------------------- explanation
def _day_ru(d: date) -> str:
    return f"{fmt_date(d)} ({weekday_ru(d)})"


def _day_kk(d: date) -> str:
    return f"{fmt_date(d)} ({weekday_kk(d)})"


def _months_ru(n: int) -> str:
    return {1: "1 месяц", 2: "2 месяца", 6: "6 месяцев"}.get(n, f"{n} мес.")


def _roll_forward_step(nominal: date, expiry: date, cal: WorkCalendar) -> Step:
    """ГПК ст. 123 ч. 4: a last day that is not a working day moves to the next working day."""
    skipped = [cal.day_info(date.fromordinal(o)) for o in range(nominal.toordinal(), expiry.toordinal())]
    why_ru = "; ".join(f"{_day_ru(i.date)} — {i.name_ru if i.kind != 'weekend' else 'выходной день'}"
                       for i in skipped)
    why_kk = "; ".join(f"{_day_kk(i.date)} — {i.name_kk if i.kind != 'weekend' else 'демалыс күні'}"
                       for i in skipped)
    return Step(
        expiry,
        f"Последний день срока {_day_ru(nominal)} — нерабочий день, срок переносится на следующий "
        f"рабочий день {_day_ru(expiry)}. Нерабочие дни: {why_ru}.",
        f"Мерзімнің соңғы күні {_day_kk(nominal)} — жұмыс істелмейтін күн, мерзім келесі жұмыс күніне "
        f"{_day_kk(expiry)} ауыстырылады. Жұмыс істелмейтін күндер: {why_kk}.",
        *_GPK_123_4)


def _month_steps(start_event: date, months: int, nominal: date, expiry: date, cal: WorkCalendar,
                 basis: tuple[str, str]) -> list[Step]:
    if nominal.day == start_event.day:
        how_ru = f"то же число ({start_event.day}-е) последнего месяца срока"
        how_kk = f"мерзімнің соңғы айының сол күні ({start_event.day})"
    else:
        how_ru = (f"в последнем месяце срока нет {start_event.day}-го числа — срок истекает в последний "
                  f"день месяца")
        how_kk = f"мерзімнің соңғы айында {start_event.day}-күн жоқ — мерзім айдың соңғы күні аяқталады"
    steps = [Step(
        nominal,
        f"{_months_ru(months)} от {fmt_date(start_event)}: {how_ru} — {_day_ru(nominal)}.",
        f"{fmt_date(start_event)} бастап {months} ай: {how_kk} — {_day_kk(nominal)}.",
        f"{basis[0]}; {_GPK_123_2[0]}", f"{basis[1]}; {_GPK_123_2[1]}")]
    if expiry != nominal:
        steps.append(_roll_forward_step(nominal, expiry, cal))
    return steps


def _working_day_step(start_event: date, n: int, end: date, cal: WorkCalendar, basis: tuple[str, str]) -> Step:
    named = cal.special_days(start_event + timedelta(days=1), end)
    off = [i for i in named if not i.working]
    worked = [i for i in named if i.working]
    extra_ru = extra_kk = ""
    if off:
        extra_ru = " Не считаются праздничные и перенесённые выходные дни: " + "; ".join(
            f"{fmt_date(i.date)} — {i.name_ru}" for i in off) + "."
        extra_kk = " Мереке және ауыстырылған демалыс күндері есептелмейді: " + "; ".join(
            f"{fmt_date(i.date)} — {i.name_kk}" for i in off) + "."
    if worked:
        extra_ru += " Считаются рабочими: " + "; ".join(f"{fmt_date(i.date)} — {i.name_ru}" for i in worked) + "."
        extra_kk += " Жұмыс күні ретінде есептеледі: " + "; ".join(
            f"{fmt_date(i.date)} — {i.name_kk}" for i in worked) + "."
    return Step(
        end,
        f"{n}-й рабочий день после {fmt_date(start_event)} — {_day_ru(end)} (субботы, воскресенья и "
        f"нерабочие дни не считаются).{extra_ru}",
        f"{fmt_date(start_event)} кейінгі {n}-жұмыс күні — {_day_kk(end)} (сенбі, жексенбі және жұмыс "
        f"істелмейтін күндер есептелмейді).{extra_kk}",
        basis[0], basis[1])


def term_trail(t: TermDates, calendar: WorkCalendar | None = None) -> list[Step]:
    """Each step of the term, with its date, what happened and the article it rests on."""
    cal = calendar or default_calendar()
    rule, trigger = t.rule, t.trigger
    basis = (rule.basis_ru, rule.basis_kk)
    via_appk = _APPK_1 if rule.procedure == ADMINISTRATIVE else ("", "")
    trail = [
        Step(trigger,
             f"Событие, с которым связано начало срока «{rule.title_ru}» ({rule.period_ru()}): {rule.trigger_ru} — "
             f"{_day_ru(trigger)}.",
             f"«{rule.title_kk}» мерзімінің ({rule.period_kk()}) басталуы байланысты оқиға: {rule.trigger_kk} — "
             f"{_day_kk(trigger)}.",
             rule.basis_ru, rule.basis_kk),
        Step(t.term_start,
             f"Срок начинает течь на следующий день после события — {_day_ru(t.term_start)}.",
             f"Мерзім оқиғадан кейінгі күні басталады — {_day_kk(t.term_start)}.",
             _GPK_122[0] + via_appk[0], _GPK_122[1] + via_appk[1]),
    ]
    if t.window_end is not None:
        step = _working_day_step(trigger, 5, t.window_end, cal, basis)
        trail.append(Step(
            step.date,
            step.text_ru + " Здесь оканчивается срок подачи заявления об отмене решения; заявление не подавалось — "
                           "открывается апелляционное обжалование.",
            step.text_kk + " Осы күні шешімнің күшін жою туралы өтініш беру мерзімі аяқталады; өтініш берілмеген — "
                           "апелляциялық шағым жасау мүмкіндігі ашылады.",
            step.basis_ru, step.basis_kk))
        trail += _month_steps(t.window_end, 1, t.nominal_end, t.expiry, cal, basis)
    elif t.months:
        if t.transitional and rule.id == "admin-cassation":
            basis = ("АППК РК, ст. 169 ч. 2 (в редакции до 01.07.2025)",
                     "ӘРПК, 169-бап 2-бөлік (01.07.2025 дейінгі редакция)")
        trail += _month_steps(trigger, t.months, t.nominal_end, t.expiry, cal, basis)
    else:
        trail.append(_working_day_step(trigger, rule.working_days, t.expiry, cal, basis))
    trail.append(Step(
        t.expiry,
        f"Срок подачи жалобы истекает {_day_ru(t.expiry)} в 24:00; жалоба, сданная на почту или поданная в "
        f"электронной форме до 24:00 последнего дня, подана в срок.",
        f"Шағым беру мерзімі {_day_kk(t.expiry)} сағат 24:00-де өтеді; соңғы күні 24:00-ге дейін поштаға "
        f"тапсырылған немесе электрондық нысанда берілген шағым мерзімінде берілген болып саналады.",
        _GPK_123_5[0] + via_appk[0], _GPK_123_5[1] + via_appk[1]))
    return trail


_TERM_WARNINGS = {
    "by-analogy": (
        "Срок по упрощённому производству рассчитан по аналогии: 1 месяц после окончания 5-рабочего-дневного "
        "срока на заявление об отмене (ГПК ст. 267-4 об этом умалчивает). Проверьте.",
        "Оңайлатылған іс жүргізу бойынша мерзім ұқсастығы бойынша есептелді: күшін жою туралы өтінішке арналған "
        "5 жұмыс күндік мерзім аяқталғаннан кейін 1 ай (АПК 267-4-бап бұл туралы айтпайды). Тексеріңіз."),
    ("cassation-transitional", "admin-cassation"): (
        "Акт оглашён до 01.07.2025: срок рассчитан по прежнему правилу — 1 месяц со дня вручения акта в "
        "окончательной форме (введите дату вручения). Проверьте переходный режим кассационного обжалования.",
        "Акт 01.07.2025 дейін жарияланған: мерзім бұрынғы ереже бойынша есептелді — түпкілікті нысандағы акт табыс "
        "етілген күннен бастап 1 ай (табыс етілген күнді енгізіңіз). Кассациялық шағым жасаудың өтпелі режимін "
        "тексеріңіз."),
    ("cassation-transitional", "civil-cassation"): (
        "Акт апелляционной инстанции оглашён до 01.07.2025 (начала работы новой кассационной системы): проверьте "
        "переходные положения — какой суд и в каком порядке рассматривает жалобу.",
        "Апелляциялық саты актісі 01.07.2025 дейін (жаңа кассациялық жүйе жұмыс істей бастағанға дейін) "
        "жарияланған: өтпелі ережелерді тексеріңіз — шағымды қай сот және қандай тәртіппен қарайды."),
}


def term_warnings(t: TermDates) -> list[Warning]:
    out = []
    for code in t.warning_codes:
        if code == "cassation-excluded-categories":
            out.append(Warning(code, t.rule.notes_ru[0], t.rule.notes_kk[0]))
        else:
            ru, kk = _TERM_WARNINGS.get(code) or _TERM_WARNINGS[(code, t.rule.id)]
            out.append(Warning(code, ru, kk))
    return out


@dataclass
class TermResult:
    dates: TermDates
    trail: list[Step] = field(default_factory=list)
    warnings: list[Warning] = field(default_factory=list)

    def __getattr__(self, name):  # rule, trigger, term_start, nominal_end, expiry, by_analogy …
        return getattr(self.dates, name)


def compute_term(rule_id: str, trigger: date, calendar: WorkCalendar | None = None) -> TermResult:
    """When does the term to file the complaint expire, and why (dates, trail and warnings)."""
    cal = calendar or default_calendar()
    t = term_dates(rule_id, trigger, cal)
    return TermResult(t, term_trail(t, cal), term_warnings(t))
