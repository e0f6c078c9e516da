"""Checking an incoming consent request on the approving side (Algorithm пп. 2, 6, 8; PROCEDURAL-TERMS.md §3–4).

The legal service of the higher akimat receives a request from a body below it and has seven working days to
decide (п. 8). Before the substance, it checks the request against the Algorithm: was it sent in time (п. 6 ч. 3),
are the draft complaint and the court act attached (п. 6 ч. 2), did the head or the person acting for them sign it
(п. 6 ч. 1), is it addressed to us at all (п. 2 / пп. 3–5), does the requester need consent in the first place
(п. 2 ч. 2), has the appeal term already run out, and are the dates possible.

Pure: the caller (``store.review``) gathers the plain facts — the dates, the attachments' roles, the signatory's
capacity and the routing answer it computed — and ``review_request`` answers with the dates and a list of
findings, each with a stable code, a message in Russian and Kazakh that says what to do, and the paragraph it
rests on.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from kelisim.law import LawError
from kelisim.law.calendar import WorkCalendar, default_calendar, fmt_date, weekday_kk, weekday_ru
from kelisim.law.deadlines import DECISION_WORKING_DAYS, ConsentDeadlines, compute_deadlines
from kelisim.law.terms import get_rule

ERROR = "error"
WARNING = "warning"
SEVERITIES = (ERROR, WARNING)

# The capacity in which a request was signed (the store's request_signatory_role; '' = not recorded).
SIGNATORY_ROLES = ("first_head", "acting_head", "deputy", "apparatus_head", "legal_head", "executor", "other")
HEAD_ROLES = ("first_head", "acting_head")  # п. 6 ч. 1: «за подписью руководителя … либо лица, его замещающего»
SIGNATORY_NAMES = {  # (ru, kk)
    "first_head": ("первый руководитель", "бірінші басшы"),
    "acting_head": ("лицо, замещающее руководителя", "басшыны алмастыратын тұлға"),
    "deputy": ("заместитель руководителя", "басшының орынбасары"),
    "apparatus_head": ("руководитель аппарата", "аппарат басшысы"),
    "legal_head": ("руководитель юридической службы", "заң қызметінің басшысы"),
    "executor": ("исполнитель", "орындаушы"),
    "other": ("иное лицо", "өзге тұлға"),
}

# The paragraphs each check rests on: (ru, kk).
P6_SIGNATURE = ("Алгоритм, п. 6 ч. 1 (запрос — за подписью руководителя органа либо лица, его замещающего)",
                "Алгоритм, 6-тармақ 1-бөлік (сұрау салу — орган басшысының не оны алмастыратын тұлғаның қолымен)")
P6_ATTACHMENTS = ("Алгоритм, п. 6 ч. 2 (к запросу прилагаются проект жалобы и обжалуемый судебный акт)",
                  "Алгоритм, 6-тармақ 2-бөлік (сұрау салуға шағымның жобасы мен шағым жасалатын сот актісі қоса "
                  "беріледі)")
P6_TERM = ("Алгоритм, п. 6 ч. 3 (запрос — не позднее 10 рабочих дней до истечения срока обжалования)",
           "Алгоритм, 6-тармақ 3-бөлік (сұрау салу — шағым жасау мерзімі өткенге дейін 10 жұмыс күнінен "
           "кешіктірілмей)")
P8_TERM = ("Алгоритм, п. 8 ч. 2 (решение — не более 7 рабочих дней со дня поступления запроса)",
           "Алгоритм, 8-тармақ 2-бөлік (шешім — сұрау салу келіп түскен күннен бастап 7 жұмыс күнінен аспайды)")
P2_ROUTE = ("Алгоритм, п. 2 (кто с кем согласует)", "Алгоритм, 2-тармақ (кім кіммен келіседі)")

# Warnings of the deadline chain that concern the reviewer too (how the dates were computed, what the Code excludes).
CHAIN_CODES = ("by-analogy", "cassation-transitional", "cassation-excluded-categories", "estimated-holiday",
               "beyond-valid-through")


def _day_ru(d: date) -> str:
    return f"{fmt_date(d)} ({weekday_ru(d)})"


def _day_kk(d: date) -> str:
    return f"{fmt_date(d)} ({weekday_kk(d)})"


@dataclass(frozen=True)
class Finding:
    """One thing wrong with (or to check in) a request: a stable code, how bad it is, what to do, and why."""

    code: str
    severity: str  # ERROR | WARNING
    message_ru: str
    message_kk: str
    basis: str  # the paragraph it rests on, in Russian («Алгоритм, п. 6 ч. 2 …»)
    basis_kk: str = ""

    def message(self, lang: str = "ru") -> str:
        return self.message_kk if lang == "kk" else self.message_ru

    def basis_in(self, lang: str = "ru") -> str:
        return (self.basis_kk or self.basis) if lang == "kk" else self.basis

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR


@dataclass(frozen=True)
class RequestFacts:
    """The plain facts of one incoming request, as the caller gathered them (no I/O here).

    Routing: ``consent_required``, ``routed_to_us`` (the approver the Algorithm names for the requester is our own
    body), the expected approver's names (the official, «аким Кордайского района»), the basis text and whether the
    answer is by analogy — all computed by the caller with ``law.routing``. ``route_problem_ru/kk``: why the route
    could not be checked (no requester recorded, our own body unknown, routing refused); the other routing fields
    are then ignored. ``override_reason``: the reason recorded for an approver other than routing's (п. 3–4: another
    body authorised by law to hear complaints) — a wrong route becomes a warning to check, not an error.
    """

    rule: str
    trigger: date  # the date the appeal term runs from (the act in final form, or its announcement for a cassation)
    received_on: date | None  # the day the request reached us
    today: date
    sent_on: date | None = None  # the date the request was sent (None: not known)
    has_draft_complaint: bool = False
    has_court_act: bool = False
    signatory_role: str = ""  # '' = not recorded; see SIGNATORY_ROLES
    signatory_name: str = ""
    expiry_override: date | None = None  # deadlines set by hand (a different delivery date...)
    request_latest_override: date | None = None
    decision_due_override: date | None = None
    consent_required: bool = True
    routed_to_us: bool = True
    expected_approver_ru: str = ""
    expected_approver_kk: str = ""
    route_basis_ru: str = ""
    route_basis_kk: str = ""
    by_analogy: bool = False
    requester_ru: str = ""
    requester_kk: str = ""
    us_ru: str = ""
    us_kk: str = ""
    route_problem_ru: str = ""
    route_problem_kk: str = ""
    override_reason: str = ""


@dataclass
class RequestReview:
    """The answer: the dates the reviewer works to, and every finding (errors first in ``explain``)."""

    facts: RequestFacts
    expiry: date
    request_latest: date
    decision_due: date | None
    findings: tuple[Finding, ...]
    hand_set: tuple[str, ...]  # which of expiry / request_latest / decision_due were set by hand
    decision_working_days_left: int | None  # working days in (today, decision_due]; negative when late
    deadlines: ConsentDeadlines = field(repr=False, compare=False)

    rule = property(lambda self: get_rule(self.facts.rule))
    trigger = property(lambda self: self.facts.trigger)
    received_on = property(lambda self: self.facts.received_on)
    sent_on = property(lambda self: self.facts.sent_on)
    today = property(lambda self: self.facts.today)

    @property
    def ok(self) -> bool:
        """No errors (warnings may remain: they ask the lawyer to check something)."""
        return not any(f.is_error for f in self.findings)

    @property
    def errors(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.is_error)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if not f.is_error)

    def codes(self) -> list[str]:
        return [f.code for f in self.findings]

    def finding(self, code: str) -> Finding | None:
        return next((f for f in self.findings if f.code == code), None)

    # ------------------------------------------------------------------ text
    def explain(self, lang: str = "ru") -> str:
        """The review as plain text: the dates, the verdict, the findings with their paragraphs, the route and how
        the dates were computed."""
        kk = lang == "kk"
        day = _day_kk if kk else _day_ru
        f = self.facts
        manual = " (қолмен қойылған)" if kk else " (задан вручную)"
        lines = ["Келісу туралы келіп түскен сұрау салуды тексеру" if kk else
                 "Проверка поступившего запроса о согласовании",
                 self.rule.title(lang),
                 ""]
        rows = [("Сот актісі (мерзім басталатын оқиға)" if kk else "Судебный акт (событие начала срока)",
                 day(f.trigger))]
        rows.append(("Сұрау салу жіберілді" if kk else "Запрос направлен",
                     day(f.sent_on) if f.sent_on else ("көрсетілмеген" if kk else "не указано")))
        rows.append(("Сұрау салу келіп түсті" if kk else "Запрос поступил",
                     day(f.received_on) if f.received_on else ("көрсетілмеген" if kk else "не указано")))
        rows.append(("Сұрау салуды жіберудің соңғы күні" if kk else "Последний день направления запроса",
                     day(self.request_latest) + (manual if "request_latest" in self.hand_set else "")))
        rows.append(("Шағым жасау мерзімінің өтуі" if kk else "Истечение срока обжалования",
                     day(self.expiry) + (manual if "expiry" in self.hand_set else "")))
        rows.append(("Шешім қабылдаудың соңғы күні" if kk else "Срок принятия решения",
                     (day(self.decision_due) + (manual if "decision_due" in self.hand_set else ""))
                     if self.decision_due else "—"))
        width = max(len(label) for label, _ in rows)
        lines += [f"{label.ljust(width)}  {value}" for label, value in rows]
        lines += ["", self.status_text(lang), ""]
        errors, warnings = self.errors, self.warnings
        if not self.findings:
            lines.append("Алгоритм бойынша ескертулер жоқ: сұрау салуды мәні бойынша қарауға болады (7-тармақ)."
                         if kk else
                         "Замечаний по Алгоритму нет: запрос можно рассматривать по существу (п. 7).")
        else:
            verdict = (f"Бұзушылықтар: {len(errors)}, ескертулер: {len(warnings)}." if kk
                       else f"Нарушений: {len(errors)}, предупреждений: {len(warnings)}.")
            lines.append(verdict)
        for title, group, mark in ((("Бұзушылықтар:" if kk else "Нарушения:"), errors, "✗"),
                                   (("Тексеріңіз:" if kk else "Проверьте:"), warnings, "!")):
            if group:
                lines += ["", title]
                for finding in group:
                    lines.append(f"{mark} {finding.message(lang)}")
                    lines.append(f"   [{finding.basis_in(lang)}]")
        lines += ["", self.route_text(lang), "", "Мерзімдер қалай есептелді:" if kk else "Как рассчитаны сроки:"]
        for i, step in enumerate(self.deadlines.trail, 1):
            lines.append(f"{i}. {fmt_date(step.date)} — {step.text(lang)}")
            if step.basis(lang):
                lines.append(f"   [{step.basis(lang)}]")
        return "\n".join(lines)

    def status_text(self, lang: str = "ru") -> str:
        kk = lang == "kk"
        today = fmt_date(self.today)
        if self.decision_due is None:
            return (f"Бүгін {today}: шешім мерзімі есептелмеді (келіп түскен күні жоқ)." if kk
                    else f"Сегодня {today}: срок решения не рассчитан (нет даты поступления).")
        left = self.decision_working_days_left
        due = fmt_date(self.decision_due)
        if left is not None and left < 0:
            return (f"Бүгін {today}: шешім мерзімі ({due}) өтіп кетті — {-left} жұмыс күні бұрын." if kk
                    else f"Сегодня {today}: срок решения ({due}) прошёл {-left} раб. дн. назад.")
        return (f"Бүгін {today}: шешім қабылдауға {left} жұмыс күні қалды (соңғы күні {due})." if kk
                else f"Сегодня {today}: на решение осталось {left} раб. дн. (последний день — {due}).")

    def route_text(self, lang: str = "ru") -> str:
        kk = lang == "kk"
        f = self.facts
        if f.route_problem_ru:
            return (f"Бағыт тексерілмеді: {f.route_problem_kk or f.route_problem_ru}" if kk
                    else f"Маршрут не проверен: {f.route_problem_ru}")
        basis = (f.route_basis_kk or f.route_basis_ru) if kk else f.route_basis_ru
        analogy = (" (ұқсастығы бойынша — тексеріңіз)" if kk else " (по аналогии — проверьте)") if f.by_analogy else ""
        if not f.consent_required:
            return (f"Бағыт: келісу талап етілмейді ({basis}{analogy})." if kk
                    else f"Маршрут: согласование не требуется ({basis}{analogy}).")
        expected = (f.expected_approver_kk or f.expected_approver_ru) if kk else f.expected_approver_ru
        whose = ("біз" if kk else "мы") if f.routed_to_us else ("басқа орган" if kk else "другой орган")
        return (f"Бағыт: Алгоритм бойынша келісетін — {expected} ({whose}); негізі: {basis}{analogy}." if kk
                else f"Маршрут: по Алгоритму согласует {expected} ({whose}); основание: {basis}{analogy}.")

    def to_dict(self, lang: str = "ru") -> dict:
        """One JSON object: the dates, ``ok``, the findings (texts in ``lang`` and the other language), the route and
        the trail."""
        iso = lambda d: d.isoformat() if d else None  # noqa: E731
        other = "ru" if lang == "kk" else "kk"
        f = self.facts
        return {
            "rule": f.rule,
            "trigger": iso(f.trigger),
            "sent_on": iso(f.sent_on),
            "received_on": iso(f.received_on),
            "today": iso(f.today),
            "expiry": iso(self.expiry),
            "request_latest": iso(self.request_latest),
            "decision_due": iso(self.decision_due),
            "decision_working_days_left": self.decision_working_days_left,
            "hand_set": list(self.hand_set),
            "ok": self.ok,
            "errors": len(self.errors),
            "warnings": len(self.warnings),
            "findings": [{"code": x.code, "severity": x.severity, "message": x.message(lang),
                          f"message_{other}": x.message(other), "basis": x.basis_in(lang),
                          f"basis_{other}": x.basis_in(other)} for x in self.findings],
            "route": {
                "checked": not f.route_problem_ru,
                "problem": (f.route_problem_kk or f.route_problem_ru) if lang == "kk" else f.route_problem_ru,
                "consent_required": f.consent_required,
                "routed_to_us": f.routed_to_us,
                "expected_approver": (f.expected_approver_kk or f.expected_approver_ru) if lang == "kk"
                else f.expected_approver_ru,
                "basis": (f.route_basis_kk or f.route_basis_ru) if lang == "kk" else f.route_basis_ru,
                "by_analogy": f.by_analogy,
            },
            "signatory": {"role": f.signatory_role, "name": f.signatory_name},
            "attachments": {"draft_complaint": f.has_draft_complaint, "court_act": f.has_court_act},
            "explanation": self.explain(lang),
            "trail": [{"date": iso(s.date), "step": s.text(lang), "basis": s.basis(lang)}
                      for s in self.deadlines.trail],
        }


# ---------------------------------------------------------------------------------------------- the checks
def _check_dates(f: RequestFacts, rule_basis: tuple[str, str]) -> list[Finding]:
    out = []
    if f.received_on is None:
        out.append(Finding(
            "received-unknown", ERROR,
            "Не указана дата поступления запроса: без неё не рассчитать срок решения (7 рабочих дней со дня "
            "поступления) и не проверить, вовремя ли направлен запрос. Внесите дату по журналу входящей "
            "корреспонденции.",
            "Сұрау салудың келіп түскен күні көрсетілмеген: онсыз шешім мерзімін (келіп түскен күннен бастап 7 жұмыс "
            "күні) есептеу және сұрау салудың уақтылы жіберілгенін тексеру мүмкін емес. Күнді кіріс хат-хабар "
            "журналы бойынша енгізіңіз.", *P8_TERM))
        return out
    if f.received_on < f.trigger:
        out.append(Finding(
            "received-before-act", ERROR,
            f"Дата поступления запроса ({fmt_date(f.received_on)}) раньше даты судебного акта "
            f"({fmt_date(f.trigger)}): так быть не может. Проверьте дату поступления по журналу входящей "
            f"корреспонденции и дату акта в запросе.",
            f"Сұрау салудың келіп түскен күні ({fmt_date(f.received_on)}) сот актісінің күнінен "
            f"({fmt_date(f.trigger)}) бұрын: бұлай болуы мүмкін емес. Келіп түскен күнді кіріс хат-хабар журналы "
            f"бойынша және сұрау салудағы акт күнін тексеріңіз.", *rule_basis))
    if f.received_on > f.today:
        out.append(Finding(
            "received-in-future", ERROR,
            f"Дата поступления запроса ({fmt_date(f.received_on)}) позже сегодняшнего дня ({fmt_date(f.today)}). "
            f"Проверьте дату по журналу входящей корреспонденции: срок решения считается со дня поступления.",
            f"Сұрау салудың келіп түскен күні ({fmt_date(f.received_on)}) бүгінгі күннен ({fmt_date(f.today)}) "
            f"кейін. Күнді кіріс хат-хабар журналы бойынша тексеріңіз: шешім мерзімі келіп түскен күннен бастап "
            f"есептеледі.", *P8_TERM))
    if f.sent_on is not None and f.sent_on > f.received_on:
        out.append(Finding(
            "sent-after-received", ERROR,
            f"Дата направления запроса ({fmt_date(f.sent_on)}) позже даты его поступления "
            f"({fmt_date(f.received_on)}). Проверьте обе даты (исходящий номер и дату письма, отметку о поступлении).",
            f"Сұрау салудың жіберілген күні ({fmt_date(f.sent_on)}) оның келіп түскен күнінен "
            f"({fmt_date(f.received_on)}) кейін. Екі күнді де тексеріңіз (хаттың шығыс нөмірі мен күні, келіп түскені "
            f"туралы белгі).", *P6_TERM))
    return out


def _check_route(f: RequestFacts) -> list[Finding]:
    if f.route_problem_ru:
        return [Finding(
            "route-unchecked", WARNING,
            f"Не удалось проверить, нам ли адресован запрос: {f.route_problem_ru}",
            f"Сұрау салудың бізге жіберілгенін тексеру мүмкін болмады: {f.route_problem_kk or f.route_problem_ru}",
            *P2_ROUTE)]
    requester_ru = f.requester_ru or "заявитель"
    requester_kk = f.requester_kk or f.requester_ru or "өтініш беруші"
    basis_ru = f.route_basis_ru or P2_ROUTE[0]
    basis_kk = f.route_basis_kk or f.route_basis_ru or P2_ROUTE[1]
    analogy_ru = " — по аналогии, проверьте" if f.by_analogy else ""
    analogy_kk = " — ұқсастығы бойынша, тексеріңіз" if f.by_analogy else ""
    if not f.consent_required:
        return [Finding(
            "consent-not-required", ERROR,
            f"Заявителю «{requester_ru}» согласование не требуется ({basis_ru}{analogy_ru}): Алгоритм освобождает его "
            f"от согласования. Рассматривать запрос по существу не нужно — сообщите заявителю письмом, что он "
            f"вправе обжаловать судебный акт без согласования.",
            f"«{requester_kk}» өтініш берушіге келісу талап етілмейді ({basis_kk}{analogy_kk}): Алгоритм оны келісуден "
            f"босатады. Сұрау салуды мәні бойынша қарау қажет емес — өтініш берушіге сот актісіне келісусіз шағым "
            f"жасауға құқылы екенін хатпен хабарлаңыз.", basis_ru, basis_kk)]
    if f.routed_to_us:
        return []
    expected_ru = f.expected_approver_ru or "иной орган"
    expected_kk = f.expected_approver_kk or f.expected_approver_ru or "өзге орган"
    us_ru = f" ({f.us_ru})" if f.us_ru else ""
    us_kk = f" ({f.us_kk or f.us_ru})" if (f.us_kk or f.us_ru) else ""
    if f.override_reason.strip():
        return [Finding(
            "approver-by-override", WARNING,
            f"По Алгоритму ({basis_ru}{analogy_ru}) запрос заявителя «{requester_ru}» согласует {expected_ru}, а не наш "
            f"орган{us_ru}; в деле указана причина: «{f.override_reason.strip()}». Проверьте, что закон "
            f"уполномочивает нас рассматривать такие жалобы (пп. 3–4), иначе верните запрос заявителю.",
            f"Алгоритм бойынша ({basis_kk}{analogy_kk}) «{requester_kk}» өтініш берушінің сұрау салуын біздің "
            f"орган{us_kk} емес, {expected_kk} келіседі; істе себебі көрсетілген: «{f.override_reason.strip()}». "
            f"Заң бізге мұндай шағымдарды қарауға өкілеттік беретінін тексеріңіз (3–4-тармақтар), әйтпесе сұрау "
            f"салуды өтініш берушіге қайтарыңыз.", basis_ru, basis_kk)]
    return [Finding(
        "wrong-approver", ERROR,
        f"Запрос направлен не по адресу: для заявителя «{requester_ru}» согласование осуществляет {expected_ru} "
        f"({basis_ru}{analogy_ru}), а не наш орган{us_ru}. Верните запрос заявителю и укажите, кому его следует "
        f"направить: {expected_ru}.",
        f"Сұрау салу тиісті мекенжайға жіберілмеген: «{requester_kk}» өтініш берушісі үшін келісуді біздің орган{us_kk} "
        f"емес, {expected_kk} жүзеге асырады ({basis_kk}{analogy_kk}). Сұрау салуды өтініш берушіге қайтарып, оны "
        f"кімге жіберу керектігін көрсетіңіз: {expected_kk}.", basis_ru, basis_kk)]


def _check_signature(f: RequestFacts) -> list[Finding]:
    if f.signatory_role in HEAD_ROLES:
        return []
    if not f.signatory_role:
        return [Finding(
            "signatory-unknown", WARNING,
            "Не указано, кто и в какой должности подписал запрос. Проверьте подпись: запрос подписывает руководитель "
            "органа либо лицо, его замещающее, — и внесите должность подписавшего.",
            "Сұрау салуға кім және қандай лауазымда қол қойғаны көрсетілмеген. Қолды тексеріңіз: сұрау салуға орган "
            "басшысы не оны алмастыратын тұлға қол қояды, — қол қойғанның лауазымын енгізіңіз.", *P6_SIGNATURE)]
    ru, kk = SIGNATORY_NAMES[f.signatory_role]
    name = f" {f.signatory_name.strip()}" if f.signatory_name.strip() else ""
    return [Finding(
        "signatory-not-head", ERROR,
        f"Запрос подписал {ru}{name}, а не руководитель органа и не лицо, его замещающее. Если подписавший исполнял "
        f"обязанности руководителя, запросите приказ о возложении обязанностей и отметьте «лицо, замещающее "
        f"руководителя»; иначе верните запрос на подпись руководителю.",
        f"Сұрау салуға орган басшысы не оны алмастыратын тұлға емес, {kk}{name} қол қойған. Егер қол қойған тұлға "
        f"басшының міндетін атқарса, міндет жүктеу туралы бұйрықты сұратып, «басшыны алмастыратын тұлға» деп "
        f"белгілеңіз; әйтпесе сұрау салуды басшының қолына қайтарыңыз.", *P6_SIGNATURE)]


def _check_attachments(f: RequestFacts) -> list[Finding]:
    out = []
    if not f.has_draft_complaint:
        out.append(Finding(
            "draft-complaint-missing", ERROR,
            "К запросу не приложен проект жалобы (ходатайства), оформленный по требованиям ГПК: без него не "
            "проверить доводы обжалования. Запросите проект у заявителя.",
            "Сұрау салуға АПК талаптарына сәйкес ресімделген шағымның (өтінішхаттың) жобасы қоса берілмеген: онсыз "
            "шағымның дәлелдерін тексеру мүмкін емес. Жобаны өтініш берушіден сұратыңыз.", *P6_ATTACHMENTS))
    if not f.has_court_act:
        out.append(Finding(
            "court-act-missing", ERROR,
            "К запросу не приложен обжалуемый судебный акт. Запросите у заявителя его копию (в окончательной "
            "форме) — по ней проверяются и доводы, и срок обжалования.",
            "Сұрау салуға шағым жасалатын сот актісі қоса берілмеген. Өтініш берушіден оның көшірмесін (түпкілікті "
            "нысандағы) сұратыңыз — шағымның дәлелдері де, мерзімі де сол бойынша тексеріледі.", *P6_ATTACHMENTS))
    return out


def _check_terms(f: RequestFacts, expiry: date, request_latest: date, decision_due: date | None,
                 cal: WorkCalendar, rule_basis: tuple[str, str]) -> list[Finding]:
    out = []
    if f.received_on is not None:
        when = f.sent_on or f.received_on
        if when > request_latest:
            late = cal.working_days_between(request_latest, when)
            if f.sent_on is not None:
                ru = (f"Запрос направлен {_day_ru(when)} — позже последнего дня направления "
                      f"{_day_ru(request_latest)}: запрос направляется не позднее 10 рабочих дней до истечения срока "
                      f"обжалования {fmt_date(expiry)}. Опоздание — {late} раб. дн.")
                kk = (f"Сұрау салу {_day_kk(when)} жіберілген — жіберудің соңғы күнінен {_day_kk(request_latest)} "
                      f"кеш: сұрау салу шағым жасау мерзімі {fmt_date(expiry)} өткенге дейін 10 жұмыс күнінен "
                      f"кешіктірілмей жіберіледі. Кешігу — {late} жұмыс күні.")
            else:
                ru = (f"Дата направления запроса не указана; по дате поступления {_day_ru(when)} запрос опоздал: "
                      f"последний день направления — {_day_ru(request_latest)}, за 10 рабочих дней до истечения "
                      f"срока обжалования {fmt_date(expiry)}. Опоздание — {late} раб. дн. Если письмо отправлено "
                      f"раньше, внесите дату отправки.")
                kk = (f"Сұрау салудың жіберілген күні көрсетілмеген; келіп түскен күні {_day_kk(when)} бойынша сұрау "
                      f"салу кешіккен: жіберудің соңғы күні — {_day_kk(request_latest)}, шағым жасау мерзімі "
                      f"{fmt_date(expiry)} өткенге дейін 10 жұмыс күні. Кешігу — {late} жұмыс күні. Егер хат "
                      f"ертерек жіберілсе, жіберілген күнін енгізіңіз.")
            out.append(Finding(
                "request-late", ERROR,
                ru + " Отметьте нарушение срока в предложении юридической службы (п. 7); решение всё равно нужно "
                     f"принять до истечения срока обжалования {fmt_date(expiry)}.",
                kk + " Мерзімнің бұзылғанын заң қызметінің ұсынысында көрсетіңіз (7-тармақ); шешімді бәрібір шағым "
                     f"жасау мерзімі {fmt_date(expiry)} өткенге дейін қабылдау қажет.", *P6_TERM))
        if f.received_on > expiry:
            out.append(Finding(
                "received-after-expiry", ERROR,
                f"Запрос поступил {_day_ru(f.received_on)} — после истечения срока обжалования {_day_ru(expiry)}. "
                f"Согласование уже не позволит подать жалобу в срок; укажите это в решении (жалоба возможна лишь с "
                f"ходатайством о восстановлении пропущенного срока).",
                f"Сұрау салу {_day_kk(f.received_on)} келіп түсті — шағым жасау мерзімі {_day_kk(expiry)} өткеннен "
                f"кейін. Келісу шағымды мерзімінде беруге енді мүмкіндік бермейді; мұны шешімде көрсетіңіз (шағым тек "
                f"өткізіп алған мерзімді қалпына келтіру туралы өтінішхатпен берілуі мүмкін).", *P6_TERM))
    if f.today > expiry:
        out.append(Finding(
            "term-expired", ERROR,
            f"Срок обжалования истёк {_day_ru(expiry)} (сегодня {fmt_date(f.today)}). Жалобу можно подать только с "
            f"ходатайством о восстановлении пропущенного процессуального срока; учтите это в предложении и решении.",
            f"Шағым жасау мерзімі {_day_kk(expiry)} өтті (бүгін {fmt_date(f.today)}). Шағымды тек өткізіп алған "
            f"процестік мерзімді қалпына келтіру туралы өтінішхатпен беруге болады; мұны ұсыныста және шешімде "
            f"ескеріңіз.", *rule_basis))
    elif decision_due is not None and decision_due > expiry:
        out.append(Finding(
            "decision-after-expiry", WARNING,
            f"Срок решения по запросу ({_day_ru(decision_due)}) наступает после истечения срока обжалования "
            f"({_day_ru(expiry)}): примите и направьте решение до {fmt_date(expiry)}, иначе заявитель не успеет "
            f"подать жалобу.",
            f"Сұрау салу бойынша шешім мерзімі ({_day_kk(decision_due)}) шағым жасау мерзімі ({_day_kk(expiry)}) "
            f"өткеннен кейін келеді: шешімді {fmt_date(expiry)} дейін қабылдап, жіберіңіз, әйтпесе өтініш беруші "
            f"шағымды беріп үлгермейді.", *P8_TERM))
    return out


def _validate(f: RequestFacts) -> None:
    if f.signatory_role and f.signatory_role not in SIGNATORY_ROLES:
        raise LawError(f"Должность подписавшего запрос «{f.signatory_role}» неизвестна. Возможные: "
                       f"{', '.join(SIGNATORY_ROLES)}.",
                       f"Сұрауға қол қойғанның «{f.signatory_role}» лауазымы белгісіз. Мүмкіндері: "
                       f"{', '.join(SIGNATORY_ROLES)}.", code="bad-signatory-role")
    for name, value in (("trigger", f.trigger), ("today", f.today), ("received_on", f.received_on),
                        ("sent_on", f.sent_on)):
        if value is not None and not isinstance(value, date):
            raise LawError(f"Поле «{name}»: ожидалась дата.", f"«{name}» өрісі: күн күтілді.", code="bad-date")


def review_request(facts: RequestFacts, calendar: WorkCalendar | None = None) -> RequestReview:
    """Check an incoming request against the Algorithm: the dates it is due by and everything wrong with it."""
    _validate(facts)
    rule = get_rule(facts.rule)
    cal = calendar or default_calendar()
    f = facts
    received_ok = f.received_on is not None and f.received_on >= f.trigger
    chain = compute_deadlines(f.rule, f.trigger, received=f.received_on if received_ok else None, today=f.today,
                              calendar=cal)
    hand_set = []
    expiry = chain.expiry
    if f.expiry_override is not None:
        expiry = f.expiry_override
        hand_set.append("expiry")
    # Each hand-set date wins on its own, as the register shows it (``Case.due``): a hand-set expiry does not move
    # the computed latest sending day — the user sets that one by hand too when it should move.
    request_latest = chain.request_latest
    if f.request_latest_override is not None:
        request_latest = f.request_latest_override
        hand_set.append("request_latest")
    if f.decision_due_override is not None:
        decision_due = f.decision_due_override
        hand_set.append("decision_due")
    elif f.received_on is not None:
        decision_due = chain.decision_due or cal.add_working_days(f.received_on, DECISION_WORKING_DAYS)
    else:
        decision_due = None
    left = cal.working_days_between(f.today, decision_due) if decision_due is not None else None

    rule_basis = (rule.basis_ru, rule.basis_kk)
    findings = [
        *_check_dates(f, rule_basis),
        *_check_route(f),
        *_check_signature(f),
        *_check_attachments(f),
        *_check_terms(f, expiry, request_latest, decision_due, cal, rule_basis),
    ]
    findings += [Finding(w.code, WARNING, w.message_ru, w.message_kk, *rule_basis)
                 for w in chain.warnings if w.code in CHAIN_CODES]
    return RequestReview(f, expiry, request_latest, decision_due, tuple(findings), tuple(hand_set), left, chain)


__all__ = ["Finding", "RequestFacts", "RequestReview", "review_request", "ERROR", "WARNING", "SIGNATORY_ROLES",
           "HEAD_ROLES", "CHAIN_CODES"]
