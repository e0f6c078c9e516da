"""Checking an incoming consent request against the Algorithm (пп. 2, 6, 8), table-driven from its paragraphs.

The base request: a first-instance decision made in final form on Monday 23.02.2026 (civil-appeal, ГПК ст. 403 ч. 3).
One month ends on Monday 23.03.2026 — Nauryz (21–23.03, with the weekend days moved to 24 and 25.03), so the term
expires on Thursday 26.03.2026 (ГПК ст. 123 ч. 4). Ten working days back (Алгоритм п. 6 ч. 3) skip Monday 09.03.2026
(8 March fell on a Sunday): the latest sending day is Friday 06.03.2026. Received that day, the request is decided by
the seventh working day after it (п. 8): Wednesday 18.03.2026.
"""
from __future__ import annotations

import inspect
import json
import re
from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import assume, given, settings, strategies as st

import kelisim.law.review as review_module
from kelisim.law import LawError
from kelisim.law.calendar import default_calendar
from kelisim.law.deadlines import compute_deadlines
from kelisim.law.review import (CHAIN_CODES, ERROR, HEAD_ROLES, SIGNATORY_ROLES, WARNING, Finding, RequestFacts,
                                review_request)
from kelisim.law.terms import RULES

cal = default_calendar()
D = date

BASE = RequestFacts(
    rule="civil-appeal", trigger=D(2026, 2, 23), received_on=D(2026, 3, 6), today=D(2026, 3, 6),
    sent_on=D(2026, 3, 6), has_draft_complaint=True, has_court_act=True, signatory_role="first_head",
    signatory_name="Сейтқали Нұрлан Ержанұлы", consent_required=True, routed_to_us=True,
    expected_approver_ru="аким Кордайского района", expected_approver_kk="Қордай ауданының әкімі",
    route_basis_ru="Алгоритм, п. 2 пп. 8", route_basis_kk="Алгоритм, 2-тармақ 8) тармақша",
    requester_ru="аким Касыкского сельского округа", requester_kk="Қасық ауылдық округінің әкімі",
    us_ru="аким Кордайского района", us_kk="Қордай ауданының әкімі")

WRONG_ROUTE = dict(routed_to_us=False, expected_approver_ru="аким Жамбылской области",
                   expected_approver_kk="Жамбыл облысының әкімі", route_basis_ru="Алгоритм, п. 2 пп. 6",
                   route_basis_kk="Алгоритм, 2-тармақ 6) тармақша", requester_ru="аким Жамбылского района",
                   requester_kk="Жамбыл ауданының әкімі")


def review(**changes):
    return review_request(replace(BASE, **changes), cal)


def test_the_base_request_is_in_order_with_the_dates_of_the_algorithm():
    r = review()
    assert (r.expiry, r.request_latest, r.decision_due) == (D(2026, 3, 26), D(2026, 3, 6), D(2026, 3, 18))
    assert r.findings == () and r.ok and r.codes() == []
    assert r.decision_working_days_left == 7 and r.hand_set == ()
    assert "Замечаний по Алгоритму нет" in r.explain("ru")
    assert "Алгоритм бойынша ескертулер жоқ" in r.explain("kk")


