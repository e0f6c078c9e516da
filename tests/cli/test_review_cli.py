"""`kelisim case review CASE [--today DATE] [--json] [--lang ru|kk]` and the incoming fields of `kelisim case new`, on a
real data folder with real KATO bodies: the findings are the answer (exit 0); a refusal is one line with exit 2."""
from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kelisim.cli import main
from kelisim.store import Store

KORDAI, KASYK = "314800000", "314845000"
PDF = (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >>"
       b" endobj\n3 0 obj << /Type /Page >> endobj\n%%EOF\n")


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(list(args))
        except SystemExit as exc:  # argparse refuses a malformed command line by exiting
            code = exc.code
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def home(kelisim_home, tmp_path):
    with Store(kelisim_home, auto_backup=False) as store:
        store.bodies.set_own(store.bodies.from_kato(KORDAI).id)
    (tmp_path / "act.pdf").write_bytes(PDF)
    (tmp_path / "draft.pdf").write_bytes(PDF.replace(b"/Count 1", b"/Count 1 "))
    return kelisim_home


def new_incoming(tmp_path: Path, *extra: str) -> int:
    code, out, err = run("case", "new", "--rule", "civil-appeal", "--direction", "incoming", "--number", "2-77/2026",
                         "--court", "Кордайский районный суд", "--act-final", "2026-02-23", "--received", "2026-03-10",
                         "--incoming-number", "вх-145", "--requester", KASYK, "--today", "2026-03-10", *extra,
                         "--json")
    assert code == 0, err
    return json.loads(out)["id"]


def test_case_new_takes_the_incoming_fields_as_options(home, tmp_path):
    case_id = new_incoming(tmp_path, "--request-sent", "2026-03-06", "--request-number", "исх-12",
                           "--signed-by", "Ахметов Болат Кайратович", "--signatory-role", "deputy",
                           "--peer-uid", "a1b2c3d4e5f6", "--attach", f"court_act={tmp_path / 'act.pdf'}")
    with Store(home, auto_backup=False) as store:
        case = store.cases.get(case_id)
    assert case.direction == "incoming" and case.status == "received"
    assert (case.request_sent.isoformat(), case.request_number, case.request_signatory_name,
            case.request_signatory_role, case.peer_uid) == (
        "2026-03-06", "исх-12", "Ахметов Болат Кайратович", "deputy", "a1b2c3d4e5f6")
    code, out, _ = run("case", "new", "--rule", "civil-appeal", "--direction", "incoming", "--act-final", "2026-02-23",
                       "--received", "2026-03-10", "--requester", KASYK)
    assert code == 0 and "срок решения: 19.03.2026" in out and "kelisim case review" in out


def test_case_new_takes_the_incoming_fields_from_a_json_file(home, tmp_path):
    path = tmp_path / "request.json"
    path.write_text(json.dumps({
        "rule": "civil-appeal", "direction": "incoming", "act_final": "2026-02-23", "received_on": "2026-03-06",
        "request_sent": "2026-03-06", "request_signatory_name": "Сейтқали Нұрлан Ержанұлы",
        "request_signatory_role": "first_head", "requester_kato": KASYK,
        "attachments": [{"role": "court_act", "path": str(tmp_path / "act.pdf")},
                        {"role": "draft_complaint", "path": str(tmp_path / "draft.pdf")}]}, ensure_ascii=False),
        encoding="utf-8")
    code, out, err = run("case", "new", "--json-file", str(path), "--json")
    assert code == 0, err
    case_id = json.loads(out)["id"]
    code, out, err = run("case", "review", str(case_id), "--today", "2026-03-10", "--json")
    assert code == 0, err
    d = json.loads(out)
    assert d["case"] == case_id and d["ok"] is True and d["findings"] == []
    assert d["decision_due"] == "2026-03-18" and d["route"]["routed_to_us"] is True


def test_review_prints_every_finding_and_still_exits_0(home, tmp_path):
    case_id = new_incoming(tmp_path, "--request-sent", "2026-03-10", "--signed-by", "Ахметов Б.К.",
                           "--signatory-role", "deputy", "--attach", f"court_act={tmp_path / 'act.pdf'}")
    code, out, err = run("case", "review", str(case_id), "--today", "2026-03-10", "--json")
    assert code == 0 and err == ""
    d = json.loads(out)
    assert [f["code"] for f in d["findings"]] == ["signatory-not-head", "draft-complaint-missing", "request-late"]
    assert d["ok"] is False and d["errors"] == 3 and d["request_latest"] == "2026-03-06"
    assert d["findings"][2]["basis"].startswith("Алгоритм, п. 6 ч. 3")
    assert d["findings"][0]["message_kk"].startswith("Сұрау салуға")

    code, text, _ = run("case", "review", str(case_id), "--today", "2026-03-10")
    assert code == 0 and text.startswith("Проверка поступившего запроса о согласовании")
    assert "Нарушений: 3, предупреждений: 0." in text and "Ахметов Б.К." in text and "[Алгоритм, п. 6 ч. 2" in text
    code, text, _ = run("case", "review", str(case_id), "--today", "2026-03-10", "--lang", "kk")
    assert code == 0 and "Бұзушылықтар: 3" in text and "6-тармақ" in text
    code, out, _ = run("case", "review", str(case_id), "--today", "2026-03-10", "--json", "--lang", "kk")
    assert json.loads(out)["findings"][1]["message"].startswith("Сұрау салуға АПК")


@pytest.mark.parametrize("args, expected", [
    (("case", "review", "1"), "входящих запросов"),  # our own outgoing request
    (("case", "review", "1", "--lang", "kk"), "кіріс сұрау салулар"),
    (("case", "review", "77"), "№77 не найдено"),
    (("case", "review", "abc"), "не положительное число"),
    (("case", "review", "2", "--today", "2026-02-30"), "не существует"),
    (("case", "review"), "ошибка в команде"),
])
def test_refusals_are_one_line_with_exit_code_2(home, tmp_path, args, expected):
    code, _, err = run("case", "new", "--rule", "civil-appeal", "--act-final", "2026-02-23")
    assert code == 0, err
    new_incoming(tmp_path)
    code, out, err = run(*args)
    assert code == 2 and out == ""
    assert expected in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_review_as_a_real_process(home, tmp_path):
    case_id = new_incoming(tmp_path)
    env = {**os.environ, "KELISIM_HOME": str(home)}
    proc = subprocess.run([sys.executable, "-m", "kelisim", "case", "review", str(case_id), "--today", "2026-03-10",
                           "--json"], capture_output=True, text=True, timeout=60, env=env)
    assert proc.returncode == 0, proc.stderr
    d = json.loads(proc.stdout)
    assert {f["code"] for f in d["findings"]} == {"signatory-unknown", "draft-complaint-missing", "court-act-missing",
                                                  "request-late"}
