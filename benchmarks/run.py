"""Kelisim benchmarks: one run measures every figure of issue 8 against a baseline measured in the same run, prints
them as one table (figure, value, unit, target, baseline, ratio, OK/MISS) and writes the same as JSON with the
machine it ran on, so that versions can be compared (``--compare OLD.json``).

    make bench                                      # everything, at full size (see the Makefile for how long)
    .venv/bin/python benchmarks/run.py SCENARIO…    # a subset, e.g. `run.py gui memory`
    .venv/bin/python benchmarks/run.py --scale 0.1  # every size a tenth (a check that it all runs)
    .venv/bin/python benchmarks/run.py --compare benchmarks/results/old.json   # run, then the change of each figure
    .venv/bin/python benchmarks/run.py --compare OLD.json --against NEW.json   # only compare two earlier runs

Data folders (built once per run, in a temporary folder, by ``gui_bench.prepare_home`` = ``store_bench.fill`` plus
our own body and the bodies around it, and shared by the scenarios that need them): the small one (10,000 cases) and
the large one (100,000 cases). The scenarios run in a fixed order, those that only read a folder before those that
add to it (the store's 51 registered cases, the 20 imported packages, the backup's 20,000 attachments).

Scenarios (the figures' targets are issue 8's; where the issue names none, the module that measures it says why):
- deadlines: ``compute_deadlines`` chains per second; baseline: the same chains computed day by day. Target
  ≥ 100,000 chains/s and faster than the naive way.
- kato: the KATO directory (15,594 units) built from ``kato.csv``; baseline: only parsing the CSV. Target ≤ 100 ms.
- startup: ``python -m kelisim gui`` to the window's first paint on an empty data folder; baseline: a bare PySide6
  QMainWindow with a QTableView started the same way, interleaved. Target ≤ 1.5× the bare window.
- documents (documents_bench.py): the request and the decision of one case as DOCX, and per pair in a batch of 1,000;
  baseline: opening and saving the two templates with python-docx. Target ≤ 150 ms per pair.
- gui (gui_bench.py): start-up to the register painted with its rows at 10,000 and at 100,000 cases against the bare
  window (≤ 1.5×); search-as-you-type at 100,000 cases, each keystroke's reload and repaint (baseline: the store's
  query; ≤ 50 ms); a case card built and painted at 100,000 and 10,000 cases (baseline: reading its data; ≤ 50 ms).
- memory (memory_probe.py): the peak RSS of a fresh process at 100,000 cases — the store without Qt (register,
  search, cards' data, the report; baseline: the interpreter with sqlite3 alone) and the program's window (register,
  search, three cards, the background check; baseline: the bare PySide6 window). Target ≤ 150 MB each.
- store (store_bench.py): register interactions at 100,000 cases (first page, a deep page, search, dashboard,
  filters; baseline: bare sqlite3 count(*) + first page; ≤ 50 ms each) and registering a case with two attachments
  (≤ 30 ms).
- report (approving_bench.py): the semi-annual report's figures at 100,000 cases (baseline: a bare count(*) of the
  period's cases; ≤ 1 s) and its DOCX + XLSX (≤ 1 s).
- import (approving_bench.py): a request package inspected (≤ 50 ms; baseline: reading its manifest with zipfile)
  and imported (≤ 100 ms; baseline: extracting it with zipfile) at 100,000 cases.
- backup (backup_bench.py): 10,000 cases with 20,000 attachments through ``backup_home``; baseline: plain zipfile
  deflating the same files. Target ≤ 1.5× its time, archive ≤ 1.1× its size; MB/s reported.

Exit code 0 when every figure meets its target, 1 otherwise (a scenario that failed shows as an ERROR row).
"""
from __future__ import annotations

import argparse
import csv
import json
import math
import os
import platform
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
for _path in (str(ROOT / "desktop"), str(BENCH)):
    if _path not in sys.path:
        sys.path.insert(0, _path)

RESULTS = BENCH / "results"
DEFAULT_JSON = RESULTS / "latest.json"
FORMAT = "kelisim-bench"
FORMAT_VERSION = 1

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