# --------------------------------------------------------------------------------------------- every check
# (code, severity, the changes that trigger it, the changes that do not, words the Russian message must name,
#  words of the paragraph it rests on)
CHECKS = [
    ("request-late", ERROR,  # sent the working day after the latest sending day (09.03 is a day off)
     dict(sent_on=D(2026, 3, 10), received_on=D(2026, 3, 10), today=D(2026, 3, 10)),
     dict(sent_on=D(2026, 3, 6), received_on=D(2026, 3, 10), today=D(2026, 3, 10)),  # sent in time, arrived later
     ["10.03.2026", "06.03.2026", "26.03.2026", "1 раб. дн."], "п. 6 ч. 3"),
    ("request-late", ERROR,  # the sending date unknown: judged by the receipt, and the message says so
     dict(sent_on=None, received_on=D(2026, 3, 10), today=D(2026, 3, 10)),
     dict(sent_on=None, received_on=D(2026, 3, 6)),
     ["не указана", "по дате поступления", "10.03.2026", "06.03.2026"], "п. 6 ч. 3"),
    ("draft-complaint-missing", ERROR, dict(has_draft_complaint=False), dict(has_court_act=False),
     ["проект жалобы", "Запросите"], "п. 6 ч. 2"),
    ("court-act-missing", ERROR, dict(has_court_act=False), dict(has_draft_complaint=False),
     ["судебный акт", "копию"], "п. 6 ч. 2"),
    ("signatory-not-head", ERROR, dict(signatory_role="deputy", signatory_name="Иванов И.И."),
     dict(signatory_role="acting_head"), ["заместитель руководителя Иванов И.И.", "приказ"], "п. 6 ч. 1"),
    ("signatory-unknown", WARNING, dict(signatory_role="", signatory_name=""), dict(signatory_role="first_head"),
     ["Проверьте подпись", "руководитель органа"], "п. 6 ч. 1"),
    ("wrong-approver", ERROR, WRONG_ROUTE, dict(routed_to_us=True),
     ["аким Жамбылской области", "аким Жамбылского района", "аким Кордайского района", "Верните"],
     "п. 2 пп. 6"),
    ("approver-by-override", WARNING, {**WRONG_ROUTE, "override_reason": "уполномочен законом о госзакупках"},
     {**WRONG_ROUTE, "override_reason": "  "}, ["аким Жамбылской области", "уполномочен законом о госзакупках"],
     "п. 2 пп. 6"),
    ("consent-not-required", ERROR,
     dict(consent_required=False, route_basis_ru="Алгоритм, п. 2 ч. 2", route_basis_kk="Алгоритм, 2-тармақ 2-бөлік",
          requester_ru="аким Жамбылской области", requester_kk="Жамбыл облысының әкімі"),
     dict(consent_required=True), ["аким Жамбылской области", "без согласования"], "п. 2 ч. 2"),
    ("route-unchecked", WARNING,
     dict(route_problem_ru="в деле не указан запрашивающий орган.", route_problem_kk="сұрау салушы орган жоқ."),
     dict(route_problem_ru=""), ["не указан запрашивающий орган"], "п. 2"),
    ("term-expired", ERROR, dict(today=D(2026, 3, 27)), dict(today=D(2026, 3, 26)),
     ["26.03.2026", "27.03.2026", "восстановлении"], "ГПК РК, ст. 403 ч. 3"),
    ("received-after-expiry", ERROR, dict(received_on=D(2026, 3, 27), sent_on=None, today=D(2026, 3, 27)),
     dict(received_on=D(2026, 3, 26), sent_on=None, today=D(2026, 3, 26)), ["27.03.2026", "26.03.2026"],
     "п. 6 ч. 3"),
    # received 13.03: seven working days past Nauryz end on 27.03, a day after the expiry; 12.03 ends on 26.03 itself
    ("decision-after-expiry", WARNING, dict(received_on=D(2026, 3, 13), sent_on=None, today=D(2026, 3, 13)),
     dict(received_on=D(2026, 3, 12), sent_on=None, today=D(2026, 3, 12)), ["27.03.2026", "26.03.2026"],
     "п. 8 ч. 2"),
    ("received-before-act", ERROR, dict(received_on=D(2026, 2, 20), sent_on=None),
     dict(received_on=D(2026, 2, 23), sent_on=None), ["20.02.2026", "23.02.2026", "журналу"], "ГПК РК, ст. 403"),
    ("received-in-future", ERROR, dict(today=D(2026, 3, 5)), dict(today=D(2026, 3, 6)),
     ["06.03.2026", "05.03.2026", "журналу"], "п. 8 ч. 2"),
    ("sent-after-received", ERROR, dict(sent_on=D(2026, 3, 10), received_on=D(2026, 3, 6), today=D(2026, 3, 10)),
     dict(sent_on=D(2026, 3, 5)), ["10.03.2026", "06.03.2026", "Проверьте"], "п. 6 ч. 3"),
    ("received-unknown", ERROR, dict(received_on=None), dict(received_on=D(2026, 3, 6)),
     ["дата поступления", "7 рабочих дней"], "п. 8 ч. 2"),
    # the chain's own warnings that concern the reviewer: a cassation excludes some categories (ГПК ст. 434 ч. 2)
    ("cassation-excluded-categories", WARNING,
     dict(rule="civil-cassation", trigger=D(2026, 3, 2), received_on=D(2026, 3, 10), sent_on=None,
          today=D(2026, 3, 10)), dict(), ["2 000 МРП"], "ГПК РК, ст. 436"),
    ("by-analogy", WARNING, dict(rule="civil-simplified", trigger=D(2026, 2, 23), received_on=D(2026, 3, 6)),
     dict(rule="civil-appeal"), ["по аналогии"], "ГПК РК, ст. 267-4"),
]


@pytest.mark.parametrize("code, severity, bad, good, words, basis", CHECKS,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(CHECKS)])
def test_each_check_fires_on_its_case_and_not_on_its_neighbour(code, severity, bad, good, words, basis):
    found = review(**bad).finding(code)
    assert found is not None, f"{code} not found for {bad}"
    assert found.severity == severity
    for word in words:
        assert word in found.message_ru, (word, found.message_ru)
    assert basis in found.basis
    assert found.message_kk and found.message_kk != found.message_ru and found.basis_kk
    assert found.message("kk") == found.message_kk and found.basis_in("kk") == found.basis_kk
    assert review(**good).finding(code) is None, f"{code} found for {good}"


