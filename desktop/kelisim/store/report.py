"""The figures of the semi-annual analysis of claims work and court practice (Typical Regulation, п. 9 пп. 7).

``report_figures(store, start, end)`` counts, per requesting body and in total, what the register says happened in
the period (both ends included). The counting rules, which also appear in the report itself (``RULES``, ru/kk):

- A case belongs to the period when at least one of the events below falls in it; one case may count in several
  figures, and in more than one period (a request sent in June and decided in July counts in both half-years).
- Per body = per requesting body: for our own requests (outgoing) the body that sends the request (our own body or an
  executive body we serve); for requests to us (incoming) the lower body that asked us. A case without one is listed
  as "body not given".
- SENT: outgoing cases whose ``request_sent`` falls in the period. RECEIVED: incoming cases whose ``received_on``
  falls in the period.
- Request IN TIME / LATE, among those sent (received): ``request_sent`` ≤ / > the case's latest sending day
  (``case.due("request_latest")``: a hand-set date wins; Algorithm п. 6). An incoming request without its sending
  date is in time when it was received by that day (it was sent no later), otherwise it is left unchecked; so is a
  request with no latest day. ``requests_unchecked`` counts them.
- CONSENTED / REFUSED: cases with a decision whose ``decision_date`` falls in the period, on each side (for our
  requests the higher body's decision, for requests to us our own decision).
- Decision IN TIME / LATE, among those decisions: ``decision_date`` ≤ / > ``case.due("decision_due")`` (Algorithm
  п. 8: 7 working days from receipt; without a receipt date there is no due date and the decision is unchecked).
  For requests to us LATE also counts ``overdue_undecided``: requests whose decision was due within the period, before
  the report's day, and that had no decision by the end of the period (a request closed without a decision on or
  before its due date — withdrawn — does not count, nor one closed on a day the register does not know). Such a
  request decided later counts again, as a late decision, in the period of its decision.
- COMPLAINTS FILED: cases whose ``complaint_filed`` falls in the period.
- Courts and subjects of claims: every case counted in at least one figure, grouped by the court's (the subject's)
  name ignoring case and surrounding spaces; most cases first.

One pass over the register (the date columns precede the large ``deadlines`` column, so the pass reads no overflow
pages), the cases of the period into a temporary table with their flags, then the sums in SQL (per body; per court and
subject as typed, the few spellings then merged ignoring letter case in Python). The deadlines (JSON) are read only
for the cases of the period and for the few incoming ones that might be overdue: a computed decision due date is 7
working days after receipt, so never more than ``DUE_HORIZON_DAYS`` later; a hand-set date may be anywhere, so a case
with overrides is always looked at. At 100,000 cases (benchmarks/store_bench.py's ``fill``, every case then given its
workflow dates) a half-year of 5,100 cases counts in 0.17-0.2 s (1.8 times a bare ``count(*)`` scan of the table), the
fullest half-year (25,900 cases) in 0.4-0.6 s.
"""
from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, fields
from datetime import date, timedelta

from kelisim.law.reporting import ReportPeriod, report_period

DUE_HORIZON_DAYS = 60
TOP = 10

