"""Deadline cases straight from the articles, each worked out by hand on the Kazakh calendar.

ГПК ст. 122 ч. 2 (start the next day), ст. 123 ч. 2 (month end), ст. 123 ч. 4 (roll a non-working
last day forward); Algorithm п. 6 (request no later than 10 working days before expiry, the expiry day
itself not counted) and п. 8 (decision within 7 working days after receipt).
"""
from __future__ import annotations

from datetime import date

import pytest

from kelisim.law import LawError
from kelisim.law.deadlines import compute_deadlines
from kelisim.law.terms import RULES, add_months

D = date.fromisoformat

# (rule, trigger, nominal_end, expiry, request_latest, why)
CASES = [
    ("civil-appeal", "2025-01-31", "2025-02-28", "2025-02-28", "2025-02-14", "31 Jan + 1 month = 28 Feb"),
    ("civil-appeal", "2024-01-31", "2024-02-29", "2024-02-29", "2024-02-15", "leap year: 31 Jan → 29 Feb"),
    ("civil-appeal", "2026-01-31", "2026-02-28", "2026-03-02", "2026-02-16", "28 Feb 2026 is a Saturday"),
    ("civil-appeal", "2025-02-21", "2025-03-21", "2025-03-26", "2025-03-06",
     "Nauryz 21–23 Mar 2025 + moved 24, 25; 10 Mar (moved 8 March) skipped counting back"),
    ("civil-appeal", "2026-02-21", "2026-03-21", "2026-03-26", "2026-03-06",
     "Nauryz on Sat/Sun 2026 → 24, 25 Mar off; 9 Mar (moved 8 March) skipped"),
    ("civil-appeal", "2024-04-04", "2024-05-04", "2024-05-04", "2024-04-19",
     "Saturday 4 May 2024 is a working day (transfer)"),
    ("civil-appeal", "2024-04-08", "2024-05-08", "2024-05-10", "2024-04-23",
     "8 May 2024 transferred day off, 9 May Victory Day; Sat 4 May counted back as working"),
    ("civil-appeal", "2024-12-05", "2025-01-05", "2025-01-05", "2024-12-18",
     "Sunday 5 Jan 2025 is a working day (transfer)"),
    ("civil-appeal", "2024-12-03", "2025-01-03", "2025-01-05", "2024-12-18",
     "3 Jan 2025 transferred day off → worked Sunday 5 Jan"),
    ("civil-appeal", "2025-05-06", "2025-06-06", "2025-06-09", "2025-05-23", "Kurban Ait 6 Jun 2025"),
    ("civil-appeal", "2026-02-21", "2026-03-21", "2026-03-26", "2026-03-06", "same as above, repeatable"),
    ("civil-appeal", "2026-04-27", "2026-05-27", "2026-05-28", "2026-05-13", "Kurban Ait 27 May 2026 (confirmed)"),
    ("civil-appeal", "2026-06-06", "2026-07-06", "2026-07-07", "2026-06-22", "Capital Day on Monday"),
    ("civil-appeal", "2026-09-25", "2026-10-25", "2026-10-27", "2026-10-12", "Republic Day Sunday → Monday 26 Oct"),
    ("civil-appeal", "2026-11-16", "2026-12-16", "2026-12-17", "2026-12-02", "Independence Day Wednesday"),
    ("civil-appeal", "2026-12-16", "2027-01-16", "2027-01-18", "2026-12-30",
     "year boundary: 1 Jan, moved 4 Jan and 7 Jan 2027 skipped counting back"),
    ("civil-appeal", "2025-11-30", "2025-12-30", "2025-12-30", "2025-12-15", "16 Dec 2025 skipped counting back"),
    ("civil-appeal", "2025-03-31", "2025-04-30", "2025-04-30", "2025-04-16", "31 Mar → 30 Apr"),
    ("civil-appeal", "2025-08-31", "2025-09-30", "2025-09-30", "2025-09-16", "31 Aug → 30 Sep"),
    ("civil-appeal", "2024-05-08", "2024-06-08", "2024-06-10", "2024-05-27", "Saturday end"),
    ("civil-appeal", "2024-05-16", "2024-06-16", "2024-06-17", "2024-06-03", "Kurban Ait on Sunday: no moved day"),
    ("civil-appeal", "2027-04-16", "2027-05-16", "2027-05-17", "2027-04-28",
     "2027: moved 3 and 10 May, estimated Kurban Ait"),
    ("admin-appeal", "2025-12-31", "2026-02-28", "2026-03-02", "2026-02-16", "31 Dec + 2 months = 28 Feb"),
    ("admin-appeal", "2025-06-30", "2025-08-30", "2025-09-02", "2025-08-18",
     "Constitution Day 2025 on Saturday → 1 Sep off"),
    ("admin-appeal", "2026-06-30", "2026-08-30", "2026-08-31", "2026-08-17",
     "no Constitution Day in 2026 (Law 306-VIII): 31 Aug is a working day"),
    ("admin-appeal", "2027-01-15", "2027-03-15", "2027-03-16", "2027-02-26",
     "new Constitution Day 15 March 2027; 8 March skipped counting back"),
    ("admin-appeal", "2024-12-31", "2025-02-28", "2025-02-28", "2025-02-14", "31 Dec → 28 Feb"),
    ("admin-appeal", "2023-12-30", "2024-02-29", "2024-02-29", "2024-02-15", "30 Dec → 29 Feb (leap)"),
    ("civil-cassation", "2025-08-31", "2026-02-28", "2026-03-02", "2026-02-16", "6 months, month end"),
    ("civil-cassation", "2025-09-07", "2026-03-07", "2026-03-10", "2026-02-23",
     "Sat 7, Sun 8 (8 March), Mon 9 moved"),
    ("civil-cassation", "2024-01-07", "2024-07-07", "2024-07-09", "2024-06-24", "Capital Day moved to 8 Jul 2024"),
    ("civil-cassation", "2024-08-31", "2025-02-28", "2025-02-28", "2025-02-14", "31 Aug + 6 months"),
    ("admin-cassation", "2025-07-01", "2026-01-01", "2026-01-05", "2025-12-18", "new 6-month rule; New Year"),
    ("admin-cassation", "2025-06-30", "2025-07-30", "2025-07-30", "2025-07-16",
     "act before 01.07.2025: old 1-month rule"),
    ("civil-private", "2026-03-20", "2026-04-08", "2026-04-08", "2026-03-20", "10 working days over Nauryz 2026"),
    ("civil-private", "2024-04-30", "2024-05-17", "2024-05-17", "2024-04-30",
     "May 2024: worked Saturday counts, 1, 7, 8, 9 May do not"),
    ("civil-private", "2026-03-21", "2026-04-08", "2026-04-08", "2026-03-20", "ruling dated a holiday"),
    ("civil-private", "2025-01-03", "2025-01-17", "2025-01-17", "2024-12-31",
     "worked Sunday 5 Jan 2025 is the 1st working day"),
    ("admin-private", "2025-12-26", "2026-01-14", "2026-01-14", "2025-12-26", "over New Year and 7 January"),
    ("admin-private", "2026-12-30", "2027-01-18", "2027-01-18", "2026-12-30", "into 2027"),
    ("admin-short", "2024-12-27", "2025-01-15", "2025-01-15", "2024-12-27",
     "3 Jan 2025 off, Sun 5 Jan worked"),
    ("admin-short", "2025-03-07", "2025-03-27", "2025-03-27", "2025-03-07", "over 8 March and Nauryz 2025"),
    ("civil-simplified", "2026-05-04", "2026-06-13", "2026-06-15", "2026-06-01",
     "5 working days (7 May, moved 11 May off) to 13 May, then 1 month: Sat 13 Jun"),
]