def test_every_finding_code_of_the_module_is_in_the_table():
    """A new check must come with its pair of cases."""
    source = inspect.getsource(review_module)
    written = set(re.findall(r'Finding\(\s*"([a-z-]+)"', source))
    assert written <= {c[0] for c in CHECKS}, written - {c[0] for c in CHECKS}
    assert {"by-analogy", "cassation-excluded-categories"} <= set(CHAIN_CODES)


@pytest.mark.parametrize("role", [r for r in SIGNATORY_ROLES if r not in HEAD_ROLES])
def test_anyone_but_the_head_or_the_acting_head_is_an_error(role):
    r = review(signatory_role=role)
    assert r.codes() == ["signatory-not-head"] and not r.ok


@pytest.mark.parametrize("role", HEAD_ROLES)
def test_the_head_and_the_person_acting_for_them_sign_validly(role):
    assert review(signatory_role=role).ok


def test_an_unknown_signatory_is_only_a_warning():
    r = review(signatory_role="")
    assert r.ok and r.codes() == ["signatory-unknown"] and r.warnings and not r.errors


def test_a_request_received_after_the_expiry_is_late_and_expired_all_at_once():
    r = review(received_on=D(2026, 3, 27), sent_on=None, today=D(2026, 3, 30))
    assert set(r.codes()) == {"request-late", "received-after-expiry", "term-expired"}
    assert "decision-after-expiry" not in r.codes()  # moot once the term has run out


def test_a_wrong_route_is_not_reported_when_no_consent_is_needed_at_all():
    r = review(consent_required=False, routed_to_us=False)
    assert r.codes() == ["consent-not-required"]


# --------------------------------------------------------------------------------------------- the dates
@pytest.mark.parametrize("received, due", [
    (D(2026, 3, 5), D(2026, 3, 17)),  # 09.03 off: 8 March fell on a Sunday
    (D(2026, 3, 6), D(2026, 3, 18)),
    (D(2026, 3, 18), D(2026, 4, 1)),  # Nauryz 23.03, moved days off 24–25.03
    (D(2026, 5, 8), D(2026, 5, 20)),  # 9 May on a Saturday: 11.05 off
    (D(2026, 5, 22), D(2026, 6, 3)),  # Kurban Ait 27.05
    (D(2026, 10, 23), D(2026, 11, 4)),  # Republic Day 25.10 on a Sunday: 26.10 off
    (D(2026, 12, 11), D(2026, 12, 23)),  # Independence Day 16.12
])
def test_decision_due_is_the_seventh_working_day_after_receipt(received, due):
    r = review(received_on=received, sent_on=None, today=received)
    assert r.decision_due == due
    assert r.decision_due == compute_deadlines("civil-appeal", BASE.trigger, received=received, today=received,
                                               calendar=cal).decision_due


@pytest.mark.parametrize("trigger, expiry, latest", [
    (D(2026, 2, 20), D(2026, 3, 20), D(2026, 3, 5)),  # the Algorithm's example, with 09.03 off: Thursday 05.03
    (D(2026, 2, 23), D(2026, 3, 26), D(2026, 3, 6)),  # Nauryz moves the expiry
])
def test_expiry_and_latest_sending_day(trigger, expiry, latest):
    r = review(trigger=trigger, received_on=latest, sent_on=latest, today=latest)
    assert (r.expiry, r.request_latest) == (expiry, latest) and r.ok
    late = review(trigger=trigger, received_on=cal.next_working_day(latest), sent_on=None,
                  today=cal.next_working_day(latest))
    assert late.codes() == ["request-late"]


def test_hand_set_dates_win_each_on_its_own_as_the_register_shows_them():
    r = review(expiry_override=D(2026, 4, 2), today=D(2026, 3, 30))
    assert r.expiry == D(2026, 4, 2) and r.request_latest == D(2026, 3, 6) and r.hand_set == ("expiry",)
    assert "term-expired" not in r.codes()  # today is past the computed expiry, not the hand-set one
    assert "(задан вручную)" in r.explain("ru") and "(қолмен қойылған)" in r.explain("kk")
    r = review(request_latest_override=D(2026, 3, 4))
    assert r.request_latest == D(2026, 3, 4) and r.codes() == ["request-late"]
    r = review(decision_due_override=D(2026, 3, 16), today=D(2026, 3, 17))
    assert r.decision_due == D(2026, 3, 16) and r.decision_working_days_left == -1
    assert "прошёл 1 раб. дн. назад" in r.explain("ru")