# ------------------------------------------------------------------------------------------ figures and the table
@dataclass
class Figure:
    """One row of the table. ``ratio`` is value / baseline; ``ok`` None when the figure has no target."""
    id: str  # stable across runs and versions: what --compare matches
    figure: str
    value: float | None
    unit: str
    target: str = "—"
    baseline: float | None = None
    baseline_what: str = ""
    ok: bool | None = None
    better: str = "lower"  # or "higher": which way is an improvement (--compare)

    @property
    def ratio(self) -> float | None:
        if self.value is None or not self.baseline:
            return None
        return self.value / self.baseline

    def to_dict(self) -> dict:
        return {**asdict(self), "ratio": None if self.ratio is None else round(self.ratio, 3)}


def fig(id_: str, name: str, value, unit: str, *, baseline=None, baseline_what: str = "", max_value=None,
        min_value=None, max_ratio=None, min_ratio=None, better: str = "lower") -> Figure:
    """A figure with its target: each limit given must hold (values in ``unit``, ratios value / baseline)."""
    texts, checks = [], []
    ratio = value / baseline if value is not None and baseline else None
    if max_value is not None:
        texts.append(f"≤ {_num(max_value)} {unit}")
        checks.append(value is not None and value <= max_value)
    if min_value is not None:
        texts.append(f"≥ {_num(min_value)} {unit}")
        checks.append(value is not None and value >= min_value)
    if max_ratio is not None:
        texts.append(f"≤ {max_ratio:g}× baseline")
        checks.append(ratio is not None and ratio <= max_ratio)
    if min_ratio is not None:
        texts.append(f"≥ {min_ratio:g}× baseline")
        checks.append(ratio is not None and ratio >= min_ratio)
    return Figure(id_, name, value, unit, ", ".join(texts) or "—", baseline, baseline_what,
                  all(checks) if checks else None, better)


def _num(x) -> str:
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "—"
    if isinstance(x, bool):
        return str(x)
    ax = abs(x)
    if ax >= 1000:
        return f"{x:,.0f}"
    if ax >= 100 or (isinstance(x, int)):
        return f"{x:.0f}"
    if ax >= 10:
        return f"{x:.1f}"
    if ax >= 1:
        return f"{x:.2f}"
    return f"{x:.3f}"


def _verdict(f: Figure) -> str:
    return "—" if f.ok is None else ("OK" if f.ok else ("ERROR" if f.id.endswith(".error") else "MISS"))


COLUMNS = ("figure", "value", "unit", "target", "baseline", "ratio", "OK/MISS")


def _aligned(rows: list[tuple], numeric: set[int]) -> list[str]:
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    out = []
    for r in rows:
        cells = [str(c).rjust(w) if i in numeric else str(c).ljust(w) for i, (c, w) in enumerate(zip(r, widths))]
        out.append("  ".join(cells).rstrip())
    return out


def table(result: dict) -> str:
    """The figures of a run (as ``run`` returns it, or read back from its JSON) as aligned text."""
    rows = [COLUMNS]
    for d in result["figures"]:
        f = Figure(**{k: v for k, v in d.items() if k != "ratio"})
        rows.append((f.figure, _num(f.value), f.unit, f.target, _num(f.baseline),
                     "—" if f.ratio is None else f"{f.ratio:.2f}×", _verdict(f)))
    lines = _aligned(rows, {1, 4, 5})
    lines.insert(1, "-" * len(max(lines, key=len)))
    m = result["machine"]
    lines.append("")
    lines.append(f"scale {result['scale']:g}; {m['cpu_count']} CPUs ({m['cpu_model']}), load {m['load_average']} at "
                 f"start; Python {m['python']}, PySide6 {m['pyside6']}, SQLite {m['sqlite']}; commit "
                 f"{m['git_commit'][:12]}{' (with changes)' if m['git_dirty'] else ''}; {result['duration_s']:.0f} s")
    baselines = sorted({d["baseline_what"] for d in result["figures"] if d["baseline_what"]})
    if baselines:
        lines.append("baselines (each measured in the same run):")
        lines += [f"  {what}" for what in baselines]
    return "\n".join(lines)


