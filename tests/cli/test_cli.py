"""The command-line contract of ARCHITECTURE.md, run as a real process."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest


def run(*args):
    proc = subprocess.run([sys.executable, "-m", "kelisim", *args], capture_output=True, text=True, timeout=60)
    return proc.returncode, proc.stdout, proc.stderr


def test_deadlines_json_contract():
    code, out, err = run("deadlines", "civil-appeal", "2026-02-21", "--received", "2026-03-02",
                         "--today", "2026-03-01", "--json")
    assert code == 0, err
    d = json.loads(out)
    assert {k: d[k] for k in ("rule", "trigger", "term_start", "nominal_end", "expiry", "request_latest",
                              "decision_due")} == {
        "rule": "civil-appeal", "trigger": "2026-02-21", "term_start": "2026-02-22", "nominal_end": "2026-03-21",
        "expiry": "2026-03-26", "request_latest": "2026-03-06", "decision_due": "2026-03-12"}
    assert isinstance(d["warnings"], list)
    assert all(set(step) >= {"date", "step", "basis"} for step in d["trail"])
    assert any("ст. 123 ч. 4" in step["basis"] for step in d["trail"])


def test_deadlines_without_received_has_null_decision_due():
    code, out, _ = run("deadlines", "civil-private", "2026-03-21", "--today", "2026-03-21", "--json")
    d = json.loads(out)
    assert code == 0 and d["decision_due"] is None
    assert [w["code"] for w in d["warnings"]] == ["request-latest-before-act", "request-latest-passed"]


def test_deadlines_text_is_a_russian_explanation():
    code, out, _ = run("deadlines", "civil-appeal", "2026-02-21", "--today", "2026-02-21")
    assert code == 0
    assert "Истечение срока обжалования" in out and "26.03.2026 (четверг)" in out and "Наурыз мейрамы" in out


def test_calendar_json_contract():
    code, out, err = run("calendar", "2026", "--json")
    assert code == 0, err
    d = json.loads(out)
    assert d["year"] == 2026 and d["working_days"] == 247 and d["confirmed"] is True and d["valid_through"] == 2026
    assert [m["working_days"] for m in d["months"]] == [19, 20, 18, 22, 17, 22, 22, 21, 22, 21, 21, 22]
    first = d["non_working"][0]
    assert set(first) >= {"date", "name_ru", "name_kk", "kind", "source"}
    assert first == {**first, "date": "2026-01-01", "name_ru": "Новый год", "name_kk": "Жаңа жыл"}
    code, out, _ = run("calendar", "2027", "--json")
    assert json.loads(out)["confirmed"] is False


def test_calendar_text():
    code, out, _ = run("calendar", "2024")
    assert code == 0 and "249 рабочих дней" in out and "04.05.2024" in out


@pytest.mark.parametrize("args,expected", [
    (("deadlines", "civil-apeal", "2025-02-03"), "Неизвестное правило «civil-apeal»"),
    (("deadlines", "civil-appeal", "2025-02-30"), "не существует: в феврале 2025 года 28 дн."),
    (("deadlines", "civil-appeal", "2025-13-01"), "месяца 13 не существует"),
    (("deadlines", "civil-appeal", "31.03.2025"), "не в формате ГГГГ-ММ-ДД"),
    (("deadlines", "civil-appeal", "2025-03-03", "--received", "2025-03-01"), "раньше даты судебного акта"),
    (("calendar", "1990"), "1991–2100"),
    (("calendar", "двадцать"), "не число"),
    (("route", "999999999"), "не найден"),
    (("route", "12ab"), "КАТО"),
    (("deadlines",), "ошибка в команде"),
])
def test_bad_input_exits_2_with_one_line(args, expected):
    code, out, err = run(*args)
    assert code == 2
    assert expected in err, err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert out == ""
