"""Kelisim benchmarks: each scenario is measured against a baseline measured in the same run, and the ratio
is compared with its target. `make bench` runs this file; `--json` prints the figures as one JSON object.

Scenarios
- deadline chains: `compute_deadlines` (term, latest sending day, decision due, status, warning codes) over
  varied rules and dates. Baseline: the same chain computed the naive way, day by day, in the same run. Target:
  ≥ 100,000 chains per second, and faster than the naive way.
- KATO load: building the whole directory (15,594 units, parents, kinds, akims) from `kato.csv`. Baseline:
  only parsing the same CSV with the standard `csv` module. Target: under 100 ms.
- start-up: `python -m kelisim gui` to the main window's first paint (KELISIM_EXIT_AFTER_PAINT=1), against a
  bare PySide6 QMainWindow with a QTableView, started the same way in the same run. Target: ≤ 1.5× that floor.
- store (benchmarks/store_bench.py): a register of 100,000 cases — the first page with its count, a page at offset
  50,000, the search box (a surname prefix, a case-number fragment), the dashboard, the filter bar, and registering
  a case with a PDF and a DOCX through `register_case`; then the process's peak RSS. Baseline: a bare sqlite3
  `SELECT count(*)` plus `SELECT * FROM cases ORDER BY next_due LIMIT 100` on the same file. Target: each register
  interaction ≤ 50 ms, a case with two attachments ≤ 30 ms, peak RSS ≤ 150 MB.
- documents: the request and the decision of one case written as DOCX (median of 30), and 1,000 cases in a batch.
  Baseline: opening and saving the same two templates with python-docx. Target: ≤ 150 ms per pair.
- gui (benchmarks/gui_bench.py): `python -m kelisim gui` to the register's table painted with its rows
  (KELISIM_EXIT_AFTER_PAINT=register) on a data folder of 10,000 cases, against BARE_WINDOW in the same run (target
  ≤ 1.5×); typing in the search box of a real RegisterPage at 100,000 cases, each keystroke's reload and repaint
  (baseline: the store's search query for the same text; target < 50 ms, the debounce reported apart); a case card
  built and painted at 100,000 and 10,000 cases (baseline: reading the case, attachments and history; target
  < 100 ms); the process's peak RSS.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))

BARE_WINDOW = r"""
import os, sys, time
from PySide6.QtCore import QObject, QEvent, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
def since_start():  # as kelisim.app.seconds_since_process_start: wall seconds since the process started
    try:
        with open("/proc/self/stat", encoding="ascii") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return time.clock_gettime(time.CLOCK_BOOTTIME) - int(fields[19]) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        return float("nan")
