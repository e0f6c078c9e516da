"""The semi-annual figures (Typical Regulation п. 9 пп. 7) on a real register: a register built case by case with known
counts, the period's boundaries, hand-set deadlines, and the SQL counts against a recount in Python from the cases
themselves (``Case.due``) for random registers and periods."""
from __future__ import annotations

import itertools
import random
from collections import Counter, defaultdict
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kelisim.law import LawError
from kelisim.law.reporting import half_year, previous_half_year, report_period
from kelisim.store import Body, Store
from kelisim.store.report import NO_BODY, RULES, Figures, report_figures

TODAY = date(2026, 11, 27)
H1 = (date(2026, 1, 1), date(2026, 6, 30))
COURT_A = "Кордайский районный суд Жамбылской области"
COURT_A_KK = "Жамбыл облысы Қордай аудандық соты"
COURT_B = "Специализированный межрайонный административный суд Жамбылской области"
COURT_C = "Жамбылский областной суд"
DAMAGES = "о взыскании ущерба"
DECISION = "о признании незаконным решения"
D = date.fromisoformat
NUMBERS = itertools.count(1001)


# ------------------------------------------------------------------------------------------ the law's half-years
@pytest.mark.parametrize("day, start, end, half", [
    ("2026-01-01", "2026-01-01", "2026-06-30", 1),
    ("2026-06-30", "2026-01-01", "2026-06-30", 1),
    ("2026-07-01", "2026-07-01", "2026-12-31", 2),
    ("2026-11-27", "2026-07-01", "2026-12-31", 2),
    ("2024-02-29", "2024-01-01", "2024-06-30", 1),
])
def test_the_half_year_of_a_day(day, start, end, half):
    period = half_year(D(day))
    assert (period.start, period.end, period.half) == (D(start), D(end), half)
    assert "п. 9 пп. 7" in period.basis_ru and "9-тармақтың 7) тармақшасы" in period.basis_kk
    assert "полугод" in period.label_ru and "жартыжылдық" in period.label_kk
    assert period.explanation_ru and period.explanation_kk


@pytest.mark.parametrize("day, start, end", [
    ("2026-11-27", "2026-01-01", "2026-06-30"),
    ("2026-03-15", "2025-07-01", "2025-12-31"),
    ("2026-01-01", "2025-07-01", "2025-12-31"),
])
def test_the_previous_half_year(day, start, end):
    period = previous_half_year(D(day))
    assert (period.start, period.end) == (D(start), D(end))


def test_a_period_the_user_gives():
    assert report_period(*H1).half == 1  # a half-year given by its dates is named as one
    period = report_period(D("2026-03-01"), D("2026-03-01"))
    assert period.half is None and period.days == 1 and not period.note_ru
    long = report_period(D("2025-01-01"), D("2026-06-30"))
    assert "длиннее полугодия" in long.note_ru and "жартыжылдықтан ұзақ" in long.note_kk
    with pytest.raises(LawError) as error:
        report_period(D("2026-07-01"), D("2026-06-30"))
    assert error.value.code == "bad-period" and "позже" in error.value.message_ru and error.value.message_kk != \
        error.value.message_ru


@given(st.dates(date(1991, 7, 1), date(2100, 12, 31)))
def test_a_day_lies_in_its_half_year_right_after_the_previous_one(day):
    current, previous = half_year(day), previous_half_year(day)
    assert current.start <= day <= current.end and current.half in (1, 2)
    assert previous.end + timedelta(days=1) == current.start and previous.half != current.half


# ------------------------------------------------------------------------------------------ a register of known counts
@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "home", auto_backup=False, today=TODAY)
    yield s
    s.close()


def _bodies(store) -> dict:
    own = store.bodies.set_own(store.bodies.from_kato("314800000").id)  # the akimat of Kordai district
    dept = store.bodies.add(Body(None, "local_executive_body", "ГУ «Отдел земельных отношений Кордайского района»",
                                 name_kk="«Қордай ауданының жер қатынастары бөлімі» ММ", parent_id=own.id))
    return {"own": own, "dept": dept, "kasyk": store.bodies.from_kato("314845000"),
            "algin": store.bodies.from_kato("314832000")}


def _new(store, direction, body, trigger, court, subject, court_kk=""):
    fields = {"rule": "civil-appeal", "trigger_date": trigger, "direction": direction, "court_ru": court,
              "court_kk": court_kk, "subject": subject, "case_number": f"2-{next(NUMBERS)}/2026",
              "requester_id": body.id if body else None}
    return store.cases.create(fields, today=TODAY)


