"""Reviewing a stored incoming request (issue 6) and the approving side's dashboard counts, on a real SQLite file with
real KATO bodies.

We are the legal service of the akim of Kordai district (KATO 314800000, Zhambyl oblast). The akim of Kasyk rural
district (314845000) is below us: by the Algorithm п. 2 пп. 8 his requests come to us. The akim of Asa rural district
(314030000) belongs to Zhambyl district: his requests go to the akim of Zhambyl district, not to us. The akim of the
oblast (310000000) needs no consent at all (п. 2 ч. 2).
"""
from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from kelisim.law.calendar import CalendarOverride
from kelisim.store import Body, Store, StoreError
from kelisim.store.register import NewAttachment, register_case
from kelisim.store.review import incoming_facts, review_incoming

TODAY = date(2026, 3, 6)
KORDAI, KASYK, ASA, OBLAST = "314800000", "314845000", "314030000", "310000000"


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "home", auto_backup=False, today=TODAY)
    s.bodies.set_own(s.bodies.from_kato(KORDAI).id)
    yield s
    s.close()


PDF = (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >>"
       b" endobj\n3 0 obj << /Type /Page >> endobj\n%%EOF\n")


@pytest.fixture
def files(tmp_path):
    draft, act = tmp_path / "проект жалобы.txt", tmp_path / "решение суда.pdf"
    draft.write_text("Апелляционная жалоба на решение Кордайского районного суда от 23.02.2026", encoding="utf-8")
    act.write_bytes(PDF)
    return {"draft_complaint": draft, "court_act": act}


def incoming(**extra) -> dict:
    """A request from a lower body, as it reached us: a decision of 23.02.2026 (term expires 26.03.2026 after Nauryz;
    the latest sending day is 06.03.2026), sent and received on 06.03.2026, signed by the akim himself."""
    fields = {"rule": "civil-appeal", "direction": "incoming", "court_ru": "Кордайский районный суд Жамбылской области",
              "case_number": "2-77/2026", "subject": "о сносе самовольной постройки", "act_kind": "решение",
              "act_final": "2026-02-23", "received_on": "2026-03-06", "incoming_number": "вх-145",
              "request_sent": "2026-03-06", "request_number": "исх-12", "request_signatory_role": "first_head",
              "request_signatory_name": "Сейтқали Нұрлан Ержанұлы",
              "parties": [{"role": "plaintiff", "name": "Иванов Иван Иванович"}]}
    fields.update(extra)
    return fields


def new_request(store, files, *, requester_kato=KASYK, roles=("draft_complaint", "court_act"), **extra):
    return register_case(store, incoming(**extra), requester_kato=requester_kato,
                         attachments=[NewAttachment(role, files[role]) for role in roles], today=TODAY)


def test_a_request_from_below_in_time_complete_and_signed_by_the_akim_is_in_order(store, files):
    case = new_request(store, files)
    assert case.status == "received" and store.bodies.get(case.approver_id).kato == KORDAI
    review = review_incoming(store, case.id, today=date(2026, 3, 10))
    assert review.ok and review.findings == ()
    assert (review.expiry, review.request_latest, review.decision_due) == (
        date(2026, 3, 26), date(2026, 3, 6), date(2026, 3, 18))
    assert review.decision_due == case.due("decision_due")  # the same date the register sorts by
    text = review.explain("ru")
    assert "Маршрут: по Алгоритму согласует аким Кордайского района (мы); основание: Алгоритм, п. 2 пп. 8" in text
    assert "Қордай ауданының әкімі (біз)" in review.explain("kk")


def test_what_is_wrong_with_the_letter_itself(store, files):
    case = new_request(store, files, roles=("court_act",), request_signatory_role="deputy",
                       request_signatory_name="Ахметов Б.К.", request_sent="2026-03-10", received_on="2026-03-10")
    review = review_incoming(store, case.id, today=date(2026, 3, 10))
    assert review.codes() == ["signatory-not-head", "draft-complaint-missing", "request-late"]
    assert "заместитель руководителя Ахметов Б.К." in review.finding("signatory-not-head").message_ru
    assert "10.03.2026" in review.finding("request-late").message_ru and not review.ok


def test_an_unknown_signatory_and_an_unknown_sending_date(store, files):
    case = new_request(store, files, request_signatory_role="", request_signatory_name="", request_sent=None,
                       received_on="2026-03-10")
    review = review_incoming(store, case.id, today=date(2026, 3, 10))
    assert review.codes() == ["signatory-unknown", "request-late"]
    assert "по дате поступления" in review.finding("request-late").message_ru