RULES: tuple[tuple[str, str], ...] = (  # (ru, kk): printed in the report
    ("Дело относится к периоду, если в периоде (включительно) произошло хотя бы одно из учитываемых событий; одно "
     "дело может учитываться в нескольких показателях и в разных периодах (запрос, направленный в июне и "
     "рассмотренный в июле, учитывается в обоих полугодиях).",
     "Іс кезеңге жатады, егер кезеңде (қоса алғанда) есепке алынатын оқиғалардың кем дегенде біреуі болса; бір іс "
     "бірнеше көрсеткіште және әртүрлі кезеңдерде есепке алынуы мүмкін (маусымда жіберіліп, шілдеде қаралған сұрау "
     "салу екі жартыжылдықта да есепке алынады)."),
    ("Показатели — по органу, направившему запрос: по нашим запросам — наш орган или обслуживаемый исполнительный "
     "орган, по запросам к нам — нижестоящий орган, обратившийся к нам.",
     "Көрсеткіштер сұрау салуды жіберген орган бойынша: біздің сұрау салуларымыз бойынша — біздің орган немесе біз "
     "қызмет көрсететін атқарушы орган, бізге келген сұрау салулар бойынша — бізге жүгінген төмен тұрған орган."),
    ("Направлено — наши запросы, дата отправки которых входит в период. Поступило — запросы к нам, дата поступления "
     "которых входит в период.",
     "Жіберілді — жіберілген күні кезеңге кіретін біздің сұрау салуларымыз. Келіп түсті — келіп түскен күні кезеңге "
     "кіретін бізге келген сұрау салулар."),
    ("Запрос направлен в срок, если дата отправки не позднее последнего дня направления (за 10 рабочих дней до "
     "истечения срока обжалования, Алгоритм, п. 6; дата, заданная вручную, имеет приоритет), иначе — с нарушением "
     "срока. Поступивший запрос без даты отправки считается направленным в срок, если он поступил не позднее "
     "последнего дня; иначе срок не проверяется.",
     "Сұрау салу мерзімінде жіберілді, егер жіберілген күні жіберудің соңғы күнінен кешіктірілмесе (шағым жасау "
     "мерзімі өткенге дейін 10 жұмыс күні, Алгоритм, 6-тармақ; қолмен қойылған күннің басымдығы бар), әйтпесе — "
     "мерзімі бұзылып. Жіберілген күні белгісіз келіп түскен сұрау салу соңғы күннен кешіктірілмей келіп түссе, "
     "мерзімінде жіберілген деп есептеледі; әйтпесе мерзімі тексерілмейді."),
    ("Согласовано и отказано — решения, дата которых входит в период: по нашим запросам — решения вышестоящего "
     "органа, по запросам к нам — наши решения.",
     "Келісілді және бас тартылды — күні кезеңге кіретін шешімдер: біздің сұрау салуларымыз бойынша — жоғары тұрған "
     "органның шешімдері, бізге келген сұрау салулар бойынша — біздің шешімдеріміз."),
    ("Решение принято в срок, если его дата не позднее срока решения (7 рабочих дней со дня поступления запроса, "
     "Алгоритм, п. 8), иначе — с нарушением срока; без даты поступления запроса срок решения не проверяется. По "
     "запросам к нам с нарушением срока учитываются и запросы, срок решения по которым истёк в периоде (до даты "
     "отчёта), а решения на конец периода нет; запрос, закрытый без решения до истечения срока (или без даты "
     "закрытия), не учитывается.",
     "Шешім мерзімінде қабылданды, егер оның күні шешім мерзімінен (сұрау салу келіп түскен күннен бастап 7 жұмыс "
     "күні, Алгоритм, 8-тармақ) кешіктірілмесе, әйтпесе — мерзімі бұзылып; сұрау салудың келіп түскен күні белгісіз "
     "болса, шешім мерзімі тексерілмейді. Бізге келген сұрау салулар бойынша мерзімі бұзылғандарға шешім мерзімі "
     "кезеңде (есеп күніне дейін) өткен, ал кезең соңында шешімі жоқ сұрау салулар да қосылады; мерзім өткенге дейін "
     "(немесе жабылған күні көрсетілмей) шешімсіз жабылған сұрау салу есепке алынбайды."),
    ("Жалобы поданы — дела, дата подачи жалобы по которым входит в период.",
     "Шағымдар берілді — шағым берілген күні кезеңге кіретін істер."),
    ("Суды и предметы исков — по всем делам, учтённым хотя бы в одном показателе периода; первыми — с наибольшим "
     "числом дел.",
     "Соттар мен талап қою нысаналары — кезеңнің кем дегенде бір көрсеткішінде есепке алынған барлық істер бойынша; "
     "істер саны көбі — бірінші."),
)
NO_BODY = ("орган не указан", "орган көрсетілмеген")
NOT_GIVEN = ("не указан", "көрсетілмеген")


@dataclass(frozen=True)
class Figures:
    """The counts of one body (or a total) on one side."""

    requests: int = 0  # sent (outgoing) or received (incoming) in the period
    requests_in_time: int = 0
    requests_late: int = 0
    consented: int = 0
    refused: int = 0
    decisions_in_time: int = 0
    decisions_late: int = 0  # includes overdue_undecided
    overdue_undecided: int = 0  # requests to us left without a decision past their due date (part of decisions_late)
    complaints_filed: int = 0

    @property
    def decisions(self) -> int:
        return self.consented + self.refused

    @property
    def requests_unchecked(self) -> int:
        """Requests whose timeliness could not be checked (no sending date or no latest day)."""
        return self.requests - self.requests_in_time - self.requests_late

    @property
    def decisions_unchecked(self) -> int:
        """Decisions without a due date (the request's receipt date unknown)."""
        return self.decisions - self.decisions_in_time - (self.decisions_late - self.overdue_undecided)

    def __add__(self, other: "Figures") -> "Figures":
        return Figures(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(Figures)))

    def to_dict(self) -> dict:
        out = {f.name: getattr(self, f.name) for f in fields(Figures)}
        out.update(decisions=self.decisions, requests_unchecked=self.requests_unchecked,
                   decisions_unchecked=self.decisions_unchecked)
        return out


