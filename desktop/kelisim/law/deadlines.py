"""The consent chain (Algorithm пп. 6 and 8; PROCEDURAL-TERMS.md §3).

expiry of the appeal term → latest day to send the consent request (10 working days back) →
decision due (7 working days after receipt, when the receipt date is known) → status against today.
Every result carries its trail (each date, what happened, the article) and warnings with stable codes.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import NamedTuple
from datetime import date

from kelisim.law import LawError
from kelisim.law.calendar import WorkCalendar, default_calendar, fmt_date, weekday_kk, weekday_ru
from kelisim.law.terms import Step, TermDates, Warning, term_dates, term_trail, term_warnings

REQUEST_WORKING_DAYS = 10  # Алгоритм п. 6 ч. 3: «не позднее десяти рабочих дней до истечения сроков»
DECISION_WORKING_DAYS = 7  # Алгоритм п. 8 ч. 2: «в срок, не превышающий семи рабочих дней»

# Program rule for the colour of a case: working days left until the latest sending day.
URGENT_WITHIN = 2  # 0–2 working days left: urgent
SOON_WITHIN = 5  # 3–5 working days left: soon

BASIS_REQUEST = ("Алгоритм, п. 6 (запрос — не позднее 10 рабочих дней до истечения срока обжалования)",
                 "Алгоритм, 6-тармақ (сұрау салу — шағым жасау мерзімі өткенге дейін 10 жұмыс күнінен кешіктірілмей)")
BASIS_DECISION = ("Алгоритм, п. 8 (решение — не более 7 рабочих дней со дня поступления запроса)",
                  "Алгоритм, 8-тармақ (шешім — сұрау салу келіп түскен күннен бастап 7 жұмыс күнінен аспайды)")


def _day_ru(d: date) -> str:
    return f"{fmt_date(d)} ({weekday_ru(d)})"


def _day_kk(d: date) -> str:
    return f"{fmt_date(d)} ({weekday_kk(d)})"


class Status(NamedTuple):
    """Where today stands in the chain (immutable; a named tuple because the register builds thousands)."""

    today: date
    working_days_left: int  # working days in (today, request_latest]; negative when late
    calendar_days_left: int  # request_latest − today, in calendar days
    late: bool  # today is past the latest sending day
    expired: bool  # today is past the expiry of the appeal term itself
    expiry_working_days_left: int
    urgency: str  # "late" | "urgent" | "soon" | "fine"


@dataclass
class ConsentDeadlines:
    """The consent chain of one court act. Dates, status and warning codes are computed at once;
    the trail and the warning texts are built on first access (the register computes thousands of
    chains and shows the explanation of one)."""

    term: TermDates
    request_latest: date
    received: date | None
    decision_due: date | None
    today: date
    status: Status
    codes: tuple[str, ...]
    calendar: WorkCalendar = field(repr=False, compare=False)

    rule = property(lambda self: self.term.rule)
    trigger = property(lambda self: self.term.trigger)
    term_start = property(lambda self: self.term.term_start)
    nominal_end = property(lambda self: self.term.nominal_end)
    expiry = property(lambda self: self.term.expiry)
    by_analogy = property(lambda self: self.term.by_analogy)

    @cached_property
    def trail(self) -> list[Step]:
        return term_trail(self.term, self.calendar) + _chain_steps(self)

    @cached_property
    def warnings(self) -> list[Warning]:
        return [w for w in term_warnings(self.term) if w.code in self.codes] + _chain_warnings(self)

    def warning_codes(self) -> list[str]:
        return list(self.codes)

    def explain(self, lang: str = "ru") -> str:
        """The whole explanation as plain text (what the «Copy» button and the CLI print)."""
        kk = lang == "kk"
        day = _day_kk if kk else _day_ru
        lines = [self.rule.title(lang), f"{'Негізі' if kk else 'Основание'}: {self.rule.basis_kk if kk else self.rule.basis_ru}", ""]
        rows = [
            ("Оқиға" if kk else "Событие", self.trigger),
            ("Мерзімнің басталуы" if kk else "Начало срока", self.term_start),
            ("Мерзімнің соңғы күні (есеп бойынша)" if kk else "Последний день по счёту", self.nominal_end),
            ("Шағым жасау мерзімінің өтуі" if kk else "Истечение срока обжалования", self.expiry),
            ("Сұрау салуды жіберудің соңғы күні" if kk else "Последний день направления запроса", self.request_latest),
        ]
        if self.received:
            rows.append(("Сұрау салудың келіп түскен күні" if kk else "Запрос поступил", self.received))
            rows.append(("Шешім қабылдаудың соңғы күні" if kk else "Срок принятия решения", self.decision_due))
        width = max(len(label) for label, _ in rows)
        lines += [f"{label.ljust(width)}  {day(value)}" for label, value in rows]
        lines += ["", self.status_text(lang), "", "Қадамдар бойынша түсіндірме:" if kk else "Пошаговое объяснение:"]
        for i, step in enumerate(self.trail, 1):
            lines.append(f"{i}. {fmt_date(step.date)} — {step.text(lang)}")
            if step.basis(lang):
                lines.append(f"   [{step.basis(lang)}]")
        if self.warnings:
            lines += ["", "Ескертулер:" if kk else "Предупреждения:"]
            lines += [f"! {w.message(lang)}" for w in self.warnings]
        return "\n".join(lines)

    def status_text(self, lang: str = "ru") -> str:
        s = self.status
        if lang == "kk":
            if s.expired:
                return f"Бүгін {fmt_date(s.today)}: шағым жасау мерзімі {fmt_date(self.expiry)} өтіп кеткен."
            if s.late:
                return (f"Бүгін {fmt_date(s.today)}: сұрау салуды жіберудің соңғы күні ({fmt_date(self.request_latest)}) "
                        f"өтіп кетті: {-s.calendar_days_left} күнтізбелік күн ({-s.working_days_left} жұмыс күні) бұрын.")
            return (f"Бүгін {fmt_date(s.today)}: сұрау салуды жіберудің соңғы күніне дейін "
                    f"{s.working_days_left} жұмыс күні ({s.calendar_days_left} күнтізбелік күн) қалды.")
        if s.expired:
            return f"Сегодня {fmt_date(s.today)}: срок обжалования истёк {fmt_date(self.expiry)}."
        if s.late:
            return (f"Сегодня {fmt_date(s.today)}: последний день направления запроса ({fmt_date(self.request_latest)}) "
                    f"прошёл {-s.calendar_days_left} кал. дн. назад (рабочих — {-s.working_days_left}).")
        return (f"Сегодня {fmt_date(s.today)}: до последнего дня направления запроса осталось "
                f"{s.working_days_left} раб. дн. ({s.calendar_days_left} кал. дн.).")

    def to_dict(self, lang: str = "ru") -> dict:
        """The `deadlines --json` contract of ARCHITECTURE.md (texts in ``lang``), with a few extras."""
        iso = lambda d: d.isoformat() if d else None  # noqa: E731
        other = "ru" if lang == "kk" else "kk"
        return {
            "rule": self.rule.id,
            "trigger": iso(self.trigger),
            "term_start": iso(self.term_start),
            "nominal_end": iso(self.nominal_end),
            "expiry": iso(self.expiry),
            "request_latest": iso(self.request_latest),
            "received": iso(self.received),
            "decision_due": iso(self.decision_due),
            "today": iso(self.today),
            "by_analogy": self.by_analogy,
            "status": {
                "working_days_left": self.status.working_days_left,
                "calendar_days_left": self.status.calendar_days_left,
                "late": self.status.late,
                "expired": self.status.expired,
                "expiry_working_days_left": self.status.expiry_working_days_left,
                "urgency": self.status.urgency,
            },
            "warnings": [{"code": w.code, "message": w.message(lang), f"message_{other}": w.message(other)}
                         for w in self.warnings],
            "trail": [{"date": iso(s.date), "step": s.text(lang), "basis": s.basis(lang),
                       f"step_{other}": s.text(other), f"basis_{other}": s.basis(other)} for s in self.trail],
        }


def _urgency(late: bool, working_days_left: int) -> str:
    if late:
        return "late"
    if working_days_left <= URGENT_WITHIN:
        return "urgent"
    if working_days_left <= SOON_WITHIN:
        return "soon"
    return "fine"


def _chain_steps(r: ConsentDeadlines) -> list[Step]:
    steps = [Step(
        r.request_latest,
        f"Запрос о согласовании направляется не позднее десяти рабочих дней до истечения срока обжалования. "
        f"Правило программы: последний день направления — 10-й рабочий день, отсчитанный назад от дня "
        f"истечения {fmt_date(r.expiry)} (сам этот день не считается): {_day_ru(r.request_latest)}.",
        f"Келісу туралы сұрау салу шағым жасау мерзімі өткенге дейін он жұмыс күнінен кешіктірілмей "
        f"жіберіледі. Бағдарлама ережесі: жіберудің соңғы күні — мерзім өтетін {fmt_date(r.expiry)} күнінен "
        f"кері қарай есептелген 10-жұмыс күні (сол күннің өзі есептелмейді): {_day_kk(r.request_latest)}.",
        *BASIS_REQUEST)]
    if r.received is not None:
        steps.append(Step(
            r.decision_due,
            f"Запрос поступил {_day_ru(r.received)}. Решение принимается в срок, не превышающий семи рабочих "
            f"дней со дня поступления запроса. Правило программы: 7-й рабочий день после дня поступления — "
            f"{_day_ru(r.decision_due)}.",
            f"Сұрау салу {_day_kk(r.received)} келіп түсті. Шешім сұрау салу келіп түскен күннен бастап жеті "
            f"жұмыс күнінен аспайтын мерзімде қабылданады. Бағдарлама ережесі: келіп түскен күннен кейінгі "
            f"7-жұмыс күні — {_day_kk(r.decision_due)}.",
            *BASIS_DECISION))
    return steps


def _chain_warnings(r: ConsentDeadlines) -> list[Warning]:
    cal, s, out = r.calendar, r.status, []
    for code in r.codes:
        if code == "request-latest-before-act":
            out.append(Warning(
                code,
                f"Последний день направления запроса ({fmt_date(r.request_latest)}) приходится раньше даты акта "
                f"({fmt_date(r.trigger)}): срок обжалования короче 10 рабочих дней после акта. Направьте запрос "
                f"немедленно и укажите это в письме.",
                f"Сұрау салуды жіберудің соңғы күні ({fmt_date(r.request_latest)}) акт күнінен "
                f"({fmt_date(r.trigger)}) бұрын келеді: шағым жасау мерзімі актіден кейін 10 жұмыс күнінен қысқа. "
                f"Сұрау салуды дереу жіберіңіз және мұны хатта көрсетіңіз."))
        elif code == "term-expired":
            out.append(Warning(
                code,
                f"Срок обжалования истёк {fmt_date(r.expiry)}. Подать жалобу можно только с ходатайством о "
                f"восстановлении пропущенного процессуального срока.",
                f"Шағым жасау мерзімі {fmt_date(r.expiry)} өтті. Шағымды тек өткізіп алған процестік мерзімді "
                f"қалпына келтіру туралы өтінішхатпен беруге болады."))
        elif code == "request-latest-passed":
            out.append(Warning(
                code,
                f"Последний день направления запроса ({fmt_date(r.request_latest)}) прошёл. Направьте запрос "
                f"немедленно: до истечения срока обжалования {fmt_date(r.expiry)} осталось "
                f"{s.expiry_working_days_left} раб. дн.",
                f"Сұрау салуды жіберудің соңғы күні ({fmt_date(r.request_latest)}) өтіп кетті. Сұрау салуды дереу "
                f"жіберіңіз: шағым жасау мерзімі өткенге дейін ({fmt_date(r.expiry)}) "
                f"{s.expiry_working_days_left} жұмыс күні қалды."))
        elif code == "decision-after-expiry":
            out.append(Warning(
                code,
                f"Срок решения о согласовании ({fmt_date(r.decision_due)}) наступает после истечения срока "
                f"обжалования ({fmt_date(r.expiry)}): решение нужно принять до {fmt_date(r.expiry)}.",
                f"Келісу туралы шешім мерзімі ({fmt_date(r.decision_due)}) шағым жасау мерзімі өткеннен кейін "
                f"({fmt_date(r.expiry)}) келеді: шешімді {fmt_date(r.expiry)} дейін қабылдау қажет."))
        elif code == "beyond-valid-through":
            out.append(Warning(
                code,
                f"Даты выходят за {cal.valid_through} год — последний год с подтверждённым производственным "
                f"календарём. Праздники и переносы позже этого года не утверждены: проверьте даты.",
                f"Күндер {cal.valid_through} жылдан — өндірістік күнтізбесі расталған соңғы жылдан асады. Одан "
                f"кейінгі мерекелер мен ауыстырулар бекітілмеген: күндерді тексеріңіз."))
        elif code == "estimated-holiday":
            estimated = _estimated_days(r)
            names_ru = "; ".join(f"{fmt_date(i.date)} — {i.name_ru}" for i in estimated)
            names_kk = "; ".join(f"{fmt_date(i.date)} — {i.name_kk}" for i in estimated)
            out.append(Warning(
                code,
                f"В расчётный период попадает праздник с предварительной датой ({names_ru}). Дата "
                f"подтверждается ДУМК; уточните её в настройках календаря.",
                f"Есептік кезеңге күні алдын ала белгіленген мереке кіреді ({names_kk}). Күнін ҚМДБ растайды; "
                f"күнтізбе баптауларында нақтылаңыз."))
    return out


def _window(term: TermDates, request_latest: date, decision_due: date | None, today: date) -> tuple[date, date]:
    last = max(term.expiry, decision_due or term.expiry, today)
    return min(term.trigger, request_latest), last


def _estimated_days(r: ConsentDeadlines):
    first, last = _window(r.term, r.request_latest, r.decision_due, r.today)
    return [i for i in r.calendar.special_days(first, last) if i.estimated]


def compute_deadlines(rule_id: str, trigger: date, received: date | None = None, today: date | None = None,
                      calendar: WorkCalendar | None = None) -> ConsentDeadlines:
    """The whole consent chain for one court act, explained step by step."""
    cal = calendar or default_calendar()
    today = today or date.today()
    if received is not None and received < trigger:
        raise LawError(
            f"Дата поступления запроса ({fmt_date(received)}) раньше даты судебного акта ({fmt_date(trigger)}). "
            f"Проверьте даты.",
            f"Сұрау салудың келіп түскен күні ({fmt_date(received)}) сот актісінің күнінен ({fmt_date(trigger)}) "
            f"бұрын. Күндерді тексеріңіз.", code="received-before-act")
    term = term_dates(rule_id, trigger, cal)
    expiry = term.expiry
    request_latest = cal.add_working_days(expiry, -REQUEST_WORKING_DAYS)
    decision_due = cal.add_working_days(received, DECISION_WORKING_DAYS) if received is not None else None

    working_left = cal.working_days_between(today, request_latest)
    late = today > request_latest
    expired = today > expiry
    status = Status(today, working_left, (request_latest - today).days, late, expired,
                    cal.working_days_between(today, expiry), _urgency(late, working_left))

    codes = list(term.warning_codes)
    if request_latest < trigger:
        codes.append("request-latest-before-act")
    if expired:
        codes.append("term-expired")
    elif late and received is None:
        codes.append("request-latest-passed")
    if decision_due is not None and decision_due > expiry:
        codes.append("decision-after-expiry")
    if max(expiry, decision_due or expiry).year > cal.valid_through:
        codes.append("beyond-valid-through")
    first, last = _window(term, request_latest, decision_due, today)
    if cal.has_estimated_days(first, last):
        codes.append("estimated-holiday")
    return ConsentDeadlines(term, request_latest, received, decision_due, today, status, tuple(codes), cal)