def test_the_explanation_lists_errors_and_warnings_with_their_paragraphs_in_both_languages():
    r = review(has_court_act=False, signatory_role="", today=D(2026, 3, 10), **WRONG_ROUTE)
    ru, kk = r.explain("ru"), r.explain("kk")
    assert "Нарушений: 2, предупреждений: 1." in ru and "Бұзушылықтар: 2, ескертулер: 1." in kk
    assert ru.index("Нарушения:") < ru.index("Проверьте:")
    for finding in r.findings:
        assert finding.message_ru in ru and f"[{finding.basis}]" in ru
        assert finding.message_kk in kk and f"[{finding.basis_kk}]" in kk
    assert "Маршрут: по Алгоритму согласует аким Жамбылской области (другой орган)" in ru
    assert "Жамбыл облысының әкімі (басқа орган)" in kk
    assert "Как рассчитаны сроки:" in ru and "ст. 123 ч. 4" in ru  # the trail of the deadlines
    assert "18.03.2026" in ru and "на решение осталось 6 раб. дн." in ru


def test_to_dict_is_one_json_object_in_the_chosen_language():
    r = review(signatory_role="deputy", today=D(2026, 3, 10))
    d = json.loads(json.dumps(r.to_dict("kk"), ensure_ascii=False))
    assert {k: d[k] for k in ("rule", "trigger", "received_on", "expiry", "request_latest", "decision_due", "ok")} == {
        "rule": "civil-appeal", "trigger": "2026-02-23", "received_on": "2026-03-06", "expiry": "2026-03-26",
        "request_latest": "2026-03-06", "decision_due": "2026-03-18", "ok": False}
    assert d["errors"] == 1 and d["warnings"] == 0 and d["decision_working_days_left"] == 6
    [finding] = d["findings"]
    assert finding["code"] == "signatory-not-head" and finding["severity"] == "error"
    assert finding["message"].startswith("Сұрау салуға") and finding["message_ru"].startswith("Запрос подписал")
    assert "6-тармақ" in finding["basis"] and "п. 6" in finding["basis_ru"]
    assert d["route"] == {"checked": True, "problem": "", "consent_required": True, "routed_to_us": True,
                          "expected_approver": "Қордай ауданының әкімі", "basis": "Алгоритм, 2-тармақ 8) тармақша",
                          "by_analogy": False}
    assert d["trail"] and all(set(s) == {"date", "step", "basis"} for s in d["trail"])


def test_bad_input_is_a_law_error_in_both_languages():
    with pytest.raises(LawError) as caught:
        review(signatory_role="cleaner")
    assert caught.value.code == "bad-signatory-role" and "first_head" in caught.value.message("kk")
    with pytest.raises(LawError) as caught:
        review(rule="civil-apeal")
    assert caught.value.code == "unknown-rule"


def test_a_finding_answers_in_the_language_asked():
    f = Finding("x", WARNING, "по-русски", "қазақша", "основание", "негіз")
    assert (f.message("ru"), f.message("kk"), f.basis_in("ru"), f.basis_in("kk")) == (
        "по-русски", "қазақша", "основание", "негіз")
    assert not f.is_error and Finding("y", ERROR, "a", "b", "c").basis_in("kk") == "c"


# --------------------------------------------------------------------------------------------- invariants
rules = st.sampled_from(sorted(RULES))
triggers = st.dates(min_value=D(2020, 1, 1), max_value=D(2030, 12, 31))


@settings(max_examples=200, deadline=None)
@given(rules, triggers, st.integers(min_value=0, max_value=120))
def test_decision_due_is_a_working_day_seven_working_days_after_receipt(rule, trigger, offset):
    received = trigger + timedelta(days=offset)
    r = review_request(replace(BASE, rule=rule, trigger=trigger, received_on=received, sent_on=None, today=received),
                       cal)
    assert cal.is_working_day(r.decision_due)
    assert cal.working_days_between(received, r.decision_due) == 7


@settings(max_examples=200, deadline=None)
@given(rules, triggers, st.integers(min_value=0, max_value=200), st.integers(min_value=0, max_value=30),
       st.sampled_from(HEAD_ROLES), st.booleans())
def test_a_request_in_time_complete_signed_by_the_head_and_routed_to_us_has_no_errors(
        rule, trigger, offset, sent_before, role, sent_known):
    latest = compute_deadlines(rule, trigger, today=trigger, calendar=cal).request_latest
    received = trigger + timedelta(days=offset)
    assume(received <= latest)
    sent = max(trigger, received - timedelta(days=sent_before)) if sent_known else None
    r = review_request(replace(BASE, rule=rule, trigger=trigger, received_on=received, sent_on=sent, today=received,
                               signatory_role=role), cal)
    assert r.ok, [f.message_ru for f in r.errors]
    assert all(f.severity == WARNING and f.code in CHAIN_CODES for f in r.findings)
