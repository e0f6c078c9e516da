"""Reviewing a stored incoming request (issue 6): the facts gathered from the register, the answer from the law.

``review_incoming`` reads the incoming case, the roles of its attachments, who signed the request and in what
capacity, the deadlines set by hand, and routes the requesting body (``register.route_stored_body``) to compare the
approver the Algorithm names with our own body (``bodies.own()``; the case's approver when our body is not set).
``law.review.review_request`` does the checking.
"""
from __future__ import annotations

from datetime import date

from kelisim.law import LawError
from kelisim.law.review import RequestFacts, RequestReview, review_request
from kelisim.store.db import StoreError


def _override(case, name: str) -> date | None:
    return case.due(name) if name in case.overrides else None


def _same_body(a, b) -> bool:
    return a.id == b.id or bool(a.kato and a.kato == b.kato)


def incoming_facts(store, case_id: int, today: date | None = None) -> RequestFacts:
    """The plain facts of a stored incoming request, for ``law.review``."""
    case = store.cases.get(case_id)
    if case.direction != "incoming":
        raise StoreError(
            f"Дело №{case.id} — наш исходящий запрос, а не поступивший к нам: проверка по Алгоритму выполняется для "
            f"входящих запросов (направление «incoming»). Для своего запроса смотрите сроки в карточке дела.",
            f"№{case.id} іс — біздің шығыс сұрау салуымыз, бізге келіп түскен сұрау салу емес: Алгоритм бойынша "
            f"тексеру кіріс сұрау салулар үшін орындалады («incoming» бағыты). Өз сұрау салуыңыздың мерзімдерін іс "
            f"карточкасынан қараңыз.", code="not-incoming")
    from kelisim.law.terms import RULES
    from kelisim.store.register import route_stored_body

    roles = {a.role for a in store.attachments.of_case(case.id)}
    route_fields: dict = {}
    requester = store.bodies.get(case.requester_id) if case.requester_id is not None else None
    us = store.bodies.own()
    if us is None and case.approver_id is not None:
        us = store.bodies.get(case.approver_id)
    problem = ("", "")
    if requester is None:
        problem = ("в деле не указан запрашивающий орган — укажите его, чтобы проверить маршрут по п. 2 Алгоритма.",
                   "істе сұрау салушы орган көрсетілмеген — Алгоритмнің 2-тармағы бойынша бағытты тексеру үшін оны "
                   "көрсетіңіз.")
    else:
        route_fields.update(requester_ru=requester.head_ru or requester.name_ru,
                            requester_kk=requester.head_kk or requester.name_kk)
        try:
            # Reading only: a review shown in a card must not write (the first write waits for the file's check).
            route, approver, _ = route_stored_body(store, requester.id, case.procedure, RULES[case.rule].stage,
                                                   write=False)
        except LawError as exc:
            problem = (exc.message_ru, exc.message_kk)
        else:
            route_fields.update(consent_required=route.consent_required, route_basis_ru=route.basis_ru,
                                route_basis_kk=route.basis_kk, by_analogy=route.by_analogy)
            if route.consent_required:
                expected_ru = (approver.head_ru or approver.name_ru) if approver else route.approver.name_ru
                expected_kk = (approver.head_kk or approver.name_kk) if approver else route.approver.name_kk
                route_fields.update(expected_approver_ru=expected_ru, expected_approver_kk=expected_kk)
                if us is None:
                    problem = ("наш орган не указан (Настройки → наш орган), и у дела нет согласующего органа: "
                               f"по Алгоритму запрос согласует {expected_ru}.",
                               "біздің орган көрсетілмеген (Баптаулар → біздің орган), істе келісетін орган да жоқ: "
                               f"Алгоритм бойынша сұрау салуды {expected_kk} келіседі.")
                else:
                    route_fields["routed_to_us"] = approver is not None and _same_body(approver, us)
    if us is not None:
        route_fields.update(us_ru=us.head_ru or us.name_ru, us_kk=us.head_kk or us.name_kk)
    return RequestFacts(
        rule=case.rule, trigger=case.trigger_date, received_on=case.received_on, today=today or date.today(),
        sent_on=case.request_sent, has_draft_complaint="draft_complaint" in roles, has_court_act="court_act" in roles,
        signatory_role=case.request_signatory_role or "", signatory_name=case.request_signatory_name or "",
        expiry_override=_override(case, "expiry"), request_latest_override=_override(case, "request_latest"),
        decision_due_override=_override(case, "decision_due"),
        route_problem_ru=problem[0], route_problem_kk=problem[1], override_reason=case.approver_override_reason,
        **route_fields)


def review_incoming(store, case_id: int, today: date | None = None) -> RequestReview:
    """Check a stored incoming request against the Algorithm (пп. 2, 6, 8): its dates and everything wrong with it."""
    facts = incoming_facts(store, case_id, today)
    return review_request(facts, store.calendar_days.calendar())