@pytest.mark.parametrize("rule,trigger,nominal,expiry,latest,why", CASES, ids=[f"{c[0]}:{c[1]}" for c in CASES])
def test_deadline_table(rule, trigger, nominal, expiry, latest, why):
    r = compute_deadlines(rule, D(trigger), today=D(trigger))
    assert (r.nominal_end, r.expiry, r.request_latest) == (D(nominal), D(expiry), D(latest)), why
    assert r.term_start == date.fromordinal(D(trigger).toordinal() + 1)
    assert r.trail[0].date == D(trigger) and r.trail[-1].date == r.request_latest
    assert all(step.basis_ru and step.basis_kk for step in r.trail), "every step cites its basis"


def test_table_covers_every_rule_and_is_large_enough():
    assert {c[0] for c in CASES} == set(RULES)
    assert len(CASES) >= 40


# (rule, trigger, received, decision_due)
DECISION_CASES = [
    ("civil-appeal", "2026-02-21", "2026-03-02", "2026-03-12"),  # 9 March 2026 (moved 8 March) skipped
    ("civil-cassation", "2025-08-01", "2025-12-29", "2026-01-12"),  # 1, 2, 7 Jan 2026 skipped
    ("civil-appeal", "2024-04-10", "2024-04-30", "2024-05-14"),  # worked Sat 4 May counts
]


@pytest.mark.parametrize("rule,trigger,received,due", DECISION_CASES)
def test_decision_due(rule, trigger, received, due):
    r = compute_deadlines(rule, D(trigger), received=D(received), today=D(received))
    assert r.decision_due == D(due)
    assert "Алгоритм, п. 8" in r.trail[-1].basis_ru


def test_month_arithmetic():
    assert add_months(D("2025-01-31"), 1) == D("2025-02-28")
    assert add_months(D("2024-01-31"), 1) == D("2024-02-29")
    assert add_months(D("2025-08-31"), 6) == D("2026-02-28")
    assert add_months(D("2025-12-15"), 2) == D("2026-02-15")
    assert add_months(D("2025-07-31"), 6) == D("2026-01-31")


# ------------------------------------------------------------------ warnings with stable codes
def codes(**kw):
    return compute_deadlines(**kw).warning_codes()


