"""The peak memory (RSS) of one process doing the work of the program on a data folder, each in a fresh process, so
that the figure is that process's alone (``VmHWM`` in /proc/self/status: the high-water mark of its resident memory
since it started).

    python benchmarks/memory_probe.py MODE [HOME]

Modes (each prints one JSON line: ``{"mode": …, "peak_rss_mb": …, …}``):
- ``store HOME``: the store without Qt, as the command line uses it: ``Store(HOME)`` opened (its integrity check
  included), the register's first page with its count, a page 50,000 rows down, the search box (a surname prefix, a
  case-number fragment), the dashboard, the filter bar, 20 case cards' data (case, attachments, history), and the
  semi-annual report's figures for the last complete half-year.
- ``sqlite HOME``: its floor — the interpreter with ``sqlite3`` alone: ``SELECT count(*)`` and the first page of rows by
  due date.
- ``gui``: the program's own window — ``kelisim.ui.main_window.MainWindow`` as ``python -m kelisim gui`` builds it, on
  the data folder ``KELISIM_HOME`` names — until the register has painted its rows; then a surname and a case number
  typed into the search box one key at a time (each key after the search's debounce), the search cleared, three case
  cards opened and painted, and the background integrity check of the data file (and the day's backup, on the first
  start of a day) finished, with the calculator and calendar tabs the window fills meanwhile.
- ``bare-qt``: its floor — a bare PySide6 ``QMainWindow`` with a ``QTableView`` (``run.BARE_WINDOW``), shown and
  painted.
"""
from __future__ import annotations

import json
import os
import random
import resource
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
for _path in (str(ROOT / "desktop"), str(BENCH)):
    if _path not in sys.path:
        sys.path.insert(0, _path)

TYPED = ("Ахмет", "2-12")
CARDS = 3
KEY_INTERVAL_MS = 250  # more than the register's search debounce (ui.register.SEARCH_DELAY_MS = 150)
TIMEOUT_S = 300


def _status_mb(key: str) -> float | None:
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith(key + ":"):
                    return round(int(line.split()[1]) / 1024, 1)  # kB
    except OSError:
        pass
    return None


def peak_rss_mb() -> float:
    """The high-water mark of this process's resident memory, in MB. ``VmHWM`` (Linux), not ``ru_maxrss``: that one
    survives ``execve`` and so reports the parent's peak when the parent was larger at the fork."""
    hwm = _status_mb("VmHWM")
    if hwm is not None:
        return hwm
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024  # bytes on macOS, KB elsewhere
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / scale, 1)


def current_rss_mb() -> float | None:
    return _status_mb("VmRSS")


def probe_store(home: Path) -> dict:
    from store_bench import DASHBOARD_WEEK, PAGE, TODAY

    from approving_bench import last_half_year
    from kelisim.store import Store
    from kelisim.store.report import report_figures

    store = Store(home, auto_backup=False, today=TODAY)
    try:
        cases = store.cases
        total = cases.count()
        cases.list(limit=PAGE)
        cases.list(limit=PAGE, offset=min(50_000, max(0, total - PAGE)))
        for text in ("Ахмет", "2-12"):
            cases.count(search=text)
            cases.list(search=text, limit=PAGE)
        cases.dashboard(TODAY, DASHBOARD_WEEK)
        for filters in ({"status": "closed"}, {"year": TODAY.year - 3}, {"direction": "incoming"}):
            cases.count(**filters)
            cases.list(**filters, limit=PAGE)
        for case_id in random.Random(5).sample(range(1, total + 1), min(20, total)):
            cases.get(case_id)
            store.attachments.of_case(case_id)
            cases.history(case_id)
        report = report_figures(store, *last_half_year(), today=TODAY)
    finally:
        store.close()
    return {"cases": total, "report_cases": report.cases}