@dataclass(frozen=True)
class BodyFigures:
    """One requesting body's line of a side's table."""

    body_id: int | None
    name_ru: str
    name_kk: str
    is_own: bool
    figures: Figures

    def name(self, lang: str = "ru") -> str:
        return self.name_kk if lang == "kk" else self.name_ru

    def to_dict(self, lang: str = "ru") -> dict:
        return {"body_id": self.body_id, "name": self.name(lang), "name_ru": self.name_ru, "name_kk": self.name_kk,
                "is_own": self.is_own, **self.figures.to_dict()}


@dataclass(frozen=True)
class Counted:
    """A court or a subject of claims, with the number of the period's cases."""

    name_ru: str
    name_kk: str
    cases: int

    def name(self, lang: str = "ru") -> str:
        return self.name_kk if lang == "kk" else self.name_ru

    def to_dict(self, lang: str = "ru") -> dict:
        return {"name": self.name(lang), "name_ru": self.name_ru, "name_kk": self.name_kk, "cases": self.cases}


@dataclass(frozen=True)
class Report:
    period: ReportPeriod
    today: date
    own_ru: str  # our own body (the settings' "our organisation"), empty if not set
    own_kk: str
    outgoing: tuple[BodyFigures, ...]  # our requests, per requesting body
    incoming: tuple[BodyFigures, ...]  # requests to us, per requesting (lower) body
    outgoing_total: Figures
    incoming_total: Figures
    total: Figures
    cases: int  # the cases counted in at least one figure
    courts: tuple[Counted, ...]  # the most frequent first, at most ``top``
    courts_distinct: int
    subjects: tuple[Counted, ...]
    subjects_distinct: int
    rules: tuple[tuple[str, str], ...] = RULES
    masked: bool = False  # personal data masked (``mask=True``): for analysis outside the legal service

    @property
    def start(self) -> date:
        return self.period.start

    @property
    def end(self) -> date:
        return self.period.end

    @property
    def complete(self) -> bool:
        """The period is over: its figures no longer change with the day the report is made."""
        return self.period.end < self.today

    def own(self, lang: str = "ru") -> str:
        return (self.own_kk or self.own_ru) if lang == "kk" else self.own_ru

    def to_dict(self, lang: str = "ru") -> dict:
        return {
            "period": self.period.to_dict(lang), "today": self.today.isoformat(), "complete": self.complete,
            "own_body": self.own(lang), "cases": self.cases,
            "outgoing": {"bodies": [b.to_dict(lang) for b in self.outgoing], "total": self.outgoing_total.to_dict()},
            "incoming": {"bodies": [b.to_dict(lang) for b in self.incoming], "total": self.incoming_total.to_dict()},
            "total": self.total.to_dict(),
            "courts": [c.to_dict(lang) for c in self.courts], "courts_distinct": self.courts_distinct,
            "subjects": [c.to_dict(lang) for c in self.subjects], "subjects_distinct": self.subjects_distinct,
            "rules": [kk if lang == "kk" else ru for ru, kk in self.rules], "masked": self.masked,
        }


