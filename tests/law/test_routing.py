"""Algorithm п. 2 (civil) and пп. 3–5 (administrative), one case per subparagraph and exemption, on plain values."""
from __future__ import annotations

import pytest

from kelisim.law import LawError
from kelisim.law.routing import (
    ADMINISTRATIVE, CASSATION, BodyRef, P2_KK, P2_RU, route,
)

B = BodyRef
MINISTRY = B("central_body", "mf", "Министерство финансов РК", "ҚР Қаржы министрлігі")
COMMITTEE = B("central_department", "kgd", "Комитет государственных доходов МФ РК", "ҚР ҚМ Мемлекеттік кірістер комитеті")
DGD = B("territorial_subdivision", "dgd", "Департамент государственных доходов по Жамбылской области",
        "Жамбыл облысы бойынша Мемлекеттік кірістер департаменті")
UGD = B("territorial_subdivision", "ugd", "Управление государственных доходов по Жамбылскому району",
        "Жамбыл ауданы бойынша Мемлекеттік кірістер басқармасы")
DEPT_OF_MINISTRY = B("territorial_subdivision", "dep", "Департамент юстиции Жамбылской области",
                     "Жамбыл облысының Әділет департаменті")
OBLAST = B("oblast", "310000000", "аким Жамбылской области", "Жамбыл облысының әкімі")
DISTRICT = B("district", "314800000", "аким Жамбылского района", "Жамбыл ауданының әкімі")
CITY_OBLAST = B("city_oblast", "311000000", "аким города Тараз", "Тараз қаласының әкімі")
ALMATY = B("city_republican", "750000000", "аким города Алматы", "Алматы қаласының әкімі")
ASTANA = B("city_republican", "710000000", "аким города Астаны", "Астана қаласының әкімі")
ALMALY = B("city_district_in_city", "751110000", "аким Алмалинского района города Алматы",
           "Алматы қаласы Алмалы ауданының әкімі")
RURAL = B("rural_district", "314845000", "аким Карааульского сельского округа", "Қарауыл ауылдық округінің әкімі")
EDUCATION = B("local_executive_body", "", "ГУ «Отдел образования Жамбылского района»",
              "«Жамбыл ауданының білім бөлімі» ММ")

# (requester, chain above it, expected rule, expected approver or None, by analogy)
CIVIL = [
    (COMMITTEE, [MINISTRY], "p2-1", MINISTRY, False),
    (DEPT_OF_MINISTRY, [MINISTRY], "p2-2", MINISTRY, False),
    (DGD, [COMMITTEE, MINISTRY], "p2-3", COMMITTEE, False),
    (UGD, [DGD, COMMITTEE, MINISTRY], "p2-4", DGD, False),
    (EDUCATION, [DISTRICT, OBLAST], "p2-5", DISTRICT, False),
    (B("local_executive_body", "", "ГУ «Управление здравоохранения акимата Жамбылской области»"), [OBLAST],
     "p2-5", OBLAST, False),
    (B("local_executive_body", "", "КГУ «Управление образования города Алматы»"), [ALMATY], "p2-5", ALMATY, False),
    (B("local_executive_body", "", "ГУ «Отдел ЖКХ города Тараз»"), [CITY_OBLAST, OBLAST], "p2-5", CITY_OBLAST, False),
    (DISTRICT, [OBLAST], "p2-6", OBLAST, False),
    (CITY_OBLAST, [OBLAST], "p2-6", OBLAST, True),  # the gap: by analogy
    (ALMALY, [ALMATY], "p2-7", ALMATY, False),
    (B("city_district_in_city", "", "аким района Алматы города Астаны"), [ASTANA], "p2-7", ASTANA, False),
    (B("city_district_in_city", "", "аким района Казыбек би города Караганды"),
     [B("city_oblast", "", "аким города Караганды"), OBLAST], "p2-7", B("city_oblast", "", "аким города Караганды"),
     False),
    (RURAL, [DISTRICT, OBLAST], "p2-8", DISTRICT, False),
    (B("settlement", "", "аким поселка Актас"), [DISTRICT, OBLAST], "p2-8", DISTRICT, False),
    (B("village", "", "аким села Жамбыл"), [DISTRICT, OBLAST], "p2-8", DISTRICT, False),
    (B("city_district_significance", "", "аким города Саркан"), [DISTRICT, OBLAST], "p2-8", DISTRICT, False),
    (B("rural_district", "", "аким Кенесского сельского округа"), [CITY_OBLAST, OBLAST], "p2-8", CITY_OBLAST, True),
]


@pytest.mark.parametrize("requester,chain,rule,approver,analogy", CIVIL, ids=[c[0].name_ru for c in CIVIL])
def test_civil_route_by_subparagraph(requester, chain, rule, approver, analogy):
    r = route(requester, chain)
    assert (r.rule, r.approver, r.by_analogy, r.consent_required) == (rule, approver, analogy, True)
    n = int(rule.split("-")[1])
    assert r.basis_ru == f"Алгоритм, п. 2 пп. {n}" and r.basis_kk == f"Алгоритм, 2-тармақ {n}) тармақша"
    assert r.quote_ru == P2_RU[n] and r.quote_kk == P2_KK[n]
    assert any("п. 8" in note for note in r.notes_ru)  # who may sign the decision
    text = r.explain("ru")
    assert approver.name_ru in text and f"п. 2 пп. {n}" in text
    assert ("по аналогии" in text) == analogy