def probe_sqlite(home: Path) -> dict:
    import sqlite3

    conn = sqlite3.connect(f"file:{home / 'kelisim.db'}?mode=ro", uri=True)
    try:
        total = conn.execute("SELECT count(*) FROM cases").fetchone()[0]
        conn.execute("SELECT * FROM cases ORDER BY next_due LIMIT 50").fetchall()  # ui.register.PAGE
    finally:
        conn.close()
    return {"cases": total}


def probe_gui() -> dict:
    """The program's window on KELISIM_HOME, driven as a lawyer would (see the module's text)."""
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication

    from kelisim.ui import i18n

    QCoreApplication.setOrganizationName("Kelisim")
    QCoreApplication.setApplicationName("Kelisim")
    app = QApplication.instance() or QApplication(["kelisim"])
    i18n.apply_language(i18n.saved_language(), remember=False)
    from kelisim.ui import errors

    errors.install()
    from kelisim.ui.main_window import MainWindow

    home = Path(os.environ["KELISIM_HOME"])
    backups_before = set((home / "backups").glob("kelisim-*.db"))
    steps: dict = {}
    started = time.monotonic()
    window = None

    def fail(why: str) -> None:
        steps["error"] = why
        app.exit(3)

    def keys():  # every prefix of each text, then the box cleared
        for text in TYPED:
            for i in range(1, len(text) + 1):
                yield text[:i]
            yield ""

    typing = keys()

    def type_next() -> None:
        text = next(typing, None)
        if text is None:
            steps["rss_after_search_mb"] = current_rss_mb()
            steps["search_keys"] = sum(len(t) + 1 for t in TYPED)
            QTimer.singleShot(0, open_cards)
            return
        window.register.ui.searchEdit.setText(text)
        QTimer.singleShot(KEY_INTERVAL_MS, type_next)

    def open_cards() -> None:
        total = window.store.cases.count()
        ids = random.Random(5).sample(range(1, total + 1), min(CARDS, total))
        for case_id in ids:
            window.open_case(case_id)
        steps["cards"] = len(ids)
        QTimer.singleShot(500, wait_for_check)

    def wait_for_check() -> None:
        if time.monotonic() - started > TIMEOUT_S:
            fail("the background integrity check did not finish")
            return
        if window._checking is not None or window.calendar is None:
            QTimer.singleShot(100, wait_for_check)
            return
        steps["verified"] = bool(window.store.verified)
        steps["day_backup_written"] = bool(set((home / "backups").glob("kelisim-*.db")) - backups_before)
        steps["seconds"] = round(time.monotonic() - started, 1)
        steps["rss_at_end_mb"] = current_rss_mb()
        app.quit()

    def on_register_paint(rows) -> None:
        if rows is None:
            fail("no register (no own body, or a damaged data file)")
            return
        steps["register_rows"] = rows
        steps["rss_after_register_mb"] = current_rss_mb()
        QTimer.singleShot(KEY_INTERVAL_MS, type_next)

    window = MainWindow(on_register_paint=on_register_paint)
    window.resize(1280, 800)
    window.show()
    code = app.exec()
    if code:
        raise RuntimeError(steps.get("error", f"the window exited with {code}"))
    return steps


def probe_bare_qt() -> dict:
    from run import BARE_WINDOW

    exec(compile(BARE_WINDOW, "BARE_WINDOW", "exec"), {"__name__": "__bare__"})  # noqa: S102 - our own constant
    return {}


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("store", "sqlite", "gui", "bare-qt") or (argv[0] in ("store", "sqlite")
                                                                        and len(argv) < 2):
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    mode = argv[0]
    if mode == "store":
        details = probe_store(Path(argv[1]))
    elif mode == "sqlite":
        details = probe_sqlite(Path(argv[1]))
    elif mode == "gui":
        details = probe_gui()
    else:
        details = probe_bare_qt()
    print(json.dumps({"mode": mode, "peak_rss_mb": peak_rss_mb(), **details}, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