def _day(value, base):
    return value if isinstance(value, date) else base + timedelta(days=value)


def outgoing(store, body, trigger, *, sent, received=None, decision=None, decided=0, complaint=None,
             latest=None, court=COURT_A, subject=DECISION, court_kk=""):
    """Our request: ``sent`` a date or days after the latest sending day; ``received`` days after sending (the
    approver's receipt, which gives the decision's due date); ``decided`` a date or days after the due date (after
    sending when there is none); ``complaint`` days after the decision."""
    case = _new(store, "outgoing", body, trigger, court, subject, court_kk)
    if latest:
        store.cases.override_deadline(case.id, "request_latest", D(latest), "акт вручён позднее (тест)")
    sent_on = _day(sent, store.cases.get(case.id).due("request_latest"))
    store.cases.set_status(case.id, "request_sent", on=sent_on)
    if received is not None:
        store.cases.update(case.id, {"received_on": (sent_on + timedelta(days=received)).isoformat()}, today=TODAY)
    if decision:
        due = store.cases.get(case.id).due("decision_due")
        decided_on = _day(decided, due or sent_on)
        store.cases.set_status(case.id, decision, on=decided_on)
        if complaint is not None:
            store.cases.set_status(case.id, "complaint_filed", on=decided_on + timedelta(days=complaint))
    return store.cases.get(case.id)


def incoming(store, body, trigger, *, received, sent=None, decision=None, decided=0, closed=None, review=False,
             court=COURT_A, subject=DECISION):
    """A lower body's request to us: ``received`` and ``sent`` dates or days after its latest sending day;
    ``decided`` a date or days after the decision's due date; ``closed`` days after receipt (withdrawn)."""
    case = _new(store, "incoming", body, trigger, court, subject)
    latest = case.due("request_latest")
    changes = {"received_on": _day(received, latest).isoformat()}
    if sent is not None:
        changes["request_sent"] = _day(sent, latest).isoformat()
    case = store.cases.update(case.id, changes, today=TODAY)
    if review:
        store.cases.set_status(case.id, "under_review", on=case.received_on)
    if decision:
        store.cases.set_status(case.id, decision, on=_day(decided, case.due("decision_due")))
    if closed is not None:
        store.cases.set_status(case.id, "closed", on=case.received_on + timedelta(days=closed))
    return store.cases.get(case.id)


