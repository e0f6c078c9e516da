"""The GUI at 10,000 and 100,000 cases (issue 5): start-up to the painted register, search-as-you-type, the case card.

Data folders are filled by ``store_bench.fill`` (the store benchmark's generator) with our own body (the Кордайский
district akimat, from KATO: it asks the oblast akim and approves its rural districts' requests), so the program opens
on the register and not on the first-start page. ``run.py`` builds each folder once and shares it between scenarios.

(a) Start-up: ``python -m kelisim gui`` with ``KELISIM_EXIT_AFTER_PAINT=register`` on data folders of 10,000 and of
    100,000 cases:
    the time from the process's start (the kernel's start time of the process) to the moment the register's table
    has painted its rows, as the process prints it (median of ``repeat``; bytecode compiled once by a warm-up run, in
    a folder of the benchmark's own, as for an installed program), against the bare PySide6 floor
    (``run.BARE_WINDOW``: a QMainWindow with a QTableView, which prints the same figure at its first paint), started
    the same way, interleaved, in the same run. Target: ≤ 1.5× the floor. The wall time of each process from
    launch to exit (which adds the work queued after the paint and the interpreter's shut-down) is reported beside
    it, and the window frame's first paint (``KELISIM_EXIT_AFTER_PAINT=1``) for reference.
(b) Search-as-you-type at 100,000 cases: a real ``RegisterPage`` shown offscreen; a query is typed one character at
    a time (a Cyrillic surname prefix and then a case-number fragment, and the number fragment alone) by setting the
    search box's text. The search box waits ``SEARCH_DELAY_MS`` after the last key before it searches (the
    debounce, reported apart); each keystroke's figure is the work itself: from the model starting its reset (the
    debounce timer fired) until the table has painted the new rows. Baseline: the store's own query for the same
    texts (``cases.list(search=…, limit=PAGE)``). Target: every keystroke < 50 ms.
(c) The case card at 100,000 and 10,000 cases, opened as the lawyer opens it: from the program's main window
    (``MainWindow.open_case``, what a double-click on the register does) once the window's start is over (register
    painted, the file's check done, the KATO directory read in the background), for random case ids, until the card
    has painted (the first card, which loads the form, is reported apart). Baseline: ``cases.get`` +
    ``attachments.of_case`` + ``cases.history`` for the same ids. Target: ≤ 50 ms each (issue 8: each interaction
    ≤ 50 ms).
(d) The peak RSS of the benchmark process (no target here: it holds both folders' work; the GUI process's own peak at
    100,000 cases is measured apart, by benchmarks/memory_probe.py).
"""
from __future__ import annotations

import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
for _path in (str(ROOT / "desktop"), str(BENCH)):
    if _path not in sys.path:
        sys.path.insert(0, _path)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from store_bench import TODAY, Bodies, fill  # noqa: E402 - the store benchmark's generator

STARTUP_CASES = 10_000
SEARCH_CASES = 100_000
TARGET_STARTUP_RATIO = 1.5
TARGET_KEYSTROKE_MS = 50.0
TARGET_CARD_MS = 50.0
QUERIES = ("Ахмет 2-12", "2-12/2")  # surname prefix then a case-number fragment; a number fragment alone
CARDS = 20


# ------------------------------------------------------------------------------------------ data folders
OWN_KATO = "314800000"  # Кордайский район: asks the Жамбыл oblast akim, approves its rural districts' requests
LOWER_KATO = ("314830000", "314832000", "314833000", "314835000", "314836000", "314837000", "314845000")
SERVED = ("ГУ «Отдел земельных отношений Кордайского района»", "ГУ «Отдел строительства Кордайского района»",
          "ГУ «Отдел образования Кордайского района»")


def prepare_bodies(store) -> Bodies:
    """Our own body (from KATO, with its oblast above it), the executive bodies we serve and the rural districts
    below us, as ``store_bench.fill`` gives them to the cases."""
    from kelisim.store import Body

    own = store.bodies.set_own(store.bodies.from_kato(OWN_KATO).id)
    served = [store.bodies.add(Body(None, "local_executive_body", name, parent_id=own.id)).id for name in SERVED]
    lower = [store.bodies.from_kato(code).id for code in LOWER_KATO]
    return Bodies(own.id, own.parent_id, served, lower)


def prepare_home(home: Path, n: int, *, seed: int = 20260302) -> Path:
    """A data folder holding ``n`` varied cases and our own body (so the program opens on the register)."""
    from kelisim.store import Store

    store = Store(home, auto_backup=False, today=TODAY)
    try:
        fill(store, n, random.Random(seed), bodies=prepare_bodies(store))
    finally:
        store.close()
    return home