# The cases of the period with their flags. :s, :e — the period; :today; :horizon — :s − DUE_HORIZON_DAYS.
# Each case's deadlines (JSON with their trail, ~3.5 KB) are read and parsed once, both dates in one json_extract, and
# MATERIALIZED keeps SQLite from repeating that at every use of ``latest`` and ``due`` (at 26,000 cases in one
# half-year: 0.25 s instead of 0.55 s).
_PERIOD_CASES = """
CREATE TEMP TABLE {table} AS
WITH period AS MATERIALIZED (
    SELECT id, direction, status, requester_id, court_ru, court_kk, subject, request_sent, received_on, decision,
        decision_date, closed_on,
        CASE direction WHEN 'outgoing' THEN request_sent ELSE received_on END BETWEEN :s AND :e AS is_request,
        decision IN ('consented', 'refused') AND decision_date BETWEEN :s AND :e AS is_decision,
        complaint_filed BETWEEN :s AND :e AS is_complaint,
        json_extract(deadlines, '$.request_latest', '$.decision_due') AS computed,
        CASE WHEN overrides <> '{{}}' THEN json_extract(overrides, '$.request_latest.date', '$.decision_due.date')
        END AS hand_set
    FROM cases
    WHERE (direction = 'outgoing' AND request_sent BETWEEN :s AND :e)
       OR (direction = 'incoming' AND received_on BETWEEN :s AND :e)
       OR (decision_date BETWEEN :s AND :e AND decision IN ('consented', 'refused'))
       OR complaint_filed BETWEEN :s AND :e
       OR (direction = 'incoming' AND (decision_date IS NULL OR decision_date > :e)
           AND (received_on BETWEEN :horizon AND :e OR overrides <> '{{}}'))
), dated AS MATERIALIZED (
    SELECT *,  -- a hand-set date wins (Case.due)
        coalesce(json_extract(hand_set, '$[0]'), json_extract(computed, '$[0]')) AS latest,
        coalesce(json_extract(hand_set, '$[1]'), json_extract(computed, '$[1]')) AS due
    FROM period
), flagged AS MATERIALIZED (
    SELECT *,
        direction = 'incoming' AND due BETWEEN :s AND :e AND due < :today
            AND (decision_date > :e OR (decision_date IS NULL
                                        AND (closed_on > due OR (closed_on IS NULL AND status <> 'closed'))))
            AS is_overdue
    FROM dated
)
SELECT id, direction, requester_id, court_ru, court_kk, subject,
    ifnull(is_request, 0) AS is_request,
    ifnull(is_request AND latest IS NOT NULL AND (request_sent <= latest
        OR (request_sent IS NULL AND direction = 'incoming' AND received_on <= latest)), 0) AS request_in_time,
    ifnull(is_request AND latest IS NOT NULL AND request_sent > latest, 0) AS request_late,
    ifnull(is_decision AND decision = 'consented', 0) AS consented,
    ifnull(is_decision AND decision = 'refused', 0) AS refused,
    ifnull(is_decision AND due IS NOT NULL AND decision_date <= due, 0) AS decision_in_time,
    ifnull(is_decision AND due IS NOT NULL AND decision_date > due, 0) AS decision_late,
    ifnull(is_overdue, 0) AS overdue_undecided,
    ifnull(is_complaint, 0) AS complaint_filed
FROM flagged
WHERE is_request OR is_decision OR is_overdue OR is_complaint
"""

_PER_BODY = """
SELECT t.direction, t.requester_id, b.name_ru, b.name_kk, coalesce(b.is_own, 0) AS is_own,
    sum(t.is_request) AS requests, sum(t.request_in_time) AS requests_in_time, sum(t.request_late) AS requests_late,
    sum(t.consented) AS consented, sum(t.refused) AS refused, sum(t.decision_in_time) AS decisions_in_time,
    sum(t.decision_late + t.overdue_undecided) AS decisions_late, sum(t.overdue_undecided) AS overdue_undecided,
    sum(t.complaint_filed) AS complaints_filed
FROM {table} t LEFT JOIN bodies b ON b.id = t.requester_id
GROUP BY t.direction, t.requester_id
ORDER BY coalesce(b.is_own, 0) DESC, requests DESC, b.name_ru, t.requester_id
"""

# The courts (subjects) as typed: counted in SQL; spellings that differ only in letter case are then merged.
_SPELLINGS = "SELECT trim({ru}) AS name, trim({kk}) AS name_kk, count(*) AS n FROM {table} GROUP BY 1, 2"