@pytest.mark.parametrize("kind", ["central_body", "oblast", "city_republican", "prosecution", "national_security",
                                  "national_bank"])
def test_exemptions_need_no_consent(kind):
    r = route(B(kind, "", "Заявитель", "Өтініш беруші"), [])
    assert not r.consent_required and r.approver is None and r.rule == "exempt"
    assert r.basis_ru == "Алгоритм, п. 2 ч. 2" and "не распространяются" in r.quote_ru
    assert "Согласование не требуется" in r.explain("ru") and "Келісу талап етілмейді" in r.explain("kk")


def test_civil_cassation_follows_the_same_route():
    assert route(RURAL, [DISTRICT, OBLAST], stage=CASSATION).approver == DISTRICT


def test_the_nearest_higher_akim_is_chosen():
    # a rural district's chain lists its district first, then the oblast: the district consents, not the oblast
    r = route(RURAL, [DISTRICT, OBLAST])
    assert r.approver == DISTRICT


@pytest.mark.parametrize("requester,chain,code", [
    (DISTRICT, [], "no-higher-body"),
    (EDUCATION, [], "no-creator"),
    (EDUCATION, [RURAL], "no-creator"),  # a rural akim's office creates no executive bodies of п. 2 пп. 5
    (UGD, [B("other", "", "Некий орган")], "no-higher-body"),
    (COMMITTEE, [OBLAST], "no-higher-body"),
    (B("government", "", "Правительство РК"), [], "not-a-requester"),
    (B("ministry", "", "?"), [], "unknown-kind"),
])
def test_bad_chains_say_what_to_fix(requester, chain, code):
    with pytest.raises(LawError) as e:
        route(requester, chain)
    assert e.value.code == code and e.value.message_ru and e.value.message_kk


def test_bad_procedure_and_stage():
    with pytest.raises(LawError, match="civil или administrative"):
        route(RURAL, [DISTRICT], "criminal")
    with pytest.raises(LawError, match="appeal или cassation"):
        route(RURAL, [DISTRICT], stage="review")


# --------------------------------------------------------------------------- administrative cases, пп. 3–5
def test_administrative_appeal_goes_to_the_higher_body_as_in_p2():
    r = route(RURAL, [DISTRICT, OBLAST], ADMINISTRATIVE)
    assert r.approver == DISTRICT and r.rule == "p4" and r.basis_ru == "Алгоритм, п. 4 (п. 2 пп. 8)"
    assert "вышестоящим административным органом" in r.quote_ru
    assert any("Правило программы" in n for n in r.notes_ru)


def test_administrative_another_authorised_body_needs_a_reason():
    other = B("other", "", "Комитет по делам строительства МПС РК", "ҚР ӨҚМ Құрылыс істері комитеті")
    with pytest.raises(LawError) as e:
        route(RURAL, [DISTRICT, OBLAST], ADMINISTRATIVE, authorised_body=other)
    assert e.value.code == "authorised-without-reason"
    r = route(RURAL, [DISTRICT, OBLAST], ADMINISTRATIVE, authorised_body=other,
              authorised_reason_ru="Закон об архитектурной деятельности, ст. 25")
    assert r.approver == other and r.rule == "p4-authorised" and "ст. 25" in r.notes_ru[0]


@pytest.mark.parametrize("kind", ["president", "prime_minister", "government"])
def test_administrative_president_pm_government_are_never_the_higher_body(kind):
    with pytest.raises(LawError) as e:
        route(OBLAST, [], ADMINISTRATIVE, authorised_body=B(kind, "", "x"), authorised_reason_ru="x")
    assert e.value.code == "never-higher" and "п. 3" in e.value.message_ru


def test_administrative_cassation_goes_back_to_the_body_that_agreed_the_appeal():
    r = route(RURAL, [DISTRICT, OBLAST], ADMINISTRATIVE, CASSATION, appeal_approver=OBLAST)
    assert r.approver == OBLAST and r.rule == "p5" and r.basis_ru == "Алгоритм, п. 5"
    assert "согласовавшим права апелляционного обжалования" in r.quote_ru


def test_administrative_cassation_without_a_known_appeal_approver_proposes_the_higher_body():
    r = route(RURAL, [DISTRICT, OBLAST], ADMINISTRATIVE, CASSATION)
    assert r.approver == DISTRICT and r.rule == "p5"
    assert any("согласовавший апелляционное обжалование" in n for n in r.notes_ru)


def test_administrative_oblast_akim_has_no_higher_body():
    r = route(OBLAST, [], ADMINISTRATIVE)
    assert not r.consent_required and r.by_analogy and "п. 3" in r.basis_ru