@pytest.fixture
def register(store):
    """The first half of 2026, seen on 27.11.2026. Each line's comment says how it counts."""
    b = _bodies(store)
    own, dept, kasyk, algin = b["own"], b["dept"], b["kasyk"], b["algin"]
    # Our own requests: 5 sent (3 in time, 2 late); 2 consented, 2 refused; decisions 2 in time, 1 late, 1 without a
    # due date (no receipt date); 1 complaint.
    outgoing(store, own, "2026-02-02", sent=0, received=1, decision="consented", decided=0, complaint=5,
             subject=DAMAGES, court_kk=COURT_A_KK)  # sent on its latest day: in time
    outgoing(store, own, "2026-02-16", sent=-3, received=2, decision="consented", decided=-1, subject=DAMAGES,
             court_kk=COURT_A_KK)
    outgoing(store, own, "2026-03-02", sent=-5, decision="refused", decided=6, subject=DAMAGES)  # unchecked decision
    outgoing(store, own, "2026-04-01", sent=1, received=1, decision="refused", decided=2, subject=DAMAGES)  # late, late
    outgoing(store, own, "2026-04-20", sent=3, court=f"  {COURT_A.lower()} ")  # late; awaiting a decision
    outgoing(store, own, "2025-05-20", sent=D("2025-06-02"), decision="consented", decided=D("2025-06-20"),
             court=COURT_C)  # nothing in the period: not counted at all
    # The department we serve: 3 sent (2 in time, 1 late by a hand-set latest day); 1 consented (unchecked).
    outgoing(store, dept, "2026-05-25", sent=0, received=1, decision="consented", decided=D("2026-07-03"),
             court=COURT_B)  # decided after the period: the request counts, the decision does not
    outgoing(store, dept, "2025-12-10", sent=D("2025-12-31"), decision="consented", decided=D("2026-01-05"),
             court=COURT_B)  # sent the day before the period: only its decision counts
    outgoing(store, dept, "2025-12-20", sent=D("2026-01-01"), court=COURT_B)  # sent on the first day: in time
    outgoing(store, dept, "2026-06-20", sent=D("2026-06-30"), latest="2026-06-29",
             court=COURT_B)  # the last day; in time by the computed 03.07, late by the hand-set 29.06
    outgoing(store, dept, "2026-06-20", sent=D("2026-07-01"), court=COURT_C)  # the day after: not counted
    # Kasyk rural district asks us: 4 received (3 in time, 1 late); 2 consented, 1 refused; decisions 2 in time,
    # 2 late (one of them never decided).
    incoming(store, kasyk, "2026-02-02", sent=-2, received=-1, decision="decided_consented", decided=0,
             subject=DAMAGES)
    incoming(store, kasyk, "2026-02-16", sent=-1, received=0, decision="decided_consented", decided=-2,
             subject=f"{DAMAGES.capitalize()} ")  # the same subject, typed differently
    incoming(store, kasyk, "2026-04-01", sent=2, received=3, decision="decided_refused", decided=1)  # late, late
    incoming(store, kasyk, "2026-03-01", received=0, review=True, court=COURT_B)  # in time by its receipt; overdue
    # Algin rural district: 4 received (3 in time, 1 unchecked); 1 consented, 1 refused (of a request received the day
    # before the period); decisions 2 in time, 1 late (decided only after the period).
    incoming(store, algin, "2025-12-20", sent=D("2025-12-30"), received=D("2026-01-01"), decision="decided_consented",
             court=COURT_B)  # received on the first day
    incoming(store, algin, "2026-06-20", received=D("2026-06-30"), court=COURT_B)  # the last day; due in July
    incoming(store, algin, "2025-12-10", received=D("2025-12-31"), decision="decided_refused", decided=D("2026-01-08"),
             court=COURT_C)  # received the day before; decided in the period, in time
    incoming(store, algin, "2026-03-02", received=1, closed=1, court=COURT_C)  # unchecked; withdrawn before due
    incoming(store, algin, "2026-06-01", sent=-2, received=-1, decision="decided_consented", decided=D("2026-08-03"),
             court=COURT_C)  # due in June, decided in August: late in the first half-year
    # A request whose sender was not recorded.
    incoming(store, None, "2026-04-01", received=D("2026-04-15"), decision="decided_consented", court=COURT_C)
    return b


# (side, body): requests, in time, late; consented, refused; decisions in time, late, undecided; complaints
EXPECTED = {
    ("outgoing", "own"): Figures(5, 3, 2, 2, 2, 2, 1, 0, 1),
    ("outgoing", "dept"): Figures(3, 2, 1, 1, 0, 0, 0, 0, 0),
    ("incoming", "kasyk"): Figures(4, 3, 1, 2, 1, 2, 2, 1, 0),
    ("incoming", "algin"): Figures(4, 3, 0, 1, 1, 2, 1, 1, 0),
    ("incoming", None): Figures(1, 1, 0, 1, 0, 1, 0, 0, 0),
}


def test_the_figures_of_a_register_of_known_counts(store, register):
    report = report_figures(store, *H1, today=TODAY)
    ids = {body.id: key for key, body in register.items()}
    got = {(side, ids.get(b.body_id)): b.figures for side, lines in (("outgoing", report.outgoing),
                                                                   ("incoming", report.incoming)) for b in lines}
    assert got == EXPECTED
    assert report.outgoing_total == Figures(8, 5, 3, 3, 2, 2, 1, 0, 1)
    assert report.incoming_total == Figures(9, 7, 1, 4, 2, 5, 3, 2, 0)
    assert report.total == report.outgoing_total + report.incoming_total
    assert report.outgoing_total.decisions_unchecked == 2 and report.incoming_total.requests_unchecked == 1
    assert report.cases == 19
    # our own body first, the rest by requests; names in both languages
    assert [b.body_id for b in report.outgoing] == [register["own"].id, register["dept"].id]
    assert report.outgoing[0].is_own and report.own_ru == register["own"].name_ru
    assert report.incoming[-1].name_ru == NO_BODY[0] and report.incoming[-1].name_kk == NO_BODY[1]
    assert {b.name_kk for b in report.incoming[:2]} == {register["kasyk"].name_kk, register["algin"].name_kk}
    assert report.complete and report.period.half == 1 and report.rules == RULES