def compare(old: dict, new: dict, *, same: float = 0.05) -> str:
    """The change of each figure from ``old`` to ``new`` (two runs' JSON): better / worse beyond ``same`` (5 %)."""
    lines = []
    if old.get("scale") != new.get("scale"):
        lines.append(f"note: the runs were made at different scales ({old.get('scale')} and {new.get('scale')}): "
                     f"figures of the same name measure different sizes")
    om, nm = old.get("machine", {}), new.get("machine", {})
    for key in ("cpu_count", "cpu_model", "python", "pyside6"):
        if om.get(key) != nm.get(key):
            lines.append(f"note: {key} differs: {om.get(key)} → {nm.get(key)}")
    olds = {d["id"]: d for d in old.get("figures", [])}
    rows = [("figure", "old", "new", "unit", "change", "")]
    for d in new.get("figures", []):
        o = olds.pop(d["id"], None)
        if o is None:
            rows.append((d["figure"], "—", _num(d["value"]), d["unit"], "new", ""))
            continue
        a, b = o.get("value"), d.get("value")
        if a is None or b is None:
            change, word = "—", ""
        elif a == 0:
            change, word = "—", "same" if b == 0 else ""
        else:
            rel = (b - a) / abs(a)
            change = f"{rel * 100:+.1f} %"
            improved = rel < 0 if d.get("better", "lower") == "lower" else rel > 0
            word = "same" if abs(rel) <= same else ("better" if improved else "worse")
        rows.append((d["figure"], _num(a), _num(b), d["unit"], change, word))
    for o in olds.values():
        rows.append((o["figure"], _num(o["value"]), "—", o["unit"], "gone", ""))
    lines += [f"compared with {old.get('started', '?')} (commit {om.get('git_commit', '?')[:12]})"]
    lines += _aligned(rows, {1, 2, 4})
    return "\n".join(lines)


# ------------------------------------------------------------------------------------------ sizes and data folders
@dataclass(frozen=True)
class Sizes:
    """What a run measures on; ``at(scale)`` shrinks the data (and, below 0.1, the repetitions) for a quick check."""
    scale: float = 1.0
    small: int = 10_000  # start-up, a card, the backup
    large: int = 100_000  # start-up, search, cards, store, report, import, memory
    attachments: int = 20_000  # added to the small folder for the backup
    chains: int = 30_000
    startup_repeat: int = 7
    doc_repeat: int = 30
    doc_batch: int = 1_000
    packages: int = 20
    backup_repeat: int = 2
    report_repeat: int = 5

    @classmethod
    def at(cls, scale: float) -> "Sizes":
        if scale == 1:
            return cls()
        full = cls()

        def n(value: int, least: int) -> int:
            return max(least, round(value * scale))

        def reps(value: int) -> int:
            return max(1, min(value, round(value * scale * 10)))

        return cls(scale, n(full.small, 20), n(full.large, 50), n(full.attachments, 40), n(full.chains, 300),
                   reps(full.startup_repeat), reps(full.doc_repeat), n(full.doc_batch, 2), reps(full.packages),
                   reps(full.backup_repeat), reps(full.report_repeat))