def report_figures(store, start: date, end: date, *, today: date | None = None, top: int = TOP,
                   mask: bool = False) -> Report:
    """The figures of the period ``start``–``end`` (both included) as the register holds them on ``today``.

    ``mask``: for analysis outside the legal service — people's names and ИИН/БИН that the free text of the courts,
    the subjects of claims and the bodies' names may hold are masked («Иванов И.И.», «********1234»,
    ``law.masking.mask_text``); the figures are the same."""
    period = report_period(start, end)
    today = today or date.today()
    db = store.database
    table = f"report_{uuid.uuid4().hex}"  # one per call: two reports on one connection never meet
    params = {"s": start.isoformat(), "e": end.isoformat(), "today": today.isoformat(),
              "horizon": (start - timedelta(days=DUE_HORIZON_DAYS)).isoformat()}
    db.execute(_PERIOD_CASES.format(table=table), params)
    try:
        outgoing, incoming = [], []
        for row in db.query(_PER_BODY.format(table=table)):
            figures = Figures(*(int(row[f.name] or 0) for f in fields(Figures)))
            if row["requester_id"] is None or row["name_ru"] is None:
                name_ru, name_kk = NO_BODY
            else:
                name_ru, name_kk = row["name_ru"] or row["name_kk"], row["name_kk"] or row["name_ru"]
            line = BodyFigures(row["requester_id"], name_ru, name_kk, bool(row["is_own"]), figures)
            (outgoing if row["direction"] == "outgoing" else incoming).append(line)
        cases = db.one(f"SELECT count(*) AS n FROM {table}")["n"]
        courts, courts_distinct = _top(db, table, "court_ru", "court_kk", top)
        subjects, subjects_distinct = _top(db, table, "subject", "''", top)
        people = [r["name"] for r in db.query(f"SELECT DISTINCT p.name FROM parties p JOIN {table} t "
                                              f"ON t.id = p.case_id")] if mask else []
    finally:
        db.execute(f"DROP TABLE IF EXISTS temp.{table}")
    outgoing_total = sum((b.figures for b in outgoing), Figures())
    incoming_total = sum((b.figures for b in incoming), Figures())
    own = store.bodies.own()
    report = Report(period, today, own.name_ru if own else "", (own.name_kk or own.name_ru) if own else "",
                    tuple(outgoing), tuple(incoming), outgoing_total, incoming_total, outgoing_total + incoming_total,
                    cases, courts, courts_distinct, subjects, subjects_distinct)
    return masked_report(report, people) if mask else report


def masked_report(report: Report, people=()) -> Report:
    """The same report with the names and ИИН/БИН in its free text masked: ``people`` (the parties of the period's
    cases) wherever their names appear, then any full name and 12-digit number (``law.masking.name_masker``); the
    bodies are organisations and keep their names except for what the masking finds in them."""
    from dataclasses import replace

    from kelisim.law.masking import name_masker

    mask_text = name_masker(people)

    def bodies(lines):
        return tuple(replace(b, name_ru=mask_text(b.name_ru), name_kk=mask_text(b.name_kk)) for b in lines)

    def counted(items):
        return tuple(replace(c, name_ru=mask_text(c.name_ru), name_kk=mask_text(c.name_kk)) for c in items)

    return replace(report, own_ru=mask_text(report.own_ru), own_kk=mask_text(report.own_kk),
                   outgoing=bodies(report.outgoing), incoming=bodies(report.incoming), courts=counted(report.courts),
                   subjects=counted(report.subjects), masked=True)


def _top(db, table: str, ru: str, kk: str, top: int) -> tuple[tuple[Counted, ...], int]:
    """The most frequent names (most cases first, then alphabetically), each group of spellings that differ only in
    letter case shown as most of its cases write it; and how many distinct names there are."""
    totals: Counter = Counter()
    spellings: dict[str, Counter] = defaultdict(Counter)
    kazakh: dict[str, Counter] = defaultdict(Counter)
    for row in db.query(_SPELLINGS.format(table=table, ru=ru, kk=kk)):
        key = row["name"].casefold()
        totals[key] += row["n"]
        spellings[key][row["name"]] += row["n"]
        if row["name_kk"]:
            kazakh[key][row["name_kk"]] += row["n"]
    out = []
    for key in sorted(totals, key=lambda k: (-totals[k], k))[:max(0, int(top))]:
        if not key:
            out.append(Counted(*NOT_GIVEN, totals[key]))
            continue
        name = _most(spellings[key])
        out.append(Counted(name, _most(kazakh[key]) if kazakh[key] else name, totals[key]))
    return tuple(out), len(totals)


def _most(counts: Counter) -> str:
    return min(counts, key=lambda name: (-counts[name], name))


__all__ = ["report_figures", "masked_report", "Report", "Figures", "BodyFigures", "Counted", "RULES"]