def test_courts_and_subjects_most_frequent_first_whatever_their_spelling(store, register):
    report = report_figures(store, *H1, today=TODAY)
    assert [(c.name_ru, c.cases) for c in report.courts] == [(COURT_A, 8), (COURT_B, 7), (COURT_C, 4)]
    assert report.courts[0].name_kk == COURT_A_KK and report.courts[1].name_kk == COURT_B  # no Kazakh name given
    assert [(s.name_ru, s.cases) for s in report.subjects] == [(DECISION, 13), (DAMAGES, 6)]
    assert report.courts_distinct == 3 and report.subjects_distinct == 2
    top = report_figures(store, *H1, today=TODAY, top=2)
    assert len(top.courts) == 2 and top.courts_distinct == 3


def test_the_periods_boundaries(store):
    """A request on the first and on the last day counts; the day before and the day after do not."""
    own = store.bodies.set_own(store.bodies.from_kato("314800000").id)
    for day in ("2025-12-31", "2026-01-01", "2026-06-30", "2026-07-01"):
        outgoing(store, own, "2025-12-01", sent=D(day))
    assert report_figures(store, *H1, today=TODAY).outgoing_total.requests == 2
    assert report_figures(store, D("2026-01-01"), D("2026-01-01"), today=TODAY).outgoing_total.requests == 1
    assert report_figures(store, D("2025-07-01"), D("2025-12-31"), today=TODAY).outgoing_total.requests == 1
    assert report_figures(store, D("2026-07-01"), D("2026-12-31"), today=TODAY).outgoing_total.requests == 1


def test_an_overdue_request_counts_only_once_its_due_day_has_passed(store):
    """Undecided on the due day itself is not late yet; from the next day it is (the report's day decides while the
    period is under way)."""
    low = store.bodies.from_kato("314845000")
    case = incoming(store, low, "2026-03-01", received=0)
    due = case.due("decision_due")
    assert report_figures(store, *H1, today=due).incoming_total.overdue_undecided == 0
    late = report_figures(store, *H1, today=due + timedelta(days=1)).incoming_total
    assert (late.overdue_undecided, late.decisions_late) == (1, 1)
    # a hand-set due date after the period moves it out of the period
    store.cases.override_deadline(case.id, "decision_due", D("2026-07-10"), "продлено по согласованию (тест)")
    assert report_figures(store, *H1, today=TODAY).incoming_total.overdue_undecided == 0
    assert report_figures(store, D("2026-07-01"), D("2026-12-31"), today=TODAY).incoming_total.overdue_undecided == 1


def test_an_empty_register_and_a_reversed_period(store):
    report = report_figures(store, *H1, today=TODAY)
    assert report.total == Figures() and report.cases == 0 and not report.outgoing and not report.courts
    assert report.to_dict()["total"]["requests"] == 0 and report.own_ru == ""
    with pytest.raises(LawError) as error:
        report_figures(store, H1[1], H1[0], today=TODAY)
    assert error.value.code == "bad-period"


def test_the_json_form(store, register):
    data = report_figures(store, *H1, today=TODAY).to_dict("kk")
    assert data["period"] == {**data["period"], "start": "2026-01-01", "end": "2026-06-30", "half": 1, "year": 2026}
    assert "жартыжылдық" in data["period"]["label"] and data["complete"] is True and data["cases"] == 19
    assert data["outgoing"]["total"] == {**Figures(8, 5, 3, 3, 2, 2, 1, 0, 1).to_dict()}
    assert data["outgoing"]["bodies"][0]["name"] == register["own"].name_kk
    assert data["rules"] == [kk for _, kk in RULES] and data["courts"][0]["cases"] == 8


def test_the_report_leaves_no_table_behind(store, register):
    report_figures(store, *H1, today=TODAY)
    temp = store.database.query("SELECT name FROM sqlite_temp_master WHERE type = 'table'")
    assert list(temp) == []