class Workspace:
    """A temporary folder holding the run's data folders, each built once, on first need."""

    def __init__(self, sizes: Sizes, *, progress=None):
        self.sizes = sizes
        self.folder = Path(tempfile.mkdtemp(prefix="kelisim-bench-"))
        self.homes: dict[str, Path] = {}
        self.built: dict[str, dict] = {}
        self.progress = progress or (lambda text: None)

    def home(self, which: str) -> Path:
        """"small" or "large": the data folder of ``sizes.small`` / ``sizes.large`` cases."""
        if which not in self.homes:
            from gui_bench import prepare_home

            n = self.sizes.small if which == "small" else self.sizes.large
            self.progress(f"filling the {which} data folder with {n:,} cases")
            t0 = time.perf_counter()
            home = prepare_home(self.folder / f"home-{which}", n, seed=20260302 if which == "small" else 20260303)
            self.built[which] = {"cases": n, "fill_s": round(time.perf_counter() - t0, 1),
                                 "database_mb": round((home / "kelisim.db").stat().st_size / 1e6, 1)}
            self.homes[which] = home
        return self.homes[which]

    def close(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def _cases(n: int) -> str:
    return f"{n:,} cases"


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


def bench_startup(repeat: int = 7, folder: Path | None = None) -> dict:
    """The first paint of ``python -m kelisim gui`` on an empty data folder (in ``folder``, else a new temporary
    one, removed afterwards) against ``BARE_WINDOW``, interleaved ``repeat`` times (medians)."""
    if folder is None:
        with tempfile.TemporaryDirectory(prefix="kelisim-bench-") as tmp:
            return bench_startup(repeat, Path(tmp))
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = tempfile.mkdtemp(prefix="startup-", dir=folder)
    env.update(KELISIM_HOME=home, KELISIM_EXIT_AFTER_PAINT="1", XDG_CONFIG_HOME=os.path.join(home, "config"),
               KELISIM_CACHE=os.path.join(home, "cache"))  # the start-up cache, written by the warm-up run
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


# ------------------------------------------------------------------------------------------ scenarios
def scenario_deadlines(ws: Workspace):
    r = bench_deadlines(ws.sizes.chains)
    return [fig("deadlines.chains_per_s", "deadline chains per second", r["chains_per_second"], "chains/s",
                baseline=r["naive_chains_per_second"], baseline_what="deadlines: the same chains day by day",
                min_value=100_000, min_ratio=1, better="higher")], r


def scenario_kato(ws: Workspace):
    r = bench_kato()
    return [fig("kato.load_ms", "KATO directory load (15,594 units)", r["ms"], "ms", baseline=r["csv_parse_ms"],
                baseline_what="KATO: parsing kato.csv with csv alone", max_value=100)], r


BARE = "start-up: a bare PySide6 QMainWindow + QTableView"


def scenario_startup(ws: Workspace):
    r = bench_startup(ws.sizes.startup_repeat, ws.folder)
    return [fig("startup.frame_s", "start-up to the window's first paint, empty data folder", r["kelisim_s"], "s",
                baseline=r["bare_pyside6_s"], baseline_what=BARE, max_ratio=1.5)], r


def scenario_documents(ws: Workspace):
    from documents_bench import bench_documents

    s = ws.sizes
    r = bench_documents(repeat=s.doc_repeat, batch=s.doc_batch)
    base = r["baseline_open_save_ms"]
    what = "documents: python-docx opening and saving the two templates"
    per_pair = r[f"batch_{s.doc_batch}_s"] * 1000 / s.doc_batch
    return [fig("documents.pair_ms", "generating both documents (request + decision)", r["pair_ms"], "ms",
                baseline=base, baseline_what=what, max_value=150),
            fig("documents.batch_pair_ms", f"both documents in a batch of {s.doc_batch:,} cases, per case",
                round(per_pair, 1), "ms", baseline=base, baseline_what=what, max_value=150)], r


def scenario_gui(ws: Workspace):
    from gui_bench import TARGET_CARD_MS, TARGET_KEYSTROKE_MS, TARGET_STARTUP_RATIO, _label, bench_gui

    s = ws.sizes
    r = bench_gui(s.small, s.large, repeat=s.startup_repeat, small_home=ws.home("small"),
                  large_home=ws.home("large"))
    big, small = _label(s.large), _label(s.small)
    card = "a case card: reading its case, attachments and history (median)"
    search = "search: the store's query for the same text"
    return [
        fig("gui.startup_small_s", f"start-up to the painted register, {_cases(s.small)}", r["startup_register_s"],
            "s", baseline=r["bare_pyside6_s"], baseline_what=BARE, max_ratio=TARGET_STARTUP_RATIO),
        fig("gui.startup_large_s", f"start-up to the painted register, {_cases(s.large)}",
            r["large_startup_register_s"], "s", baseline=r["large_bare_pyside6_s"], baseline_what=BARE,
            max_ratio=TARGET_STARTUP_RATIO),
        fig("gui.keystroke_median_ms", f"search-as-you-type, a keystroke (median), {_cases(s.large)}",
            r["keystroke_median_ms"], "ms", baseline=r["search_store_median_ms"], baseline_what=search,
            max_value=TARGET_KEYSTROKE_MS),
        fig("gui.keystroke_max_ms", f"search-as-you-type, the slowest keystroke, {_cases(s.large)}",
            r["keystroke_max_ms"], "ms", baseline=r["search_store_max_ms"], baseline_what=search,
            max_value=TARGET_KEYSTROKE_MS),
        fig("gui.card_large_ms", f"opening a case card (median), {_cases(s.large)}", r[f"card_{big}_median_ms"],
            "ms", baseline=r[f"card_{big}_store_median_ms"], baseline_what=card, max_value=TARGET_CARD_MS),
        fig("gui.card_large_max_ms", f"opening a case card (slowest of {r[f'card_{big}_cards']}), "
            f"{_cases(s.large)}", r[f"card_{big}_max_ms"], "ms", baseline=r[f"card_{big}_store_median_ms"],
            baseline_what=card, max_value=TARGET_CARD_MS),
        fig("gui.card_first_ms", f"the session's first case card (loads the form), {_cases(s.large)}",
            r[f"card_{big}_first_ms"], "ms", baseline=r[f"card_{big}_store_median_ms"], baseline_what=card),
        fig("gui.card_small_ms", f"opening a case card (median), {_cases(s.small)}", r[f"card_{small}_median_ms"],
            "ms", baseline=r[f"card_{small}_store_median_ms"], baseline_what=card, max_value=TARGET_CARD_MS),
    ], r


def _probe(mode: str, home: Path, env: dict) -> dict:
    args = [sys.executable, str(BENCH / "memory_probe.py"), mode]
    if mode in ("store", "sqlite"):
        args.append(str(home))
    proc = subprocess.run(args, env=env, cwd=ROOT, capture_output=True, text=True, timeout=900)
    line = next((x for x in reversed(proc.stdout.splitlines()) if x.startswith("{")), None)
    if proc.returncode != 0 or line is None:
        raise RuntimeError(f"memory_probe.py {mode} exited {proc.returncode}: {proc.stdout[-500:]} "
                           f"{proc.stderr[-2000:]}")
    return json.loads(line)


def scenario_memory(ws: Workspace):
    from gui_bench import _qt_env

    s = ws.sizes
    home = ws.home("large")
    env = _qt_env(ws.folder, home)
    probes = {mode: _probe(mode, home, env) for mode in ("sqlite", "store", "bare-qt", "gui")}
    return [
        fig("memory.store_mb", f"peak memory, the store's process (no Qt), {_cases(s.large)}",
            probes["store"]["peak_rss_mb"], "MB", baseline=probes["sqlite"]["peak_rss_mb"],
            baseline_what="memory: python + sqlite3 reading count(*) and a page of the same file", max_value=150),
        fig("memory.gui_mb", f"peak memory, the program's window process, {_cases(s.large)}",
            probes["gui"]["peak_rss_mb"], "MB", baseline=probes["bare-qt"]["peak_rss_mb"],
            baseline_what="memory: the bare PySide6 window", max_value=150),
    ], probes


def scenario_store(ws: Workspace):
    from store_bench import TARGET_CREATE_MS, TARGET_MS, bench_store

    s = ws.sizes
    r = bench_store(home=ws.home("large"))
    base, what = r["baseline_ms"], "register: bare sqlite3 count(*) + the first page of rows"
    deep = min(50_000, max(0, s.large - 100))
    rows = (("first_page", "register: the first page with its count"),
            ("deep_page", f"register: a page {deep:,} rows down"),
            ("search_surname", "register search: a surname prefix"),
            ("search_number", "register search: a case-number fragment"),
            ("dashboard", "register: the dashboard's counts"),
            ("filter_closed", "register filter: status «closed»"),
            ("filter_year", "register filter: one year"),
            ("filter_incoming", "register filter: requests to us"))
    figures = [fig(f"store.{key}_ms", f"{name}, {_cases(s.large)}", r[f"{key}_ms"], "ms", baseline=base,
                   baseline_what=what, max_value=TARGET_MS) for key, name in rows]
    figures.append(fig("store.create_ms", f"registering a case with a PDF and a DOCX, {_cases(s.large)}",
                       r["create_2_attachments_ms"], "ms", max_value=TARGET_CREATE_MS))
    return figures, r


def scenario_report(ws: Workspace):
    from approving_bench import TARGET_REPORT_FILES_S, TARGET_REPORT_S, bench_report

    s = ws.sizes
    r = bench_report(ws.home("large"), repeat=s.report_repeat)
    start = date.fromisoformat(r["period"].split("..")[0])
    half = f"{'H1' if start.month == 1 else 'H2'} {start.year}: {r['period_cases']:,} cases"
    return [
        fig("report.figures_s", f"semi-annual report's figures ({half}), {_cases(s.large)}", r["figures_s"], "s",
            baseline=r["count_baseline_s"], baseline_what="report: a bare count(*) of the period's cases",
            max_value=TARGET_REPORT_S),
        fig("report.files_s", "semi-annual report written as DOCX + XLSX", r["files_s"], "s",
            max_value=TARGET_REPORT_FILES_S),
    ], r


def scenario_import(ws: Workspace):
    from approving_bench import TARGET_IMPORT_MS, TARGET_INSPECT_MS, bench_import, make_packages

    s = ws.sizes
    home = ws.home("large")
    made = make_packages(Path(tempfile.mkdtemp(prefix="rural-", dir=ws.folder)), s.packages)
    r = bench_import(home, made)
    return [
        fig("import.inspect_ms", f"a request package read for the «load it?» dialog ({r['package_kb']:.0f} KB)",
            r["inspect_ms"], "ms", baseline=r["inspect_baseline_ms"],
            baseline_what="import: zipfile + json reading the package's manifest", max_value=TARGET_INSPECT_MS),
        fig("import.import_ms", f"importing a request package as an incoming case, {_cases(s.large)}",
            r["import_ms"], "ms", baseline=r["import_baseline_ms"],
            baseline_what="import: zipfile extracting the same package", max_value=TARGET_IMPORT_MS),
    ], r


def scenario_backup(ws: Workspace):
    from backup_bench import TARGET_RATIO, TARGET_SIZE_RATIO, bench_backup

    s = ws.sizes
    r = bench_backup(ws.home("small"), s.small, s.attachments, repeat=s.backup_repeat)
    what = "backup: plain zipfile deflating the same files"
    name = f"{_cases(r['cases'])} with {r['attachment_files']:,} attachments"
    return [
        fig("backup.seconds", f"backup of {name}", r["backup_s"], "s", baseline=r["plain_zip_s"],
            baseline_what=what, max_ratio=TARGET_RATIO),
        fig("backup.mb_per_s", f"backup throughput ({r['input_mb']:.0f} MB in)", r["backup_mb_per_s"], "MB/s",
            baseline=r["plain_zip_mb_per_s"], baseline_what=what, better="higher"),
        fig("backup.archive_mb", "backup archive size", r["archive_mb"], "MB", baseline=r["plain_zip_mb"],
            baseline_what=what, max_ratio=TARGET_SIZE_RATIO),
    ], r


# In the order they run: those that only read a data folder before those that add to it.
SCENARIOS = {"deadlines": scenario_deadlines, "kato": scenario_kato, "startup": scenario_startup,
             "documents": scenario_documents, "gui": scenario_gui, "memory": scenario_memory,
             "report": scenario_report, "store": scenario_store, "import": scenario_import,
             "backup": scenario_backup}


# ------------------------------------------------------------------------------------------ the run
def _git(*args: str) -> str:
    try:
        proc = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return ""
    return proc.stdout.strip() if proc.returncode == 0 else ""


def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8", errors="replace") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def machine() -> dict:
    try:
        import PySide6

        pyside = PySide6.__version__
    except ImportError:
        pyside = ""
    try:
        load = [round(x, 2) for x in os.getloadavg()]
    except OSError:
        load = []
    return {"cpu_count": os.cpu_count(), "cpu_model": _cpu_model(), "python": platform.python_version(),
            "pyside6": pyside, "sqlite": sqlite3.sqlite_version, "platform": platform.platform(),
            "git_commit": _git("rev-parse", "HEAD"), "git_dirty": bool(_git("status", "--porcelain", "--", ".")),
            "load_average": load}


def _say(text: str) -> None:
    print(f"[{datetime.now():%H:%M:%S}] {text}", file=sys.stderr, flush=True)


def _settle_disk() -> None:
    """Before each scenario: what the earlier ones wrote (the 100,000-case folder is ~870 MB, filled minutes before)
    is put on disk first, so that a scenario's own fsyncs (the package import makes nine) do not pay for flushing
    it — the figures of one scenario must not depend on which ran before it (a run measured the import at 123 ms
    after the GUI scenario, 45 ms alone)."""
    if hasattr(os, "sync"):
        os.sync()


def run(names: list[str] | None = None, scale: float = 1.0, *, progress=_say) -> dict:
    """Run the scenarios ``names`` (default all; always in ``SCENARIOS``' order) at ``scale``; the result as the
    JSON file holds it: ``figures`` (the table's rows), ``details`` (each scenario's own figures), the machine."""
    chosen = [name for name in SCENARIOS if not names or name in names]
    sizes = Sizes.at(scale)
    started = datetime.now().astimezone()
    t0 = time.perf_counter()
    info = machine()
    ws = Workspace(sizes, progress=progress)
    figures, details = [], {}
    try:
        for name in chosen:
            progress(f"{name}…")
            t1 = time.perf_counter()
            _settle_disk()
            try:
                rows, detail = SCENARIOS[name](ws)
            except Exception as exc:  # noqa: BLE001 - one failed scenario must not lose the others' figures
                rows = [Figure(f"{name}.error", f"{name}: {type(exc).__name__}: {exc}"[:200], None, "", ok=False)]
                detail = {"error": traceback.format_exc()}
                progress(f"{name} failed: {type(exc).__name__}: {exc}")
            detail = dict(detail) if isinstance(detail, dict) else {"result": detail}
            detail["scenario_s"] = round(time.perf_counter() - t1, 1)
            figures += rows
            details[name] = detail
            progress(f"{name} done in {detail['scenario_s']:.0f} s")
    finally:
        ws.close()
    return {"format": FORMAT, "version": FORMAT_VERSION, "started": started.isoformat(timespec="seconds"),
            "duration_s": round(time.perf_counter() - t0, 1), "scale": scale, "scenarios": chosen,
            "sizes": asdict(sizes), "data_folders": ws.built, "machine": info,
            "figures": [f.to_dict() for f in figures], "details": details}


def write_json(result: dict, path: Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(result, ensure_ascii=False, indent=1, default=str) + "\n", encoding="utf-8")
    os.replace(tmp, path)
    return path


def read_json(path: Path) -> dict:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("figures"), list):
        raise ValueError(f"{path} is not a results file of benchmarks/run.py")
    return data


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=" ".join(__doc__.split("\n\n")[0].split()),
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog="\n".join(__doc__.splitlines()[3:9]))
    parser.add_argument("scenarios", nargs="*", metavar="SCENARIO",
                        help=f"any of {', '.join(SCENARIOS)} (default: all)")
    parser.add_argument("--scale", type=float, default=1.0,
                        help="multiply every data size by this (e.g. 0.1: 1,000 and 10,000 cases); default 1")
    parser.add_argument("--json-out", metavar="FILE", default=str(DEFAULT_JSON),
                        help=f"where to write the results as JSON (default {DEFAULT_JSON.relative_to(ROOT)}; "
                             f"'' for nowhere)")
    parser.add_argument("--json", action="store_true", help="print the results as one JSON object instead of the table")
    parser.add_argument("--compare", metavar="OLD.json", help="then print the change of each figure since OLD.json")
    parser.add_argument("--against", metavar="NEW.json",
                        help="with --compare: compare OLD.json with this earlier run instead of running anything")
    args = parser.parse_args(argv)
    unknown = [name for name in args.scenarios if name not in SCENARIOS]
    if unknown:
        parser.error(f"unknown scenario {', '.join(unknown)}; choose from {', '.join(SCENARIOS)}")
    if not args.scale > 0:
        parser.error("--scale must be above 0")
    if args.against and not args.compare:
        parser.error("--against needs --compare OLD.json")
    try:
        old = read_json(args.compare) if args.compare else None
        if args.against:
            print(compare(old, read_json(args.against)))
            return 0
    except (OSError, ValueError) as exc:
        parser.error(str(exc))
    result = run(args.scenarios, args.scale)
    if args.json_out:
        written = write_json(result, Path(args.json_out))
        _say(f"results written to {written}")
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1, default=str))
    else:
        print(table(result))
        if old is not None:
            print()
            print(compare(old, result))
    return 0 if all(f["ok"] is not False for f in result["figures"]) else 1


if __name__ == "__main__":
    raise SystemExit(main())
