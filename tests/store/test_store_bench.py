"""The store benchmark runs end to end on a small register, and benchmarks/run.py with every scenario that needs no Qt
(the approving side's report and package import, the backup) on tiny data: the table, the JSON, --compare. Figures
are only checked to exist: times are never asserted in tests, the machine's load decides them."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import store_bench  # noqa: E402

FIGURES = ("cases", "fill_s", "seed_create_ms", "baseline_ms", "first_page_ms", "first_page_ratio", "deep_page_ms",
           "deep_page_ratio", "search_surname_ms", "search_number_ms", "dashboard_ms", "filter_closed_ms",
           "filter_year_ms", "filter_incoming_ms", "surname_hits", "number_hits", "create_2_attachments_ms",
           "peak_rss_mb")


def test_bench_store_fills_the_register_and_reports_every_figure():
    result = store_bench.bench_store(n=2_000)
    for key in (*FIGURES, "scenario", "target", "ok"):
        assert key in result, key
    assert result["cases"] == 2_000
    assert isinstance(result["ok"], bool)
    for key in FIGURES:
        assert isinstance(result[key], (int, float)) and result[key] >= 0, key


def test_the_copies_are_whole_cases(tmp_path):
    """The copies made past the seeds have parties, a history and a search index entry, like created cases."""
    import random

    from kelisim.store import Store

    with Store(tmp_path / "home", auto_backup=False, today=store_bench.TODAY) as store:
        store_bench.fill(store, 300, random.Random(1), seeds_wanted=50)
        assert store.cases.count() == 300
        last = store.cases.get(300)
        assert last.parties and " ".join(p.name for p in last.parties) == \
            store.database.one("SELECT parties_text FROM cases WHERE id = 300")["parties_text"]
        assert store.cases.history(300)[0]["action"] == "created"
        surname = last.parties[0].name.split()[0]
        assert 300 in {r["id"] for r in store.cases.list(search=surname, limit=1000)}
        assert store.cases.count(search=last.case_number) >= 1
        assert store.database.one("SELECT count(*) AS n FROM events")["n"] == 300


def _run_module():
    import run

    return run


def test_seed_cases_carry_the_workflow_dates_their_status_implies(tmp_path):
    """What the semi-annual report counts: every seed has the dates its status implies, in order, and the bodies
    (ours for our requests, a lower body for requests to us)."""
    import random
    from datetime import date

    import gui_bench

    from kelisim.store import Store

    with Store(tmp_path / "home", auto_backup=False, today=store_bench.TODAY) as store:
        bodies = gui_bench.prepare_bodies(store)
        store_bench.fill(store, 400, random.Random(3), seeds_wanted=400, bodies=bodies)
        rows = list(store.database.query("SELECT * FROM cases"))
    seen = set()
    for r in rows:
        d = {k: (date.fromisoformat(r[k]) if r[k] else None) for k in (
            "trigger_date", "request_sent", "received_on", "decision_date", "complaint_filed", "closed_on")}
        status, incoming = r["status"], r["direction"] == "incoming"
        seen.add((r["direction"], status))
        chain = [d[k] for k in ("trigger_date", "request_sent", "received_on", "decision_date", "complaint_filed",
                                "closed_on") if d[k] is not None]
        assert chain == sorted(chain), dict(r)
        if incoming:
            assert d["received_on"] and d["request_sent"] and d["request_sent"] <= d["received_on"]
            assert r["requester_id"] in bodies.lower and r["approver_id"] == bodies.own
            assert (r["decision"] is not None) == (status == "closed") == (d["closed_on"] is not None)
        else:
            assert r["requester_id"] in (bodies.own, *bodies.served) and r["approver_id"] == bodies.higher
            assert (d["request_sent"] is None) == (status == "draft")
            decided = status not in ("draft", "request_sent")
            assert (r["decision"] is not None) == decided == (d["decision_date"] is not None)
            if status in ("consented", "complaint_filed"):
                assert r["decision"] == "consented"
            if status == "refused":
                assert r["decision"] == "refused"
            if status == "complaint_filed":
                assert d["complaint_filed"] is not None
            elif status != "closed":
                assert d["complaint_filed"] is None
            if d["complaint_filed"] is not None:
                assert r["decision"] == "consented"
        assert (d["closed_on"] is not None) == (status == "closed")
    assert {("outgoing", s) for s in ("draft", "request_sent", "consented", "refused", "complaint_filed",
                                       "closed")} | {("incoming", "closed"), ("incoming", "received")} <= seen


@pytest.mark.parametrize("limits, value, baseline, ok, text", [
    ({"max_value": 50}, 49.0, None, True, "≤ 50 ms"),
    ({"max_value": 50}, 51.0, 10.0, False, "≤ 50 ms"),
    ({"max_ratio": 1.5}, 1.6, 1.0, False, "≤ 1.5× baseline"),
    ({"max_ratio": 1.5}, 1.4, 1.0, True, "≤ 1.5× baseline"),
    ({"max_ratio": 1.5}, 1.4, None, False, "≤ 1.5× baseline"),  # a ratio target without a baseline never passes
    ({"min_value": 100_000, "min_ratio": 1}, 150_000, 160_000, False, "≥ 100,000 ms, ≥ 1× baseline"),
    ({"min_value": 100_000, "min_ratio": 1}, 150_000, 7_000, True, "≥ 100,000 ms, ≥ 1× baseline"),
    ({}, 3.0, 1.0, None, "—"),  # no target: neither OK nor MISS
])
def test_a_figure_meets_its_target_only_when_every_limit_holds(limits, value, baseline, ok, text):
    run = _run_module()
    f = run.fig("x.y", "x", value, "ms", baseline=baseline, **limits)
    assert (f.ok, f.target) == (ok, text)
    assert f.ratio == (value / baseline if baseline else None)


def test_run_writes_the_table_and_the_json_and_compares_runs(tmp_path, capsys):
    """The scenarios without Qt, end to end on tiny data (--scale 0.002: 20 and 200 cases, 40 attachments): the
    aligned table, the JSON with the machine, every figure with every column, and --compare between two runs."""
    import json

    run = _run_module()
    out = tmp_path / "results" / "r.json"
    code = run.main(["deadlines", "kato", "documents", "report", "store", "import", "backup", "--scale", "0.002",
                     "--json-out", str(out)])
    assert code in (0, 1)  # 1: a figure missed its target on this busy machine; never asserted here
    printed = capsys.readouterr().out.splitlines()
    assert printed[0].split() == ["figure", "value", "unit", "target", "baseline", "ratio", "OK/MISS"]
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["format"] == "kelisim-bench" and result["scale"] == 0.002
    assert result["scenarios"] == ["deadlines", "kato", "documents", "report", "store", "import", "backup"]
    machine = result["machine"]
    assert machine["cpu_count"] >= 1 and machine["python"] and machine["pyside6"] and machine["sqlite"]
    assert "git_commit" in machine and isinstance(machine["git_dirty"], bool)
    ids = [f["id"] for f in result["figures"]]
    assert not [i for i in ids if i.endswith(".error")], result["details"]
    for expected in ("deadlines.chains_per_s", "kato.load_ms", "documents.pair_ms", "documents.batch_pair_ms",
                     "report.figures_s", "report.files_s", "store.first_page_ms", "store.search_surname_ms",
                     "store.create_ms", "import.inspect_ms", "import.import_ms", "backup.seconds",
                     "backup.mb_per_s", "backup.archive_mb"):
        assert expected in ids, expected
    assert len(ids) == len(set(ids))
    for f in result["figures"]:
        assert set(f) == {"id", "figure", "value", "unit", "target", "baseline", "baseline_what", "ratio", "ok",
                          "better"}
        assert isinstance(f["value"], (int, float)) and f["value"] >= 0, f
        assert f["ok"] in (True, False, None) and f["better"] in ("lower", "higher")
        assert (f["ok"] is None) == (f["target"] == "—"), f
        assert f["figure"] in "\n".join(printed)  # every figure is a row of the printed table
    details = result["details"]
    assert details["backup"]["archive_members"] == details["backup"]["attachment_files"] + 2  # + database, manifest
    assert details["backup"]["attachments_added"] == 40 and details["backup"]["cases"] == 20
    assert details["import"]["cases_after"] == details["import"]["cases_before"] + result["sizes"]["packages"]
    assert details["report"]["files"] == [".docx", ".xlsx"] and details["report"]["report_cases"] >= 1
    assert result["data_folders"]["large"]["cases"] == 200 and result["data_folders"]["small"]["cases"] == 20

    # --compare: each figure's change; one figure gone, one new, one twice as slow
    old = json.loads(out.read_text(encoding="utf-8"))
    old["figures"] = [f for f in old["figures"] if f["id"] != "kato.load_ms"]
    old["figures"].append({**old["figures"][0], "id": "gone.figure", "figure": "a figure no longer measured"})
    slow = next(f for f in old["figures"] if f["id"] == "store.create_ms")
    slow["value"] = result_value = next(f["value"] for f in result["figures"] if f["id"] == "store.create_ms") / 2
    old_path = tmp_path / "old.json"
    old_path.write_text(json.dumps(old), encoding="utf-8")
    assert run.main(["--compare", str(old_path), "--against", str(out)]) == 0
    lines = capsys.readouterr().out.splitlines()
    row = {line.split("  ")[0]: line for line in lines}
    assert row["KATO directory load (15,594 units)"].split()[-1] == "new"
    assert row["a figure no longer measured"].split()[-1] == "gone"
    create = next(v for k, v in row.items() if k.startswith("registering a case"))
    assert create.split()[-3:] == ["+100.0", "%", "worse"] and result_value > 0
    deadlines = row["deadline chains per second"]
    assert deadlines.split()[-1] == "same"


def test_run_refuses_what_it_cannot_compare(tmp_path, capsys):
    run = _run_module()
    bad = tmp_path / "bad.json"
    bad.write_text("{}", encoding="utf-8")
    for argv in (["--compare", str(bad), "--against", str(bad)], ["--against", str(bad)], ["nonsense"],
                 ["--scale", "0"]):
        with pytest.raises(SystemExit) as exc:
            run.main(argv)
        assert exc.value.code == 2, argv
    assert "not a results file" in capsys.readouterr().err


def test_a_failed_scenario_is_an_error_row_and_the_others_still_run(monkeypatch):
    run = _run_module()

    def broken(ws):
        raise RuntimeError("the data folder vanished")

    monkeypatch.setitem(run.SCENARIOS, "kato", broken)
    result = run.run(["kato", "deadlines"], 0.002, progress=lambda text: None)
    assert [f["id"] for f in result["figures"]] == ["deadlines.chains_per_s", "kato.error"]
    error = result["figures"][1]
    assert error["ok"] is False and "RuntimeError: the data folder vanished" in error["figure"]
    assert "Traceback" in result["details"]["kato"]["error"]
    last = run.table(result).splitlines()[3]
    assert last.startswith("kato: RuntimeError") and last.endswith("ERROR")


def test_the_benchmarks_page_is_the_registers():
    """store_bench (and memory_probe's plain-sqlite floor) read pages of the register's own size."""
    import re
    from pathlib import Path

    from kelisim.ui.register import PAGE

    import store_bench

    assert store_bench.PAGE == PAGE
    probe = (Path(store_bench.__file__).parent / "memory_probe.py").read_text(encoding="utf-8")
    assert re.findall(r"LIMIT (\d+)", probe) == [str(PAGE)]