# ------------------------------------------------------------------------------------------ the counts recounted
def recount(cases, start: date, end: date, today: date):
    """The counting rules of store/report.py, applied in Python to the cases as the register shows them."""
    per = defaultdict(Counter)
    involved = 0

    def inside(day):
        return day is not None and start <= day <= end

    for c in cases:
        f = Counter()
        latest, due = c.due("request_latest"), c.due("decision_due")
        if inside(c.request_sent if c.direction == "outgoing" else c.received_on):
            f["requests"] += 1
            if latest and c.request_sent:
                f["requests_in_time" if c.request_sent <= latest else "requests_late"] += 1
            elif latest and c.direction == "incoming" and c.received_on <= latest:
                f["requests_in_time"] += 1
        if c.decision in ("consented", "refused") and inside(c.decision_date):
            f[c.decision] += 1
            if due:
                f["decisions_in_time" if c.decision_date <= due else "decisions_late"] += 1
        if c.direction == "incoming" and inside(due) and due < today and (
                (c.decision_date is not None and c.decision_date > end)
                or (c.decision_date is None and (c.closed_on > due if c.closed_on else c.status != "closed"))):
            f["overdue_undecided"] += 1
            f["decisions_late"] += 1
        if inside(c.complaint_filed):
            f["complaints_filed"] += 1
        if f:
            involved += 1
            per[(c.direction, c.requester_id)].update(f)
    return {key: Figures(**counts) for key, counts in per.items()}, involved


@pytest.fixture(scope="module")
def random_register(tmp_path_factory):
    """Ninety cases with random dates, statuses, decisions and hand-set deadlines (seeded)."""
    rnd = random.Random(20261127)
    store = Store(tmp_path_factory.mktemp("report") / "home", auto_backup=False, today=TODAY)
    bodies = list(_bodies(store).values()) + [None]
    statuses = {"outgoing": ("draft", "request_sent", "consented", "refused", "complaint_filed", "closed"),
                "incoming": ("received", "under_review", "decided_consented", "decided_refused", "closed")}

    def maybe(day, p=0.75):
        return day.isoformat() if rnd.random() < p else None

    for _ in range(90):
        direction = rnd.choice(("outgoing", "incoming"))
        trigger = date(2025, 6, 1) + timedelta(days=rnd.randrange(0, 560))
        status = rnd.choice(statuses[direction])
        body = rnd.choice(bodies)
        fields = {"rule": rnd.choice(("civil-appeal", "civil-private", "admin-appeal")), "direction": direction,
                  "trigger_date": trigger.isoformat(), "status": status, "requester_id": body.id if body else None,
                  "court_ru": rnd.choice((COURT_A, COURT_B, COURT_C, "")), "subject": rnd.choice((DAMAGES, DECISION)),
                  "request_sent": maybe(trigger + timedelta(days=rnd.randrange(0, 30))),
                  "received_on": maybe(trigger + timedelta(days=rnd.randrange(0, 35)), 0.6 if direction ==
                                       "outgoing" else 0.9)}
        if rnd.random() < 0.6:
            fields["decision"] = rnd.choice(("consented", "refused", None))
            fields["decision_date"] = maybe(trigger + timedelta(days=rnd.randrange(5, 60)))
        fields["complaint_filed"] = maybe(trigger + timedelta(days=rnd.randrange(10, 60)), 0.25)
        fields["closed_on"] = maybe(trigger + timedelta(days=rnd.randrange(0, 90)), 0.5 if status == "closed" else 0.05)
        case = store.cases.create(fields, today=TODAY)
        for name in ("request_latest", "decision_due"):
            if rnd.random() < 0.15:
                store.cases.override_deadline(case.id, name, trigger + timedelta(days=rnd.randrange(0, 60)), "тест")
    cases = [store.cases.get(row["id"]) for row in store.database.query("SELECT id FROM cases")]
    yield store, cases
    store.close()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(start=st.dates(date(2025, 5, 1), date(2027, 3, 1)), days=st.integers(0, 400),
       today=st.dates(date(2025, 6, 1), date(2027, 6, 1)))
def test_the_sql_counts_equal_a_recount_from_the_cases(random_register, start, days, today):
    store, cases = random_register
    end = start + timedelta(days=days)
    expected, involved = recount(cases, start, end, today)
    report = report_figures(store, start, end, today=today)
    got = {(side, b.body_id): b.figures for side, lines in (("outgoing", report.outgoing),
                                                           ("incoming", report.incoming)) for b in lines}
    assert got == expected
    assert report.cases == involved
    assert sum(c.cases for c in report.courts) == involved  # four courts (one of them blank): all shown
    for figures in (*got.values(), report.total):
        assert figures.requests_unchecked >= 0 and figures.decisions_unchecked >= 0