def _qt_env(folder: Path, home: Path) -> dict:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    runtime = folder / "runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    # The start-up cache (ui.pyside_boot) in the benchmark's own folder: written by the warm-up runs, as by an
    # installed program's first start.
    env.update(KELISIM_HOME=str(home), XDG_CONFIG_HOME=str(folder / "config"), XDG_RUNTIME_DIR=str(runtime),
               KELISIM_CACHE=str(folder / "cache"))
    env["PYTHONPATH"] = os.pathsep.join(filter(None, (str(ROOT / "desktop"), env.get("PYTHONPATH"))))
    # As an installed program runs: from compiled bytecode (written once, by the warm-up runs, in our own folder),
    # even where PYTHONDONTWRITEBYTECODE is set (it would recompile the program's ~40 modules every start).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
    return env


@contextmanager
def _private_settings(folder: Path):
    """In this process, the interface settings (header widths, language) come from ``folder``, not the user's."""
    old = {k: os.environ.get(k) for k in ("KELISIM_HOME", "XDG_CONFIG_HOME")}
    os.environ.update(KELISIM_HOME=str(folder / "settings-home"), XDG_CONFIG_HOME=str(folder / "config"))
    try:
        yield
    finally:
        for key, value in old.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


# ------------------------------------------------------------------------------------------ (a) start-up
def _run(args: list[str], env: dict) -> tuple[float, str]:
    t0 = time.perf_counter()
    proc = subprocess.run(args, env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    elapsed = time.perf_counter() - t0
    if proc.returncode != 0:
        raise RuntimeError(f"{args} exited {proc.returncode}: {proc.stdout[-500:]} {proc.stderr[-2000:]}")
    return elapsed, proc.stdout


def bench_startup_register(home: Path, folder: Path, repeat: int = 7) -> dict:
    from run import BARE_WINDOW

    env = _qt_env(folder, home)
    bare_cmd = [sys.executable, "-c", BARE_WINDOW]
    ours_cmd = [sys.executable, "-m", "kelisim", "gui"]
    register_env = dict(env, KELISIM_EXIT_AFTER_PAINT="register")
    frame_env = dict(env, KELISIM_EXIT_AFTER_PAINT="1")
    # Warm the page cache; the first start of the day also writes the daily backup: not in the figures.
    _run(bare_cmd, env), _run(ours_cmd, register_env)
    bare, bare_wall, ours, ours_wall, frame, rows = [], [], [], [], [], 0
    for _ in range(repeat):  # interleaved, so drift in machine load hits all alike
        elapsed, out = _run(bare_cmd, env)
        bare.append(_reported(out, "first-paint"))
        bare_wall.append(elapsed)
        elapsed, out = _run(ours_cmd, register_env)
        ours.append(_reported(out, "first-register-paint"))
        ours_wall.append(elapsed)
        rows = int(next(x.split() for x in out.splitlines() if x.startswith("first-register-paint "))[2])
        frame.append(_reported(_run(ours_cmd, frame_env)[1], "first-paint"))
    b, o = statistics.median(bare), statistics.median(ours)
    bw, ow = statistics.median(bare_wall), statistics.median(ours_wall)
    return {"startup_register_s": round(o, 3), "startup_register_min_s": round(min(ours), 3),
            "startup_frame_s": round(statistics.median(frame), 3), "bare_pyside6_s": round(b, 3),
            "bare_pyside6_min_s": round(min(bare), 3), "startup_ratio": round(o / b, 2),
            "startup_wall_s": round(ow, 3), "bare_wall_s": round(bw, 3), "startup_wall_ratio": round(ow / bw, 2),
            "startup_rows": rows, "startup_runs": repeat}


def _reported(out: str, tag: str) -> float:
    """The seconds from the process's start to its first paint, as the process itself printed them."""
    line = next((x.split() for x in out.splitlines() if x.startswith(tag + " ")), None)
    if line is None:
        raise RuntimeError(f"no {tag!r} line: the window was not painted: {out!r}")
    return float(line[1])


# ------------------------------------------------------------------------------------------ Qt in this process
def _app():
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication(["kelisim-gui-bench"])
        previous = None

        def quiet(mode, context, message):  # the offscreen platform says this for every dialog shown
            if "propagateSizeHints" not in message and "does not support raise()" not in message:
                if previous is not None:
                    previous(mode, context, message)
                else:
                    sys.stderr.write(message + "\n")

        previous = qInstallMessageHandler(quiet)
    return app


class _PaintWatch:
    """``wait()`` runs the event loop until ``widget`` has painted (after ``arm()``), then returns that moment."""

    def __init__(self, widget):
        from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer

        self.widget = widget
        self.loop = QEventLoop()
        self.armed = False
        self.painted_at = None
        watch = self

        class Filter(QObject):
            def eventFilter(self, obj, event):  # noqa: N802 - Qt API
                if watch.armed and event.type() == QEvent.Type.Paint:
                    watch.armed = False
                    QTimer.singleShot(0, watch._done)  # after this paint has been done
                return False

        self.filter = Filter()
        widget.installEventFilter(self.filter)
        self.guard = QTimer()
        self.guard.setSingleShot(True)
        self.guard.timeout.connect(self.loop.quit)

    def _done(self):
        self.painted_at = time.perf_counter()
        self.loop.quit()

    def finish(self):
        """Stop waiting without a paint (nothing needed painting)."""
        self.armed = False
        self._done()

    def arm(self):
        self.armed = True
        self.painted_at = None

    def wait(self, timeout_ms: int = 10_000) -> float:
        if self.painted_at is None:
            self.guard.start(timeout_ms)
            self.loop.exec()
            self.guard.stop()
        if self.painted_at is None:
            raise RuntimeError(f"{self.widget!r} was not painted within {timeout_ms} ms")
        return self.painted_at

    def close(self):
        self.widget.removeEventFilter(self.filter)


# ------------------------------------------------------------------------------------------ (b) search-as-you-type
def bench_search(store) -> dict:
    from kelisim.ui.register import PAGE, SEARCH_DELAY_MS, RegisterPage

    _app()
    t0 = time.perf_counter()
    page = RegisterPage(store, today=TODAY)
    page.resize(1280, 800)
    watch = _PaintWatch(page.ui.table.viewport())
    watch.arm()
    page.show()
    open_ms = (watch.wait() - t0) * 1000
    started: list[float] = []
    page.model.modelAboutToBeReset.connect(lambda: started.append(time.perf_counter()))

    def searched():  # connected after the page's own slot: runs once the page has handled the debounce's end
        if not started:  # the key left the filters as they were: no reload, nothing to paint
            watch.finish()

    page._search_timer.timeout.connect(searched)
    box = page.ui.searchEdit
    work, whole, texts, skipped = [], [], [], 0
    try:
        for query in QUERIES:
            box.clear()  # back to the whole register (not timed)
            page.apply_filters()
            watch.arm()
            watch.wait()
            for i in range(1, len(query) + 1):
                text = query[:i]
                started.clear()
                watch.arm()
                t_key = time.perf_counter()
                box.setText(text)
                t_painted = watch.wait()
                if started:
                    work.append((t_painted - started[-1]) * 1000)
                else:  # the design skips the reload: the debounce's end cost nothing worth measuring
                    skipped += 1
                    work.append(0.0)
                whole.append((t_painted - t_key) * 1000)
                texts.append(text)
    finally:
        watch.close()
        page.close()
        page.deleteLater()
    base = []
    for text in texts:  # the store's query alone, for the same texts (warm, as the page's were)
        if not text.strip():
            continue
        store.cases.list(search=text, limit=PAGE)
        t0 = time.perf_counter()
        store.cases.list(search=text, limit=PAGE)
        base.append((time.perf_counter() - t0) * 1000)
    worst = max(range(len(work)), key=work.__getitem__)
    reloads = [w for w in work if w > 0.0] or [0.0]
    median = statistics.median(reloads)  # of the keys that reloaded the list
    return {"register_open_ms": round(open_ms, 1), "keystrokes": len(work), "keystrokes_without_reload": skipped,
            "keystroke_median_ms": round(median, 1), "keystroke_max_ms": round(work[worst], 1),
            "keystroke_worst_text": texts[worst], "search_debounce_ms": SEARCH_DELAY_MS,
            "keystroke_with_debounce_median_ms": round(statistics.median(whole), 1),
            "search_store_median_ms": round(statistics.median(base), 2),
            "search_store_max_ms": round(max(base), 2),
            "keystroke_ratio": round(median / max(statistics.median(base), 1e-6), 1),
            "_keystrokes": dict(zip(texts, (round(w, 1) for w in work)))}


# ------------------------------------------------------------------------------------------ (c) the case card
def _settled_window(store):
    """The program's main window on ``store``, shown, once its start is over: the register painted, the data file's
    check done, the KATO directory read (the window reads it in the background after the first paint) and the
    memory settled (``MainWindow.settled``)."""
    from kelisim.directory.kato import default_directory
    from kelisim.ui.main_window import MainWindow

    app = _app()
    window = MainWindow(store=store, today=TODAY)
    window.resize(1280, 800)
    window.show()
    deadline = time.perf_counter() + 120
    while time.perf_counter() < deadline:
        app.processEvents()
        if (window.register is not None and window._checking is None and window.calculator is not None
                and default_directory.cache_info().currsize and window.settled):
            break
        time.sleep(0.01)
    else:
        raise RuntimeError("the main window did not finish its start within 120 s")
    for _ in range(20):  # what the window queued after that (the calendar tab)
        app.processEvents()
        time.sleep(0.005)
    return window


def bench_card(store, cards: int = CARDS, *, seed: int = 5) -> dict:
    """Cards opened as the lawyer opens them: from the program's window (``MainWindow.open_case``, what a
    double-click or Enter on the register does), from the call until the card has painted; each is closed before
    the next."""
    window = _settled_window(store)
    total = store.cases.count()
    ids = random.Random(seed).sample(range(1, total + 1), min(cards + 1, total))

    def open_card(case_id: int) -> float:
        t0 = time.perf_counter()
        card = window.open_case(case_id)
        watch = _PaintWatch(card)
        watch.arm()  # (open_case showed it; the paint comes from the event loop, which wait() runs)
        t_painted = watch.wait()
        watch.close()
        card.close()
        card.deleteLater()
        return (t_painted - t0) * 1000

    try:
        first_ms = open_card(ids[0])  # the first card of the run: the form's first load, the card's modules
        times = [open_card(case_id) for case_id in ids[1:]]
    finally:
        window.close()
        window.deleteLater()
    base = []
    for case_id in ids[1:]:
        t0 = time.perf_counter()
        store.cases.get(case_id)
        store.attachments.of_case(case_id)
        store.cases.history(case_id)
        base.append((time.perf_counter() - t0) * 1000)
    median = statistics.median(times)
    return {"first_ms": round(first_ms, 1), "median_ms": round(median, 1), "max_ms": round(max(times), 1),
            "store_median_ms": round(statistics.median(base), 2),
            "ratio": round(median / max(statistics.median(base), 1e-6), 1), "cards": len(times)}


def _label(n: int) -> str:
    return f"{n // 1000}k" if n % 1000 == 0 else str(n)


def _card_figures(store, label: str) -> dict:
    figures = bench_card(store)
    return {f"card_{label}_{k}": v for k, v in figures.items()}


# ------------------------------------------------------------------------------------------ all of it
def bench_gui(startup_cases: int = STARTUP_CASES, search_cases: int = SEARCH_CASES, *, repeat: int = 7,
              details: bool = False, small_home: Path | None = None, large_home: Path | None = None) -> dict:
    """All of it. ``small_home`` / ``large_home``: data folders already filled with ``startup_cases`` /
    ``search_cases`` cases by ``prepare_home`` (run.py shares them between scenarios); else they are built here."""
    from kelisim.store import Store

    with tempfile.TemporaryDirectory(prefix="kelisim-gui-bench-") as tmp:
        folder = Path(tmp)
        t0 = time.perf_counter()
        small = small_home or prepare_home(folder / f"home-{startup_cases}", startup_cases)
        large = large_home or prepare_home(folder / f"home-{search_cases}", search_cases, seed=20260303)
        fill_s = time.perf_counter() - t0

        result = {"scenario": "gui", "startup_cases": startup_cases, "search_cases": search_cases,
                  "fill_s": round(fill_s, 1)}
        result.update(bench_startup_register(small, folder, repeat=repeat))
        large_startup = bench_startup_register(large, folder, repeat=repeat)
        result.update({f"large_{key}": value for key, value in large_startup.items()})
        with _private_settings(folder):
            from kelisim.ui import i18n

            _app()
            i18n.ensure_language()
            store = Store(large, auto_backup=False, today=TODAY)
            try:
                search = bench_search(store)
                result.update(_card_figures(store, _label(search_cases)))
            finally:
                store.close()
            store = Store(small, auto_backup=False, today=TODAY)
            try:
                result.update(_card_figures(store, _label(startup_cases)))
            finally:
                store.close()
    keystrokes = search.pop("_keystrokes")
    result.update(search)
    if details:
        result["keystrokes_ms"] = keystrokes
    result["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)  # KB on Linux
    cards = [v for k, v in result.items() if k.startswith("card_") and k.endswith("_max_ms")]
    result["target"] = (f"start-up to the painted register ≤ {TARGET_STARTUP_RATIO}× bare PySide6 (10,000 and "
                        f"100,000 cases), each keystroke ≤ {TARGET_KEYSTROKE_MS:.0f} ms, a case card ≤ "
                        f"{TARGET_CARD_MS:.0f} ms")
    result["ok"] = (max(result["startup_ratio"], result["large_startup_ratio"]) <= TARGET_STARTUP_RATIO
                    and result["keystroke_max_ms"] <= TARGET_KEYSTROKE_MS and max(cards) <= TARGET_CARD_MS)
    return result


if __name__ == "__main__":
    import json

    args = [int(a) for a in sys.argv[1:3]]
    print(json.dumps(bench_gui(*args, details=True), ensure_ascii=False, indent=2))
