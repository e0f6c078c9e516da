"""``kelisim report`` end to end, as a real process on a real data folder: the figures printed (text and JSON) are the
store's, the files are written and open, the default period is the current half-year, and bad input is one line on
stderr with exit code 2."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook

from kelisim.store import Store
from kelisim.store.report import report_figures

TODAY = date(2026, 11, 27)


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    """Our akimat, one lower body, and cases in both half-years of 2026."""
    home = tmp_path_factory.mktemp("cli-report") / "home"
    with Store(home, auto_backup=False, today=TODAY) as store:
        own = store.bodies.set_own(store.bodies.from_kato("314800000").id)
        low = store.bodies.from_kato("314845000")

        def case(**fields):
            base = {"rule": "civil-appeal", "court_ru": "Кордайский районный суд Жамбылской области",
                    "subject": "о взыскании ущерба"}
            return store.cases.create({**base, **fields}, today=TODAY)

        case(direction="outgoing", requester_id=own.id, trigger_date="2026-02-02", status="consented",
             request_sent="2026-02-10", decision="consented", decision_date="2026-02-18")
        case(direction="outgoing", requester_id=own.id, trigger_date="2026-04-01", status="refused",
             request_sent="2026-04-30", decision="refused", decision_date="2026-05-06")  # sent late
        case(direction="incoming", requester_id=low.id, trigger_date="2026-03-02", status="decided_consented",
             received_on="2026-03-10", request_sent="2026-03-09", decision="consented", decision_date="2026-03-12")
        case(direction="outgoing", requester_id=own.id, trigger_date="2026-09-01", status="request_sent",
             request_sent="2026-09-10", court_ru="Жамбылский областной суд")  # the second half-year
    return home


def run(home: Path, *args):
    env = {**os.environ, "KELISIM_HOME": str(home)}
    proc = subprocess.run([sys.executable, "-m", "kelisim", "report", *args], capture_output=True, text=True,
                          timeout=120, env=env)
    return proc.returncode, proc.stdout, proc.stderr


def test_json_figures_are_the_stores_and_the_files_are_written(home, tmp_path):
    code, out, err = run(home, "--from", "2026-01-01", "--to", "2026-06-30", "--out", str(tmp_path),
                         "--today", TODAY.isoformat(), "--json")
    assert code == 0, err
    data = json.loads(out)
    with Store(home, auto_backup=False, today=TODAY) as store:
        expected = report_figures(store, date(2026, 1, 1), date(2026, 6, 30), today=TODAY).to_dict("ru")
    assert {k: v for k, v in data.items() if k != "files"} == expected
    assert data["outgoing"]["total"]["requests"] == 2 and data["outgoing"]["total"]["requests_late"] == 1
    assert data["incoming"]["total"]["consented"] == 1 and data["period"]["half"] == 1
    docx, xlsx = (Path(p) for p in data["files"])
    assert docx.parent == xlsx.parent == tmp_path and docx.suffix == ".docx" and xlsx.suffix == ".xlsx"
    assert len(Document(str(docx)).tables) == 4 and len(load_workbook(xlsx).worksheets) == 4


def test_text_in_kazakh_and_the_default_period_is_the_current_half_year(home, tmp_path):
    code, out, err = run(home, "--out", str(tmp_path), "--lang", "kk", "--today", TODAY.isoformat())
    assert code == 0, err
    assert "2026 жылғы II жартыжылдық (01.07.2026 — 31.12.2026)" in out
    assert "кезең аяқталмаған" in out  # the half-year is still under way on 27.11.2026
    assert "жіберілді 1 (мерзімінде" in out and "Жамбылский областной суд" in out
    written = [line.strip() for line in out.splitlines() if line.strip().startswith(str(tmp_path))]
    assert len(written) == 2 and all(Path(p).exists() for p in written)
    assert any("Шағым жасауды келісу талдауы 2026-07-01 — 2026-12-31" in p for p in written)


def test_the_previous_half_year(home, tmp_path):
    code, out, err = run(home, "--previous", "--out", str(tmp_path), "--today", TODAY.isoformat(), "--json")
    assert code == 0, err
    data = json.loads(out)
    assert (data["period"]["start"], data["period"]["end"]) == ("2026-01-01", "2026-06-30") and data["complete"]


@pytest.mark.parametrize("args, words", [
    (["--from", "2026-01-01"], "обе даты"),
    (["--from", "2026-07-01", "--to", "2026-06-30"], "позже его конца"),
    (["--from", "2026-02-30", "--to", "2026-06-30"], "не существует"),
    (["--previous", "--from", "2026-01-01", "--to", "2026-06-30"], "не вместе"),
    (["--lang", "en"], "ошибка в команде"),
])
def test_bad_input_is_one_line_with_exit_code_2(home, tmp_path, args, words):
    code, out, err = run(home, *args, "--out", str(tmp_path))
    assert code == 2 and out == ""
    assert words in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_an_output_folder_that_is_a_file(home, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    code, out, err = run(home, "--out", str(blocker), "--today", TODAY.isoformat())
    assert code == 2 and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    code, _, err = run(home, "--today", TODAY.isoformat())  # --out is required
    assert code == 2 and "--out" in err