def test_a_request_meant_for_another_district_names_where_it_should_go(store, files):
    case = new_request(store, files, requester_kato=ASA)
    review = review_incoming(store, case.id, today=TODAY)
    assert review.codes() == ["wrong-approver"]
    message = review.finding("wrong-approver")
    assert "аким Жамбылского района" in message.message_ru and "аким Кордайского района" in message.message_ru
    assert "Жамбыл ауданының әкімі" in message.message_kk and message.basis == "Алгоритм, п. 2 пп. 8"


def test_a_review_only_reads(store, files):
    """A review is shown whenever a card opens: it must not write, not even an empty transaction — in the program's
    window the first write waits for the data file's integrity check (seconds on a large register)."""
    case = new_request(store, files, requester_kato=ASA)  # routes to the Zhambyl district akim
    home = store.home
    store.close()
    reopened = Store(home, auto_backup=False, today=TODAY, verify_on_open=False)  # as the window opens it
    try:
        assert review_incoming(reopened, case.id, today=TODAY).codes() == ["wrong-approver"]
        assert not reopened.verified  # no write was started: the check still waits for the background
        assert reopened.database.conn.total_changes == 0
    finally:
        reopened.close()


def test_a_request_from_the_oblast_akim_needs_no_consent(store, files):
    case = new_request(store, files, requester_kato=OBLAST)
    review = review_incoming(store, case.id, today=TODAY)
    assert review.codes() == ["consent-not-required"]
    assert "аким Жамбылской области" in review.finding("consent-not-required").message_ru
    assert review.finding("consent-not-required").basis == "Алгоритм, п. 2 ч. 2"


def test_an_approver_other_than_routings_with_its_reason_is_a_warning(store, files):
    case = register_case(store, incoming(), requester_kato=ASA, approver_kato=KORDAI,
                         override_reason="жалобы на этот орган рассматривает аким Кордайского района по закону",
                         attachments=[NewAttachment(r, p) for r, p in files.items()], today=TODAY)
    review = review_incoming(store, case.id, today=TODAY)
    assert review.codes() == ["approver-by-override"] and review.ok


def test_without_our_own_body_the_cases_approver_stands_for_us(tmp_path, files):
    with Store(tmp_path / "other", auto_backup=False, today=TODAY) as store:
        case = new_request(store, files)  # the approver is the district by routing
        assert store.bodies.own() is None
        assert review_incoming(store, case.id, today=TODAY).ok
        bare = store.cases.create(incoming(case_number="2-78/2026", requester_id=case.requester_id), today=TODAY)
        for role, path in files.items():
            store.attachments.add(bare.id, path, role)
        review = review_incoming(store, bare.id, today=TODAY)
        assert review.codes() == ["route-unchecked"] and review.ok
        assert "наш орган не указан" in review.finding("route-unchecked").message_ru
        assert "аким Кордайского района" in review.finding("route-unchecked").message_ru


def test_no_requester_recorded_means_the_route_is_unchecked(store, files):
    case = store.cases.create(incoming(), today=TODAY)
    review = review_incoming(store, case.id, today=TODAY)
    assert review.codes() == ["route-unchecked", "draft-complaint-missing", "court-act-missing"]
    assert "не указан запрашивающий орган" in review.finding("route-unchecked").message_ru


def test_a_body_kato_does_not_hold_routes_by_the_parents_the_user_recorded(store, files):
    kordai = store.bodies.by_kato(KORDAI)
    department = store.bodies.add(Body(None, "local_executive_body", "ГУ «Отдел строительства Кордайского района»",
                                       name_kk="«Қордай ауданының құрылыс бөлімі» ММ", parent_id=kordai.id))
    case = store.cases.create(incoming(requester_id=department.id, approver_id=kordai.id), today=TODAY)
    for role, path in files.items():
        store.attachments.add(case.id, path, role)
    review = review_incoming(store, case.id, today=TODAY)
    assert review.ok and review.facts.route_basis_ru == "Алгоритм, п. 2 пп. 5" and review.facts.routed_to_us
    orphan = store.bodies.add(Body(None, "local_executive_body", "ГУ «Отдел без акимата»"))
    lost = store.cases.create(incoming(requester_id=orphan.id, case_number="2-79/2026"), today=TODAY)
    review = review_incoming(store, lost.id, today=TODAY)
    assert "route-unchecked" in review.codes()
    assert "акимат, который его образовал" in review.finding("route-unchecked").message_ru


def test_hand_set_deadlines_and_the_users_own_days_off_are_used(store, files):
    case = new_request(store, files)
    store.cases.override_deadline(case.id, "decision_due", date(2026, 3, 16), "решение нужно раньше: срок жалобы")
    review = review_incoming(store, case.id, today=TODAY)
    assert review.decision_due == date(2026, 3, 16) and review.hand_set == ("decision_due",)
    store.cases.override_deadline(case.id, "decision_due", None, "")
    # a day off the shipped calendar does not know (a decree of the user's own): the decision moves a day later
    store.calendar_days.set(CalendarOverride(date(2026, 3, 12), False, "Выходной по постановлению", "Демалыс",
                                             "Постановление акимата № 1"))
    assert review_incoming(store, case.id, today=TODAY).decision_due == date(2026, 3, 19)


