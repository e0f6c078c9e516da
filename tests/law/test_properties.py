"""Invariants of the calendar and the consent chain, checked by hypothesis over 1991–2090."""
from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings, strategies as st

from kelisim.law.calendar import default_calendar
from kelisim.law.deadlines import compute_deadlines
from kelisim.law.terms import RULES

cal = default_calendar()
dates = st.dates(min_value=date(1992, 1, 1), max_value=date(2090, 12, 31))
rules = st.sampled_from(sorted(RULES))


@settings(max_examples=400, deadline=None)
@given(rules, dates)
def test_expiry_is_a_working_day_and_request_latest_is_ten_working_days_before(rule, trigger):
    r = compute_deadlines(rule, trigger, today=trigger, calendar=cal)
    assert cal.is_working_day(r.expiry)
    assert r.expiry >= r.nominal_end > r.trigger
    # nothing but non-working days between the nominal end and the expiry
    assert cal.working_days_between(r.nominal_end, r.expiry) == (0 if r.expiry == r.nominal_end else 1)
    assert cal.is_working_day(r.request_latest)
    assert cal.working_days_between(r.request_latest, r.expiry) == 10


@settings(max_examples=300, deadline=None)
@given(rules, dates, st.integers(min_value=0, max_value=200))
def test_decision_due_is_seven_working_days_after_receipt(rule, trigger, offset):
    received = trigger + timedelta(days=offset)
    r = compute_deadlines(rule, trigger, received=received, today=received, calendar=cal)
    assert cal.is_working_day(r.decision_due)
    assert cal.working_days_between(received, r.decision_due) == 7


@settings(max_examples=400, deadline=None)
@given(dates, st.integers(min_value=1, max_value=400))
def test_add_then_subtract_returns_to_a_working_day(d, n):
    there = cal.add_working_days(d, n)
    back = cal.add_working_days(there, -n)
    assert cal.is_working_day(there) and cal.is_working_day(back)
    # back is d itself when d is a working day, else the last working day before d
    assert back == (d if cal.is_working_day(d) else cal.add_working_days(d, -1))
    assert cal.working_days_between(d, there) == n


@settings(max_examples=200, deadline=None)
@given(dates, dates)
def test_working_days_between_matches_a_day_by_day_count(a, b):
    lo, hi = min(a, b), max(a, b)
    hi = min(hi, lo + timedelta(days=800))
    count = sum(cal.is_working_day(lo + timedelta(days=i)) for i in range(1, (hi - lo).days + 1))
    assert cal.working_days_between(lo, hi) == count