app = QApplication(sys.argv)
w = QMainWindow(); w.setCentralWidget(QTableView()); w.resize(1100, 760)
class Painted(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Paint:
            print(f"first-paint {since_start():.3f}", flush=True)
            QTimer.singleShot(0, app.quit)
        return False
f = Painted(); w.installEventFilter(f); w.show()
app.exec()
"""


def _median_time(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


# ------------------------------------------------------------------------------------------ deadline chains
def bench_deadlines(n: int = 30_000) -> dict:
    from kelisim.law.calendar import default_calendar
    from kelisim.law.deadlines import compute_deadlines
    from kelisim.law.terms import RULES, add_months

    cal = default_calendar()
    rules = sorted(RULES)
    rnd = random.Random(20261124)
    items = [(rules[i % len(rules)], date(2024, 1, 1) + timedelta(days=rnd.randrange(1000))) for i in range(n)]
    today = date(2026, 11, 24)
    for rule, trigger in items[:1000]:  # warm the calendar's years
        compute_deadlines(rule, trigger, received=trigger + timedelta(days=5), today=today, calendar=cal)

    def ours():
        for rule, trigger in items:
            compute_deadlines(rule, trigger, received=trigger + timedelta(days=5), today=today, calendar=cal)

    def step(d: date, k: int) -> date:  # day by day, as a naive program would
        one = timedelta(days=1 if k > 0 else -1)
        for _ in range(abs(k)):
            d += one
            while not cal.day_info(d).working:
                d += one
        return d

    def naive():
        for rule_id, trigger in items:
            rule = RULES[rule_id]
            if rule.months:
                end = add_months(trigger, rule.months)
                while not cal.day_info(end).working:
                    end += timedelta(days=1)
            else:
                end = step(trigger, rule.working_days)
            step(end, -10)
            step(trigger + timedelta(days=5), 7)

    t_ours = _median_time(ours, 3)
    t_naive = _median_time(naive, 1)
    rate = n / t_ours
    return {"scenario": "deadline chains", "chains_per_second": round(rate), "naive_chains_per_second":
            round(n / t_naive), "ratio": round(t_ours / t_naive, 3), "target": "≥ 100000 chains/s",
            "ok": rate >= 100_000 and t_ours < t_naive}


# ------------------------------------------------------------------------------------------ KATO load
def bench_kato() -> dict:
    from kelisim.directory.kato import KatoDirectory
    from kelisim.resources import data_file

    path = data_file("kato.csv")

    def parse_only():
        with open(path, encoding="utf-8", newline="") as f:
            list(csv.reader(f))

    def load():
        KatoDirectory.load(path)

    load()
    t_base = _median_time(parse_only, 9)
    t_load = _median_time(load, 9)
    return {"scenario": "KATO load", "ms": round(t_load * 1000, 1), "csv_parse_ms": round(t_base * 1000, 1),
            "ratio": round(t_load / t_base, 2), "target": "< 100 ms", "ok": t_load < 0.100}


# ------------------------------------------------------------------------------------------ start-up
def _run_until_paint(args: list[str], env: dict) -> float:
    """Seconds from the process's start to its first paint, as the process prints it (``first-paint <s>``)."""
    proc = subprocess.run(args, env=env, capture_output=True, text=True, timeout=60)
    if proc.returncode != 0:
        raise RuntimeError(f"{args} exited {proc.returncode}: {proc.stderr[-2000:]}")
    line = next((x.split() for x in proc.stdout.splitlines() if x.startswith("first-paint ")), None)
    if line is None:
        raise RuntimeError(f"{args} did not report its first paint: {proc.stdout[-500:]}")
    return float(line[1])


def bench_startup(repeat: int = 7) -> dict:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = tempfile.mkdtemp(prefix="kelisim-bench-")
    env.update(KELISIM_HOME=home, KELISIM_EXIT_AFTER_PAINT="1", XDG_CONFIG_HOME=os.path.join(home, "config"))
    runtime = os.path.join(home, "runtime")
    os.makedirs(runtime, mode=0o700)
    env["XDG_RUNTIME_DIR"] = runtime
    env["PYTHONPATH"] = os.pathsep.join(filter(None, (str(ROOT / "desktop"), env.get("PYTHONPATH"))))
    # From compiled bytecode, as an installed program runs (written by the warm-up runs in our own folder).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = os.path.join(home, "pycache")
    bare, ours = [], []
    _run_until_paint([sys.executable, "-c", BARE_WINDOW], env)  # warm the page cache and the bytecode
    _run_until_paint([sys.executable, "-m", "kelisim", "gui"], env)
    for _ in range(repeat):  # interleaved, so drift in machine load hits both alike
        bare.append(_run_until_paint([sys.executable, "-c", BARE_WINDOW], env))
        ours.append(_run_until_paint([sys.executable, "-m", "kelisim", "gui"], env))
    b, o = statistics.median(bare), statistics.median(ours)
    return {"scenario": "start-up to first paint", "kelisim_s": round(o, 3), "bare_pyside6_s": round(b, 3),
            "ratio": round(o / b, 2), "target": "≤ 1.5× bare PySide6", "ok": o / b <= 1.5}


# ------------------------------------------------------------------------------------------ store at 100k cases
def bench_store() -> dict:
    if str(Path(__file__).parent) not in sys.path:
        sys.path.insert(0, str(Path(__file__).parent))
    from store_bench import bench_store as run  # imported here: `run.py deadlines` alone does not load the store

    return run()


def bench_documents() -> dict:
    if str(Path(__file__).parent) not in sys.path:
        sys.path.insert(0, str(Path(__file__).parent))
    from documents_bench import bench_documents as run

    return run()


def bench_gui() -> dict:
    if str(Path(__file__).parent) not in sys.path:
        sys.path.insert(0, str(Path(__file__).parent))
    from gui_bench import bench_gui as run

    return run()


SCENARIOS = {"deadlines": bench_deadlines, "kato": bench_kato, "startup": bench_startup, "store": bench_store,
             "documents": bench_documents, "gui": bench_gui}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("scenarios", nargs="*", metavar="SCENARIO", help=f"any of {', '.join(SCENARIOS)} (default: all)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    unknown = [name for name in args.scenarios if name not in SCENARIOS]
    if unknown:
        parser.error(f"unknown scenario {', '.join(unknown)}; choose from {', '.join(SCENARIOS)}")
    results = [SCENARIOS[name]() for name in (args.scenarios or SCENARIOS)]
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
    else:
        for r in results:
            figures = ", ".join(f"{k}={v}" for k, v in r.items() if k not in ("scenario", "target", "ok"))
            print(f"{'OK  ' if r['ok'] else 'MISS'} {r['scenario']:<26} {figures}  (target {r['target']})")
    return 0 if all(r["ok"] for r in results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