def test_facts_come_from_the_stored_case(store, files):
    case = new_request(store, files, roles=("draft_complaint",), request_signatory_role="acting_head")
    facts = incoming_facts(store, case.id, today=TODAY)
    assert (facts.rule, facts.trigger, facts.received_on, facts.sent_on) == (
        "civil-appeal", date(2026, 2, 23), date(2026, 3, 6), date(2026, 3, 6))
    assert facts.has_draft_complaint and not facts.has_court_act and facts.signatory_role == "acting_head"
    assert facts.requester_ru == "аким Касыкского сельского округа" and facts.us_kk == "Қордай ауданының әкімі"


def test_our_own_request_is_not_reviewed_as_an_incoming_one(store):
    case = store.cases.create({"rule": "civil-appeal", "act_final": "2026-02-23"}, today=TODAY)
    with pytest.raises(StoreError) as caught:
        review_incoming(store, case.id, today=TODAY)
    err = caught.value
    assert err.code == "not-incoming" and "входящих запросов" in err.message("ru") and "кіріс" in err.message("kk")
    with pytest.raises(StoreError) as caught:
        review_incoming(store, 999, today=TODAY)
    assert caught.value.code == "case-not-found"


# ------------------------------------------------------------------------------------------------ the dashboard
DASH_TODAY = date(2026, 3, 20)  # Friday; the working week ahead skips Nauryz: 26, 27, 30, 31.03 and 01.04


def fill_dashboard(store) -> None:
    def request(received: str, number: str, status: str | None = None) -> None:
        case = store.cases.create(incoming(received_on=received, request_sent=received, case_number=number),
                                  today=DASH_TODAY)
        if status:
            store.cases.set_status(case.id, status, on=DASH_TODAY)

    request("2026-03-05", "late-1")  # decision due 17.03: late
    request("2026-03-10", "late-2", "under_review")  # due 19.03: late, under review
    request("2026-03-12", "soon")  # due 26.03: within the working week
    request("2026-03-19", "later")  # due 02.04: the sixth working day after 20.03
    request("2026-03-05", "decided", "decided_consented")  # decided: not counted
    store.cases.create({"rule": "civil-appeal", "act_final": "2026-03-02", "case_number": "ours"}, today=DASH_TODAY)


def test_the_dashboard_counts_the_approving_side(store):
    fill_dashboard(store)
    board = store.cases.dashboard(DASH_TODAY, 5)
    assert (board["incoming_open"], board["incoming_late"], board["incoming_due_soon"]) == (4, 2, 1)
    # the old keys are kept, and keep their meaning
    assert set(board) >= {"late", "due_soon", "awaiting_decision", "open"}
    assert board["awaiting_decision"] == 4 and board["open"] == 5
    assert board["late"] == store.cases.count(overdue_on=DASH_TODAY)
    # a dashboard button can show exactly what it counts
    incoming_open = ("received", "under_review")
    assert board["incoming_open"] == store.cases.count(status=incoming_open)
    assert board["incoming_late"] == store.cases.count(status=incoming_open, overdue_on=DASH_TODAY)
    assert board["incoming_due_soon"] == store.cases.count(status=incoming_open, due_within=(DASH_TODAY, 5)) \
        - board["incoming_late"]
    later = store.cases.dashboard(DASH_TODAY, 6)  # one more working day reaches 02.04
    assert later["incoming_due_soon"] == 2


def test_an_empty_register_counts_zero(store):
    board = store.cases.dashboard(DASH_TODAY)
    assert board == {"late": 0, "due_soon": 0, "awaiting_decision": 0, "open": 0, "incoming_open": 0,
                     "incoming_late": 0, "incoming_due_soon": 0}


def test_every_dashboard_count_reads_an_index(store):
    """The register is benchmarked at 100,000 cases: no count may read the whole table."""
    fill_dashboard(store)
    conn: sqlite3.Connection = store.database.conn
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    try:
        store.cases.dashboard(DASH_TODAY, 5)
    finally:
        conn.set_trace_callback(None)
    counts = [s for s in statements if s.lstrip().upper().startswith("SELECT") and "FROM cases" in s]
    assert len(counts) >= 5
    for sql in counts:
        plan = " ".join(r["detail"] for r in store.database.query(f"EXPLAIN QUERY PLAN {sql}"))
        assert "INDEX" in plan and "SCAN c " not in plan + " " and "SCAN cases" not in plan, (sql, plan)