def test_warning_latest_sending_day_passed():
    r = compute_deadlines("civil-appeal", D("2026-02-21"), today=D("2026-03-09"))
    assert r.status.late and r.status.urgency == "late"
    assert "request-latest-passed" in r.warning_codes()
    # 9 March 2026 is a day off: no working day has passed since Fri 6 March, yet the day is gone.
    assert (r.status.working_days_left, r.status.calendar_days_left) == (0, -3)
    assert "3 кал. дн." in r.status_text("ru")
    r = compute_deadlines("civil-appeal", D("2026-02-21"), today=D("2026-03-10"))
    assert r.status.working_days_left == -1
    assert "request-latest-passed" not in codes(rule_id="civil-appeal", trigger=D("2026-02-21"),
                                                today=D("2026-03-06"))


def test_warning_latest_before_act():
    assert "request-latest-before-act" in codes(rule_id="civil-private", trigger=D("2026-03-21"),
                                                today=D("2026-03-21"))
    assert "request-latest-before-act" not in codes(rule_id="civil-private", trigger=D("2026-03-20"),
                                                    today=D("2026-03-20"))


def test_warning_decision_after_expiry():
    r = compute_deadlines("civil-private", D("2026-03-20"), received=D("2026-04-01"), today=D("2026-04-01"))
    assert r.decision_due == D("2026-04-10") and r.expiry == D("2026-04-08")
    assert "decision-after-expiry" in r.warning_codes()


def test_warning_beyond_valid_through_and_estimated_holiday():
    r = compute_deadlines("civil-appeal", D("2027-04-16"), today=D("2027-04-16"))
    assert {"beyond-valid-through", "estimated-holiday"} <= set(r.warning_codes())
    assert "beyond-valid-through" not in codes(rule_id="civil-appeal", trigger=D("2026-02-21"),
                                               today=D("2026-02-21"))


def test_warning_cassation_transitional_and_excluded_categories():
    assert "cassation-transitional" in codes(rule_id="admin-cassation", trigger=D("2025-06-30"),
                                             today=D("2025-06-30"))
    assert "cassation-transitional" not in codes(rule_id="admin-cassation", trigger=D("2025-07-01"),
                                                 today=D("2025-07-01"))
    assert "cassation-transitional" in codes(rule_id="civil-cassation", trigger=D("2025-06-30"),
                                             today=D("2025-06-30"))
    assert "cassation-excluded-categories" in codes(rule_id="civil-cassation", trigger=D("2025-09-07"),
                                                    today=D("2025-09-07"))


def test_by_analogy_is_flagged_for_simplified_procedure():
    r = compute_deadlines("civil-simplified", D("2026-05-04"), today=D("2026-05-04"))
    assert r.by_analogy and "by-analogy" in r.warning_codes()
    assert "по аналогии" in r.warnings[0].message_ru


def test_term_expired():
    r = compute_deadlines("civil-private", D("2026-03-20"), today=D("2026-04-09"))
    assert r.status.expired and "term-expired" in r.warning_codes()


def test_status_counts_working_and_calendar_days():
    r = compute_deadlines("civil-appeal", D("2026-02-21"), today=D("2026-03-01"))
    assert (r.status.working_days_left, r.status.calendar_days_left, r.status.urgency) == (5, 5, "soon")
    r = compute_deadlines("civil-appeal", D("2026-02-21"), today=D("2026-02-21"))
    assert r.status.working_days_left == 10 and r.status.urgency == "fine"  # 23.02–06.03, 9 March not in range
    r = compute_deadlines("civil-appeal", D("2026-02-21"), today=D("2026-03-04"))
    assert r.status.urgency == "urgent"


def test_received_before_act_is_refused_in_both_languages():
    with pytest.raises(LawError) as exc:
        compute_deadlines("civil-appeal", D("2026-02-21"), received=D("2026-02-20"))
    assert "раньше даты судебного акта" in exc.value.message("ru")
    assert "бұрын" in exc.value.message("kk")


def test_unknown_rule():
    with pytest.raises(LawError) as exc:
        compute_deadlines("civil-apeal", D("2026-02-21"))
    assert exc.value.code == "unknown-rule" and "civil-appeal" in str(exc.value)


def test_explanation_names_the_holidays_and_program_rule():
    text = compute_deadlines("civil-appeal", D("2026-02-21"), today=D("2026-02-21")).explain("ru")
    assert "Наурыз мейрамы" in text and "ГПК РК, ст. 123 ч. 4" in text
    assert "Правило программы" in text and "26.03.2026 (четверг)" in text
    kk = compute_deadlines("civil-appeal", D("2026-02-21"), today=D("2026-02-21")).explain("kk")
    assert "Бағдарлама ережесі" in kk and "АПК, 123-бап 4-бөлік" in kk


def test_json_contract_fields():
    d = compute_deadlines("civil-appeal", D("2026-02-21"), received=D("2026-03-02"), today=D("2026-03-01")).to_dict()
    for key in ("rule", "trigger", "term_start", "nominal_end", "expiry", "request_latest", "decision_due",
                "warnings", "trail"):
        assert key in d
    assert d["expiry"] == "2026-03-26" and d["decision_due"] == "2026-03-12"
    assert set(d["trail"][0]) >= {"date", "step", "basis"}
